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


@pytest.mark.parametrize(("text", "name"), [
    ("وقال مدير التعليم عواض بن أحمد الزهراني إن الدراسة تبدأ الأحد.", "عواض بن أحمد الزهراني"),
    ("وقال رئيس المركز نهار بن سعد العتيبي إن الخدمات متاحة.", "نهار بن سعد العتيبي"),
])
def test_the_word_before_a_pedigree_and_a_family_name_is_the_given_name(text: str, name: str) -> None:
    # عواض, نهار "daytime": no list of given names has them; بن + a given name + a family name says it
    assert people(text, tagger=False) == [name]
    assert people(text) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("وقال مدير الشرطة العقيد ظافر بن علي الشهري إن التحقيق مستمر.", "ظافر بن علي الشهري"),
    ("وشارك في الندوة الدكتور سالم الخديدي، وعادل بن مطر الشهري.", "عادل بن مطر الشهري"),
])
def test_a_family_nisba_that_is_also_a_word_ends_a_pedigree(text: str, name: str) -> None:
    # الشهري is "monthly" too: after بن and the father's name it is the family name
    assert name in people(text, tagger=False)
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "وتقع قرب حكومة بن كيران مقار عدة.",
    "وأصدر المجلس بيانا بن ختامه دعوة للحوار.",
])
def test_no_given_name_before_a_pedigree_without_a_father_and_a_family_name(text: str) -> None:
    assert people(text, tagger=False) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وقالت الدكتورة عالية السبيعي إن المشروع ناجح.", "عالية السبيعي"),
    ("وتقدم الورشة دروسا للمدربة عالية العنزي يوم الخميس.", "عالية العنزي"),
    ("وقالت المهندسة نوال الدوسري إن المشروع ناجح.", "نوال الدوسري"),
])
def test_a_wikidata_given_name_after_a_title_and_before_a_family_name(text: str, name: str) -> None:
    # عالية "high" is in no list of the engine's given names; name_units.tsv has it; المدربة, المهندسة: titles
    assert people(text, tagger=False) == [name]
    assert people(text) == [name]


def test_the_feminine_of_a_common_word_in_construct_after_a_title_is_no_name() -> None:
    assert people("وتحاضر في الدورة المدربة صاحبة متجر الحلويات.", tagger=False) == []


@pytest.mark.parametrize(("text", "name"), [
    ("وشكر المدير العقيد سالم بن وصل الحربي على جهوده.", "سالم بن وصل الحربي"),
    ("وشارك المواطن هزاع خلف العنزي في الحفل.", "هزاع خلف العنزي"),
    ("وقال عبدالرحمن خلف الشمري إن الحفل نجح.", "عبدالرحمن خلف الشمري"),
])
def test_a_father_named_by_a_common_word_before_the_family_nisba(text: str, name: str) -> None:
    # وصل "arrived" (also و + صل), خلف "behind": between the given name (or بن) and a family nisba, the father's name
    assert name in people(text, tagger=False)


def test_a_participle_and_its_complement_are_no_father_and_family_name() -> None:
    assert "هزاع خلف المنتمي" not in people("وقال المواطن هزاع خلف المنتمي إلى الجمعية كلاما.", tagger=False)
