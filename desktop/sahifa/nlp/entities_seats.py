"""A government or a leadership named by its seat or its leader is that place or person (session 16), a late pass
over the rule and tagger mentions, after :mod:`entities_bodies`' own.

The gold's convention (tests/data/gold/README.md): "a government named by its seat (حكومة طرابلس) is the place (LOC
طرابلس)", and the gold writes حكومة مالي as an alt of LOC مالي, حكومة الأنبار of LOC الأنبار, حكومة المالكي as the
person. The rules read the indefinite head حكومة or قيادة and a name after it as one ORG (حكومة الهند، قيادة
الولايات المتحدة in بقيادة الولايات المتحدة, "led by the United States"). When all of what follows the head is one
name the gazetteer knows as a place or a person, or a person named elsewhere in the article (حكومة بلير … توني
بلير), the mention becomes that name, with its type, and the head is left out. A named government stays
(حكومة الوفاق الوطني: no known name after the head), and so do a region's government (حكومة إقليم كردستان) and
the definite الحكومة السعودية.
"""

from __future__ import annotations

from ..core.arabic import fold
from .entities_engine import _Engine
from .entities_words import _Raw

__all__ = ["seat_named"]

#: indefinite heads of a government or a leadership named by its seat or its leader, folded (a clitic allowed)
_SEAT_HEADS = frozenset(fold(w) for w in "حكومة قيادة".split())
#: heads of a region's name after which the government is a body of its own (حكومة إقليم كردستان, the Kurdistan
#: Regional Government), folded
_UNIT_HEADS = frozenset(fold(w) for w in "إقليم ولاية مقاطعة".split())


def _head(eng: _Engine, r: _Raw) -> bool:
    """The mention begins with one of :data:`_SEAT_HEADS` at its own start (a clitic left out before it)."""
    tok = eng.toks[r.t0]
    return any(key in _SEAT_HEADS and tok.start + off == r.start for off, key, _st in tok.info.forms)


def seat_named(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """ORG mentions (not the gazetteer's) of a head of :data:`_SEAT_HEADS` and one known place or person after it
    become that place or person (see the module's docstring); ``alias_of`` keeps its place (one mention for one)."""
    toks = eng.toks
    people: set[tuple[str, ...]] | None = None
    out = raws
    for q, r in enumerate(raws):
        if r.type != "ORG" or r.how == "gaz" or r.t1 - r.t0 < 2 or not eng.contiguous(r.t0 + 1) or not _head(eng, r):
            continue
        a = r.t0 + 1
        if toks[a].info.key in _UNIT_HEADS:
            continue
        typ = ""
        entry = None
        gz = eng.gaz_at(a, clitics=False)
        if gz is not None and gz[0] == 0 and gz[1] == r.t1 and gz[2].type in ("LOC", "PERSON"):
            typ, entry = gz[2].type, gz[2]
        else:
            if people is None:
                people = {tuple(t.info.key for t in toks[p.t0: p.t1]) for p in raws if p.type == "PERSON"}
            rest = tuple(t.info.key for t in toks[a: r.t1])
            if rest in people or any(len(p) > len(rest) and p[-len(rest):] == rest for p in people):
                typ = "PERSON"
        if not typ:
            continue
        if out is raws:
            out = list(raws)
        out[q] = _Raw(toks[a].start, r.end, a, r.t1, typ, entry, "gaz" if entry is not None else "name", r.alias_of)
    return out
