"""Finding an entity from part of its name, and suggesting close names, for ``--entity NAME``.

:meth:`sahifa.storage.library.Library.resolve_entity` answers exact names only (key, canonical, any
alias, English label). People type less ("Obama" for Barack Obama) or misspell ("Obamma"). This module
works over the rows :meth:`~sahifa.storage.library.Library.entities` returns (read-only, user
corrections already applied), with the library's own normaliser (``Library.search_norm``: Arabic
alef/ya/ta-marbuta/diacritics folded, Latin case-folded), so it needs no SQL and no Arabic rules of its
own. It decides nothing about ambiguity: the caller says what to do with several matches.

Speed: every name of every entity is folded in one call over the names joined by NUL (the library's
normalisers fold character by character and keep NUL), and searched with one regular expression; so a
look-up over 50,000 entities with four names each takes well under a second instead of several.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["EntityRow", "Lookup", "look_up", "matching_part", "suggest"]

_SEP = "\x00"  # between names in the folded text: not a word character, not whitespace
_WORD = re.compile(r"\w+")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
#: shortest single name word offered as a fuzzy suggestion target ("al", "bin" would match anything)
_MIN_FUZZY_WORD = 3
_CUTOFF = 0.6  # difflib's usual similarity threshold


class EntityRow(Protocol):
    """What is read of an entity (``EntityFact`` has it; ``aliases`` is optional)."""

    key: str
    canonical: str
    label_en: str


@dataclass(frozen=True, slots=True)
class Lookup:
    """``matches``: entities with the query as whole words of one of their names, most mentioned first.
    ``suggestions``: when nothing matches, the entities whose names (or name words) are closest."""

    matches: tuple[Any, ...]
    suggestions: tuple[Any, ...]


def _names(entity: Any) -> Iterator[str]:
    """English label, Arabic canonical, then every alias seen in the library (either script)."""
    yield entity.label_en or ""
    yield entity.canonical or ""
    yield from getattr(entity, "aliases", ()) or ()


class _Folded:
    """All names of ``entities`` folded into one text, and which entity each name belongs to."""

    def __init__(self, entities: Sequence[Any], norm: Callable[[str], str]) -> None:
        owners: list[int] = []
        names: list[str] = []
        for i, e in enumerate(entities):
            for name in _names(e):
                names.append(name.replace(_SEP, " "))
                owners.append(i)
        self.entities = entities
        self.owners = owners
        self.text = norm(_SEP.join(names))
        starts = [0]
        starts += [m.end() for m in re.finditer(_SEP, self.text)]
        self.starts = starts  # offset where each name begins in self.text
        if len(starts) != len(names):  # a normaliser that does not keep NUL: fold name by name
            self.text = _SEP.join(norm(n).replace(_SEP, " ") for n in names)
            self.starts = [0, *(m.end() for m in re.finditer(_SEP, self.text))]

    def find(self, pattern: str) -> tuple[Any, ...]:
        """Entities with a name where ``pattern`` (a regex) matches, in the given order, one per key."""
        owners = {self.owners[bisect.bisect_right(self.starts, m.start()) - 1]
                  for m in re.finditer(pattern, self.text)}
        return _unique(self.entities[i] for i in sorted(owners))


def _unique(entities: Iterable[Any]) -> tuple[Any, ...]:
    """One per key, first seen first."""
    seen: dict[str, Any] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return tuple(seen.values())


def _words_pattern(words: Sequence[str]) -> str:
    """Consecutive whole words inside one name (never across the NUL between two names)."""
    return r"(?<!\w)" + r"[^\w\x00]+".join(map(re.escape, words)) + r"(?!\w)"


def _matching(query: str, folded: _Folded, norm: Callable[[str], str]) -> tuple[Any, ...]:
    words = _WORD.findall(norm(query))
    return folded.find(_words_pattern(words)) if words else ()


def _suggest(query: str, folded: _Folded, norm: Callable[[str], str], n: int) -> tuple[Any, ...]:
    target = " ".join(_WORD.findall(norm(query)))
    if not target:
        return ()
    names = {" ".join(_WORD.findall(name)) for name in folded.text.split(_SEP)}
    words = {w for w in _WORD.findall(folded.text) if len(w) >= _MIN_FUZZY_WORD}
    # ratio = 2·matches / (len a + len b) ≥ cutoff bounds the length: drop the rest before difflib
    lo, hi = len(target) * _CUTOFF / (2 - _CUTOFF), len(target) * (2 - _CUTOFF) / _CUTOFF
    arabic = bool(_ARABIC.search(target))  # a name in the other script is never close: leave it out
    pool = [s for s in names | words if s and lo <= len(s) <= hi and bool(_ARABIC.search(s)) == arabic]
    close = difflib.get_close_matches(target, pool, n=4 * n, cutoff=_CUTOFF)
    found: list[Any] = []
    for s in close:  # closest first
        found += folded.find(_words_pattern(s.split()))
    return _unique(found)[:n]


def matching_part(query: str, entities: Sequence[Any], norm: Callable[[str], str]) -> tuple[Any, ...]:
    """Entities one of whose names holds the words of ``query`` as consecutive whole words, in the
    given order ("Obama" → Barack Obama; "أوباما" and "اوباما" alike; "Bar" → nothing)."""
    return _matching(query, _Folded(entities, norm), norm)


def suggest(query: str, entities: Sequence[Any], norm: Callable[[str], str], n: int = 5) -> tuple[Any, ...]:
    """Up to ``n`` entities whose folded names, or single name words, are closest to ``query``
    (difflib's ratio ≥ 0.6), in both scripts: English labels and Arabic canonicals and aliases."""
    return _suggest(query, _Folded(entities, norm), norm, n)


def look_up(query: str, entities: Sequence[Any], norm: Callable[[str], str]) -> Lookup:
    """Name-part matches; suggestions only when there is none."""
    folded = _Folded(entities, norm)
    matches = _matching(query, folded, norm)
    return Lookup(matches, () if matches else _suggest(query, folded, norm, 5))
