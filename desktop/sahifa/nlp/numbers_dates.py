"""The number scanner's third layer: dates (Gregorian and Hijri, numeric and with month names), ordinal
days, days listed before a month, and times after a date (see ``numbers_scan`` for the layers)."""

from __future__ import annotations

import re

from ..core.arabic import ascii_digits, word_key
from .numbers_lexicon import _DAYTIME, _HIJRI_MONTH_NAMES, _MONTHS, _ORDINAL_TEEN_ONLY, _TEN_WORDS
from .numbers_quantity import _QuantityScanner
from .numbers_words import (
    _CLOSE_BRACKET,
    _DATE_RE,
    _DAY_BEFORE,
    _EARLIER_DAY,
    _MONTH_FIRST_WORDS,
    _MONTH_TAIL_RE,
    _NUM,
    _NUMERIC_DATE_RE,
    _ORD,
    _RANGE_DAY,
    _SPACE_RUN,
    _TIME_RE,
    _date_year_ok,
    _Found,
    _has_numeric_date,
    _may_have_time,
    _skip_letters,
)

# a numeric date whose day is a range: "4-5/10/1436هـ", "12 - 14 / 7 / 2015" (one date, its first day)
_DAY_RANGE_DATE_RE = re.compile(
    r"(?<![0-9٠-٩.,/\-])(?P<d0>[0-9٠-٩]{1,2}) ?[-–] ?(?P<d>[0-9٠-٩]{1,2}) ?/ ?(?P<m>[0-9٠-٩]{1,2}) ?/ ?"
    r"(?P<y>[0-9٠-٩]{4})(?![0-9٠-٩])(?:\s?(?:هـ|ه|م)(?![\u0621-\u064A]))?"
)
# the ISO of a day and month without a year ("--11-29"), and what may join two dates into one range
_MONTH_DAY_ISO = re.compile(r"--([0-9]{2})-([0-9]{2})$")
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|ـ{1,4}|إلى|الى|حتى|وحتى)\s*")
# a word right after a clock time ("5:30 مساء"), diacritics and tanween allowed
_DAYTIME_AFTER = re.compile(r"\s*([\u0621-\u064A]+)[\u064B-\u0652]*(?![\w])")

class _DateScanner(_QuantityScanner):
    """Dates and times, found before the quantities and blocking them."""

    __slots__ = ()

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
        first_found = len(self.found)
        self.month_name_dates()
        self.join_month_ranges(first_found)
        self.numeric_dates()

    def month_name_dates(self) -> None:
        """Dates written with a month name (Gregorian, Syriac or Hijri), with their ranges and days."""
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

    def join_month_ranges(self, first: int) -> None:
        """A day and month without a year, a dash or إلى/حتى, then a dated day with its year, is one date
        range across two months (gold README: ranges are one mention): "من 29 ذي القعدة ــ 2 ذي الحجة
        1423هـ", "من 28 يونيو إلى 3 يوليو 2015" (the first day takes the second's year, or the year
        before when its month comes later)."""
        found = self.found
        k = first
        while k + 1 < len(found):
            a, b = found[k], found[k + 1]
            head = _MONTH_DAY_ISO.match(a.unit or "")
            if a.kind == "date" and b.kind == "date" and a.value is None and head is not None \
                    and isinstance(b.value, int) and b.qualifier is None \
                    and _RANGE_GAP.fullmatch(self.text, a.end, b.start) is not None:
                month, day = int(head.group(1)), int(head.group(2))
                year = b.value - 1 if b.unit and b.unit[5:7].isdigit() and month > int(b.unit[5:7]) else b.value
                found[k : k + 2] = [_Found(b.value, "date", self._iso(year, month, day, None, None), a.start,
                                           b.end, qualifier="range")]
            k += 1

    def numeric_dates(self) -> None:
        """Numeric dates ("22/9/1436هـ", day ranges "4-5/10/1436هـ") and clock times."""
        text = self.text
        for m in (_DAY_RANGE_DATE_RE.finditer(text) if "/" in text else ()):
            day_a, day_b, month_no, year_no = (int(ascii_digits(m.group(g))) for g in ("d0", "d", "m", "y"))
            if 1 <= day_a < day_b <= 31 and 1 <= month_no <= 12 and (1900 <= year_no <= 2100 or 1300 <= year_no <= 1500):
                self._emit_date(year_no, self._iso(year_no, month_no, day_a, None, None), m.start(), m.end(), "range")
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
                after = _DAYTIME_AFTER.match(text, m.end())
                if after is not None and word_key(after.group(1)).rstrip("ا") in _DAYTIME:
                    # "5:30 مساء", "الساعة 7:15 صباحا": a time of day, valued hh.mm as "9.30 مساء" (9.3)
                    value = float(f"{hh}.{mm:02d}")
                    self.found.append(_Found(int(value) if value.is_integer() else value, "other", "time",
                                             m.start(), after.end()))
                    self._block(m.start(), after.end())
                    continue
                # a lone clock time ("الساعة 05:47 بتوقيت غرينتش"): a time of day valued hh.mm as the real
                # news gold writes it (5.47), no longer value None with the clock as unit
                after_words = text[m.end() : m.end() + 12].split()
                if after_words and after_words[0].startswith(("دقيق", "دقائق")) \
                        and "ساع" not in text[max(0, m.start() - 10) : m.start()]:
                    # "مدته 2:58 دقيقة": a length in minutes and seconds, not a time of day
                    self.found.append(_Found(None, "other", f"{hh:02d}:{mm:02d}", m.start(), m.end()))
                else:
                    value = float(f"{hh}.{mm:02d}")
                    self.found.append(_Found(int(value) if value.is_integer() else value, "other", "time",
                                             m.start(), m.end()))
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
