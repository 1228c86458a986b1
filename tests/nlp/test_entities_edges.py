"""Where a body's or a venue's name ends on the right (entities_edges).
Sentences written for these tests (invented or generic names); the error class comes from batch 12 and the older
train articles of real news: a name ran on over ب + the city it is in, over the verb after it, or over a و and
the next phrase after a known body."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def mentions(text: str, tagger: bool) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


@pytest.mark.parametrize("tagger", [True, False])
def test_a_venue_ends_before_bi_and_its_city_is_a_place(tagger: bool) -> None:
    got = mentions("ويستضيف ملعب ستامفورد بريدج بلندن المباراة النهائية.", tagger)
    assert ("ملعب ستامفورد بريدج", "LOC") in got
    assert ("لندن", "LOC") in got


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وقال المدير إن متحف الزبارة فتح أبوابه للزوار بعد العيد.", "متحف الزبارة"),
    ("وأكد المدرب أن ملعب هامبدن بارك يتأهب لاستضافة النهائي.", "ملعب هامبدن بارك"),
])
def test_a_name_ends_before_a_finite_verb(text: str, name: str, tagger: bool) -> None:
    assert (name, "LOC") in mentions(text, tagger)


@pytest.mark.parametrize("tagger", [True, False])
def test_a_known_body_ends_before_wa(tagger: bool) -> None:
    got = mentions("وقال إن حزب الله والنظام يخسران مواقعهما في ريف حمص.", tagger)
    assert ("حزب الله", "ORG") in got
    assert all("والنظام" not in t for t, _ in got)


@pytest.mark.parametrize("tagger", [True, False])
def test_names_of_fields_and_foreign_words_are_not_cut(tagger: bool) -> None:
    got = mentions("وتنظم هيئة السياحة والتراث الوطني المعرض قرب ملعب كوينز بارك.", tagger)
    assert ("هيئة السياحة والتراث الوطني", "ORG") in got  # a field after و, not a known body before it
    assert ("ملعب كوينز بارك", "LOC") in got  # بارك reads as a past verb, but after a foreign word
