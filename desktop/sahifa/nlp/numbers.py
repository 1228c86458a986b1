"""Numbers, quantities, dates and ordinals in Arabic news text → :class:`NumberMention`.

Public API: :func:`extract_numbers` — a pure function (no Qt, no I/O, no global state besides
bounded caches) returning mentions sorted by ``start``, never overlapping, with
``text[m.start:m.end] == m.text``.

Why rules (plus pyarabic) and not a model
-----------------------------------------
News numbers are a small, closed grammar: digits in three scripts, ~80 number words, a few scale words,
unit nouns, qualifiers and date patterns. A token scanner over precompiled regexes is exact about
offsets, explainable, needs no model download and runs at thousands of articles per second.
The number-word vocabulary comes from ``pyarabic.number_const.NUMBER_WORDS`` (the same table that
``pyarabic.number.text2number`` uses); we normalise its keys (hamza/alef, ta marbuta, tanween) and
combine word values with the same additive/multiplicative rule as ``text2number`` — but per token, so
clitics (و/ف/ب/ل/ك), tanween (ألفًا) and adjacency are handled precisely and offsets are kept.
(``text2number`` itself re-splits on spaces and strips clitics blindly; the tests cross-check our
values against it.) Importing ``pyarabic.number`` costs ~7 ms once.

The language data — extra number spellings, scales, units and currencies, months, qualifiers, counted
nouns with their English, and the small word classes the grammar needs — lives in tab-separated files
under ``resources/lexicon/numbers/`` (each with a header saying what its columns are), read once at
import; this module holds only the grammar.

Conventions (document-level decisions, tested in tests/nlp/test_numbers.py and, for the forms of real
Saudi news, tests/nlp/test_numbers_real.py)
--------------------------------------------------------------------------------------------------
* **Digits**: ASCII, Arabic-Indic and Persian; decimal mark "." or U+066B, or — between digits with no
  space, one group of 1–3 digits on each side — the Arabic comma or ر ("1،9 مليون", "٢،٥٪", "10ر18");
  three digits after a comma are a thousands group. "1، 2، 3" and "1،2،3" are lists.
* **Span** = the number expression, plus the unit word when the unit is money, percent, distance,
  area or duration ("200 مليون دولار", "3 كيلومتر", "خمسة أيام", "الأشهر الستة", "مئة بالمئة").
  Counted nouns are *not* in the span; they go to ``counted`` / ``counted_en``. Qualifier words
  (نحو، أكثر من …) are never in the span. A leading clitic و/ف/ب/ل/ك (and لـ of لل) is never in the
  span ("بـ1200" → "1200", "وأربعة" → "أربعة"). Brackets around digits are not in the span.
* **Ranges** ("ما بين 150 ألف إلى 200 ألف", "بين 10 و20", "7و 8 ملايين" after بين, "10-20",
  "3 أو 4 أيام") → ONE mention, ``value`` = lower bound, ``value_max`` = upper bound,
  ``qualifier="range"``, span from the first number to the end of the second (and its unit).
  A scale/unit written only on the second number is shared by the first (7 → 7,000,000).
  "من 3 إلى 5" without بين is a change, not a range: two mentions (unit/scale shared) — unless a span
  word precedes من (الفترة، تتراوح، امتدت …) or the second is joined by حتى ("من الـ13 وحتى الـ17").
* **Dates**: one mention over the whole date ("20 فبراير 2019", "ديسمبر(كانون الأول) 2017",
  "كانون الثاني/يناير 2019", "20/2/2019"), ``kind="date"``, ``value`` = the year (int) and ``unit`` =
  ISO string: "2019-02-20", "2017-12", with "THH:MM" when a time follows the date. Without a year:
  ``value=None`` and unit "--MM-DD". Hijri months and years the same way ("5 شوال 1436هـ" → 1436,
  "1436-10-05"; "27 / 8 / 1412هـ"); an ordinal day ("السابع من ذي القعدة" → "--11-07"); days listed
  before a date share its month ("10 و11 و12 شوال" → three dates), a day range before a month is one
  date dated by its first day ("5 إلى 15 أغسطس" → "--08-05", qualifier range). A lone time "13:44" →
  ``kind="other"``, ``value=None``, ``unit="13:44"``; an hour ("الساعة الثالثة", "الخامسة فجرا", "11
  مساءً", "الساعة 0706" → 7.06) → ``kind="other"``, ``unit="time"``, value the hour as written (hh.mm);
  "من الثامنة صباحاً وحتى الثالثة مساءً" is one time range (value_max 3, not 15). A match score "2-1" → ``kind="other"``,
  ``unit="score"``, value 2, value_max 1.
* **Years**: a 4-digit integer 1900–2100 after a year word (عام، العام، منذ، مطلع …), or followed by
  م/هـ, or not followed by a unit/counted noun → ``kind="year"``, value = the year, span = digits
  (+ the م/هـ suffix). Hijri "1440 هـ" → year 1440; any number marked هـ/هجرية ("147 هجرية"); any 3–4
  digit number right after عام/سنة ("عام 1534"). "2014-2015", "2008_2009", "1436/1437هـ" → ranges;
  "بين 1831 و1910" (two four-digit figures after بين, nothing counted) → a year range of any age.
* **Fractions of a unit**: "ساعة ونصف" → 1.5 hours, "العامين ونصف العام" → 2.5 years, "3 أيام ونصف"
  → 3.5 days, "من متر إلى متر ونصف" → range 1–1.5 m. "200×200 متر" (the sides of a surface) → one
  mention, the first side with the unit. "(100.000) مائة ألف" / "خمسمائة (500) ريال" → one mention.
* **Ordinals**: الأول … العاشر, الحادي عشر … التاسع عشر, "الحادي والعشرين", and a digit after
  المرتبة/المركز/الدقيقة/الجولة … or "الـN" after a definite singular noun ("التقرير الـ51") →
  ``kind="ordinal"`` (unit "minute" after الدقيقة). Bare ordinals in construct ("ثالث أيام العيد",
  "أول زيارة"), with a pronoun ("أولها") or adverbial ("ثالثاً") are ordinals; "أول أمس", "أول من",
  "أول النهار", "الفريق أول" and month names (كانون الأول، ربيع الأول) are not.
* **Vague** (مئات، عشرات، آلاف، ملايين، عشرات الآلاف، بضعة، عدة، العشرات …) → ``value=None``,
  ``vague=True``; ``kind="count"`` with the counted noun, or the unit's kind when the noun is a unit
  ("ملايين الدولارات" → money/USD, "بضعة أيام" → duration/day, unit word then in the span).
* **Duals**: of time/distance/money units always (يومين، اليومين، أسبوعين، كيلومترين) → value 2 with
  the unit; of count nouns only for the explicit, unambiguous duals of the lexicon (هجومين، طفلين,
  not مقاتلين which is also a plural) → count 2, ``counted`` = the dual word; not when definite
  ("البلدين", "الطرفين": the two already named — optional in the gold README).
* **Qualifiers**: approx | more_than | less_than | up_to | at_least | range. A qualifier before the
  number wins over one after it ("نحو (2000) شخص كحد أدنى" → approx).
* **Currencies**: ISO 4217 where the word says which (دولار → USD, يورو → EUR, جنيه → EGP,
  جنيه إسترليني → GBP, ريال → SAR unless a country adjective says QAR/OMR/YER/IRR, درهم → AED unless
  مغربي → MAD, دينار → "dinar" unless a country adjective, ليرة → "lira" unless تركية/سورية/لبنانية).
* Percent → kind "percent", unit "%". Area ("كيلومتر مربع", "400م2") → kind "other", unit "km2"/"m2".
  "رقم 5" → kind "other". Everything else → kind "count".
* **Not quantities**: phone numbers and codes ("0504294643"), long identifiers, numbers after a Latin
  word ("District 9") or completing a name ("ويندوز 10", "«مينسك 2»", "5+1", "يوروفرست 300"), item
  numbers at a line start ("1- …"), "دور الـ16", street/exit/flight/gate numbers ("شارع 25", "الرحلة
  111") unless a unit or counted noun follows, and a model number wherever it recurs ('طراز "777"' …
  "الطائرات 777"). "وأحد" is و + أحد ("and one of"), never واحد; "أولاً ثم" is "first and foremost".

Known limits (precision first): adverbial duals (مرتين) are not emitted; "واحد/واحدة" only next to a
unit or known count noun ("واحدة تلو الأخرى" is not a number); fractions only as نصف/ربع/ثلث + scale
word; عقد/عقود (decade or contract) is not a unit; outlet names ending in digits are only recognised
after موقع/قناة/شبكة/وكالة… or فرانس; years before 1900 need عام/سنة or a suffix; times written
minutes-first by bidi mangling ("49: 12") are read as two times.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from importlib import resources
from typing import NamedTuple

from pyarabic import number_const as _pyarabic_numbers

from ..core.arabic import DIACRITICS, EXTENDED_MARKS, TATWEEL, ascii_digits, strip_marks, word_key
from ..core.model import NumberMention
from .normalize import remember

__all__ = ["COUNTED_NOUNS", "extract_numbers", "normalize_word"]

# --------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------
# The number lexicon's key is sahifa.core.arabic.word_key (harakat, hamza/madda marks and tatweel removed,
# alef forms, ى, ة and the Persian ی/ک folded); _MARKS are the marks it removes.
_MARKS = DIACRITICS + EXTENDED_MARKS + TATWEEL
normalize_word = word_key


def _skip_letters(raw: str, letters: int) -> int:
    """Index in ``raw`` after ``letters`` base letters and any marks that follow them."""
    idx = 0
    count = 0
    size = len(raw)
    while idx < size and count < letters:
        idx += 1
        count += 1
        while idx < size and raw[idx] in _MARKS:
            idx += 1
    return idx


# --------------------------------------------------------------------------------------------------
# Lexicons (all keys normalised with normalize_word), read from resources/lexicon/numbers/*.tsv
# --------------------------------------------------------------------------------------------------
# The language data lives in tab-separated files that a linguist can edit without reading this code;
# each file's header says what its columns are. They are read once, at import (~2 ms).
_SCALES = (1000, 10**6, 10**9, 10**12)
_LEXICON_DIR = ("lexicon", "numbers")


def _lexicon_rows(name: str, columns: int) -> list[list[str]]:
    """Rows of ``resources/lexicon/numbers/<name>`` (found in the source tree and in an installed package)."""
    text = resources.files("sahifa.resources").joinpath(*_LEXICON_DIR, name).read_text(encoding="utf-8")
    return _parse_rows(text, name, columns)


def _parse_rows(text: str, name: str, columns: int) -> list[list[str]]:
    """Tab-separated cells of each line; ``#`` comments and blank lines skipped.

    A row with the wrong number of cells is a broken data file: say which line, rather than misread it.
    """
    rows: list[list[str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != columns:
            raise ValueError(f"resources/lexicon/numbers/{name}, line {number}: expected {columns} "
                             f"tab-separated columns, found {len(cells)}")
        rows.append(cells)
    return rows


def _lexicon_number(cell: str) -> int | float:
    """A value cell: an integer, a decimal or a fraction a/b (1/3)."""
    if "/" in cell:
        numerator, denominator = cell.split("/")
        return int(numerator) / int(denominator)
    return float(cell) if "." in cell else int(cell)


def _words(cell: str) -> list[str]:
    """A space-separated list cell ("-" is an empty list)."""
    return [] if cell == "-" else cell.split()


_WORD_CLASS_NAMES = (
    "teen_only", "ten", "short_form", "one", "two", "never_number", "vague", "vague_before_scale",
    "percent", "percent_after_fi", "area", "ordinal_teen_only", "ordinal_blocker", "other_before_digit",
    "ordinal_context_al", "year_trigger", "year_suffix", "hijri_month", "hijri_suffix", "outlet_trigger",
    "name_before_digit", "score_cue", "span_cue", "label_before_digit",
)


def _load_word_classes() -> dict[str, frozenset[str]]:
    members: dict[str, list[str]] = {name: [] for name in _WORD_CLASS_NAMES}
    for word, cls in _lexicon_rows("word_classes.tsv", 2):
        if cls not in members:
            raise ValueError(f"resources/lexicon/numbers/word_classes.tsv: unknown class {cls!r} for {word!r}")
        members[cls].append(word_key(word))
    return {cls: frozenset(words) for cls, words in members.items()}


_CLASS = _load_word_classes()

# pyarabic's vocabulary, normalised; plus spellings it lacks ("-" removes a word).
_NUMBER_WORDS: dict[str, int] = {}
for _word, _value in _pyarabic_numbers.NUMBER_WORDS.items():
    _NUMBER_WORDS[word_key(_word)] = int(_value)
_NOT_NUMBER_WORDS: list[str] = []
for _word, _cell in _lexicon_rows("cardinals.tsv", 2):
    if _cell == "-":
        _NOT_NUMBER_WORDS.append(word_key(_word))
    else:
        _NUMBER_WORDS[word_key(_word)] = int(_cell)
for _word in _NOT_NUMBER_WORDS:
    _NUMBER_WORDS.pop(_word, None)
# Plural scale words: a multiplier after a number ("ثلاثة آلاف"), a vague quantity alone ("آلاف").
_PLURAL_SCALES: dict[str, int] = {}
_DUAL_SCALES: dict[str, int] = {}
for _word, _cell, _form in _lexicon_rows("scales.tsv", 3):
    if _form not in ("plural", "dual"):
        raise ValueError(f"resources/lexicon/numbers/scales.tsv: form must be plural or dual, not {_form!r}")
    (_PLURAL_SCALES if _form == "plural" else _DUAL_SCALES)[word_key(_word)] = int(_cell)
_TENS = frozenset(range(20, 100, 10))
# Words that are numbers only before عشر/عشرة ("أحد عشر"), never alone (أحد = Sunday/someone).
_TEEN_ONLY = _CLASS["teen_only"]
_TEN_WORDS = _CLASS["ten"]
# Short feminine forms that are also ordinary words (ست lady, سبع lion, خمس fifth …): need a noun after.
_SHORT_FORMS = _CLASS["short_form"]
_ONE_WORDS = _CLASS["one"]
_TWO_WORDS = _CLASS["two"]
_FRACTIONS: dict[str, float] = {word_key(w): float(_lexicon_number(v)) for w, v in _lexicon_rows("fractions.tsv", 2)}

_ORDINALS: dict[str, int] = {word_key(w): int(v) for w, v in _lexicon_rows("ordinals.tsv", 2)}
_ORDINAL_TEEN_ONLY = _CLASS["ordinal_teen_only"]
# Previous word that turns "الأول/الثاني" into part of a month name or an idiom.
_ORDINAL_BLOCKERS = _CLASS["ordinal_blocker"]
# Noun before a digit that makes it an ordinal/position: "المرتبة 3", "الدقيقة 90".
_ORDINAL_NOUNS: dict[str, str | None] = {
    word_key(w): (None if u == "-" else u) for w, u in _lexicon_rows("ordinal_nouns.tsv", 2)
}
_OTHER_BEFORE_DIGIT = _CLASS["other_before_digit"]
# Definite singular nouns after which an ال-tens word is an ordinal: "القرن العشرين", "الذكرى الخمسين".
_ORDINAL_CONTEXT_AL = _CLASS["ordinal_context_al"]

_VAGUE = _CLASS["vague"]
_VAGUE_BEFORE_SCALE = _CLASS["vague_before_scale"]

_PERCENT_WORDS = _CLASS["percent"]
_PERCENT_AFTER_FI = _CLASS["percent_after_fi"]

_YEAR_TRIGGERS = _CLASS["year_trigger"]
_YEAR_SUFFIX = _CLASS["year_suffix"]
_HIJRI_MONTHS = _CLASS["hijri_month"]
_HIJRI_SUFFIX = _CLASS["hijri_suffix"]

# Outlet names that end in a number ("دير الزور 24", "فرانس 24").
_OUTLET_TRIGGERS = _CLASS["outlet_trigger"]
_NAME_BEFORE_DIGIT = _CLASS["name_before_digit"]
# Street, exit, flight and gate numbers: labels unless a unit or a counted noun follows.
_LABEL_BEFORE_DIGIT = _CLASS["label_before_digit"]
# Words near "2-1" that make it a match score; words before "من X إلى Y" that make it a span (a range).
_SCORE_CUES = _CLASS["score_cue"]
_SPAN_CUES = _CLASS["span_cue"]

# Units after a number: normalised form → (kind, unit); duals usable alone as "two X" (value 2).
_UNITS: dict[str, tuple[str, str]] = {}
_UNIT_DUAL_LIST: list[str] = []
_PLURAL_LIST: list[str] = []            # plural nouns (units and counted nouns), for "الدول الـ15" vs "العام الـ13"
for _kind, _unit, _singulars, _plurals, _duals in _lexicon_rows("units.tsv", 5):
    for _word in _words(_singulars) + _words(_plurals) + _words(_duals):
        _UNITS[word_key(_word)] = (_kind, _unit)
    _PLURAL_LIST.extend(word_key(w).removeprefix("ال") for w in _words(_plurals))
    _UNIT_DUAL_LIST.extend(word_key(w) for w in _words(_duals))
_UNIT_DUALS = frozenset(_UNIT_DUAL_LIST)
# After a distance unit: square kilometres/metres (kind "other", unit "km2"/"m2").
_AREA_WORDS = _CLASS["area"]

_CURRENCY_ADJ: dict[str, str] = {}
for _code, _adjectives in _lexicon_rows("currency_adjectives.tsv", 2):
    for _word in _words(_adjectives):
        _CURRENCY_ADJ[word_key(_word)] = _code

_MONTH_ROWS = _lexicon_rows("months.tsv", 4)
_MONTHS: dict[str, int] = {word_key(w): int(m) for w, m, _in_dates, _calendar in _MONTH_ROWS}
_HIJRI_MONTH_NAMES = frozenset(word_key(w) for w, _m, _in_dates, calendar in _MONTH_ROWS if calendar == "hijri")

# Words that are never a counted noun right after a number.
_STOPWORDS = frozenset(word_key(w) for (w,) in _lexicon_rows("stopwords.tsv", 1))


def _load_qualifiers(position: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Qualifier phrases (normalised words, qualifier) before or after the number, in file order."""
    out: list[tuple[tuple[str, ...], str]] = []
    for phrase, qualifier, where in _lexicon_rows("qualifiers.tsv", 3):
        if where not in ("before", "after"):
            raise ValueError(f"resources/lexicon/numbers/qualifiers.tsv: position must be before or after, "
                             f"not {where!r}")
        if where == position:
            out.append((tuple(word_key(w) for w in phrase.split()), qualifier))
    return tuple(out)


