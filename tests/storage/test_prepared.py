"""Prepared rows (built in ingest's worker processes) and the set-based batch save.

``Library.save_prepared`` writes a whole batch with one statement per table, folding entity counters
and aliases over the batch; these tests hold it to the result of saving the same articles one by one.
"""

from __future__ import annotations

import dataclasses
import pickle
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahifa.core.articles import build_article, load_folder
from sahifa.core.model import Analysis, Article, Note
from sahifa.ingest import open_library
from sahifa.nlp.pipeline import analyse_many
from sahifa.storage.library import Library, PreparedArticle, prepare_article

from .test_library import article_a, article_b, article_c

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def analysed() -> list[tuple[Article, Analysis]]:
    """The seeds and the dev set with their real analyses (two batches, as ingest links them)."""
    articles: list[Article] = []
    for folder in (ROOT / "seeds", ROOT / "tests" / "data" / "dev"):
        loaded, errors = load_folder(folder)
        assert loaded and not errors
        articles.extend(loaded)
    analyses = analyse_many(articles[:8]) + analyse_many(articles[8:])
    return list(zip(articles, analyses, strict=True))


def test_objects_give_back_what_was_prepared(analysed: list[tuple[Article, Analysis]]) -> None:
    items = [*analysed, article_a(), article_b(), article_c()]
    assert any(a.reference_en for a, _ in items) and any(an.quotes for _, an in items)
    for article, analysis in items:
        prepared = prepare_article(article, analysis, folder="/f")
        assert prepared.objects() == (article, analysis)
        again = pickle.loads(pickle.dumps(prepared))
        assert isinstance(again, PreparedArticle) and again == prepared
        assert again.objects() == (article, analysis)


def shifted(article: Article, analysis: Analysis, prefix: str) -> tuple[Article, Analysis]:
    """The article with a new first paragraph: its text moved, its analysis moved with it."""
    raw = article.title + "\n" + prefix + "\n" + "\n".join(article.text.split("\n\n")[1:])
    new = build_article(article.path, raw, sha1=article.sha1 + "+")
    d = len(new.text) - len(article.text)
    return new, Analysis(
        tuple(dataclasses.replace(e, start=e.start + d, end=e.end + d) for e in analysis.entities),
        tuple(dataclasses.replace(n, start=n.start + d, end=n.end + d) for n in analysis.numbers),
        tuple(dataclasses.replace(q, start=q.start + d, end=q.end + d,
                                  speaker_start=None if q.speaker_start is None else q.speaker_start + d,
                                  speaker_end=None if q.speaker_end is None else q.speaker_end + d)
              for q in analysis.quotes),
    )


def scenario(lib: Library, items: list[tuple[Article, Analysis]], batched: bool) -> list[list[int]]:
    def save(batch: list[tuple[Article, Analysis, str]]) -> list[int]:
        if batched:
            return lib.save_prepared([lib.prepare(a, an, folder=f) for a, an, f in batch])
        with lib.batch():
            return [lib.save_article(a, an, folder=f) for a, an, f in batch]

    ids = [save([(a, an, "/one" if i % 3 else "/two") for i, (a, an) in enumerate(items[:10])])]
    for article_id in ids[0][:4]:  # machine English for some, notes on others
        art, _ = lib.article(article_id)
        lib.index_english(article_id, [f"english {article_id} line {k}" for k in range(len(art.sentences))])
    for article_id in ids[0][2:6]:
        art, _ = lib.article(article_id)
        s = art.sentences[min(2, len(art.sentences) - 1)]
        lib.add_note(Note(art.path, s.start, s.end, "yellow", "n", created="t", updated="t"))
    lib.add_note(Note(items[4][0].path, 0, 5, "red", passage="نص لم يعد موجودا", created="t", updated="t"))
    # re-saves (moved text and unchanged text) mixed with new articles and the same file twice
    mix = [(*(shifted(a, an, "فقرة جديدة في البداية.") if i % 2 else (a, an)), "/one")
           for i, (a, an) in enumerate(items[:6])]
    mix += [(a, an, "/two") for a, an in items[10:]] + [(*items[11], "/two")]
    ids.append(save(mix))
    ids.append(save([(*items[1], "/one")]))
    with pytest.raises(RuntimeError), lib.batch():  # rolled back: changes nothing
        save([(*items[2], "/two"), (*items[12], "/one")])
        raise RuntimeError
    return ids


def rows(db: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    out: dict[str, list[str]] = {}
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"):
        if t.startswith("passages_fts"):
            continue
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] != "analysed"]
        out[t] = sorted(map(repr, conn.execute(f"SELECT {', '.join(repr(c) for c in cols)} FROM {t}")))
    conn.close()
    return out


@pytest.fixture
def two_libraries(tmp_path: Path) -> Iterator[tuple[Library, Library]]:
    one, many = open_library(tmp_path / "one.db"), open_library(tmp_path / "many.db")
    yield one, many
    one.close()
    many.close()


def test_batch_save_equals_saving_one_by_one(
    analysed: list[tuple[Article, Analysis]], two_libraries: tuple[Library, Library]
) -> None:
    one, many = two_libraries
    assert scenario(one, analysed, batched=False) == scenario(many, analysed, batched=True)
    for lib in (one, many):
        lib._conn.execute("INSERT INTO passages_fts (passages_fts, rank) VALUES ('integrity-check', 1)")
    assert rows(one.path) == rows(many.path)
    assert one.entities() == many.entities()
    for term in ("داعش", "english", "line", "الباغوز", "فقرة"):
        assert one.search(term) == many.search(term)
        assert one._conn.execute("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?", (term,)).fetchall() \
            == many._conn.execute("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?", (term,)).fetchall()
    assert one.search("english")  # machine English was carried over the re-saves
    notes = many.notes()
    assert len(notes) == 5 and sum(n.stale for n in notes) == 1


def test_batch_counters_and_display_values(two_libraries: tuple[Library, Library]) -> None:
    _, lib = two_libraries
    (a, an_a), (b, an_b) = article_a(), article_b()
    # in b the place is spelt differently and labelled differently: the later article's values win
    an_b = Analysis(tuple(dataclasses.replace(e, label_en="Al-Baghuz") if e.text == "الباغوز" else e
                          for e in an_b.entities), an_b.numbers, an_b.quotes)
    ids = lib.save_prepared([lib.prepare(a, an_a, folder="/n"), lib.prepare(b, an_b, folder="/n")])
    assert ids == [1, 2]
    baghouz = next(e for e in lib.entities() if e.canonical == "الباغوز")
    assert (baghouz.mentions, baghouz.articles, baghouz.label_en) == (5, 2, "Al-Baghuz")
    assert tuple(baghouz.article_ids) == (1, 2)
    # re-saving both in one batch keeps ids and counts
    assert lib.save_prepared([lib.prepare(b, an_b, folder="/n"), lib.prepare(a, an_a, folder="/n")]) == [2, 1]
    baghouz = next(e for e in lib.entities() if e.canonical == "الباغوز")
    assert (baghouz.mentions, baghouz.articles, baghouz.label_en) == (5, 2, "Baghouz")
    assert lib.save_prepared([]) == []
