"""The one Arabic normaliser: character tables, foldings, the keys built from them, and ``canonical_key``.

Every Arabic comparison in Sahifa goes through this module. The character sets are defined once, below;
each caller needs a slightly different mix of them, and each mix is a named function here, documented
with *why* it differs. None of the variants may change: analyses must stay byte-identical and the search
keys stored in existing libraries were built with :func:`search_key` or :func:`library_norm`.

Character sets (:data:`DIACRITICS` … :data:`BIDI_CONTROLS`) and foldings (:data:`LETTER_FOLDS` …):

============================  =====================================================================
variant                       what it removes / folds, and why
============================  =====================================================================
:func:`fold`                  DIACRITICS + TATWEEL removed; LETTER_FOLDS. The CAMeL Tools recipe
(= :func:`normalize_ar`)      (``dediac_ar`` + alef, alef maksura, teh marbuta) in one ``str.translate``:
                              the matching key of the entity engine and the gazetteer (hot path).
:func:`search_key`            :func:`fold` + BIDI_CONTROLS removed, lower-cased, whitespace collapsed:
                              the full-text search key of libraries opened by the app (stored keys).
:func:`word_key`              DIACRITICS + EXTENDED_MARKS + TATWEEL removed; LETTER_FOLDS +
                              PERSIAN_FOLDS: the number engine's lexicon key. It also drops the hamza
                              and madda *marks* (U+0653–U+065F) that some texts write on a bare alef,
                              and reads the Persian/Urdu yeh and keheh some keyboards type as Arabic.
:func:`strip_marks`           the marks of :func:`word_key`, no letter folding (ة and ه kept apart).
:func:`library_norm`          NFKC, then ALL_MARKS (with the Quranic annotation signs) removed,
(:func:`library_key`)         LETTER_FOLDS, case-folded: the storage layer's own default, for libraries
                              opened without the language layer (NFKC also folds presentation forms).
:func:`score_norm`            NFC, ALL_MARKS removed, LETTER_FOLDS + HAMZA_FOLDS + DIGIT_FOLDS,
                              punctuation and symbols → space, whitespace collapsed: the gold scorer,
                              which must forgive spelling differences annotators make (أبنائه/ابناءه).
:func:`ascii_digits`          DIGIT_FOLDS + DECIMAL_FOLDS (٫ → ".", ٬ → ","): reading a figure.
:data:`DIACRITICS_RE`         DIACRITICS + TATWEEL as a regex: the quote engine needs their offsets.
:func:`clean`                 DIACRITICS + TATWEEL removed, spaces collapsed, letters as written: the
                              readable canonical spelling of an entity.
:func:`loose_word`,           a folded word with its article stripped and ج/گ → غ, ؤ/ئ → ء merged
:func:`loose_name`            (per word of a folded name): the entity engine's loose matching keys.
:func:`canonical_key`         the database key of an entity (see there).
============================  =====================================================================

Why not one set for everyone: the variants grew apart in separate modules, and each is now frozen by
what was built with it — the gazetteer's keys and every analysis (:func:`fold`; ``sahifa analyze`` output
is pinned by tests/test_analyze_stable.py), the search keys stored in libraries (:func:`search_key`,
:func:`library_norm`), the gold scores (:func:`score_norm`). Widening a narrow one (say, :func:`fold`
also dropping U+0653–U+065F) would change those; tests/core/test_arabic.py pins each variant against its
old definition.

Pure Python, standard library only (``sahifa.core`` imports nothing of ours). Compiled by mypyc with the
rule engine (setup.py): the entity and number engines call :func:`fold` and :func:`word_key` per token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "ALL_MARKS", "AR_DIACRITICS", "BIDI_CONTROLS", "DIACRITICS", "DIACRITICS_RE", "DIGIT_FOLDS",
    "EXTENDED_MARKS", "HAMZA_FOLDS", "LETTER_FOLDS", "PERSIAN_FOLDS", "QURANIC_MARKS", "TATWEEL",
    "ascii_digits", "canonical_key", "clean", "fold", "library_key", "library_norm", "loose_name", "loose_word",
    "normalize_ar", "score_norm", "search_key", "strip_article", "strip_marks", "word_key",
]


def _span(first: int, last: int) -> str:
    return "".join(chr(c) for c in range(first, last + 1))


# --- character sets --------------------------------------------------------------------------------
#: harakat, tanwin, shadda, sukun (U+064B–U+0652) and the dagger alef (U+0670): CAMeL Tools'
#: ``camel_tools.utils.charsets.AR_DIAC_CHARSET``, spelled out (importing charsets costs ~0.4 s)
DIACRITICS = _span(0x064B, 0x0652) + "\u0670"
AR_DIACRITICS = DIACRITICS  # the name the language layer has always used
TATWEEL = "\u0640"
#: madda and hamza above/below, subscript alef and the rarer vowel signs (U+0653–U+065F)
EXTENDED_MARKS = _span(0x0653, 0x065F)
#: Quranic annotation signs (U+0610–U+061A, U+06D6–U+06ED)
QURANIC_MARKS = _span(0x0610, 0x061A) + _span(0x06D6, 0x06ED)
#: every mark the scorer and the storage default remove
ALL_MARKS = QURANIC_MARKS + DIACRITICS + EXTENDED_MARKS + TATWEEL
#: right-to-left / left-to-right marks, zero-width non-joiner and joiner
BIDI_CONTROLS = "\u200f\u200e\u200c\u200d"

# --- foldings --------------------------------------------------------------------------------------
#: alef with hamza above/below, alef with madda, alef wasla → alef; alef maksura → yeh; teh marbuta → heh
LETTER_FOLDS = {"\u0625": "\u0627", "\u0623": "\u0627", "\u0671": "\u0627", "\u0622": "\u0627",
                "\u0649": "\u064a", "\u0629": "\u0647"}
#: Persian/Urdu letters typed for Arabic ones: Farsi yeh ی → ي, keheh ک → ك
PERSIAN_FOLDS = {"\u06cc": "\u064a", "\u06a9": "\u0643"}
#: hamza on waw / on yeh → the bare carrier
HAMZA_FOLDS = {"\u0624": "\u0648", "\u0626": "\u064a"}
#: Arabic-Indic (U+0660…) and extended Arabic-Indic / Persian (U+06F0…) digits → ASCII
DIGIT_FOLDS = {**{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)}}
#: Arabic decimal separator and thousands separator
DECIMAL_FOLDS = {"\u066b": ".", "\u066c": ","}


def _table(delete: str, *folds: dict[str, str]) -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in delete}
    for mapping in folds:
        table.update({ord(k): v for k, v in mapping.items()})
    return table


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_FOLD_TABLE = _table(DIACRITICS + TATWEEL, LETTER_FOLDS)
_CLEAN_TABLE = _table(DIACRITICS + TATWEEL)
_WORD_TABLE = _table(DIACRITICS + EXTENDED_MARKS + TATWEEL, LETTER_FOLDS, PERSIAN_FOLDS)
_MARK_TABLE = _table(DIACRITICS + EXTENDED_MARKS + TATWEEL)
_DIGIT_TABLE = _table("", DIGIT_FOLDS, DECIMAL_FOLDS)
_LIBRARY_TABLE = _table("", LETTER_FOLDS)
_SCORE_TABLE = _table("", LETTER_FOLDS, HAMZA_FOLDS, DIGIT_FOLDS)

#: DIACRITICS + TATWEEL, one character per match (the quote engine keeps their offsets)
DIACRITICS_RE = re.compile(_char_class(DIACRITICS + TATWEEL))
_ALL_MARKS_RE = re.compile(_char_class(ALL_MARKS))
_SPACES = re.compile(r"\s+")


# The hot foldings as (character, replacement) pairs applied with str.replace where the character occurs:
# str.translate with a dict table looks every character up as a Python int outside ASCII (~3 µs for a word,
# ~100 µs for a line, the same compiled), where a "c in s" test per table character is a C search over the
# string. Same result as the table (no replacement holds a character of the table: checked here; tests compare
# them on random text).
_Pairs = tuple[tuple[str, str], ...]


def _pairs(table: dict[int, str | None]) -> _Pairs:
    out = tuple([(chr(k), v or "") for k, v in table.items()])
    assert not any(c in r for _k, r in out for c, _v in out), "a replacement holds a character of its table"
    return out


def _replaced(s: str, pairs: _Pairs, chars: re.Pattern[str]) -> str:
    """``s.translate(table)`` for the table of ``pairs`` (:func:`_pairs`), whose characters ``chars`` matches: a
    word without any of them (most words) is returned after one regex search. (``frozenset.isdisjoint(s)``
    made and hashed a one-character string per character of ``s``: ~3 times the search's cost, and ~4 % of
    the instructions of a first pass over new text, through fold and word_key.)"""
    if chars.search(s) is None:
        return s
    for c, r in pairs:
        if c in s:
            s = s.replace(c, r)
    return s


_FOLD_PAIRS = _pairs(_FOLD_TABLE)
_WORD_PAIRS = _pairs(_WORD_TABLE)
_MARK_PAIRS = _pairs(_MARK_TABLE)
_CLEAN_PAIRS = _pairs(_CLEAN_TABLE)
_FOLD_CHARS = re.compile(_char_class("".join([c for c, _r in _FOLD_PAIRS])))
_WORD_CHARS = re.compile(_char_class("".join([c for c, _r in _WORD_PAIRS])))
_MARK_CHARS = re.compile(_char_class("".join([c for c, _r in _MARK_PAIRS])))
_CLEAN_CHARS = re.compile(_char_class("".join([c for c, _r in _CLEAN_PAIRS])))


def fold(s: str) -> str:
    """Canonical matching form of Arabic text: diacritics and tatweel removed, alef forms → ا, ى → ي,
    ة → ه. Latin letters, digits, spaces and punctuation are kept. (Hot path: see :func:`_replaced`.)"""
    return _replaced(s, _FOLD_PAIRS, _FOLD_CHARS)


def normalize_ar(s: str) -> str:
    """:func:`fold` under the name of the CAMeL Tools recipe it reproduces (``normalize_alef_ar``,
    ``normalize_alef_maksura_ar``, ``normalize_teh_marbuta_ar``, ``dediac_ar``; tests compare them)."""
    return s.translate(_FOLD_TABLE)


# search_key: one regex deletion and four str.replace calls — str.translate with a dict table walks the
# text in Python-object steps outside ASCII (~20 µs per sentence); this is ~6× faster, same result
# (tests/nlp/test_gazetteer.py compares it with fold + translate on random text)
_SEARCH_DELETE = re.compile(_char_class(DIACRITICS + TATWEEL + BIDI_CONTROLS))
_ALEFS = re.compile(_char_class("".join(k for k, v in LETTER_FOLDS.items() if v == "\u0627")))


@lru_cache(maxsize=65536)
def search_key(s: str) -> str:
    """Key for full-text search: :func:`fold`, Latin lower-cased, bidi marks dropped, whitespace runs
    collapsed. Only used to build keys — offsets are never taken from it."""
    s = _SEARCH_DELETE.sub("", s)
    s = _ALEFS.sub("\u0627", s).replace("\u0649", "\u064a").replace("\u0629", "\u0647").lower()
    return " ".join(s.split())  # split() also takes NBSP as a blank


def word_key(word: str) -> str:
    """The number lexicon's key: harakat, hamza/madda marks and tatweel removed, alef forms → ا, ى → ي,
    ة → ه, Persian ی → ي and ک → ك."""
    return _replaced(word, _WORD_PAIRS, _WORD_CHARS)


def strip_marks(word: str) -> str:
    """A word without the marks :func:`word_key` removes, letters as written (ة and ه kept apart)."""
    return _replaced(word, _MARK_PAIRS, _MARK_CHARS)


def ascii_digits(s: str) -> str:
    """Arabic-Indic and Persian digits → ASCII, ٫ → ".", ٬ → ","; everything else as it is."""
    return s.translate(_DIGIT_TABLE)


def library_norm(text: str) -> str:
    """The storage layer's default search normalisation: NFKC, no diacritics, Quranic marks or tatweel,
    alef forms → ا, ة → ه, ى → ي, case-folded. (Libraries opened by the app use :func:`search_key`.)"""
    return _ALL_MARKS_RE.sub("", unicodedata.normalize("NFKC", text)).translate(_LIBRARY_TABLE).casefold()


def library_key(text: str) -> str:
    """The storage layer's default entity key: :func:`library_norm` with whitespace collapsed."""
    return " ".join(library_norm(text).split())


