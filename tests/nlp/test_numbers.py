"""Table-driven tests of the numbers extractor (sahifa.nlp.numbers), no Qt.

Each case is (sentence, span text, expected fields). Fields not listed are not checked, except that
``value`` is always checked when given (it is what the gold scoring compares).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pyarabic.number import text2number

from sahifa.core.articles import load_article
from sahifa.core.model import NUMBER_KINDS, NumberMention
from sahifa.nlp.numbers import extract_numbers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _mention(sentence: str, surface: str) -> NumberMention:
    mentions = extract_numbers(sentence)
    hits = [m for m in mentions if m.text == surface]
    assert hits, f"no mention {surface!r} in {sentence!r}; got {[m.text for m in mentions]}"
    assert len(hits) == 1, f"{surface!r} found {len(hits)} times"
    return hits[0]


def _check(mention: NumberMention, expected: dict[str, Any]) -> None:
    for field, want in expected.items():
        got = getattr(mention, field)
        assert got == want, f"{mention.text!r}.{field} = {got!r}, expected {want!r}"
    if "value" in expected and isinstance(expected["value"], int) and expected["value"] is not None:
        assert type(mention.value) is int, "integral values are ints, not floats"


# ---------------------------------------------------------------------------------------------------
# Sentences from the seed articles
# ---------------------------------------------------------------------------------------------------
SEED_CASES = [
    ("ومعهم ما يصل الى 200 مليون دولار نقدا.", "200 مليون دولار",
     dict(value=200_000_000, kind="money", unit="USD", qualifier="up_to", counted=None)),
    ("إن قرابة 1000 من مقاتلي داعش فروا من سوريا", "1000",
     dict(value=1000, kind="count", counted="مقاتلي داعش", counted_en="fighters", qualifier="approx")),
    ('إعلان بالي أن "ثلاثة آلاف متشدد" استسلموا', "ثلاثة آلاف",
     dict(value=3000, kind="count", counted="متشدد", counted_en="militants")),
    ("وذكر المراسل أن نحو (2000) شخص كحد أدنى يشكلون قيادات داعش", "2000",
     dict(value=2000, kind="count", counted="شخص", counted_en="people", qualifier="approx")),
    ("في المناطق الغربية من العراق في الأشهر الستة الماضية", "الأشهر الستة",
     dict(value=6, kind="duration", unit="month")),
    ("“انتصار بنسبة مئة بالمئة، الخلافة على وشك السقوط”", "مئة بالمئة",
     dict(value=100, kind="percent", unit="%")),
    ("الذي تحكم سابقاً في ما بين 7و 8 ملايين شخص عبر مساحة واسعة", "7و 8 ملايين",
     dict(value=7_000_000, value_max=8_000_000, qualifier="range", kind="count", counted="شخص",
          counted_en="people")),
    ("وتسهم فرنسا بـ1200 عنصر من قواتها في عمليات التحالف.", "1200",
     dict(value=1200, kind="count", counted="عنصر", counted_en="members")),
    ("تبعد نحو كيلومتر واحد عن المساحة", "كيلومتر واحد",
     dict(value=1, kind="distance", unit="km", qualifier="approx")),
    ("يمكن رؤية عناصر داعش على بعد واحد كيلومتر بالعين المجردة", "واحد كيلومتر",
     dict(value=1, kind="distance", unit="km")),
    ("ليست أكثر من واحد كيلومتر مربع", "واحد كيلومتر مربع",
     dict(value=1, kind="other", unit="km2", qualifier="more_than")),
    ("إعلان حكومته الانتصار على التنظيم في ديسمبر(كانون الأول) 2017، ارتفعت الاغتيالات",
     "ديسمبر(كانون الأول) 2017", dict(value=2017, kind="date", unit="2017-12")),
    ("لديها أكثر من 400 مقاتل في سوريا منذ عام 2012 أن السلطات", "2012",
     dict(value=2012, kind="year", unit=None)),
    ("لديها أكثر من 400 مقاتل في سوريا منذ عام 2012 أن السلطات", "400",
     dict(value=400, kind="count", counted="مقاتل", counted_en="fighters", qualifier="more_than")),
    ("وتحاذي الحدود العراقية بمسافة 3 كيلومتر.", "3 كيلومتر",
     dict(value=3, kind="distance", unit="km")),
    ("تم نقل حوالي 300 مدني من باغوز إلى مخيم", "300",
     dict(value=300, kind="count", counted="مدني", counted_en="civilians", qualifier="approx")),
    ("فإن أكثر من 1200 شخص قبلو العرض", "1200",
     dict(value=1200, kind="count", counted="شخص", counted_en="people", qualifier="more_than")),
    ("أن ما بين 150 ألف إلى 200 ألف مقاتل لدى داعش غادروا سوريا", "150 ألف إلى 200 ألف",
     dict(value=150_000, value_max=200_000, qualifier="range", kind="count", counted="مقاتل")),
    ("إن 200 امرأة وطفل على الأقل أعيدوا", "200",
     dict(value=200, counted="امرأة وطفل", counted_en="women and children", qualifier="at_least")),
    ("روسيا التي صدرت ما يقرب 4500 مقاتل فتسعى", "4500",
     dict(value=4500, qualifier="approx", counted="مقاتل")),
    ("يبلغ عدد مقاتليها الذين عادوا إلى بلادهم 1050 جهاديا، فتؤكد", "1050",
     dict(value=1050, kind="count", counted="جهاديا", counted_en="jihadists")),
    ("عودة 400 من مقاتلي داعش من إجمالي 900 جهادي بريطاني", "900",
     dict(value=900, counted="جهادي", counted_en="jihadists")),
    ("اشتباكات مباشرة عنيفة قتل فيها 38 متشددًا بينهم ثمانية انتحاريين", "38",
     dict(value=38, counted="متشددًا", counted_en="militants")),
    ("اشتباكات مباشرة عنيفة قتل فيها 38 متشددًا بينهم ثمانية انتحاريين", "ثمانية",
     dict(value=8, kind="count", counted="انتحاريين", counted_en="suicide bombers")),
    ("كما أشار إلى مقتل أربعة مقاتلين من قوات سوريا الديمقراطية.", "أربعة",
     dict(value=4, kind="count", counted="مقاتلين", counted_en="fighters")),
    ("بتحرير عشرة جنود من قوات قسد", "عشرة",
     dict(value=10, counted="جنود", counted_en="soldiers")),
    ("في إطار اتفاق هدنة مدته خمسة أيام.", "خمسة أيام", dict(value=5, kind="duration", unit="day")),
    ("استسلموا في اليومين الأخيرين", "اليومين", dict(value=2, kind="duration", unit="day")),
    ("قُدم إلى رئيس أركان جيش الاحتلال منذ أسبوعين، أن", "أسبوعين",
     dict(value=2, kind="duration", unit="week")),
    ("وسبق لهم أن المعركة بدأت قبل أربع سنوات.", "أربع سنوات",
     dict(value=4, kind="duration", unit="year")),
    ("تقل أعمارهم عن عشر سنوات", "عشر سنوات", dict(value=10, kind="duration", unit="year")),
    ("نزوح ستين ألفًا", "ستين ألفًا", dict(value=60_000, kind="count")),
    ("خرج نحو 60 ألف شخص منذ كانون الأول/ ديسمبر من مناطق التنظيم", "60 ألف",
     dict(value=60_000, qualifier="approx", counted="شخص", counted_en="people")),
    ("أبرزها مخيم الهول الذي بات يؤوي أكثر من 66 ألفًا.", "66 ألفًا",
     dict(value=66_000, qualifier="more_than", counted=None)),
    ("وبعدما كان التنظيم أعلن في العام 2014 إقامة الخلافة", "2014", dict(value=2014, kind="year")),
    ("الأربعاء 20 فبراير 2019 / 13:44", "20 فبراير 2019 / 13:44",
     dict(value=2019, kind="date", unit="2019-02-20T13:44")),
    ("كشفت مواقع روسية بأن مئات المدنيين خرجوا", "مئات",
     dict(value=None, vague=True, kind="count", counted="المدنيين", counted_en="civilians")),
    ("مشيرًا إلى مقتل \"العشرات\" من عناصر التنظيم المتطرف.", "العشرات",
     dict(value=None, vague=True, counted="عناصر التنظيم", counted_en="members")),
    ("ما أتاح خروج عشرات الآلاف من الأشخاص، غالبيتهم نساء", "عشرات الآلاف",
     dict(value=None, vague=True, counted="الأشخاص", counted_en="people")),
    ("أن تنظيم داعش يمتلك آلافًا من المقاتلين في العراق", "آلافًا",
     dict(value=None, vague=True, counted="المقاتلين", counted_en="fighters")),
    ("داعش يعد أيامه الأخيرة بعد استسلام آلاف من عناصره", "آلاف",
     dict(value=None, vague=True, counted="عناصره", counted_en="members")),
    ("وسيطرت على نقاط عدة.", "عدة", dict(value=None, vague=True, counted="نقاط", counted_en="points")),
    ("رُفض قبل بضعة أيام.", "بضعة أيام", dict(value=None, vague=True, kind="duration", unit="day")),
    ('مشيرًا إلى أن "الهجوم الثاني كان أقوى بكثير', "الثاني", dict(value=2, kind="ordinal")),
    ("إن 26 قاطرة مقطورة محملة بأشخاص", "26", dict(value=26, counted="قاطرة")),
    ("كما أن له 8 فروع، وأكثر من 12 شبكة", "12",
     dict(value=12, qualifier="more_than", counted="شبكة", counted_en="networks")),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), SEED_CASES)
def test_seed_sentences(sentence: str, surface: str, expected: dict[str, Any]) -> None:
    _check(_mention(sentence, surface), expected)


# ---------------------------------------------------------------------------------------------------
# Other topics: economy, health, sports, politics
# ---------------------------------------------------------------------------------------------------
OTHER_CASES = [
    # economy
    ("ارتفع التضخم إلى ٥٫٢٪ في يناير", "٥٫٢٪", dict(value=5.2, kind="percent", unit="%")),
    ("بلغت الصادرات 3.5 مليار دولار العام الماضي", "3.5 مليار دولار",
     dict(value=3_500_000_000, kind="money", unit="USD")),
    ("تراجعت البطالة إلى 7.8 في المائة", "7.8 في المائة", dict(value=7.8, kind="percent", unit="%")),
    ("حصل الحزب على 45 بالمائة من الأصوات", "45 بالمائة", dict(value=45, kind="percent")),
    ("وصل سعر البرميل إلى 75 دولارا أمريكيا", "75 دولارا أمريكيا",
     dict(value=75, kind="money", unit="USD")),
    ("خصصت الحكومة 500 مليون جنيه إسترليني للمشروع", "500 مليون جنيه إسترليني",
     dict(value=500_000_000, kind="money", unit="GBP")),
    ("بلغت الإيرادات 200 ألف ريال قطري", "200 ألف ريال قطري", dict(value=200_000, unit="QAR")),
    ("رصدت الوزارة 3 ملايين دينار كويتي", "3 ملايين دينار كويتي", dict(value=3_000_000, unit="KWD")),
    ("وبلغ الدين 40 مليار جنيه", "40 مليار جنيه", dict(value=40_000_000_000, unit="EGP")),
    ("اشترى سندات بقيمة 10 ملايين دينار", "10 ملايين دينار", dict(unit="dinar")),
    ("بلغت الميزانية 1,5 مليار يورو", "1,5 مليار يورو", dict(value=1_500_000_000, unit="EUR")),
    ("بلغت الاحتياطيات ١٬٢٠٠ مليون درهم", "١٬٢٠٠ مليون درهم",
     dict(value=1_200_000_000, kind="money", unit="AED")),
    ("يبلغ عدد السكان 1.200.000 نسمة", "1.200.000", dict(value=1_200_000, counted_en="people")),
    ("وصل الإنتاج إلى ۱۲۳ ألف برميل يوميا", "۱۲۳ ألف",
     dict(value=123_000, counted="برميل", counted_en="barrels")),
    ("دفع مليون ونصف دولار", "مليون ونصف دولار", dict(value=1_500_000, kind="money", unit="USD")),
    ("تم توزيع نصف مليون جرعة", "نصف مليون", dict(value=500_000, counted_en="doses")),
    ("نحو 3 آلاف و500 شخص", "3 آلاف و500", dict(value=3500, qualifier="approx")),
    # "من X إلى Y" with Y the larger is one range (gold README: a range is one mention)
    ("ارتفع المؤشر من 3 إلى 5%", "3 إلى 5%", dict(value=3, value_max=5, kind="percent", unit="%", qualifier="range")),
    ("تراوحت الخسائر بين 10 و20 في المئة", "10 و20 في المئة",
     dict(value=10, value_max=20, qualifier="range", kind="percent")),
    ("بلغت الأرباح ما يزيد على 20 مليون دولار", "20 مليون دولار", dict(qualifier="more_than")),
    ("انخفضت المبيعات بأقل من 2%", "2%", dict(value=2, qualifier="less_than")),
    ("وظف المصنع ما لا يقل عن 300 عامل", "300",
     dict(value=300, qualifier="at_least", counted="عامل", counted_en="workers")),
    ("هبطت العملة إلى ملايين الدولارات", "ملايين الدولارات",
     dict(value=None, vague=True, kind="money", unit="USD")),
    # health
    ("سجلت الوزارة ١٢٣ إصابة جديدة و٤ وفيات", "١٢٣", dict(value=123, counted="إصابة", counted_en="cases")),
    ("سجلت الوزارة ١٢٣ إصابة جديدة و٤ وفيات", "٤", dict(value=4, counted="وفيات", counted_en="deaths")),
    ("استقبل المستشفى 30 مريضا و12 طبيبا", "30", dict(value=30, counted_en="patients")),
    ("خلال الـ24 ساعة الماضية", "24 ساعة", dict(value=24, kind="duration", unit="hour")),
    ("وبلغ عدد القتلى مئة وخمسة وعشرين قتيلا", "مئة وخمسة وعشرين",
     dict(value=125, counted="قتيلا", counted_en="dead")),
    ("ما لا يقل عن 50 قتيلا و100 جريح", "100", dict(value=100, counted="جريح", counted_en="wounded")),
    # sports
    ("فاز الأهلي بثلاثة أهداف مقابل هدف واحد", "ثلاثة",
     dict(value=3, kind="count", counted="أهداف", counted_en="goals")),
    ("فاز الأهلي بثلاثة أهداف مقابل هدف واحد", "واحد",
     dict(value=1, kind="count", counted="هدف", counted_en="goals")),
    ("سجل اللاعب هدف الفوز في الدقيقة 90", "90", dict(value=90, kind="ordinal", unit="minute")),
    ("احتل المنتخب المرتبة 3 في الترتيب", "3", dict(value=3, kind="ordinal")),
    ("احتفل الفريق بلقبه الثالث عشر", "الثالث عشر", dict(value=13, kind="ordinal")),
    ("سجل المنتخب 3 أهداف في 90 دقيقة", "90 دقيقة", dict(value=90, kind="duration", unit="minute")),
    ("قطع العداء 42 كلم", "42 كلم", dict(value=42, kind="distance", unit="km")),
    ("سبح مسافة 800 متر", "800 متر", dict(value=800, kind="distance", unit="m")),
    # politics, dates, ordinals
    ("للمرة الأولى منذ الحرب العالمية الثانية", "الأولى", dict(value=1, kind="ordinal")),
    ("للمرة الأولى منذ الحرب العالمية الثانية", "الثانية", dict(value=2, kind="ordinal")),
    ("في القرن الحادي والعشرين", "الحادي والعشرين", dict(value=21, kind="ordinal")),
    ("وقع الهجوم في 5 كانون الثاني/يناير 2019", "5 كانون الثاني/يناير 2019",
     dict(value=2019, kind="date", unit="2019-01-05")),
    ("بدأ الهجوم في أيلول/ سبتمبر 2018", "أيلول/ سبتمبر 2018",
     dict(value=2018, kind="date", unit="2018-09")),
    ("جرت الانتخابات في 15 من أيار/مايو الماضي", "15 من أيار/مايو",
     dict(value=None, kind="date", unit="--05-15")),
    ("في 20/2/2019 صدر القرار", "20/2/2019", dict(value=2019, kind="date", unit="2019-02-20")),
    ("صدر في 2019-02-20", "2019-02-20", dict(value=2019, kind="date", unit="2019-02-20")),
    ("وصل عند الساعة 13:44 بالتوقيت المحلي", "13:44", dict(value=13.44, kind="other", unit="time")),
    ("صدر القرار في 1440 هـ", "1440 هـ", dict(value=1440, kind="year")),
    ("الموافق 2019م", "2019م", dict(value=2019, kind="year")),
    # a Hijri month with its year is a date, like a Gregorian one (gold README: real-news additions)
    ("في رمضان 1440 أعلن", "رمضان 1440", dict(value=1440, kind="date", unit="1440-09")),
    ("خلال الفترة 2018-2019", "2018-2019", dict(value=2018, value_max=2019, kind="year", qualifier="range")),
    ("بين 2011 و2014 تضاعف العدد", "2011 و2014", dict(value=2011, value_max=2014, kind="year")),
    ("في عام 2000 شارك", "2000", dict(value=2000, kind="year")),
    ("وصلت إلى 2000 متظاهر", "2000", dict(value=2000, kind="count", counted_en="demonstrators")),
    ("قتل 3 أو 4 أشخاص", "3 أو 4", dict(value=3, value_max=4, qualifier="range", counted="أشخاص")),
    ("بين عشرة وعشرين قتيلا", "عشرة وعشرين", dict(value=10, value_max=20, qualifier="range")),
    ("ويقيم في المخيم خمسة وعشرون ألف لاجئ", "خمسة وعشرون ألف",
     dict(value=25_000, counted="لاجئ", counted_en="refugees")),
    ("تبلغ مساحة المدينة 500 كيلومتر مربع", "500 كيلومتر مربع", dict(value=500, unit="km2")),
    ("نزح مئات الآلاف من السوريين خلال الشهرين الماضيين", "الشهرين",
     dict(value=2, kind="duration", unit="month")),
    # nationality nouns come from the gazetteer's nationalities.tsv (its English plural noun)
    ("نزح مئات الآلاف من السوريين", "مئات الآلاف", dict(value=None, vague=True, counted="السوريين",
                                                         counted_en="Syrians")),
    ("قتل جندي واحد وأصيب آخرون", "واحد", dict(value=1, counted="جندي", counted_en="soldiers")),
    ("بقيت ست سنوات في السجن", "ست سنوات", dict(value=6, kind="duration", unit="year")),
    ("أغلقت السلطات الدول الخمس", "الخمس", dict(value=5, counted="الدول", counted_en="countries")),
    ("قتل 5 مدنيين بينهم 3 أطفال", "3", dict(value=3, counted="أطفال", counted_en="children")),
    ("زار الوفد 12 دولة", "12", dict(value=12, counted="دولة", counted_en="countries")),
    ("فاز الحزب بـ 45 مقعدا", "45", dict(value=45, counted="مقعدا", counted_en="seats")),
    ("أطلقت الفصائل ثلاثين صاروخا", "ثلاثين", dict(value=30, counted="صاروخا", counted_en="missiles")),
    ("في الجولة الـ12 من الدوري الإسباني", "12", dict(value=12, kind="ordinal")),
    ("قتل 5 من أفراد الأسرة", "5", dict(value=5, counted="أفراد الأسرة", counted_en="individuals")),
    ("وسجل 12 من الدوري", "12", dict(value=12, kind="count", counted=None)),
    ("وقعت الشركة 5 عقود جديدة", "5", dict(value=5, kind="count", counted="عقود", counted_en=None)),
    ("تسلمت الوزيرة اثنين من التقارير", "اثنين", dict(value=2, kind="count")),
    ("في ربيع الأول 1440 صدر", "ربيع الأول 1440", dict(value=1440, kind="date", unit="1440-03")),
    ("بلغت الخسائر عشرات الملايين من الدولارات", "عشرات الملايين",
     dict(value=None, vague=True, kind="money", unit="USD")),
    ("بقي 3 آلاف و500 مقاتل و2 مليون و500 ألف دولار", "2 مليون و500 ألف دولار",
     dict(value=2_500_000, kind="money", unit="USD")),
]


@pytest.mark.parametrize(("sentence", "surface", "expected"), OTHER_CASES)
def test_other_topics(sentence: str, surface: str, expected: dict[str, Any]) -> None:
    _check(_mention(sentence, surface), expected)


# ---------------------------------------------------------------------------------------------------
# Things that are not numbers (precision)
# ---------------------------------------------------------------------------------------------------
NEGATIVE_CASES = [
    ("وكانت مقاتلة بينهم ترفع قذائف الهاون، واحدة تلو الأخرى.", ()),
    ("شرط إثبات أن أحد الأبوين بلجيكي", ()),
    ("وهي واحدة من مستشارات الرئيس الشيشاني", ()),
    ("عاد أول أمس من رحلته", ()),
    ("قائد القوات الأمريكية في الشرق الأوسط", ()),
    ("منذ كانون الأول الماضي وحتى تشرين الثاني", ()),
    ("في ربيع الأول من العام الهجري", ()),
    ("اليوم الثلاثاء والأربعاء والخميس", ()),
    ("أعلن جون بولتون الأحد أن الولايات المتحدة", ()),
    ("وستزور الوزيرة الاثنين الولايات المتحدة", ()),
    ("لست أدري ما الذي حدث", ()),
    ("مقاتلات إف-16 ووباء كوفيد-19 وصواريخ إس 400", ()),
    ("اجتماع مجموعة العشرين", ()),
    ("وحسب موقع دير الزور 24، سُمح بدخول الشاحنات", ()),
    ("وأفاد موقع دير الزور 24، والمرصد السوري", ()),
    ("قالت قناة فرانس 24 إن", ()),
    ("بدأت قوات سوريا الديمقراطية منذ أيلول/ سبتمبر هجومها", ()),
    ("شبكة 5G في المدن", ()),
    ("", ()),
]


@pytest.mark.parametrize(("sentence", "allowed"), NEGATIVE_CASES)
def test_not_numbers(sentence: str, allowed: tuple[str, ...]) -> None:
    assert [m.text for m in extract_numbers(sentence)] == list(allowed)


def test_clitic_is_not_in_span() -> None:
    text = "وتسهم فرنسا بـ1200 عنصر و300 مدني ولـ5 سنوات وبثلاثة أيام"
    spans = [m.text for m in extract_numbers(text)]
    assert spans == ["1200", "300", "5 سنوات", "ثلاثة أيام"]


def test_diacritics_and_tanween() -> None:
    m = _mention("استسلم ثلاثةُ آلافٍ من المسلحين", "ثلاثةُ آلافٍ")
    _check(m, dict(value=3000, counted="المسلحين", counted_en="gunmen"))


def test_two_numbers_sharing_a_scale_without_between() -> None:
    mentions = extract_numbers("قتل 7 و8 ملايين شخص")
    assert [(m.text, m.value, m.qualifier) for m in mentions] == [
        ("7", 7_000_000, None), ("8 ملايين", 8_000_000, None)]


def test_approx_prefix_wins_over_suffix_qualifier() -> None:
    m = _mention("نحو (2000) شخص كحد أدنى", "2000")
    assert m.qualifier == "approx"
    assert _mention("(2000) شخص كحد أدنى", "2000").qualifier == "at_least"


@pytest.mark.parametrize("phrase", [
    "ثلاثة آلاف", "ستين ألفا", "مئة وخمسة وعشرين", "خمسة عشر", "خمسمئة ألف",
    "ثلاثة ملايين وخمسمئة ألف", "أربعة", "عشرة", "ثمانية", "ألفين",
])
def test_word_values_agree_with_pyarabic(phrase: str) -> None:
    mentions = extract_numbers(phrase + " شخص")
    assert len(mentions) == 1
    assert mentions[0].text == phrase
    assert mentions[0].value == text2number(phrase)


# ---------------------------------------------------------------------------------------------------
# Whole seed articles
# ---------------------------------------------------------------------------------------------------
SEED_FILES = sorted(p for p in SEEDS.glob("*.txt") if not p.name.endswith(".en.txt"))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_seed_articles_invariants(path: Path) -> None:
    text = load_article(path).text
    mentions = extract_numbers(text)
    assert mentions, "every seed article has numbers"
    last_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end
        last_end = m.end
        assert m.kind in NUMBER_KINDS
        assert m.text == m.text.strip()
        assert m.text[0] not in "وفبلك" or m.text[:2] in ("ثل", "بض") or not m.text[1:2].isdigit()
        if m.vague:
            assert m.value is None
        if m.qualifier == "range":
            assert m.value is not None and m.value_max is not None and m.value_max > m.value


def test_seed_000_values() -> None:
    text = load_article(SEEDS / "000_6b3e9877ce30b531.txt").text
    values = [(m.value, m.kind) for m in extract_numbers(text)]
    assert values == [
        (3, "distance"), (300, "count"), (1200, "count"), (1000, "count"), (6, "duration"),
        (200_000_000, "money"), (300, "count"), (2, "duration"), (150_000, "count"), (800, "count"),
    ]


def test_seed_002_mentions() -> None:
    text = load_article(SEEDS / "002_e794e7c51402b592.txt").text
    surfaces = {m.text for m in extract_numbers(text)}
    assert {"ثلاثة آلاف", "اليومين", "38", "ثمانية", "أربعة", "ستين ألفًا", "60 ألف", "66 ألفًا",
            "1200", "2014", "الثاني", "عشرات الآلاف"} <= surfaces
    # "واحدة تلو الأخرى", days of the week, "كانون الأول/ ديسمبر" (no number) are not mentions
    assert not surfaces & {"واحدة", "الأربعاء", "الأحد", "الاثنين", "الأول"}
    # a count noun's dual ("هجومين") is optional in the gold README: not emitted since session 13
    assert "هجومين" not in surfaces


def test_sorted_non_overlapping_on_dense_text() -> None:
    text = "بين 10 و20 و30 - 40 % 2019-2020 ٣٫٥ مليون 1,200,000 دولار (٥٠٪) الأول الثاني عشر"
    mentions = extract_numbers(text)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start
    for m in mentions:
        assert text[m.start:m.end] == m.text
