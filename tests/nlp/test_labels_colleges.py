"""Heads whose English order depends on the complement (session 13, issue #13): a college named by its
field is "College of …" as Saudi universities write it, a college named by a person or a place keeps the
name in front, known or only transliterated (``head كلية College|name of`` in resources/names/glossary.tsv,
:meth:`sahifa.nlp.labels_compose.Composer._headed`); an Iraqi-style مجلس محافظة is a Provincial Council."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import GLOSSARY, Label, LabelResolver


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for)


@pytest.mark.parametrize(("arabic", "english"), [
    ("كلية الطب", "College of Medicine"),
    ("كلية الصيدلة", "College of Pharmacy"),
    ("كلية العلوم الطبية التطبيقية", "College of Applied Medical Sciences"),
    ("كلية خدمة المجتمع والتعليم المستمر", "College of Community Service and Continuing Education"),
    ("كلية الحاسبات وتقنية المعلومات", "College of Computing and Information Technology"),
])
def test_a_college_of_a_field(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "ORG") == Label(english, GLOSSARY)


@pytest.mark.parametrize(("arabic", "english"), [
    ("كلية الملك فهد الأمنية", "King Fahad Security College"),  # a person's name, known
    ("كلية لندن", "London College"),                           # a place
])
def test_a_college_of_a_name_keeps_it_in_front(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "ORG").text == english


def test_an_unknown_name_goes_in_front_too(res: LabelResolver) -> None:
    # a foreign college's name only transliterated: "<name> College", never "College of <name>"
    text = res.resolve("كلية سويت بريار", "ORG").text
    assert text.endswith(" College") and not text.startswith("College of")


def test_a_ministry_still_puts_an_unknown_name_after(res: LabelResolver) -> None:
    # the plain ``of`` style is unchanged: only a known name goes in front
    assert res.resolve("وزارة الصحة", "ORG") == Label("Ministry of Health", GLOSSARY)
    assert res.resolve("سفارة فلاندرز", "ORG").text.startswith("Embassy of")


@pytest.mark.parametrize(("arabic", "english"), [
    ("مجلس محافظة بغداد", "Baghdad Provincial Council"),
    ("مجلس محافظة الأنبار", "Anbar Provincial Council"),
])
def test_a_provincial_council(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "ORG") == Label(english, GLOSSARY)
