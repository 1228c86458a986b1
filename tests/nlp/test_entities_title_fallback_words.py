"""After a direct title the rule engine takes unknown words as the name (the title fallback of
sahifa.nlp.entities_people); words the dictionary reads as an adjective, a verb or the head of a construct are
said of the titled, not his name (sahifa.nlp.entities_titlewords), and "عن طريق" before a title is "by way of",
no road (sahifa.nlp.entities_detect). Sentences written for these tests; the names are invented. Each sentence
has a real name too, so an engine finding nothing fails."""

from __future__ import annotations

import pytest

from tests.helpers.people import people


@pytest.mark.parametrize(("text", "name"), [
    # an adjective, then a noun with "his": a phrase, not a name before اللاعب
    ("وفاز الفريق بهدف نظيف سجله اللاعب ماجد سالم في الشوط الثاني.", "ماجد سالم"),
    # an imperfect verb after the title
    ("وظهر المهاجم يتوسط مشجعين، وقال المدرب جياكر أمد إن الفوز مهم.", "جياكر أمد"),
    # an adjective in the accusative after the title
    ("وبدا المهاجم قادرا على التسجيل، وقال المدرب جياكر أمد إن الفوز مهم.", "جياكر أمد"),
    # an accusative noun and its agreeing adjective
    ("وقدم الفنان اعتذارا جميلا، مؤكدا أنه جديد في الساحة، وقال المدرب جياكر أمد إن الفوز مهم.", "جياكر أمد"),
    # a frequent adjective never a proper noun, then the name
    ("وشارك العميد متقاعد سالم الحربي في الحفل.", "سالم الحربي"),
])
def test_a_word_said_of_the_titled_is_no_name(text: str, name: str) -> None:
    assert people(text, tagger=False) == [name]


def test_the_head_of_a_construct_does_not_go_on_the_name() -> None:
    text = "وقال المهاجم البرازيلي كورفان نجم فريق الاتحاد إن المباراة صعبة."
    assert people(text, tagger=False) == ["كورفان"]


def test_by_way_of_a_titled_player_is_no_road() -> None:
    text = "وسجل الفريق هدف التقدم عن طريق المهاجم حمزة الدرديري في الدقيقة العاشرة."
    assert people(text, tagger=False) == ["حمزة الدرديري"]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال المهاجم جياكر أمد إن الفوز مهم.", "جياكر أمد"),
    ("وأغلقت الشرطة طريق الملك فهد أمس، وقال المدرب جياكر أمد إن الطريق مزدحم.", "جياكر أمد"),
    # a word that is a name too, before a family name
    ("وقالت رئيسة الجمعية ملاك الحربي إن الحفل ناجح.", "ملاك الحربي"),
    # a foreign name, then an adverb with its pronoun
    ("وقال الروائي سالنجر قبلها إن الرواية انتهت.", "سالنجر"),
    # a foreign family name in ـا is no accusative
    ("وسجل المهاجم البرازيلي ماتيوس كونيا الهدف الأول.", "ماتيوس كونيا"),
    # a given name in ـا (no accusative: the father's name and the family nisba follow)
    ("وقال المواطن سلما خلف الحربي إن الحريق انطفأ.", "سلما خلف الحربي"),
    # a family name that is a verb too, before the head of a construct
    ("واستقبل الرئيس ماكي سال رئيس الوزراء أمس.", "ماكي سال"),
])
def test_a_name_after_the_title_stays(text: str, name: str) -> None:
    assert name in people(text, tagger=False)
