"""Shared GUI fixtures: a main window on a folder, with its own library and settings in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def open_window(qtbot: Any, tmp_path: Path, folder: Path | str | None, *,
                size: tuple[int, int] | None = None, own_library: bool = True) -> Any:
    """A shown MainWindow that has finished ingesting ``folder``. Settings live in tmp_path; so does the
    library unless ``own_library`` is False (then the app chooses it, as it does for users)."""
    from PySide6.QtCore import QSettings

    from sahifa.gui.main_window import MainWindow  # imported late: some tests set the UI language first

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    library = {"library_path": str(tmp_path / "library.db")} if own_library else {}
    win = MainWindow(None if folder is None else str(folder), settings=settings, **library)
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    return win


def window_on_text(qtbot: Any, tmp_path: Path, text: str, *, size: tuple[int, int] | None = None) -> Any:
    """:func:`open_window` on a folder holding one article, ``text`` (written for the test)."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(text, encoding="utf-8")
    return open_window(qtbot, tmp_path, folder, size=size)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, seeds_dir: Path) -> Iterator[Any]:
    """The main window on the bundled sample."""
    win = open_window(qtbot, tmp_path, seeds_dir)
    yield win
    win.close()


@pytest.fixture
def right_to_left(qapp: Any) -> Iterator[None]:
    """The Arabic interface's direction for the duration (the translator is not installed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        yield
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
