"""Two bodies joined by و are two mentions, and a facility keeps its trailing adjective
(sahifa.nlp.entities_joins). Sentences written for these tests (invented people and places)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def typed(text: str, tagger: bool = True) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("وطالب السكان وزارة الزراعة والغرفة التجارية والصناعية بتبوك بمراقبة الأسعار.", "وزارة الزراعة",
     "الغرفة التجارية والصناعية"),
    ("ودعا التجار وزارة العمل والغرفة التجارية في الدمام إلى التدخل.", "وزارة العمل", "الغرفة التجارية"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_two_bodies_joined_by_wa_are_two_mentions(text: str, first: str, second: str, tagger: bool) -> None:
    got = typed(text, tagger)
    assert (first, "ORG") in got, got
    assert (second, "ORG") in got, got


def test_fields_joined_by_wa_stay_one_body() -> None:
    got = typed("وناقشت لجنة النقل والاتصالات في المجلس مشروع النظام الجديد.", tagger=False)
    assert not any(t == "الاتصالات" for t, _ty in got), got
    assert any(t.startswith("لجنة النقل والاتصالات") for t, _ty in got), got


@pytest.mark.parametrize(("text", "name"), [
    ("وأقيم الحفل في حديقة الملك سلمان المركزية مساء أمس.", "حديقة الملك سلمان المركزية"),
    ("وأقلعت الطائرة من مطار تبوك الإقليمي صباح اليوم.", "مطار تبوك الإقليمي"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_facility_keeps_its_trailing_adjective(text: str, name: str, tagger: bool) -> None:
    got = typed(text, tagger)
    assert (name, "LOC") in got, got


@pytest.mark.parametrize("tagger", [True, False])
def test_a_municipality_named_by_its_area_is_the_body(tagger: bool) -> None:
    got = typed("وتنظم أمانة منطقة المدينة المنورة مهرجانا للأطفال هذا الأسبوع.", tagger)
    assert ("أمانة منطقة المدينة المنورة", "ORG") in got, got
    assert ("المدينة المنورة", "LOC") not in got, got
