"""analyse_many: stage-by-stage over a batch, same result as article by article; progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from sahifa.core.articles import load_folder
from sahifa.core.model import Article, NumberMention
from sahifa.nlp.entities import link_across_articles
from sahifa.nlp.pipeline import analyse, analyse_many, english_labels

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
    # the batch links names across articles, then labels them in English (pipeline.english_labels)
    linked = [english_labels(x) for x in link_across_articles([s.entities for s in single])]
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


# --- the per-article time budget (a fake clock: no test waits or measures time) --------------------


class _StepClock:
    """A clock that moves ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def _long_article() -> Article:
    from sahifa.core.articles import build_article

    body = " ".join(
        f"قال دونالد ترامب إن الاقتصاد الأمريكي يشهد نموا قويا في العام {2000 + k}." for k in range(60)
    )
    return build_article("/t/long.txt", "مقال طويل\n\n" + body)


@pytest.mark.parametrize("batch", [False, True])
def test_an_article_out_of_time_keeps_what_was_found(batch: bool) -> None:
    article = _long_article()
    full = analyse(article, budget_s=float("inf"))
    assert full.stopped_after is None and len(full.quotes) == 60
    # each clock reading is one second: entities and numbers take a second each, then the quote
    # stage is asked to stop before every sentence, and its 30 s run out after some of them
    clock = _StepClock(1.0)
    part = (analyse_many([article], budget_s=30.0, clock=clock)[0] if batch
            else analyse(article, budget_s=30.0, clock=clock))
    assert part.stopped_after is not None and part.stopped_after >= 30.0
    assert part.entities == full.entities and part.numbers == full.numbers
    assert 0 < len(part.quotes) < len(full.quotes)
    assert list(part.quotes) == list(full.quotes[: len(part.quotes)])  # the first sentences' quotes


def test_an_article_whose_entities_spend_the_budget_skips_the_other_stages(
        articles: list[Article], monkeypatch: pytest.MonkeyPatch) -> None:
    import sahifa.nlp.pipeline as pipeline

    clock = _StepClock(0.0)
    real = pipeline.extract_entities

    def slow_entities(text: str) -> Any:
        if "ترامب" in text:
            clock.now += 25.0  # this article's entities "take" 25 s
        return real(text)

    monkeypatch.setattr(pipeline, "extract_entities", slow_entities)
    out = analyse_many(articles, budget_s=20.0, clock=clock)
    slow = [i for i, a in enumerate(articles) if "ترامب" in a.text]
    assert slow and len(slow) < len(articles)
    for i, result in enumerate(out):
        if i in slow:
            assert result.stopped_after == 25.0
            assert result.entities and not result.numbers and not result.quotes
        else:
            assert result.stopped_after is None
    assert any(out[i].quotes for i in range(len(out)) if i not in slow)


def test_the_budget_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import math

    from sahifa.nlp.pipeline import ARTICLE_BUDGET_S, default_budget

    monkeypatch.delenv("SAHIFA_ARTICLE_SECONDS", raising=False)
    assert default_budget() == ARTICLE_BUDGET_S == 20.0
    monkeypatch.setenv("SAHIFA_ARTICLE_SECONDS", "5")
    assert default_budget() == 5.0
    monkeypatch.setenv("SAHIFA_ARTICLE_SECONDS", "none")
    assert default_budget() == math.inf
    monkeypatch.setenv("SAHIFA_ARTICLE_SECONDS", "soon")
    assert default_budget() == ARTICLE_BUDGET_S


def test_a_cancel_stops_a_long_article_between_its_sentences() -> None:
    article = _long_article()
    cancel = threading.Event()
    reads = [0]

    def clock() -> float:  # sets the cancel while the quote stage reads its sentences
        reads[0] += 1
        if reads[0] == 10:
            cancel.set()
        return 0.0

    assert analyse_many([article], cancel=cancel, clock=clock) == []  # nothing half-done is returned
    assert 10 <= reads[0] < 20  # it stopped at the next sentence, not after all 60


def test_entities_carry_an_english_label_and_its_source() -> None:
    """Labels come from the label resolver (gazetteer, GeoNames, glossary, name index…), each with its
    source; a name no resource knows keeps the engine's transliteration, marked as a guess."""
    text = ("وصل وزير الخارجية إلى مدينة حجة اليمنية قادماً من الرياض، وقال المرصد السوري لحقوق الإنسان "
            "إن الاشتباكات استمرت.")
    art = Article(path="/x/a.txt", title="", text=text, sentences=())
    ents = {m.canonical: m for m in analyse(art).entities}
    assert ents["حجة"].label_en == "Hajjah" and ents["حجة"].label_source == "geonames"
    assert ents["الرياض"].label_source == "gazetteer"
    sohr = ents["المرصد السوري لحقوق الإنسان"]
    assert sohr.label_en == "Syrian Observatory for Human Rights" and sohr.label_source
    assert all(m.label_source for m in ents.values())
