"""Session 12's person checks, drawn from the People lists of 1,400 random unannotated SaudiNewsNet articles:
the copies of a "name" that was a common phrase, a given name with a feminine adjective after it, ل or ب
fused to a word the dictionary knows (لجان "committees", not ل + جان "for Jean"), لي "to me" before a definite
noun, a derived verbal noun the dictionary lacks, and a titled name whose family nisba the gazetteer knows as
someone else's name alone. Sentences written for these tests (the names are invented or common)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities_lexical import _masdar_shape
from tests.helpers.people import people


@pytest.mark.parametrize("tagger", [True, False])
def test_copies_of_a_vetoed_phrase_go_with_it(tagger: bool) -> None:
    # لي الابتعاث ("to me, studying abroad") was a "name"; its copy الابتعاث elsewhere went on alone
    text = ("وقال أحد الطلاب: «أضاف لي الابتعاث تغيير مفاهيم كثيرة جدا». وأكد أن رحلة الابتعاث جعلته "
            "يدرك قيمة الوقت، وأن الابتعاث فرصة لا تعوض.")
    assert people(text, tagger) == []


def test_a_copy_of_a_one_word_name_is_judged_in_its_place() -> None:
    # (the copies of a lone name stay: they are judged where they stand)
    text = "واستقبل الدكتور مصدق الوفد في مكتبه. وقال مصدق إن الزيارة مهمة."
    assert "مصدق" in people(text)


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize("text", [
    "ويوفر المنتزه للزائر نزهة حالمة في ظل الأشجار الوارفة.",
    "نريد منافسة نقية شريفة خالية من الشوائب في الموسم المقبل.",
    "ونأمل أن تعود الأمة عزيزة متقدمة كما كانت.",
])
def test_a_given_name_with_a_feminine_adjective_is_a_noun_phrase(text: str, tagger: bool) -> None:
    assert people(text, tagger) == []


def test_a_feminine_family_name_that_is_no_adjective_stays() -> None:
    assert "نزهة الخليفة" in people("وقالت الدكتورة نزهة الخليفة إن البرنامج ناجح.")


@pytest.mark.parametrize("tagger", [True, False])
def test_committees_are_not_for_jean(tagger: bool) -> None:
    assert not any("جان" in p for p in people("وكلفت الوزارة بها لجان المهرجان في المنطقة.", tagger))


@pytest.mark.parametrize("text", [
    "وقال: «أضاف لي الابتعاث تغيير مفاهيم كثيرة».",
    "وأوضح لي المسؤول أن الطلب قيد الدراسة.",
])
def test_li_before_a_definite_noun_is_to_me(text: str) -> None:
    assert people(text) == []


def test_lee_with_a_family_name_is_a_person() -> None:
    assert "لي نيلسون" in people("وقال الممثل البريطاني لي نيلسون إن العرض كان مزحة.")


def test_derived_verbal_noun_shapes() -> None:
    for stem in ("ابتعاث", "اصطلاح", "انطلاق", "استقطاب", "تطوير", "تعاون"):
        assert _masdar_shape(stem), stem
    for stem in ("جاسر", "عساف", "تميمي", "تركي", "فيصل", "راجحي", "تويجري"):
        assert not _masdar_shape(stem), stem


@pytest.mark.parametrize("tagger", [True, False])
def test_a_given_name_before_a_derived_verbal_noun_is_a_noun_phrase(tagger: bool) -> None:
    # ابتعاث is a verbal noun the dictionary lacks: its shape (افتعال) shows it is no family name
    assert people("وقال إن رغد الابتعاث جعل الطلاب أكثر وعيا.", tagger) == []


def test_a_titled_name_takes_a_family_nisba_the_gazetteer_knows_alone() -> None:
    text = "وحضر الافتتاح مدير مراكز المراقبة الصحية عبدالغني المالكي وعدد من المسؤولين."
    assert people(text) == ["عبدالغني المالكي"]


def test_the_famous_bearer_alone_stays() -> None:
    assert "نوري المالكي" in people("وانتقد نائب الرئيس العراقي نوري المالكي القرار.")


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت المصادر إن قوات الرئيس منصور هادي انتزعت أمس آخر حصون الميليشيات.", "منصور هادي"),
    ("وذكر أن الأمير خالد بن عبدالعزيز أوقفا ملف اللاعبين مع رئيس النادي.", "خالد بن عبدالعزيز"),
    ("وتراجعت الإصلاحات التي تشجعها حكومة شينزو آبي معتمدة على الدعم.", "شينزو آبي"),
])
def test_a_verb_or_an_adjective_after_a_name_ends_it(text: str, name: str) -> None:
    found = people(text)
    assert name in found and not any(p.startswith(name + " ") for p in found)


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت فاليري جاريت مساعدته البارزة إن العائلة بخير.", "فاليري جاريت"),  # (جاريت: no verb here)
    ("وقال الدكتور محمد رفعت إن النتائج مطمئنة.", "محمد رفعت"),  # (رفعت: a given name)
])
def test_names_that_look_like_a_verb_stay_whole(text: str, name: str) -> None:
    assert name in people(text)


def test_fa_fused_to_a_dictionary_word_is_no_name() -> None:
    assert people("أما الآخرون فعلي العكس تماما لا يفون بوعودهم.") == []


@pytest.mark.parametrize("text", [
    "وقتلته قوات الاحتلال بعد إصابته برصاصتين في الصدر وأصابت اثنين من أبنائه.",
    "ويوضع الجهاز تحت الجلد في الجهة اليمنى من مقدمة الصدر عبر جراحة صغيرة.",
])
def test_a_gazetteer_surname_that_is_a_common_noun_in_its_slot_is_no_person(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize("text", [
    "وقال الصدر في بيان إن التيار لن يشارك في الانتخابات.",
    "ودعا زعيم التيار مقتدى الصدر أنصاره إلى الهدوء. وقال الصدر في بيان إن المرحلة صعبة.",
])
def test_the_gazetteer_person_as_subject_or_named_in_full_stays(text: str) -> None:
    assert "الصدر" in people(text) or "مقتدى الصدر" in people(text)


def test_a_family_name_that_is_also_a_feminine_adjective_stays() -> None:
    # مشرفة: its masculine مشرف is a name half the time in the dictionary's frequency list
    assert "أيمن مشرفة" in people("وكان بين الحضور السفير المصري لدى تونس أيمن مشرفة الذي أعلن دعم بلاده.")


def test_a_copy_after_a_speech_verb_stays_when_its_source_is_vetoed() -> None:
    text = ("أثنى المرشد السياحي توفيق الصائغ على ما حققته الحملة من نجاح. وأضاف الصائغ أن الموسم "
            "كان ناجحا بكل المقاييس.")
    assert "الصائغ" in people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وتغيب عن التدريبات اللاعبون أحمد عباس، ويحيى الشهري، ومحمد السهلاوي.", "يحيى الشهري"),
    ("كان أمل السلطان عبد الحميد الثاني أن يتخلى عن الحرب.", "عبد الحميد الثاني"),
])
def test_a_family_nisba_that_is_also_an_adjective_ends_a_name(text: str, name: str) -> None:
    assert name in people(text)


def test_an_institution_named_after_a_king_keeps_its_frequent_adjective() -> None:
    found = people("ووصل الوفد إلى مطار الملك خالد الدولي في الرياض أمس.")
    assert "خالد الدولي" not in found


def test_a_foreign_name_in_alif_is_no_dual_verb() -> None:
    # سوفا is no dual of سوف ("will"): a dual or plural ending needs a frequent verb
    assert "بوريك دالاني سوفا" in people("ويخرج الفيلم المخرج التشيكي بوريك دالاني سوفا الذي فاز بجائزة.")
