"""English for a country's airline named by its nationality alone (session 16, beside :mod:`entities_national`).

Arabic papers shorten الخطوط الجوية القطرية to الخطوط القطرية; the gazetteer holds the airline under its full name
(Qatar Airways, Kuwait Airways), so the short form is looked up with الجوية put back before the nationality. A name
nothing knows falls to the glossary's pattern (الخطوط {NAT} → {NAT} Airlines). The railways and the front lines
(الخطوط الحديدية، الخطوط الأمامية) take no nationality and so never reach the gazetteer's airlines.
"""

from __future__ import annotations

from ..core.arabic import fold
from .gazetteer import Entry, gazetteer

__all__ = ["airline_entry"]

#: the definite head of an airline's name and the word "air" after it, folded
_LINES = fold("الخطوط")
_AIR = fold("الجوية")


def airline_entry(name: str) -> Entry | None:
    """The gazetteer's airline (an ORG) for الخطوط + a nationality, read as الخطوط الجوية + that nationality."""
    words = name.split()
    if len(words) < 2 or fold(words[0]) != _LINES or fold(words[1]) == _AIR:
        return None
    g = gazetteer()
    if g.nationalities.get(fold(words[1])) is None:
        return None
    entry = g.lookup(" ".join((words[0], "الجوية", *words[1:])))
    return entry if entry is not None and entry.type == "ORG" else None
