"""The toolbar's search box keeps room for its placeholder at 1024 px: the toolbar squeezed it to
"Search Arabic…" (the buttons after it kept their width). The buttons that no longer fit go to the
toolbar's » menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_search_box_shows_its_placeholder_at_1024(qtbot: Any, tmp_path: Path, seeds_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    from sahifa.gui.i18n import install_translator

    monkeypatch.setenv("SAHIFA_LANG", lang)
    install_translator(QApplication.instance())
    try:
        win = open_window(qtbot, tmp_path, seeds_dir, size=(1024, 700))
        qtbot.waitUntil(lambda: win.width() <= 1024)
        edit = win.search_edit
        placeholder = edit.placeholderText()
        assert placeholder
        qtbot.waitUntil(lambda: edit.isVisible() and edit.width() > 0)
        needed = edit.fontMetrics().horizontalAdvance(placeholder)
        assert edit.width() >= min(needed, 300), (edit.width(), needed)
        win.close()
    finally:
        monkeypatch.setenv("SAHIFA_LANG", "en")
        install_translator(QApplication.instance())
