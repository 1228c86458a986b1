"""Words with an attached pronoun are no part of a person's name (session 15, #12).

The models sometimes take a word that carries a pronoun suffix for a name or a part of one: a preposition with
its pronoun (معي "with me", بيني "between me", عليهم "on them"), or a noun with a possessive (مسؤوليتي "my
responsibility", صلاتك "your prayer", منتقدوها "its critics"). Arabic names do not carry these suffixes, so such a
word is cut off the edge of a person's mention, and a mention with one inside is none.

A word counts only when the dictionary (Arramooz, :mod:`sahifa.nlp.lexicon`) does not read it as a name and is
not a given name of the gazetteer, and when its stem is:

* one of the closed class of prepositions that take a pronoun (بين، مع، عند، عن، على، في، إلى، لدى، ل، ب), with a
  pronoun suffix other than ك (بينك: Pink); "my" (ي) only after بين، مع، عند، عن (مني and علي are the names Mona and Ali folded);
* or a noun the dictionary knows, seldom a name, with a possessive suffix: ـها، ـهم، ـهما، ـكم، ـكما، ـهن on any
  stem of four letters or more; ـي، ـك، ـنا only after a ت that is the noun's ة (مسؤوليتي، صلاتك، حكومتنا: a
  name ending in ي or ك, like مالك or the nisbas, is never read this way; nor ـاتي, a family name's ending:
  نجاتي); ـوها، ـوهم on a sound masculine plural
  (منتقدوها: منتقدون).
"""

from __future__ import annotations

from . import lexicon
from .entities_engine import _Engine
from .entities_words import _given, _Raw

#: prepositions that take a pronoun suffix, folded (إلى، على، لدى folded with ي)
_PREPS = ("بين", "مع", "عند", "عن", "علي", "في", "الي", "لدي", "ل", "ب", "من")
#: the stems that take "my" (ي) without becoming a name (مني: Mona, علي: Ali, في/لي/بي: too short to tell)
_MY_PREPS = ("بين", "مع", "عند", "عن")
#: the pronoun suffixes of a preposition (folded), longest first
_PREP_SUFFIXES = ("هما", "كما", "هم", "ها", "كم", "هن", "نا", "ه")  # (no ك: بينك is Pink too)
#: possessives on any noun stem of four letters or more
_ANY_STEM = ("هما", "كما", "هم", "ها", "كم", "هن")
#: possessives only after the ت of a feminine noun
_AFTER_TA = ("نا", "ي", "ك")


def _noun(stem: str) -> bool:
    """The dictionary reads the folded ``stem`` as a noun or adjective, seldom a name, and not a rare word (level
    8 or more when the frequency list has it: بيليه, level 7, is a foreign family name's stem too)."""
    r = lexicon.reading(stem)
    return r is not None and ("n" in r[0] or "a" in r[0]) and r[1] <= 2 and (r[2] < 0 or r[2] >= 8)


def pronoun_word(eng: _Engine, k: int) -> bool:
    """Token ``k`` is a preposition or a noun with an attached pronoun (see the module's text)."""
    key = eng.toks[k].info.key
    if len(key) < 3 or key.startswith("ال") or _given(eng.g, key) or eng.gaz_at(k) is not None:
        # (الجوكم: a definite word takes no possessive, so it is a family name)
        return False
    if key.startswith("و") and len(key) >= 5 and _pronoun_key(key[1:]):
        return True  # ومهمتي "and my task"
    return _pronoun_key(key)


def _pronoun_key(key: str) -> bool:
    r = lexicon.reading(key)
    if r is not None and r[1] > 2:
        return False  # كونتي، بوتي: the dictionary's names
    for prep in _PREPS:
        if not key.startswith(prep):
            continue
        suf = key[len(prep):]
        if suf in _PREP_SUFFIXES or (suf == "ي" and prep in _MY_PREPS):
            return True
    for suf in _ANY_STEM:
        if key.endswith(suf) and len(key) - len(suf) >= 4:  # (جيلهم: Gillham, not "their generation")
            stem = key[: -len(suf)]
            if _noun(stem) or (stem.endswith("ت") and _noun(stem[:-1] + "ه")) \
                    or (stem.endswith("و") and _noun(stem + "ن")):
                return True
    for suf in _AFTER_TA:
        if key.endswith("ت" + suf) and len(key) - len(suf) >= 4 and _noun(key[: -len(suf) - 1] + "ه"):
            if suf == "ي" and key.endswith("اتي"):
                continue  # نجاتي، ميقاتي: ـاتي is a family name's ending too, not only "my" on an ـاة noun
            return True
    return False


def without_pronoun_words(eng: _Engine, r: _Raw) -> _Raw | None:
    """A person's mention without the words with a pronoun at its edges; None when one is inside it or nothing
    of a name is left (one word left: a given name); the mention itself when it has none."""
    t0, t1 = r.t0, r.t1
    while t0 < t1 and pronoun_word(eng, t0):
        t0 += 1
    while t1 > t0 and pronoun_word(eng, t1 - 1):
        t1 -= 1
    if t0 == r.t0 and t1 == r.t1 and not any(pronoun_word(eng, k) for k in range(t0 + 1, t1 - 1)):
        return r
    if t1 <= t0 or any(pronoun_word(eng, k) for k in range(t0 + 1, t1 - 1)):
        return None
    if t1 - t0 == 1 and not _given(eng.g, eng.toks[t0].info.key):
        return None
    toks = eng.toks
    start = toks[t0].start if t0 != r.t0 else r.start
    end = toks[t1 - 1].end if t1 != r.t1 else r.end
    return _Raw(start, end, t0, t1, r.type, r.entry, r.how, r.alias_of)
