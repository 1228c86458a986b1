"""Offline translation of articles (Argos models run by CTranslate2), for the window and the CLI, and
the English labels an article's own English gives its entities (:func:`project_labels`).

Projection runs here, in services, because it needs both the engine (the label resolver) and the
library (the stored English): when an article with a reference translation is analysed
(:func:`project_analysis`, called by ingest) and when a machine translation is stored
(:func:`store_english`, called by the window's and the CLI's translation workers, never on the UI
thread).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sahifa.core.model import Analysis, Article, EntityMention
from sahifa.nlp.labels import PROJECTION, resolver
from sahifa.nlp.translate import (
    ArgosTranslator,
    MemoryTranslationCache,
    PackageInfo,
    TranslationCancelled,
    TranslationError,
    find_installed_package,
    translate_article,
)

if TYPE_CHECKING:
    from sahifa.storage.library import Library

__all__ = [
    "ArgosTranslator",
    "MemoryTranslationCache",
    "PackageInfo",
    "TranslationCancelled",
    "TranslationError",
    "find_installed_package",
    "project_analysis",
    "project_labels",
    "store_english",
    "translate_article",
]

#: labels the article's English does not replace: the user's own and a name written in Latin letters
_KEEP = frozenset({"user", "original"})


def project_labels(article: Article, mentions: Sequence[EntityMention],
                   sentences_en: Sequence[str | None] | None = None) -> list[EntityMention]:
    """``mentions`` with the English label the article's own English writes, where it is found.

    The English of a mention is that of its sentence (``sentences_en``, one entry per
    ``article.sentences``: a machine translation), else of its paragraph (``article.reference_en``).
    An entity's label is projected (:meth:`~sahifa.nlp.labels.LabelResolver.project`) from the English
    of each of its mentions in turn; the first found labels all its mentions in the article, with
    ``label_source`` ``projection``. Mentions whose English does not write the name keep their label,
    and so do a user's correction and a name written in Latin letters."""
    sentences = article.sentences
    if not mentions or not sentences:
        return list(mentions)
    reference = article.reference_en
    if sentences_en is not None and len(sentences_en) != len(sentences):
        raise ValueError(f"{len(sentences)} sentences but {len(sentences_en)} translations")
    if sentences_en is None and not reference:
        return list(mentions)
    starts = [s.start for s in sentences]

    def english_of(m: EntityMention) -> str:
        i = max(bisect.bisect_right(starts, m.start) - 1, 0)
        if sentences_en is not None:
            return sentences_en[i] or ""
        p = sentences[i].paragraph
        return reference[p] if reference is not None and 0 <= p < len(reference) else ""

    res = resolver()
    found: dict[tuple[str, str], str | None] = {}
    for m in mentions:
        k = (m.canonical, m.type)
        if found.get(k) is not None or m.label_source in _KEEP:
            continue
        english = english_of(m)
        label = res.project(m.canonical, m.type, english, m.text) if english else None
        if label is not None:
            found[k] = label.text
    out = []
    for m in mentions:
        text = found.get((m.canonical, m.type))
        if text and m.label_source not in _KEEP:
            m = replace(m, label_en=text, label_source=PROJECTION)
        out.append(m)
    return out


def project_analysis(article: Article, analysis: Analysis) -> Analysis:
    """The analysis with its entity labels projected from the article's reference translation (the
    sample's ``*.en.txt``); unchanged without one."""
    if not article.reference_en or not analysis.entities:
        return analysis
    return replace(analysis, entities=tuple(project_labels(article, analysis.entities)))


def store_english(lib: Library, article_id: int, sentences_en: Sequence[str]) -> int:
    """Store a machine translation of a stored article (:meth:`Library.index_english`) and relabel its
    entities from it (:func:`project_labels`); the number of mentions relabelled. On a worker thread."""
    lib.index_english(article_id, sentences_en)
    article, analysis = lib.article(article_id)
    projected = project_labels(article, analysis.entities, sentences_en)
    changed = [(m.start, m.end, m.type, m.label_en) for m, old in zip(projected, analysis.entities, strict=True)
               if (m.label_en, m.label_source) != (old.label_en, old.label_source)]
    if changed:
        lib.set_projected_labels(article_id, changed)
    return len(changed)
