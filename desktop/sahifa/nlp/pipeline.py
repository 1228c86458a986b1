"""The analysis pipeline: one cleaned Article in, an Analysis (entities, numbers, quotes) out.

Plain functions, no Qt; safe to call from any thread. The default engine is rules + lexicons +
morphology-lite and needs no downloaded model. When CAMeL Tools' NER model is installed it is used
automatically and merged under the rules (gazetteer and canonical names still apply). ``cancel`` is a
threading.Event checked between articles.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace

from sahifa.core.model import Analysis, Article, Quote

from .camel_ner import camel_ner_available, extract_with_camel
from .entities import extract_entities, link_across_articles
from .numbers import extract_numbers
from .quotes import extract_quotes

log = logging.getLogger(__name__)


def analyse(article: Article, *, use_camel: bool | None = None) -> Analysis:
    """Extract everything from one article. Never raises on article content.

    ``use_camel`` None = use the CAMeL NER model when it is installed (checked with two stat() calls).
    """
    text = article.text
    entities = extract_entities(text)
    if camel_ner_available() if use_camel is None else use_camel:  # the model loads once, lazily
        entities = extract_with_camel(text, article.sentences, entities)
    numbers = extract_numbers(text)
    quotes = extract_quotes(text, article.sentences, entities)
    return Analysis(tuple(entities), tuple(numbers), tuple(quotes))


def analyse_many(
    articles: Sequence[Article],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Analysis]:
    """Analyse a batch and make entity names consistent across it (ترامب here = دونالد ترامب there).

    The cyclic garbage collector is paused for the batch: the extractors allocate many small acyclic
    objects, and collections triggered by them cost ~15 % of the time (measured: 4.6 → 3.8 ms/article).
    """
    results: list[Analysis] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    use_camel = camel_ner_available()
    try:
        for i, article in enumerate(articles):
            if cancel is not None and cancel.is_set():
                break
            results.append(analyse(article, use_camel=use_camel))
            if progress is not None:
                progress(i + 1, len(articles))
    finally:
        if gc_was_enabled:
            gc.enable()
    linked = link_across_articles([a.entities for a in results])
    out = []
    for analysis, ents in zip(results, linked, strict=True):
        quotes = analysis.quotes
        if quotes and ents != list(analysis.entities):
            # re-link quote speakers to the cross-article canonical names
            by_span = {(e.start, e.end): e.canonical for e in ents}
            old_to_new = {
                old.canonical: by_span.get((old.start, old.end), old.canonical)
                for old in analysis.entities
            }
            quotes = tuple(
                q if q.speaker_canonical is None
                else _replace_speaker(q, old_to_new.get(q.speaker_canonical, q.speaker_canonical))
                for q in quotes
            )
        out.append(Analysis(tuple(ents), analysis.numbers, quotes))
    return out


def _replace_speaker(q: Quote, canonical: str) -> Quote:
    return q if canonical == q.speaker_canonical else replace(q, speaker_canonical=canonical)
