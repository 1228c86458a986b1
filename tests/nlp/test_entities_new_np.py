"""A body's name ends where a definite noun opens a new noun phrase (entities_edges._new_noun_phrase).
Sentences written for these tests (invented or generic names); the class comes from the train articles of real
news: المديرية العامة للجوازات الإخوة اليمنيين، حزب الله الجيش الإسرائيلي."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def mentions(text: str, tagger: bool) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


@pytest.mark.parametrize("tagger", [True, False])
def test_the_object_after_a_field_is_not_the_name(tagger: bool) -> None:
    got = mentions("ودعت المديرية العامة للجوازات الإخوة المقيمين إلى مراجعة مكاتبها.", tagger)
    assert ("المديرية العامة للجوازات", "ORG") in got
    assert all("الإخوة" not in t for t, _ in got)


@pytest.mark.parametrize("tagger", [True, False])
def test_the_object_after_a_known_body_is_a_body_of_its_own(tagger: bool) -> None:
    got = mentions("وقاتل حزب الله الجيش الإسرائيلي في الجنوب.", tagger)
    assert ("حزب الله", "ORG") in got
    assert ("الجيش الإسرائيلي", "ORG") in got


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وأكدت منظمة الصحة العالمية انتشار المرض.", "منظمة الصحة العالمية"),
    ("واجتمع ممثلو مجموعة الدول الخمس في فيينا.", "مجموعة الدول الخمس"),
])
def test_adjectives_and_numerals_stay_in_the_name(text: str, name: str, tagger: bool) -> None:
    got = mentions(text, tagger)
    assert all(not name.startswith(t + " ") for t, _ in got), got
