"""Session 14, round 2, person checks from batch 9 and the People lists of 400 unannotated SaudiNewsNet
articles: a religious rank (آية الله، حجة الإسلام) is a title, kept out of the name. Sentences written for these
tests (invented names or names from train examples)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_personrules import disease_names
from sahifa.nlp.entities_words import _Raw
from tests.helpers.people import proposed_people


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("وقال المرشد آية الله علي خامنئي إن الاتفاق لن يغير شيئا.", "آية الله علي خامنئي", "علي خامنئي"),
    ("وكتب حجة الإسلام حسن الطباطبائي مقالا طويلا.", "حجة الإسلام حسن الطباطبائي", "حسن الطباطبائي"),
])
def test_a_religious_rank_is_taken_off_the_name(text: str, name: str, kept: str) -> None:
    assert proposed_people(text, name) == [kept]


@pytest.mark.parametrize(("text", "kept"), [
    ("كان التيار الديني بزعامة آية الله الطباطبائي هو الأقوى.", "الطباطبائي"),
    ("ويقول في ذلك آية الله الطباطبائي: لقد انتصرنا.", "الطباطبائي"),
    ("في الفكر السياسي لآية الله الطباطبائي وغيره.", "الطباطبائي"),
    ("عبر آية الله حسن أقاميري عن الفكرة ذاتها.", "حسن أقاميري"),
])
def test_a_rank_tagged_alone_becomes_the_name_after_it(text: str, kept: str) -> None:
    assert proposed_people(text, "آية الله") == [kept]


def test_a_rank_with_no_name_after_it_stays() -> None:
    text = 'وأضاف أن "آية الله" لن يدخل في مفاوضات أخرى.'
    assert proposed_people(text, "آية الله") == ["آية الله"]


@pytest.mark.parametrize(("text", "name"), [
    ("ويجب أن نحسب حسابنا كمجتمع سعودي مسلم يعكس صورتنا.", "مسلم"),
    ("وهي عادة من موروث قطري أصيل فينا منذ الصغر.", "أصيل"),
])
def test_an_adjective_after_a_noun_and_its_nationality_is_no_person(text: str, name: str) -> None:
    assert proposed_people(text, name) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وتعاقد النادي مع لاعب برازيلي سعيد البارحة.", "سعيد"),
    ("قال اللاعب البرازيلي سعيد إن الفريق جيد.", "سعيد"),
])
def test_a_name_after_a_title_and_a_nationality_stays(text: str, name: str) -> None:
    assert proposed_people(text, name) == [name]


@pytest.mark.parametrize(("text", "name", "kept"), [
    ("استمع إلى شرح من محافظ المحافظة سفر بن سويد الغامدي عن سير الخدمات.", "بن سويد الغامدي",
     "سفر بن سويد الغامدي"),
    ("وأوضح مدير التعليم عيد بن أحمد الغامدي أن الخطة جاهزة.", "بن أحمد الغامدي", "عيد بن أحمد الغامدي"),
])
def test_the_word_before_a_pedigree_is_its_given_name(text: str, name: str, kept: str) -> None:
    assert proposed_people(text, name) == [kept]


@pytest.mark.parametrize(("text", "name"), [
    ("وأضاف بن سويد الغامدي أن الخطة جاهزة.", "بن سويد الغامدي"),
    ("وقال الأمريكي بن سويد الغامدي إن الخطة جاهزة.", "بن سويد الغامدي"),
])
def test_a_verb_or_a_nationality_before_a_pedigree_stays_out(text: str, name: str) -> None:
    assert proposed_people(text, name) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("ودربت الوزارة موظفيها على التعامل مع مرض (كورونا) الخطير.", "كورونا"),
    ("وتحدث عن جهود مكافحة فيروس كورونا في المنطقة.", "فيروس كورونا"),
    ("وأفاد الباحثون في دورية أمراض الصدر بأن النتائج جيدة.", "الصدر"),
])
def test_a_word_after_a_disease_head_is_no_person(text: str, name: str) -> None:
    assert proposed_people(text, name) == []


def test_the_copies_of_a_disease_name_go_too() -> None:
    text = "وتحدث عن مكافحة فيروس كورونا. وتصدر الوزارة إحصائيات عن كورونا يوميا."
    eng, _raws = _rule_raws(text)
    spans = [(text.index("فيروس كورونا"), "فيروس كورونا"), (text.rindex("كورونا"), "كورونا")]
    raws = []
    for start, name in spans:
        t0 = next(i for i, t in enumerate(eng.toks) if t.start == start)
        t1 = next(i for i, t in enumerate(eng.toks) if t.end == start + len(name)) + 1
        raws.append(_Raw(start, start + len(name), t0, t1, "PERSON", None, "crf"))
    assert disease_names(eng, raws) == {0, 1}


def test_the_illness_of_a_named_person_keeps_the_person() -> None:
    text = "لم يشارك في التشكيل الأساسي بسبب مرض عبدالله الزوري ولكنه سيعود."
    assert proposed_people(text, "عبدالله الزوري") == ["عبدالله الزوري"]
