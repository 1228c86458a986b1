"""Words and tokens of the number engine: normalisation, the token and date regexes, the cached analysis
of one word (:func:`_analyse`), lexicon lookups of nouns and units, digit parsing, and the records the
scanner builds (:class:`_Core`, :class:`_Found`)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..core.arabic import DIACRITICS, EXTENDED_MARKS, TATWEEL, ascii_digits, strip_marks, word_key
from .numbers_lexicon import (
    _BARE_ORDINAL_SKIP,
    _CLITICS,
    _COUNTED_DUAL_KEYS,
    _DUAL_SCALES,
    _FRACTIONS,
    _MONTH_ROWS,
    _NEVER_NUMBERS,
    _NUMBER_WORDS,
    _ORDINALS,
    _PERCENT_WORDS,
    _PLURAL_SCALES,
    _SCALES,
    _TENS,
    _UNIT_DUALS,
    _UNITS,
    _VAGUE,
    COUNTED_NOUNS,
)

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
# a chunk that is one _TOKEN_RE word and nothing else: that word is its one token, at offset 0
_ONE_WORD_RE = re.compile(rf"[{_W_FIRST}][\u0621-\u065f\u0670\u0671-\u06d3\u06fa-\u06ff]*")
# the first characters of digit and word tokens ([_D], [_W_FIRST]) as sets: a set look-up per token, where two
# regex matches on one character cost ~3,000 instructions compiled
_DIGIT_FIRST = frozenset(chr(c) for a, b in ((0x30, 0x39), (0x660, 0x669), (0x6F0, 0x6F9)) for c in range(a, b + 1))
_WORD_FIRST = frozenset(chr(c) for a, b in ((0x621, 0x64A), (0x670, 0x6D3), (0x6FA, 0x6FF)) for c in range(a, b + 1))


def _kind_of(c: str) -> str:
    """The kind of a token (see _TOKEN_RE) from its first character ``c``."""
    c = c[:1]
    if c in _DIGIT_FIRST:
        return "n"
    if c in _WORD_FIRST:
        return "w"
    if c.isascii() and c.isalpha():
        return "l"
    return "b" if c == "\n" else "p"


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
    rf"(?:(?<![{_D}.,٫٬])(?:\((?=[{_D}]{{1,2}}\)))?(?P<d>[{_D}]{{1,2}})\)?\s*(?:من\s+)?(?:شهر\s+)?{_MONTH_GROUP}"
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
# a dash between two days: hyphen, en/em dash, or a free-standing run of tatweel ("4 ــ 6 ذي الحجة")
_DAY_DASH = r"(?:[-–—]|(?<=\s)ـ{1,4}(?=\s))"
_EARLIER_DAY = re.compile(rf"(?<![{_D}.,٫٬/])(?P<d>[{_D}]{{1,2}})\s*(?:{_DAY_DASH}|إلى|الى|حتى|و)\s*$")
_RANGE_DAY = re.compile(rf"(?<![{_D}.,٫٬/])(?P<d>[{_D}]{{1,2}})\s*(?:{_DAY_DASH}|إلى|الى|حتى)\s*$")
# the day before a month name, bracketed or not: "28 شعبان", "(28) من شعبان"
_DAY_BEFORE = re.compile(rf"(?<![{_D}.,٫٬])(?:\((?=[{_D}]{{1,2}}\)))?[{_D}]{{1,2}}\)?\s*(?:من\s+)?(?:شهر\s+)?$")
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


def _analyse(raw: str, norm: str | None = None) -> _Word | None:
    """What a word is as a number word (None: none); ``norm``: its :func:`word_key` when the caller has it."""
    if raw in _INFO_CACHE:
        return _INFO_CACHE[raw]
    if norm is None:
        norm = word_key(raw)
    result: _Word | None = None
    if norm not in _MAY_BE_NUMBER:
        pass  # no prefix + number word, no bare ordinal: most words (the loops below would find nothing)
    elif norm == "الاف":  # آلاف (thousands), not ال + اف
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


# One record per token of a chunk, computed once per distinct chunk (kept on the chunk's shared record,
# sahifa.nlp.normalize.Chunk) and read by the scanner at every occurrence: (offset, token, kind, and for a
# word (kind "w") its normal form and _analyse(token), else None and None). The scanner used to look each word
# up again in two more text-keyed caches (its normal form, its analysis).
_Piece = tuple[int, str, str, str | None, _Word | None]


def _chunk_pieces(chunk: str) -> tuple[_Piece, ...]:
    """The records (see :data:`_Piece`) of the tokens of a chunk of text without " " or "\n"."""
    if _ONE_WORD_RE.fullmatch(chunk) is not None:  # one word alone (most chunks): no scan, no copy of it
        norm = word_key(chunk)
        return ((0, chunk, "w", norm, _analyse(chunk, norm)),)
    pieces: list[_Piece] = []
    pos = 0
    find = chunk.find
    for tok in _TOKEN_RE.findall(chunk):
        pos = find(tok, pos)
        kind = _kind_of(tok[0])
        if kind == "w":
            norm = word_key(tok)
            pieces.append((pos, tok, kind, norm, _analyse(tok, norm)))
        else:
            pieces.append((pos, tok, kind, None, None))
        pos += len(tok)
    return tuple(pieces)


# Bare ordinals (no ال) read as ordinals: in construct before a noun ("ثالث أيام العيد", "أول زيارة"), with a
# pronoun ("أولها", "ثانيهما"), or adverbial ("ثالثاً" = thirdly). Not ثانية (also "a second"), أولى
# ("more deserving"), حادي (only before عشر): word class bare_ordinal_skip.
_ORDINAL_PRONOUNS = ("هما", "هم", "ها", "ه")
_BARE_PREFIXES = ("", "و", "ف", "ل", "ب")  # :func:`_bare_ordinal`'s clitics


def _may_be_number() -> frozenset[str]:
    """Every normal form :func:`_analyse` can read as a number word (a superset): a prefix of :data:`_PREFIXES`
    and a word :func:`_classify` knows, a bare ordinal (:func:`_bare_ordinal`: a clitic, an ordinal, and ا or a
    pronoun), and آلاف. Any other word is none, without trying the twenty prefixes and the bare ordinal's twenty
    readings on it (most words of a new text: ~60 µs each in pure Python)."""
    known: set[str] = set(_PLURAL_SCALES) | set(_NUMBER_WORDS) | set(_VAGUE) | set(_ORDINALS) \
        | set(_UNIT_DUALS) | set(_COUNTED_DUAL_KEYS) | set(_FRACTIONS)
    out = {"الاف"}
    for prefix, _pre, _al in _PREFIXES:
        out.update(prefix + base for base in known)
    for prefix in _BARE_PREFIXES:
        for stem in _ORDINALS:
            out.update(prefix + stem + suffix for suffix in ("", "ا", *_ORDINAL_PRONOUNS))
    return frozenset(out)


_MAY_BE_NUMBER: frozenset[str] = _may_be_number()


def _bare_ordinal(norm: str, raw: str) -> _Word | None:
    for prefix in _BARE_PREFIXES:
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


# Between the two years of a range: "2018-2019", "2008_2009", "1436/1437هـ", "1437ـ1441هـ" (tatweel).
_YEAR_DASHES = frozenset(("-", "–", "/", "_", "ـ"))


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
# Records the scanner builds
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
