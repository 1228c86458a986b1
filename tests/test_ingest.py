"""sahifa.services.ingest: batches analysed on this thread or in worker processes give the same library;
progress, cancel, per-file errors, keep_articles/on_saved and a dying worker behave."""

from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import signal
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

import sahifa.services.ingest as ingest_mod
from sahifa.core.model import Analysis, Article
from sahifa.services import ingest_files, ingest_workers
from sahifa.services.ingest import IngestError, ingest, ingest_folders
from sahifa.services.library import open_library

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "seeds", ROOT / "tests" / "data" / "dev"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """15 real articles (the seeds and the dev set, with the seeds' reference English) + 2 bad files."""
    root = tmp_path_factory.mktemp("corpus")
    for src in SOURCES:
        shutil.copytree(src, root / src.name)
    (root / "bad").mkdir()
    (root / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "bad" / "empty.txt").write_bytes(b"")
    return root


def dump(db: Path) -> dict[str, list[str]]:
    """Every row of every table but the analysis time stamp (and the FTS shadow tables)."""
    conn = sqlite3.connect(db)
    out: dict[str, list[str]] = {}
    tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
              if not t.startswith(("passages_fts", "sqlite"))]
    for t in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] != "analysed"]
        out[t] = sorted(map(repr, conn.execute(f"SELECT {', '.join(repr(c) for c in cols)} FROM {t}")))
    conn.close()
    return out


def run(folder: Path, db: Path, **kwargs: Any) -> tuple[ingest_mod.IngestResult, list[tuple[int, int, str]]]:
    calls: list[tuple[int, int, str]] = []
    lib = open_library(db)
    try:
        result = ingest(lib, [folder], progress=lambda d, t, p: calls.append((d, t, p)), **kwargs)
    finally:
        lib.close()
    return result, calls


def test_workers_store_exactly_what_this_thread_stores(folder: Path, tmp_path: Path) -> None:
    # batches of 4: the 17 files are loaded, analysed and linked in 5 batches spread over 2 processes
    here, calls_here = run(folder, tmp_path / "here.db", batch_size=4, workers=0)
    saved: list[tuple[int, Article, Analysis]] = []
    pooled, calls_pooled = run(folder, tmp_path / "pool.db", batch_size=4, workers=2,
                               on_saved=lambda *item: saved.append(item))
    assert (here.workers, pooled.workers) == (0, 2)
    assert here.analysed == pooled.analysed == 15
    assert dump(tmp_path / "here.db") == dump(tmp_path / "pool.db")
    # what comes back to the caller is equal too, in file order, with the stored ids
    assert [(i, a.path) for i, a, _ in here.articles] == [(i, a.path) for i, a, _ in pooled.articles]
    assert here.articles == pooled.articles == saved
    lib = open_library(tmp_path / "pool.db")
    try:
        for article_id, article, analysis in pooled.articles[::6]:
            assert lib.article(article_id) == (article, analysis)
        # the library-level entity names are the same
        here_lib = open_library(tmp_path / "here.db")
        try:
            assert lib.entities() == here_lib.entities()
        finally:
            here_lib.close()
    finally:
        lib.close()
    # per-file errors, with a sentence each
    for result in (here, pooled):
        assert sorted(Path(e.path).name for e in result.errors) == ["binary.txt", "empty.txt"]
        assert all(e.error for e in result.errors)
    # progress reaches the total and never goes back within the analysing phase
    for calls in (calls_here, calls_pooled):
        analysing = [d for d, _t, p in calls if p == "Analysing"]
        assert analysing == sorted(analysing) and analysing[-1] == 17
        assert {t for _d, t, _p in calls} == {17}


