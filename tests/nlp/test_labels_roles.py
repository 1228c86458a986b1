"""Speakers and sources named by their role, described in English (sahifa.nlp.labels_roles): the role
noun and its adjectives from the glossary's ``role`` rows, nationalities from the gazetteer, definiteness
from the article, a complement after باسم/في labelled by the resolver; a name or an unknown word gets no
description. The phrases are the common wording of news attributions, none taken from a gold set."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import DESCRIPTION, Label, LabelResolver, describe_speaker
from sahifa.nlp.labels_sources import _default_names_dir


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for, use_name_index=False)


@pytest.mark.parametrize(("arabic", "english"), [
    ("مسؤول أمريكي", "an American official"),               # indefinite singular: a/an
    ("مصادر مطلعة", "informed sources"),                     # indefinite plural: no article
    ("المتحدث الرسمي", "the official spokesman"),            # the article: "the"
    ("مصدر مسؤول", "an official source"),                    # مسؤول as the adjective after a noun
    ("مسؤولون أمريكيون كبار", "senior American officials"),  # a nationality nearest the noun
    ("مسؤول أمني عراقي", "an Iraqi security official"),
    ("شهود عيان", "eyewitnesses"),                           # a two-word role
    ("أحد المسؤولين", "one of the officials"),               # a quantifier in front
    ("عدد من الخبراء", "a number of experts"),
    ("مسؤولون في مالي", "officials in Mali"),                # a place after في
    ("المتحدث باسم وزارة الخارجية", "the spokesman for the Ministry of Foreign Affairs"),
    ("«مصادر مطلعة»", "informed sources"),                   # quotation marks around it
    # a role in construct with what it heads (session 15): a region, a body's common noun, a source's body
    ("أمير منطقة تبوك", "the Emir of Tabuk Region"),
    ("رئيس الرابطة", "the head of the league"),
    ("منظمو المعرض", "the organisers of the exhibition"),   # a sound plural in construct, its ن dropped
    ("المتحدث باسم وزارة الصحة", "the spokesman for the Ministry of Health"),
    ("ولي ولي العهد", "the Deputy Crown Prince"),            # a three-word role
    ("رئيس الوزراء التركي", "the Turkish Prime Minister"),
    ("مصادر نفطية مطلعة", "informed oil sources"),
    ("مصدر قريب", "a close source"),
    ("كثير من المحللين", "many analysts"),
    ("إحدى الصحف المحلية", "one of the local newspapers"),
    ("وزير الخارجية المصري", "the Egyptian Foreign Minister"),   # a two-word role, then its nationality
    ("وزير خارجية مصر", "the Foreign Minister of Egypt"),
    ("مسؤول حكومي رفيع المستوى", "a senior government official"),  # رفيع المستوى: one adjective
    ("باحثون آخرون", "other researchers"),
    ("أمير مكة", "the Emir of Makkah"),                      # a place in construct: no "the" before it
    ("ودبلوماسيون", "diplomats"),                            # a conjunction on the role noun
    ("والمسؤولون", "the officials"),
])
def test_role_phrases(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.describe(arabic) == Label(english, DESCRIPTION)


@pytest.mark.parametrize("arabic", [
    "محمد العلي",                 # a name is labelled, not described
    "مصادر قريبة من الفريق",      # "close to" is not composed: nothing, not a half guess
    "رئيس الجمعية المصري",        # the adjective agrees with the head, not the society: not "the head of the Egyptian …"
    "مصادر بالمقاومة",            # a preposition (ب), not a construct: not "the sources of the Resistance"
    "مسؤولو القناة",              # a head the glossary gives two meanings (canal|channel)
    "رئيس مكتب استشاري",          # an indefinite body in construct: not "the head of the Advisory Office"
    "أمير منطقة تبوك زيد الكفخاتي",  # a name after the place: the name is labelled, the role not described
    "المتحدث باسم جمعية الكفخات",  # a complement only guessed
    "",
    "مسؤول بارز جدا",
])
def test_no_description(res: LabelResolver, arabic: str) -> None:
    assert res.describe(arabic) is None


def test_process_wide_resolver_describes() -> None:
    label = describe_speaker("مصادر أمنية")
    assert label == Label("security sources", DESCRIPTION)


def test_descriptions_have_no_control_characters(res: LabelResolver) -> None:
    label = res.describe("مصادر\u202e مطلعة\u200f")
    assert label == Label("informed sources", DESCRIPTION)


def test_a_glossary_without_role_rows_describes_nothing(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    names = tmp_path / "names"
    shutil.copytree(_default_names_dir(), names)
    path = names / "glossary.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines(keepends=True) if not ln.startswith("role\t")]
    path.write_text("".join(lines), encoding="utf-8")
    resolver = LabelResolver(names, fallback=_label_for, use_name_index=False)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        assert resolver.describe("مسؤول أمريكي") is None
        assert resolver.resolve("وزارة الخارجية", "ORG").text == "Ministry of Foreign Affairs"  # the rest works


@pytest.mark.parametrize(("arabic", "english"), [
    ("تقرير آخر", "another report"),        # "an other" is one word in English
    ("الأمين العام", "the Secretary-General"),  # a two-word role with the article on both words
    ("مصادر المعارضة", "opposition sources"),
    ("الكاتب اللبناني", "the Lebanese writer"),
    ("شاهد العيان", "the eyewitness"),       # a construct is definite by its second word
])
def test_more_roles(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.describe(arabic) == Label(english, DESCRIPTION)
