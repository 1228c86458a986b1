"""Each title sits on its own script's side, in either interface: a file in Latin letters ("café naïve")
was right-aligned like an Arabic title in the article list and in the reader's header."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sahifa.gui import i18n
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui

ARABIC = "وزارة التعليم تقيم حفل معايدة لمنسوبيها في الرياض.\n\nقال الوزير إن الحفل يقام غدا في مبنى الوزارة.\n"
LATIN = "Cafe naive opens in Riyadh\n\nThe new cafe opened on Tuesday in the centre of the city.\n"


def _shown_side(view: Any, row: int) -> Qt.AlignmentFlag:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.direction = view.layoutDirection()
    view.itemDelegate().initStyleOption(option, index)
    shown = QStyle.visualAlignment(option.direction, option.displayAlignment)
    return shown & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_titles_on_their_scripts_side(qtbot: Any, qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      lang: str) -> None:
    monkeypatch.setenv("SAHIFA_LANG", lang)
    i18n.install_translator(qapp)
    try:
        folder = tmp_path / "news"
        folder.mkdir()
        (folder / "a.txt").write_text(ARABIC, encoding="utf-8")
        (folder / "b.txt").write_text(LATIN, encoding="utf-8")
        win = open_window(qtbot, tmp_path, folder, size=(1024, 700))
        view = win.article_view
        model = view.model()
        rows = {model.index(r, 0).data()[:4]: r for r in range(model.rowCount())}
        assert set(rows) == {"وزار", "Cafe"}, rows
        assert _shown_side(view, rows["وزار"]) == Qt.AlignmentFlag.AlignRight
        assert _shown_side(view, rows["Cafe"]) == Qt.AlignmentFlag.AlignLeft
        view.setCurrentIndex(model.index(_row(model, "Cafe"), 0))
        qtbot.waitUntil(lambda: win.reader.title.text().startswith("Cafe"))
        title = win.reader.title
        assert _label_side(title) == Qt.AlignmentFlag.AlignLeft
        view.setCurrentIndex(model.index(_row(model, "وزار"), 0))
        qtbot.waitUntil(lambda: win.reader.title.text().startswith("وزار"))
        assert _label_side(title) == Qt.AlignmentFlag.AlignRight
        win.close()
    finally:
        monkeypatch.setenv("SAHIFA_LANG", "en")
        i18n.install_translator(qapp)


def _row(model: Any, start: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(start))


def _label_side(label: Any) -> Qt.AlignmentFlag:
    from PySide6.QtWidgets import QStyle

    shown = QStyle.visualAlignment(label.layoutDirection(), label.alignment())
    return shown & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
