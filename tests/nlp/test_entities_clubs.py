"""Foreign clubs and companies (resources/gazetteer/orgs.tsv): a European club known by its city's name alone
(برشلونة، روما: kind "city_club") is the club in sports news and the city elsewhere or after في; clubs and
companies whose names are no common words are organisations wherever they stand. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def found(text: str, tagger: bool = True) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


@pytest.mark.parametrize("tagger", [True, False])
def test_a_city_named_club_in_sports_news_is_the_club(tagger: bool) -> None:
    got = found("وفاز برشلونة على إشبيلية بهدفين في مباراة الدوري الإسباني، وسجل ميسي هدف الفريق الأول.", tagger)
    assert ("برشلونة", "ORG") in got and ("إشبيلية", "ORG") in got


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize("text", [
    "ويقيم اللاعب في برشلونة منذ انتقاله إلى الفريق، وشارك في مباراة الدوري أمس.",  # in the city
    "وزار الرئيس مدينة برشلونة الإسبانية أمس والتقى رئيس بلديتها.",  # no sports news
])
def test_the_city_stays_a_place(text: str, tagger: bool) -> None:
    assert ("برشلونة", "LOC") in found(text, tagger)


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وقالت نوكيا إنها ستطلق هاتفا جديدا الشهر المقبل.", "نوكيا"),
    ("وأعلنت بورش عن طراز جديد من سياراتها.", "بورش"),
    ("وتعاقد لاتسيو مع المهاجم في صفقة كبيرة.", "لاتسيو"),
    ("وأعلن طيران ناس عن رحلات جديدة إلى أبها.", "طيران ناس"),
])
def test_companies_and_clubs_are_organisations(text: str, name: str, tagger: bool) -> None:
    assert (name, "ORG") in found(text, tagger)


def test_a_workshop_is_no_car_maker() -> None:
    assert not any(t == "ORG" for _s, t in found("وأفادت الفنانة بالقيام بورشة عمل كبيرة في اليوم التاسع."))
