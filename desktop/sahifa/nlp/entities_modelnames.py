"""Names only a model found (the CRF's or CAMeL's full person names), looked for at their other occurrences in
the article after arbitration (:func:`_propagate_model_names`), as pass 2 does for the rules' names."""

from __future__ import annotations

from collections import defaultdict

from ..core.arabic import fold, loose_word, strip_article
from .entities_crfspans import _preposition_word
from .entities_engine import _SURNAME_PARTICLES, _Engine
from .entities_words import (
    _AL,
    _KUNYA,
    _PARTICLES,
    _accusative,
    _common_reading,
    _covered,
    _kept,
    _known_reading,
    _Raw,
    _verb_shaped,
)

#: the confidence a model's person name needs for its other occurrences to be taken too (on cross-validated
#: predictions of the real train+tune articles the model's wrong names, "حسن الجوار"، "مقابلة الطبيب", were
#: below it and most right ones above)
_PROPAGATE_CONF = 0.8


def _surname_key(eng: _Engine, k: int) -> str | None:
    """The loose key under which token k, the last word of a full name, is looked for alone elsewhere in
    the article (جولي after أنجلينا جولي), or None when that word alone would not name the person: a
    given name, a particle, a known word or name of something else, a nationality."""
    g = eng.g
    key = eng.toks[k].info.key
    if eng.toks[k].info.kind != "a" or len(key) < 3 or key in g.given_names or key in _PARTICLES \
            or key in _KUNYA or key in g.nationalities or key in g.common or eng.is_lex(key) \
            or key in g.cues or _verb_shaped(key) or _preposition_word(eng, k):
        return None
    text = eng.toks[k].text
    if _common_reading(text) or _known_reading(text, "lex") or _accusative(text):
        return None  # (the model read it as a name: a final ه is the name's, رومينيغه, not a pronoun)
    bare = strip_article(key)
    gn = g.given_names.get(bare)
    if bare != key and (bare in g.common or (gn is not None and gn.ambiguous)):
        return None  # الأمل، العمل: a noun with the article, even when the bare word names people (أمل)
    entry = g.lookup(key)
    if entry is not None and entry.type != "PERSON":
        return None
    return loose_word(key)


def _given_before(eng: _Engine, k: int) -> bool:
    """Is token k an unambiguous given name as written (no clitic)?"""
    gn = eng.g.given_names.get(eng.toks[k].info.key)
    return gn is not None and not gn.ambiguous


def _propagate_model_names(eng: _Engine, out: list[_Raw], sure: frozenset[int]) -> list[_Raw]:
    """Names only a model found (the CRF's or CAMeL's full person names: أنجلينا جولي، مبارك بن بنيه
    الخرينج) looked for at their other occurrences in the article, as pass 2 does for the rules' names: the
    whole name, and its last word alone (a lone family name refers to the person). Only uncovered tokens
    are taken; a copy has the ``how`` of the mention it copies and is its alias. ``sure``: the tokens of the
    model's spans confident enough to be copied. A given name right before a lone family name is taken
    with it (فهد الفرج after فهد بن فرج بن عبدالله الفرج)."""
    dyn: dict[str, list[tuple[tuple[str, ...], int, bool]]] = defaultdict(list)  # (keys, source, definite)
    for idx, r in enumerate(out):
        if r.type != "PERSON" or r.how not in ("crf", "camel") or r.t1 - r.t0 < 2 or r.t0 not in sure:
            continue
        if any(eng.toks[k].info.kind != "a" for k in range(r.t0, r.t1)):
            continue
        keys = [eng.toks[k].info.key for k in range(r.t0, r.t1)]
        if r.start != eng.toks[r.t0].start:  # clitic stripped from the first token
            keys[0] = fold(eng.text[r.start: eng.toks[r.t0].end])
        dyn[loose_word(keys[0])].append((tuple(loose_word(k) for k in keys), idx, keys[0].startswith(_AL)))
        sur = _surname_key(eng, r.t1 - 1)
        if sur is not None and r.t1 - r.t0 >= 3 and keys[-2] in _SURNAME_PARTICLES:
            part = loose_word(keys[-2])  # ماركو بولو ديل نيرو → ديل نيرو: the particle belongs to the family name
            dyn[part].append(((part, sur), idx, False))
        elif sur is not None:
            dyn[sur].append(((sur,), idx, keys[-1].startswith(_AL)))
    if not dyn:
        return out
    covered = _covered(eng.n, out)
    for entries in dyn.values():
        entries.sort(key=lambda kv: -len(kv[0]))
    toks = eng.toks
    added: list[_Raw] = []
    i = 0
    while i < eng.n:
        info = toks[i].info
        if covered[i] or info.kind != "a" or dyn.keys().isdisjoint(info.loose):
            i += 1
            continue
        hit: tuple[int, int, int] | None = None
        for f_idx, lk in enumerate(info.loose):
            off = info.forms[f_idx][0]
            definite = info.forms[f_idx][1].startswith(_AL)
            for loose, idx, src_definite in dyn.get(lk, ()):
                if definite != src_definite and len(loose) == 1:
                    continue  # تهاني → التهاني، القهوة → قهوة: a family name keeps the article or its absence
                m = len(loose)
                if i + m <= eng.n and all(not covered[i + q] and not toks[i + q].brk
                                          and toks[i + q].info.loose[:1] == loose[q: q + 1] for q in range(1, m)):
                    hit = (off, i + m, idx)
                    break
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        off, end, idx = hit
        src = out[idx]
        if end - i == 1 and off == 0 and i > 0 and not covered[i - 1] and not toks[i].brk \
                and toks[i - 1].info.kind == "a" and (_given_before(eng, i - 1) or (
                    toks[i - 1].info.key == toks[src.t0].info.key and toks[i - 1].info.key in eng.g.given_names)):
            i, off = i - 1, 0
        added.append(_Raw(toks[i].start + off, toks[end - 1].end, i, end, "PERSON", None, src.how, idx))
        for k in range(i, end):
            covered[k] = 1
        i = end
    if not added:
        return out
    both = out + added
    return _kept(both, sorted(range(len(both)), key=lambda q: both[q].start))
