"""Shared helpers of the person tests: the people the engine finds, the people left of a model's proposal after
the last checks, and a person's mention built by hand on the rule engine of a sentence."""

from __future__ import annotations

from sahifa.nlp.entities import extract_entities
from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_words import _Raw
from tests.helpers.proposed import with_person


def people(text: str, tagger: bool = True) -> list[str]:
    """The surfaces of the PERSON mentions the engine finds in ``text``."""
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == "PERSON"]


def proposed_people(text: str, name: str) -> list[str]:
    """The PERSON surfaces the last checks keep when a model proposed ``name`` as a person."""
    return [s for s, t in with_person(text, name) if t == "PERSON"]


def mention(text: str, first: str, n: int, how: str = "crf", clitic: int = 0) -> tuple[object, list[_Raw], _Raw]:
    """The rule engine of ``text``, its rule mentions, and a person's mention of ``n`` tokens from the token
    ``first`` (after its first ``clitic`` letters)."""
    eng, raws = _rule_raws(text)
    t0 = next(k for k, t in enumerate(eng.toks) if t.text == first)
    r = _Raw(eng.toks[t0].start + clitic, eng.toks[t0 + n - 1].end, t0, t0 + n, "PERSON", None, how)
    return eng, raws, r
