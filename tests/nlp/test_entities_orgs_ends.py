"""Session 10 checks of organisation spans (sahifa.nlp.entities_orgs, the organisation detector): where a
body's name ends and what it takes in. Sentences written for these tests; the error classes come from the
organisation errors on the blind batches of real-train (batch 4 and 5)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def orgs(text: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == "ORG"]


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name", "longer"), [
    ("ورحب المتحدث بقرار مجلس الأمن الدولي الداعمة لعودة الاستقرار إلى البلاد.",
     "مجلس الأمن الدولي", "مجلس الأمن الدولي الداعمة"),
    ("وقال الوزير إن استجابة الاتحاد الأوروبي للمطالب الجديدة كانت بطيئة.",
     "الاتحاد الأوروبي", "الاتحاد الأوروبي للمطالب"),
])
def test_a_known_body_ends_before_a_complement(text: str, name: str, longer: str, tagger: bool) -> None:
    got = orgs(text, tagger)
    assert name in got, got
    assert not any(o.startswith(longer) for o in got), got


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وأعلنت هيئة سوق المال موافقتها على طرح أسهم الشركة.", "هيئة سوق المال"),
    ("وتستقبل أمانة سوق عكاظ الطلبات حتى نهاية الشهر.", "أمانة سوق عكاظ"),
    ("وحذرت منظمة مرض الزهايمر الدولية من ارتفاع عدد المصابين.", "منظمة مرض الزهايمر الدولية"),
])
def test_a_common_noun_in_construct_goes_on(text: str, name: str, tagger: bool) -> None:
    assert name in orgs(text, tagger)


def test_a_linking_participle_ends_a_department() -> None:
    got = orgs("وأحيل الملف إلى إدارة غسل الأموال الملحقة بالشرطة.")
    assert "إدارة غسل الأموال" in got, got


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وباشرت فرق مديرية الدفاع المدني إطفاء الحريق.", "مديرية الدفاع المدني"),
    ("وأوضحت الإدارة العامة للدفاع المدني أن الحريق أخمد.", "الإدارة العامة للدفاع المدني"),
])
def test_a_directorate_of_a_known_body_keeps_its_head(text: str, name: str, tagger: bool) -> None:
    assert name in orgs(text, tagger)


def test_a_one_word_club_does_not_cut_a_federation() -> None:
    got = orgs("وأصدر الاتحاد السعودي لكرة القدم بيانا أمس.")
    assert "الاتحاد السعودي لكرة القدم" in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("وأعلنت موبايلي نتائجها الفصلية أمس.", "موبايلي"),
    ("وتبث القناة برامجها عبر القمر عربسات منذ سنوات.", "عربسات"),
    ("وقال محللون في مورغان ستانلي إن الأسهم ستتعافى.", "مورغان ستانلي"),
])
def test_a_known_company_is_an_organisation(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name", "verb"), [
    ("وقالت وزارة الصحة إنها مؤسسة تعي دورها في المجتمع.", "وزارة الصحة", "مؤسسة تعي"),
    ("وأكدت وزارة الصحة أن وزارة تتعاطى مع الملف بجدية لا تتأخر.", "وزارة الصحة", "وزارة تتعاطى"),
])
def test_a_head_before_an_imperfect_verb_names_nothing(text: str, name: str, verb: str, tagger: bool) -> None:
    got = orgs(text, tagger)
    assert name in got, got
    assert not any(o.startswith(verb) for o in got), got


def test_a_club_named_with_its_head_word_is_the_club_bare_too() -> None:
    got = orgs("وأعلن نادي النصر افتتاح متجره الجديد في الرياض. وقال مدير المتجر إن النصر يسعى إلى زيادة إيراداته.")
    assert got.count("النصر") + got.count("نادي النصر") >= 2, got
    assert "النصر" in got, got


def test_a_club_word_without_the_club_stays_a_word() -> None:
    got = orgs("وأكدت وزارة الدفاع أن النصر قريب على الجماعات المسلحة.")
    assert "وزارة الدفاع" in got, got
    assert "النصر" not in got, got
