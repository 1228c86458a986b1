"""A person named in full and then by the given name alone (sahifa.nlp.entities_firstnames). Sentences written for
these tests; the class comes from real-news gold (feature stories call their subject by the given name)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def people(text: str, tagger: bool = True) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in extract_entities(text, tagger=tagger) if m.type == "PERSON"]


@pytest.mark.parametrize(("text", "alone", "full"), [
    ("وقال المدرب سيرخيو بوسكيتس إن الفريق جاهز للموسم. وأكد سيرخيو أن المباراة المقبلة صعبة.",
     "سيرخيو", "سيرخيو بوسكيتس"),
    # a given name that is also a word (صالح "good") with a speech verb before it
    ("وقال الكاتب صالح العمري إن الرواية جديدة. وأوضح صالح أن النشر تأخر.", "صالح", "صالح العمري"),
])
def test_the_given_name_alone_is_the_person_named_in_full(text: str, alone: str, full: str) -> None:
    got = people(text, tagger=False)
    assert (alone, full) in got, got  # the same person: the full name's canonical


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "word"), [
    ("وقال الكاتب صالح العمري إن الرواية جديدة، وإن الجوائز تذهب إلى صالح الأعمال.", "صالح"),  # a construct
    ("وقال الدكتور علي الأحمد إن الدراسة جديدة، وأكد على أهمية البحث.", "على"),  # the preposition
])
def test_a_word_is_no_copy_of_a_name(text: str, word: str, tagger: bool) -> None:
    assert not any(t == word for t, _c in people(text, tagger))


def test_two_people_with_one_given_name_make_no_copy() -> None:
    text = ("وقال المهندس فهد الشمري إن المشروع انتهى، وقال المهندس فهد العتيبي إن الافتتاح قريب. "
            "وأكد فهد أن الموعد ثابت.")
    got = people(text, tagger=False)
    assert ("فهد الشمري", "فهد الشمري") in got
    assert not any(t == "فهد" for t, _c in got)
