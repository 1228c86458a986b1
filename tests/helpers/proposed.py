"""The entity engine's last checks (entities_veto) on a mention a model proposed, for the nlp tests."""

from __future__ import annotations

from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_veto import checked
from sahifa.nlp.entities_words import _Raw


def with_person(text: str, name: str) -> list[tuple[str, str]]:
    """The last checks' output (surface, type) when a model proposed ``name`` as a person (the other
    mentions: the rules')."""
    eng, raws = _rule_raws(text)
    start = text.index(name)
    t0 = next(i for i, t in enumerate(eng.toks) if t.start <= start < t.end)
    t1 = next(i for i, t in enumerate(eng.toks) if t.start < start + len(name) <= t.end) + 1
    person = _Raw(start, start + len(name), t0, t1, "PERSON", None, "crf")
    kept = [r for r in raws if r.end <= start or r.start >= person.end] + [person]
    kept.sort(key=lambda r: r.start)
    return [(text[r.start:r.end], r.type) for r in checked(eng, kept)]
