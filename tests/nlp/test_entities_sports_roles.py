"""A player's position before his name is a direct title (session 17: الحارس، المدافع، المهاجم، الظهير، الهداف in
``cues.tsv``), so that a foreign name no list knows is read after it, as after اللاعب; the position followed by an
adjective stays no one."""

from __future__ import annotations

from sahifa.nlp.entities import extract_entities


def _people(text: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.type == "PERSON"]


def test_a_foreign_name_after_a_players_position_is_a_person() -> None:
    assert _people("وأوصى المدرب بالتعاقد مع المدافع فلاد شيريشيس من الدوري الروماني.") == ["فلاد شيريشيس"]
    assert _people("وتألق الحارس بيجوفيتش في المباراة الأخيرة.") == ["بيجوفيتش"]
    assert _people("وسجل المهاجم زازا هدفين في الشوط الأول.") == ["زازا"]


def test_a_position_and_an_adjective_name_no_one() -> None:
    assert _people("وتصدى الحارس الأساسي للكرة ببراعة.") == []
    assert _people("وشارك الظهير الأيسر في التدريبات.") == []


def test_a_definite_nisba_and_adjective_before_the_name_is_no_person() -> None:
    # the CRF read "the dangerous Gabonese" as a person (entities_crfspans._definite_description)
    got = _people("يفكر النادي في ضم المهاجم الجابوني الخطير بيير إيمريك أوباميانج مشيرا إلى أهميته.")
    assert got == ["بيير إيمريك أوباميانج"]
