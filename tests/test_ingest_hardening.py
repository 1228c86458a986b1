"""Ingest against hostile situations: a killed analysis, a file under two names, names that lie,
web pages, an article too long to finish in its time budget."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from sahifa.core.model import partial_analysis_message
from sahifa.services.ingest import ingest
from sahifa.services.library import open_library

ROOT = Path(__file__).resolve().parents[1]
SEED = next(p for p in sorted((ROOT / "seeds").glob("*.txt")) if not p.name.endswith(".en.txt"))


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


# --- a file reached under two names ----------------------------------------------------------------


def test_a_file_reached_through_two_links_is_one_article(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "link1.txt").symlink_to("a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "link2.txt").symlink_to(folder / "a.txt")
    os.link(folder / "a.txt", folder / "hard.txt")
    with open_library(tmp_path / "lib.db") as lib:
        # the folder, and the file again by its own path and by a link
        result = ingest(lib, [folder, folder / "a.txt", folder / "link1.txt"], keep_articles=True)
    stored = _count(tmp_path / "lib.db", "SELECT COUNT(*) FROM articles")
    assert result.analysed == 1 == len(result.articles) == stored
    assert not result.errors


# --- names shown as they are, not as they pretend to be -------------------------------------------


def test_file_names_in_errors_show_control_and_bidi_characters_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "invoice_\u202efdp.txt").write_bytes(bytes(range(256)) * 40)  # binary: an error names it
    os.mkfifo(folder / "pipe\u200b\x1b[31m.txt")
    with open_library(tmp_path / "lib.db") as lib:
        result = ingest(lib, [folder, tmp_path / "missing\u202e.txt"])
    shown = " ".join(f"{e.path} {e.error}" for e in result.errors)
    assert len(result.errors) == 3, shown
    assert "invoice_\\u202efdp.txt" in shown and "pipe\\u200b\\u001b[31m.txt" in shown
    assert "missing\\u202e.txt" in shown
    assert not any(ch in shown for ch in "\u202e\u200b\x1b")


# --- the time budget of one article ---------------------------------------------------------------


def test_an_article_out_of_time_is_saved_and_listed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "long.txt").write_bytes(SEED.read_bytes())
    with open_library(tmp_path / "lib.db") as lib:
        # a budget of 0 s is spent by the entity stage of any article (no clock involved)
        result = ingest(lib, [folder], article_budget_s=0.0)
    (article_id, _article, analysis), = result.articles
    stored = _count(tmp_path / "lib.db", f"SELECT COUNT(*) FROM mentions WHERE article_id = {article_id}")
    assert result.analysed == 1
    assert [(e.path, e.error) for e in result.errors] == [
        (str(folder / "long.txt"), partial_analysis_message(analysis.stopped_after or 0.0))]
    assert result.errors[0].error.startswith("analysed partially: stopped after ")
    assert result.errors[0].error.endswith(" s (the article is very long)")
    assert analysis.entities and stored == len(analysis.entities)  # what was found is kept
    assert not analysis.numbers and not analysis.quotes


# --- kill -9 of an analysis: no worker stays behind -----------------------------------------------


def _marked(marker: str) -> list[int]:
    """Live processes (not zombies) whose environment holds ``marker``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as fh:
                env = fh.read()
            with open(f"/proc/{entry}/stat", "rb") as fh:
                state = fh.read().rsplit(b")", 1)[1].split()[0]
        except OSError:
            continue
        if marker.encode() in env and state != b"Z":
            found.append(int(entry))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_end_when_the_analysis_is_killed(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    data = SEED.read_bytes()
    for k in range(600):
        (folder / f"{k:04d}.txt").write_bytes(data + f"\n{k}\n".encode())
    marker = f"SAHIFA_KILL_TEST={uuid.uuid4().hex}"
    env = dict(os.environ, SAHIFA_HOME=str(tmp_path / "home"))
    env[marker.split("=")[0]] = marker.split("=")[1]
    code = ("import sys; from sahifa.services.ingest import ingest; from sahifa.services.library import open_library; "
            "ingest(open_library(sys.argv[1]), [sys.argv[2]], workers=2, pool_min=1, batch_size=20, "
            "keep_articles=False)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "lib.db"), str(folder)], env=env)
    try:
        deadline = time.monotonic() + 60
        while len([p for p in _marked(marker) if p != proc.pid]) < 2:  # both workers started
            assert proc.poll() is None, "the analysis ended before its workers were seen"
            assert time.monotonic() < deadline, "no worker process appeared"
            time.sleep(0.05)
        time.sleep(1.0)  # the workers have imported everything and are analysing
        assert proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        left = _marked(marker)
        until = time.monotonic() + 5.0
        while left and time.monotonic() < until:
            time.sleep(0.1)
            left = _marked(marker)
        # workers and multiprocessing's resource tracker alike: the tracker ends once no process
        # holds its pipe any more
        assert not left, f"processes left behind: {[_cmdline(p) for p in left]}"
    finally:
        if proc.poll() is None:
            proc.kill()
        for pid in _marked(marker):  # only processes this test started carry the marker
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace")[:200]
    except OSError:
        return str(pid)
