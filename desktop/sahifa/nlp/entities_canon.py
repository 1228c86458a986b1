"""Canonical names and English labels of the entity engine's mentions (within one article, and across
articles: :func:`sahifa.nlp.entities.link_across_articles` runs the same canonicaliser over them)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..core.arabic import clean, fold, loose_name
from ..core.unionfind import UnionFind
from .entities_words import _AL
from .gazetteer import Cue, Entry, gazetteer
from .translit import transliterate, transliterate_word


# ---------------------------------------------------------------------------------------------------
# labels
@lru_cache(maxsize=50_000)
def _label_for(name: str, typ: str) -> str:
    g = gazetteer()
    entry = g.lookup(name)
    if entry is not None:
        return entry.label_en
    words = name.split()
    if typ == "ORG":
        return _org_label(words)
    if typ == "LOC":
        return _compose(words)
    return transliterate(name)


def _compose(words: list[str]) -> str:
    """English for a name without a head-word: known sub-phrases from the gazetteer, nationality
    adjectives and glossary words translated, the rest transliterated ("دير الزور 24" → "Deir ez-Zor 24")."""
    g = gazetteer()
    out: list[str] = []
    i = 0
    while i < len(words):
        done = False
        for m in range(min(len(words) - i, g.max_len), 0, -1):
            if m == len(words) and i == 0:
                continue  # the whole name was already looked up
            entry = g.by_key.get(" ".join(fold(w) for w in words[i: i + m]))
            if entry is not None:
                out.append(entry.label_en)
                i += m
                done = True
                break
        if done:
            continue
        k = fold(words[i])
        nat = g.nationalities.get(k)
        gl = g.glossary.get(k)
        if nat is not None:
            out.append(nat.en)
        elif gl is not None and gl[1] == "adj":
            out.append(gl[0])
        else:
            out.append(transliterate(words[i]))
        i += 1
    return " ".join(x for x in out if x)


def _org_label(words: list[str]) -> str:
    g = gazetteer()
    keys = [fold(w) for w in words]
    head_en = ""
    rest = keys
    rest_words = words
    for n in (2, 1):
        if len(keys) >= n:
            bucket = g.cues.get(keys[0], [])
            for toks, cue in bucket:
                if toks == tuple(keys[:n]) and isinstance(cue, Cue) and cue.role.startswith("org"):
                    head_en = cue.en
                    rest, rest_words = keys[n:], words[n:]
                    break
            if head_en:
                break
    pre: list[str] = []
    mid: list[str] = []
    post: list[str] = []
    i = 0
    while i < len(rest):
        k = rest[i]
        two = k + " " + rest[i + 1] if i + 1 < len(rest) else ""
        if two and two in g.glossary:
            en, pos = g.glossary[two]
            (post if pos in ("noun", "phrase") else pre).append(en if pos != "noun" else "of " + en)
            i += 2
            continue
        nat = g.nationalities.get(k)
        if nat is not None:
            pre.insert(0, nat.en)
            i += 1
            continue
        entry = g.lookup(rest_words[i])
        if entry is not None and entry.type == "LOC":
            mid.append(entry.label_en)
            i += 1
            continue
        gl = g.glossary.get(k)
        if gl is not None:
            en, pos = gl
            if pos == "adj":
                mid.append(en)
            elif pos == "noun":
                post.append(("of " if not post else "and ") + en if not post else en)
            else:
                post.append(en)
            i += 1
            continue
        mid.append(transliterate_word(rest_words[i]))
        i += 1
    if not head_en:
        return _compose(words)
    parts = pre + mid + [head_en] + post
    label = " ".join(p for p in parts if p)
    label = label.replace("of Human for", "for").replace(" of of ", " of ")
    return label[0].upper() + label[1:] if label else label


# ---------------------------------------------------------------------------------------------------
# canonicalisation
def _edit1(a: str, b: str) -> bool:
    """Levenshtein distance ≤ 1."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


def _choose(forms: Counter[str], typ: str) -> str:
    """Canonical spelling: for people the longest (full) name, otherwise the most frequent form;
    ties → the longer, then the one with the article (as written in most Arabic news)."""
    def score(f: str) -> tuple[int, int, int, int]:
        words = len(f.split())
        if typ == "PERSON":
            return (words, forms[f], len(f), 0)
        return (forms[f], words, len(f), int(f.startswith(_AL)))
    return max(forms, key=score)


