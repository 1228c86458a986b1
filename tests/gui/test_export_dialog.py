"""The export dialog remembers the last format and folder, and the window offers to open the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sahifa.core.model import Note
from sahifa.gui import dialogs
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui


def test_export_remembers_format_and_folder_and_offers_open(qtbot: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان الخبر\n\nقال المتحدث إن الخطة ستنفذ خلال عامين.\n", encoding="utf-8")
    win = open_window(qtbot, tmp_path, folder)
    qtbot.waitUntil(lambda: win.reader.article is not None, timeout=10_000)
    article = win.reader.article
    s = article.sentences[-1]
    with qtbot.waitSignal(win.events.library_changed, timeout=10_000, check_params_cb=lambda c: c.notes):
        win.save_note(Note(article_path=article.path, start=s.start, end=s.end, color="yellow", text="n",
                           passage=s.text))
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    seen: list[tuple[str, str]] = []

    def accept(dialog: Any) -> int:
        seen.append((dialog.format.currentData(), dialog.path.text()))
        if len(seen) == 1:
            dialog.format.setCurrentIndex(dialog.format.findData("html"))
            dialog.path.setText(str(out_dir / "mine.html"))
            return int(dialogs.ExportDialog.DialogCode.Accepted.value)
        return int(dialogs.ExportDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(dialogs.ExportDialog, "exec", accept)
    win.notes_ctl.export_notes()
    assert (out_dir / "mine.html").is_file()
    assert win.open_export_button.isVisible() and win.open_export_button.property("path") == str(out_dir / "mine.html")
    win.notes_ctl.export_notes()  # the second time: the last format and folder are offered
    fmt, path = seen[1]
    assert fmt == "html" and Path(path).parent == out_dir and path.endswith(".html")
    win.close()


def test_export_with_no_notes_says_how_to_add_one(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty library of notes: Export says there is nothing to export yet and how to add a note,
    instead of a dialog that writes an empty file."""
    from sahifa.gui.main_window import notes as notes_module

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان الخبر\n\nقال المتحدث إن الخطة ستنفذ خلال عامين.\n", encoding="utf-8")
    win = open_window(qtbot, tmp_path, folder)
    # the notes list is filled on its own round trip to the library, after the article may already show
    qtbot.waitUntil(lambda: win.reader.article is not None and win.notes_ctl.notes_loaded
                    and win.notes_empty.isVisibleTo(win), timeout=10_000)
    opened: list[Any] = []
    said: list[str] = []
    monkeypatch.setattr(dialogs.ExportDialog, "exec", lambda d: opened.append(d) or 0)
    monkeypatch.setattr(notes_module, "show_message", lambda _w, _i, _t, text: said.append(text))
    win.notes_ctl.export_notes()
    assert not opened and len(said) == 1 and "Ctrl+H" in said[0]
    # with a note, the dialog opens
    s = win.reader.article.sentences[-1]
    with qtbot.waitSignal(win.events.library_changed, timeout=10_000, check_params_cb=lambda c: c.notes):
        win.save_note(Note(article_path=win.reader.article.path, start=s.start, end=s.end, color="yellow", text="n",
                           passage=s.text))
    qtbot.waitUntil(lambda: bool(win.notes_model.all_rows()), timeout=10_000)
    win.notes_ctl.export_notes()
    assert len(opened) == 1 and len(said) == 1
    win.close()
