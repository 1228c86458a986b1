"""English for speakers linked to no entity (sahifa.nlp.labels_speakers, #13): a role is described, a name
(alone or after a title and its complement) is labelled with its source kept, and a phrase that is neither
gets nothing, so the interface shows the Arabic as written. The names are invented; the phrases are the
common wording of news attributions, none taken from a gold set."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import DESCRIPTION, TRANSLITERATION, LabelResolver, speaker_english
from sahifa.nlp.labels_speakers import name_part, speaker_label


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for, use_name_index=False)


@pytest.mark.parametrize(("arabic", "name"), [
    ("زيد الكفخاتي", "زيد الكفخاتي"),                        # a given name and a family name
    ("وزيرة العدل زينب الكفخاتي", "زينب الكفخاتي"),          # a title, its complement, the name
    ("د. زيد الكفخاتي", "زيد الكفخاتي"),                     # an abbreviated title
    ("الخبير الاقتصادي زيد الكفخاتي", "زيد الكفخاتي"),       # a role noun and a role adjective
    ("المتحدث باسم الجيش العقيد زيد الكفخاتي", "زيد الكفخاتي"),
    ("«زيد الكفخاتي»", "زيد الكفخاتي"),
    ("رئيس الجمعية هولبريك ماكفرتي", "هولبريك ماكفرتي"),     # a foreign name Arramooz does not know
    # a given name that is also a common word ("travel") is one before بن: the nasab says so
    ("سفر بن زيد الكفخاتي", "سفر بن زيد الكفخاتي"),
    ("اللواء سفر بن زيد الكفخاتي", "سفر بن زيد الكفخاتي"),   # not "بن زيد الكفخاتي": بن begins no name
    # a place after a complement noun of places continues the complement (session 15)
    ("أمين منطقة عسير زيد الكفخاتي", "زيد الكفخاتي"),
    ("محافظ محافظة تبوك زيد الكفخاتي", "زيد الكفخاتي"),
    ("أمين منطقة عسير صالح القاضي", "صالح القاضي"),          # a family name that is also a title (القاضي)
    # an appositive after a name of two words ends it: a role word without the article, or أحد
    ("زيد الكفخاتي محلل أسواق المال", "زيد الكفخاتي"),
    ("زيد الكفخاتي أحد قادة المعارضة", "زيد الكفخاتي"),
])
def test_name_part_finds_the_name(res: LabelResolver, arabic: str, name: str) -> None:
    assert name_part(res, arabic) == name


@pytest.mark.parametrize("arabic", [
    "ثلاثة أرباع",                  # a number phrase the quote engine took for a speaker
    "آنذاك", "هذا", "35", "",       # function words, a figure, nothing
    "العلماء",                      # a common noun: a role the glossary may describe, never a name
    "مسؤولون زيد",                  # a plural role: a group, no one person's name after it
    "والدة زيد الكفخاتي",            # his mother said it, not he
    "عليه زيد",                     # no title in front, and the first word is no name
    "مسؤول بالحزب",                 # a preposition with the article: a complement
    "وزير التربية والتعليم",         # … and a conjunction with the article
    "قائد شرطة ولاية كفخات",         # a lone word after a complement ends the complement
    "رسالتين", "مسارين",             # duals and plurals of common nouns
    "موقع الكفخات أبرزها",           # an object pronoun
    "بن زيد",                       # بن begins no name
    "زيد الكفخاتي الأمريكي",          # a nationality after the name is no family name
    "أمير منطقة تبوك",               # a place after its complement noun, and no name after it
    "والسفر بن زيد",                 # a clitic with the article before بن is no given name
])
def test_no_name(res: LabelResolver, arabic: str) -> None:
    assert name_part(res, arabic) is None


def test_a_role_is_described_before_a_name_is_looked_for(res: LabelResolver) -> None:
    label = speaker_label(res, "مصادر مطلعة")
    assert label is not None and (label.text, label.source) == ("informed sources", DESCRIPTION)


def test_a_guessed_name_keeps_its_source(res: LabelResolver) -> None:
    label = speaker_label(res, "وزيرة العدل زينب الكفخاتي")
    assert label is not None and label.source == TRANSLITERATION
    assert label.text.startswith("Zaina") and "Kafkhati" in label.text


def test_a_place_speaker_only_as_the_gazetteer_writes_it() -> None:
    gulf = speaker_english("الخليج")
    assert gulf is not None and gulf.text == "the Gulf"
    # هند is a woman's name; the gazetteer knows India only as الهند: no "India" for the speaker
    hind = speaker_english("هند")
    assert hind is None or "India" not in hind.text


def test_junk_speakers_get_no_english() -> None:
    assert [speaker_english(t) for t in ("ثلاثة أرباع", "آنذاك", "الله عليك", "خائفا")] == [None] * 4


def test_facts_json_describer_leaves_out_guesses() -> None:
    """`sahifa facts --json` has no source field for an unlinked speaker's English: a name a name source
    knows is given, a transliterated guess is not (null), a role is described."""
    from sahifa.services.facts import role_english

    out = role_english(["الوزيرة ماري جونسون", "زيد الكفخاتي", "مصادر مطلعة"])
    assert out == {"الوزيرة ماري جونسون": "Mary Johnson", "مصادر مطلعة": "informed sources"}


@pytest.mark.parametrize(("arabic", "english"), [
    ("السلطات السويسرية", "the Swiss authorities"),   # group nouns of attribution (glossary role rows)
    ("بيان صحافي", "a press statement"),
    ("مختصون اقتصاديون", "economic specialists"),
    ("المدير العام", "the director general"),
])
def test_group_speakers_are_described(arabic: str, english: str) -> None:
    label = speaker_english(arabic)
    assert label is not None and (label.text, label.source) == (english, DESCRIPTION)


def test_name_part_loads_the_tables_itself() -> None:
    """A new resolver that has labelled nothing yet: name_part reads the glossary's roles through
    LabelResolver.ensure_loaded(), and leaves no description memoised (it once called describe(""))."""
    fresh = LabelResolver(fallback=_label_for, use_name_index=False)
    assert name_part(fresh, "الخبير الاقتصادي زيد الكفخاتي") == "زيد الكفخاتي"
    assert fresh.glossary is not None
    assert fresh._roles == {}