def score_norm(text: str | None) -> str:
    """The gold scorer's form of a surface: NFC, no marks, alef forms → ا, ى → ي, ة → ه, ؤ → و, ئ → ي,
    Arabic-Indic digits → ASCII, punctuation and symbols → space, whitespace collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = _ALL_MARKS_RE.sub("", text).translate(_SCORE_TABLE)
    # punctuation (quotes, brackets, commas, ellipses…) becomes a space
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return _SPACES.sub(" ", text).strip()


def strip_article(word: str) -> str:
    """Remove a leading definite article ال from a (normalised) word of 4+ letters."""
    if len(word) > 3 and word.startswith("\u0627\u0644"):
        return word[2:]
    return word


# --- the database key of an entity -----------------------------------------------------------------
@lru_cache(maxsize=100_000)
def clean(surface: str) -> str:
    """Readable canonical spelling: diacritics and tatweel removed, spaces collapsed."""
    return " ".join(_replaced(surface, _CLEAN_PAIRS, _CLEAN_CHARS).split())


@lru_cache(maxsize=100_000)
def loose_word(key: str) -> str:
    """Loose matching key of one folded word: article stripped, ج/گ → غ (foreign G), ؤ/ئ → ء."""
    k = strip_article(key)
    return k.replace("ج", "غ").replace("گ", "غ").replace("ؤ", "ء").replace("ئ", "ء")


@lru_cache(maxsize=100_000)
def loose_name(name: str) -> str:
    """Loose key of a name: :func:`fold`, then each word article-stripped and ج/گ/ؤ/ئ merged."""
    return " ".join(loose_word(w) for w in fold(name).split())


def _no_alias(name: str) -> str | None:
    return None


def canonical_key(name: str, canonical_of: Callable[[str], str | None] = _no_alias) -> str:
    """Normalised key of an entity name for lookups (user corrections, ``--entity NAME``).

    ``canonical_of`` maps a known alias to its entry's canonical spelling (the language layer passes the
    gazetteer's: قسد, SDF → قوات سوريا الديمقراطية; ترامب → دونالد ترامب); ``sahifa.core`` cannot look it
    up itself. Otherwise: folded, article stripped from each word, ج/غ variants merged, so "الباجوز",
    "باغوز" and "الباغوز" share a key. Index both a mention's text and its canonical under this key.
    """
    name = clean(name)
    if not name:
        return ""
    alias = canonical_of(name)
    if alias is not None:
        name = alias
    return loose_name(name)