# Qualifiers: normalised word sequences before (or, for the last group, after) the number.
_PRE_QUALIFIERS = _load_qualifiers("before")
_PRE_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _qualifier in _PRE_QUALIFIERS:   # longest phrases first for each last word
    _PRE_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _qualifier))
for _entries in _PRE_BY_LAST.values():
    _entries.sort(key=lambda entry: -len(entry[0]))
_POST_QUALIFIERS = _load_qualifiers("after")
_POST_FIRST = frozenset(phrase[0] for phrase, _ in _POST_QUALIFIERS)
_CLITICS = "وفبلك"


# --------------------------------------------------------------------------------------------------
# Counted-noun lexicon (counted_nouns.tsv): singular | plurals | unambiguous duals | English plural
# --------------------------------------------------------------------------------------------------
def _nationality_nouns() -> list[list[str]]:
    """Nationality nouns from the gazetteer's nationalities.tsv, as counted-noun rows: "700 بريطاني" counts
    Britons. Columns there: adjective, English adjective, country, broken plurals (| separated), English
    plural noun; rows without the English plural noun are skipped (the file belongs to the entity engine:
    read tolerantly)."""
    text = resources.files("sahifa.resources").joinpath("gazetteer", "nationalities.tsv").read_text(encoding="utf-8")
    rows: list[list[str]] = []
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or len(cells) < 5 or not cells[0].strip() or not cells[4].strip():
            continue
        adjective = cells[0].strip()
        plurals = [adjective + "ين", adjective + "ون"] + [p.strip() for p in cells[3].split("|") if p.strip()]
        rows.append([adjective, " ".join(plurals), "-", cells[4].strip()])
    return rows


def _build_counted() -> tuple[dict[str, str], frozenset[str], dict[str, str], frozenset[str]]:
    counted: dict[str, str] = {}
    duals: dict[str, str] = {}
    constructs: set[str] = set()
    for singular, plurals, dual_forms, english in _lexicon_rows("counted_nouns.tsv", 4) + _nationality_nouns():
        forms = _words(singular) + _words(plurals)
        for form in forms:
            key = word_key(form)
            if key.startswith("ال"):
                key = key[2:]
            counted.setdefault(key, english)
            if form != singular:
                _PLURAL_LIST.append(key)
            # sound plurals have a construct form without ن: مقاتلين → مقاتلي (مقاتلي داعش)
            if key.endswith(("ين", "ون")) and form != singular:
                construct = key[:-1] if key.endswith("ين") else key[:-2] + "و"
                constructs.add(construct)
                counted.setdefault(construct, english)
        for form in _words(dual_forms):
            duals[word_key(form)] = english
            counted.setdefault(word_key(form), english)
    return counted, frozenset(constructs), duals, frozenset(duals)


COUNTED_NOUNS, _CONSTRUCTS, _COUNTED_DUALS, _COUNTED_DUAL_KEYS = _build_counted()
"""Normalised Arabic count noun (any number form) → English plural."""
_PLURAL_FORMS = frozenset(_PLURAL_LIST)


def _is_plural(norm: str) -> bool:
    """A plural noun: a listed plural (أطراف، السنوات) or a sound plural (الجامعات، المشاركين)."""
    base = norm.removeprefix("ال")
    return base in _PLURAL_FORMS or (len(base) >= 4 and base.endswith(("ات", "ين", "ون")))

# --------------------------------------------------------------------------------------------------
# Regexes (compiled once)
# --------------------------------------------------------------------------------------------------
_D = "0-9٠-٩۰-۹"
# Tokens: n = digits (with separators), w = Arabic word, l = Latin word, b = line break, p = any other
# visible character; between them only blanks (no token starts with one), so a token's offset is
# text.find(token, end of the previous one) — one findall, no match objects — and its kind follows from
# its first character.
_W_FIRST = "\u0621-\u064a\u0670\u0671-\u06d3\u06fa-\u06ff"
_TOKEN_RE = re.compile(
    rf"[{_D}]+(?:[.,٫٬][{_D}]+)*"
    rf"|[{_W_FIRST}][\u0621-\u065f\u0670\u0671-\u06d3\u06fa-\u06ff]*"
    r"|[A-Za-z]+"
    r"|\n"
    r"|[^\s]"
)
_DIGIT_RE = re.compile(f"[{_D}]")
_W_FIRST_RE = re.compile(f"[{_W_FIRST}]")


def _kind_of(c: str) -> str:
    if _DIGIT_RE.match(c):
        return "n"
    if _W_FIRST_RE.match(c):
        return "w"
    if c.isascii() and c.isalpha():
        return "l"
    return "b" if c == "\n" else "p"


_CHUNK_CACHE: dict[str, tuple[tuple[int, str, str], ...]] = {}


def _chunk_pieces(chunk: str) -> tuple[tuple[int, str, str], ...]:
    """(offset, token, kind) of the tokens of a chunk of text without " " or "\n"."""
    pieces: list[tuple[int, str, str]] = []
    pos = 0
    find = chunk.find
    for tok in _TOKEN_RE.findall(chunk):
        pos = find(tok, pos)
        pieces.append((pos, tok, _kind_of(tok[0])))
        pos += len(tok)
    return tuple(pieces)


_FOLDED = {"ا": "[اأإآٱ]", "ي": "[يىی]", "ه": "[هة]"}


def _folded_pattern(spelling: str) -> str:
    """Regex for every spelling that normalises like ``spelling`` (أبريل ابريل إبريل; ذي القعدة ذي القعده)."""
    return r"\s+".join("".join(_FOLDED.get(c, re.escape(c)) for c in word) for word in word_key(spelling).split())


def _month_alternation() -> str:
    keys = {word_key(w) for w, _month, in_dates, _calendar in _MONTH_ROWS if in_dates == "yes"}
    return "|".join(_folded_pattern(key) for key in sorted(keys, key=lambda k: (-len(k), k)))


_MON = _month_alternation()
_AL = r"\u0621-\u064a"
_MONTH_GROUP = (
    rf"(?<![{_AL}])(?P<m1>{_MON})(?![{_AL}])"
    rf"(?:\s*(?:\(|/|\\|-|–)\s*(?P<m2>{_MON})(?![{_AL}])\s*\)?)?"
)
_YEAR_GROUP = rf"(?P<y>[{_D}]{{4}})(?![{_D}])(?:\s?(?P<ys>هـ|ه|م)(?![{_AL}]))?"
_TIME_GROUP = rf"(?:\s*(?:[/|،,\-–]|الساعة)?\s*(?P<hh>[{_D}]{{1,2}})[:：](?P<mm>[{_D}]{{2}})(?![{_D}]))?"
_DATE_RE = re.compile(
    rf"(?:(?<![{_D}.,٫٬])(?P<d>[{_D}]{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?{_MONTH_GROUP}"
    rf"(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنة)\s+)?{_YEAR_GROUP})?"
    rf"|{_MONTH_GROUP.replace('m1', 'n1').replace('m2', 'n2')}"
    rf"\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنة)\s+)?{_YEAR_GROUP.replace('<y>', '<y2>').replace('<ys>', '<ys2>')})"
    rf"{_TIME_GROUP}"
)
# After an ordinal day ("السابع من ذي القعدة"): the month, an optional year and time.
_MONTH_TAIL_RE = re.compile(
    rf"{_MONTH_GROUP}(?:\s*[،,]?\s*(?:من\s+)?(?:(?:عام|العام|سنة)\s+)?{_YEAR_GROUP})?{_TIME_GROUP}"
)
# 20/2/2019, 20.2.2019, 20-2-2019, "22/9/1436هـ", "30 /10 / 1436هـ", "24 - 7 - 2015", 2019-02-20
_NUMERIC_DATE_RE = re.compile(
    rf"(?<![{_D}.,/\-])(?:(?P<d>[{_D}]{{1,2}})(?:(?P<sep>[.\-])(?P<m>[{_D}]{{1,2}})(?P=sep)"
    rf"| ?/ ?(?P<m3>[{_D}]{{1,2}}) ?/ ?| [-–] (?P<m4>[{_D}]{{1,2}}) [-–] )(?P<y>[{_D}]{{4}})"
    rf"|(?P<y2>[{_D}]{{4}})(?P<sep2>[-/])(?P<m2>[{_D}]{{1,2}})(?P=sep2)(?P<d2>[{_D}]{{1,2}}))(?![{_D}]|[.,/\-][{_D}])"
    rf"(?:\s?(?P<ys>هـ|ه|م)(?![{_AL}]))?"
    rf"{_TIME_GROUP}"
)
_SPACE_RUN = re.compile(r"\s+")
def _spellings(norm: str) -> list[str]:
    """Every spelling that normalises to ``norm`` by its alef, ya and ta marbuta (no harakat)."""
    options = [_FOLDED[c][1:-1] if c in _FOLDED else c for c in norm]
    return ["".join(letters) for letters in itertools.product(*options)]


