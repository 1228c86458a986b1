"""Session 12: number constructions from the blind train batches' errors, checked on unannotated
SaudiNewsNet articles. The sentences are written for these tests; no corpus text is copied."""

from __future__ import annotations

from sahifa.core.model import NumberMention
from sahifa.nlp.numbers import extract_numbers


def _all(sentence: str) -> list[NumberMention]:
    return extract_numbers(sentence)


def _one(sentence: str) -> NumberMention:
    found = extract_numbers(sentence)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def test_cents_and_halalas_are_money_in_the_main_unit() -> None:
    m = _one("وتراجع سعر الخام 45 سنتا إلى مستوى جديد.")
    assert (m.text, m.value, m.kind, m.unit) == ("45 سنتا", 0.45, "money", "USD")
    m = _one("وارتفع السهم ستة سنتات في التعاملات.")
    assert (m.text, m.value, m.kind, m.unit) == ("ستة سنتات", 0.06, "money", "USD")
    m = _one("وخفضت الوزارة السعر عشرين هللة للتر.")
    assert (m.value, m.kind, m.unit) == (0.2, "money", "SAR")


def test_two_scaled_amounts_joined_by_waw_are_a_range_not_one_number() -> None:
    m = _one("وقدرت الكلفة بين أربعة ملايين وخمسة ملايين ريال.")
    assert (m.value, m.value_max, m.kind, m.unit, m.qualifier) == (4_000_000, 5_000_000, "money", "SAR", "range")
    # a smaller scale after و still continues the number
    assert _one("وبلغت الكلفة مليون ومائتي ألف ريال.").value == 1_200_000


def test_a_bare_first_figure_of_a_range_takes_a_scale() -> None:
    m = _one("وتراوحت المبيعات من 700 إلى مليون ريال يوميا.")
    assert (m.value, m.value_max) == (700_000, 1_000_000)
    m = _one("وهجر النزاع 2 - 3 مليون شخص.")
    assert (m.value, m.value_max) == (2_000_000, 3_000_000)


def test_years_after_bayna_or_min_are_one_range() -> None:
    m = _one("وعمل مدربا للفريق بين العامين 1990 و1996 قبل اعتزاله.")
    assert (m.text, m.kind, m.value, m.value_max) == ("1990 و1996", "year", 1990, 1996)
    m = _one("ولعب للنادي من 2003 حتى 2008 ثم انتقل.")
    assert (m.kind, m.value, m.value_max) == ("year", 2003, 2008)
    # two years listed after عامي (no بين) stay two years
    assert [m.value for m in _all("وزار البلاد في عامي 2011 و2013 مرتين.") if m.kind == "year"] == [2011, 2013]


def test_a_fraction_before_a_unit_of_time_is_a_duration() -> None:
    m = _one("وتستغرق الرحلة ربع ساعة فقط.")
    assert (m.text, m.value, m.kind, m.unit) == ("ربع ساعة", 0.25, "duration", "hour")
    assert _one("وحكم البلاد نحو نصف قرن.").value == 0.5
    # half of a plural is a share, not a duration
    assert _all("ويقضي نصف ساعات يومه في العمل.") == []


def test_a_feminine_ordinal_with_minutes_or_part_of_day_is_a_clock_time() -> None:
    m = _one("ويبدأ الحفل عند الخامسة والنصف من مساء الخميس.")
    assert (m.text, m.value, m.kind, m.unit) == ("الخامسة والنصف", 5.3, "other", "time")
    m = _one("وتقام الندوة في الثامنة من صباح غد.")
    assert (m.value, m.unit) == (8, "time")
    # an ordinal adjective of a definite noun stays an ordinal
    m = _one("وانطلقت المرحلة الثانية من صباح أمس.")
    assert (m.kind, m.value) == ("ordinal", 2)


def test_minutes_written_before_the_hour_make_one_clock_time() -> None:
    m = _one("وتلقت الغرفة البلاغ في الساعة 35: 10 صباحاً.")
    assert (m.value, m.unit) == (10.35, "time")


def test_ordinals_in_set_phrases_rank_nothing() -> None:
    assert _all("وافتتح المحافظ المعرض البارحة الأولى في جدة.") == []
    assert _all("وتتابع اللجنة الحالات أولاً بأول.") == []
    assert _all("والهدف في المقام الأول هو التوعية.") == []
    assert _all("فالأولى أن يعيد المتصل الاتصال.") == []
    assert [m.text for m in _all("بسرعة 14 كم/ الثانية")] == ["14 كم"]
    # a real first stays
    assert _one("وفاز في المباراة الأولى.").value == 1


def test_a_dotted_figure_after_an_index_reading_is_a_decimal_too() -> None:
    found = _all("واستقر مؤشر العملة عند 95.412 بعد أن لامس 96.075 في وقت سابق.")
    assert [m.value for m in found] == [95.412, 96.075]
    # without an index word the dot groups thousands
    assert _one("وبلغ عدد الوحدات 4.240 وحدة سكنية.").value == 4240


def test_a_year_range_inside_brackets() -> None:
    m = _one("وعمل سفيرا (بين العامين 1985 و1999) ثم عاد.")
    assert (m.kind, m.value, m.value_max) == ("year", 1985, 1999)


def test_a_number_naming_a_product_line_is_no_quantity() -> None:
    assert _all("ويعمل الهاتف بمعالج سنابدراجون 820 وشاشة محمية بزجاج جلاس 5.") == []
    assert _all("وأعادت الشركة إطلاق هاتف نوكيا 6310 القديم.") == []
    assert _all("ويعمل بنظام أندرويد 6.0 الجديد.") == []
    # a count of devices of the brand stays
    assert _one("وباع المتجر 40 جهاز نوكيا.").value == 40


def test_a_lone_clock_time_is_valued_hh_mm() -> None:
    m = _one("وسجل السعر مستواه بحلول الساعة 06:25 بتوقيت غرينتش.")
    assert (m.value, m.kind, m.unit) == (6.25, "other", "time")
    m = _one("وغادرت الطائرة عند الساعة ١٧:٥٠ اليوم.")
    assert (m.value, m.unit) == (17.5, "time")


def test_four_digits_before_bitawqit_are_a_clock_time() -> None:
    m = _one("وبدأ التصويت (0900 بتوقيت جرينتش) في المراكز.")
    assert (m.value, m.kind, m.unit) == (9, "other", "time")
    m = _one("وتراجع الخام بحلول 1530 بتوقيت جرينتش.")
    assert (m.value, m.unit) == (15.3, "time")


def test_minutes_and_seconds_are_no_clock_time() -> None:
    m = _one("ونشرت الشركة مقطعا مدته 3:15 دقيقة.")
    assert m.value is None and m.unit != "time"
