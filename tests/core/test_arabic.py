"""sahifa.core.arabic, the one Arabic normaliser, gives every caller exactly what its old private copy gave.

Each ``_old_*`` below is the definition a module had before the normalisers were merged (issue #15), copied
verbatim: nlp/normalize.py (fold, normalize_ar, search_key), nlp/numbers.py (normalize_word, _bare, the
digit table), nlp/quotes.py (_DIACRITICS), nlp/entities.py (_clean, _loose_name, canonical_key),
storage/library.py (default_norm, default_key) and core/scoring.py (normalize). Analyses must stay
byte-identical and the search keys stored in existing libraries were built with search_key/default_norm,
so every variant is compared on a list of tricky strings and on random text over the characters that
differ between them.
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from sahifa.core import arabic

# --- the old definitions, verbatim ---------------------------------------------------------------------
_OLD_AR_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
_OLD_TATWEEL = "\u0640"
_OLD_DELETE = {ord(c): None for c in _OLD_AR_DIACRITICS + _OLD_TATWEEL}
_OLD_FOLD_TABLE: dict[int, str | None] = dict(_OLD_DELETE)
_OLD_FOLD_TABLE.update({
    0x0625: "\u0627", 0x0623: "\u0627", 0x0671: "\u0627", 0x0622: "\u0627",  # alef variants
    0x0649: "\u064a",  # alef maksura → yeh
    0x0629: "\u0647",  # teh marbuta → heh
})


def _old_normalize_ar(s: str) -> str:  # nlp/normalize.py, with the CAMeL Tools functions it called
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    s = s.translate(dict(_OLD_DELETE))
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))


def _old_fold(s: str) -> str:  # nlp/normalize.py
    return s.translate(_OLD_FOLD_TABLE)


_OLD_SEARCH_DELETE = re.compile("[" + _OLD_AR_DIACRITICS + _OLD_TATWEEL + "\u200f\u200e\u200c\u200d]")
_OLD_ALEFS = re.compile("[\u0625\u0623\u0671\u0622]")


def _old_search_key(s: str) -> str:  # nlp/normalize.py
    s = _OLD_SEARCH_DELETE.sub("", s)
    s = _OLD_ALEFS.sub("\u0627", s).replace("\u0649", "\u064a").replace("\u0629", "\u0647").lower()
    return " ".join(s.split())


_OLD_MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0656\u0657\u0658" \
             "\u0659\u065a\u065b\u065c\u065d\u065e\u065f\u0670\u0640"
_OLD_NORM_TABLE = str.maketrans(
    {**dict.fromkeys(_OLD_MARKS), "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
     "ی": "ي", "ک": "ك"}
)
_OLD_MARK_TABLE = str.maketrans(dict.fromkeys(_OLD_MARKS))
_OLD_DIGIT_TABLE = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")


def _old_normalize_word(word: str) -> str:  # nlp/numbers.py
    return word.translate(_OLD_NORM_TABLE)


def _old_bare(raw: str) -> str:  # nlp/numbers.py
    return raw.translate(_OLD_MARK_TABLE)


def _old_digits(s: str) -> str:  # nlp/numbers.py
    return s.translate(_OLD_DIGIT_TABLE)


_OLD_QUOTE_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")  # nlp/quotes.py

_OLD_LIB_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_OLD_LIB_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})


def _old_default_norm(text: str) -> str:  # storage/library.py
    return _OLD_LIB_MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_OLD_LIB_LETTERS).casefold()


def _old_default_key(text: str) -> str:  # storage/library.py
    return " ".join(_old_default_norm(text).split())


_OLD_SCORE_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_OLD_SCORE_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
})
_OLD_SPACES = re.compile(r"\s+")


def _old_score_normalize(text: str | None) -> str:  # core/scoring.py
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _OLD_SCORE_DIACRITICS.sub("", text).translate(_OLD_SCORE_LETTERS)
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return _OLD_SPACES.sub(" ", text).strip()


def _old_strip_article(word: str) -> str:  # nlp/normalize.py
    if len(word) > 3 and word.startswith("\u0627\u0644"):
        return word[2:]
    return word


def _old_loose(key: str) -> str:  # nlp/entities.py
    k = _old_strip_article(key)
    return k.replace("ج", "غ").replace("گ", "غ").replace("ؤ", "ء").replace("ئ", "ء")


def _old_loose_name(name: str) -> str:  # nlp/entities.py
    return " ".join(_old_loose(w) for w in _old_fold(name).split())


def _old_clean(surface: str) -> str:  # nlp/entities.py
    return " ".join(surface.translate(_OLD_DELETE).split())


# --- the strings ---------------------------------------------------------------------------------------
TRICKY = [
    "", " ", "إسرائيل", "أحمد", "آلاف", "ٱلله", "مصطفى", "المدرسة", "عمّان", "بـريف", "ـــ",
    "مُحَمَّدٌ", "كِتَابًا", "رَحْمٰن", "ؤئء", "مسؤول", "رئيس", "أبنائه", "شيء",
    "ی ک یک", "پ چ ژ گ ڤ", "کیلومتر", "ایران",  # Persian/Urdu letters
    "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "٢٫٥", "١٬٠٠٠", "12.5", "1,000",  # digits and separators
    "\u200fنص\u200e", "ن\u200cص\u200d", "\u202bمضمن\u202c",  # bidi marks and embeddings
    "ا\u0653", "ا\u0654", "ا\u0655", "ي\u0654", "و\u0654", "\u0656\u065f",  # marks U+0653…U+065F
    "\u0610\u061a\u06d6\u06ed\u06dd", "صلى الله عليه وسلم\u0610",  # Quranic marks
    "ﻻ ﷲ ﺍﻟﺴﻼﻡ", "ﺔ",  # presentation forms (NFKC folds them)
    "Reuters  ترامب\u00a0\t\n", "İstanbul ß ẞ", "«قال» (الوزير): نعم!", "الباجوز", "الباغوز", "گوگل",
    "على", "علي", "إلى", "الى", "القعدة", "القعده", "  مسافات   كثيرة  ",
]
_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآٱءؤئیکگپ"
    + arabic.DIACRITICS + arabic.EXTENDED_MARKS + arabic.TATWEEL + arabic.BIDI_CONTROLS
    + "\u0610\u0615\u061a\u06d6\u06e1\u06ed\u06dd\ufefb\ufe8e\ufdf2"
    + "٠١٥٩۰۴۹٫٬0159.,"
    + " \u00a0\t\nAbZİß«»():!،؛"
)


def _strings() -> list[str]:
    rng = random.Random(15)
    short = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 24))) for _ in range(3000)]
    # longer than a word too (sentences, names): the foldings' no-change test runs at every length
    long = ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(25, 200))) for _ in range(300)]
    clean = ["".join(rng.choice("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ") for _ in range(rng.randint(1, 120))) for _ in range(300)]
    return TRICKY + short + long + clean


STRINGS = _strings()

# (new, old) for every single-argument variant
VARIANTS = {
    "fold": (arabic.fold, _old_fold),
    "normalize_ar": (arabic.normalize_ar, _old_normalize_ar),
    "search_key": (arabic.search_key, _old_search_key),
    "word_key": (arabic.word_key, _old_normalize_word),
    "strip_marks": (arabic.strip_marks, _old_bare),
    "ascii_digits": (arabic.ascii_digits, _old_digits),
    "library_norm": (arabic.library_norm, _old_default_norm),
    "library_key": (arabic.library_key, _old_default_key),
    "score_norm": (arabic.score_norm, _old_score_normalize),
    "quotes_diacritics": (lambda s: arabic.DIACRITICS_RE.sub("", s), lambda s: _OLD_QUOTE_DIACRITICS.sub("", s)),
    "clean": (arabic.clean, _old_clean),
    "loose_name": (arabic.loose_name, _old_loose_name),
    "loose_word": (arabic.loose_word, _old_loose),
    "strip_article": (arabic.strip_article, _old_strip_article),
    "canonical_key": (arabic.canonical_key, lambda s: _old_loose_name(_old_clean(s))),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_each_variant_gives_what_its_old_definition_gave(name: str) -> None:
    new, old = VARIANTS[name]
    differ = [(s, new(s), old(s)) for s in STRINGS if new(s) != old(s)]
    assert not differ, f"{name}: {len(differ)} strings differ, e.g. {differ[:3]!r}"


def test_the_quote_engine_sees_the_same_diacritic_offsets() -> None:
    for s in STRINGS:
        assert [m.start() for m in arabic.DIACRITICS_RE.finditer(s)] == \
            [m.start() for m in _OLD_QUOTE_DIACRITICS.finditer(s)]


def test_score_norm_keeps_none_and_empty() -> None:
    assert arabic.score_norm(None) == "" == _old_score_normalize(None)


def test_canonical_key_uses_the_alias_it_is_given() -> None:
    aliases = {"قسد": "قوات سوريا الديمقراطية"}
    key = arabic.canonical_key("قسد", aliases.get)
    assert key == arabic.canonical_key("قوات سوريا الديمقراطية") == _old_loose_name("قوات سوريا الديمقراطية")
    assert arabic.canonical_key("  ", aliases.get) == ""
    assert arabic.canonical_key("الباجوز") == arabic.canonical_key("باغوز") == "باغوز"


def test_the_variants_really_differ_where_documented() -> None:
    """The pins above would pass on one shared function if the strings never told the variants apart."""
    assert arabic.word_key("یک") == "يك" != arabic.fold("یک")                      # Persian letters
    assert arabic.word_key("ا\u0654") == "ا" != arabic.fold("ا\u0654")            # hamza mark
    assert arabic.score_norm("مسؤول ٣") == "مسوول 3" != arabic.fold("مسؤول ٣")    # hamza carrier, digits
    assert arabic.library_norm("ﻻ ABC") == "لا abc"                                # NFKC, casefold
    assert arabic.search_key("\u200fنص\u200e  A") == "نص a" != arabic.fold("\u200fنص\u200e  A")
    assert arabic.library_norm("ص\u0610") == "ص" != arabic.search_key("ص\u0610")  # Quranic mark
