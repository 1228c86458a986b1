"""Names made of a definite head-word and a nationality after it (session 16), late passes over the rule and tagger
mentions, after :mod:`entities_bodies`' own:

- **a country's airline** (:func:`national_airlines`): الخطوط القطرية، الخطوط اليمنية، الخطوط الجوية الكويتية: the
  definite head الخطوط (a clitic allowed: بالخطوط), الجوية after it or not, then a feminine nationality: one ORG,
  head included, as the gold writes الخطوط الجوية الكويتية (the rules missed the nationality-only form unless the
  gazetteer had it). The front lines and the railways (الخطوط الأمامية، الخطوط الحديدية) take no nationality, and a
  region's (الخطوط الخليجية) is a kind of airline, several of them.
- **a country's or a continent's super cup** (:func:`super_cups`): السوبر السعودي، السوبر الإسباني، السوبر الأوروبي:
  the definite السوبر (a clitic allowed: بالسوبر) and a nationality right after it: one MISC, a named competition
  (the gold's السوبر السعودي). After كأس the cup's own name covers it (كأس السوبر الإسبانية: a mention running past
  these tokens keeps its words); السوبر ماركت takes no nationality.

Both follow :func:`entities_bodies.national_broadcasters`: the name is not taken where a second nationality follows
(a list of countries, not one name) or where a gazetteer name already stands over the head.
"""

from __future__ import annotations

from ..core.arabic import fold
from .entities_engine import _Engine
from .entities_misc import _runs_out, _scan
from .entities_words import _AL, _Raw

__all__ = ["national_airlines", "national_passes", "super_cups"]

#: the definite head of an airline's name, folded
_LINES = fold("الخطوط")
_LINES_HEADS = frozenset((_LINES,))
#: the word "air" that may stand between the head and the nationality (الخطوط الجوية الكويتية), folded
_AIR = fold("الجوية")
#: nationalities of a region, not a country, folded: الخطوط الخليجية، الخطوط الآسيوية are a kind of airline (several),
#: not one (a closed class; a continent's super cup stays: السوبر الأوروبي)
_REGIONAL = frozenset(fold(w) for w in (
    "الخليجية العربية الآسيوية الاسيوية الأوروبية الاوروبية الأفريقية الإفريقية الافريقية الغربية").split())
#: the definite head of a super cup's name, folded
_SUPER = fold("السوبر")
_SUPER_HEADS = frozenset((_SUPER,))


def _head_off(eng: _Engine, i: int, head: str) -> int | None:
    """Offset in token i of the definite ``head`` with its article written (بالخطوط: 1; للخطوط: None, no span to
    give), or None."""
    tok = eng.toks[i]
    off = next((o for o, key, _st in tok.info.forms if key == head), None)
    if off is None or not tok.text.startswith("ال", off):
        return None
    return off


def _nationality(eng: _Engine, k: int, feminine: bool | None) -> bool:
    """Token k continues the name and is a definite nationality (of the gender asked; None: either), with no second
    nationality right after it."""
    if not eng.contiguous(k):
        return False
    key = eng.toks[k].info.key
    if not key.startswith(_AL) or key not in eng.g.nationalities \
            or (feminine is not None and key.endswith("يه") != feminine):
        return False
    return not (eng.contiguous(k + 1) and eng.toks[k + 1].info.key in eng.g.nationalities)


def _airline_at(eng: _Engine, i: int) -> tuple[int, int] | None:
    """(offset of the head without its clitic, end token) of a country's airline at token i (see the module's
    docstring)."""
    off = _head_off(eng, i, _LINES)
    if off is None:
        return None
    k = i + 1
    if eng.contiguous(k) and eng.toks[k].info.key == _AIR:
        k += 1
    if not _nationality(eng, k, True) or eng.toks[k].info.key in _REGIONAL:
        return None
    return off, k + 1


def _super_at(eng: _Engine, i: int) -> tuple[int, int] | None:
    """(offset of the head without its clitic, end token) of a super cup at token i (see the module's docstring)."""
    off = _head_off(eng, i, _SUPER)
    if off is None:
        return None
    return (off, i + 2) if _nationality(eng, i + 1, None) else None


def national_airlines(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Airlines named by a nationality (:func:`_airline_at`) as one ORG; a gazetteer name over the head stays, a
    mention running past them too; a mention inside gives way (the place السعودية in الخطوط الجوية السعودية)."""
    return _scan(eng, raws, "a", _airline_at, "ORG", "org",
                 lambda r, i, end: (r.how == "gaz" and r.t0 <= i) or _runs_out(r, i, end), _LINES_HEADS)


def super_cups(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """Super cups named by a nationality (:func:`_super_at`) as one MISC; a gazetteer name over the head stays, a
    mention running past them too (كأس السوبر الإسباني)."""
    return _scan(eng, raws, "a", _super_at, "MISC", "misc",
                 lambda r, i, end: (r.how == "gaz" and r.t0 <= i) or _runs_out(r, i, end), _SUPER_HEADS)


def national_passes(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The passes of this module in their order."""
    return super_cups(eng, national_airlines(eng, raws))
