"""Session 14, round 2 (sahifa.nlp.numbers_names._first_team): "الأول" after فريق or منتخب names a side or a
rank (the senior team, a lieutenant general), not a ranking: no ordinal. Other ordinals stay. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from sahifa.nlp.numbers import extract_numbers


@pytest.mark.parametrize("text", [
    "وواصل الفريق الأول لكرة القدم بالنادي تدريباته استعدادا للموسم الجديد.",
    "وتمتد المفاوضات مع مدرب المنتخب الأول لأكثر من شهر.",
    "وقدم رجل الأعمال دعما ماليا للفريق الأول قبل بدء الموسم.",
    "والتقى الرئيس وزير الدفاع الفريق أول محمود سالم في القاهرة.",
])
def test_the_first_team_is_no_ordinal(text: str) -> None:
    found = [(m.text, m.kind) for m in extract_numbers(text)]
    assert not any(kind == "ordinal" for _t, kind in found), found


def test_other_ordinals_after_a_team_stay() -> None:
    found = [(m.text, m.kind, m.value) for m in extract_numbers(
        "وحل الفريق في المركز الأول بعد فوزه في الجولة الثانية من الدوري.")]
    assert ("الأول", "ordinal", 1) in found and ("الثانية", "ordinal", 2) in found, found
