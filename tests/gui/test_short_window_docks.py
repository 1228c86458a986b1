"""Room for the reader at a laptop's height, and for the user's own note in the Notes table.

At 1024×700 the Notes dock under the reader took ~160 px when empty, leaving some seven lines of
article text: with no arrangement of the user's saved, a short window puts the Notes beside the
Articles (a tab). An arrangement the user saved is restored as it was. The Notes table's "Note"
column was ~100 px, cutting the note: it now shares the width with the passages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .conftest import open_window, window_on_text

TEXT = "عنوان الخبر\n\nقال المتحدث باسم الوزارة إن العمل مستمر في المشروع الجديد."  # written for these tests


def _beside_articles(win: Any) -> bool:
    return win.notes_dock in win.tabifiedDockWidgets(win.articles_dock)


def test_short_window_gives_the_reader_the_height(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path, TEXT, size=(1024, 700))
    try:
        qtbot.waitUntil(lambda: _beside_articles(win), timeout=5_000)
        assert not win.notes_dock.isFloating() and win.articles_dock.isVisible()
        assert win.reader.height() > 700 - 160  # nothing under the reader but the status bar
    finally:
        win.close()


def test_tall_window_keeps_notes_under_the_reader(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path, TEXT, size=(1600, 1000))
    try:
        qtbot.wait(200)
        assert not _beside_articles(win)
    finally:
        win.close()


def test_saved_arrangement_wins(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    win = open_window(qtbot, tmp_path, folder, size=(1600, 1000))
    assert not _beside_articles(win)
    win.close()  # saves the arrangement: the Notes under the reader
    again = open_window(qtbot, tmp_path, folder, size=(1024, 700))
    try:
        qtbot.wait(300)
        assert not _beside_articles(again)
    finally:
        again.close()


def test_note_column_has_room(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path, TEXT, size=(1600, 1000))
    try:
        header = win.notes_view.horizontalHeader()
        qtbot.waitUntil(lambda: header.sectionSize(1) > 100, timeout=5_000)
        assert header.sectionSize(3) >= 250  # the user's own note: a share of the width, not ~100 px
        assert header.sectionSize(3) >= 0.8 * header.sectionSize(1)
    finally:
        win.close()


def test_note_column_has_room_in_the_side_dock(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path, TEXT, size=(1024, 700))
    try:
        qtbot.waitUntil(lambda: _beside_articles(win), timeout=5_000)
        win.notes_dock.raise_()
        header = win.notes_view.horizontalHeader()
        qtbot.waitUntil(lambda: header.sectionSize(1) > 40, timeout=5_000)
        assert header.sectionSize(4) <= win.notes_view.viewport().width() // 5 + 1  # the title: a fifth
        assert header.sectionSize(3) > header.sectionSize(4)  # the note: more than the title
    finally:
        win.close()
