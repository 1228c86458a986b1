"""A plural group speaks through a plural verb or participle with no subject of its own (session 9, quo2):
the group is the subject of the verb that opens the sentence ("أشاد مهندسون …، مؤكدين أن …") or, for a
verb opening its sentence, of the sentence before ("… . وقالوا إن …"). Short sentences written for these
tests: no article text of the corpus is copied here."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes


def test_a_plural_participle_speaks_for_the_group_that_opens_the_sentence() -> None:
    text = "أشاد مهندسون في المدينة الصناعية بخطة الصيانة الجديدة، مؤكدين أن المصانع ستعمل بكامل طاقتها قريبا."
    assert pairs(quotes(text)) == [("مهندسون", "المصانع ستعمل بكامل طاقتها قريبا")]


def test_a_plural_verb_opening_a_sentence_takes_the_group_of_the_sentence_before() -> None:
    text = "رحب مزارعون في الوادي بقرار خفض رسوم المياه. وقالوا إن المحصول سيكون وفيرا في الموسم المقبل."
    assert pairs(quotes(text)) == [("مزارعون", "المحصول سيكون وفيرا في الموسم المقبل")]


def test_a_counted_feminine_group_and_its_feminine_plural_participle() -> None:
    text = "احتفى عدد من معلمات المدرسة الثانوية بالجوائز، مؤكدات أن الطالبات يستحققن التكريم."
    assert pairs(quotes(text)) == [("معلمات المدرسة الثانوية", "الطالبات يستحققن التكريم")]


def test_the_group_replaces_a_person_quoted_before() -> None:
    text = ("وقال سالم العتيبي إن السوق هادئة هذا الأسبوع. "
            "وانتقد تجار في السوق المركزية ارتفاع الإيجارات، مشيرين إلى أن المحلات الصغيرة قد تغلق أبوابها.")
    assert pairs(quotes(text, "سالم العتيبي")) == [
        ("سالم العتيبي", "السوق هادئة هذا الأسبوع"),
        ("تجار", "المحلات الصغيرة قد تغلق أبوابها"),
    ]


def test_a_singular_participle_after_a_group_is_not_the_group() -> None:
    # the group found above must not become the speaker of a later singular "مضيفًا"
    text = ("رحب مزارعون في الوادي بقرار خفض الرسوم، مؤكدين أن المحصول سيكون وفيرا. "
            "وزار الوادي موظفو الوزارة، مضيفا أن الزيارة ستتكرر كل شهر.")
    assert ("مزارعون", "الزيارة ستتكرر كل شهر") not in pairs(quotes(text))
    assert ("مزارعون", "المحصول سيكون وفيرا") in pairs(quotes(text))


def test_a_noun_after_a_preposition_is_no_group_subject() -> None:
    # boundary of the rule (passes on the old code too): "بين المستثمرين، 60% قالوا": the preposition's noun is not who spoke
    text = "بين المستثمرين في الاستطلاع، 60% قالوا إن الأسعار ستنخفض."
    assert all(q.speaker != "المستثمرين" for q in quotes(text))


def test_an_indefinite_sound_plural_stops_before_the_object() -> None:
    # "اعتبر مختصون الدعم …": the ن of مختصون shows it is no construct; الدعم is the object
    text = "اعتبر محللون الدعم الحكومي ضروريا. وقالوا إن نسبة كبيرة منه تذهب إلى قطاع الطاقة."
    assert pairs(quotes(text)) == [("محللون", "نسبة كبيرة منه تذهب إلى قطاع الطاقة")]


def test_a_counted_group_in_construct_with_its_genitive_ending() -> None:
    # session 15 (quo): after a count and من the group's noun is genitive: a sound plural in construct
    # ends in ي ("مسؤولي الشركة"), and "كبار" stands in construct ("كبار السن")
    text = "أشاد عدد من مسؤولي الشركة بالقرار الجديد، مؤكدين أن الأرباح سترتفع هذا العام."
    assert pairs(quotes(text)) == [("مسؤولي الشركة", "الأرباح سترتفع هذا العام")]
    text = "طالب عدد من كبار السن في المنطقة بالاقتصاد في النفقات، مشيرين إلى أن السعادة تكون في البساطة."
    assert pairs(quotes(text)) == [("كبار السن", "السعادة تكون في البساطة")]

