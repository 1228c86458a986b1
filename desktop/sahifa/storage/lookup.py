"""Finding an entity from part of its name, and suggesting close names, for ``--entity NAME``.

:meth:`sahifa.storage.library.Library.resolve_entity` answers exact names only (key, canonical, any
alias, English label). People type less ("Obama" for Barack Obama) or misspell ("Obamma"). This module
works over the rows :meth:`~sahifa.storage.library.Library.entities` returns (read-only, user
corrections already applied), with the library's own normaliser (``Library.search_norm``: Arabic
alef/ya/ta-marbuta/diacritics folded, Latin case-folded), so it needs no SQL and no Arabic rules of its
own. It decides nothing about ambiguity: the caller says what to do with several matches.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["EntityRow", "Lookup", "look_up", "matching_part", "suggest"]

_WORD = re.compile(r"\w+")
#: shortest single name word offered as a fuzzy suggestion target ("al", "bin" would match anything)
_MIN_FUZZY_WORD = 3


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


def _words(text: str, norm: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(_WORD.findall(norm(text or "")))


def _names(entity: Any) -> Iterator[str]:
    """English label, Arabic canonical, then every alias seen in the library (either script)."""
    yield entity.label_en or ""
    yield entity.canonical or ""
    yield from getattr(entity, "aliases", ()) or ()


def _has_run(words: Sequence[str], query: Sequence[str]) -> bool:
    """``query`` occurs in ``words`` as consecutive whole words."""
    n = len(query)
    return any(tuple(words[i : i + n]) == tuple(query) for i in range(len(words) - n + 1))


def _unique(entities: Iterable[Any]) -> tuple[Any, ...]:
    """One per key, first seen first."""
    seen: dict[str, Any] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return tuple(seen.values())


def matching_part(query: str, entities: Iterable[Any], norm: Callable[[str], str]) -> tuple[Any, ...]:
    """Entities one of whose names holds the words of ``query`` as whole words, in the given order
    ("Obama" → Barack Obama; "أوباما" and "اوباما" alike; "Bar" → nothing)."""
    wanted = _words(query, norm)
    if not wanted:
        return ()
    found = (e for e in entities if any(_has_run(_words(n, norm), wanted) for n in _names(e)))
    return _unique(found)


def suggest(query: str, entities: Sequence[Any], norm: Callable[[str], str], n: int = 5) -> tuple[Any, ...]:
    """Up to ``n`` entities whose folded names, or single name words, are closest to ``query``
    (difflib's ratio ≥ 0.6), in both scripts: English labels and Arabic canonicals and aliases."""
    target = " ".join(_words(query, norm))
    if not target:
        return ()
    pool: dict[str, list[int]] = {}
    for i, e in enumerate(entities):
        for name in _names(e):
            words = _words(name, norm)
            for s in {" ".join(words), *(w for w in words if len(w) >= _MIN_FUZZY_WORD)}:
                if s:
                    pool.setdefault(s, []).append(i)
    close = difflib.get_close_matches(target, list(pool), n=4 * n, cutoff=0.6)
    return _unique(entities[i] for s in close for i in pool[s])[:n]  # closest first


def look_up(query: str, entities: Sequence[Any], norm: Callable[[str], str]) -> Lookup:
    """Name-part matches; suggestions only when there is none."""
    matches = matching_part(query, entities, norm)
    return Lookup(matches, () if matches else suggest(query, entities, norm))
