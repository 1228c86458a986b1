"""The arbiter's folding of a second tagger (CAMeL NER) into the CRF's output (:func:`sahifa.nlp.arbiter.combine`),
and the one policy applied to both."""

from __future__ import annotations

from sahifa.nlp.arbiter import DEFAULT, RuleSpan, arbitrate, combine
from sahifa.nlp.tagger import CrfSpan, Tagged


def _tagged(spans: list[CrfSpan], n: int = 12) -> Tagged:
    return Tagged(spans, [1.0] * n)


def test_agreement_raises_confidence_and_disagreement_goes_to_the_surer_side() -> None:
    crf = _tagged([CrfSpan(0, 2, "PERSON", 0.6), CrfSpan(4, 6, "ORG", 0.9), CrfSpan(8, 9, "LOC", 0.3)])
    other = [CrfSpan(0, 2, "PERSON", 0.7), CrfSpan(4, 7, "ORG", 0.7), CrfSpan(8, 10, "LOC", 0.7),
             CrfSpan(10, 12, "MISC", 0.7)]
    out = combine(crf, other)
    got = [(c.t0, c.t1, c.type, round(c.conf, 2)) for c in out.spans]
    assert got == [(0, 2, "PERSON", 0.88),  # 1 - 0.4 * 0.3: two models agreeing
                   (4, 6, "ORG", 0.9),  # the CRF is surer: its extent stays
                   (8, 10, "LOC", 0.7),  # the second model is surer: its extent replaces the CRF's
                   (10, 12, "MISC", 0.7)]  # overlaps nothing: added
    assert [round(p, 2) for p in out.p_out[:7]] == [0.3, 0.3, 1.0, 1.0, 0.3, 0.3, 0.3]
    assert crf.spans[0].conf == 0.6 and crf.p_out == [1.0] * 12  # the input is not changed


def test_support_without_spans_backs_a_weak_rule_span() -> None:
    rules = [RuleSpan(0, 2, "PERSON", False, 0, how="name")]
    alone = arbitrate(rules, _tagged([], 4), DEFAULT)
    assert alone == []  # nothing backs a weak rule span: vetoed
    said = [CrfSpan(0, 3, "PERSON", DEFAULT.camel)]  # the model's span, dropped by the caller (not a name)
    out = arbitrate(rules, combine(_tagged([], 4), [], said), DEFAULT)
    assert [(s.t0, s.t1) for s in out] == [(0, 2)]  # but what it said still backs the rule span
