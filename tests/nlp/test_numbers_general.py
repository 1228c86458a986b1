"""Figures as Saudi/Arab news writes them, found by mining unannotated SaudiNewsNet articles (session 6).
Every sentence here was written for the test; none is copied from the corpus."""

from __future__ import annotations

from sahifa.nlp.numbers import extract_numbers


def values(text: str) -> list[tuple[str, object, str]]:
    return [(m.text, m.value, m.kind) for m in extract_numbers(text)]


def test_a_dot_before_three_digits_is_a_thousands_separator() -> None:
    assert values("تضم المرحلة الأولى من المشروع 4.240 وحدة سكنية") [-1][1] == 4240
    got = values("تبلغ مساحة الحديقة الجديدة 30.000 متر مربع")
    assert [v for _, v, _ in got] == [30000], got
    got = values("وبلغت قيمة الجائزة 10.500 دولار أمريكي")
    assert [v for _, v, _ in got] == [10500], got


def test_three_decimals_stay_decimals_where_they_are_usual() -> None:
    for text, value in (
        ("وأغلق سعر السهم عند 1.220 دينار", 1.22),
        ("ويدفع الصك عائدا نسبته 3.776 % سنويا", 3.776),
        ("واستقر مؤشر الدولار عند 97.858 في التعاملات المبكرة", 97.858),
        ("وبلغت الإيرادات 26.809 مليار ريال", 26809000000),
        ("وسجل البطل زمنا قدره 9.580 ثانية", 9.58),
    ):
        got = values(text)
        assert [v for _, v, _ in got] == [value], (text, got)


def test_a_percent_before_ila_and_a_scaled_figure_keeps_its_value() -> None:
    got = values("وتراجعت الإيرادات أربعة بالمئة إلى 12 مليار دولار في الربع الثاني")
    assert ("أربعة بالمئة", 4, "percent") in got, got
    got = values("وارتفع صافي الربح 20 بالمئة إلى 3.11 مليار دولار")
    assert ("20 بالمئة", 20, "percent") in got, got


def test_a_scale_on_the_second_figure_of_a_change_is_still_shared() -> None:
    # one range (gold README: a range is one mention; every "من X إلى Y" of the gold is one)
    got = [(m.value, m.value_max) for m in extract_numbers("ارتفعت المبيعات من 3 إلى 5 ملايين ريال")]
    assert got == [(3000000, 5000000)], got


def test_a_clock_time_with_a_part_of_the_day_is_a_time() -> None:
    got = [(m.text, m.value, m.kind, m.unit) for m in extract_numbers("يبدأ الحفل الساعة 5:30 مساء اليوم في الحديقة")]
    assert got == [("5:30 مساء", 5.3, "other", "time")], got
    got = [(m.text, m.value, m.unit) for m in extract_numbers("ووصل الوفد عند 13:44 بتوقيت مكة")]
    assert got == [("13:44", 13.44, "time")], got   # a lone clock time (real-news gold, session 12)


def test_hours_in_digits_from_morning_until_evening_are_one_range() -> None:
    got = [(m.text, m.value, m.qualifier, m.value_max) for m in
           extract_numbers("ويستمر البرنامج يوميا من 9 صباحا وحتى 4 مساء طوال الصيف")]
    assert got == [("9 صباحا وحتى 4 مساء", 9, "range", 4)], got


def test_a_bare_ordinal_after_an_indefinite_noun_is_an_ordinal() -> None:
    for text, word, value in (
        ("وفاز الرئيس بولاية خامسة على التوالي", "خامسة", 5),
        ("وتسعى الحكومة إلى خطة إنقاذ ثالثة خلال الصيف", "ثالثة", 3),
        ("ويبحث الفريق عن لقب سابع في البطولة", "سابع", 7),
    ):
        got = [(m.text, m.value, m.kind) for m in extract_numbers(text)]
        assert (word, value, "ordinal") in got, (text, got)
    got = [(m.text, m.kind) for m in extract_numbers("يأتي ثالث في الترتيب العام")]
    assert got == [], got


def test_ula_before_a_plural_is_the_first_of_them() -> None:
    for text in ("وخسر الفريق في أولى مبارياته الودية", "وهذه أولى الخطوات نحو الحل"):
        got = [(m.text, m.value, m.kind) for m in extract_numbers(text)]
        assert got == [("أولى", 1, "ordinal")], (text, got)
    for text in ("والمريض أولى بالرعاية من غيره", "ومن باب أولى أن نبدأ بأنفسنا"):
        assert extract_numbers(text) == [], text


def test_a_price_after_si3r_keeps_its_thousands() -> None:
    got = [m.value for m in extract_numbers("وتباع السيارة بسعر لا يتجاوز 13.395 جنيه إسترليني")]
    assert got == [13395], got


def test_awwal_marra_is_an_ordinal_like_lilmarra_al_ula() -> None:
    got = [(m.text, m.value, m.kind) for m in extract_numbers("ويزور الوفد المدينة لأول مرة في تاريخه")]
    assert got == [("أول", 1, "ordinal")], got
    assert extract_numbers("وصل الوفد أول من أمس") == []


def test_a_scale_word_then_a_smaller_part_in_digits_is_one_figure() -> None:
    for text, value in (
        ("وبلغت الميزانية مليار و200 مليون ريال", 1200000000),
        ("واستقبل المهرجان مليون و348 ألف زائر", 1348000),
        ("وتبلغ التكلفة ألف و270 ريالا", 1270),
    ):
        got = [m.value for m in extract_numbers(text)]
        assert got == [value], (text, got)
