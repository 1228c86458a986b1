"""With no folder open, the reader's empty view has an Open Folder button under its message: the window
opened on a grey page of text only, the way to start hidden in the File menu (1024x700 and 1600x1000,
English and Arabic interfaces)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

pytestmark = pytest.mark.gui


def test_no_folder_offers_a_button_that_opens_one(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from sahifa.gui.main_window import MainWindow
    from sahifa.services import sample

    monkeypatch.setattr(sample, "bundled_seeds", lambda: None)  # no sample to fall back on
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: asked.append("dir") or "")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(None, settings=settings, library_path=str(tmp_path / "library.db"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: hasattr(win, "reader") and win.reader.open_button.isVisibleTo(win), timeout=20_000)
    assert "Open a folder" in win.reader.empty.text()
    qtbot.mouseClick(win.reader.open_button, Qt.MouseButton.LeftButton)
    assert asked == ["dir"]
    win.close()


def test_an_article_hides_the_button(qtbot: Any, tmp_path: Path) -> None:
    from .conftest import window_on_text

    win = window_on_text(qtbot, tmp_path, "عنوان الخبر\n\nقال المتحدث إن الخطة ستنفذ خلال عامين.\n")
    qtbot.waitUntil(lambda: win.reader.article is not None, timeout=20_000)
    assert not win.reader.open_button.isVisibleTo(win)
    win.reader.clear("No article to show.")  # another empty view (a filter, a failed read): no button
    assert not win.reader.open_button.isVisibleTo(win)
    win.close()
