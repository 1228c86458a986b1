"""Arbitration between the rule engine's entity spans and the CRF tagger's (see :mod:`sahifa.nlp.tagger`).

A plain union of the two gains little: most of the value is in *disagreements* and in *vetoing* rule
output the CRF does not support. The policy, over token ranges:

1. A rule span and a CRF span that cover the same tokens with the same type: kept (the rule's mention, with
   its gazetteer entry and canonical name).
2. They overlap but disagree (extent or type): the CRF's span wins when its confidence (mean marginal
   probability of its labels) reaches ``override_person`` for a rule PERSON (the rules' weakest output:
   verbs and common-noun pairs read as names) or ``override`` for other types (by default never: the
   CRF learnt NewsFANE's span conventions, which differ from Sahifa's), and ``gaz_trust`` when the rule
   span comes from the gazetteer. Otherwise the rule span stays. A CRF span of the rule span's type that
   contains it and every other rule span it touches (all of that type) and more words (the rules found part
   of a name, the CRF the whole: a given name or a title's name + the family name, a place's head-word + its
   adjective, a gazetteer place inside a longer name) wins at ``extend`` (not over an outlet or a head-word
   organisation, which the rules complete after arbitration). A CRF person that is only the start of a rule
   person whose other words are all name words (``name_words``: a given name, ابو + a word) never wins.
3. A rule span from a weak detector (a given name or name-like words without a title or head-word, an
   apposition, a propagated name) with no CRF span over it is *vetoed* when the CRF is sure its tokens are
   outside any entity (the largest non-O probability on them is below ``veto``) — unless the gazetteer
   vouches for it. Head-word and title detections (``الجمعية التونسية لحماية المستهلك``, ``الجنرال X``),
   acronyms the text introduced and MISC (competitions, festivals: the CRF's training data hardly marks them).
4. A CRF span no rule span touches is added when its confidence reaches ``add``.

CAMeL's NER model, when installed, is a second tagger: :func:`combine` folds its spans into the CRF's (with
the confidence ``camel``) before this policy runs, so its spans override, veto and add exactly as the CRF's do.

The thresholds were chosen on cross-validated predictions of the real-news train+tune articles (four folds
by article, ``packaging/train_tagger.py``), not on held-out data; the chosen values are :data:`DEFAULT`.
A propagated rule mention goes with the mention it copies when that one is vetoed or overridden.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .tagger import CrfSpan, Tagged

__all__ = ["DEFAULT", "GRID", "Policy", "RuleSpan", "arbitrate", "combine"]


@dataclass(frozen=True, slots=True)
class Policy:
    override: float = 2.0  # CRF confidence that overrides a disagreeing non-PERSON rule span (2: never)
    override_person: float = 0.6  # … a disagreeing rule PERSON span not introduced by a title
    override_type: float = 0.8  # … at least this to turn a rule PERSON into another type (خالد علي → ORG خالد)
    gaz_trust: float = 2.0  # … a rule span the gazetteer vouches for
    veto: float = 0.05  # a weak rule span (given name, apposition, propagation) needs this much CRF support
    veto_title: float = 0.0  # … a PERSON after a title (the rules' fallback takes verbs and nouns: لضمان، نجح)
    veto_org: float = 0.0  # … an organisation from a head-word (مكتب الجريدة، حركة الرياح)
    add: float = 0.5  # confidence for a CRF span no rule span touches
    add_misc: float = 0.5  # … for a CRF MISC span
    camel: float = 0.7  # confidence given to a span of CAMeL's NER model (it gives labels, no probabilities)
    extend: float = 2.0  # … a CRF span of the same type that contains every rule span it touches, and more words


#: chosen on 4-fold cross-validated predictions of the 96 real train+tune articles (packaging/train_tagger.py,
#: session 6: the best F1 of the grid, which also had the best PERSON precision; with the rules of that session a
#: weak rule span needs less CRF support to stay, and a CRF span alone more confidence to be added). ``extend``
#: (session 16): 0.9 of 0.8/0.9, on a batch the shipped CRF never saw (28 train articles) and on 104 train
#: articles tagged by a CRF trained without them: both raised entity F1 and PERSON precision, 0.8 lowered ORG
DEFAULT = Policy(override_person=0.7, veto=0.05, veto_title=0.1, veto_org=0.0, add=0.6, add_misc=0.4,
                 extend=0.9)
#: values tried by ``packaging/train_tagger.py`` on cross-validated predictions
GRID: dict[str, tuple[float, ...]] = {"override_person": (0.5, 0.7), "override_type": (0.5, 0.8),
                                      "veto": (0.05, 0.2), "veto_title": (0.0, 0.1), "veto_org": (0.0, 0.1),
                                      "add": (0.4, 0.6), "add_misc": (0.4, 0.7)}


@dataclass(slots=True, init=False, unsafe_hash=True)
class RuleSpan:
    """A rule mention as the arbiter sees it (never changed once made).

    (``init=False`` and an explicit ``__init__``: mypyc compiles it, where the dataclass-generated one ran as
    interpreted bytecode at every construction; ``unsafe_hash``: hashable by value as a frozen one was.)"""

    t0: int
    t1: int
    type: str
    gaz: bool  # found (or vouched for) by the gazetteer
    idx: int  # the caller's index of the mention
    alias: bool = False  # an acronym introduced by the text (X (قسد)): vouched for by its expansion
    how: str = ""  # the rule detector: title | name | appos | prop | org | loc | media | misc | gaz | acro
    src: int = -1  # a propagated mention: the index (in the rule list) of the mention it copies
    named: bool = False  # a person made of a given name and a family name (كريم النصيري): its type stays
    name_words: int = 0  # bit k: token t0 + k is a name word (given name, name unit, ابو/بن/عبد + its word)

    def __init__(self, t0: int, t1: int, type: str, gaz: bool, idx: int, alias: bool = False, how: str = "",
                 src: int = -1, named: bool = False, name_words: int = 0) -> None:
        self.t0 = t0
        self.t1 = t1
        self.type = type
        self.gaz = gaz
        self.idx = idx
        self.alias = alias
        self.how = how
        self.src = src
        self.named = named
        self.name_words = name_words


# rule detectors whose output is weak evidence on its own: a given name or name-like words with no title
# or head-word (the source of "أعجبني كتاب" → PERSON); only these may be vetoed
_WEAK = frozenset({"name", "appos", "prop"})


def _veto_at(r: RuleSpan, policy: Policy) -> float:
    """The CRF support (1 - P(O), largest over the span) a rule span needs to stay when no CRF span
    touches it; 0: it stays whatever the CRF says."""
    if r.gaz or r.alias:
        return 0.0
    if r.how in _WEAK:
        return policy.veto
    if r.how == "title" and r.type == "PERSON":
        return policy.veto_title
    if r.how in ("org", "media") and r.type == "ORG":
        return policy.veto_org
    return 0.0


def arbitrate(rules: Sequence[RuleSpan], tagged: Tagged, policy: Policy = DEFAULT) -> list[RuleSpan | CrfSpan]:
    """The spans to keep, non-overlapping, sorted by token: rule spans (``RuleSpan``) and CRF spans."""
    crf = tagged.spans
    out: list[RuleSpan | CrfSpan] = []
    used_crf: set[int] = set()
    # CRF spans overlapping each rule span (both lists are sorted and non-overlapping)
    j0 = 0
    for ri, r in enumerate(rules):
        while j0 < len(crf) and crf[j0].t1 <= r.t0:
            j0 += 1
        over = []
        j = j0
        while j < len(crf) and crf[j].t0 < r.t1:
            over.append(j)
            j += 1
        if not over:
            need = _veto_at(r, policy)
            if need <= 0.0 or max((1.0 - tagged.p_out[k] for k in range(r.t0, r.t1)), default=0.0) >= need:
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
        if r.type == "PERSON" and c.type != "PERSON":
            trust = max(trust, policy.override_type)  # a person's name read as an organisation: needs more
            if r.named:
                trust = 2.0  # … and never when a given name and a family name say it is a person
        if c.type == r.type and _extends(c, rules, ri):
            trust = min(trust, policy.extend)
        if _cuts_name(c, r):
            trust = 2.0
        used_crf.update(over)
        if c.conf >= trust and r.type != "MISC":
            out.extend(crf[k] for k in over if crf[k].conf >= _add_at(crf[k], policy))
        else:
            out.append(r)
    for k, c in enumerate(crf):
        if k not in used_crf and c.conf >= _add_at(c, policy):
            out.append(c)
    out = _drop_orphan_copies(out, rules)
    out.sort(key=lambda s: (s.t0, -s.t1))
    # drop any overlap left (CRF spans from two different rule spans' neighbourhoods)
    clean: list[RuleSpan | CrfSpan] = []
    last = -1
    for s in out:
        if s.t0 >= last:
            clean.append(s)
            last = s.t1
    return clean


def combine(tagged: Tagged, other: Sequence[CrfSpan], support: Sequence[CrfSpan] | None = None) -> Tagged:
    """A second statistical tagger's spans (CAMeL NER: ``other``, each with the confidence the policy gives
    that model) folded into the CRF's, so that :func:`arbitrate` weighs both against the rules:

    * the same span (tokens and type) from both: one span, confidence ``1 - (1 - a)(1 - b)`` (two
      independent models agreeing);
    * a span of ``other`` that overlaps no CRF span: added;
    * overlapping but different: the more confident side's span(s) stay;
    * tokens under a span of ``other`` get P(O) at most ``1 - confidence``: its support counts against a veto
      as the CRF's does (a weak rule span either model backs stays).

    ``support`` (default ``other``): the spans whose tokens get that P(O) (the model's spans before the
    caller dropped the ones that cannot be names: what the model said still backs the tokens). Both lists
    are sorted and non-overlapping; so is the result. ``tagged`` is not changed."""
    crf = list(tagged.spans)
    p_out = list(tagged.p_out)
    drop: set[int] = set()
    add: list[CrfSpan] = []
    for o in other if support is None else support:
        for k in range(max(0, o.t0), min(len(p_out), o.t1)):
            p_out[k] = min(p_out[k], 1.0 - o.conf)
    for o in other:
        over = [k for k, c in enumerate(crf) if c.t0 < o.t1 and o.t0 < c.t1 and k not in drop]
        if not over:
            add.append(o)
            continue
        same = [k for k in over if crf[k].t0 == o.t0 and crf[k].t1 == o.t1 and crf[k].type == o.type]
        if same:
            c = crf[same[0]]
            crf[same[0]] = CrfSpan(c.t0, c.t1, c.type, 1.0 - (1.0 - c.conf) * (1.0 - o.conf))
            continue
        if max(crf[k].conf for k in over) < o.conf:
            drop.update(over)
            add.append(o)
    spans = [c for k, c in enumerate(crf) if k not in drop] + add
    spans.sort(key=lambda c: (c.t0, -c.t1))
    clean: list[CrfSpan] = []
    last = -1
    for c in spans:
        if c.t0 >= last:
            clean.append(c)
            last = c.t1
    return Tagged(clean, p_out)


def _extends(c: CrfSpan, rules: Sequence[RuleSpan], ri: int) -> bool:
    """Does CRF span ``c`` contain rule span ``rules[ri]`` and every other rule span it touches, each of its
    type, and more words than them (the rules' part of a name: a given name, a head-word, a gazetteer
    place; the CRF's the whole: عادل + إمام، اتحاد المصارف + اليونانية)?"""
    r = rules[ri]
    if not (c.t0 <= r.t0 and r.t1 <= c.t1) or c.t1 - c.t0 == r.t1 - r.t0:
        return False
    k = ri
    while k > 0 and rules[k - 1].t1 > c.t0:
        k -= 1
    while k < len(rules) and rules[k].t0 < c.t1:
        o = rules[k]
        if o.type != c.type or o.t0 < c.t0 or o.t1 > c.t1 or o.how in ("media", "org"):
            return False  # (an outlet is written without its descriptor: مجلة "X" → X; a head-word body is
            # completed after arbitration by the rules' own passes: its ل-complement, مركز X الدولي للمعارض …)
        k += 1
    return True


def _cuts_name(c: CrfSpan, r: RuleSpan) -> bool:
    """Is CRF person ``c`` the start of rule person ``r`` and every word the CRF left out a name word (the rules
    read a full name: عثمان علي ابو + a family name; the CRF only its given name)? Then the full name stays."""
    if c.type != "PERSON" or r.type != "PERSON" or c.t0 != r.t0 or c.t1 >= r.t1:
        return False
    tail = ((1 << (r.t1 - r.t0)) - 1) & ~((1 << (c.t1 - c.t0)) - 1)
    return r.name_words & tail == tail


def _add_at(c: CrfSpan, policy: Policy) -> float:
    return policy.add_misc if c.type == "MISC" else policy.add


def _drop_orphan_copies(out: list[RuleSpan | CrfSpan], rules: Sequence[RuleSpan]) -> list[RuleSpan | CrfSpan]:
    """Propagated rule mentions copy a name found elsewhere in the article: when the mention they copy was
    vetoed or overridden (the name was a verb or a noun: "عقم" after "لعلاج العقم"), the copies go too."""
    kept = {s.idx for s in out if isinstance(s, RuleSpan)}
    return [s for s in out if not (isinstance(s, RuleSpan) and s.how == "prop" and 0 <= s.src < len(rules)
                                   and rules[s.src].idx not in kept)]
