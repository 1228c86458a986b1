"""Arbitration between the rule engine's entity spans and the CRF tagger's (see :mod:`sahifa.nlp.tagger`).

A plain union of the two gains little: most of the value is in *disagreements* and in *vetoing* rule
output the CRF does not support. The policy, over token ranges:

1. A rule span and a CRF span that cover the same tokens with the same type: kept (the rule's mention, with
   its gazetteer entry and canonical name).
2. They overlap but disagree (extent or type): the CRF's span wins when its confidence (mean marginal
   probability of its labels) reaches ``override_person`` for a rule PERSON (the rules' weakest output:
   verbs and common-noun pairs read as names) or ``override`` for other types (by default never: the
   CRF learnt NewsFANE's span conventions, which differ from Sahifa's), and ``gaz_trust`` when the rule
   span comes from the gazetteer. Otherwise the rule span stays.
3. A rule span from a weak detector (a given name or name-like words without a title or head-word, an
   apposition, a propagated name) with no CRF span over it is *vetoed* when the CRF is sure its tokens are
   outside any entity (the largest non-O probability on them is below ``veto``) — unless the gazetteer
   vouches for it. Head-word and title detections (``الجمعية التونسية لحماية المستهلك``, ``الجنرال X``),
   acronyms the text introduced and MISC (competitions, festivals: the CRF's training data hardly marks them).
4. A CRF span no rule span touches is added when its confidence reaches ``add``.

The thresholds were chosen on cross-validated predictions of the real-news tuning articles (two folds,
``packaging/train_tagger.py --arbiter``), not on held-out data; the default values are written in
:data:`DEFAULT` with the measured scores in the training README.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .tagger import CrfSpan, Tagged

__all__ = ["DEFAULT", "Policy", "RuleSpan", "arbitrate"]


@dataclass(frozen=True, slots=True)
class Policy:
    override: float = 2.0
    override_person: float = 0.6
    gaz_trust: float = 2.0
    veto: float = 0.05
    add: float = 0.5


DEFAULT = Policy()


@dataclass(frozen=True, slots=True)
class RuleSpan:
    t0: int
    t1: int
    type: str
    gaz: bool  # found (or vouched for) by the gazetteer
    idx: int  # the caller's index of the mention
    alias: bool = False  # an acronym introduced by the text (X (قسد)): vouched for by its expansion
    how: str = ""  # the rule detector: title | name | appos | prop | org | loc | media | misc | gaz | acro


# rule detectors whose output is weak evidence on its own: a given name or name-like words with no title
# or head-word (the source of "أعجبني كتاب" → PERSON); only these may be vetoed
_WEAK = frozenset({"name", "appos", "prop"})


def arbitrate(rules: Sequence[RuleSpan], tagged: Tagged, policy: Policy = DEFAULT) -> list[RuleSpan | CrfSpan]:
    """The spans to keep, non-overlapping, sorted by token: rule spans (``RuleSpan``) and CRF spans."""
    crf = tagged.spans
    out: list[RuleSpan | CrfSpan] = []
    used_crf: set[int] = set()
    # CRF spans overlapping each rule span (both lists are sorted and non-overlapping)
    j0 = 0
    for r in rules:
        while j0 < len(crf) and crf[j0].t1 <= r.t0:
            j0 += 1
        over = []
        j = j0
        while j < len(crf) and crf[j].t0 < r.t1:
            over.append(j)
            j += 1
        if not over:
            support = max((1.0 - tagged.p_out[k] for k in range(r.t0, r.t1)), default=0.0)
            if r.gaz or r.alias or r.how not in _WEAK or support >= policy.veto:
                out.append(r)
            continue
        same = [k for k in over if crf[k].t0 == r.t0 and crf[k].t1 == r.t1 and crf[k].type == r.type]
        if same:
            used_crf.update(over)
            out.append(r)
            continue
        best = max(over, key=lambda k: crf[k].conf)
        c = crf[best]
        trust = policy.override_person if r.type == "PERSON" and r.how != "title" else policy.override
        if r.gaz:
            trust = max(trust, policy.gaz_trust)
        if c.conf >= trust and r.type != "MISC":
            used_crf.update(over)
            out.extend(crf[k] for k in over if crf[k].conf >= policy.add)
        else:
            used_crf.update(over)
            out.append(r)
    for k, c in enumerate(crf):
        if k not in used_crf and c.conf >= policy.add:
            out.append(c)
    out.sort(key=lambda s: (s.t0, -s.t1))
    # drop any overlap left (CRF spans from two different rule spans' neighbourhoods)
    clean: list[RuleSpan | CrfSpan] = []
    last = -1
    for s in out:
        if s.t0 >= last:
            clean.append(s)
            last = s.t1
    return clean
