"""A title before a person's name (the ``title_direct`` cues of resources/gazetteer/cues.tsv, read by
sahifa.nlp.entities_people) and the pedigree after a titled given name (sahifa.nlp.entities_pedigree): a profession
title names the person who follows it, a variant spelling of a title is no part of the name, and after a title بن
names the father whatever the word. Sentences written for these tests; the names are invented (فهد مطر: a train
article's)."""

from __future__ import annotations

import pytest

from tests.helpers.people import people


@pytest.mark.parametrize(("text", "name"), [
    ("وكتبت الإعلامية منى كرمان مقالا.", "منى كرمان"),
    ("وشارك المنشد فهد مطر في الحفل.", "فهد مطر"),
    ("وشارك الملحن عادل نزيه في الحفل.", "عادل نزيه"),
    ("وقالت الشاعرة ماري كومين إن الشعر حي.", "ماري كومين"),
])
def test_a_profession_title_names_the_person_after_it(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وقال السناتور جون سميث رئيس اللجنة إن الاتفاق سيئ.", "جون سميث"),
    ("وقال اللورد بيتر هاردي إنه يعتقد أن التقرير ناقص.", "بيتر هاردي"),
])
def test_a_variant_spelling_of_a_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وأقام رئيس القرية الشيخ سالم بن نومة حفل العيد.", "سالم بن نومة"),
    ("وقال اللواء فهد بن مطر إن الحملة مستمرة.", "فهد بن مطر"),
])
def test_after_a_title_a_pedigree_names_the_father_whatever_the_word(text: str, name: str) -> None:
    assert people(text, tagger=False) == [name]
    assert people(text) == [name]


def test_no_father_is_a_function_word() -> None:
    assert people("وقال الشيخ محمد بن في الحفل كلاما.", tagger=False) == ["محمد"]
