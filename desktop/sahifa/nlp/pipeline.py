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

from sahifa.core.model import Analysis, Article, EntityMention, NumberMention, Quote

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


# Share of the analysis time each stage takes (measured, compiled build): spreads progress over the batch.
_STAGE_WEIGHTS = (0.6, 0.12, 0.28)  # entities (+ CAMeL), numbers, quotes


def analyse_many(
    articles: Sequence[Article],
    *,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[Analysis]:
    """Analyse a batch and make entity names consistent across it (ترامب here = دونالد ترامب there).

    Stage by stage over the batch — every article's entities, then every article's numbers, then
    quotes — rather than article by article: each extractor's code and caches stay hot in the CPU's
    caches (measured: 1.76 → 1.47 ms per article). ``progress(k, n)`` is called exactly once for each
    k = 1…n, spread over the stages. On ``cancel`` the articles finished so far are returned (a prefix;
    none while the first stage runs).

    The cyclic garbage collector is paused for the batch: the extractors allocate many small acyclic
    objects, and collections triggered by them cost ~15 % of the time (measured: 4.6 → 3.8 ms/article).
    """
    n = len(articles)
    use_camel = camel_ner_available()
    reported = 0
    done_weight = 0.0

    def advance(weight: float) -> None:
        nonlocal reported, done_weight
        done_weight += weight
        target = min(n, int(done_weight * n + 1e-9))
        while progress is not None and reported < target:
            reported += 1
            progress(reported, n)

    def cancelled() -> bool:
        return cancel is not None and cancel.is_set()

    results: list[Analysis] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        entities: list[list[EntityMention]] = []
        for article in articles:
            if cancelled():
                return []
            ents = extract_entities(article.text)
            if use_camel:  # the model loads once, lazily
                ents = extract_with_camel(article.text, article.sentences, ents)
            entities.append(ents)
            advance(_STAGE_WEIGHTS[0] / n)
        numbers: list[list[NumberMention]] = []
        for article in articles:
            if cancelled():
                return []
            numbers.append(extract_numbers(article.text))
            advance(_STAGE_WEIGHTS[1] / n)
        for article, ents, nums in zip(articles, entities, numbers, strict=True):
            if cancelled():
                break
            found = extract_quotes(article.text, article.sentences, ents)
            results.append(Analysis(tuple(ents), tuple(nums), tuple(found)))
            advance(_STAGE_WEIGHTS[2] / n)
        if not cancelled():
            advance(1.0)  # rounding: every article is reported once
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
