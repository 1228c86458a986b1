"""An article's date from a dateline or a "published" line in its text, when its file states none; never
the date of an event. Written examples analysed by the real engine; each dated one is undated on the old
code (the article list's Date column stayed empty)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahifa.core.articles import build_article
from sahifa.services.ingest import ingest
from sahifa.services.ingest_dates import dateline_date
from sahifa.services.library import open_library


def dated(raw: str) -> str | None:
    from sahifa.nlp.pipeline import analyse

    article = build_article("/news/x.txt", raw)
    return dateline_date(article, analyse(article))


@pytest.mark.parametrize(("raw", "date"), [
    ("الوزارة تعلن خطة جديدة\n\nالرياض - 21 يوليو 2015: أعلنت وزارة الصحة خطة جديدة للمستشفيات.", "2015-07-21"),
    ("الوزارة تعلن خطة جديدة\n\nالقاهرة (رويترز) 21/7/2015 - قال مسؤول إن الخطة تبدأ الشهر المقبل.", "2015-07-21"),
    ("الوزارة تعلن خطة جديدة\n\nالأحد 19 يوليو 2015 - أعلنت الوزارة خطة جديدة.", "2015-07-19"),
    ("أمير المنطقة يفتتح المعرض\n\nالرياض - 5 شوال 1436هـ الموافق 21 يوليو 2015م - افتتح أمير المنطقة المعرض.",
     "2015-07-21"),
    ("الوزارة تعلن خطة جديدة\n\nأعلنت وزارة الصحة خطة جديدة للمستشفيات.\n\nنُشر في 21 يوليو 2015", "2015-07-21"),
])
def test_a_dateline_or_published_line_dates_the_article(raw: str, date: str) -> None:
    assert dated(raw) == date


@pytest.mark.parametrize("raw", [
    # the date of an event, not of the article
    "انتخابات الفيفا\n\nفي 26 فبراير 2016، تنتخب الجمعية العمومية رئيسا جديدا للفيفا في زيورخ.",
    "انتخابات الفيفا\n\nحدد الاتحاد الدولي موعد الانتخابات في 26 فبراير 2016 في زيورخ.",
    "ذكرى الثورة\n\n25 يناير 2011، التي أطاحت بالرئيس، ما زالت حاضرة.",
    # a Hijri date alone: its Gregorian day is not certain
    "أمير المنطقة يفتتح المعرض\n\nالرياض - 5 شوال 1436هـ - افتتح أمير المنطقة المعرض.",
    # a date without a year, and a year alone
    "الوزارة تعلن خطة جديدة\n\nالرياض - 21 يوليو: أعلنت الوزارة خطة جديدة.",
    "الوزارة تعلن خطة جديدة\n\nفي عام 2015 أعلنت الوزارة خطة جديدة.",
    # "published" in the middle of a sentence is not a publication line
    "تقرير\n\nنشرت الصحيفة في 5 فبراير 2013 تقريرا عن الفساد.",
])
def test_no_date_is_invented(raw: str) -> None:
    assert dated(raw) is None


def test_ingest_stores_the_date_found(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("الوزارة تعلن خطة جديدة\n\nالرياض - 21 يوليو 2015: أعلنت الوزارة خطة جديدة.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text("انتخابات الفيفا\n\nحدد الاتحاد الدولي موعد الانتخابات في 26 فبراير 2016.\n",
                                  encoding="utf-8")
    lib = open_library(tmp_path / "lib.db")
    try:
        ingest(lib, [folder], workers=0)
        assert {Path(a.path).name: a.published for a in lib.articles()} == {"a.txt": "2015-07-21", "b.txt": None}
    finally:
        lib.close()