# First words of month names in every alef/ya/ta-marbuta spelling: a cheap raw-token anchor for dates.
_MONTH_FIRST_WORDS = frozenset(
    spelling for w, _month, in_dates, _calendar in _MONTH_ROWS if in_dates == "yes"
    for spelling in _spellings(word_key(w).split()[0])
)
_EARLIER_DAY = re.compile(rf"(?<![{_D}.,٫٬/])(?P<d>[{_D}]{{1,2}})\s*(?:-|–|إلى|الى|حتى|و)\s*$")
_RANGE_DAY = re.compile(rf"(?<![{_D}.,٫٬/])(?P<d>[{_D}]{{1,2}})\s*(?:-|–|إلى|الى|حتى)\s*$")
_DAY_BEFORE = re.compile(rf"(?<![{_D}.,٫٬])[{_D}]{{1,2}}\s*(?:من\s+)?(?:شهر\s+)?$")
_NUMERIC_QUICK = re.compile(rf"[{_D}] ?[/.\-] ?[{_D}]{{1,2}} ?[/.\-] ?[{_D}]|[{_D}]{{4}}[-/][{_D}]")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_NAME_QUOTES = frozenset(("«", "“", "\""))
_UNTIL = frozenset(("إلى", "الى", "حتى"))
_TIMES_SIGNS = frozenset(("×", "x", "X", "*"))
_THOUSANDS_DOTS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")
_TIME_RE = re.compile(rf"(?<![{_D}:.,])(?P<hh>[{_D}]{{1,2}}):(?P<mm>[{_D}]{{2}})(?![{_D}:])")
_DIGIT_CHARS = frozenset("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹")


def _has_numeric_date(text: str) -> bool:
    """``bool(_NUMERIC_QUICK.search(text))``, trying the pattern only where it can start: right before
    a / . - that follows a digit (a regex search over the whole text costs ~50 µs per article)."""
    quick = _NUMERIC_QUICK.match
    digits = _DIGIT_CHARS
    for sep in "/.-":
        p = text.find(sep, 1)
        while p >= 0:
            q = p - 2 if text[p - 1] == " " and p >= 2 else p - 1    # "10 / 7 / 1436"
            if text[q] in digits and (quick(text, q) or (sep != "." and p >= 4 and quick(text, p - 4))):
                return True
            p = text.find(sep, p + 1)
    return False


def _may_have_time(text: str) -> bool:
    """A digit on both sides of some colon: necessary for any _TIME_RE match."""
    digits = _DIGIT_CHARS
    p = text.find(":", 1)
    while p >= 0:
        if text[p - 1] in digits and text[p + 1: p + 2] in digits:
            return True
        p = text.find(":", p + 1)
    return False

# --------------------------------------------------------------------------------------------------
# Word analysis (cached)
# --------------------------------------------------------------------------------------------------
_NUM, _SCALE_PL, _VAGUE_CAT, _ORD, _DUAL, _FRACTION, _ORD_BARE = range(7)


class _Word(NamedTuple):
    cat: int
    value: int | float  # int | float, not float: mypyc would store ints as floats
    pre: int        # number of clitic letters to drop from the span
    clitic: str     # the clitic letters ("" / "و" / "ب" / "لل" …)
    al: bool        # carries the definite article
    base: str       # normalised word without clitic and article


_PREFIXES: tuple[tuple[str, int, bool], ...] = (
    ("", 0, False), ("و", 1, False), ("ف", 1, False), ("ب", 1, False), ("ل", 1, False),
    ("ك", 1, False), ("وب", 2, False), ("ول", 2, False), ("فب", 2, False), ("فل", 2, False),
    ("وك", 2, False), ("ال", 0, True), ("وال", 1, True), ("فال", 1, True), ("بال", 1, True),
    ("كال", 1, True), ("لل", 2, True), ("ولل", 3, True), ("فلل", 3, True), ("وبال", 2, True),
)
_INFO_CACHE: dict[str, _Word | None] = {}
_NEVER_NUMBERS = _CLASS["never_number"]


def _classify(base: str, al: bool) -> tuple[int, int | float] | None:
    if base in _PLURAL_SCALES:
        return _SCALE_PL, _PLURAL_SCALES[base]
    if base in _NUMBER_WORDS:
        return _NUM, _NUMBER_WORDS[base]
    if base in _VAGUE:
        return _VAGUE_CAT, 0
    if al and base in _ORDINALS:
        return _ORD, _ORDINALS[base]      # (الأولي "preliminary" is refused in _analyse)
    if base in _UNIT_DUALS or base in _COUNTED_DUAL_KEYS:
        return _DUAL, 2
    if base in _FRACTIONS and not al:
        return _FRACTION, _FRACTIONS[base]
    return None


def _analyse(raw: str) -> _Word | None:
    if raw in _INFO_CACHE:
        return _INFO_CACHE[raw]
    norm = word_key(raw)
    result: _Word | None = None
    if norm == "الاف":  # آلاف (thousands), not ال + اف
        result = _Word(_SCALE_PL, 1000, 0, "", False, norm)
    elif norm not in _NEVER_NUMBERS and norm not in _PERCENT_WORDS:
        hamza_after_waw = raw[:1] == "و" and _bare(raw)[1:2] in ("أ", "إ")
        for prefix, pre, al in _PREFIXES:
            if not norm.startswith(prefix):
                continue
            if hamza_after_waw and not prefix:
                continue            # "وأحد" is و + أحد ("and one of"), never واحد (spelled with a bare alef)
            base = norm[len(prefix):]
            if len(base) < 2:
                continue
            found = _classify(base, al)
            if found is not None and found[0] == _ORD and base == "اولي" and _bare(raw).endswith("ي"):
                break               # "التقدير الأولي" (preliminary), not الأولى (the first)
            if found is not None:
                if found[0] == _VAGUE_CAT and base.endswith("ه") and not _bare(raw).endswith("ة"):
                    break           # "بعده" (after it), "عده" (counted it): not عدة (several)
                result = _Word(found[0], found[1], pre, prefix[:pre], al, base)
                break
        if result is None:
            result = _bare_ordinal(norm, raw)
    if len(_INFO_CACHE) > 200_000:
        _INFO_CACHE.clear()
    _INFO_CACHE[raw] = result
    return result


# Bare ordinals (no ال) read as ordinals: in construct before a noun ("ثالث أيام العيد", "أول زيارة"), with a
# pronoun ("أولها", "ثانيهما"), or adverbial ("ثالثاً" = thirdly). Not ثانية (also "a second"), أولى
# ("more deserving"), حادي (only before عشر).
_BARE_ORDINAL_SKIP = frozenset(word_key(w) for w in ("ثانية", "أولى", "حادي", "حادية"))
_ORDINAL_PRONOUNS = ("هما", "هم", "ها", "ه")


def _bare_ordinal(norm: str, raw: str) -> _Word | None:
    for prefix in ("", "و", "ف", "ل", "ب"):
        if not norm.startswith(prefix):
            continue
        base = norm[len(prefix):]
        if base in _BARE_ORDINAL_SKIP:
            return None
        if base in _ORDINALS:
            return _Word(_ORD_BARE, _ORDINALS[base], len(prefix), prefix, False, base)
        if base.endswith("ا") and base[:-1] in _ORDINALS and base[:-1] not in _BARE_ORDINAL_SKIP:
            return _Word(_ORD_BARE, _ORDINALS[base[:-1]], len(prefix), prefix, False, base)
        for suffix in _ORDINAL_PRONOUNS:
            stem = base[: -len(suffix)]
            if base.endswith(suffix) and stem in _ORDINALS and stem not in _BARE_ORDINAL_SKIP and (
                    suffix != "ه" or _bare(raw).endswith("ه")):        # ثالثة is not ثالث + ه
                return _Word(_ORD_BARE, _ORDINALS[stem], len(prefix), prefix, False, base)
    return None


# Words after a bare ordinal that make it an idiom or a name: "أول أمس", "أول من أمس", "ثاني أكسيد".
_NOT_AFTER_BARE_ORDINAL = frozenset(word_key(w) for w in ("أمس", "من", "أكسيد", "اكسيد"))
# A 3-4 digit number right after these is a year whatever its value ("عام 1534", "سنة 630 للميلاد").
_YEAR_NOUNS = frozenset(word_key(w) for w in ("عام", "سنة"))
# Unit abbreviations: only after a number ("كم واحد" is "how many", not one kilometre).
# Between the two years of a range: "2018-2019", "2008_2009", "1436/1437هـ", "1437ـ1441هـ" (tatweel).
_YEAR_DASHES = frozenset(("-", "–", "/", "_", "ـ"))
_ABBREVIATIONS = frozenset(word_key(w) for w in ("كم", "كلم", "سم", "مم", "ملم", "م"))
# After a number, a time of day: "11 مساءً", "7 صباحا", "3 فجرا".
_DAYTIME = frozenset(word_key(w) for w in ("صباح", "مساء", "ظهر", "فجر", "عصر", "ليل", "ليلا", "ظهرا"))
# Words before a number word that make it part of a name: "أبو اثنين", "أم كلثوم"…
_KUNYA = frozenset(word_key(w) for w in ("أبو", "ابو", "أبا", "أبي", "أم", "ام", "بن", "ابن", "بنت"))
_NORM_CACHE: dict[str, str] = {}


def _bare(raw: str) -> str:
    """The word without harakat and tatweel (letters as written: ة and ه kept apart)."""
    return strip_marks(raw)


def _lookup_forms(norm: str, pronoun_h: bool = False) -> tuple[str, ...]:
    """Keys to try for a noun: as is, without ال, without tanween alif, without a pronoun suffix.

    A final ه is stripped as the pronoun only when ``pronoun_h`` says the raw word ends in ه, not ة
    (normalisation folds ة into ه: "الوزيرة" must not become "وزير").
    """
    forms = [norm]
    base = norm[2:] if norm.startswith("ال") and len(norm) > 3 else norm
    if base != norm:
        forms.append(base)
    if base.endswith("ا") and len(base) > 2:
        forms.append(base[:-1])
    for suffix in ("هم", "ها", "هن", "نا", "كم", "ه"):
        if suffix == "ه" and not pronoun_h:
            break
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            stem = base[: -len(suffix)]
            forms.append(stem)
            if stem[-1] in "ئؤ":                           # أبنائه → أبناء, أعضاؤها → أعضاء
                forms.append(stem[:-1] + "ء")
            break
    return tuple(forms)


def _counted_en(norm: str, raw: str = "") -> str | None:
    for form in _lookup_forms(norm, raw.endswith("ه")):
        en = COUNTED_NOUNS.get(form)
        if en is not None:
            return en
    return None


def _unit_of(norm: str, allow_al: bool) -> tuple[str, str] | None:
    if not allow_al and norm.startswith("ال") and norm not in _UNITS:
        return None
    if len(norm) <= 3 and norm.endswith("ا") and norm not in _UNITS:
        return None                 # a unit with tanween has 4+ letters (يوما، مترا); "كما" is not كم
    for form in _lookup_forms(norm):
        unit = _UNITS.get(form)
        if unit is not None:
            return unit
    return None


def _as_number(value: int | float) -> int | float:
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        return round(value, 6)
    return value


def _parse_digits(raw: str) -> int | float | None:
    s = ascii_digits(raw)
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):       # 1.200,5
            s = s.replace(".", "").replace(",", ".")
        else:                                  # 1,200.5
            s = s.replace(",", "")
    elif "," in s:
        groups = s.split(",")
        if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
            s = "".join(groups)
        elif len(groups) == 2:
            s = ".".join(groups)
        else:
            return None
    elif "." in s:
        groups = s.split(".")
        if len(groups) > 2:
            if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
                s = "".join(groups)
            else:
                return None
    try:
        if "." in s:
            return _as_number(float(s))
        return int(s)
    except ValueError:
        return None


# --------------------------------------------------------------------------------------------------
# Scanner
# --------------------------------------------------------------------------------------------------
@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Core:
    value: int | float  # (mypyc stores a "float" attribute as a C double: 24 → 24.0)
    i0: int          # first token
    i1: int          # token after the core
    start: int       # char offset (after any clitic)
    end: int
    digit: bool
    scaled: bool
    scale: int = 0
    plain_int: bool = False   # digits without separators and no scale (year candidate)

    def __init__(self, value: int | float, i0: int, i1: int, start: int, end: int, digit: bool, scaled: bool, scale: int = 0, plain_int: bool = False) -> None:
        self.value = value
        self.i0 = i0
        self.i1 = i1
        self.start = start
        self.end = end
        self.digit = digit
        self.scaled = scaled
        self.scale = scale
        self.plain_int = plain_int


@dataclass(slots=True, init=False)  # explicit __init__: mypyc compiles it (not a generated one)
class _Found:
    value: int | float | None
    kind: str
    unit: str | None
    start: int
    end: int
    counted: str | None = None
    counted_en: str | None = None
    qualifier: str | None = None
    vague: bool = False
    value_max: int | float | None = None

    def __init__(self, value: int | float | None, kind: str, unit: str | None, start: int, end: int, counted: str | None = None, counted_en: str | None = None, qualifier: str | None = None, vague: bool = False, value_max: int | float | None = None) -> None:
        self.value = value
        self.kind = kind
        self.unit = unit
        self.start = start
        self.end = end
        self.counted = counted
        self.counted_en = counted_en
        self.qualifier = qualifier
        self.vague = vague
        self.value_max = value_max


_CLOSERS = frozenset(")]»”\"'’")
_OPENERS = frozenset("([«“\"'‘")
_DASHES = frozenset("-–—")


