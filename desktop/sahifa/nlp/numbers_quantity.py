"""The number scanner's second layer: what a quantity is — its unit, counted noun, qualifier, range, year,
ordinal, vague or dual reading (see ``numbers_scan`` for the layers)."""

from __future__ import annotations

from ..core.arabic import ascii_digits, word_key
from .numbers_lexicon import (
    _ABBREVIATIONS,
    _COUNTED_DUALS,
    _DAYTIME,
    _FRACTIONS,
    _HIJRI_MONTHS,
    _HIJRI_SUFFIX,
    _NOT_AFTER_BARE_ORDINAL,
    _ORDINAL_BLOCKERS,
    _ORDINAL_CONTEXT_AL,
    _ORDINAL_NOUNS,
    _ORDINALS,
    _OTHER_BEFORE_DIGIT,
    _OUTLET_TRIGGERS,
    _SCORE_CUES,
    _STOPWORDS,
    _TEEN_ONLY,
    _TENS,
    _TWO_WORDS,
    _UNIT_DUALS,
    _VAGUE_BEFORE_SCALE,
    _YEAR_NOUNS,
    _YEAR_SUFFIX,
    _YEAR_TRIGGERS,
    _is_plural,
)
from .numbers_scan import _CLOCK_FRACTIONS, _CLOSERS, _DASHES, _OPENERS, _TokenScanner
from .numbers_words import (
    _NUM,
    _SCALE_PL,
    _THOUSANDS_DOTS,
    _TIMES_SIGNS,
    _VAGUE_CAT,
    _YEAR_DASHES,
    _as_number,
    _Core,
    _counted_en,
    _Found,
    _has_pronoun,
    _looks_like_verb,
    _lookup_forms,
    _parse_digits,
    _skip_letters,
    _unit_of,
    _without_clitic,
    _Word,
)

# a copula or pronoun before "الأولى بـ…" (more deserving of), not an ordinal
_BE_WORDS = frozenset("كان كانت كانوا يكون تكون يكونون هو هي هم فهو فهي فهم".split())


_MORE_LESS = frozenset(("أكثر", "اكثر", "أقل", "اقل"))  # "بأكثر من 45 دولارا إلى 1088 دولارا": no range

