"""Quote rules of session 12, round 2, drawn from the seventh blind batch's errors (short sentences written
for these tests with invented names: no article text of the corpus is copied here)."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes


def test_a_modal_present_verb_is_no_report() -> None:
    # "قد يرى البعض أن …": what some may think, in a columnist's argument; a past verb after قد stays a report
    text = "قد يرى البعض أن القرار متسرع وقد يقول آخرون إنه جاء في وقته. وقد قال الوزير سامي الحربي إن القرار نهائي."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got == [("سامي الحربي", "القرار نهائي")]


def test_the_present_form_test() -> None:
    from sahifa.nlp.quotes_tokens import _present_form

    assert _present_form("يرى", "رأى") and _present_form("تقول", "قال") and _present_form("يؤكدون", "أكد")
    assert not _present_form("تحدث", "تحدث") and not _present_form("توقعت", "توقع")


def test_a_broken_plural_group_speaks_for_its_participle() -> None:
    text = "أشاد الجنود بمبادرة أهالي القرية، مشيرين إلى أن الزيارة رفعت معنوياتهم كثيرا."
    assert pairs(quotes(text)) == [("الجنود", "الزيارة رفعت معنوياتهم كثيرا")]


def test_a_construct_sound_plural_group_speaks_for_its_participle() -> None:
    # "منسوبو الإدارة": a sound plural whose ن fell before the genitive
    text = "أشاد منسوبو الإدارة بمبادرة أهالي القرية، مشيرين إلى أن الزيارة رفعت معنوياتهم كثيرا."
    assert pairs(quotes(text)) == [("منسوبو الإدارة", "الزيارة رفعت معنوياتهم كثيرا")]


def test_the_writers_elative_aside_ends_the_report() -> None:
    text = "وقالت الشركة إن الموقع مخدوم بخطوط احتياطية، والأغرب أن بيانها لم يذكر سبب العطل."
    assert pairs(quotes(text, orgs=("الشركة",))) == [("الشركة", "الموقع مخدوم بخطوط احتياطية")]


def test_a_preposition_with_a_pronoun_is_no_speaker() -> None:
    text = "نعيش في غربة طويلة تقول عنا أننا أبناء الرمل والصحراء الواسعة."
    assert quotes(text) == []


def test_an_pronoun_after_the_verb_is_skipped_before_the_subject() -> None:
    text = "بعد اختياره، كتب عنه سامي الحربي، محرر الصفحة الأدبية: «استطاع الشاعر الجمع بين ثقافتين مختلفتين تماما»."
    assert pairs(quotes(text)) == [("سامي الحربي", "استطاع الشاعر الجمع بين ثقافتين مختلفتين تماما")]  # no entity


def test_an_existential_clause_follows_the_source_without_a_comma() -> None:
    text = "يذكر أنه وفق إحصائيات وزارة الصحة هناك 120 مستشفى منها 40 مستشفى خاصا، و80 مستشفى حكوميا."
    got = pairs(quotes(text))
    assert got == [("إحصائيات وزارة الصحة", "هناك 120 مستشفى منها 40 مستشفى خاصا، و80 مستشفى حكوميا")]


def test_a_quotation_opening_the_clause_before_bihasab_is_what_was_said() -> None:
    text = "لكن «الربع الأول كان صعبا جدا» رغم كل شيء بحسب سامي الحربي، مع تسجيل تراجعين في الأسعار."
    assert pairs(quotes(text, "سامي الحربي")) == [("سامي الحربي", "الربع الأول كان صعبا جدا")]


def test_a_semicolon_before_the_complementizer_is_a_separator() -> None:
    text = "وأوضح سامي الحربي المشرف العام على القناة؛ أنه روعي في خطة البرامج التنوع والتجديد."
    got = pairs(quotes(text, "سامي الحربي"))
    assert len(got) == 1 and got[0][0] == "سامي الحربي" and "روعي في خطة البرامج" in got[0][1]


def test_an_pronoun_then_a_quoted_name_and_a_post() -> None:
    text = 'ويقول عنه "الحربي" وزير خارجية البلاد: "الأمير من أكبر الساسة في العالم حنكة وحكمة".'
    got = pairs(quotes(text))  # no entity to trim the phrase to: the phrase itself, without عنه
    assert got == [('"الحربي" وزير خارجية البلاد', "الأمير من أكبر الساسة في العالم حنكة وحكمة")]
