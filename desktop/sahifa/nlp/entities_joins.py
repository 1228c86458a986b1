"""Bodies joined by و and facilities cut before their adjective (session 16), a late pass over the rule and tagger
mentions, after :mod:`entities_seats`.

Read on batch 11 of real news, where the shipped tagger had never been:

- **two bodies joined by و** (:func:`joined_bodies`): وزارة التجارة والغرفة التجارية والصناعية is a ministry and a
  chamber, and the mention ran over both. When a word inside an ORG mention is و and the head of a second body
  (:data:`_JOIN_HEADS`: الغرفة، الهيئة، وزارة …, with or without the article), the mention is split there: the
  first body ends before it, the second starts after the و. Fields joined by و stay one name (لجنة النقل
  والاتصالات، وزارة الشؤون البلدية والقروية: no body's head after the و).
- **a facility's trailing adjective** (:func:`facility_adjectives`): حديقة الملك فهد المركزية، مطار حائل الإقليمي:
  the place detector keeps الدولي and الوطني after a facility's name; the adjectives of :data:`_FACILITY_ADJ`
  (central, regional) name it as well, and a LOC mention that begins with a facility's head-word
  (:data:`_FACILITY_HEADS`) runs on over one of them right after it.
- **a municipality named by its area** (:func:`area_bodies`): أمانة منطقة المدينة المنورة: the body detector takes
  the area after أمانة/بلدية + منطقة/محافظة when the place detector reads it from منطقة; a two-word city that
  begins like an area word (المدينة المنورة) was left alone as the place. A LOC mention right after a municipality's
  head and an area word (:data:`_MUNICIPAL_HEADS`, :data:`_AREA_WORDS`) becomes that body, ORG.
"""

from __future__ import annotations

from ..core.arabic import fold, strip_article
from .entities_engine import _Engine
from .entities_words import _Raw

__all__ = ["area_bodies", "facility_adjectives", "join_passes", "joined_bodies"]

#: heads of a body that a و joins to another body (general vocabulary: chamber, authority, ministry, society,
#: council, university, municipality …), folded, without the article
_JOIN_HEADS = frozenset(fold(w) for w in (
    "غرفة هيئة وزارة جمعية مؤسسة إدارة مجلس جامعة أمانة بلدية شركة نقابة رابطة منظمة مديرية"
).split())

#: heads of a facility named by a person or a place (park, airport, stadium, port), folded, without the article
_FACILITY_HEADS = frozenset(fold(w) for w in "حديقة متنزه منتزه مطار ملعب استاد ميناء".split())
#: adjectives that belong to a facility's name after it (central, regional, international), folded
_FACILITY_ADJ = frozenset(fold(w) for w in "المركزية المركزي الإقليمي الإقليمية الدولي الدولية".split())

#: heads of a municipality named by its area (أمانة منطقة …، بلدية محافظة …), folded
_MUNICIPAL_HEADS = frozenset(fold(w) for w in "أمانة بلدية".split())
#: words of an administrative area between a municipality's head and the place, folded
_AREA_WORDS = frozenset(fold(w) for w in "منطقة محافظة".split())


def _second_head(eng: _Engine, k: int) -> bool:
    """Token k is و and the head of a body (ووزارة، والغرفة, the article allowed)."""
    key = eng.toks[k].info.key
    return len(key) > 3 and key[0] == "و" and strip_article(key[1:]) in _JOIN_HEADS


def joined_bodies(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """ORG mentions that run over two bodies joined by و are split in two (see the module's docstring); the second
    body is a mention of its own, after the first."""
    toks = eng.toks
    if not any(r.type == "ORG" and r.t1 - r.t0 >= 4 for r in raws):
        return raws
    index: dict[int, int] = {}  # old index -> new index (``alias_of`` is re-pointed)
    parts: list[tuple[int, _Raw]] = []
    for q, r in enumerate(raws):
        index[q] = len(parts)
        cut = -1
        if r.type == "ORG" and r.how != "gaz" and r.t1 - r.t0 >= 4:
            cut = next((k for k in range(r.t0 + 2, r.t1 - 1) if _second_head(eng, k)), -1)
        if cut < 0:
            parts.append((r.alias_of, r))
            continue
        parts.append((r.alias_of, _Raw(r.start, toks[cut - 1].end, r.t0, cut, "ORG", None, r.how)))
        parts.append((-1, _Raw(toks[cut].start + 1, r.end, cut, r.t1, "ORG", None, r.how)))
    if len(parts) == len(raws):
        return raws
    return [_Raw(r.start, r.end, r.t0, r.t1, r.type, r.entry, r.how, index.get(alias, -1) if alias >= 0 else -1)
            for alias, r in parts]


def facility_adjectives(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """LOC mentions that begin with a facility's head and stop right before an adjective of
    :data:`_FACILITY_ADJ` run on over it (see the module's docstring)."""
    toks = eng.toks
    starts = {r.t0 for r in raws}
    out = raws
    for q, r in enumerate(raws):
        if r.type != "LOC" or r.t1 - r.t0 < 2 or r.t1 in starts or not eng.contiguous(r.t1):
            continue
        if toks[r.t1].info.key not in _FACILITY_ADJ:
            continue
        tok = toks[r.t0]
        if not any(strip_article(key) in _FACILITY_HEADS and tok.start + off == r.start
                   for off, key, _st in tok.info.forms):
            continue
        if out is raws:
            out = list(raws)
        out[q] = _Raw(r.start, toks[r.t1].end, r.t0, r.t1 + 1, "LOC", None, r.how if r.how != "gaz" else "loc",
                      r.alias_of)
    return out


def area_bodies(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """LOC mentions right after أمانة/بلدية + منطقة/محافظة become the municipality, ORG, head included (see the
    module's docstring)."""
    toks = eng.toks
    ends = {r.t1 for r in raws}
    out = raws
    for q, r in enumerate(raws):
        a = r.t0
        if r.type != "LOC" or a < 2 or (a - 1) in ends or (a - 2) in ends or toks[a - 1].info.key not in _AREA_WORDS:
            continue
        if not eng.contiguous(a - 1) or not eng.contiguous(a) or toks[a - 2].info.kind not in "al":
            continue
        head = toks[a - 2]
        start = next((head.start + off for off, key, _st in head.info.forms if key in _MUNICIPAL_HEADS), -1)
        if start < 0:
            continue
        if out is raws:
            out = list(raws)
        out[q] = _Raw(start, r.end, a - 2, r.t1, "ORG", None, "org", r.alias_of)
    return out


def join_passes(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The passes of this module in their order."""
    return area_bodies(eng, facility_adjectives(eng, joined_bodies(eng, raws)))
