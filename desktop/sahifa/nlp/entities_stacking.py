"""The stacking of the rule engine with the statistical taggers: :func:`crf_pass` tags an article's tokens with
the CRF, :func:`_arbitrated` has :mod:`sahifa.nlp.arbiter` choose between the rule spans and the CRF's (and
CAMeL's) spans, and :func:`apply_choice` turns the spans it kept into mentions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from .entities_crfspans import _crf_person_ok, _crf_person_parts, _crf_start, _generic_word
from .entities_engine import _Engine, tagger_tags
from .entities_givenunits import unit_given
from .entities_modelnames import _PROPAGATE_CONF, _propagate_model_names
from .entities_pedigree import crf_bad_edge
from .entities_words import _KUNYA, _PARTICLES, _Raw


class _TaggerFailed:
    """Remembers that the tagger failed on some article (logged once per process)."""

    logged: ClassVar[bool] = False


def crf_pass(eng: _Engine, raws: list[_Raw], crf: Any, every: bool = False) -> tuple[list[Any], Any]:
    """Tag the engine's tokens with the CRF: (rule spans as the arbiter sees them, tagger.Tagged).
    ``every``: also the sentences with no candidate (see :func:`sahifa.nlp.tagger.tag`).

    A span whose own probabilities took in a word at an edge that no name of its type has there
    (:func:`~sahifa.nlp.entities_pedigree.crf_bad_edge`) is left out, so that the arbiter never accepts it and
    the rule spans it touches stand; its tokens still back the rule spans under them against a veto (``p_out``)."""
    from . import tagger

    rule_tags, gaz_tags = tagger_tags(eng, raws)
    tagged = tagger.tag(crf, eng.toks, rule_tags, gaz_tags, every)
    spans = [c for c in tagged.spans if not crf_bad_edge(eng, c.type, c.t0, c.t1)]
    if len(spans) < len(tagged.spans):
        tagged = tagger.Tagged(spans, tagged.p_out)
    return _rule_spans(raws, eng), tagged


def _vetted(eng: _Engine, raws: Sequence[_Raw], spans: Sequence[Any]) -> list[Any]:
    """CAMeL's spans as the arbiter may use them: a PERSON span cut at a coordinating و and its parts
    dropped unless they could be a name (:func:`_crf_person_ok`), before arbitration, so that a span that
    cannot be kept never overrides the rule span it disagrees with. (The CRF's spans are checked after
    arbitration, in :func:`apply_choice`: on cross-validation, a CRF span that disagrees with a rule span
    is evidence against the rule span even when it is no name itself.)"""
    from .tagger import CrfSpan

    names = frozenset([eng.toks[r.t0].info.key for r in raws if r.type == "PERSON" and r.t1 - r.t0 >= 2]
                      + [eng.toks[c.t0].info.key for c in spans if c.type == "PERSON" and c.t1 - c.t0 >= 2])
    out: list[Any] = []
    for c in spans:
        if crf_bad_edge(eng, c.type, c.t0, c.t1):
            continue  # (as the CRF's: :func:`crf_pass`)
        if c.type != "PERSON":
            out.append(c)
            continue
        for t0, t1 in _crf_person_parts(eng, c.t0, c.t1):
            if _crf_person_ok(eng, t0, t1, names):
                out.append(c if (t0, t1) == (c.t0, c.t1) else CrfSpan(t0, t1, c.type, c.conf))
    return out


def _rule_spans(raws: list[_Raw], eng: _Engine | None = None) -> list[Any]:
    """The rule mentions as the arbiter sees them."""
    from . import arbiter

    # a propagated mention (how "prop") is a copy of raws[alias_of], not an introduced alias: the arbiter
    # may veto it, and drops it with the mention it copies
    return [arbiter.RuleSpan(r.t0, r.t1, r.type, r.entry is not None or r.how == "gaz", i,
                             r.how == "acro" or (r.alias_of >= 0 and r.how != "prop"), r.how,
                             r.alias_of if r.how == "prop" else -1,
                             eng is not None and _named_person(eng, r),
                             _name_words(eng, r) if eng is not None and r.type == "PERSON" else 0)
            for i, r in enumerate(raws)]


def _name_words(eng: _Engine, r: _Raw) -> int:
    """Bit k set: token ``r.t0 + k`` of a rule person is a name word (a given name, a word three or more people
    with a Wikidata entry bear, a compound's second word: نور الدين, a word shaped like a family name), a
    kunya or بن/عبد with a word after it in the span, or that word (ابو الليرات، بن مساعد). The arbiter keeps the
    rules' full name over a CRF span that is only its start when every word the CRF left out is one."""
    g = eng.g
    toks = eng.toks
    bits = 0
    after_link = False
    for k in range(r.t0, r.t1):
        tok = toks[k]
        key = tok.info.key
        link = k + 1 < r.t1 and (key in _KUNYA or key in _PARTICLES or key == "عبد") and key != "ال" \
            and tok.text[:1] != "آ"  # (آبي: Abe, not أبي)
        if tok.info.kind == "a" and (after_link or link or key in g.given_names or unit_given(key)
                                     or eng.compound_tail(k) or eng.family_name(k)):
            bits |= 1 << (k - r.t0)
        after_link = link
    return bits


def _named_person(eng: _Engine, r: _Raw) -> bool:
    """A rule person made of a given name and a family name (كريم النصيري، منور الرويلي): the words say it is a
    person, whatever their context; a model may change where it ends, not its type."""
    if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.start != eng.toks[r.t0].start:
        return False
    return eng.toks[r.t0].info.key in eng.g.given_names and eng.family_name(r.t1 - 1)


def model_token_spans(eng: _Engine, spans: Sequence[tuple[int, int, str]], conf: float) -> list[Any]:
    """Character spans of another NER model (CAMeL: ``(start, end, type)``) as token spans of the engine's
    tokens (every token the span touches), sorted and non-overlapping, each with confidence ``conf``."""
    from bisect import bisect_right

    from .tagger import CrfSpan

    toks = eng.toks
    ends = [t.end for t in toks]
    out: list[Any] = []
    last = 0
    for start, end, typ in sorted(spans):
        if typ not in ("PERSON", "ORG", "LOC", "MISC") or end <= start:
            continue
        t0 = bisect_right(ends, start)  # first token ending after start
        t1 = t0
        while t1 < len(toks) and toks[t1].start < end:
            t1 += 1
        while t0 < t1 and toks[t0].info.kind == "p":
            t0 += 1  # punctuation the model kept at the edges
        while t1 > t0 and toks[t1 - 1].info.kind == "p":
            t1 -= 1
        if t1 > t0 and t0 >= last:
            out.append(CrfSpan(t0, t1, typ, conf))
            last = t1
    return out


def apply_choice(text: str, eng: _Engine, raws: list[_Raw], chosen: Sequence[Any],
                 camel: frozenset[tuple[int, int, str]] = frozenset()) -> list[_Raw]:
    """The mentions the arbiter kept: rule mentions as they were, CRF spans as new mentions (``how`` "crf",
    or "camel" for the token spans in ``camel``: those only CAMeL's model proposed)."""
    from .arbiter import RuleSpan

    out: list[_Raw] = []
    remap: dict[int, int] = {}
    names = frozenset(eng.toks[s.t0].info.key for s in chosen if s.type == "PERSON" and s.t1 - s.t0 >= 2)
    for s in chosen:
        if isinstance(s, RuleSpan):
            remap[s.idx] = len(out)
            r = raws[s.idx]
            out.append(_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, r.alias_of))
        else:
            for t0, t1 in _crf_person_parts(eng, s.t0, s.t1) if s.type == "PERSON" else [(s.t0, s.t1)]:
                if s.type == "PERSON" and not _crf_person_ok(eng, t0, t1, names):
                    continue
                while t0 < t1 and eng.toks[t0].info.kind == "p":
                    t0 += 1  # punctuation at a model span's edge is no part of a name (session 17 review: a run
                while t1 > t0 and eng.toks[t1 - 1].info.kind == "p":
                    t1 -= 1  # of 150 quotation marks before a name was taken in whole)
                if not any(eng.toks[k].info.kind in ("a", "l") for k in range(t0, t1)):
                    continue  # digits alone, or nothing left: no name
                if s.type == "PERSON" and t1 - t0 >= 3 and t1 == s.t1 and eng.toks[t1 - 2].info.key in _PARTICLES \
                        and eng.family_name(t1) and not any(o.t0 <= t1 < o.t1 for o in chosen):
                    t1 += 1  # جمعان بن دايس (الغامدي): after "بن + the father's name" the family nisba goes on
                while t1 - t0 > 1 and eng.toks[t1 - 1].info.kind == "a" and len(eng.toks[t1 - 1].info.key) == 1:
                    t1 -= 1  # مستشفى … بـ"…": a clitic written apart (بـ، لـ) ends no name
                if s.type != "PERSON" and t1 - t0 == 1 and _generic_word(eng, t0):
                    continue  # بجمهورية (تركيا): a head-word alone names nothing
                start = _crf_start(eng, t0)
                end = eng.toks[t1 - 1].end
                entry = eng.g.lookup_as(text[start:end], s.type)
                out.append(_Raw(start, end, t0, t1, s.type, entry,
                                "camel" if (s.t0, s.t1, s.type) in camel else "crf"))
    for r in out:
        if r.alias_of >= 0:
            r.alias_of = remap.get(r.alias_of, -1)
    sure = frozenset(k for s in chosen if not isinstance(s, RuleSpan) and s.conf >= _PROPAGATE_CONF
                     for k in range(s.t0, s.t1))
    return _propagate_model_names(eng, out, sure)