class _QuantityScanner(_TokenScanner):
    """Quantities: the core found by the first layer, finished."""

    __slots__ = ()

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
        if core.plain_int and 1 <= core.value <= 31 and not core.scaled:
            month_end = self.relative_month(j)
            if month_end is not None:               # "في 30 من الشهر الحالي": a day without a month name
                self.emit(_Found(None, "date", None, start, self.e[month_end - 1]))
                return month_end
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
        if core.digit and not core.scaled and self.word(j) in ("بتوقيت", "توقيت"):
            raw = ascii_digits(self.t[core.i0])
            if len(raw) == 4 and raw.isdigit() and int(raw[:2]) < 24 and int(raw[2:]) < 60:
                # "(0800 بتوقيت جرينتش)", "1405 بتوقيت غرينتش": a clock time in military form, hh.mm
                self.emit(_Found(_as_number(float(f"{int(raw[:2])}.{raw[2:]}")), "other", "time", start, end))
                return j
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

        # "دور الـ16", "الدور الـ32": a stage of a competition, not a number (gold README)
        if core.digit and before != core.i0 - 1 and prev_bare in ("دور", "الدور"):
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
            until = self.time_until(j + 1)
            if until is not None:                       # "من 8 صباحًا وحتى 3 مساء": one range
                self.emit(_Found(_as_number(core.value), "other", "time", start, self.e[until[1] - 1],
                                 qualifier="range", value_max=until[0]))
                return until[1]
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
            if core2.scaled and not core.scaled and (is_range or kind != "percent") \
                    and core2.value >= core.value * core2.scale:  # not "من 800 إلى مليون": 800, not 800 million
                value = core.value * core2.scale  # not "تراجع 3 بالمئة إلى 12 مليار": a change of two quantities
            if is_range:
                value_max = core2.value
                qualifier = "range"
                daytime = self.word(j2)
                if unit is None and daytime is not None and daytime.rstrip("ا") in _DAYTIME and core2.value < 24:
                    kind, unit, j2 = "other", "time", j2 + 1  # "من 5 إلى 9 مساء": a time range (gold)
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
        before_min = self.word(first - 1)
        if prev == "من" and connector in ("حتي", "الي") and (
                before_min is None or self.strip_clitic(before_min) not in _MORE_LESS):
            # "الفترة من 4 إلى 6", "ارتفع من 3 إلى 5 ملايين": one range when the second is the larger (the
            # gold README: a range is one mention; every "من X إلى Y" of the gold is one, also after a change)
            between = True
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
            # "كل تسعة إلى 12 شهرًا": the unit after the second number only (after من: a range above)
            shared = (j == core.i1 and kind2 is not None and prev is not None
                      and self.strip_clitic(prev) not in ("من", "منذ"))
            is_range = (between or shared) and (raw2 > raw1 or core2.value > core.value)
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
        if info.al and self.strip_clitic(prev) == "الساعه" and value == 1:
            # "الساعة الواحدة (والنصف) ظهرا": one o'clock, a time ("ساعة واحدة" is a duration)
            minutes = _CLOCK_FRACTIONS.get(self.word(j) or "", 0.0)
            if minutes:
                j += 1
            daytime = self.daytime_after(j)
            j = daytime if daytime is not None else j
            self.emit(_Found(_as_number(round(value + minutes, 2)), "other", "time", self.s[prev_i], self.e[j - 1]))
            return j
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
        if info.al and prev.startswith("ال") and len(prev) > 4 and value >= 3 and not self.noun_follows(j - 1):
            # any definite noun or its adjective: "العقود السبعة", "أيام العيد المبارك الثلاثة"
            self.emit(_Found(value, "count", None, start, end, self.t[prev_i], None, qualifier))
            return j
        return None

    def ordinal(self, i: int, info: _Word) -> int:
        prev = self.word(i - 1)
        if prev is not None and (prev in _ORDINAL_BLOCKERS or self.strip_clitic(prev) in _ORDINAL_BLOCKERS):
            return i + 1
        if info.value == 1 and not info.pre and self.not_first(i, prev):
            return i + 1
        hour = self.ordinal_value(i, info)
        if hour is None:
            return i + 1
        value, j = hour
        start = self.s[i] + _skip_letters(self.t[i], info.pre)
        after_daytime = self.daytime_after(j)
        minutes = _CLOCK_FRACTIONS.get(self.word(j) or "", 0.0)
        if minutes:                                 # "الساعة التاسعة والنصف (مساءً)": hh.mm as written
            after_daytime = self.daytime_after(j + 1)
        clock = info.base != "اولي" and (
            (prev is not None and self.strip_clitic(prev) in ("الساعه", "ساعه")) or after_daytime is not None
            or (info.al and info.base.endswith("ه") and value <= 12 and not info.pre
                and (prev is None or not _without_clitic(prev)[0].startswith("ال"))  # "المرحلة الثانية"
                and (minutes or self.daytime_construct(j))))  # "عند الرابعة والنصف من عصر غد"
        if not clock:
            month_end = self.relative_month(j)
            if month_end is not None and value <= 31:  # "في الثامن من الشهر المقبل": a day, undated
                self.emit(_Found(None, "date", None, start, self.e[month_end - 1]))
                return month_end
            upto = self.ordinal_until(i, j, value)
            if upto is not None:                    # "القرون من الثالث عشر وحتى السابع عشر": one range
                self.emit(_Found(value, "ordinal", None, start, self.e[upto[1] - 1],
                                 qualifier="range", value_max=upto[0]))
                return upto[1]
            self.emit(_Found(value, "ordinal", None, start, self.e[j - 1]))
            return j
        # "الساعة الثالثة فجراً", "الخامسة فجرا", "من الثامنة صباحاً وحتى الثالثة مساءً": a time of day
        clock_value: int | float = value
        if minutes:
            clock_value, j = round(value + minutes, 2), j + 1
        if after_daytime is not None:
            j = after_daytime
        value_max: int | None = None
        until = self.time_until(j)
        if until is not None:
            value_max, j = until
        self.emit(_Found(_as_number(clock_value), "other", "time", start, self.e[j - 1],
                         qualifier="range" if value_max is not None else None, value_max=value_max))
        return j

    def daytime_construct(self, j: int) -> bool:
        """"من عصر/صباح/مساء …" at j: the part of the day a feminine ordinal hour belongs to."""
        nxt = self.word(j + 1)
        return self.word(j) == "من" and nxt is not None and nxt.rstrip("ا") in _DAYTIME

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

    def not_first(self, i: int, prev: str | None) -> bool:
        """الأول/الأولى that is no ordinal: "كانوا الأولى بالرحيل" (more deserving); "…، الأول يقدم …
        والثاني يقدم" (the former … the latter); "الثلاث أيام الأولى" (the ordinal belongs to the
        duration just found: one mention)."""
        nxt = self.word(i + 1)
        if self.word(i) == "الاولي" and prev in _BE_WORDS and nxt is not None and nxt.startswith("ب") \
                and len(nxt) > 3:                 # not "هو الأول بالدوري" (first in the league)
            return True
        if (prev is None or (self.k[i - 1] == "p" and self.t[i - 1] in "،,.:؛")) and nxt is not None \
                and _looks_like_verb(nxt):
            for k in range(i + 2, min(self.size, i + 30)):
                if self.word(k) in ("والثاني", "والثانيه", "والاخر", "والاخري"):
                    return True
        last = self.found[-1] if self.found else None
        return last is not None and last.kind == "duration" and 0 <= self.s[i] - last.end <= 1

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
        if self.after_indefinite_noun(i, info):        # "ولاية خامسة", "لقب سابع", "خطة مساعدة ثالثة"
            self.emit(_Found(int(info.value), "ordinal", None, start, self.e[i]))
            return i + 1
        if nxt == "مره" and self.k[i + 1] == "w":       # "لأول مرة", "ثاني مرة": as "للمرة الأولى"
            self.emit(_Found(int(info.value), "ordinal", None, start, self.e[i]))
            return i + 1
        if nxt is None or nxt in _STOPWORDS or nxt in _NOT_AFTER_BARE_ORDINAL or self.info(i + 1) is not None:
            return i + 1
        if info.value == 1 and nxt.startswith("ال") and not _is_plural(nxt):
            return i + 1                                  # "أول النهار", "أول الشهر": the beginning of
        self.emit(_Found(int(info.value), "ordinal", None, start, self.e[i]))
        return i + 1

    def first_of(self, i: int) -> bool:
        """Bare "أولى" (also "more deserving": "أولى بالرعاية", "من باب أولى") as "the first of" a plural
        that follows, definite or with a pronoun ("أولى مبارياته", "أولى الخطوات"): emit ordinal 1."""
        norm = self.word(i)
        if norm is None or not norm.endswith("اولي"):  # (most words: tested before any slice is made)
            return False
        pre = 1 if norm[:1] in ("و", "ف", "ل", "ب") and norm[1:] == "اولي" else 0
        if norm[pre:] != "اولي" or i + 1 >= self.size or self.k[i + 1] != "w":
            return False
        nxt = self.word(i + 1)
        if nxt is None or nxt in _STOPWORDS:
            return False
        stem = nxt
        for suffix in ("هما", "هم", "ها", "ه"):
            if nxt.endswith(suffix) and len(nxt) - len(suffix) >= 4:
                stem = nxt[: -len(suffix)]
                break
        after = self.word(i + 2)
        if not _is_plural(stem) or (stem == nxt and not nxt.startswith("ال")
                                    and not (after is not None and after.startswith("ال"))):
            return False
        self.emit(_Found(1, "ordinal", None, self.s[i] + pre, self.e[i]))
        return True

    def after_indefinite_noun(self, i: int, info: _Word) -> bool:
        """A bare ordinal (ثالث … عاشر; not أول, ثاني, whose bare forms are mostly idioms) right after an
        indefinite noun it describes: "ولاية خامسة", "جندي خامس", "لعام ثالث"; not after a verb
        ("يأتي ثالث"), a preposition or a definite word."""
        if info.pre or info.value < 3 or info.base not in _ORDINALS or i == 0 or self.k[i - 1] != "w" \
                or self.e[i - 1] == self.s[i]:
            return False
        prev = self.word(i - 1)
        if prev is None or prev.startswith(("ال", "وال", "بال", "لل")) or prev in _STOPWORDS \
                or self.info(i - 1) is not None or _looks_like_verb(prev) or len(prev) < 3:
            return False
        nxt = self.word(i + 1)
        return nxt is None or not nxt.startswith("ال") or nxt in _STOPWORDS   # not "ثالث الدوري" (construct)

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
                if prev is None or prev in _STOPWORDS or self.wa[i - 1] is not None:
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
        en = _COUNTED_DUALS.get(info.base)     # a count noun's dual ("فتاتين"): two girls (optional in the gold)
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
