"""The window's big jobs are analysed in a child process (the window's process stays light), small ones
in-thread; either way the folder is walked and checked once, in the calling process."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from sahifa.services import ingest as ingest_mod
from sahifa.services import ingest_child
from sahifa.services.ingest_files import scan
from sahifa.services.library import open_library


def _folder(tmp_path: Path, seed_files: list[Path]) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for f in seed_files:
        shutil.copy(f, folder / f.name)
    return folder


def _pending(lib: str, folder: Path) -> int:
    with open_library(lib) as library:
        return len(scan(library, [folder]).todo)


def test_big_job_runs_in_a_child_and_reports_progress(tmp_path: Path, seed_files: list[Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, seed_files)
    lib = str(tmp_path / "lib.db")
    assert _pending(lib, folder) == len(seed_files)
    in_child: list[bool] = []
    real = ingest_child.ingest_in_child
    monkeypatch.setattr(ingest_child, "ingest_in_child", lambda *a, **k: (in_child.append(True), real(*a, **k))[1])
    seen: list[tuple[int, int, str]] = []
    summary = ingest_mod.ingest_folders(lib, [str(folder)], progress=lambda d, t, p: seen.append((d, t, p)),
                                        cancel=threading.Event(), threshold=2)
    assert in_child == [True]
    assert summary.analysed == len(seed_files) and not summary.cancelled
    assert seen and seen[-1][0] == seen[-1][1]
    # now nothing changed: counted without analysis, done on the calling thread
    assert _pending(lib, folder) == 0
    in_child.clear()
    again = ingest_mod.ingest_folders(lib, [str(folder)], threshold=2)
    assert in_child == [] and again.analysed == 0 and again.unchanged == len(seed_files)


def test_the_child_forgets_files_that_left_the_folder(tmp_path: Path, seed_files: list[Path]) -> None:
    folder = _folder(tmp_path, seed_files)
    lib = str(tmp_path / "lib.db")
    assert ingest_mod.ingest_folders(lib, [str(folder)], threshold=100).analysed == len(seed_files)
    first = sorted(folder.iterdir())[0]
    first.unlink()
    (folder / "new.txt").write_bytes((sorted(folder.iterdir())[0]).read_bytes() + "\nسطر جديد\n".encode())
    summary = ingest_mod.ingest_folders(lib, [str(folder)], threshold=0)  # in the child
    assert (summary.analysed, summary.unchanged) == (1, len(seed_files) - 1)
    with open_library(lib) as library:
        paths = {Path(a.path).name for a in library.articles()}
    assert first.name not in paths and "new.txt" in paths and len(paths) == len(seed_files)


def test_child_failure_is_reported_as_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "library.db"
    bad.write_bytes(b"not a database" * 100)
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(RuntimeError):
        ingest_child.ingest_in_child(str(bad), ingest_mod.Scan())
