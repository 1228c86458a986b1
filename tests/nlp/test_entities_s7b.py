"""Entity rules written in session 7 (second round, issue #12) for error classes of real news, with
sentences written for the tests: each guard fails on the engine before its fix."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def _found(text: str, tagger: bool = True) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


@pytest.mark.parametrize("tagger", [True, False])
def test_a_country_name_used_as_an_agreeing_adjective_is_no_place(tagger: bool) -> None:
    # السعودية after a definite noun agrees with it (the Saudi clubs): an adjective, not the country
    out = _found("تتصدر الأندية السعودية الترتيب بعد فوز فريق في الدمام.", tagger)
    assert ("الدمام", "LOC") in out and ("السعودية", "LOC") not in out
    out = _found("وأعلنت «الجمارك» السعودية ضبط شحنة في ميناء جدة.", tagger)
    assert ("السعودية", "LOC") not in out and any(t == "جدة" for t, _ in out)
    # after a preposition, with و, or alone it is the country
    assert ("السعودية", "LOC") in _found("وصل الوفد إلى السعودية أمس.", tagger)
    assert ("السعودية", "LOC") in _found("وقعت الإمارات والسعودية اتفاقا.", tagger)
