"""Session 14, round 2 checks of ORG and MISC names (#12), from the errors of the ninth blind batch: guards named
by what they guard are known bodies (the gazetteer: حرس الحدود، الحرس الوطني), an exchange takes the ل-complement
after its name (entities_bodies.lam_named: بورصة … للذهب), a charter or treaty named by a known body is one MISC
(entities_bodies.charter_named). Sentences written for these tests (invented wording)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def typed(text: str, typ: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == typ]


@pytest.mark.parametrize(("text", "name"), [
    ("وأكدت قوات حرس الحدود أن الوضع مستقر.", "حرس الحدود"),
    ("وقال قائد حرس الحدود في المنطقة إن الوضع مستقر.", "حرس الحدود"),
    ("وقال وزير الحرس الوطني إن التمرين نجح.", "الحرس الوطني"),
])
def test_a_guard_named_by_what_it_guards(text: str, name: str) -> None:
    assert typed(text, "ORG") == [name]


def test_a_verb_of_guarding_is_no_guard() -> None:
    assert typed("وقف الرجل أمام الباب وحرس المنزل طوال الليل.", "ORG") == []


def test_an_exchange_takes_its_lam_complement() -> None:
    assert typed("وأعلنت بورصة شنغهاي للذهب ارتفاع الأسعار أمس.", "ORG") == ["بورصة شنغهاي للذهب"]


@pytest.mark.parametrize(("text", "name"), [
    ("وأشار إلى ميثاق الأمم المتحدة في كلمته.", "ميثاق الأمم المتحدة"),
    ("وذلك وفق ميثاق منظمة التعاون الإسلامي وأهدافها.", "ميثاق منظمة التعاون الإسلامي"),
])
def test_a_charter_named_by_a_known_body(text: str, name: str) -> None:
    assert typed(text, "MISC") == [name]
    assert typed(text, "ORG") == []


@pytest.mark.parametrize("text", ["وقع البلدان معاهدة سلام.", "وأكد التزامه بميثاق الشرف."])
def test_a_charter_without_a_known_body_is_no_name(text: str) -> None:
    assert typed(text, "MISC") == []


def test_a_lam_complement_keeps_an_adjective_that_is_also_a_nationality() -> None:
    assert typed("وتراجعت بورصة طوكيو للأوراق المالية أمس.", "ORG") == ["بورصة طوكيو للأوراق المالية"]


def test_a_hospital_named_by_the_guard_that_runs_it() -> None:
    assert typed("ونقل المصاب إلى مستشفى الحرس الوطني في المدينة.", "ORG") == ["مستشفى الحرس الوطني"]


def test_a_ministry_named_by_the_guard_it_runs() -> None:
    assert typed("وافتتح مشروعات في وزارة الحرس الوطني أمس.", "ORG") == ["وزارة الحرس الوطني"]


def test_an_index_keeps_the_lam_complement_from_its_exchange() -> None:
    assert "بورصة طوكيو" in typed("وارتفع مؤشر بورصة طوكيو للأسهم المقومة بالين أمس.", "ORG")


@pytest.mark.parametrize("text", [
    "وعلى كل مسؤول في الرئاسة العامة لرعاية الشباب أن يعمل.",
    "وطالب الكاتب بالرئاسة العامة لرعاية الشباب بالتدخل.",
])
def test_a_general_presidency_named_by_its_field(text: str) -> None:
    assert typed(text, "ORG") == ["الرئاسة العامة لرعاية الشباب"]


def test_the_presidency_alone_is_no_name() -> None:
    assert typed("وأعلنت الرئاسة المصرية الحداد.", "ORG") == []
