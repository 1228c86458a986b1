"""The GUI analyses big jobs in a child process (the window's process stays light), small ones in-thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from sahifa.gui import ingest_runner

pytestmark = pytest.mark.gui


def _folder(tmp_path: Path, seed_files: list[Path]) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for f in seed_files:
        shutil.copy(f, folder / f.name)
    return folder


def test_big_job_runs_in_a_child_and_reports_progress(tmp_path: Path, seed_files: list[Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, seed_files)
    lib = str(tmp_path / "lib.db")
    assert ingest_runner.changed_files(lib, [str(folder)], limit=100) == len(seed_files)
    in_child: list[bool] = []
    real = ingest_runner.ingest_in_child
    monkeypatch.setattr(ingest_runner, "ingest_in_child", lambda *a, **k: (in_child.append(True), real(*a, **k))[1])
    seen: list[tuple[int, int, str]] = []
    summary = ingest_runner.ingest_folders(lib, [str(folder)], progress=lambda d, t, p: seen.append((d, t, p)),
                                           cancel=threading.Event(), threshold=2)
    assert in_child == [True]
    assert summary.analysed == len(seed_files) and not summary.cancelled
    assert seen and seen[-1][0] == seen[-1][1]
    # now nothing changed: counted without analysis, done on the calling thread
    assert ingest_runner.changed_files(lib, [str(folder)], limit=100) == 0
    in_child.clear()
    again = ingest_runner.ingest_folders(lib, [str(folder)], threshold=2)
    assert in_child == [] and again.analysed == 0 and again.unchanged == len(seed_files)


def test_child_failure_is_reported_as_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "library.db"
    bad.write_bytes(b"not a database" * 100)
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        ingest_runner.ingest_in_child(str(bad), [str(folder)])
