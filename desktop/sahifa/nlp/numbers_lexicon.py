"""The number engine's language data, read from ``resources/lexicon/numbers/*.tsv`` (spaCy-style: the data
apart from the engine, in files a linguist can edit without reading code).

Each file's header says what its columns are; every Arabic word is stored as written and looked up by its
:func:`sahifa.core.arabic.word_key`. Everything is read once, at import (~2 ms): number words (pyarabic's
vocabulary plus ``cardinals.tsv``), scales, fractions, ordinals, units and currency adjectives, months,
qualifiers, stopwords, counted nouns with their English (plus the gazetteer's nationality nouns) and the
small closed word classes of ``word_classes.tsv``. The grammar's own morphology (clitics, pronoun
suffixes, connectors) stays in the engine modules.
"""

from __future__ import annotations

from importlib import resources

from pyarabic import number_const as _pyarabic_numbers

from ..core.arabic import word_key

# --------------------------------------------------------------------------------------------------
# Lexicons (all keys normalised with word_key), read from resources/lexicon/numbers/*.tsv
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
    "name_before_digit", "score_cue", "span_cue", "label_before_digit", "bare_ordinal_skip",
    "not_after_bare_ordinal", "year_noun", "unit_abbreviation", "daytime", "kunya",
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



# Word classes the grammar reads under their own names (word_classes.tsv describes each).
_NEVER_NUMBERS = _CLASS["never_number"]
# Not read as an ordinal without ال: ثانية (also "a second"), أولى ("more deserving"), حادي (only before عشر).
_BARE_ORDINAL_SKIP = _CLASS["bare_ordinal_skip"]
# Words after a bare ordinal that make it an idiom or a name: "أول أمس", "أول من أمس", "ثاني أكسيد".
_NOT_AFTER_BARE_ORDINAL = _CLASS["not_after_bare_ordinal"]
# A 3-4 digit number right after these is a year whatever its value ("عام 1534", "سنة 630 للميلاد").
_YEAR_NOUNS = _CLASS["year_noun"]
# Unit abbreviations: only after a number ("كم واحد" is "how many", not one kilometre).
_ABBREVIATIONS = _CLASS["unit_abbreviation"]
# After a number, a time of day: "11 مساءً", "7 صباحا", "3 فجرا".
_DAYTIME = _CLASS["daytime"]
# Words before a number word that make it part of a name: "أبو اثنين", "أم كلثوم"…
_KUNYA = _CLASS["kunya"]
