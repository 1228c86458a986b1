"""Nothing writes to the library on the UI thread: a write may wait for another writer's lock (an
analysis in progress, a second Sahifa), and the window would freeze while it waits.

Every SQLite connection opened while the test runs records the data-changing statements it executes
on the main thread. The window is then driven through its note and correction actions the way a user
drives it (buttons, the Facts sidebar's signals, Ctrl+Z, the Corrections dialog, the next article),
each change awaited in the library itself.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui

_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


def record_ui_thread_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Statements that change data, executed on the main (UI) thread by any connection opened from now."""
    writes: list[str] = []
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)

        def trace(statement: str) -> None:
            if threading.current_thread() is threading.main_thread() and _WRITE.match(statement):
                writes.append(" ".join(statement.split())[:120])

        conn.set_trace_callback(trace)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return writes


def test_recorder_sees_a_write_on_the_ui_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recorder itself can fail: a write on this (main) thread is seen, one on another thread is not."""
    writes = record_ui_thread_writes(monkeypatch)
    conn = sqlite3.connect(str(tmp_path / "x.db"), check_same_thread=False)
    conn.execute("CREATE TABLE t (x)")
    worker = threading.Thread(target=lambda: conn.execute("INSERT INTO t VALUES (1)"))
    worker.start()
    worker.join()
    assert writes == [], "\n".join(writes)
    conn.execute("UPDATE t SET x = 2")
    assert writes == ["UPDATE t SET x = 2"]
    conn.close()


def test_no_library_write_on_the_ui_thread(qtbot: Any, tmp_path: Path, seeds_dir: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from sahifa.gui.dialogs import CorrectionsDialog, NoteDialog

    writes = record_ui_thread_writes(monkeypatch)
    win = open_window(qtbot, tmp_path, seeds_dir)

    def wait(condition: Callable[[], bool]) -> None:
        qtbot.waitUntil(lambda: bool(condition()), timeout=20_000)

    monkeypatch.setattr(NoteDialog, "exec", lambda dialog: NoteDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    lib = win.library

    # a note: highlight a passage, edit it, delete it (the Notes dock's buttons)
    article = win.reader.article
    assert article is not None
    s = article.sentences[1]
    win.reader.select_span("ar", s.start, s.end)
    win.highlight_action.trigger()
    wait(lambda: len(lib.notes()) == 1 and len(win.notes_model.rows()) == 1)
    win.notes_view.setCurrentIndex(win.notes_model.index(0, 0))
    monkeypatch.setattr(NoteDialog, "note", lambda dialog: "edited")
    win.edit_note_button.click()
    wait(lambda: lib.notes()[0].text == "edited")
    win.notes_view.setCurrentIndex(win.notes_model.index(0, 0))  # the list was reloaded
    win.delete_note_button.click()
    wait(lambda: lib.notes() == [])

    # corrections from the Facts sidebar, Ctrl+Z and the Corrections dialog
    items = {label.split(" · ")[0]: key for key, label in win.facts.entity_items()}
    win.facts.rename_requested.emit(items["Syria"], "سوريا", "Syria (renamed)")
    wait(lambda: len(lib.corrections()) == 1)
    win.facts.retype_requested.emit(items["Donald Trump"], "ORG")
    wait(lambda: len(lib.corrections()) == 2)
    win.facts.merge_requested.emit(items["Syria"], items["Iraq"])
    wait(lambda: len(lib.corrections()) == 3)
    win.undo_action.trigger()
    wait(lambda: bool(lib.corrections()[0].reverted))
    win.facts.delete_requested.emit(items["ISIS"])
    wait(lambda: len(lib.corrections()) == 4)

    def revert_first(dialog: CorrectionsDialog) -> int:
        dialog.list.setCurrentRow(0)
        dialog.revert_button.click()
        return 0

    monkeypatch.setattr(CorrectionsDialog, "exec", revert_first)
    win.corrections_action.trigger()
    wait(lambda: all(bool(c.reverted) for c in lib.corrections() if c.kind == "delete"))

    # reading the next article marks it read
    unread = sum(1 for r in lib.articles() if not r.read)
    win.next_action.trigger()
    wait(lambda: sum(1 for r in lib.articles() if not r.read) == unread - 1)
    qtbot.wait(200)  # the last refreshes after the changes
    win.close()
    assert writes == [], "\n".join(writes)
