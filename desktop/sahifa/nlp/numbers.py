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
import by :mod:`sahifa.nlp.numbers_lexicon`; the engine holds only the grammar.

Layout (flat sibling modules, all compiled by mypyc with the rest of the engine): ``numbers_lexicon``
(the data files), ``numbers_words`` (tokens, regexes, the analysis of one word), and the scanner, one
class built in layers that each call only themselves and the layers below — ``numbers_scan`` (tokens,
units, counted nouns, the core of a quantity) ← ``numbers_quantity`` (units, ranges, years, ordinals,
vague and dual readings) ← ``numbers_dates`` (dates and times) ← this module (the pass over the text
and :func:`extract_numbers`). Two small filters run on the resolved mentions: ``numbers_names`` (number
words that are names: a tribe "شهران", the adverb "أولا") and ``numbers_implied`` (a bare figure that
takes the scale and currency of the amount it is compared with).

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
  "من 3 إلى 5" and "من الـ13 وحتى الـ17" are ranges too, also after a verb of change ("ارتفع من 3 إلى 5
  ملايين"): the gold README makes a range one mention, and every "من X إلى Y" of the gold is one (also
  "انخفاضا من مليارين إلى ثلاثة مليارات"); a fall ("تراجع من 127 إلى 116") is two figures, not a range.
