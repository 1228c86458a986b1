"""A government or a leadership named by its seat or its leader is that place or person (sahifa.nlp.entities_seats),
as the gold's conventions say (حكومة طرابلس → LOC طرابلس); a named government and the definite الحكومة السعودية stay
bodies. Sentences written for these tests (invented people)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def typed(text: str, tagger: bool = True) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت حكومة الهند إن الاتفاق قريب.", ("الهند", "LOC")),
    ("وشاركت قوات التحالف بقيادة الولايات المتحدة في الغارات.", ("الولايات المتحدة", "LOC")),
    ("ووقع الوزير اتفاقية بين حكومة المملكة العربية السعودية وشركة محلية.", ("المملكة العربية السعودية", "LOC")),
    ("وقال رئيس الوزراء سامر الحلواني إن الخطة جاهزة. وكانت حكومة الحلواني قد أقرت الميزانية.", ("الحلواني", "PERSON")),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_government_named_by_its_seat_or_leader_is_that_place_or_person(text: str, name: tuple[str, str],
                                                                          tagger: bool) -> None:
    got = typed(text, tagger)
    assert name in got, got
    assert not any(t.startswith(("حكومة", "قيادة")) for t, _ty in got), got


@pytest.mark.parametrize(("text", "name"), [
    ("وتسعى حكومة الوفاق الوطني إلى السيطرة على العاصمة.", "حكومة الوفاق الوطني"),
    ("وأكدت الحكومة السعودية دعمها للقرار.", "الحكومة السعودية"),
])
def test_a_named_government_stays_a_body(text: str, name: str) -> None:
    assert (name, "ORG") in typed(text, tagger=False)


def test_a_regions_government_stays_a_body() -> None:
    assert ("حكومة إقليم كردستان", "ORG") in typed("وقالت حكومة إقليم كردستان إن الرواتب ستصرف.", tagger=False)