class _Scanner:
    __slots__ = ("text", "s", "e", "t", "k", "nt", "size", "found", "blocked", "b_starts", "b_ends", "labels")

    def __init__(self, text: str) -> None:
        self.text = text
        starts: list[int] = []
        ends: list[int] = []
        toks: list[str] = []
        kinds: list[str] = []
        # split on "\n" and " " (C speed), tokenise each space-free chunk once (cached: news repeats its
        # words); same tokens as one _TOKEN_RE scan of the whole text (tested), about twice as fast
        cache = _CHUNK_CACHE
        get = cache.get
        pos = 0
        lines = text.split("\n")
        last = len(lines) - 1
        for li, line in enumerate(lines):
            for chunk in line.split(" "):
                if chunk:
                    pieces = get(chunk)
                    if pieces is None:
                        pieces = remember(cache, chunk, _chunk_pieces)
                    for off, tok, kind in pieces:
                        start = pos + off
                        starts.append(start)
                        ends.append(start + len(tok))
                        toks.append(tok)
                        kinds.append(kind)
                pos += len(chunk) + 1
            if li < last:  # the line break is a token
                starts.append(pos - 1)
                ends.append(pos)
                toks.append("\n")
                kinds.append("b")
        self.s = starts
        self.e = ends
        self.t = toks
        self.k = kinds
        self.size = len(toks)
        self.nt: list[str | None] = [None] * self.size   # normalised words, filled on demand
        self.found: list[_Found] = []
        self.blocked: list[tuple[int, int]] = []   # date/time spans, in the order they were found
        # the same spans sorted by start (they never overlap, so their ends are sorted too): the index
        # _is_blocked bisects, so that checking a new date costs log(dates), not dates
        self.b_starts: list[int] = []
        self.b_ends: list[int] = []
        self.labels: set[str] = set()   # digits seen naming a model ("طراز 777"): a name wherever they recur

    # ---- small helpers ---------------------------------------------------------------------------
    def word(self, i: int) -> str | None:
        """Normalised word at token i, or None when i is not a word."""
        if 0 <= i < self.size and self.k[i] == "w":
            norm = self.nt[i]
            if norm is None:
                raw = self.t[i]
                norm = _NORM_CACHE.get(raw)
                if norm is None:
                    if len(_NORM_CACHE) > 200_000:
                        _NORM_CACHE.clear()
                    norm = _NORM_CACHE[raw] = word_key(raw)
                self.nt[i] = norm
            return norm or None   # a lone tatweel/haraka normalises to ""
        return None

    def info(self, i: int) -> _Word | None:
        if 0 <= i < self.size and self.k[i] == "w":
            return _analyse(self.t[i])
        return None

    def adjacent(self, i: int, j: int) -> bool:
        return self.e[i] == self.s[j]

    def strip_clitic(self, norm: str) -> str:
        if len(norm) > 3 and norm[0] in _CLITICS:
            return norm[1:]
        return norm

    # ---- qualifiers ------------------------------------------------------------------------------
    def pre_qualifier(self, i0: int) -> str | None:
        j = i0 - 1
        while j >= 0 and self.k[j] == "p" and self.t[j] in _OPENERS:
            j -= 1
        last = self.word(j)
        if last is None:
            return None
        candidates = _PRE_BY_LAST.get(last) or _PRE_BY_LAST.get(last[1:] if last[:1] in _CLITICS else "")
        if not candidates:
            return None
        for phrase, qualifier in candidates:
            size = len(phrase)
            start = j - size + 1
            if start < 0:
                continue
            ok = True
            for offset, expected in enumerate(phrase):
                norm = self.word(start + offset)
                if norm is None:
                    ok = False
                    break
                if norm != expected and not (offset == 0 and len(norm) > 1 and norm[0] in _CLITICS
                                             and norm[1:] == expected):
                    ok = False
                    break
            if ok:
                return qualifier
        return None

    def post_qualifier(self, j: int) -> str | None:
        first = self.word(j)
        if first is None or first not in _POST_FIRST:
            return None
        for phrase, qualifier in _POST_QUALIFIERS:
            if all(self.word(j + o) == w for o, w in enumerate(phrase)):
                return qualifier
        return None

    # ---- units, percent, counted -----------------------------------------------------------------
    def percent_at(self, j: int) -> int | None:
        """Token index after a percent marker starting at j, or None."""
        if j >= self.size:
            return None
        tok = self.t[j]
        if self.k[j] == "p" and tok in "%٪":
            return j + 1
        norm = self.word(j)
        if norm is None:
            return None
        if norm in _PERCENT_WORDS:
            return j + 1
        if norm == "في" and self.word(j + 1) in _PERCENT_AFTER_FI:
            return j + 2
        return None

    def unit_at(self, j: int, allow_al: bool = False) -> tuple[str, str, int] | None:
        """(kind, unit, token after) for a unit noun at j."""
        norm = self.word(j)
        if norm is None:
            if j < self.size and self.k[j] == "p" and self.t[j] in "$€£﷼":
                return "money", {"$": "USD", "€": "EUR", "£": "GBP", "﷼": "SAR"}[self.t[j]], j + 1
            return None
        if norm == "م" and j > 0 and self.k[j - 1] == "n" and len(self.t[j - 1]) == 4 and (
                1800 <= (_parse_digits(self.t[j - 1]) or 0) <= 2100
                or (self.adjacent(j - 1, j) and 1000 <= (_parse_digits(self.t[j - 1]) or 0) <= 2100)):
            return None                                   # "1874م", "2015 م": the year's suffix, not metres
        if norm in ("كيلو", "الكيلو") and self.word(j + 1) in ("متر", "مترا", "مترات", "مترين"):
            kind, unit, after = "distance", "km", j + 2
        else:
            found = _unit_of(norm, allow_al)
            if found is None:
                return None
            kind, unit = found
            after = j + 1
        if kind == "money":
            adj = self.word(after)
            if adj is not None:
                code = _CURRENCY_ADJ.get(adj) or _CURRENCY_ADJ.get(adj.rstrip("ها") or adj)
                if code is not None:
                    if unit in ("dinar", "SAR", "AED", "lira", "EGP", "USD") or code == "GBP":
                        unit = code
                    after += 1
        elif kind == "distance" and self.word(after) in _AREA_WORDS:
            kind, unit, after = "area", unit + "2", after + 1
        elif kind == "distance" and after < self.size and self.t[after] in ("2", "٢", "²") \
                and self.adjacent(after - 1, after):
            kind, unit, after = "area", unit + "2", after + 1       # "400م2", "٤٠٠م٢"
        return kind, unit, after

    def counted_at(self, j: int, definite_ok: bool) -> tuple[str, str | None, int] | None:
        """(counted text, English, token after) for the counted noun at/after j."""
        while j < self.size and self.k[j] == "p" and self.t[j] in _CLOSERS:
            j += 1
        if j + 1 < self.size and self.t[j] in _NAME_QUOTES:
            j += 1                          # "سبع «مدن حاويات»": the counted noun in quotation marks
        norm = self.word(j)
        via_min = False
        cardinal = not definite_ok          # digits/number words; vague words allow "مئات المدنيين"
        if norm == "من":
            j += 1
            while j < self.size and self.k[j] == "p" and self.t[j] in _OPENERS:
                j += 1
            norm = self.word(j)
            via_min = True
            definite_ok = True
        if norm is None or norm in _STOPWORDS or norm in _MONTHS:
            return None
        if _analyse(self.t[j]) is not None and norm not in COUNTED_NOUNS:
            return None
        if not definite_ok and norm.startswith("ال") and len(norm) > 3:
            return None                     # a cardinal counts an indefinite noun; "كاك 40 الفرنسي" is an adjective
        en = _counted_en(norm, self.t[j])
        if en is None:
            if via_min and cardinal and not _is_construct_like(norm):
                return None                 # "12 من الدوري": من + unknown noun is not a count
            if norm.startswith("ال") and not definite_ok:
                return None
            if norm[0] == "و" or norm.startswith(("بال", "لل", "كال", "فال")):
                return None
            if norm[0] in "لبكف" and len(norm) > 3 and _counted_en(norm[1:], self.t[j]) is not None:
                return None                 # "300 لأسهم", "51 لمؤسسة": a preposition, not the counted noun
            if _looks_like_verb(norm) or _looks_like_adverb(norm):
                return None
        first, last = j, j
        core_norm = norm[2:] if norm.startswith("ال") else norm
        # idafa: مقاتلي داعش / عناصر التنظيم
        nxt = self.word(j + 1)
        if nxt is not None and nxt not in _STOPWORDS and _analyse(self.t[j + 1]) is None and (
            core_norm in _CONSTRUCTS
            or ((via_min or definite_ok) and not norm.startswith("ال") and nxt.startswith("ال")
                and en is not None and not _has_pronoun(norm))
        ):
            last = j + 1
        # coordination: امرأة وطفل / الرجال والنساء والأطفال
        english = [en] if en is not None else []
        while True:
            nxt = self.word(last + 1)
            if nxt is None or len(nxt) < 3 or nxt[0] != "و":
                break
            nxt_en = _counted_en(nxt[1:], self.t[last + 1])
            if nxt_en is None or en is None:
                break
            english.append(nxt_en)
            last += 1
        if en is None:
            english_text = None
        elif len(english) == 1:
            english_text = english[0]
        else:
            english_text = ", ".join(english[:-1]) + " and " + english[-1]
        return self.text[self.s[first]:self.e[last]], english_text, last + 1

    # ---- number cores ----------------------------------------------------------------------------
    def scale_at(self, j: int) -> tuple[int, int] | None:
        """(scale, token after) when token j is a bare scale word (ألف، آلاف، مليون، ألفًا …)."""
        info = self.info(j)
        if info is None or info.pre or info.al or info.cat not in (_NUM, _SCALE_PL):
            return None
        if int(info.value) in _SCALES and info.base not in _DUAL_SCALES:
            return int(info.value), j + 1
        return None

    def digit_core(self, i: int) -> _Core | None:
        k, s, e = self.k, self.s, self.e
        value = _parse_digits(self.t[i])
        if value is None:
            return None
        if i > 0 and e[i - 1] == s[i] and k[i - 1] == "l":
            return None
        if i + 1 < self.size and s[i + 1] == e[i] and k[i + 1] == "l":
            return None
        if (i > 1 and k[i - 1] == "p" and self.t[i - 1] in _DASHES and e[i - 1] == s[i]
                and e[i - 2] == s[i - 1] and k[i - 2] in ("w", "l")):
            return None                                   # F-16, كوفيد-19
        if self.word(i - 1) in _NAME_BEFORE_DIGIT or (
                i > 1 and k[i - 1] == "p" and (self.t[i - 1] in _DASHES or self.t[i - 1] in _OPENERS)
                and self.word(i - 2) in _NAME_BEFORE_DIGIT):
            self.labels.add(self.t[i])
            return None                                   # "ويندوز 10", "طراز 777", 'طراز "777"', "إم إكس - 1"
        if self.label_after_noun(i):
            return None
        if self.is_label(i):
            return None
        joined = self.comma_number(i)
        if joined is not None:
            core = _Core(joined, i, i + 3, s[i], e[i + 2], True, False)
        else:
            core = _Core(value, i, i + 1, s[i], e[i], True, False,
                         plain_int=isinstance(value, int) and self.t[i].isdigit())
        self._apply_scale(core)
        # "3 آلاف و500", "2 مليون و500 ألف": a smaller part joined by و continues the number
        while core.scaled and self.word(core.i1) == "و" and core.i1 + 1 < self.size \
                and k[core.i1 + 1] == "n":
            rest_value = _parse_digits(self.t[core.i1 + 1])
            if rest_value is None:
                break
            rest = _Core(rest_value, core.i1 + 1, core.i1 + 2, s[core.i1 + 1], e[core.i1 + 1], True, False)
            self._apply_scale(rest)
            if rest.value >= core.scale:
                break
            core.value += rest.value
            core.i1, core.end = rest.i1, rest.end
            if not rest.scaled:
                break
        return core

    def label_after_noun(self, i: int) -> bool:
        """"شارع 25", "مخرج 5", "الرحلة 111 المتجهة": a number naming a street, exit, flight or gate; not
        when a unit or a counted noun follows ("رحلة 5 أيام", "رحلة 3 ساعات")."""
        prev = self.word(i - 1)
        if prev is None or (prev not in _LABEL_BEFORE_DIGIT and self.strip_clitic(prev) not in _LABEL_BEFORE_DIGIT):
            return False
        return self._unit_or_percent(i + 1) is None and not self.counts_noun(i + 1)

    def is_label(self, i: int) -> bool:
        """A digit token that names rather than counts: a phone number or code ("0504294643") unless a unit
        follows; a long identifier ("3601128675") not followed by a word; a number after a Latin word
        ("District 9 عام 2009", "Zain 737221") unless money or a percent follows."""
        raw = ascii_digits(self.t[i])
        if self.list_marker(i) or self.in_quoted_name(i) or self.plus_name(i):
            return True
        if raw.isdigit() and len(raw) >= 5 and raw[0] == "0":
            return self._unit_or_percent(i + 1) is None
        if raw.isdigit() and len(raw) >= 9:             # an identifier stands alone, a quantity is followed
            return i + 1 >= self.size or self.k[i + 1] != "w"   # by what it counts
        if i > 0 and self.k[i - 1] == "l" and not (len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2100):
            after = self._unit_or_percent(i + 1)
            return after is None or after[0] not in ("money", "percent")
        return False

    def list_marker(self, i: int) -> bool:
        """"1- تحرير العقل", "4. العميل", "2) ...": an item number at the start of a line or after a colon
        or full stop, followed by a dash, dot or bracket and a word — it numbers, it does not count."""
        t, k = self.t, self.k
        if len(t[i]) > 2 or i + 2 >= self.size or t[i + 1] not in ("-", "–", ".", ")") or k[i + 2] != "w":
            return False
        return i == 0 or k[i - 1] == "b" or t[i - 1] in (".", ":", "؛")

    def in_quoted_name(self, i: int) -> bool:
        """"«مينسك 2»", "«اللواء 55»": a number closing a quoted name (a word before it, the quote after)."""
        t, k = self.t, self.k
        if i + 1 >= self.size or t[i + 1] not in ("»", "”", '"') or i == 0 or k[i - 1] != "w":
            return False
        for back in range(i - 2, max(-1, i - 7), -1):
            if t[back] in ("«", "“", '"'):
                return True
            if k[back] not in ("w", "l"):
                return False
        return False

    def plus_name(self, i: int) -> bool:
        """"مجموعة 5+1" (the P5+1 powers): digits joined by + name a group."""
        t, k = self.t, self.k
        return (i + 2 < self.size and t[i + 1] == "+" and k[i + 2] == "n") or \
            (i >= 2 and t[i - 1] == "+" and k[i - 2] == "n")

    def comma_number(self, i: int) -> int | float | None:
        """Value of digit token i joined by the Arabic comma or ر to the digits after it, if they read as one.

        "1،9 مليون", "٢،٥٪" (the Arabic comma U+060C as decimal mark) and "10ر18 مليون" (ر, the decimal mark
        of some wire services) have no space on either side of the mark and 1-3 digits on each side.
        Three digits after the comma are a thousands group ("2،500" = 2500), as with the Latin comma.
        A chain "1،2،3" is a list, and "1، 2" (with a space) two numbers: None.
        """
        k, s, e, t = self.k, self.s, self.e, self.t
        if i + 2 >= self.size or k[i + 2] != "n" or t[i + 1] not in ("،", "ر"):
            return None
        if e[i] != s[i + 1] or e[i + 1] != s[i + 2]:
            return None
        whole, frac = ascii_digits(t[i]), ascii_digits(t[i + 2])
        if not (whole.isdigit() and frac.isdigit() and len(whole) <= 3 and len(frac) <= 3):
            return None
        if i + 4 < self.size and t[i + 3] in ("،", "ر") and e[i + 2] == s[i + 3] and e[i + 3] == s[i + 4] \
                and k[i + 4] == "n":
            return None
        if i >= 2 and t[i - 1] in ("،", "ر") and e[i - 1] == s[i] and e[i - 2] == s[i - 1] and k[i - 2] == "n":
            return None
        if t[i + 1] == "،" and len(frac) == 3:
            return int(whole) * 1000 + int(frac)
        return _as_number(float(f"{whole}.{frac}"))

    def _apply_scale(self, core: _Core) -> None:
        scaled = self.scale_at(core.i1)
        if (scaled is None and core.i1 + 1 < self.size and self.t[core.i1] in _CLOSERS and core.i0 > 0
                and self.t[core.i0 - 1] in _OPENERS and self.k[core.i0 - 1] == "p"):
            scaled = self.scale_at(core.i1 + 1)             # "«50» ألف جريمة"
            if scaled is not None:
                core.start = self.s[core.i0 - 1]
        if scaled is None:
            return
        scale, after = scaled
        core.value = core.value * scale
        core.scale = scale
        core.scaled = True
        core.plain_int = False
        core.i1 = after
        core.end = self.e[after - 1]
        part = self.fraction_after(after, scale)
        if part is not None:
            core.value += part[0]
            core.i1 = part[1]
            core.end = self.e[part[1] - 1]

    def fraction_after(self, j: int, scale: int) -> tuple[float, int] | None:
        """(added value, next token) for "ونصف", "والربع", "وربع مليون" after a number whose last scale is
        ``scale`` ("مليونين وربع مليون" = 2,250,000)."""
        norm = self.word(j)
        if norm is None or norm[:1] != "و":
            return None
        base = norm[3:] if norm.startswith("وال") else norm[1:]
        fraction = _FRACTIONS.get(base)
        if fraction is None:
            return None
        nxt = self.info(j + 1)                             # "ونصف مليون", "ونصف المليون"
        if (nxt is not None and nxt.cat in (_NUM, _SCALE_PL) and not nxt.pre and int(nxt.value) == scale
                and nxt.base not in _DUAL_SCALES and not norm.startswith("وال")):
            return fraction * scale, j + 2
        return fraction * scale, j + 1

    def word_core(self, i: int, info: _Word) -> _Core | None:
        """Spelled-out cardinal starting at token i (the first word may carry a clitic)."""
        if info.cat == _FRACTION:
            scaled = self.scale_at(i + 1)
            if scaled is None:
                return None
            scale, after = scaled
            start = self.s[i] + _skip_letters(self.t[i], info.pre)
            return _Core(info.value * scale, i, after, start, self.e[after - 1], False, True, scale)
        total, partial, last_scale = 0.0, 0.0, 0
        pieces = 0
        j = i
        current: _Word | None = info
        while current is not None:
            value = int(current.value)
            waw = current.clitic == "و"
            if pieces:
                if (current.al and not (info.al and waw)) or (current.pre and not waw) \
                        or current.cat not in (_NUM, _SCALE_PL):
                    break
                if not _can_join(total, partial, last_scale, value, waw, current.base):
                    break
            if current.base in _DUAL_SCALES:
                scale = _DUAL_SCALES[current.base]
                total += 2 * scale
                partial, last_scale = 0.0, scale
            elif value in _SCALES:
                total += (partial or 1) * value
                partial, last_scale = 0.0, value
            elif value == 100 and not waw and 1 <= partial <= 9:
                partial *= 100
            else:
                partial += value
            pieces += 1
            j += 1
            current = self.info(j)
        end_tok = j
        value_total = total + partial
        part = self.fraction_after(end_tok, last_scale) if last_scale else None
        if part is not None:
            value_total += part[0]
            end_tok = part[1]
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        core = _Core(value_total, i, end_tok, start, self.e[end_tok - 1], False, bool(last_scale),
                     last_scale)
        return core

    # ---- emit ------------------------------------------------------------------------------------
    def emit(self, found: _Found) -> None:
        self.found.append(found)

    def finish_quantity(self, core: _Core) -> int:
        """Attach percent/unit/range/counted/qualifiers to a cardinal core; return the next token."""
        j = core.i1
        start, end = core.start, core.end
        kind: str = "count"
        unit: str | None = None
        value: int | float = core.value
        value_max: int | float | None = None
        before = core.i0 - 1
        if self.word(before) == "ال" and (self.adjacent(before, core.i0) or self.t[before].endswith("ـ")):
            before -= 1                     # "الجولة الـ12", "خلال الـ24 ساعة"
        qualifier = self.pre_qualifier(before + 1)
        prev = self.word(before)
        prev_bare = self.strip_clitic(prev) if prev else None

        score = self.score_at(core)
        if score is not None:
            return score
        dimensions = self.dimensions(core)
        if dimensions is not None:
            return dimensions
        twice = self.spelled_twice(core)
        if twice == 1:
            return j                        # the words after the brackets are the mention
        if twice == 2:                      # the words before them: one mention from the words on
            start = core.start = self.found.pop().start
            end = self.e[core.i1]           # through the closing bracket

        # ordinal position after المرتبة/الدقيقة …, "رقم 5", "الساعة 5"
        year_like = core.plain_int and 1900 <= core.value <= 2100 and len(self.t[core.i0]) == 4
        if (core.digit and not core.scaled and prev is not None and self.percent_at(j) is None
                and not year_like):
            if prev in _ORDINAL_NOUNS or (prev_bare in _ORDINAL_NOUNS):
                self.emit(_Found(_as_number(core.value), "ordinal",
                                 _ORDINAL_NOUNS.get(prev, _ORDINAL_NOUNS.get(prev_bare or "")),
                                 start, end))
                return j
            if prev in _OTHER_BEFORE_DIGIT or prev_bare in _OTHER_BEFORE_DIGIT:
                clock = prev_bare in ("الساعه", "ساعه")
                raw = ascii_digits(self.t[core.i0])
                if clock and len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60:
                    # "الساعة 0706 بتوقيت غرينتش" is 07:06: value hh.mm as the gold writes "9.30 مساء" (9.3)
                    self.emit(_Found(_as_number(float(f"{int(raw[:2])}.{raw[2:]}")), "other", "time", start, end))
                    return j
                self.emit(_Found(_as_number(core.value), "other", "time" if clock else None, start, end))
                return j

        # "دور الـ16", "دور الـ32": a stage of a competition, not a number (gold README)
        if core.digit and before != core.i0 - 1 and prev_bare == "دور":
            return j
        # "الدول الـ15", "الساعات الـ24", "التقرير الـ51", "مهرجان أبها للتسوق الـ17"
        if (core.digit and not core.scaled and before != core.i0 - 1 and prev is not None
                and (_without_clitic(prev)[0].startswith("ال") or _has_pronoun(prev)
                     or self.t[before].endswith("ه")) and not year_like
                and self._unit_or_percent(j) is None):
            done = self.after_definite_noun(core, before)
            if done is not None:
                return done

        # year
        if core.digit and core.plain_int:
            year = self.year_kind(core, prev, prev_bare, qualifier)
            if year is not None:
                return year

        daytime = self.word(j)
        if core.digit and not core.scaled and daytime is not None and daytime.rstrip("ا") in _DAYTIME \
                and core.value < 24:                    # "من 4 إلى 11 مساءً", "الساعة 5 فجرا"
            self.emit(_Found(_as_number(core.value), "other", "time", start, self.e[j]))
            return j + 1
        opened = core.i0 > 0 and self.t[core.i0 - 1] in _OPENERS and self.k[core.i0 - 1] == "p"
        unit_found = self._unit_or_percent(j)
        if unit_found is None and opened and j < self.size and self.t[j] in _CLOSERS:
            unit_found = self._unit_or_percent(j + 1)     # "(7) سنوات", "«200» متر"
            if unit_found is not None:
                start = min(start, self.s[core.i0 - 1])
        if unit_found is None and j + 1 < self.size and self.t[j] == "/" and self.adjacent(core.i0, j):
            unit_found = self._unit_or_percent(j + 1)     # "تونسي 35/ عاماً/" (an age between slashes)
            if unit_found is not None and unit_found[0] != "duration":
                unit_found = None
        if unit_found is not None:
            kind, unit, j = unit_found
            end = self.e[j - 1]
            half = self.unit_fraction(j, unit) if kind in ("duration", "distance") and not core.scaled else None
            if half is not None and float(core.value).is_integer():
                value, j = core.value + half[0], half[1]     # "3 ساعات ونصف", "5 كيلومترات ونصف"
                end = self.e[j - 1]

        # range / second number
        second = self.second_number(j, core)
        if second is not None:
            core2, kind2, unit2, j2, is_range = second
            if unit is None and unit2 is not None and kind2 is not None:
                kind, unit = kind2, unit2
            if core2.scaled and not core.scaled:
                value = core.value * core2.scale
            if is_range:
                value_max = core2.value
                qualifier = "range"
                end = self.e[j2 - 1]
                if opened and any(self.t[x] in _CLOSERS for x in range(core2.i1, j2)):
                    start = self.s[core.i0 - 1]
                j = j2
            else:
                self.emit(_Found(_as_number(value), kind if kind != "area" else "other", unit,
                                 start, end, qualifier=qualifier))
                return j

        counted, counted_en = None, None
        if kind == "count":
            hit = self.counted_at(j, definite_ok=False)
            if hit is not None:
                counted, counted_en, after = hit
                j = after
            elif core.digit and self.outlet_name(core):
                return core.i1
        if (kind == "count" and counted is None and qualifier is None and core.digit and not core.scaled
                and self.t[core.i0] in self.labels):
            return j                                      # "الطائرات 777" after "طراز 777": the model again
        post = self.post_qualifier(j)
        if post is not None and qualifier is None:
            qualifier = post
        if kind == "area":
            kind = "other"
        self.emit(_Found(_as_number(value), kind, unit, start, end,
                         counted, counted_en, qualifier, False,
                         _as_number(value_max) if value_max is not None else None))
        return j

    def dimensions(self, core: _Core) -> int | None:
        """"200×200 متر", "3 x 4 م": the sides of a surface are one mention (the first side, the unit after
        the last); return the next token, or None when no "×" follows."""
        j = core.i1
        if not core.digit or core.scaled or j + 1 >= self.size or self.t[j] not in _TIMES_SIGNS \
                or self.k[j + 1] != "n":
            return None
        side = self.digit_core(j + 1)
        if side is None or side.scaled:
            return None
        end, after = side.end, side.i1
        kind, unit = "other", None
        found = self.unit_at(after)
        if found is not None:
            kind, unit, after = found
            end = self.e[after - 1]
            if kind == "area":
                kind = "other"
        self.emit(_Found(_as_number(core.value), kind, unit, core.start, end))
        return after

    def spelled_twice(self, core: _Core) -> int:
        """"(100.000) مائة ألف متر مربع", "خمسمائة (500) ريال": figures in brackets beside the same number
        in words (official writing) are one quantity. 1: the words follow (skip the figures); 2: the words
        came just before (the last mention found: the figures and their unit extend it); 0: neither.
        A dot between groups of three digits is a thousands separator there."""
        i0, i1 = core.i0, core.i1
        if not core.digit or core.scaled or i0 == 0 or i1 >= self.size:
            return 0
        if not (self.k[i0 - 1] == "p" and self.t[i0 - 1] in _OPENERS and self.t[i1] in _CLOSERS):
            return 0
        raw = ascii_digits(self.t[i0])
        values = {core.value}
        if _THOUSANDS_DOTS.fullmatch(raw):
            values.add(int(raw.replace(".", "")))
        info = self.info(i1 + 1)
        if info is not None and info.cat == _NUM and not info.al:
            words = self.word_core(i1 + 1, info)
            if words is not None and words.value in values:
                return 1
        if self.found:
            last = self.found[-1]
            if (last.end <= self.s[i0 - 1] and not self.text[last.end:self.s[i0 - 1]].strip()
                    and last.value in values and last.kind == "count" and last.counted is None):
                return 2
        return 0

    def after_definite_noun(self, core: _Core, noun: int) -> int | None:
        """Digits written "الـN" after a definite noun: after a plural unit a duration ("الساعات الـ24"),
        after a plural noun a count of it ("الدول الـ15 الأعضاء"), after a singular noun an ordinal
        ("التقرير الـ51", "العام الـ13"); None when a noun follows the number ("الـ5 سنوات")."""
        j = core.i1
        norm = self.word(noun)
        if norm is None:
            return None
        bare = _without_clitic(norm)[0]
        if bare.startswith("ال") and not norm.startswith("ال"):
            norm = bare                                   # "للتسوق" → "التسوق" (not "فروعها" → "روعها")
        nxt = self.word(j)
        if nxt is not None and (_counted_en(nxt, self.t[j]) is not None or _unit_of(nxt, False) is not None):
            return None
        value = _as_number(core.value)
        if any(_is_plural(form) for form in _lookup_forms(norm, self.t[noun].endswith("ه"))):
            unit = _unit_of(norm, allow_al=True)
            if unit is not None:
                self.emit(_Found(value, unit[0], unit[1], self.s[noun], core.end))
            else:
                self.emit(_Found(value, "count", None, core.start, core.end, self.t[noun],
                                 _counted_en(norm, self.t[noun])))
            return j
        self.emit(_Found(value, "ordinal", None, core.start, core.end))
        return j

    def score_at(self, core: _Core) -> int | None:
        """Emit a match score "2-1" / "(1 - 0)" (kind other, unit score, value_max the second figure) and
        return the next token. A score is two small integers joined by a dash, with nothing counted after
        them, and either a score word nearby (بنتيجة، فاز، تعادل، المباراة …) or a first figure that is not
        smaller than the second (which a range never has); "4-4-2" (a formation) is not a score."""
        j = core.i1
        if not core.digit or core.scaled or not isinstance(core.value, int) or core.value > 20:
            return None
        if j + 1 >= self.size or self.t[j] not in _DASHES:
            return None
        if self.k[j + 1] == "w" and self.word(j + 1) == "صفر":
            second: int | float | None = 0                 # "2 - صفر"
        elif self.k[j + 1] == "n":
            second = _parse_digits(self.t[j + 1])
        else:
            return None
        if not isinstance(second, int) or second > 20:
            return None
        after = j + 2
        if after + 1 < self.size and self.t[after] in _DASHES and self.k[after + 1] == "n":
            return None
        before = core.i0 - 1
        if before >= 1 and self.t[before] in _DASHES and self.k[before - 1] == "n":
            return None
        if self._unit_or_percent(after) is not None:
            return None
        hit = self.counted_at(after, definite_ok=False)
        if hit is not None and hit[1] is not None:
            return None
        cue = any(self.strip_clitic(w) in _SCORE_CUES or w in _SCORE_CUES
                  for w in (self.word(b) for b in range(max(0, core.i0 - 6), core.i0)) if w is not None)
        if not cue and (core.value < second or core.value > 10):
            return None
        self.emit(_Found(core.value, "other", "score", core.start, self.e[j + 1], value_max=second))
        return after

    def _unit_or_percent(self, j: int) -> tuple[str, str, int] | None:
        pj = self.percent_at(j)
        if pj is not None:
            return "percent", "%", pj
        return self.unit_at(j)

    def second_number(
        self, j: int, core: _Core
    ) -> tuple[_Core, str | None, str | None, int, bool] | None:
        """A second number joined by و/إلى/أو/-: (core2, kind2, unit2, next token, is_range)."""
        if j >= self.size:
            return None
        connector = None
        k2 = j
        norm = self.word(j)
        tok = self.t[j]
        if norm in ("و", "الي", "او", "حتي", "وحتي", "والي"):
            connector, k2 = norm.removeprefix("و") or "و", j + 1
        elif self.k[j] == "p" and tok in _DASHES:
            connector, k2 = "-", j + 1
        elif norm is not None:
            info = self.info(j)
            if info is not None and info.clitic == "و" and info.cat == _NUM and not info.al:
                connector = "و"
        if connector is None or k2 >= self.size:
            return None
        if connector != "-" and self.word(k2) == "ال" and k2 + 1 < self.size and self.adjacent(k2, k2 + 1):
            k2 += 1                                       # "من الـ13 وحتى الـ17"
        core2: _Core | None
        if connector == "-" and (not core.digit or self.k[k2] != "n"):
            return None
        if self.k[k2] == "n":
            core2 = self.digit_core(k2)
        else:
            info2 = self.info(k2)
            if info2 is None or info2.cat != _NUM or info2.al:
                return None
            if info2.pre and not (info2.clitic == "و" and connector == "و"):
                return None
            core2 = self.word_core(k2, info2)
        if core2 is None or self._is_blocked(core2.start, core2.end):
            return None                                   # "بين 3 إلى 5 فبراير 2013": 5 is the date's day
        kind2, unit2, after = None, None, core2.i1
        found = self._unit_or_percent(core2.i1)
        if (found is None and core2.i1 < self.size and self.t[core2.i1] in _CLOSERS and core.i0 > 0
                and self.t[core.i0 - 1] in _OPENERS):
            found = self._unit_or_percent(core2.i1 + 1)   # "(1200 - 1900) ريال"
        if found is not None:
            kind2, unit2, after = found
        first = core.i0 - 1
        if self.word(first) == "ال" and self.adjacent(first, core.i0):
            first -= 1
        prev = self.word(first)
        between = prev is not None and self.strip_clitic(prev) in ("بين", "مابين")
        if prev == "من" and connector in ("حتي", "الي"):
            cue = self.word(first - 1)                    # "الفترة من 4 إلى 6", "من الـ13 وحتى الـ17"
            between = connector == "حتي" or (cue is not None and (cue in _SPAN_CUES
                                                                 or self.strip_clitic(cue) in _SPAN_CUES))
        raw2 = core2.value / core2.scale if core2.scaled and core2.scale else core2.value
        raw1 = core.value / core.scale if core.scaled and core.scale else core.value
        if connector == "-":
            is_range = core2.value > core.value and core.digit and core2.digit
            if not is_range:
                return None
        elif connector == "او":
            is_range = raw2 > raw1 or core2.value > core.value
        elif connector == "حتي":
            is_range = between
        elif connector == "الي":
            is_range = between and (raw2 > raw1 or core2.value > core.value)
        else:
            is_range = between and (raw2 > raw1 or core2.value > core.value)
        if not is_range and connector == "و" and not (core2.scaled and not core.scaled):
            return None
        return core2, kind2, unit2, after, is_range

    def year_kind(self, core: _Core, prev: str | None, prev_bare: str | None,
                  qualifier: str | None) -> int | None:
        """Emit a year mention when the plain integer core is a year; return the next token."""
        value = int(core.value)
        j = core.i1
        suffix = self.word(j)
        marked = suffix in _HIJRI_SUFFIX or (     # "1436/1437هـ", "1437ـ1441هـ"
            j + 2 < self.size and self.t[j] in _YEAR_DASHES and self.k[j + 1] == "n"
            and self.word(j + 2) in _HIJRI_SUFFIX)
        hijri = marked or prev in _HIJRI_MONTHS or prev_bare in _HIJRI_MONTHS
        named = (prev_bare in _YEAR_NOUNS or prev in _YEAR_NOUNS) and len(self.t[core.i0]) >= 3 \
            and (suffix in _YEAR_SUFFIX or self._unit_or_percent(j) is None) and not self.counts_noun(j) \
            and not (self.word(j) or "-").endswith("ا")     # "عام 519 عرضاً" counts offers
        if (marked and 1 <= value <= 1500) or (named and 100 <= value <= 2100) or self.early_years(core, prev_bare):
            pass                                          # "توفي 147 هجرية", "عام 1534", "سنة 630 للميلاد"
        elif not (1900 <= value <= 2100 or (hijri and 1300 <= value <= 1500)):
            return None
        elif len(self.t[core.i0]) != 4:
            return None
        end = core.end
        if qualifier == "up_to" and prev_bare in ("حتي", "لغايه"):
            qualifier = None  # "حتى 2019" is "until 2019"
        if suffix in _YEAR_SUFFIX:
            end = self.e[j]
            j += 1
            is_year = True
        elif prev in _YEAR_TRIGGERS or prev_bare in _YEAR_TRIGGERS or hijri:
            is_year = True
        elif qualifier is not None or self._unit_or_percent(j) is not None:
            is_year = False
        else:
            hit = self.counted_at(j, definite_ok=False)
            is_year = hit is None or hit[1] is None
        if not is_year:
            return None
        value_max = None
        qualifier_out = None
        # "2018-2019", "بين 2011 و2014"
        if j < self.size:
            nxt = self.t[j]
            between = prev_bare in ("بين", "مابين")
            k2 = None
            if nxt in _YEAR_DASHES and j + 1 < self.size and self.k[j + 1] == "n":
                k2 = j + 1
            elif between and self.word(j) == "و" and j + 1 < self.size and self.k[j + 1] == "n":
                k2 = j + 1
            if k2 is not None:
                second = _parse_digits(self.t[k2])
                if isinstance(second, int) and value < second <= 2100 and len(self.t[k2]) == 4:
                    value_max = second
                    qualifier_out = "range"
                    end = self.e[k2]
                    j = k2 + 1
                    if self.word(j) in _YEAR_SUFFIX:
                        end = self.e[j]
                        j += 1
        self.emit(_Found(value, "year", None, core.start, end, qualifier=qualifier_out,
                         value_max=value_max))
        return j

    def early_years(self, core: _Core, prev_bare: str | None) -> bool:
        """"الفترة بين 1831 و1910": two four-digit figures after بين, the second larger and at most 2100,
        nothing counted or measured after them, are a range of years however old the first one is."""
        j = core.i1
        if prev_bare not in ("بين", "مابين") or len(self.t[core.i0]) != 4 or not 1000 <= core.value < 1900:
            return False
        if self.word(j) != "و" or j + 1 >= self.size or self.k[j + 1] != "n" or len(self.t[j + 1]) != 4:
            return False
        second = _parse_digits(self.t[j + 1])
        return (isinstance(second, int) and core.value < second <= 2100
                and self._unit_or_percent(j + 2) is None and not self.counts_noun(j + 2))

    def counts_noun(self, j: int) -> bool:
        """A known counted noun at j ("500 شخص"): the number before it counts, it is not a year."""
        hit = self.counted_at(j, definite_ok=False)
        return hit is not None and hit[1] is not None

    def outlet_name(self, core: _Core) -> bool:
        """'موقع دير الزور 24،' — a small number closing an outlet name."""
        if core.scaled or not isinstance(core.value, int) or core.value >= 1000:
            return False
        nxt = core.i1
        nxt_word = self.word(nxt)
        if nxt_word is not None and nxt_word not in _STOPWORDS and nxt_word[0] != "و":
            return False
        for back in range(1, 4):
            norm = self.word(core.i0 - back)
            if norm is None:
                return False
            if self.strip_clitic(norm) in _OUTLET_TRIGGERS or norm in _OUTLET_TRIGGERS:
                return True
        return False

    # ---- word-driven paths -----------------------------------------------------------------------
    def postposed(self, i: int, info: _Word) -> int | None:
        """'كيلومتر واحد', 'لنقطة واحدة', 'الأشهر الستة', 'الدول الخمس', 'جهاته الأربع',
        'الساعات الأربع والعشرين'."""
        prev_i = i - 1
        prev = self.word(prev_i)
        if prev is None or info.pre or info.base in _TEEN_ONLY:
            return None             # "الأيام الأحد والاثنين": الأحد is Sunday
        start = self.s[i]
        end = self.e[i]
        value = int(info.value)
        j = i + 1
        nxt = self.info(j)
        if (info.al and nxt is not None and nxt.clitic == "و" and nxt.al and nxt.cat == _NUM
                and int(nxt.value) in _TENS and value < 10):
            value += int(nxt.value)                       # "الأربع والعشرين"
            end = self.e[j]
            j += 1
        bare_prev, dropped = _without_clitic(prev)
        prev_start = self.s[prev_i]
        if bare_prev.startswith("ال") and not prev.startswith("ال"):
            prev = bare_prev                               # "بالأشهر" → "الأشهر", "للأشهر" → "الأشهر"
            prev_start += _skip_letters(self.t[prev_i], dropped)
        definite = prev.startswith("ال") or (_has_pronoun(prev) or self.t[prev_i].endswith("ه"))
        if info.al and not definite:
            return None
        if not info.al and prev.startswith("ال"):
            return None
        if info.al and info.base in _TWO_WORDS:
            return None  # الاثنين is Monday far more often than "the two" ("اليوم الإثنين")
        if info.al and prev in _ORDINAL_CONTEXT_AL and value > 10:
            self.emit(_Found(value, "ordinal", None, start, end))   # "القرن الواحد والعشرين"
            return j
        unit = _unit_of(prev, allow_al=True) if prev not in _ABBREVIATIONS else None
        qualifier = self.pre_qualifier(prev_i)
        if unit is not None:
            kind, code = unit
            if kind == "area":
                kind = "other"
            self.emit(_Found(value, kind, code, prev_start, end, qualifier=qualifier))
            return j
        en = _counted_en(prev, self.t[prev_i]) or _counted_en(bare_prev, self.t[prev_i])
        if en is not None:
            post = self.post_qualifier(j)
            self.emit(_Found(value, "count", None, start, end, self.t[prev_i], en,
                             qualifier or post))
            return j
        return None

    def ordinal(self, i: int, info: _Word) -> int:
        prev = self.word(i - 1)
        if prev is not None and (prev in _ORDINAL_BLOCKERS or self.strip_clitic(prev) in _ORDINAL_BLOCKERS):
            return i + 1
        hour = self.ordinal_value(i, info)
        if hour is None:
            return i + 1
        value, j = hour
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        after_daytime = self.daytime_after(j)
        clock = info.base != "اولي" and (
            (prev is not None and self.strip_clitic(prev) in ("الساعه", "ساعه")) or after_daytime is not None)
        if not clock:
            self.emit(_Found(value, "ordinal", None, start, self.e[j - 1]))
            return j
        # "الساعة الثالثة فجراً", "الخامسة فجرا", "من الثامنة صباحاً وحتى الثالثة مساءً": a time of day
        if after_daytime is not None:
            j = after_daytime
        value_max: int | None = None
        until = self.time_until(j)
        if until is not None:
            value_max, j = until
        self.emit(_Found(value, "other", "time", start, self.e[j - 1],
                         qualifier="range" if value_max is not None else None, value_max=value_max))
        return j

    def ordinal_value(self, i: int, info: _Word) -> tuple[int, int] | None:
        """(value, next token) of the ordinal at i with its tens ("الحادي عشر", "الخامس والعشرين")."""
        value = int(info.value)
        j = i + 1
        nxt = self.word(j)
        if nxt in _TEN_WORDS:
            value += 10
            j += 1
        elif nxt is not None and nxt.startswith("وال") and _NUMBER_WORDS.get(nxt[3:], 0) in _TENS:
            value += _NUMBER_WORDS[nxt[3:]]
            j += 1
        elif info.base in _ORDINAL_TEEN_ONLY:
            return None
        return value, j

    def daytime_after(self, j: int) -> int | None:
        """Token after a part of the day at j written as an adverb ("صباحاً", "مساءً", "فجرا", "ليلا"),
        or None; "الثانية مساء اليوم" (a construct: the evening of today) is not one."""
        norm = self.word(j)
        if norm is None or norm.rstrip("ا") not in _DAYTIME:
            return None
        raw = self.t[j]
        if "\u064b" in raw or raw.endswith("ا"):
            return j + 1
        nxt = self.word(j + 1)
        return j + 1 if nxt is None or not nxt.startswith("ال") else None

    def time_until(self, j: int) -> tuple[int, int] | None:
        """(last hour, next token) for "(و)حتى/إلى (الساعة) الثالثة (مساءً)" closing a time range."""
        if self.word(j) not in ("حتي", "وحتي", "الي", "والي"):
            return None
        k = j + 1
        if self.word(k) in ("الساعه", "ساعه"):
            k += 1
        info = self.info(k)
        if info is None or info.cat != _ORD or info.pre or info.base == "اولي":
            return None
        hour = self.ordinal_value(k, info)
        if hour is None:
            return None
        value, k = hour
        after = self.daytime_after(k)
        return value, after if after is not None else k

    def noun_follows(self, i: int) -> bool:
        """An indefinite unit or counted noun after the definite number word at i, possibly after its
        compound: "الستة أعوام", "الثلاثة أيام", "الأربعة والعشرين ساعة" (Gulf and colloquial usage)."""
        j = i + 1
        nxt = self.info(j)
        if nxt is not None and nxt.clitic == "و" and nxt.al and nxt.cat == _NUM:
            j += 1
        norm = self.word(j)
        if norm is None or norm.startswith("ال") or norm in _STOPWORDS:
            return False
        return _unit_of(norm, allow_al=False) is not None or _counted_en(norm, self.t[j]) is not None

    def bare_ordinal(self, i: int, info: _Word) -> int:
        """"ثالث أيام العيد", "أول زيارة", "أولها", "ثالثاً" (see _bare_ordinal); not "أول أمس", "أول من"."""
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        if info.base not in _ORDINALS:                     # pronoun or adverbial form: an ordinal
            if info.value == 1 and self.word(i + 1) == "ثم":
                return i + 1                              # "بفضل الله أولاً ثم …": "first and foremost"
            self.emit(_Found(int(info.value), "ordinal", None, start, self.e[i]))
            return i + 1
        prev = self.word(i - 1)
        if prev is not None and (prev in _ORDINAL_BLOCKERS or self.strip_clitic(prev) in _ORDINAL_BLOCKERS):
            return i + 1
        if prev in ("الفريق", "فريق") and info.value == 1:
            return i + 1                                  # "الفريق أول" is a military rank
        nxt = self.word(i + 1)
        if nxt is None or nxt in _STOPWORDS or nxt in _NOT_AFTER_BARE_ORDINAL or self.info(i + 1) is not None:
            return i + 1
        if info.value == 1 and nxt.startswith("ال") and not _is_plural(nxt):
            return i + 1                                  # "أول النهار", "أول الشهر": the beginning of
        self.emit(_Found(int(info.value), "ordinal", None, start, self.e[i]))
        return i + 1

    def vague(self, i: int, info: _Word) -> int:
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        j = i + 1
        end = self.e[i]
        nxt = self.info(j)                                  # "عشرات الآلاف", "بضعة ملايين", "بضع عشرات"
        if nxt is not None and not nxt.pre and (
                (nxt.cat == _SCALE_PL and (info.base in _VAGUE_BEFORE_SCALE or not nxt.al))
                or (nxt.cat == _VAGUE_CAT and nxt.base in _VAGUE_BEFORE_SCALE and info.base not in _VAGUE_BEFORE_SCALE)):
            end = self.e[j]
            j += 1
        qualifier = self.pre_qualifier(i)
        kind, unit = "count", None
        counted, counted_en = None, None
        unit_hit = self.unit_at(j, allow_al=True)
        unit_after_min = self.unit_at(j + 1, allow_al=True) if self.word(j) == "من" else None
        if unit_hit is not None and unit_hit[0] != "area":
            kind, unit, j = unit_hit
            end = self.e[j - 1]            # "ملايين الدولارات": the unit is in the span
        elif unit_after_min is not None and unit_after_min[0] != "area":
            kind, unit, j = unit_after_min  # "عشرات الملايين من الدولارات": span stops before من
        else:
            hit = self.counted_at(j, definite_ok=True)
            if hit is not None:
                counted, counted_en, j = hit
            elif info.base in (word_key("عدة"),):
                prev = self.word(i - 1)
                if prev is None or prev in _STOPWORDS or _analyse(self.t[i - 1]) is not None:
                    return i + 1
                prev_unit = _unit_of(prev, allow_al=False)
                if prev_unit is not None:
                    kind, unit = prev_unit
                    start = self.s[i - 1]
                else:
                    counted, counted_en = self.t[i - 1], _counted_en(prev, self.t[i - 1])
        if info.base in (word_key("عدة"),) and counted is None and unit is None:
            return i + 1
        post = self.post_qualifier(j)
        self.emit(_Found(None, kind, unit, start, end, counted, counted_en, qualifier or post, True))
        return j

    def dual(self, i: int, info: _Word) -> int:
        """'يومين', 'اليومين', 'أسبوعين', 'هجومين' → 2 (span = the dual word without clitic)."""
        prev_info = self.info(i - 1)
        if i > 0 and (self.k[i - 1] == "n" or (prev_info is not None and prev_info.cat == _NUM)):
            return i + 1
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        end = self.e[i]
        j = i + 1
        if self.word(j) in _TWO_WORDS:
            end = self.e[j]
            j += 1
        qualifier = self.pre_qualifier(i)
        if info.base in _UNIT_DUALS:
            unit = _unit_of(info.base, allow_al=True)
            if unit is None:
                return i + 1
            value: int | float = 2
            half = self.unit_fraction(j, unit[1])           # "العامين ونصف العام", "ساعتين ونصف"
            if half is not None:
                value, j = 2 + half[0], half[1]
                end = self.e[j - 1]
            self.emit(_Found(_as_number(value), unit[0], unit[1], start, end, qualifier=qualifier))
            return j
        en = _COUNTED_DUALS.get(info.base)
        if en is None or info.al:
            return i + 1            # "البلدين", "الطرفين": the two already named (gold README: optional)
        self.emit(_Found(2, "count", None, start, end, self.text[start:self.e[i]], en, qualifier))
        return j

    def unit_fraction(self, j: int, unit: str) -> tuple[float, int] | None:
        """(fraction, next token) for "ونصف", "وربع" at j, with the unit repeated or not ("ونصف العام")."""
        norm = self.word(j)
        if norm is None or norm[:1] != "و" or norm[1:] not in _FRACTIONS:
            return None
        after = j + 1
        nxt = self.word(after)
        if nxt is not None:
            again = _unit_of(nxt, allow_al=True)
            if again is not None and again[1] == unit and nxt not in _ABBREVIATIONS:
                after += 1
        return _FRACTIONS[norm[1:]], after

    def unit_and_fraction(self, i: int) -> int | None:
        """A singular unit with a fraction and no figure: "ساعة ونصف" (1.5 hours), "متر ونصف"; after من a
        range to it: "من متر إلى متر ونصف" (1 to 1.5 m). Return the next token, or None."""
        norm = self.word(i)
        if norm is None or norm in _ABBREVIATIONS or norm in _UNIT_DUALS or norm.startswith("ال"):
            return None
        found = _unit_of(norm, allow_al=False)
        if found is None or found[0] == "money" or _is_plural(norm):
            return None
        kind, unit = found
        prev = self.word(i - 1)
        if self.word(i + 1) in ("الي", "حتي") and prev in ("من", "بين", "مابين") \
                and self.word(i + 2) == norm:
            half = self.unit_fraction(i + 3, unit)
            if half is None:
                return None
            self.emit(_Found(1, kind, unit, self.s[i], self.e[half[1] - 1], qualifier="range",
                             value_max=_as_number(1 + half[0])))
            return half[1]
        half = self.unit_fraction(i + 1, unit)
        if half is None or (prev is not None and (self.info(i - 1) is not None or self.k[i - 1] == "n")):
            return None
        self.emit(_Found(_as_number(1 + half[0]), kind, unit, self.s[i], self.e[half[1] - 1],
                         qualifier=self.pre_qualifier(i)))
        return half[1]

    # ---- dates -----------------------------------------------------------------------------------
    def _date_matches(self) -> list[tuple[re.Match[str], int | None, int, tuple[int, int, int] | None]]:
        """Date matches anchored at month names (the full regex is only tried where one occurs), each with
        the day given by an ordinal word before it ("السابع من ذي القعدة") and the date's start."""
        text = self.text
        out: list[tuple[re.Match[str], int | None, int, tuple[int, int, int] | None]] = []
        if _MONTH_FIRST_WORDS.isdisjoint(self.t):
            return out
        covered = 0
        for i, tok in enumerate(self.t):
            if tok not in _MONTH_FIRST_WORDS or self.s[i] < covered:
                continue
            month_start = start = self.s[i]
            day = _DAY_BEFORE.search(text, max(0, start - 16), start)
            if day is not None:
                start = day.start()
            m = _DATE_RE.match(text, start)
            if m is None and start != month_start:
                m = _DATE_RE.match(text, month_start)
            ordinal_day = None if day is not None else self.ordinal_day_before(i)
            if ordinal_day is not None and (m is None or m.start() == month_start):
                tail = _MONTH_TAIL_RE.match(text, month_start)
                if tail is not None:
                    out.append((tail, ordinal_day[0], ordinal_day[1], ordinal_day[2]))
                    covered = tail.end()
                    continue
            if m is not None:
                out.append((m, None, m.start(), None))
                covered = m.end()
        return out

    def ordinal_day_before(self, i: int) -> tuple[int, int, tuple[int, int, int] | None] | None:
        """(day, start offset, earlier day) for an ordinal day before the month at token i: "الرابع من (شهر)
        ذي القعدة", "الحادي عشر من سبتمبر", "الحادي والعشرين من"; the clitic of the first word is left out.
        The earlier day (value, start, end) is an ordinal joined by و: "السابع والثامن من يوليو"."""
        j = i - 1
        if self.word(j) == "شهر":
            j -= 1
        if self.word(j) != "من":
            return None
        j -= 1
        last = self.info(j)
        if last is None:
            return None
        value, first = 0, j
        if last.cat == _NUM and last.al and int(last.value) in (20, 30) and not last.pre:
            value = int(last.value)                      # "العشرين من", "الثلاثين من"
        elif last.cat == _ORD and last.al:
            value = int(last.value)
        elif self.word(j) in _TEN_WORDS:
            ones = self.info(j - 1)
            if ones is None or ones.cat != _ORD or not ones.al:
                return None
            value, first = int(ones.value) + 10, j - 1
        elif last.cat == _NUM and last.clitic == "و" and last.al and int(last.value) in (20, 30):
            ones = self.info(j - 1)
            if ones is None or ones.cat != _ORD or not ones.al:
                return None
            value, first = int(ones.value) + int(last.value), j - 1
        else:
            return None
        if last.cat == _ORD and last.base in _ORDINAL_TEEN_ONLY and first == j:
            return None
        if not 1 <= value <= 31:
            return None
        head = self.info(first)
        pre = head.pre if head is not None else 0
        earlier = self.info(first - 1)                    # "السابع والثامن من يوليو"
        pair: tuple[int, int, int] | None = None
        if head is not None and head.clitic == "و" and earlier is not None and earlier.cat == _ORD \
                and earlier.al and not earlier.pre and earlier.base not in _ORDINAL_TEEN_ONLY:
            pair = (int(earlier.value), self.s[first - 1], self.e[first - 1])
        return value, self.s[first] + _skip_letters(self.t[first], pre), pair

    def dates(self) -> None:
        text = self.text
        for m, ordinal_day, start, pair in self._date_matches():
            groups = m.groupdict()
            month_raw = groups.get("m1") or groups.get("n1")
            alt_raw = groups.get("m2") or groups.get("n2")
            year_raw = groups.get("y") or groups.get("y2")
            suffix = groups.get("ys") or groups.get("ys2")
            key = word_key(_SPACE_RUN.sub(" ", month_raw or ""))
            month = _MONTHS.get(key)
            if month is None and alt_raw:
                key = word_key(_SPACE_RUN.sub(" ", alt_raw))
                month = _MONTHS.get(key)
            if month is None:
                continue
            day_raw = groups.get("d")
            day = int(ascii_digits(day_raw)) if day_raw else ordinal_day
            year = int(ascii_digits(year_raw)) if year_raw else None
            if day is not None and not 1 <= day <= 31:
                continue
            if year is not None and not _date_year_ok(year, key in _HIJRI_MONTH_NAMES, suffix):
                if day is None:
                    continue
                year = None
            if day is None and year is None:
                continue
            iso = self._iso(year, month, day, groups["hh"], groups["mm"])
            end = m.end() if "T" in iso else self._end_without_time(m, year is not None)
            first = self.first_day(start, day) if day_raw and day is not None else None
            if first is not None:                         # "5 إلى 15 أغسطس": one date range
                self._emit_date(year, self._iso(year, month, first[0], None, None), first[1], end, "range")
                continue
            self._emit_date(year, iso, start, end)
            if day_raw:
                self.earlier_days(start, year, month)
            if pair is not None and 1 <= pair[0] <= 31:
                self._emit_date(year, self._iso(year, month, pair[0], None, None), pair[1], pair[2])
        numeric = _NUMERIC_DATE_RE.finditer(text) if _has_numeric_date(text) else ()
        for m in numeric:
            groups = m.groupdict()
            d = groups["d"] or groups["d2"]
            mo = groups["m"] or groups["m3"] or groups["m4"] or groups["m2"]
            y = groups["y"] or groups["y2"]
            day, month, year = (int(ascii_digits(x)) for x in (d, mo, y))
            if not (1 <= day <= 31 and 1 <= month <= 12 and (1900 <= year <= 2100 or 1300 <= year <= 1500)):
                continue
            iso = self._iso(year, month, day, groups["hh"], groups["mm"])
            end = m.end() if "T" in iso else self._end_without_time(m, True)
            self._emit_date(year, iso, m.start(), end)
        for m in (_TIME_RE.finditer(text) if _may_have_time(text) else ()):
            hh = int(ascii_digits(m.group("hh")))
            mm = int(ascii_digits(m.group("mm")))
            if hh < 24 and mm < 60 and not self._is_blocked(m.start(), m.end()):
                self.found.append(_Found(None, "other", f"{hh:02d}:{mm:02d}", m.start(), m.end()))
                self._block(m.start(), m.end())

    def first_day(self, start: int, day: int) -> tuple[int, int] | None:
        """(first day, its start) when a smaller day and إلى/حتى/a dash come before the dated day at
        ``start``: "من 3 إلى 5 فبراير 2013", "(5 إلى 15 أغسطس)" are one range (gold README: ranges are
        one mention)."""
        m = _RANGE_DAY.search(self.text, max(0, start - 16), start)
        if m is None:
            return None
        first = int(ascii_digits(m.group("d")))
        if not 1 <= first < day or self._is_blocked(m.start("d"), start):
            return None
        return first, m.start("d")

    def earlier_days(self, start: int, year: int | None, month: int) -> None:
        """Days listed before a dated day share its month and year: "من 3 إلى 5 فبراير 2013",
        "10 و11 و12 شوال" — each earlier day is a date of its own."""
        while True:
            m = _EARLIER_DAY.search(self.text, max(0, start - 24), start)
            if m is None:
                return
            day = int(ascii_digits(m.group("d")))
            if not 1 <= day <= 31:
                return
            before = len(self.found)
            self._emit_date(year, self._iso(year, month, day, None, None), m.start("d"), m.end("d"))
            if len(self.found) == before:
                return
            start = m.start("d")

    def _end_without_time(self, m: re.Match[str], has_year: bool) -> int:
        """End of the date proper: the year (and its suffix), or the month (and a closing bracket)."""
        names = ("y", "y2", "ys", "ys2", "d2") if has_year else ("d", "m1", "m2", "n1", "n2")
        groups = m.groupdict()
        end = max((m.end(name) for name in names if groups.get(name)), default=m.end())
        if not has_year:
            close = _CLOSE_BRACKET.match(self.text, end)
            if close is not None and "(" in self.text[m.start():end]:
                end = close.end()
        return end

    @staticmethod
    def _iso(year: int | None, month: int, day: int | None, hh: str | None, mm: str | None) -> str:
        if year is None:
            return f"--{month:02d}-{day:02d}" if day else f"--{month:02d}"
        iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        if day and hh and mm:
            h, mi = int(ascii_digits(hh)), int(ascii_digits(mm))
            if h < 24 and mi < 60:
                iso += f"T{h:02d}:{mi:02d}"
        return iso

    def _emit_date(self, year: int | None, iso: str, start: int, end: int, qualifier: str | None = None) -> None:
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if self._is_blocked(start, end):
            return
        self.found.append(_Found(year, "date", iso, start, end, qualifier=qualifier))
        self._block(start, end)

    def _block(self, start: int, end: int) -> None:
        """Record a date/time span (callers have checked it overlaps no earlier one)."""
        self.blocked.append((start, end))
        at = bisect.bisect_left(self.b_starts, start)
        self.b_starts.insert(at, start)
        self.b_ends.insert(at, end)

    def _is_blocked(self, start: int, end: int) -> bool:
        """Does [start, end) overlap a recorded span? The spans are disjoint, so only the last one that
        starts before ``end`` can reach past ``start`` (the earlier ones end before it starts)."""
        at = bisect.bisect_left(self.b_starts, end) - 1
        return at >= 0 and start < self.b_ends[at]

    # ---- main loop -------------------------------------------------------------------------------
    def run(self) -> list[NumberMention]:
        self.dates()
        blocked = sorted(self.blocked)
        size = self.size
        k, s, t = self.k, self.s, self.t
        cache = _INFO_CACHE
        i = 0
        b = 0
        while i < size:
            kind = k[i]
            if kind not in ("n", "w"):
                i += 1
                continue
            if blocked:
                while b < len(blocked) and blocked[b][1] <= s[i]:
                    b += 1
                if b < len(blocked) and blocked[b][0] <= s[i] < blocked[b][1]:
                    i += 1
                    continue
            if kind == "n":
                core = self.digit_core(i)
                i = self.finish_quantity(core) if core is not None else i + 1
                continue
            tok = t[i]
            info = cache[tok] if tok in cache else _analyse(tok)
            if info is None:
                if i + 1 < size and (t[i + 1] in _UNTIL or (
                        t[i + 1][:1] == "و" and (self.word(i + 1) or "")[1:] in _FRACTIONS)):
                    done = self.unit_and_fraction(i)     # "ساعة ونصف", "من متر إلى متر ونصف"
                    if done is not None:
                        i = done
                        continue
                i += 1
                continue
            i = self.dispatch(i, info)
        return self.resolve()

    def dispatch(self, i: int, info: _Word) -> int:
        cat = info.cat
        if cat == _NUM:
            if info.al:
                done = self.postposed(i, info)
                if done is None and info.base not in _TWO_WORDS and info.base not in _TEEN_ONLY \
                        and (self.pre_qualifier(i) is not None or self.noun_follows(i)):
                    core = self.word_core(i, info)       # "يفوق المائتين", "الستة أعوام"
                    return self.finish_quantity(core) if core is not None else i + 1
                return done if done is not None else i + 1
            base = info.base
            nxt = self.word(i + 1)
            if base in _TEEN_ONLY and nxt not in _TEN_WORDS:
                return i + 1
            if not info.pre and self.word(i - 1) in _KUNYA:
                return i + 1                             # "فيصل أبو اثنين": a family name
            if base in _SHORT_FORMS:
                if nxt is None and i + 2 < self.size and self.t[i + 1] in _NAME_QUOTES:
                    quoted = self.word(i + 2)           # "سبع «مدن حاويات»"
                    nxt = quoted if quoted is not None and not quoted.startswith("ال") else None
                if nxt is None or nxt in _STOPWORDS or (i + 1 < self.size and self.k[i + 1] == "n"):
                    return i + 1
            if base in _ONE_WORDS:
                done = self.postposed(i, info)
                if done is not None:
                    return done
                if nxt is None or (_unit_of(nxt, allow_al=False) is None and _counted_en(nxt) is None):
                    return i + 1
            if base in _TWO_WORDS and not info.pre:
                done = self.postposed(i, info)
                if done is not None:
                    return done
            core = self.word_core(i, info)
            if core is None:
                return i + 1
            return self.finish_quantity(core)
        if cat == _SCALE_PL:
            return self.vague(i, info)
        if cat == _VAGUE_CAT:
            return self.vague(i, info)
        if cat == _ORD:
            return self.ordinal(i, info)
        if cat == _ORD_BARE:
            return self.bare_ordinal(i, info)
        if cat == _DUAL:
            return self.dual(i, info)
        if cat == _FRACTION:
            core = self.word_core(i, info)
            return self.finish_quantity(core) if core is not None else i + 1
        return i + 1

    def resolve(self) -> list[NumberMention]:
        text = self.text
        ordered = sorted(self.found, key=lambda f: (f.start, -(f.end - f.start)))
        out: list[NumberMention] = []
        last_end = -1
        for f in ordered:
            start, end = f.start, f.end
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end or start < last_end:
                continue
            out.append(NumberMention(
                text=text[start:end], value=f.value, kind=f.kind, unit=f.unit, start=start, end=end,
                counted=f.counted, counted_en=f.counted_en, qualifier=f.qualifier, vague=f.vague,
                value_max=f.value_max,
            ))
            last_end = end
        return out


