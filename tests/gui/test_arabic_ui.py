"""The Arabic interface and the models dialog: no English left in the dialog and About box, shortcuts
shown left-to-right, docks mirrored (the live language switch: test_language_switch.py); the article list's symbol
columns explain themselves and an almost empty Date column is hidden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from sahifa.gui import i18n
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def arabic(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("SAHIFA_LANG", "ar")
    i18n.install_translator(qapp)
    yield qapp
    monkeypatch.setenv("SAHIFA_LANG", "en")
    i18n.install_translator(qapp)


def _window(qtbot: Any, tmp_path: Path, folder: Path) -> Any:
    return open_window(qtbot, tmp_path, folder, size=(1024, 700))


def test_models_dialog_without_a_model_says_what_is_missing(qtbot: Any, arabic: Any,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from sahifa.gui.models_dialog import ModelsDialog
    from sahifa.services import models

    monkeypatch.setattr(models, "list_models", lambda **_k: [
        {"kind": "ner", "name": "CAMeL NER", "installed": False, "size": 0, "path": ""}])
    dialog = ModelsDialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 1, timeout=10_000)  # listed on a worker
    first = dialog.table.item(0, 0).text()
    assert first == "العربية←الإنجليزية: غير مثبّت"
    assert "غير مثبّت (اختياري)" in dialog.table.item(1, 0).text()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert headers == ["النموذج", "الإصدار", "الحجم", "المكان"]
    assert ".argosmodel" in dialog.offline_note.text() and "argospm" in dialog.offline_note.text()
    assert dialog.install_button.toolTip() and dialog.download_button.toolTip()


def test_arabic_window_mirrors_docks_and_keeps_shortcuts_left_to_right(qtbot: Any, arabic: Any, tmp_path: Path,
                                                                       seeds_dir: Path) -> None:
    win = _window(qtbot, tmp_path, seeds_dir)
    assert win.dockWidgetArea(win.articles_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    # at laptop size the Facts are tabbed with the Articles (on the right too)
    assert win.dockWidgetArea(win.facts_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    keys = win.zoom_in_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert win.zoom_in_action.text().endswith(f"\t\u2066{keys}\u2069")
    assert "\t" not in win.zoom_in_action.iconText()
    assert "\u2066Ctrl+F\u2069" in win.search_edit.placeholderText()
    win.close()


def test_article_list_explains_symbol_columns_and_hides_empty_dates(qtbot: Any, tmp_path: Path,
                                                                    seeds_dir: Path) -> None:
    win = _window(qtbot, tmp_path, seeds_dir)
    model = win.article_model
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in (3, 4, 5)]
    assert all(tips) and len(set(tips)) == 3
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert sum(1 for r in rows if r.published) * 2 < len(rows)  # the sample: one dated file of five
    assert win.article_view.isColumnHidden(2)
    win.close()
