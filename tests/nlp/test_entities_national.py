"""Names made of a definite head-word and a nationality (sahifa.nlp.entities_national): a country's airline
(الخطوط القطرية) is one ORG, a country's or a continent's super cup (السوبر الإسباني) one MISC; the front lines, a
region's airlines and a supermarket are none. Sentences written for these tests (invented wording); the classes come
from real news (rules-only misses of real-train) and were read on unannotated articles."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def typed(text: str, typ: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == typ]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال متحدث باسم الخطوط القطرية إن الطائرة هبطت بسلام.", "الخطوط القطرية"),
    ("وعادت رحلة الخطوط الكورية إلى المطار بعد عطل فني.", "الخطوط الكورية"),
    ("وسافر الوفد بالخطوط التونسية إلى باريس.", "الخطوط التونسية"),
    ("وأعلنت الخطوط الجوية الإيرانية تعليق رحلاتها.", "الخطوط الجوية الإيرانية"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_countrys_airline_is_one_body(text: str, name: str, tagger: bool) -> None:
    assert name in typed(text, "ORG", tagger)


@pytest.mark.parametrize("text", [
    "ووصل الجنود إلى الخطوط الأمامية في الجبهة.",
    "وتنافس الخطوط الخليجية شركات الطيران الكبرى.",     # a region's: several airlines
    "وتعبر الخطوط الحديدية المدينة من الشمال.",
])
def test_no_airline_without_a_countrys_nationality(text: str) -> None:
    assert not any(m.text.startswith("الخطوط") for m in extract_entities(text, tagger=False))


@pytest.mark.parametrize(("text", "name"), [
    ("ويستعد الفريقان لمباراة السوبر السعودي في لندن.", "السوبر السعودي"),
    ("وخسر الفريق لقب السوبر الإسباني أمام منافسه.", "السوبر الإسباني"),
    ("وتوج الفريق بالسوبر الأوروبي للمرة الثانية.", "السوبر الأوروبي"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_super_cup_named_by_a_nationality_is_a_competition(text: str, name: str, tagger: bool) -> None:
    assert name in typed(text, "MISC", tagger)


def test_a_cups_name_and_a_supermarket_stay_as_they_are() -> None:
    assert "كأس السوبر الإسبانية" in typed("وتوج الفريق بكأس السوبر الإسبانية أمس.", "MISC", tagger=False)
    assert not any("السوبر" in m.text for m in extract_entities("واشترى الخضار من السوبر ماركت.", tagger=False))