def _date_year_ok(year: int, hijri_month: bool, suffix: str | None) -> bool:
    """A Hijri month takes a Hijri year (1300-1500); a Gregorian one 1900-2100, or a Hijri year marked هـ."""
    if hijri_month:
        return 1300 <= year <= 1500
    return 1900 <= year <= 2100 or (suffix in ("هـ", "ه") and 1300 <= year <= 1500)


def _can_join(total: float, partial: float, last_scale: int, value: int, waw: bool, base: str) -> bool:
    """May a number word continue the compound so far? (ثلاثة آلاف، خمسة عشر، مئة وخمسون …)."""
    if base in _DUAL_SCALES:
        return False
    if value in _SCALES:
        if waw:
            return False
        if last_scale and value >= last_scale:
            return False
        return partial > 0
    if not waw:
        if value == 10 and 1 <= partial <= 9:
            return True
        return value == 100 and 1 <= partial <= 9
    if partial == 0:
        return total > 0 and value < last_scale
    if partial < 10:
        return value in _TENS
    if partial < 100:
        return False  # after tens/teens only a scale may follow (handled above)
    rest = partial % 100
    if rest == 0:
        return value < 100
    return rest < 10 and value in _TENS


def _looks_like_verb(norm: str) -> bool:
    if norm.endswith("وا") or norm.endswith("و"):
        return True
    if len(norm) >= 5 and norm[0] in "فول" and norm[1] in "يت" and _looks_like_verb(norm[1:]):
        return True                 # "فينبغي", "ويقول"
    if len(norm) >= 4 and norm[0] in "يت" and norm.endswith(("ون", "ان")):
        return True
    if len(norm) >= 4 and norm[0] == "ي":
        return True
    return len(norm) >= 4 and norm[0] == "س" and norm[1] in "يت"


