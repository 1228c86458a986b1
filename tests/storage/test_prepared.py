"""Prepared rows (built in ingest's worker processes) and the set-based batch save.

``Library.save_prepared`` writes a whole batch with one statement per table, folding entity counters
and aliases over the batch; these tests hold it to the result of saving the same articles one by one.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import pickle
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahifa.core.articles import build_article, load_folder
from sahifa.core.model import Analysis, Article, Note, NumberMention, Quote
from sahifa.nlp.pipeline import analyse_many
from sahifa.services.library import open_library
from sahifa.storage.library import Library, LibraryError, PreparedArticle, prepare_article

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


# --- the cheaper row building and writing ------------------------------------------------------------


def plain_covering_quote(n: NumberMention, quotes: tuple[Quote, ...]) -> int | None:
    """prepare_article's quote around a figure before it was made cheaper."""
    best: int | None = None
    for i, q in enumerate(quotes):
        if q.start <= n.start and n.end <= q.end and (
            best is None or (q.end - q.start) < (quotes[best].end - quotes[best].start)
        ):
            best = i
    return best


def test_prepared_rows_equal_their_plain_definitions(analysed: list[tuple[Article, Analysis]]) -> None:
    # nested and equally long quotes around the figures, so the first shortest one must be picked
    a, an = analysed[0]
    nums = an.numbers[:3]
    assert nums
    made = [Quote("س", None, "قال", "x", True, n.start - d, n.end + e) for n in nums for d, e in
            ((5, 5), (2, 8), (1, 1), (3, 3), (2, 0))]
    cases = [*analysed, (a, Analysis(an.entities, an.numbers, tuple(made)))]
    for article, analysis in cases:
        p = prepare_article(article, analysis, folder="/f")
        assert p.paragraphs_json == json.dumps([[x.start, x.end] for x in article.paragraphs])
        starts = [s.start for s in article.sentences]
        assert [r[-1] for r in p.numbers] == [plain_covering_quote(n, analysis.quotes) for n in analysis.numbers]
        for rows_, items, at in ((p.mentions, analysis.entities, 10), (p.numbers, analysis.numbers, 1),
                                 (p.quotes, analysis.quotes, 1)):
            assert [r[at] for r in rows_] == [max(bisect.bisect_right(starts, x.start) - 1, 0) for x in items]
    assert prepare_article(build_article("/x.txt", "عنوان"), Analysis((), (), ()), folder="/").paragraphs_json \
        == "[[0, 5]]"


def test_batch_save_turns_foreign_keys_back_on(
    analysed: list[tuple[Article, Analysis]], tmp_path: Path
) -> None:
    lib = open_library(tmp_path / "lib.db")
    fk = "PRAGMA foreign_keys"
    seen: list[int] = []
    real_flush = lib._flush_fts

    def flush(conn: sqlite3.Connection) -> None:  # runs inside the save's transaction
        seen.append(conn.execute(fk).fetchone()[0])
        real_flush(conn)

    lib._flush_fts = flush  # type: ignore[method-assign]
    ids = lib.save_prepared([lib.prepare(a, an, folder="/f") for a, an in analysed[:3]])
    assert seen == [0] and lib._conn.execute(fk).fetchone()[0] == 1
    with lib.batch():  # nested in a transaction: checks stay on
        lib.save_prepared([lib.prepare(*analysed[3], folder="/f")])
    assert seen == [0, 1] and lib._conn.execute(fk).fetchone()[0] == 1
    bad = lib.prepare(*analysed[4], folder="/f")._replace(sentences=[(0, 0, 0, 1), (0, 0, 0, 1)])
    with pytest.raises(LibraryError):  # a failing save rolls back and still turns them back on
        lib.save_prepared([bad])
    assert lib._conn.execute(fk).fetchone()[0] == 1
    # English is NULL, never '', where an article has none
    conn = lib._conn
    assert conn.execute("SELECT count(*) FROM passages WHERE en = ''").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM passages WHERE lang = 'ar' AND en IS NOT NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM sentences WHERE en IS NOT NULL").fetchone()[0] == 0
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert len(ids) == 3 and lib._conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
    lib.close()
