"""Arabic common words from Arramooz (``resources/gazetteer/arramooz.tsv.gz``, GPL-3.0, made by
``packaging/gen_lexicon.py``): which folded words are nouns, verbal nouns, adjectives or verbs, and how often a
word is a proper name.

Arabic given names are very often ordinary words (كريم "generous", سعيد "happy", جميل "beautiful", أمين
"trustworthy", رفعت "she raised"); the entity engine's hand lists (``lexicon.txt``, ``common_words.txt``) know
a few thousand words. This dictionary knows some 48,000, each with its parts of speech and the share of its
uses that are as a proper noun (from Arramooz's frequency list): كريم is a proper noun three times in ten,
محمد always, سيرة never. :mod:`sahifa.nlp.entities_lexical` uses it to drop "people" that are two common
words or one.

Loaded once, lazily, on the first :func:`reading` (~40 ms), and kept for the life of the process.
"""

from __future__ import annotations

import gzip
import threading
from importlib import resources

__all__ = ["Reading", "reading", "words"]

#: (tags, proper share in tenths, frequency level): tags n noun, m verbal noun, a adjective or participle, s nisba,
#: v verb (past), p proper noun; the share of the word's uses in Arramooz's frequency list that are as a proper
#: noun, in tenths; its level there, int(2 * log10(count)) (8: 10,000 times or more in 780 million words); both
#: -1 when the list lacks the word (or the reading is an inflection's: رفعت as رفع + ت)
Reading = tuple[str, int, int]

_LOCK = threading.Lock()
_CACHE: list[dict[str, Reading]] = []
_AL = "ال"


def _load() -> dict[str, Reading]:
    path = resources.files("sahifa.resources").joinpath("gazetteer", "arramooz.tsv.gz")
    out: dict[str, Reading] = {}
    if not path.is_file():
        return out
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        key, tags, share, level = line.split("\t")
        out[key] = (tags, int(share) if share else -1, int(level) if level else -1)
    return out


def words() -> dict[str, Reading]:
    """The whole dictionary: folded word → :data:`Reading`."""
    if _CACHE:
        return _CACHE[0]
    with _LOCK:
        if not _CACHE:
            _CACHE.append(_load())
    return _CACHE[0]


def reading(key: str) -> Reading | None:
    """The dictionary's reading of a folded word, without the article, merged with the readings of the regular
    inflections it may be: a feminine or sound plural (ـة، ـات، ـون، ـين) of a noun or an adjective, a verb's
    feminine past (ـت: رفعت is the name Rifaat and "she raised"), an indefinite accusative (ـا). The proper-noun
    share is the word's own when the frequency list has it. None for a word the dictionary does not know."""
    hit = _READINGS.get(key)
    if hit is None and key not in _READINGS:
        hit = _READINGS[key] = _reading(key)
    return hit


_READINGS: dict[str, Reading | None] = {}


def _reading(key: str) -> Reading | None:
    d = words()
    if key.startswith(_AL) and len(key) >= 4:
        key = key[2:]
    found: list[Reading] = []
    hit = d.get(key)
    if hit is not None:
        found.append(hit)
    n = len(key)
    if n >= 4 and key.endswith("ات"):
        for stem in (key[:-2], key[:-2] + "ه"):
            h = d.get(stem)
            tags = (h[0] if h is not None else "").replace("v", "").replace("p", "")
            if tags:  # (قرأت is قرأ + ت, a verb: no plural)
                found.append((tags, -1, -1))
    if n >= 5 and key.endswith(("ون", "ين")):
        h = d.get(key[:-2])
        if h is not None and ("a" in h[0] or "s" in h[0]):
            found.append(("a", -1, -1))
    if n >= 4 and key.endswith("ه"):
        h = d.get(key[:-1])
        if h is not None and ("a" in h[0] or "s" in h[0]):
            found.append(("a", -1, -1))
    if n >= 4 and key.endswith("ت"):
        h = d.get(key[:-1])
        if h is not None and "v" in h[0]:
            found.append(("v", -1, -1))
    if n >= 4 and key.endswith("ا") and hit is None:
        h = d.get(key[:-1])
        if h is not None:
            found.append((h[0], -1, -1))
    if not found:
        return None
    tags = "".join(sorted({t for r in found for t in r[0]}))
    return (tags, found[0][1], found[0][2]) if hit is not None else (tags, -1, -1)
