"""Titles of works in Latin script after the work's head-word and its adjectives, and a quoted title given in
Arabic and in its original Latin script with a dash between (two names of one work). Sentences written for these
tests (invented titles); the class comes from the MISC misses of the twelfth blind batch (film reviews)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def misc(text: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == "MISC"]


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "title"), [
    ("وبدأ مسيرته مع المسلسل الحربي Silent Harbour قبل عشر سنوات.", "Silent Harbour"),
    ("ونال فيلمه الرسومي Little Comets جائزة عام 2010.", "Little Comets"),
    ("وقدم فيلم الكاوبوي Dry Creek قبل عامين.", "Dry Creek"),
])
def test_a_latin_title_after_the_head_and_its_adjectives(text: str, title: str, tagger: bool) -> None:
    assert title in misc(text, tagger)


@pytest.mark.parametrize("tagger", [True, False])
def test_an_arabic_title_and_its_original_are_two_titles(tagger: bool) -> None:
    found = misc('وعرض فيلم "صمت البحر-Silent Sea" أمس.', tagger)
    assert "صمت البحر" in found
    assert "Silent Sea" in found


def test_a_latin_word_after_a_plain_noun_is_no_title() -> None:
    assert misc("وقال المدير إن الشركة الأمريكية Apex تعمل في المنطقة.") == []