* **Dates**: one mention over the whole date ("20 فبراير 2019", "ديسمبر(كانون الأول) 2017",
  "كانون الثاني/يناير 2019", "20/2/2019"), ``kind="date"``, ``value`` = the year (int) and ``unit`` =
  ISO string: "2019-02-20", "2017-12", with "THH:MM" when a time follows the date. Without a year:
  ``value=None`` and unit "--MM-DD". Hijri months and years the same way ("5 شوال 1436هـ" → 1436,
  "1436-10-05"; "27 / 8 / 1412هـ"); an ordinal day ("السابع من ذي القعدة" → "--11-07"); days listed
  before a date share its month ("10 و11 و12 شوال" → three dates), a day range before a month is one
  date dated by its first day ("5 إلى 15 أغسطس" → "--08-05", qualifier range). A lone time "13:44" →
  ``kind="other"``, ``unit="time"``, value 13.44 (since session 12, as the real-news gold values it;
  with a part of the day, "5:30 مساء", valued 5.3); an hour ("الساعة الثالثة", "الخامسة فجرا", "11
  مساءً", "الساعة 0706" → 7.06) → ``kind="other"``, ``unit="time"``, value the hour as written (hh.mm);
  "من الثامنة صباحاً وحتى الثالثة مساءً" and "من 8 صباحًا وحتى 3 مساء" are one time range (value_max 3, not 15). A match score "2-1" → ``kind="other"``,
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
  "أول النهار", "الفريق أول" and month names (كانون الأول، ربيع الأول) are not. A bare ordinal from
  ثالث on after an indefinite noun it describes is one ("ولاية خامسة", "لقب سابع"), and bare أولى before
  a plural ("أولى مبارياته", "أولى الخطوات"), not أولى "more deserving" ("أولى بالرعاية").
* **Vague** (مئات، عشرات، آلاف، ملايين، عشرات الآلاف، بضعة، عدة، العشرات …) → ``value=None``,
  ``vague=True``; ``kind="count"`` with the counted noun, or the unit's kind when the noun is a unit
  ("ملايين الدولارات" → money/USD, "بضعة أيام" → duration/day, unit word then in the span).
* **Duals**: of time/distance/money units always (يومين، اليومين، أسبوعين، كيلومترين) → value 2 with
  the unit, except a tribe's name (numbers_names: "قبيلة شهران", not two months); not of count nouns
  (فتاتين، هجومين، البلدين: optional in the gold README, often left out by its annotators).
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

from dataclasses import replace

from ..core.model import NumberMention
from .numbers_dates import _DateScanner
from .numbers_implied import _implied_scale
from .numbers_lexicon import (
    _FRACTIONS,
    _KUNYA,
    _ONE_WORDS,
    _SHORT_FORMS,
    _STOPWORDS,
    _TEEN_ONLY,
    _TEN_WORDS,
    _TENS,
    _TWO_WORDS,
    COUNTED_NOUNS,
    _is_plural,
)
from .numbers_names import _first_adverb, _first_team, _tribe_dual
from .numbers_words import (
    _DUAL,
    _FRACTION,
    _NAME_QUOTES,
    _NUM,
    _ORD,
    _ORD_BARE,
    _SCALE_PL,
    _UNTIL,
    _VAGUE_CAT,
    _as_number,
    _Core,
    _counted_en,
    _skip_letters,
    _unit_of,
    _Word,
    normalize_word,
)

# isort: split

__all__ = ["COUNTED_NOUNS", "extract_numbers", "normalize_word"]


class _Scanner(_DateScanner):
    """One pass over a text: dates first, then every number token, then the overlaps resolved."""

    __slots__ = ()

    # ---- main loop -------------------------------------------------------------------------------
    def run(self) -> list[NumberMention]:
        self.dates()
        blocked = sorted(self.blocked)
        size = self.size
        k, s, t, wa = self.k, self.s, self.t, self.wa
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
            info = wa[i]
            if info is None:
                if self.first_of(i):                     # "في أولى مبارياته", "أولى الخطوات"
                    i += 1
                    continue
                if i + 1 < size and (t[i + 1] in _UNTIL or (
                        t[i + 1].startswith("و") and (self.word(i + 1) or "")[1:] in _FRACTIONS)):
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
                if (nxt is None or (_unit_of(nxt, allow_al=False) is None and _counted_en(nxt) is None)) \
                        and not self.tens_follow(i):
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
            if core is None:
                core = self.fraction_of_unit(i, info)
            return self.finish_quantity(core) if core is not None else i + 1
        return i + 1

    def tens_follow(self, i: int) -> bool:
        """"واحد وسبعين متدربا", "واحدة وعشرون": one, then و and a tens word, is one compound number."""
        after = self.info(i + 1)
        return after is not None and after.cat == _NUM and after.clitic == "و" and not after.al \
            and int(after.value) in _TENS

    def fraction_of_unit(self, i: int, info: _Word) -> _Core | None:
        """"ربع ساعة" (0.25 hour), "نصف ساعة", "ربع قرن": a fraction before an indefinite unit of time."""
        nxt = self.word(i + 1)
        if nxt is None or nxt.startswith("ال"):
            return None
        unit = _unit_of(nxt, allow_al=False)
        if unit is None or unit[0] != "duration" or _is_plural(nxt):   # "نصف ساعات يومه": half of them
            return None
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        return _Core(info.value, i, i + 1, start, self.e[i], False, False)

    def resolve(self) -> list[NumberMention]:
        text = self.text
        ordered = sorted(self.found, key=lambda f: (f.start, -(f.end - f.start)))
        out: list[NumberMention] = []
        last_end = -1
        for f in ordered:
            start, end = f.start, f.end
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end or start < last_end or _not_a_quantity(text, start, end, f.unit, f.kind, f.counted) \
                    or _tribe_dual(text, start, end, f.kind) or _first_adverb(text, start, end, f.kind) \
                    or _first_team(text, start, end, f.kind):
                continue
            out.append(NumberMention(
                text=text[start:end], value=f.value, kind=f.kind, unit=f.unit, start=start, end=end,
                counted=f.counted, counted_en=f.counted_en, qualifier=f.qualifier, vague=f.vague,
                value_max=f.value_max,
            ))
            last_end = end
        return _implied_scale(text, _clock_split(text, _year_ranges(text, _lower_scale_ranges(_currency_subunits(
            text, _merge_ranges(text, _merge_restated(text, out)))))))


# a counted subunit of a currency is money in the main unit: "ستة سنتات" 0.06 USD, "50 هللة" 0.5 SAR
_SUBUNITS = {"سنت": "USD", "سنتات": "USD", "سنتا": "USD", "هلله": "SAR", "هللات": "SAR", "هللا": "SAR"}
def _currency_subunits(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A count of cents or halalas is an amount of money in dollars or riyals ("91 سنتا للسهم" → 0.91 USD,
    the gold's reading), its span running to the unit word."""
    out: list[NumberMention] = []
    for m in found:
        code = _SUBUNITS.get(normalize_word(m.counted)) if m.kind == "count" and m.counted and m.value is not None else None
        at = text.find(m.counted, m.end, m.end + 3 + len(m.counted)) if code is not None and m.counted else -1
        if code is None or at < 0 or m.counted is None or m.value is None:
            out.append(m)
            continue
        end = at + len(m.counted)
        vmax = round(m.value_max / 100, 4) if m.value_max is not None else None
        out.append(replace(m, text=text[m.start:end], value=_as_number(round(m.value / 100, 4)), kind="money",
                              unit=code, end=end, counted=None, counted_en=None, value_max=vmax))
    return out


def _lower_scale_ranges(found: list[NumberMention]) -> list[NumberMention]:
    """"من 800 إلى مليون درهم": a bare first figure too small for the second's scale counts in the scale
    below it (800 thousand to a million), as ranges in news span less than three orders of magnitude."""
    out: list[NumberMention] = []
    for m in found:
        v, top = m.value, m.value_max
        if m.qualifier == "range" and v is not None and top is not None and top >= 1_000_000 and 1 <= v < 1000 \
                and top / v > 1000 and m.text.split()[0].isdigit():
            scale = 1_000_000
            while scale * 1000 <= top:
                scale *= 1000
            if v * scale <= top:                       # "3 ـ 4 مليون": the second's own scale
                m = replace(m, value=_as_number(v * scale))
            elif v * scale // 1000 < top:              # "800 إلى مليون": the scale below it
                m = replace(m, value=_as_number(v * scale // 1000))
        out.append(m)
    return out


_YEAR_LINKS = frozenset(("و", "حتى", "وحتى", "إلى", "الى", "وإلى", "-", "–"))
_YEARS_NOUNS = frozenset(("العامين", "عامي", "الأعوام", "الاعوام", "السنوات", "الفترة"))


def _year_ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """"من 2001 حتى 2004", "بين العامين 1981 و2005": one year range (value the first year, value_max the
    second); the dual "العامين" that introduces it is no duration."""
    out: list[NumberMention] = []
    for m in found:
        if out and m.kind == "year" and out[-1].kind == "year" and m.value is not None:
            a = out[-1]
            link = text[a.end : m.start].strip()
            before = [w.strip("(«\"“،,") for w in text[max(0, a.start - 20) : a.start].split()[-2:]]
            opener = before[-1] if before and before[-1] not in _YEARS_NOUNS else before[0] if before else ""
            # "بين 1981 و2005", "من 2001 حتى 2004"; not a list ("عامي 2013 و2014", "في 2012 و2014")
            if link in _YEAR_LINKS and a.value is not None and a.value < m.value and a.value_max is None \
                    and m.value_max is None and (opener == "بين" or (opener == "من" and link != "و")):
                out[-1] = replace(a, text=text[a.start : m.end], end=m.end, qualifier="range", value_max=m.value)
                if before[-1] in ("العامين", "عامي") and len(out) >= 2 and out[-2].kind == "duration" \
                        and not text[out[-2].end : a.start].strip():
                    del out[-2]
                continue
        out.append(m)
    return out


def _clock_split(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A clock time whose minutes were set before the hour by right-to-left editing ("الساعة 49: 12 ظهراً",
    minutes over 24 so not an hour): one time, valued hh.mm as the gold writes it (12.49)."""
    out: list[NumberMention] = []
    for m in found:
        if out and m.unit == "time" and isinstance(m.value, int) and 0 <= m.value <= 24:
            a = out[-1]
            if isinstance(a.value, int) and 24 < a.value < 60 and text[a.end : m.start].strip() == ":" \
                    and a.value_max is None and m.value_max is None:
                out[-1] = replace(m, text=text[a.start : m.end], start=a.start,
                                     value=_as_number(round(m.value + a.value / 100, 2)))
                continue
        out.append(m)
    return out


def _same_quantity(a: float | int, b: float | int) -> bool:
    """Equal, or equal once the smaller takes a scale: "(210) مائتين وعشرة ملايين" (210 and 210,000,000)."""
    small, big = (a, b) if a <= b else (b, a)
    return small > 0 and any(small * scale == big for scale in (1, 1_000, 1_000_000, 1_000_000_000))


def _merge_restated(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """One mention for a figure restated in parentheses beside it, in digits or in words ("(210) مائتين
    وعشرة ملايين ريال", "500 ألف (خمسمائة ألف) ريال"): the whole span, the larger value, the unit of
    the side that has one (official Saudi writing states amounts twice)."""
    out: list[NumberMention] = []
    for m in found:
        if out:
            a = out[-1]
            gap = text[a.end : m.start]
            wrapped = (a.start > 0 and text[a.start - 1] == "(" and gap.lstrip().startswith(")")) or (
                gap.rstrip().endswith("(") or m.text.startswith("("))
            if wrapped and not gap.strip(" ()") and a.value is not None and m.value is not None \
                    and a.kind not in ("date", "year") and m.kind not in ("date", "year") \
                    and _same_quantity(a.value, m.value):
                start = a.start - 1 if a.start > 0 and text[a.start - 1] == "(" else a.start
                end = m.end + 1 if m.end < len(text) and text[m.end] == ")" and not m.text.startswith("(") else m.end
                rich = m if a.kind == "count" else a
                out[-1] = NumberMention(
                    text=text[start:end], value=max(a.value, m.value), kind=rich.kind, unit=a.unit or m.unit,
                    start=start, end=end, counted=a.counted or m.counted, counted_en=a.counted_en or m.counted_en,
                    qualifier=a.qualifier or m.qualifier, vague=False, value_max=None,
                )
                continue
        out.append(m)
    return out


_RANGE_LINKS = frozenset(("إلى", "الى", "حتى", "وحتى", "-", "–", "ـ"))


def _more_or_less(text: str, start: int) -> bool:
    """Whether "أكثر من" / "أقل من" comes right before ``start`` ("هبط بأكثر من 45 دولارا إلى 1088 دولارا":
    an amount of change and the level reached, not a range)."""
    before = text[max(0, start - 16) : start].split()
    return len(before) >= 2 and before[-1] == "من" and before[-2].lstrip("وب") in ("أكثر", "اكثر", "أقل", "اقل")


def _merge_ranges(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """One range for two quantities joined by إلى/حتى or a dash when the first did not take the second's
    unit ("تتراوح بين 10 إلى 20 ألف ريال", "من مليارين إلى ثلاثة مليارات"): the first value, the second
    as value_max, the second's kind, unit and counted noun; not from one ("لنقطة واحدة إلى 4 أيام": a
    change). Dates and years keep their own parser."""
    out: list[NumberMention] = []
    for m in found:
        if out:
            a = out[-1]
            if text[a.end : m.start].strip() in _RANGE_LINKS and a.value is not None and m.value is not None \
                    and a.value < m.value and a.value_max is None and m.value_max is None and not m.vague \
                    and a.kind in (m.kind, "count") and m.kind not in ("date", "year", "ordinal") \
                    and not a.text.endswith(("واحد", "واحدة")) and not _more_or_less(text, a.start):
                out[-1] = NumberMention(
                    text=text[a.start : m.end], value=a.value, kind=m.kind, unit=m.unit, start=a.start,
                    end=m.end, counted=m.counted, counted_en=m.counted_en, qualifier="range", vague=False,
                    value_max=m.value,
                )
                continue
        out.append(m)
    return out


_PAIRS = (("«", "»"), ("“", "”"))


def _inside_short_name(text: str, start: int, end: int) -> str | None:
    """The quotation of two to four words on its line that [start, end) sits in, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    opened = close = -1
    for o, c in _PAIRS:
        at = text.rfind(o, line_start, start)
        if at >= 0 and text.rfind(c, at, start) < 0:
            opened, close = at, text.find(c, end, line_end)
            break
    if opened < 0 and text.count('"', line_start, start) % 2 == 1:
        opened, close = text.rfind('"', line_start, start), text.find('"', end, line_end)
    if opened < 0 or close < 0:
        return None
    inside = text[opened + 1 : close]
    return inside if 2 <= len(inside.split()) <= 4 else None


_FIRST = frozenset(("اولا", "الاولي", "الاول", "اول"))


def _fixed_phrase(text: str, start: int, end: int) -> bool:
    """Ordinal words inside set phrases that rank nothing: "البارحة الأولى" (the night before last),
    "أولاً بأول" (as it comes), "في المقام الأول" (above all), "فالأولى أن" (it is better to),
    "كم/ الثانية" (per second)."""
    norm = normalize_word(text[start:end])
    before = text[max(0, start - 16) : start].split()
    after = text[end : end + 12].split()
    prev = normalize_word(before[-1]) if before else ""
    nxt = normalize_word(after[0]).strip("،,.") if after else ""
    if norm in _FIRST:
        if norm == "الاولي" and prev.lstrip("و") == "البارحه":
            return True
        if norm == "اولا" and nxt == "باول":
            return True
        if norm == "اول" and start > 0 and text[start - 1] == "ب" and len(before) >= 2 \
                and normalize_word(before[-2]) == "اولا":
            return True
        if norm == "الاول" and prev.lstrip("وب") in ("المقام", "بالمقام"):
            return True
        if norm == "الاولي" and start > 0 and text[start - 1] == "ف" and nxt in ("ان", "بان"):
            return True
    return text[max(0, start - 3) : start].rstrip().endswith("/") and norm in ("الثانيه", "الساعه")


def _not_a_quantity(
    text: str, start: int, end: int, unit: str | None, kind: str, counted: str | None
) -> bool:
    """Mentions that are words of something else (seen on real news outside the gold sets):

    * number words inside a short quotation that names something («الأسبوع الثالث», “ألف ألف”):
      an ordinal, or a cardinal counting nothing inside the quotation, with no digit and no unit ("«ثلاثة أيام»" and
      "«ثلاثة آلاف متشدد»" stay);
    * "في الثانية" after a figure: a rate ("54 ميغابت في الثانية"), not the second of anything;
    * a digit joined by "/" to a Latin code ("ps/2").
    """
    span = text[start:end]
    if start >= 2 and text[start - 1] == "/" and "a" <= text[start - 2].lower() <= "z":
        return True
    if kind == "ordinal" and _fixed_phrase(text, start, end):
        return True
    if span == "الثانية" and text[max(0, start - 3) : start] == "في ":
        before = text[max(0, start - 30) : start - 3].split()
        if len(before) >= 2 and any(ch.isdigit() for ch in before[-2]):
            return True
    if unit is not None or kind not in ("ordinal", "count") or any(ch.isdigit() for ch in span):
        return False
    name = _inside_short_name(text, start, end)
    # a count keeps its reading when what it counts is inside the quotation too
    return name is not None and (kind == "ordinal" or counted is None or counted not in name.split())


def extract_numbers(text: str) -> list[NumberMention]:
    """All numeric mentions in ``text`` (cleaned article text), sorted by start, non-overlapping.

    Pure and thread-safe (the only shared state is two bounded memo dicts of word analyses).
    """
    if not text:
        return []
    return _Scanner(text).run()
