"""Quitting while background work runs is clean: no "RuntimeError: Signal source has been deleted" on
stderr (an op's signals QObject deleted at quit while its work still ran, then the worker emitted), and
no change to the library is cut off (closing the window waited 3 s at most, then went on)."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool

pytestmark = pytest.mark.gui


def test_a_worker_finishing_after_its_signals_were_deleted_says_nothing(qtbot: Any, capfd: Any) -> None:
    from sahifa.gui.workers import BackgroundOp

    release = threading.Event()
    ran = threading.Event()

    def work(progress: Any, cancel: threading.Event) -> int:
        ran.set()
        release.wait(10)
        progress(1, 1, "")
        return 1

    pool = QThreadPool()
    op = BackgroundOp(work, name="late").start(pool)
    assert ran.wait(10)
    shiboken6.delete(op.signals)  # what Python's finalisation does to it at quit
    release.set()
    assert pool.waitForDone(10_000)
    time.sleep(0.1)
    err = capfd.readouterr().err
    assert "Signal source has been deleted" not in err
    assert "Traceback" not in err


def test_closing_the_window_waits_for_a_change_to_the_library(qtbot: Any, window: Any) -> None:
    from sahifa.gui.ops import CollectionOp, LibraryChanges

    started = threading.Event()
    saved = threading.Event()

    def change(lib: Any) -> None:
        started.set()
        time.sleep(3.6)  # longer than the 3 s the window gives work it may cancel
        lib.set_meta("quit-probe", "kept")
        saved.set()

    CollectionOp(window.events, window.library_at(), change, changes=LibraryChanges(notes=True),
                 name="slow-change").start()
    assert started.wait(10)
    path = window.library_path
    window.close()
    assert saved.is_set()  # closing returned only once the change was saved

    from sahifa.gui.ops import open_library

    with open_library(path, read_only=True) as lib:
        assert lib.get_meta("quit-probe") == "kept"
