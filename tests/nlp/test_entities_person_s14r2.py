"""Session 14, round 2, person checks from batch 9 and the People lists of 400 unannotated SaudiNewsNet
articles: a religious rank (آية الله، حجة الإسلام) is a title, kept out of the name. Sentences written for these
tests (invented names or names from train examples)."""

from __future__ import annotations

import pytest

from tests.helpers.proposed import with_person


def proposed_people(text: str, name: str) -> list[str]:
    return [s for s, t in with_person(text, name) if t == "PERSON"]


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
