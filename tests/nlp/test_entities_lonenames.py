"""Session 17 (#12): a family name that is also a given name, alone after the person was named in full
(علي عبدالله صالح … قوات صالح). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def _people(text: str) -> list[str]:
    return [m.text for m in extract_entities(text) if m.type == "PERSON"]


@pytest.mark.parametrize(("text", "full", "alone", "n"), [
    ("أعلن الرئيس السابق علي عبدالله صالح دعمه للحوار. وشنت الطائرات غارات على قوات صالح في صنعاء.",
     "علي عبدالله صالح", "صالح", 1),
    ("سجل اللاعب محمد نور هدفا في المباراة. وكان نور قد عاد من الإصابة قبل أسبوع، ويغيب نور عن المباراة المقبلة.",
     "محمد نور", "نور", 2),
])
def test_the_family_name_alone_names_the_person(text: str, full: str, alone: str, n: int) -> None:
    people = _people(text)
    assert full in people
    assert people.count(alone) == n


def test_the_word_with_a_preposition_is_no_name() -> None:
    text = "أعلن الرئيس السابق علي عبدالله صالح دعمه للحوار. وجاء القرار لصالح المعارضة."
    people = _people(text)
    assert "علي عبدالله صالح" in people and "صالح" not in people


def test_two_people_with_the_word_name_neither_alone() -> None:
    text = ("التقى الوزير أحمد سالم نور بالسفير خالد عمر نور أمس. وسيزور نور القاهرة غدا.")
    assert "نور" not in _people(text)


def test_the_word_spelt_otherwise_is_another_word() -> None:
    text = "التقى الرئيس بالوزير أحمد علي. وقال مصدر إن الاتفاق على الحدود قريب."
    assert "على" not in _people(text)
