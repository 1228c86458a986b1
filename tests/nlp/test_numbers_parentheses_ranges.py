"""Number rules of session 8: structural error classes of real news (sentences written for these tests,
not copied from the corpus)."""

from __future__ import annotations

from typing import Any

from sahifa.nlp.numbers import extract_numbers


def _only(sentence: str) -> list[tuple[str, Any, str]]:
    return [(m.text, m.value, m.kind) for m in extract_numbers(sentence)]


# --- a definite cardinal after any definite noun or its adjective is a count ------------------------------


def test_a_definite_cardinal_after_a_definite_noun_the_lexicon_lacks() -> None:
    assert _only("ووقع المدير العقود السبعة مع الشركات المحلية أمس.") == [("السبعة", 7, "count")]
    assert _only("وناقش المؤتمر الركائز الثلاث للخطة الجديدة.") == [("الثلاث", 3, "count")]


def test_a_definite_cardinal_after_an_adjective() -> None:
    got = _only("وامتدت الاحتفالات طوال أيام العيد المبارك الثلاثة في الحديقة العامة.")
    assert got == [("الثلاثة", 3, "count")]


def test_a_definite_cardinal_before_its_noun_keeps_its_own_rule() -> None:
    # "الثلاثة أيام": the noun after it makes the mention (a duration), not the word before
    got = _only("وأغلقت المحلات التجارية الثلاثة أيام بسبب الصيانة.")
    assert [(text, value) for text, value, _ in got] == [("الثلاثة أيام", 3)]


# --- a figure restated in parentheses is one mention ----------------------------------------------------


def test_digits_in_parentheses_before_the_amount_in_words() -> None:
    got = [(m.text, m.value, m.kind, m.unit, m.qualifier)
           for m in extract_numbers("وبلغت قيمة العقود أكثر من (340) ثلاثمائة وأربعين مليون ريال.")]
    assert got == [("(340) ثلاثمائة وأربعين مليون ريال", 340_000_000, "money", "SAR", "more_than")]


def test_words_in_parentheses_after_the_amount_in_digits() -> None:
    got = [(m.text, m.value, m.kind) for m in extract_numbers("وخصصت الوزارة 700 ألف (سبعمائة ألف) ريال للمشروع.")]
    assert got == [("700 ألف (سبعمائة ألف) ريال", 700_000, "money")]


def test_a_different_figure_in_parentheses_stays_apart() -> None:
    got = [(m.text, m.value) for m in extract_numbers("وارتفع عدد الطلاب إلى 450 طالبا (320 طالبة) هذا العام.")]
    assert [value for _, value in got] == [450, 320]


# --- "بين X إلى Y" where X did not take Y's unit: one range (after من too: the gold README) -------------


def test_two_quantities_joined_by_ila_are_one_range() -> None:
    # the dual took no figure of its own: the range was two mentions
    got = [(m.text, m.value, m.value_max, m.kind, m.qualifier)
           for m in extract_numbers("وتستغرق الرحلة عادة يومين إلى خمسة أيام حسب الطقس.")]
    assert got == [("يومين إلى خمسة أيام", 2, 5, "duration", "range")]


def test_after_min_two_quantities_are_one_range_too() -> None:
    # gold README: a range is one mention; every "من X إلى Y" of the gold is one, also after a change
    got = [(m.value, m.value_max) for m in extract_numbers("وارتفعت مدة الرحلة من يومين إلى خمسة أيام هذا العام.")]
    assert got == [(2, 5)]


def test_one_changed_into_another_is_no_range() -> None:
    found = extract_numbers("وعدل القرار المدة المعادلة لنقطة واحدة إلى 6 أيام.")
    assert [m.value_max for m in found] == [None] * len(found) and 6 in [m.value for m in found]


# --- a numeric date whose day is a range ----------------------------------------------------------------


def test_a_numeric_hijri_date_with_a_day_range_is_one_date() -> None:
    got = [(m.text, m.value, m.kind, m.unit, m.qualifier)
           for m in extract_numbers("ويفتح المتحف أبوابه خلال الفترة 8-9/10/1436هـ للزوار.")]
    assert got == [("8-9/10/1436هـ", 1436, "date", "1436-10-08", "range")]


def test_a_score_then_a_date_stay_apart() -> None:
    got = [(m.text, m.kind) for m in extract_numbers("وفاز الفريق 3-2 في مباراة يوم 5/7/2015 على ملعبه.")]
    assert got == [("3-2", "other"), ("5/7/2015", "date")]