def _arbitrated(text: str, eng: _Engine, raws: list[_Raw],
                camel_spans: Sequence[tuple[int, int, str]] | None = None) -> list[_Raw]:
    """Rule mentions combined with the CRF's and, when given, CAMeL's model's character spans
    (:mod:`sahifa.nlp.arbiter`: :func:`~sahifa.nlp.arbiter.combine`, then the one policy); the rules alone
    when no model is installed and no CAMeL spans are given, and for this article alone when tagging fails."""
    from . import arbiter, tagger

    crf = tagger.load()
    if (crf is None and camel_spans is None) or not eng.toks:
        return raws
    try:
        if crf is not None:
            rules, tagged = crf_pass(eng, raws, crf)
        else:
            rules, tagged = _rule_spans(raws, eng), tagger.Tagged([], [1.0] * len(eng.toks))
        camel: frozenset[tuple[int, int, str]] = frozenset()
        if camel_spans is not None:
            said = model_token_spans(eng, camel_spans, arbiter.DEFAULT.camel)
            other = _vetted(eng, raws, said)
            own = {(c.t0, c.t1, c.type) for c in tagged.spans}
            camel = frozenset((o.t0, o.t1, o.type) for o in other) - own
            tagged = arbiter.combine(tagged, other, said)
        return apply_choice(text, eng, raws, arbiter.arbitrate(rules, tagged), camel)
    except Exception:  # one article's failure must not lose the batch: its rules stand
        if not _TaggerFailed.logged:
            _TaggerFailed.logged = True
            import logging

            logging.getLogger("sahifa.nlp.entities").exception("entity tagger failed on an article; rules used for it")
        return raws
