"""The library's aggregated facts: :class:`FactsDocument` (entities, figures, figure groups, quotes of
the whole library or of the articles mentioning some entities) and its cache (``facts_cache``: the
whole-library JSON document, rebuilt after an analysis and served while the library is unchanged).

``facts_cache`` is light (sqlite3 and two small modules): ``sahifa facts --json`` answers from it
without importing the library class; :class:`FactsDocument` is imported on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sahifa.storage import facts_cache

if TYPE_CHECKING:
    from sahifa.storage.facts_json import FactsDocument
    from sahifa.storage.library import Library

__all__ = ["FactsDocument", "facts_cache", "refresh_facts_cache", "role_english"]

log = logging.getLogger(__name__)


def role_english(speakers: Sequence[str]) -> dict[str, str]:
    """The facts document's describer (:class:`FactsDocument`, ``facts_cache.build``): English for the
    speakers and figure sources linked to no entity that are named by their role (مصادر مطلعة →
    "informed sources"), or that name a person the entity engine missed (وزيرة العدل لوريتا لينش →
    "Loretta Lynch"), as the Quotes tab shows them (:func:`.entities.speaker_descriptions`). The document
    carries no source for these, so a transliterated guess is left out (null), never given as a name."""
    from sahifa.services.entities import speaker_descriptions

    return {text: english for text, (english, source) in speaker_descriptions(speakers).items()
            if source != "transliteration"}


def refresh_facts_cache(library: Library) -> None:
    """After an analysis: build the cached whole-library facts document, so that `sahifa facts --json`
    answers at once (~0.15 s per 1,000 articles here). Only derived data: a failure is logged."""
    from sahifa.storage.library import LibraryError

    try:
        if facts_cache.cached_token(library.path) != facts_cache.current_token(library.path):
            facts_cache.build(library, describe=role_english)
    except (LibraryError, OSError) as exc:
        log.warning("the facts cache was not refreshed: %s", exc)


def __getattr__(name: str) -> Any:
    if name == "FactsDocument":
        from sahifa.storage.facts_json import FactsDocument

        return FactsDocument
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