def _looks_like_adverb(norm: str) -> bool:
    """A nisba adjective with tanween used as an adverb: "عالمياً", "عربياً", "محلياً" (not ضحايا، قضايا)."""
    return len(norm) >= 5 and norm.endswith("يا") and not norm.endswith("ايا")


def _is_construct_like(norm: str) -> bool:
    """An indefinite noun in construct state (مقاتلي، عناصر …) as in "1000 من مقاتلي داعش"."""
    return not norm.startswith("ال") and norm.endswith("ي") and len(norm) >= 4


def _without_clitic(norm: str) -> tuple[str, int]:
    """A normalised word without its leading clitics (و ف ب ل ك) and how many letters they were; لل
    becomes ال ("للأشهر" → "الأشهر", 1: the span keeps the article's ل)."""
    for prefix in ("ولل", "فلل", "لل"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 1:
            return "ال" + norm[len(prefix):], len(prefix) - 1
    for prefix in ("وبال", "وال", "فال", "بال", "كال"):
        if norm.startswith(prefix) and len(norm) > len(prefix) + 1:
            return norm[len(prefix) - 2:], len(prefix) - 2
    if len(norm) > 3 and norm[0] in _CLITICS:
        return norm[1:], 1
    return norm, 0


def _has_pronoun(norm: str) -> bool:
    return norm.endswith(("هم", "ها", "هن", "كم"))


def extract_numbers(text: str) -> list[NumberMention]:
    """All numeric mentions in ``text`` (cleaned article text), sorted by start, non-overlapping.

    Pure and thread-safe (the only shared state is two bounded memo dicts of word analyses).
    """
    if not text:
        return []
    return _Scanner(text).run()
