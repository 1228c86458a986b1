"""A clitic and a common word at a person's edge (session 17): the words of a mention that are ب، ل or ف fused to a
common noun, or س fused to a verb, read with Arramooz (:mod:`sahifa.nlp.lexicon`), not word lists.

- **At the start** (:func:`lead_no_name`): ب/ل + a verbal noun or a noun (باختلاف، لتحريك) or س + an imperfect
  verb (سيدعم) opens no name; the rules' apposition (name-like words before a title: ``لتحريك دعوى قضائية``) and
  the CRF take such pairs for one. The word is taken off; what is left (:func:`lead_rest_stays`) stays after a verb (بلاتيني) unless it is one
  common word (جنس، دعوى), and after ب/ل + a noun only when it opens with a given name (the rest is the noun's
  complement: بشاطئ العقير).
- **At the end** (:func:`clitic_noun_tail`): ب + a three-letter noun (بقصف; the older check, ``_prep_common``,
  wants four letters or more, as many family names are ب + three letters: برعي، بدوي), only when the dictionary
  sees the noun often and never as a name; ف + the article + a word the dictionary knows (فالمساعدين: "so the
  assistants"); an indefinite plural in ـات of a common noun after a name of three words or more (تساؤلات).
  The word is taken off; a lone word left that is no given name goes too (تشي بمدى، ادين بقتل: a verb).
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_givenunits import unit_given
from .entities_words import _given, _verb_shaped
from .lexicon import entry, reading

__all__ = ["clitic_noun_tail", "common_left", "lead_no_name", "lead_rest_stays"]


def _noun(key: str, level: int) -> bool:
    """The dictionary knows the folded word as a noun or a verbal noun, never as a proper noun, seen at least
    ``level`` (int(2 log10 count): 9 is 30,000 times in 780 million words)."""
    r = reading(key)
    return r is not None and ("n" in r[0] or "m" in r[0]) and "p" not in r[0] and r[1] <= 0 and r[2] >= level


def _name_word(eng: _Engine, k: int) -> bool:
    """Token k is a given name, a word three or more people with a Wikidata entry bear, or in the gazetteer."""
    key = eng.toks[k].info.key
    return _given(eng.g, key) or unit_given(key) or eng.gaz_at(k) is not None


def _clitic_stem(eng: _Engine, k: int, letters: str) -> str:
    """The folded word after a one-letter clitic in ``letters`` that token k starts with, "" when none (not
    بو…، بن…، لو…: Maghrebi family names, names; not a word that is itself a name)."""
    tok = eng.toks[k]
    text = tok.text.rstrip(AR_DIACRITICS)
    if tok.info.kind != "a" or text[:1] not in letters or text[:2] in ("بو", "بن", "لو") or text.startswith("ال") \
            or _name_word(eng, k):
        return ""
    stem = tok.info.key[1:]
    return "" if _given(eng.g, stem) else stem


def lead_no_name(eng: _Engine, k: int) -> str:
    """Token k, a mention's first word, opens no name: "prep" when it is ب/ل + a frequent noun or verbal noun of
    four letters or more (باختلاف، لتحريك، بمنتجع), "verb" when س + an imperfect verb (سيدعم); "" otherwise."""
    stem = _clitic_stem(eng, k, "بل")
    if len(stem) >= 4 and not stem.startswith("ال") and _noun(stem, 8):
        return "prep"
    key = eng.toks[k].info.key
    if len(key) == 5 and key[0] == "س" and key[1] in "يتن" and not _name_word(eng, k) and _verb_shaped(key[1:]) \
            and _past_verb(key[2:]):
        return "verb"  # (not سيندي، سيلسو: Cindy, Celso; ندي is a given name, لسو no verb)
    return ""


def _past_verb(root: str) -> bool:
    """The dictionary knows the three letters as a verb, and no one bears them as a name."""
    e = entry(root)
    return e is not None and "v" in e[0] and not unit_given(root) and "p" not in e[0]


def lead_rest_stays(eng: _Engine, t0: int, t1: int, lead: str) -> bool:
    """Do the words [t0 + 1, t1) after such a first word stay a person? After a verb (سيدعم بلاتيني) its subject
    does unless it is one common word (جنس، دعوى); after ب/ل + a noun the rest is that noun's complement (بشاطئ
    العقير، برفقة الشاعرين، بمنتجع باد), a person only when it opens with a given name (لتكريم محمد العلي)."""
    if t1 - t0 == 2 and common_left(eng, t1 - 1):
        return False
    given = eng.g.given_names.get(eng.toks[t0 + 1].info.key)
    return lead == "verb" or (given is not None and not given.ambiguous)  # (ببقاء نجم: "star")


def common_left(eng: _Engine, k: int) -> bool:
    """Token k, left alone of a mention, is a frequent common noun the dictionary never reads as a name, or one
    with "his" (رحلته), and no given name (جنس، دعوى)."""
    key = eng.toks[k].info.key
    if _name_word(eng, k):
        return False
    if _noun(key, 8):
        return True
    # with "his" (رحلته: رحلة + ه, written with ت before the pronoun; دوره: دور + ه)
    return key[-1:] == "ه" and len(key) >= 4 and (_noun(key[:-1], 8) or (key[-2] == "ت" and _noun(key[:-2] + "ه", 8)))


def clitic_noun_tail(eng: _Engine, t0: int, t1: int) -> bool:
    """The last word of the mention [t0, t1) (after a first) is ب + a three-letter noun seen 100,000 times or
    more and never as a name (بقصف), ف + the article + a word the dictionary knows (فالمساعدين), or, after
    three words or more, an indefinite plural in ـات of a common noun the dictionary does not list as a word
    of its own (تساؤلات; not بركات، عرفات: name words)."""
    if t1 - t0 < 2:
        return False
    k = t1 - 1
    stem = _clitic_stem(eng, k, "ب")
    if len(stem) == 3 and _noun(stem, 10):
        return True
    stem = _clitic_stem(eng, k, "ف")
    if stem.startswith("ال") and len(stem) >= 7:  # (not فالويل: Falwell, ويل "woe" is a word)
        r = reading(stem)
        return r is not None and "p" not in r[0] and r[1] <= 0
    key = eng.toks[k].info.key
    return t1 - t0 >= 3 and len(key) >= 6 and key.endswith("ات") and not key.startswith("ال") \
        and entry(key) is None and not _name_word(eng, k) and _noun(key, -1)
