"""Session 15 round 2 checks of ORG names (#12), from the ORG errors of batch 10 of real news: a country's
broadcaster named by its medium and its nationality (entities_bodies.national_broadcasters) and a body named by
two media (entities_bodies.media_pairs). Sentences written for these tests (invented wording)."""

from __future__ import annotations

import pytest

from sahifa.nlp import entities_bodies as B
from sahifa.nlp.entities import _rule_raws, extract_entities


def typed(text: str, typ: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == typ]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال التلفزيون الأردني إن البث سيبدأ مساء الخميس.", "التلفزيون الأردني"),
    ("ونقلت الإذاعة الإسرائيلية عن مصدر عسكري قوله إن الهجوم فشل.", "الإذاعة الإسرائيلية"),
    ("وعرض المسلسل على شاشة التليفزيون المصري خلال الشهر.", "التليفزيون المصري"),
    ("وقال في مقابلة بالتلفزيون الألماني إن الاتفاق قريب.", "التلفزيون الألماني"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_broadcaster_named_by_its_medium_and_nationality(text: str, name: str, tagger: bool) -> None:
    assert typed(text, "ORG", tagger) == [name]


@pytest.mark.parametrize("text", [
    "وقال مراسل قناة التلفزيون العراقية إن الطريق مغلق.",   # the nationality agrees with قناة
    "وأضاف أن الإذاعة المحلية ستغطي الحدث.",                 # no nationality
    "وقال الإذاعة السعودي إن البث توقف.",                    # no agreement (an invented slip)
])
def test_no_broadcaster_without_an_agreeing_nationality(text: str) -> None:
    assert not any(m.text.startswith(("التلفزيون", "الإذاعة")) for m in extract_entities(text, tagger=False))


@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس هيئة الإذاعة والتلفزيون إن الخطة جاهزة.", "هيئة الإذاعة والتلفزيون"),
    ("وأصدر اتحاد الإذاعة والتليفزيون بيانا أمس.", "اتحاد الإذاعة والتليفزيون"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_body_of_two_media_takes_the_second(text: str, name: str, tagger: bool) -> None:
    assert typed(text, "ORG", tagger) == [name]


def test_the_second_medium_of_a_body_is_no_broadcaster_of_its_own() -> None:
    # (the nationality after the second medium: no second ORG cut out of the body's name)
    got = typed("وتنتج هيئة الإذاعة والتلفزيون الأردني مسلسلا جديدا.", "ORG", tagger=False)
    assert got and not any(t.startswith("التلفزيون") for t in got)
    eng, _raws = _rule_raws("ودخل الوفد مبنى الإذاعة والتلفزيون الأردني أمس.")
    at = [i for i, t in enumerate(eng.toks) if t.text == "والتلفزيون"]
    assert at and B._broadcaster_at(eng, at[0]) is None
    eng, _raws = _rule_raws("وقال للصحفيين، والتلفزيون الأردني ينقل كلمته، إن الخطة جاهزة.")
    at = [i for i, t in enumerate(eng.toks) if t.text == "والتلفزيون"]
    assert at and B._broadcaster_at(eng, at[0]) == (1, at[0] + 2)   # after a comma: a broadcaster


@pytest.mark.parametrize("text", [
    "وقال الدكتور سامي الحربي عضو هيئة التدريس بجامعة الملك سعود إن الدراسة اكتملت.",
    "وشكلت أعضاء هيئة التدريس والموظفين بجامعة الملك خالد نصف المشاركين.",
    "وأشاد بجهود أعضاء هيئة التمريض في مستشفى الملك فهد.",
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_staff_is_no_body(text: str, tagger: bool) -> None:
    got = extract_entities(text, tagger=tagger)
    assert got   # (the rest of the sentence is still read)
    assert not any("هيئة" in m.text for m in got)
