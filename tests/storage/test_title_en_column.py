"""The article list's English title is stored (schema v7, ``articles.title_en``), written where the English
is stored, and filled for older libraries by a migration that survives kill -9."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sahifa.core.articles import build_article
from sahifa.core.model import Analysis
from sahifa.storage import schema
from sahifa.storage.library import Library
from tests.helpers import titled_library

EXPECTED = {"a.txt": None, "b.txt": "Reference title", "c.txt": "Machine title"}


def _library(path: Path) -> dict[str, int]:
    """a.txt without English, b.txt with a reference translation, c.txt machine-translated."""
    with Library(path) as lib:
        return titled_library.fill(lib, path.parent)


def _stored(path: Path) -> dict[str, str | None]:
    conn = sqlite3.connect(path)
    try:
        return {Path(p).name: t for p, t in conn.execute("SELECT path, title_en FROM articles")}
    finally:
        conn.close()


def _listed(path: Path) -> dict[str, str]:
    with Library(path) as lib:
        return {Path(a.path).name: a.title_en for a in lib.articles()}


def _back_to_v6(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE articles DROP COLUMN title_en")
    conn.execute("PRAGMA user_version = 6")
    conn.commit()
    conn.close()


def test_the_english_title_is_stored_where_the_english_is(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    ids = _library(path)
    assert _stored(path) == EXPECTED
    assert _listed(path) == {k: v or "" for k, v in EXPECTED.items()}
    with Library(path) as lib:
        lib.index_english(ids["c.txt"], ["Another title", "x", "y"][: len(lib.article(ids["c.txt"])[0].sentences)])
        # saved again (a changed analysis): the machine English of unchanged sentences is carried, and so is the title
        lib.save_article(build_article(str(tmp_path / "c.txt"), titled_library.RAW), Analysis(), folder=str(tmp_path))
    assert _stored(path)["c.txt"] == "Another title"


def test_the_listing_reads_the_stored_column(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    _library(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE articles SET title_en = 'Stored' WHERE title_en IS NOT NULL")
    conn.commit()
    conn.close()
    assert _listed(path) == {"a.txt": "", "b.txt": "Stored", "c.txt": "Stored"}


def test_a_v6_library_is_migrated_and_its_titles_filled(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    _library(path)
    _back_to_v6(path)
    assert "title_en" not in {r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(articles)")}
    with Library(path) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION == 7
    assert _stored(path) == EXPECTED


MIGRATOR = textwrap.dedent(
    """
    import sys, time
    import sahifa.storage.articles as articles

    real = articles.store_titles_en

    def slow(conn, ids=None):
        real(conn, ids)  # the column added and filled, not committed yet
        print("filled", flush=True)
        time.sleep(60)

    articles.store_titles_en = slow
    from sahifa.storage.library import Library
    Library(sys.argv[1])
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_migration_killed_midway_leaves_a_v6_library_that_migrates_next_time(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    _library(path)
    _back_to_v6(path)
    proc = subprocess.Popen([sys.executable, "-c", MIGRATOR, str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.stdout is not None
    try:
        line = proc.stdout.readline()
        assert line.strip() == "filled", proc.stderr.read() if proc.stderr else ""
        os.kill(proc.pid, signal.SIGKILL)  # inside the migration's transaction
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    time.sleep(0.1)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert "title_en" not in {r[1] for r in conn.execute("PRAGMA table_info(articles)")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with Library(path) as lib:
        assert lib.schema_version == 7
    assert _stored(path) == EXPECTED
