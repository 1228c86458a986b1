"""Comparing English labels: sanitising a label, the issue's measure (:func:`recognisable`: does a
label name the same thing as a newspaper's English?) and the projection of a name from an aligned English
sentence (:func:`project_label`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# ---------------------------------------------------------------------------------------------------
# sanitising
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
# every Cc, Cf, Zl, Zp, Cs and Co code point (tests/nlp/test_labels.py checks this against the running
# Python's unicodedata); text without any of them only needs its whitespace collapsed
# raw strings: the regex parser reads the escapes (mypyc compiles no surrogate code point in a literal)
_SUSPECT = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    r"\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\uf8ff"
    r"\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    r"\U000e0001-\U000e007f\U000f0000-\U0010ffff]")


_PLAIN_ARABIC = re.compile("[\u0621-\u063a\u0640-\u0652\u0670 ]+")


def sanitize_label(text: str) -> str:
    """The label without control, format (bidi, zero-width), surrogate, private-use or unassigned
    characters; whitespace runs collapsed. A label is shown in a left-to-right English UI: an embedded
    RLO or LRE from a damaged resource or an article would reorder what the reader sees."""
    # printable ASCII (most labels) has none of them (its suspects are the C0 controls and DEL, not
    # printable), nor has plain Arabic (letters, harakat, tatweel, spaces: a canonical name): cheaper
    # checks than the search of the large character class
    if (text.isascii() and text.isprintable()) or _PLAIN_ARABIC.fullmatch(text) is not None \
            or _SUSPECT.search(text) is None:
        return " ".join(text.split())
    out = []
    for ch in text:
        if unicodedata.category(ch) in _DROP_CATEGORIES:
            out.append(" " if ch.isspace() or ch in "\x1c\x1d\x1e\x1f\x85" else "")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


# ---------------------------------------------------------------------------------------------------
# the measure: is a label recognisable as the newspaper's English?
_ARTICLE = re.compile(r"^(?:al|el|al'|el')$")
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/()\[\]{},.;:!?\"“”«»]+")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold_label(text: str) -> list[str]:
    """Words of an English name for comparison: accents, case, hyphens, parentheses, apostrophes and
    the Arabic article (al-/el-) folded away (``"Al-Nassr (Riyadh)"`` → ``["nassr", "riyadh"]``)."""
    plain = _strip_accents(text).casefold().replace("'", "").replace("’", "").replace("ʼ", "")
    return [w for w in _SEPARATORS.split(plain) if w and not _ARTICLE.match(w)]


def word_similarity(a: str, b: str) -> float:
    """1 − Levenshtein distance / length of the longer word (1.0 = equal)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return 1.0 - previous[-1] / len(a)


def recognisable(label: str, reference: str, threshold: float = 0.8) -> bool:
    """The issue's measure: the same words after folding (:func:`fold_label`), each pair at least
    ``threshold`` similar (:func:`word_similarity`). A word may match two adjacent words of the other
    side written apart (``Abdulaziz`` ~ ``Abdul Aziz``); no word may be missing or extra."""
    a, b = fold_label(label), fold_label(reference)
    if not a or not b:
        return False
    n, m = len(a), len(b)
    # reach[i][j]: a[:i] and b[:j] align; steps 1:1, 1:2, 2:1
    reach = [[False] * (m + 1) for _ in range(n + 1)]
    reach[0][0] = True
    for i in range(n + 1):
        for j in range(m + 1):
            if not reach[i][j]:
                continue
            for di, dj in ((1, 1), (1, 2), (2, 1)):
                if i + di <= n and j + dj <= m and not reach[i + di][j + dj] and \
                        word_similarity("".join(a[i:i + di]), "".join(b[j:j + dj])) >= threshold:
                    reach[i + di][j + dj] = True
    return reach[n][m]



