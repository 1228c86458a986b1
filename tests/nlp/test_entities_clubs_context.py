"""Clubs named like their city, typed by context in sports news (entities_clubs).
Sentences written for these tests; the error class comes from the train articles of real news: a club named like
a place (a Saudi city or region, a foreign city) stayed the place after a player, a match against it, or in a list
of clubs."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def typed(text: str, typ: str, tagger: bool) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == typ]


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "club"), [
    ("وسجل المهاجم هدفين في المباراة أمام حائل في الجولة الأولى من الدوري.", "حائل"),
    ("وأكد المدرب أن لاعبي تبوك جاهزون للمباراة، وأن الفريق سجل هدفا في الشوط الأول.", "تبوك"),
    ("وشارك في الدوري أندية: القادسية، تبوك، الاتفاق في الجولة الأولى.", "تبوك"),
])
def test_a_club_named_like_its_city_in_sports_news(text: str, club: str, tagger: bool) -> None:
    assert club in typed(text, "ORG", tagger)
    assert club not in typed(text, "LOC", tagger)


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "place"), [
    ("وغادر الفريق الرياض إلى النمسا للمعسكر، وقال المدرب إن المباراة صعبة أمام الهلال.", "الرياض"),
    ("وفاز منتخب الكويت في المباراة أمام السعودية بهدف في الدوري.", "السعودية"),
    ("ويلعب في أحد أندية الرياض بعد أن سجل هدفا في المباراة الأخيرة من الدوري.", "الرياض"),
])
def test_the_city_a_team_leaves_a_country_and_the_clubs_of_a_city_stay_places(text: str, place: str,
                                                                              tagger: bool) -> None:
    assert place in typed(text, "LOC", tagger)
