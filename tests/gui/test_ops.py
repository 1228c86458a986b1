"""gui/ops.py: queries and changes run on workers; a change's success callbacks run on the UI thread,
then one library_changed signal says what changed; nothing is said when nothing changed, and nothing
runs once the window (the op's context) is gone."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject

from sahifa.gui.ops import CollectionOp, LibraryAt, LibraryChanges, LibraryEvents, QueryOp

pytestmark = pytest.mark.gui


def test_change_on_a_worker_then_callbacks_then_one_signal(qtbot: Any, tmp_path: Path) -> None:
    events = LibraryEvents()
    where = LibraryAt(str(tmp_path / "library.db"))
    seen: list[tuple[str, object]] = []
    events.library_changed.connect(lambda changes: seen.append(("changed", changes)))

    def change(lib: Any) -> str:
        seen.append(("worker", threading.current_thread() is threading.main_thread()))
        lib.set_meta("probe", "1")
        return "done"

    op = CollectionOp(events, where, change, changes=LibraryChanges(notes=True), name="probe")
    op.on_success(lambda result: seen.append(("success", threading.current_thread() is threading.main_thread())))
    with qtbot.waitSignal(events.library_changed, timeout=10_000):
        op.start()
    assert seen == [("worker", False), ("success", True), ("changed", LibraryChanges(notes=True))]

    # a change that changed nothing says nothing
    seen.clear()
    op = CollectionOp(events, where, lambda lib: 0, changes=lambda n: LibraryChanges(articles=n > 0), name="none")
    op.on_success(lambda n: seen.append(("success", n)))
    op.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    qtbot.wait(50)
    assert seen == [("success", 0)]

    # a query reads on a worker and hands its result to the UI thread
    got: list[object] = []
    QueryOp(where, lambda lib: lib.get_meta("probe")).on_success(got.append).start()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got == ["1"]


def test_a_read_only_library_is_not_changed(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        CollectionOp(LibraryEvents(), LibraryAt(str(tmp_path / "x.db"), read_only=True), lambda lib: None,
                     changes=LibraryChanges(notes=True))


def test_callbacks_are_dropped_once_the_context_is_gone(qtbot: Any, tmp_path: Path) -> None:
    context = QObject()
    release = threading.Event()
    ran: list[str] = []

    def slow(lib: Any) -> int:
        release.wait(10)
        return 1

    op = QueryOp(LibraryAt(str(tmp_path / "library.db")), slow, context=context)
    op.on_success(lambda _r: ran.append("success")).on_finished(lambda: ran.append("finished")).start()
    context.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(context), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: not op.running, timeout=10_000)
    qtbot.wait(50)
    assert ran == []
