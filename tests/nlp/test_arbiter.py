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


def test_a_crf_span_that_completes_the_rules_part_of_a_name_wins() -> None:
    # the rules found a name's first word after a title (how "title": never overridden before) and the CRF the
    # whole name with the family name; a head-word ORG and its adjective; two rule persons inside one CRF person
    title = [RuleSpan(2, 3, "PERSON", False, 0, how="title")]
    assert [(s.t0, s.t1) for s in arbitrate(title, _tagged([CrfSpan(2, 4, "PERSON", 0.95)]), DEFAULT)] == [(2, 4)]
    assert [(s.t0, s.t1) for s in arbitrate(title, _tagged([CrfSpan(2, 4, "PERSON", 0.8)]), DEFAULT)] == [(2, 3)]
    loc = [RuleSpan(0, 2, "LOC", False, 0, how="loc")]
    assert [(s.t0, s.t1) for s in arbitrate(loc, _tagged([CrfSpan(0, 3, "LOC", 0.92)]), DEFAULT)] == [(0, 3)]
    org = [RuleSpan(0, 2, "ORG", False, 0, how="org")]  # a head-word body: the rules' own passes complete it
    assert [(s.t0, s.t1) for s in arbitrate(org, _tagged([CrfSpan(0, 3, "ORG", 0.92)]), DEFAULT)] == [(0, 2)]
    gaz = [RuleSpan(3, 4, "PERSON", False, 0, how="title"), RuleSpan(4, 5, "PERSON", True, 1, how="gaz")]
    assert [(s.t0, s.t1) for s in arbitrate(gaz, _tagged([CrfSpan(3, 5, "PERSON", 0.93)]), DEFAULT)] == [(3, 5)]


def test_a_crf_span_over_a_rule_span_of_another_type_does_not_extend_it() -> None:
    # a festival the rules read (MISC) ending with a place the gazetteer knows: the CRF's longer LOC does not win
    rules = [RuleSpan(0, 3, "MISC", False, 0, how="misc"), RuleSpan(3, 4, "LOC", True, 1, how="gaz")]
    out = arbitrate(rules, _tagged([CrfSpan(2, 5, "LOC", 0.97)]), DEFAULT)
    assert [(s.t0, s.t1, s.type) for s in out] == [(0, 3, "MISC"), (3, 4, "LOC")]
