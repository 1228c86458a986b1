"""analyse_many: stage-by-stage over a batch, same result as article by article; progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from sahifa.core.articles import load_folder
from sahifa.core.model import Article, NumberMention
from sahifa.nlp.entities import link_across_articles
from sahifa.nlp.pipeline import analyse, analyse_many

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    arts, errors = load_folder(ROOT / "seeds")
    more, errors2 = load_folder(ROOT / "tests" / "data" / "unseen")
    assert not errors and not errors2
    return list(arts) + list(more)


def test_batch_equals_articles_analysed_one_by_one_then_linked(articles: list[Article]) -> None:
    batch = analyse_many(articles)
    single = [analyse(a) for a in articles]
    assert [b.numbers for b in batch] == [s.numbers for s in single]
    linked = link_across_articles([s.entities for s in single])
    assert [list(b.entities) for b in batch] == linked
    assert [[(q.start, q.end, q.speaker) for q in b.quotes] for b in batch] == \
        [[(q.start, q.end, q.speaker) for q in s.quotes] for s in single]
    assert sum(len(b.quotes) for b in batch) > 10 and sum(len(b.entities) for b in batch) > 100


def test_progress_is_called_once_per_article_in_order(articles: list[Article]) -> None:
    seen: list[tuple[int, int]] = []
    analyse_many(articles, progress=lambda done, total: seen.append((done, total)))
    n = len(articles)
    assert seen == [(k, n) for k in range(1, n + 1)]


def test_progress_moves_during_the_first_stage(articles: list[Article]) -> None:
    """Ticks are spread over the stages, not all held back for the last one."""
    calls: list[int] = []
    import sahifa.nlp.pipeline as pipeline

    real = pipeline.extract_numbers

    def numbers_spy(text: str) -> list[NumberMention]:
        calls.append(len(seen))
        return real(text)

    seen: list[int] = []
    pipeline.extract_numbers = numbers_spy
    try:
        analyse_many(articles * 4, progress=lambda done, _total: seen.append(done))
    finally:
        pipeline.extract_numbers = real
    assert calls[0] >= len(articles * 4) // 2  # entities stage done: ~60 % reported already


def test_cancel_before_start_returns_nothing(articles: list[Article]) -> None:
    cancel = threading.Event()
    cancel.set()
    assert analyse_many(articles, cancel=cancel) == []


def test_cancel_during_quotes_returns_a_finished_prefix(articles: list[Article]) -> None:
    cancel = threading.Event()
    n = len(articles)

    def progress(done: int, _total: int) -> None:
        if done == n - 2:  # in the quotes stage (the last 28 % of the ticks)
            cancel.set()

    out = analyse_many(articles, progress=progress, cancel=cancel)
    assert 0 < len(out) < n
    full = analyse_many(articles[: len(out)])
    assert [a.numbers for a in out] == [a.numbers for a in full]