# ---------------------------------------------------------------------------------------------------
# projection from an aligned English sentence
_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "abd", "of", "de", "da", "di", "del", "der",
                         "den", "van", "von", "la", "le", "du", "dos", "das", "y", "ben", "ould", "for", "and"})
_TOKEN = re.compile(r"[^\s,.;:!?()\[\]{}\"“”«»]+")
_VOWELS = re.compile(r"[aeiouyw]")
_SKELETON_MAP = str.maketrans("cqgjpvxzd", "kkkkbfkst")


def _skeleton(text: str) -> str:
    """Consonant skeleton of a folded name: vowels (and y/w, which Arabic writes as long vowels) dropped,
    letters Arabic cannot tell apart merged (c/k/q/g → k, p → b, v → f, e.g. Pittsburgh ~ Bitsbrgh)."""
    t = text.replace("ph", "f").replace("ck", "k").replace("gh", "g").replace("th", "t").replace("sh", "s")
    t = t.translate(_SKELETON_MAP)
    t = _VOWELS.sub("", t)
    return re.sub(r"(.)\1+", r"\1", t)


def _name_similarity(a: str, b: str) -> float:
    fa, fb = "".join(fold_label(a)), "".join(fold_label(b))
    if not fa or not fb:
        return 0.0
    plain = word_similarity(fa, fb)
    sa, sb = _skeleton(fa), _skeleton(fb)
    skel = word_similarity(sa, sb) if min(len(sa), len(sb)) >= 3 else plain
    return (plain + skel) / 2


def _spans(sentence: str) -> list[str]:
    """Candidate English names: runs of capitalised words (connectors like al-/bin/of/for/de/van allowed
    inside), and every sub-run that starts and ends with a capitalised word."""
    tokens = [t for t in (m.group(0).strip("'’") for m in _TOKEN.finditer(sentence)) if t]

    def capital(t: str) -> bool:
        return any(part[:1].isupper() for part in re.split(r"[-']", t) if part)

    runs: list[list[str]] = []
    current: list[str] = []
    for t in tokens:
        if capital(t):
            current.append(t)
        elif current and t.casefold() in _CONNECTORS:
            current.append(t)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    out: list[str] = []
    for run in runs:
        while run and not capital(run[-1]):
            run = run[:-1]
        for i in range(len(run)):
            if not capital(run[i]):
                continue
            for j in range(i + 1, min(len(run), i + 6) + 1):
                if capital(run[j - 1]):
                    # a possessive inside a name stays (People's Protection Units), at its end it goes
                    # (Obama's visit → Obama)
                    out.append(" ".join([*run[i:j - 1], _POSSESSIVE.sub("", run[j - 1])]))
    return out


_POSSESSIVE = re.compile(r"['’]s$")


def project_label(candidates: Sequence[str], english_sentence: str, threshold: float = 0.6) -> str | None:
    """The span of ``english_sentence`` that writes the name whose English guesses are ``candidates``.

    Among the runs of capitalised words (see :func:`_spans`), the one most similar to any candidate —
    character similarity after folding, averaged with the similarity of consonant skeletons, since a
    transliteration gets the consonants right and the vowels wrong ("Josh Ayranasat" ~ "Josh Earnest")
    — if it reaches ``threshold``; else None. Sentence-initial words are capitalised too, so a common
    word can only win when it resembles the name as much as a name would."""
    cands = [c for c in (sanitize_label(c) for c in candidates) if fold_label(c)]
    sentence = sanitize_label(english_sentence)
    if not cands or not sentence:
        return None
    best, best_score = None, 0.0
    for span in _spans(sentence):
        n_span = len(fold_label(span))
        for cand in cands:
            score = _name_similarity(span, cand)
            # a span with a different number of words than the candidate is a weaker reading
            score -= 0.05 * abs(n_span - len(fold_label(cand)))
            if score > best_score + 1e-9:
                best, best_score = span, score
    return best if best is not None and best_score >= threshold else None
