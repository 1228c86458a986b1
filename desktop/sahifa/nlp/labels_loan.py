"""Loanwords' final و (issue #13): a transliterated word that ends in a consonant + و is, in a name, almost
always a foreign word (Romance, Portuguese, Japanese, African names: تالجو Talgo, فلامينغو Flamengo,
رونالدينيو Ronaldinho, سانوجو Sanogo, فوردو Fordow). Arabic words do not end so, but for the construct
plural (صانعو الفرح, لاعبو الفريق: a singular the lexicon knows + و), short words (أبو, نحو) and words
with the letters a foreign name is not spelled with (ح ع ص ض ط ظ ذ ة). The Arab reading of such a word
(Talju, Flaminghu, Runaldiniw) is replaced by its foreign spelling (:func:`~.translit.foreign_word`: its
و read o); only in a label nothing knows (source ``transliteration``), word by word."""

from __future__ import annotations

import re

from ..core.arabic import fold
from .labels_match import word_similarity
from .labels_sound import ARAB_ONLY
from .lexicon import reading
from .translit import foreign_word, transliterate_word

__all__ = ["designation", "inner_initial", "latin_initials", "loan_final_o"]

# letters a foreign name's Arabic spelling does not use (ق is the Gulf's foreign g), and the feminine ة
_NOT_LOAN = (ARAB_ONLY - {"ق"}) | {"ة"}
# letters before a final و that make it part of a diphthong or a long vowel (ـاو, ـوو) or a hamza seat
_NOT_BEFORE = frozenset("اآأإوؤءئى")


def _loan_word(word: str) -> bool:
    """Whether one Arabic word is a loanword by its final و: consonant (or ي) + و, four letters or more,
    no article, no letter a foreign name is not spelled with, and not a construct plural (its stem
    without the و a word of the lexicon)."""
    if len(word) < 4 or word[-1] != "و" or word[-2] in _NOT_BEFORE or word.startswith("ال"):
        return False
    if not _NOT_LOAN.isdisjoint(word):
        return False
    return reading(fold(word[:-1])) is None


def loan_final_o(canonical: str, label: str) -> str | None:
    """``label`` (a transliteration of ``canonical``, one English word per Arabic word) with each loanword
    that ends in و spelled as foreign names are (``Talju`` → ``Taljo``), or None when no word changes or the
    words do not pair up. A word of the label that does not end in the Arab reading of و (u, w) came from
    elsewhere (a table) and stays."""
    units = canonical.split()
    words = label.split()
    if len(units) != len(words):
        return None
    changed = False
    out = []
    for unit, word in zip(units, words, strict=True):
        if word[-1:].casefold() in ("u", "w") and _loan_word(unit):
            spelled = foreign_word(unit)
            # the same word respelled, not another (a label whose words English reorders: استاد سانتياجو
            # برنابيو → Santiago ... Stadium pairs برنابيو with Santiago)
            if spelled and spelled != word and spelled[0].casefold() == word[0].casefold() \
                    and word_similarity(spelled.casefold(), word.casefold()) >= 0.5:
                out.append(spelled)
                changed = True
                continue
        out.append(word)
    return " ".join(out) if changed else None


# the names of Latin letters as Arabic writes them, an initial inside a foreign name (فيليب كيه ديك → Philip
# K. Dick, كيفن إيه هاسيت → Kevin A. Hassett); not those that are also Arabic words or particles a name holds
# (دي de, أو, في, يو, بي B or P, ام Umm, ال)
_LETTER_NAMES = {
    "إيه": "A", "ايه": "A", "إتش": "H", "اتش": "H", "إف": "F", "اف": "F", "إل": "L", "إم": "M", "إس": "S",
    "اس": "S", "إكس": "X", "اكس": "X", "آر": "R", "ار": "R", "جي": "G", "جيه": "J", "كيه": "K", "كي": "K",
    "كيو": "Q", "تي": "T", "سي": "C", "دبليو": "W", "زد": "Z", "إي": "E",
}


def latin_initials(canonical: str, label: str) -> str | None:
    """``label`` of a person with each inner word of ``canonical`` (not the first, not the last) that is
    the name of a Latin letter written as that initial (``Philip Kih Dik`` → ``Philip K. Dik``), or None
    when none is or the words do not pair up."""
    units = canonical.split()
    words = label.split()
    if len(units) < 3 or len(units) != len(words):
        return None
    changed = False
    for i in range(1, len(units) - 1):
        letter = _LETTER_NAMES.get(units[i].rstrip("."))
        if letter is not None and words[i] != letter + ".":
            words[i] = letter + "."
            changed = True
    return " ".join(words) if changed else None


def inner_initial(units: list[str], i: int) -> bool:
    """Whether ``units[i]`` is an initial inside a foreign name (not its first or last word: a Latin
    letter's name, كيه in فيليب كيه ديك), which :func:`latin_initials` writes as its letter."""
    return 0 < i < len(units) - 1 and units[i].rstrip(".") in _LETTER_NAMES


# a model or series designation: letters, a hyphen, a number (إف-16, ميغ-29, كبلر-452); not a name and
# a year apart (فيفا 2015)
_DESIGNATION = re.compile(r"^([\u0621-\u064A]{2,})[-\u2010\u2013]([0-9]+)$")


def designation(canonical: str) -> str | None:
    """The English of a name that is one designation, letters joined to a number (``إف-16`` → ``F-16``,
    ``ميغ-29`` → ``Migh-29``), or None. Its letters are a Latin letter's name (the initials' table) or
    transliterated; the number stays whole (transliterating the whole word put vowels between its
    digits: Af1a6)."""
    m = _DESIGNATION.match(" ".join(canonical.split()))
    if m is None:
        return None
    letters, number = m.groups()
    head = _LETTER_NAMES.get(letters) or transliterate_word(letters)
    return f"{head}-{number}" if head else None
