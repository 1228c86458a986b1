"""Where a body's or a venue's name ends at a ل-phrase that is no field of the body (entities_scan.lam_phrase,
entities_edges), and at a definite noun that opens a new noun phrase (entities_edges).
Sentences written for these tests (invented or generic names); the error classes come from the train articles of
real news: ملعب … لاستئناف, مركز … للباحث …, المديرية العامة للجوازات الإخوة …, حزب الله الجيش …"""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def mentions(text: str, tagger: bool) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


@pytest.mark.parametrize("tagger", [True, False])
def test_a_venue_ends_before_a_verbal_noun_of_purpose(tagger: bool) -> None:
    got = mentions("وتوجه اللاعبون بعد الغداء إلى ملعب قرطاج لاستئناف الحصة المسائية من التدريبات.", tagger)
    assert ("ملعب قرطاج", "LOC") in got
    assert all("لاستئناف" not in t for t, _ in got)


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name", "after"), [
    ("وتناولت الدراسة التي نشرها مركز دراسات الشرق للباحث سامي حداد أوضاع المنطقة.", "مركز دراسات الشرق",
     "للباحث"),
    ("ورفع رئيس هيئة السياحة لخادم الحرمين الشريفين التهنئة بالعيد.", "هيئة السياحة", "لخادم"),
    ("وقدمت جمعية الثقافة والفنون للشاعر محمد الثبيتي درعا تذكاريا.", "جمعية الثقافة والفنون", "للشاعر"),
    ("ونشرت مؤسسة الفكر العربي للكاتب سامي حداد كتابا جديدا.", "مؤسسة الفكر العربي", "للكاتب"),
])
def test_a_body_ends_before_a_singular_agent_noun(text: str, name: str, after: str, tagger: bool) -> None:
    got = mentions(text, tagger)
    assert any(t == name and typ == "ORG" for t, typ in got), got
    assert all(after not in t for t, _ in got)


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وأعلنت الجمعية السعودية للباحثين عن مؤتمرها السنوي.", "الجمعية السعودية للباحثين"),
    ("وأعلن رئيس الهيئة العامة للرياضة الأمير عبدالله بن مساعد الخطة.", "الهيئة العامة للرياضة"),
])
def test_a_field_stays_in_the_name(text: str, name: str, tagger: bool) -> None:
    assert (name, "ORG") in mentions(text, tagger)
