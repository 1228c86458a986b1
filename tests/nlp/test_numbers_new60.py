"""Number classes found on the 60 real-train articles annotated in session 7: ordinal ranges (centuries,
ages), a unit shared by two numbers joined by إلى, a day of a month named by its place ("من الشهر
المقبل"), an hour with its half or quarter ("التاسعة والنصف"). The sentences are written for these
tests; no corpus text is copied."""

from __future__ import annotations

from sahifa.nlp.numbers import extract_numbers


def _found(sentence: str) -> list[tuple[str, object, str, object, object]]:
    return [(m.text, m.value, m.kind, m.qualifier, m.value_max) for m in extract_numbers(sentence)]


def test_ordinal_range_with_hatta_is_one_mention() -> None:
    assert _found("وتعود هذه المخطوطات إلى القرون من الخامس عشر وحتى التاسع عشر تقريبا.") == [
        ("الخامس عشر وحتى التاسع عشر", 15, "ordinal", "range", 19)]


def test_ordinal_range_of_ages_with_ila_is_one_mention() -> None:
    assert _found("وشارك في الورشة أطفال في سن الخامسة إلى السادسة من أحياء المدينة.") == [
        ("الخامسة إلى السادسة", 5, "ordinal", "range", 6)]


def test_centuries_before_christ_run_downwards() -> None:
    found = _found("وازدهرت المدينة من القرن الرابع قبل الميلاد إلى القرن الأول قبل الميلاد كما تقول المصادر.")
    assert [(f[1], f[3], f[4]) for f in found] == [(4, "range", 1)]


def test_min_ordinal_ila_ordinal_is_still_a_change() -> None:
    found = _found("وتراجع النادي من المركز الرابع إلى السادس في الترتيب.")
    assert [(f[0], f[3]) for f in found] == [("الرابع", None), ("السادس", None)]


def test_unit_after_the_second_number_is_shared() -> None:
    assert _found("ويراجع المريض طبيبه كل ستة إلى 8 أسابيع بحسب حالته.") == [
        ("ستة إلى 8 أسابيع", 6, "duration", "range", 8)]
    # after من too (gold README: a range is one mention; every "من X إلى Y" of the gold is one)
    assert _found("وارتفعت مدة الانتظار من ستة إلى 8 أسابيع هذا العام.") == [
        ("ستة إلى 8 أسابيع", 6, "duration", "range", 8)]


def test_day_of_a_relative_month_is_an_undated_date() -> None:
    assert _found("ويبدأ المعسكر في العاشر من الشهر القادم بمشاركة عشرين لاعبا.")[:1] == [
        ("العاشر من الشهر القادم", None, "date", None, None)]
    assert _found("وتنتهي المهلة في 25 من الشهر الجاري.") == [
        ("25 من الشهر الجاري", None, "date", None, None)]


def test_hour_with_half_or_quarter() -> None:
    found = extract_numbers("وتبدأ الأمسية عند الساعة الثامنة والنصف مساء في الحديقة.")
    assert [(m.text, m.value, m.kind, m.unit) for m in found] == [
        ("الثامنة والنصف مساء", 8.3, "other", "time")]
    found = extract_numbers("ويفتح المعرض أبوابه الساعة العاشرة والربع صباحا.")
    assert [(m.value, m.unit) for m in found] == [(10.15, "time")]


def test_scale_in_a_without_tanween_before_a_noun_is_a_dual() -> None:
    assert [(m.text, m.value) for m in extract_numbers("وتجاوز عدد المشاهدين مليونا مشاهد خلال يومين.")][:1] == [
        ("مليونا", 2000000)]
    assert [m.value for m in extract_numbers("وحضر الحفل ألفا زائر من المنطقة.")] == [2000]
    # after a number, or with its tanween, it is one scale
    assert [m.value for m in extract_numbers("وبلغت الإيرادات ثلاثين مليونا في العام.")] == [30000000]
    assert [m.value for m in extract_numbers("وأنفقت البلدية مليونًا على الحديقة.")] == [1000000]


def test_round_of_sixteen_is_no_number() -> None:
    assert extract_numbers("وودع الفريق البطولة من الدور الـ16 أمام منافسه.") == []


def test_awla_bi_and_the_former_the_latter_are_no_ordinals() -> None:
    assert extract_numbers("وهؤلاء كانوا الأولى بالتكريم من غيرهم.") == []
    texts = [m.text for m in extract_numbers("في الفريق مدربان، الأول يهتم بالدفاع والثاني يهتم بالهجوم.")]
    assert "الأول" not in texts
    # an ordinal after a noun stays
    assert [m.value for m in extract_numbers("وحل العداء في المركز الأول بفارق ثانية.")][:1] == [1]


def test_ordinal_after_a_duration_belongs_to_it() -> None:
    assert [(m.text, m.kind) for m in extract_numbers("وازدحم المعرض خلال الأيام الأربعة الأولى من افتتاحه.")] == [
        ("الأيام الأربعة", "duration")]


def test_ra_decimal_mark_reads_in_display_order() -> None:
    # "1ر83 مليون جنيه (3ر129 مليون دولار)" shows as 83ر1 and 129ر3: the whole part is after ر
    assert [m.value for m in extract_numbers("وارتفعت الحرارة بمقدار 75ر0 درجة عن المعدل.")] == [0.75]
    assert [m.value for m in extract_numbers("وبلغ الإنتاج 250ر9 مليون برميل يوميا.")] == [9250000]
    # three zeros before ر are a thousands group: "000ر15" shows as 15ر000
    assert [m.value for m in extract_numbers("واستفاد من البرنامج (000ر15) طالب وطالبة.")] == [15000]


def test_al_saa_al_wahida_is_one_oclock() -> None:
    found = extract_numbers("ووصل الوفد الساعة الواحدة والنصف ظهرا إلى المطار.")
    assert [(m.value, m.kind, m.unit) for m in found] == [(1.3, "other", "time")]
    # an indefinite hour is still a duration
    found = extract_numbers("واستمر الاجتماع ساعة واحدة فقط.")
    assert [(m.value, m.kind, m.unit) for m in found] == [(1, "duration", "hour")]
