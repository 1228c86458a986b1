"""An article's date from its text, when its file states none: a dateline or a "published" line.

``core.articles`` already takes a line that is only a date ("الأربعاء 20 فبراير 2019 / 13:44") near the
top or the bottom of a file. Many articles carry their date elsewhere: in a dateline opening the first
paragraph ("الرياض - 21 يوليو 2015:", "القاهرة (رويترز) 21/7/2015 -") or in a short line such as
"نشر في 5 شوال 1436هـ الموافق 21 يوليو 2015م". The dates themselves are found by the number engine
(``nlp.numbers``: Gregorian and Hijri, numeric and with month names), which is why this lives in services
(storage and the window never import nlp).

Only a date we are confident of is taken; never a guess:

- a full Gregorian date (year, month and day) in 1900–2100; a Hijri date only through the Gregorian one
  it is written with (the arithmetic Hijri calendar is off by a day or two against Umm al-Qura, the
  calendar Saudi papers use, so a Hijri date alone is left undated);
- in a dateline: it opens the first paragraph after the title, after at most a few words of place or
  agency ending in a separator or a weekday ("الرياض - ", "(واس) ", "الأحد "), and is followed by a
  separator or the end of the paragraph — not by a comma, which makes it the date of an event ("في 26
  فبراير 2016، تنتخب…" is never taken);
- or in a short paragraph among the first or last three that opens by saying it is the publication date
  ("نُشر في", "تاريخ النشر", "آخر تحديث", "published", "updated"), with one date in it.

SaudiNewsNet files (title, then text) carry neither: their dates are the dates of events, and stay out.
"""

from __future__ import annotations

import re

from sahifa.core.model import Analysis, Article, NumberMention

__all__ = ["dateline_date"]

_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2})?$")
_SEPARATORS = "-–—:|/"
_WEEKDAYS = frozenset({"السبت", "الأحد", "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
                       "الخميس", "الجمعة", "يوم"})
# A paragraph that opens by saying it gives the publication date ("نُشر في", "تاريخ النشر:", "Updated").
_MARKERS = re.compile(r"^\W*(?:نُ?شِ?رَ?(?:\s+(?:في|بتاريخ|يوم))?|تاريخ النشر|آخر تحديث|اخر تحديث|تم النشر|"
                      r"published|updated|posted)(?:\W|$)", re.IGNORECASE)
_MARKER_LINE_MAX = 90   # characters of a "published on …" paragraph
_PREFIX_WORDS = 5       # words of place or agency before a dateline's date
_PREFIX_MAX = 60        # characters of them


def _gregorian(n: NumberMention) -> str | None:
    """The ISO date (with its time) of a full Gregorian date figure, else None."""
    if n.kind != "date" or not n.unit or n.value is None:
        return None
    m = _FULL_DATE.match(n.unit)
    if m is None or not 1900 <= int(m.group(1)) <= 2100:
        return None  # a Hijri year (1436) or no year
    return n.unit


def _dates_in(analysis: Analysis, start: int, end: int) -> list[NumberMention]:
    return sorted((n for n in analysis.numbers if n.kind == "date" and start <= n.start and n.end <= end),
                  key=lambda n: n.start)


def _opens_dateline(prefix: str) -> bool:
    """What comes before a dateline's date: nothing, or a few words ending in a separator, a bracketed agency
    ("(رويترز)") or a weekday."""
    stripped = prefix.strip()
    if not stripped:
        return True
    if len(stripped) > _PREFIX_MAX or len(stripped.split()) > _PREFIX_WORDS or any(c in stripped for c in ".،؛!?؟"):
        return False
    return stripped[-1] in _SEPARATORS + "()" or stripped.split()[-1] in _WEEKDAYS


def _closes_dateline(rest: str, prefix: str) -> bool:
    """What follows it: the end of the paragraph, a separator, or the bracket it was opened with."""
    tail = rest.lstrip()
    if not tail:
        return True
    return tail[0] in _SEPARATORS or (tail[0] == ")" and "(" in prefix)


def _after_hijri(text: str, dates: list[NumberMention], i: int, start: int) -> int:
    """Where a dateline's Gregorian date may start: after a Hijri date and its "الموافق" (that is, the
    Hijri date is the one opening the paragraph)."""
    hijri = dates[i - 1] if i > 0 else None
    if hijri is None or _gregorian(hijri) is not None or hijri.start - start > _PREFIX_MAX:
        return -1
    between = text[hijri.end:dates[i].start].strip(" ،,-–(")
    return hijri.start if between in ("", "الموافق", "م", "هـ", "هـ الموافق", "ه الموافق") else -1


def dateline_date(article: Article, analysis: Analysis) -> str | None:
    """The article's date found in its text (see the module docstring), as an ISO date (with the time
    when the text gives one), or None. Does nothing when the article already has a date."""
    if article.published or len(article.paragraphs) < 2:
        return None
    text = article.text
    first = article.paragraphs[1]
    dates = _dates_in(analysis, first.start, first.end)
    for i, n in enumerate(dates[:2]):
        iso = _gregorian(n)
        if iso is None:
            continue
        opened = _after_hijri(text, dates, i, first.start)
        head = opened if opened >= 0 else n.start
        prefix = text[first.start:head]
        if _opens_dateline(prefix) and _closes_dateline(text[n.end:first.end], prefix):
            return iso
    paragraphs = article.paragraphs[1:]
    for p in (*paragraphs[:3], *paragraphs[-3:]):
        line = text[p.start:p.end]
        if len(line) > _MARKER_LINE_MAX or _MARKERS.search(line) is None:
            continue
        found = [iso for iso in map(_gregorian, _dates_in(analysis, p.start, p.end)) if iso is not None]
        if len(set(found)) == 1:
            return found[0]
    return None
