"""Session 15, round 2 (#12): profession titles name the person who follows them; a family name in ـاتي is no
noun with "my" (entities_pronouns); after a title, بن names the father whatever the word. Names are invented
(فهد مطر: a train article's)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_pronouns import pronoun_word
from tests.helpers.people import people, proposed_people


@pytest.mark.parametrize(("text", "name"), [
    ("وكتبت الإعلامية منى كرمان مقالا.", "منى كرمان"),
    ("وشارك المنشد فهد مطر في الحفل.", "فهد مطر"),
    ("وشارك الملحن عادل نزيه في الحفل.", "عادل نزيه"),
    ("وقالت الشاعرة ماري كومين إن الشعر حي.", "ماري كومين"),
])
def test_a_profession_title_names_the_person_after_it(text: str, name: str) -> None:
    assert name in people(text)


def test_a_family_name_in_ati_is_no_noun_with_my() -> None:
    text = "ويأتي ترشيحه داخل مجلس الإدارة برئاسة سمير نجاتي للموسم الجديد."
    eng, _raws = _rule_raws(text)
    assert not pronoun_word(eng, next(k for k, t in enumerate(eng.toks) if t.text == "نجاتي"))
    assert proposed_people(text, "سمير نجاتي") == ["سمير نجاتي"]


def test_a_feminine_noun_with_my_is_still_cut_off() -> None:
    assert proposed_people("وحضرت هند ابنتي الحفل مع صديقاتها.", "هند ابنتي") == ["هند"]


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
    ("وقال السناتور جون سميث رئيس اللجنة إن الاتفاق سيئ.", "جون سميث"),
    ("وقال اللورد بيتر هاردي إنه يعتقد أن التقرير ناقص.", "بيتر هاردي"),
])
def test_a_variant_spelling_of_a_title_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in people(text)
