"""Arabic normalisation for the language layer, and the tokenisers' bounded per-chunk cache.

The normaliser itself lives in :mod:`sahifa.core.arabic` (the one definition of the character tables and
foldings, shared with storage and the scorer); the names the language layer has always imported from here
are re-exported: :func:`fold` (the matching key, hot path), :func:`normalize_ar` (the same, under the name
of the CAMeL Tools recipe it reproduces), :func:`search_key`, :func:`strip_article`, ``AR_DIACRITICS``
and ``TATWEEL``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from ..core.arabic import AR_DIACRITICS, TATWEEL, fold, normalize_ar, search_key, strip_article

__all__ = ["AR_DIACRITICS", "TATWEEL", "fold", "normalize_ar", "remember", "search_key", "strip_article"]

_T = TypeVar("_T")
#: entries a tokeniser's per-chunk cache may hold (a bound on memory for folders of unusual text)
CHUNK_CACHE_SIZE = 200_000


def remember(cache: dict[str, _T], chunk: str, make: Callable[[str], _T]) -> _T:
    """``make(chunk)``, kept in ``cache`` while it holds fewer than :data:`CHUNK_CACHE_SIZE` entries.

    The miss path of the tokenisers' per-chunk caches (entities, numbers, quotes): they look a chunk up
    with ``cache.get`` themselves — the hit path stays a plain dict lookup — and call this on a miss.
    """
    value = make(chunk)
    if len(cache) < CHUNK_CACHE_SIZE:
        cache[chunk] = value
    return value