def test_unchanged_files_are_not_analysed_again(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "lib.db"
    first, _ = run(folder, db, workers=0, keep_articles=False)
    assert first.analysed == 15 and first.articles == []
    second, calls = run(folder, db, workers=0)
    assert second.analysed == 0 and sorted(second.unchanged) == list(range(1, 16))
    assert [p for _d, _t, p in calls].count("Checking") == 15
    assert len(second.errors) == 2  # the bad files are tried again (they are never stored)
    changed = folder / "dev" / "dev07_football.txt"
    original = changed.read_bytes()
    try:
        changed.write_bytes(original + "\nوأضاف المدرب أن الفريق سيعود أقوى.\n".encode())
        third, _ = run(folder, db, workers=0)
    finally:
        changed.write_bytes(original)
    assert third.analysed == 1 and len(third.unchanged) == 14
    assert third.articles[0][1].path == str(changed.resolve())


def test_cancel_with_workers_stops_promptly(folder: Path, tmp_path: Path) -> None:
    cancel = threading.Event()
    lib = open_library(tmp_path / "lib.db")

    def progress(done: int, total: int, phase: str) -> None:
        if phase == "Analysing":
            cancel.set()  # as soon as the workers report their first article

    try:
        result = ingest(lib, [folder], batch_size=2, workers=2, cancel=cancel, progress=progress)
        stored = len(lib.articles())
    finally:
        lib.close()
    assert result.cancelled
    assert result.analysed == stored == len(result.articles) < 15  # what was saved, in whole batches
    assert result.analysed % 2 == 0
    assert mp.active_children() == []  # the workers are gone


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_dying_worker_is_an_error_not_a_hang(folder: Path, tmp_path: Path) -> None:
    killed: list[int] = []

    def progress(done: int, total: int, phase: str) -> None:
        if phase == "Analysing" and not killed:
            victim = mp.active_children()[0]  # a worker of the pool (the only children here)
            killed.append(victim.pid or 0)
            os.kill(victim.pid or 0, signal.SIGKILL)

    lib = open_library(tmp_path / "lib.db")
    try:
        with pytest.raises(IngestError, match="stopped unexpectedly"):
            ingest(lib, [folder], batch_size=2, workers=2, progress=progress)
        assert killed
        assert lib.integrity_check() == "ok"
        assert len(lib.articles()) < 15
    finally:
        lib.close()
    assert mp.active_children() == []


def test_automatic_choice(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_mod, "usable_cpus", lambda: 1)
    result, _ = run(folder, tmp_path / "a.db", pool_min=2, keep_articles=False)
    assert result.workers == 0  # one CPU: a pool would only add its start-up
    monkeypatch.setattr(ingest_mod, "usable_cpus", lambda: 4)
    result, _ = run(folder, tmp_path / "b.db", pool_min=100, keep_articles=False)
    assert result.workers == 0  # too few files to pay for starting processes
    result, _ = run(folder, tmp_path / "c.db", pool_min=2, batch_size=10, keep_articles=False, force=True)
    assert result.workers == 2 and result.analysed == 15  # no more workers than batches


def test_unpicklable_normalisers_stay_on_this_thread(folder: Path, tmp_path: Path) -> None:
    from sahifa.storage.library import Library

    lib = Library(tmp_path / "lib.db", key_func=lambda s: s.strip(), search_norm=lambda s: s.lower())
    try:
        result = ingest(lib, [folder / "seeds"], workers=2, keep_articles=False)
    finally:
        lib.close()
    assert result.workers == 0 and result.analysed == 5


def test_opening_folders_walks_and_checks_once(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ingest_folders (the window's "open folder") walks each folder once and hashes each stored file
    once, then forgets the articles whose file left the folder, without walking it again."""
    walks: list[str] = []
    hashed: list[str] = []
    discover, sha1 = ingest_files.discover, ingest_files.file_sha1
    monkeypatch.setattr(ingest_files, "discover", lambda p: (walks.append(str(p)), discover(p))[1])
    monkeypatch.setattr(ingest_files, "file_sha1", lambda p: (hashed.append(str(p)), sha1(p))[1])
    db = str(tmp_path / "lib.db")
    first = ingest_folders(db, [str(folder)], threshold=100)
    assert (first.analysed, first.unchanged, len(first.errors), first.workers) == (15, 0, 2, 0)
    assert walks == [str(folder)] and hashed == []  # nothing stored yet: nothing to hash
    walks.clear()
    gone = folder / "dev" / sorted(p.name for p in (folder / "dev").iterdir())[0]
    kept = gone.read_bytes()
    gone.unlink()
    try:
        again = ingest_folders(db, [str(folder)], threshold=100)
    finally:
        gone.write_bytes(kept)
    assert (again.analysed, again.unchanged) == (0, 14)
    assert walks == [str(folder)] and len(hashed) == len(set(hashed)) == 14
    with open_library(db) as lib:
        assert len(lib.articles()) == 14  # the article whose file is gone is forgotten


def test_real_paths_are_realpath(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("x")
    (tmp_path / "linkdir").symlink_to(real)
    (real / "b.txt").symlink_to(real / "a.txt")
    (tmp_path / "chain.txt").symlink_to(tmp_path / "linkdir" / "b.txt")
    monkeypatch.chdir(real)
    files = [tmp_path / "linkdir" / "a.txt", real / "b.txt", tmp_path / "chain.txt", Path("a.txt"), Path("b.txt"),
             tmp_path / "linkdir" / "missing.txt", tmp_path / "linkdir" / ".." / "real" / "a.txt"]
    assert ingest_files._real_paths(files) == [os.path.realpath(f) for f in files]


def test_garbage_collection_is_paused_for_a_whole_batch(folder: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    seen: dict[str, list[bool]] = {"load": [], "prepare": [], "save": []}

    def watch(name: str, fn: Any) -> Any:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            seen[name].append(gc.isenabled())
            return fn(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(ingest_workers, "load_article", watch("load", ingest_workers.load_article))
    monkeypatch.setattr(ingest_workers, "prepare_article", watch("prepare", ingest_workers.prepare_article))
    lib = open_library(tmp_path / "lib.db")
    monkeypatch.setattr(lib, "save_prepared", watch("save", lib.save_prepared))
    assert gc.isenabled()
    result = ingest(lib, [folder], workers=0, batch_size=3)
    lib.close()
    assert result.analysed >= 4 and len(seen["save"]) >= 2
    assert seen["load"] and seen["prepare"] and not any(seen["load"] + seen["prepare"] + seen["save"])
    assert gc.isenabled()  # on again between batches and after