def _canonicalise(
    items: Sequence[tuple[str, str, Entry | None, int]], weights: Sequence[int] | None = None,
) -> list[tuple[str, str]]:
    """items: (surface, type, gazetteer entry, alias_of index or -1) → [(canonical, label_en)].

    ``weights`` (default 1 each) count an item as that many identical mentions when choosing a group's
    type and canonical form (same result as repeating the item, without the repeats).
    """
    n = len(items)
    uf = UnionFind(n)
    union, find = uf.union, uf.find
    loose = [loose_name(s) for s, _, _, _ in items]
    words_of = [lk.split() for lk in loose]
    by_key: dict[tuple[str, str], int] = {}
    for i, (_s, typ, entry, alias) in enumerate(items):
        k = (typ, "gaz:" + entry.canonical) if entry is not None else (typ, loose[i])
        if k in by_key:
            union(by_key[k], i)
        else:
            by_key[k] = i
        if 0 <= alias < n:
            union(alias, i)
    # one-word people → the full name they end; shorter organisations → the longer one they start
    multi_person: dict[str, list[int]] = defaultdict(list)
    org_prefixes: dict[tuple[str, ...], list[int]] = defaultdict(list)  # proper prefix → longer orgs
    for i, (_s, typ, _e, _a) in enumerate(items):
        words = words_of[i]
        if typ == "PERSON" and len(words) >= 2:
            multi_person[words[-1]].append(i)
        elif typ == "ORG" and len(words) >= 2:
            for p in range(2, len(words)):
                org_prefixes[tuple(words[:p])].append(i)
    for i, (_s, typ, entry, _a) in enumerate(items):
        words = words_of[i]
        if typ == "PERSON" and len(words) == 1 and words[0] in multi_person:
            roots = {find(x) for x in multi_person[words[0]]}
            if len(roots) == 1 and (entry is None or items[multi_person[words[0]][0]][2] is entry):
                union(roots.pop(), i)
        elif typ == "ORG" and entry is None and len(words) >= 2:
            longer_orgs = org_prefixes.get(tuple(words))
            if longer_orgs:
                longer = {find(o) for o in longer_orgs}
                if len(longer) == 1:
                    union(longer.pop(), i)
    # near-identical spellings of unknown names (foreign names: أسوشيتد / أسوشييتد)
    reps: dict[str, list[int]] = defaultdict(list)
    for i, (_s, typ, entry, _a) in enumerate(items):
        if entry is None:
            reps[typ].append(i)
    for _typ, idxs in reps.items():
        seen: set[str] = set()
        # the keys of 5+ letters seen so far, by (first letter, length), each with its item, in the order seen:
        # a key joins the first one seen (of any length) within one edit, and only keys with its first letter
        # and a length within one of its own can be (one look-up per candidate length, not a scan of all)
        by_shape: dict[tuple[str, int], list[tuple[int, str, int]]] = {}
        for i in idxs:
            key = loose[i].replace(" ", "")
            if key in seen:
                continue
            seen.add(key)
            n_key = len(key)
            if n_key < 5:
                continue
            first = -1  # order of the earliest match
            match = -1
            for size in (n_key - 1, n_key, n_key + 1):
                bucket = by_shape.get((key[0], size))
                if bucket is None:
                    continue
                for order, other, j in bucket:
                    if first >= 0 and order > first:
                        break
                    if _edit1(other, key):
                        first, match = order, j
                        break
            if match >= 0:
                union(match, i)
            by_shape.setdefault((key[0], n_key), []).append((len(seen), key, i))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    out: list[tuple[str, str]] = [("", "")] * n
    for members in groups.values():
        entry = next((items[m][2] for m in members if items[m][2] is not None), None)
        types: Counter[str] = Counter()
        for m in members:
            types[items[m][1]] += 1 if weights is None else weights[m]
        typ = types.most_common(1)[0][0]
        if entry is not None:
            canonical, label = entry.canonical, entry.label_en
        else:
            forms: Counter[str] = Counter()
            for m in members:
                forms[clean(items[m][0])] += 1 if weights is None else weights[m]
            canonical = _choose(forms, typ)
            label = _label_for(canonical, typ)
        for m in members:
            out[m] = (canonical, label)
    return out
