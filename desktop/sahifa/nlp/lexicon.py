"""Arabic common words from Arramooz (``resources/gazetteer/arramooz.tsv.gz``, GPL-3.0, made by
``packaging/gen_lexicon.py``): which folded words are nouns, verbal nouns, adjectives or verbs, and how often a
word is a proper name.

Arabic given names are very often ordinary words (كريم "generous", سعيد "happy", جميل "beautiful", أمين
"trustworthy", رفعت "she raised"); the entity engine's hand lists (``lexicon.txt``, ``common_words.txt``) know
a few thousand words. This dictionary knows some 48,000, each with its parts of speech and the share of its
uses that are as a proper noun (from Arramooz's frequency list): كريم is a proper noun three times in ten,
محمد always, سيرة never. :mod:`sahifa.nlp.entities_lexical` uses it to drop "people" that are two common
words or one.

Loaded once, lazily, on the first :func:`reading` (~30 ms), and kept for the life of the process.
"""

from __future__ import annotations

import gzip
import logging
import zlib
from functools import lru_cache
from importlib import resources

from ..core.once import Once

__all__ = ["Reading", "entry", "reading", "words"]

#: (tags, proper share in tenths, frequency level): tags n noun, m verbal noun, a adjective or participle, s nisba,
#: v verb (past), p proper noun; the share of the word's uses in Arramooz's frequency list that are as a proper
#: noun, in tenths; its level there, int(2 * log10(count)) (8: 10,000 times or more in 780 million words); both
#: -1 when the list lacks the word (or the reading is an inflection's: رفعت as رفع + ت)
Reading = tuple[str, int, int]

_AL = "ال"


def _load() -> dict[str, str]:
    """folded word → its "tags\tshare\tlevel" columns, decoded on first use (:func:`entry`): splitting 48,000 lines
    once is most of the load (~25 ms); building their tuples up front doubled it."""
    path = resources.files("sahifa.resources").joinpath("gazetteer", "arramooz.tsv.gz")
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:  # missing, truncated or not gzip
        # the entity engine then runs without the lexical veto, as before the list existed: one warning, no failure
        logging.getLogger("sahifa.nlp.lexicon").warning(
            "Arabic word list %s unreadable (%s): common-word checks are off", path, exc)
        return {}
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and line[0] != "#":
            key, _tab, rest = line.partition("\t")
            out[key] = rest
    return out


_ONCE: Once[dict[str, str]] = Once(_load)


def _raw() -> dict[str, str]:
    return _ONCE.get()


@lru_cache(maxsize=200_000)
def entry(key: str) -> Reading | None:
    """The dictionary's own line for a folded word (no article stripped, no inflection read), or None."""
    rest = _raw().get(key)
    if rest is None:
        return None
    tags, share, level = rest.split("\t")
    return tags, int(share) if share else -1, int(level) if level else -1


def words() -> int:
    """How many words the dictionary has (loading it)."""
    return len(_raw())


def reading(key: str) -> Reading | None:
    """The dictionary's reading of a folded word, without the article, merged with the readings of the regular
    inflections it may be: a feminine or sound plural (ـة، ـات، ـون، ـين) of a noun or an adjective, a verb's
    feminine past (ـت: رفعت is the name Rifaat and "she raised"), an indefinite accusative (ـا). The proper-noun
    share is the word's own when the frequency list has it. None for a word the dictionary does not know."""
    return _reading(key)


@lru_cache(maxsize=200_000)
def _reading(key: str) -> Reading | None:
    if key.startswith(_AL) and len(key) >= 4:
        key = key[2:]
    found: list[Reading] = []
    hit = entry(key)
    if hit is not None:
        found.append(hit)
    n = len(key)
    if n >= 4 and key.endswith("ات"):
        for stem in (key[:-2], key[:-2] + "ه"):
            h = entry(stem)
            tags = (h[0] if h is not None else "").replace("v", "").replace("p", "")
            if tags:  # (قرأت is قرأ + ت, a verb: no plural)
                found.append((tags, -1, -1))
    if n >= 5 and key.endswith(("ون", "ين")):
        h = entry(key[:-2])
        if h is not None and ("a" in h[0] or "s" in h[0]):
            found.append(("a", -1, -1))
    if n >= 4 and key.endswith("ه"):
        h = entry(key[:-1])
        if h is not None and ("a" in h[0] or "s" in h[0]):
            found.append(("a", -1, -1))
    if n >= 4 and key.endswith("ت"):
        h = entry(key[:-1])
        if h is not None and "v" in h[0]:
            found.append(("v", -1, -1))
    if n >= 4 and key.endswith("ا") and hit is None:
        h = entry(key[:-1])
        if h is not None:
            found.append((h[0], -1, -1))
    if not found:
        return None
    tags = "".join(sorted({t for r in found for t in r[0]}))
    return (tags, found[0][1], found[0][2]) if hit is not None else (tags, -1, -1)
