"""The cached whole-library facts document (sahifa.storage.facts_cache) is served only for the exact
library state it was built from, is byte-identical to a fresh build, and never fails a command."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sahifa.core.articles import build_article
from sahifa.core.facts import TOPICS_PER_ARTICLE
from sahifa.core.model import Analysis, EntityMention, Note
from sahifa.storage import facts_cache, schema
from sahifa.storage.articles import _topics_json
from sahifa.storage.facts_json import FactsDocument
from sahifa.storage.library import Library
from sahifa.storage.paths import facts_cache_path
from sahifa.storage.rows import EntityRow

from .test_facts_json import random_library
from .test_library import key, norm


@pytest.fixture
def lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Library]:
    monkeypatch.setenv("SAHIFA_HOME", str(tmp_path / "home"))
    library = random_library(tmp_path / "home" / "library.db", seed=7)
    yield library
    library.close()


def fresh(lib: Library) -> bytes:
    out = io.BytesIO()
    with FactsDocument(lib) as doc:
        doc.write_json(out)
    return out.getvalue()


def served(lib: Library) -> bytes | None:
    out = io.BytesIO()
    return out.getvalue() if facts_cache.serve(lib.path, out) else None


def test_build_streams_and_caches_the_same_bytes(lib: Library) -> None:
    assert served(lib) is None  # nothing cached yet
    expected = fresh(lib)
    out = io.BytesIO()
    assert facts_cache.build(lib, out) is True
    assert out.getvalue() == expected
    assert served(lib) == expected
    path = facts_cache_path(lib.path)
    assert path.parent == Path(os.environ["SAHIFA_HOME"]) / "cache" / "facts"
    assert path.stat().st_mode & 0o777 == 0o600  # it holds article text
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    assert facts_cache.cached_token(lib.path) == facts_cache.current_token(lib.path) is not None


def test_serve_to_a_real_file_descriptor(lib: Library, tmp_path: Path) -> None:
    """sendfile() path (a real file), not only the copy loop (BytesIO)."""
    facts_cache.build(lib)
    with open(tmp_path / "out.json", "wb") as out:
        out.write(b"x")  # sendfile must write at the stream's position, after what is already there
        assert facts_cache.serve(lib.path, out)
    assert (tmp_path / "out.json").read_bytes() == b"x" + fresh(lib)


def _new_article(lib: Library) -> None:
    art = build_article("/news/new.txt", "عنوان جديد\n\nقال المتحدث إن القوات تقدمت في الرقة.", sha1="new")
    lib.save_article(art, Analysis((EntityMention("الرقة", "LOC", "الرقة", "الرقة", 0, 5),), (), ()),
                     folder="/news")


def _reanalysed(lib: Library) -> None:
    row = lib.articles()[0]
    art = lib.article(row.id)
    assert art is not None
    article, _analysis = art
    lib.save_article(dataclasses.replace(article, sha1="changed"), Analysis((), (), ()), folder="/news")


CHANGES: dict[str, Callable[[Library], object]] = {
    "new article": _new_article,
    "article re-analysed": _reanalysed,
    "article removed": lambda lib: lib.remove_articles_not_in("/news", [r.path for r in lib.articles()[1:]]),
    "entity renamed": lambda lib: lib.rename_entity(key("الرقة"), canonical="مدينة الرقة"),
    "entity retyped": lambda lib: lib.retype_entity(key("الرقة"), "ORG"),
    "entity deleted": lambda lib: lib.delete_entity(key("دير الزور")),
    "entity restored": lambda lib: lib.restore_entity(key("البنتاغون")),
    "entities merged": lambda lib: lib.merge_entities(key("الرقة"), key("الباغوز")),
    "merge undone": lambda lib: lib.unmerge_entity(key("وزارة الدفاع")),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_every_change_to_the_facts_invalidates_the_cache(lib: Library, change: str) -> None:
    facts_cache.build(lib)
    before = fresh(lib)
    assert served(lib) == before
    CHANGES[change](lib)
    after = fresh(lib)
    assert after != before, "the change must show in the document (else this test proves nothing)"
    assert served(lib) is None
    facts_cache.build(lib)
    assert served(lib) == after


NOT_FACTS: dict[str, Callable[[Library], object]] = {
    "marked read": lambda lib: lib.mark_read(lib.articles()[0].id),
    "note added": lambda lib: lib.add_note(Note("/news/00.txt", 0, 3, "yellow", "ملاحظة")),
    "setting saved": lambda lib: lib.set_meta("window", "geometry"),
    "translation cached": lambda lib: lib.put_many("engine", [("نص", "text")]),
}


@pytest.mark.parametrize("change", list(NOT_FACTS))
def test_other_changes_keep_the_cache(lib: Library, change: str) -> None:
    facts_cache.build(lib)
    before = fresh(lib)
    NOT_FACTS[change](lib)
    assert fresh(lib) == before
    assert served(lib) == before


def _rewrite(path: Path, edit: Callable[[bytes], bytes]) -> None:
    path.write_bytes(edit(path.read_bytes()))


@pytest.mark.parametrize("damage", {
    "cut short": lambda b: b[:-1],
    "one byte more": lambda b: b + b"\n",
    "another format": lambda b: b.replace(f"sahifa-facts-cache {facts_cache.FORMAT} ".encode(), b"sahifa-facts-cache x ", 1),
    "another version": lambda b: b.replace(b" 0.", b" 9.", 1),
    "another token": lambda b: b[:40] + bytes([b[40] ^ 1]) + b[41:],
    "no header": lambda b: b[b.index(b"\n") + 1:],
    "empty": lambda b: b"",
    # same length, header untouched: only the body's digest tells
    "a figure edited": lambda b: re.sub(rb'("value":)([0-9])', lambda m: m[1] + (b"7" if m[2] != b"7" else b"8"), b,
                                        count=1),
    "invalid JSON": lambda b: b[:-2] + b"x\n",
    "a title swapped": lambda b: _swap_first_title(b),
}.items(), ids=lambda d: d[0] if isinstance(d, tuple) else str(d))
def test_a_damaged_or_foreign_cache_is_not_served(lib: Library, damage: tuple[str, Callable[[bytes], bytes]]) -> None:
    facts_cache.build(lib)
    before = facts_cache_path(lib.path).read_bytes()
    _rewrite(facts_cache_path(lib.path), damage[1])
    assert facts_cache_path(lib.path).read_bytes() != before  # else this test proves nothing
    assert served(lib) is None
    assert facts_cache.cached_token(lib.path) != facts_cache.current_token(lib.path)  # analyze rebuilds it
    out = io.BytesIO()
    assert facts_cache.build(lib, out)  # rebuilt and served again
    assert served(lib) == out.getvalue() == fresh(lib)


def _swap_first_title(b: bytes) -> bytes:
    head, body = b.split(b"\n", 1)
    doc = json.loads(body)
    title = doc["articles"][0]["title"]
    forged = title[::-1]
    assert forged != title and len(forged.encode()) == len(title.encode())
    return head + b"\n" + body.replace(json.dumps(title, ensure_ascii=False).encode(),
                                      json.dumps(forged, ensure_ascii=False).encode(), 1)


def test_a_symlink_in_place_of_the_cache_is_not_followed(lib: Library, tmp_path: Path) -> None:
    """A symlink where the cache file should be is refused (O_NOFOLLOW), even to a valid document,
    and the rebuilt cache replaces the link, leaving its target alone."""
    facts_cache.build(lib)
    path = facts_cache_path(lib.path)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(elsewhere)
    assert served(lib) is None
    assert facts_cache.cached_token(lib.path) is None
    out = io.BytesIO()
    assert facts_cache.build(lib, out)
    assert not path.is_symlink() and served(lib) == out.getvalue() == fresh(lib)
    assert elsewhere.read_bytes().endswith(fresh(lib))  # the link's target was not written through


def test_serving_checks_the_digest_cheaply(lib: Library, tmp_path: Path) -> None:
    """The digest check reads the body once, from a memory map: a 20 MB document costs tens of ms."""

    facts_cache.build(lib)
    path = facts_cache_path(lib.path)
    head, body = path.read_bytes().split(b"\n", 1)
    big = body[:-2] + b" " * (20_000_000 - len(body)) + body[-2:]  # whitespace padding: still the document
    digest = facts_cache.hashlib.blake2b(big, digest_size=32).hexdigest().encode()
    parts = head.split()
    parts[4], parts[5] = b"%016d" % len(big), digest
    path.write_bytes(b" ".join(parts) + b"\n" + big)
    with open(tmp_path / "out.json", "wb") as out:
        assert facts_cache.serve(lib.path, out)
    assert (tmp_path / "out.json").read_bytes() == big  # its time is bench_ingest's business, not a test's


def test_an_unwritable_cache_never_fails_the_document(lib: Library) -> None:
    cache = facts_cache_path(lib.path).parent
    cache.parent.mkdir(parents=True)
    cache.write_text("a file where the folder should be")  # mkdir fails (even as root)
    out = io.BytesIO()
    assert facts_cache.build(lib, out) is False
    assert out.getvalue() == fresh(lib)
    assert served(lib) is None


def test_one_snapshot_needs_no_open_transaction(lib: Library) -> None:
    with lib.store.write():
        with pytest.raises(RuntimeError, match="transaction"):
            facts_cache.build(lib)


def test_no_library_or_another_schema_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAHIFA_HOME", str(tmp_path))
    assert facts_cache.current_token(tmp_path / "missing.db") is None
    assert facts_cache.serve(tmp_path / "missing.db", io.BytesIO()) is False
    (tmp_path / "junk.db").write_bytes(b"not a database" * 100)
    assert facts_cache.current_token(tmp_path / "junk.db") is None
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION - 1}")
    conn.close()
    assert facts_cache.current_token(tmp_path / "old.db") is None


def test_v2_library_upgrades_with_a_token_that_follows_changes(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A library made before v3 gets the revision token, its triggers and every article's topics."""
    monkeypatch.setenv("SAHIFA_HOME", str(tmp_path))
    path = tmp_path / "library.db"
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
    monkeypatch.setattr("sahifa.storage.db.SCHEMA_VERSION", 2)
    with Library(path, key_func=key, search_norm=norm) as old:
        assert old.get_meta("facts_revision") is None
        conn = old.store.conn
        conn.execute("INSERT INTO articles (id, path, folder, title, encoding, sha1, analysed) "
                     "VALUES (1, '/n/1.txt', '/n', 'عنوان', 'utf-8', 'x', 'now')")
        counts = {"ب": 5, "أ": 5, "ج": 2, "د": 9, "هـ": 1}  # ties broken by key, as SQLite orders them
        conn.executemany("INSERT INTO entities (key, canonical, label_en, type) VALUES (?, ?, ?, 'LOC')",
                         [(k, k, k) for k in counts])
        conn.executemany("INSERT INTO article_entities (key, article_id, n) VALUES (?, 1, ?)", counts.items())
        conn.commit()
    monkeypatch.undo()
    monkeypatch.setenv("SAHIFA_HOME", str(tmp_path))
    with Library(path, key_func=key, search_norm=norm) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION
        assert json.loads(lib.store.conn.execute("SELECT topics FROM articles WHERE id = 1").fetchone()[0]) == \
            ["د", "أ", "ب"]
        assert _topics_json([EntityRow(k, k, k, "LOC", n) for k, n in counts.items()]) == '["د", "أ", "ب"]'
        first = facts_cache.current_token(path)
        assert first is not None and len(first) == 24
        lib.mark_read(1)
        assert facts_cache.current_token(path) == first
        lib.rename_entity("د", canonical="دال")
        second = facts_cache.current_token(path)
        assert second not in (None, first)


def test_saved_topics_are_the_most_mentioned_entities(lib: Library) -> None:
    """articles.topics as save_prepared writes it equals what the v3 migration computes in SQL."""
    rows = lib.store.conn.execute(
        f"""SELECT id, topics, (SELECT json_group_array(key) FROM (
                SELECT key FROM article_entities WHERE article_id = articles.id
                ORDER BY n DESC, key LIMIT {TOPICS_PER_ARTICLE})) FROM articles""").fetchall()
    assert rows and any(len(json.loads(t)) == TOPICS_PER_ARTICLE for _, t, _ in rows)
    for _id, saved, computed in rows:
        assert json.loads(saved) == json.loads(computed)
