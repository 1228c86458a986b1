"""A live switch of the interface language (View ▸ Interface Language), no restart: the whole window in
the new language and direction, with the docks mirrored, while the library, the article, its scroll
position and selection, the typed text and the dock arrangement stay. The strongest check: after the
switch the window says exactly what a window started in that language says."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)

from sahifa.gui import i18n
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui
_L, _R = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


@pytest.fixture
def english_after(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """The test may switch the application's language: English again afterwards."""
    yield qapp
    monkeypatch.setenv("SAHIFA_LANG", "en")
    i18n.install_translator(qapp, "en")


def said(win: Any) -> Counter[str]:
    """Every text the window shows or tells (accessibility, tooltips), article data included; not the
    status line, which says the last thing done, nor the docks' tab bars."""
    out: list[str] = []
    for w in [win, *win.findChildren(QWidget)]:
        if w is win.status_label:
            continue
        bar = w if isinstance(w, QTabBar) else w.parent()
        if isinstance(bar, QTabBar) and bar.parent() is win:
            continue  # the docks' tabs: their titles are the docks' (whether Qt shows a bar depends on the layout)
        out += [w.accessibleName(), w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton):
            out.append(w.text())
        if isinstance(w, QLineEdit):
            out.append(w.placeholderText())
        if isinstance(w, QDockWidget):
            out.append(w.windowTitle())
        if isinstance(w, QMenu):
            out.append(w.title())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabBar):
            out += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for c in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    out.append(str(model.headerData(c, Qt.Orientation.Horizontal, role) or ""))
    for act in win.findChildren(QAction):
        out += [act.text(), act.iconText(), act.toolTip()]
    return Counter(t for t in out if t)


def _first_article(win: Any, qtbot: Any) -> int:
    qtbot.waitUntil(lambda: win.article_model.rowCount() > 0, timeout=10_000)
    row = win.article_model.row_at(0)
    win.show_article(row.id)
    return int(row.id)


def _switched(win: Any, qtbot: Any, code: str, direction: Qt.LayoutDirection) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def close_modal() -> None:  # a "restart to apply" message box (the old way) must fail the test, not hang it
        box = QApplication.activeModalWidget()
        if box is not None:
            box.close()

    QTimer.singleShot(3000, close_modal)
    with qtbot.waitSignal(win.facts_refreshed, timeout=20_000):  # the entity groups' headings come again
        win.set_ui_language(code)
    qtbot.waitUntil(lambda: win.layoutDirection() == direction and not win.language._pending, timeout=5000)
    qtbot.wait(50)  # the reader's re-highlighting (one turn of the event loop)


def test_switching_to_arabic_says_what_an_arabic_window_says(qtbot: Any, tmp_path: Path, seeds_dir: Path,
                                                             english_after: Any,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    win = open_window(qtbot, tmp_path / "switched", seeds_dir, size=(1600, 1000))
    article = _first_article(win, qtbot)
    english = said(win)
    assert "&File" in english and "Articles" in english
    _switched(win, qtbot, "ar", Qt.LayoutDirection.RightToLeft)

    monkeypatch.setenv("SAHIFA_LANG", "ar")
    i18n.install_translator(english_after)
    fresh = open_window(qtbot, tmp_path / "fresh", seeds_dir, size=(1600, 1000))
    fresh.show_article(article)
    qtbot.wait(50)
    switched, started = said(win), said(fresh)
    assert "&ملف" in started and "&File" not in started  # the fresh window is Arabic
    assert switched - started == Counter(), "texts left over from English"
    assert started - switched == Counter(), "texts of an Arabic window missing after the switch"
    win.close()
    fresh.close()


def test_switch_keeps_the_article_the_docks_and_the_typed_text(qtbot: Any, tmp_path: Path, seeds_dir: Path,
                                                               english_after: Any,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    win = open_window(qtbot, tmp_path, seeds_dir, size=(1600, 1000))
    article = _first_article(win, qtbot)
    win.reader.select_span("ar", 10, 30)
    bar = win.reader.ar.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled = bar.value()
    win.search_edit.setText("داعش")  # typed, not searched: nothing typed is lost
    win.article_filter.setText("ال")
    ratio = win.reader.split_ratio()
    assert win.dockWidgetArea(win.articles_dock) == _L and win.dockWidgetArea(win.facts_dock) == _R
    library = win.library
    en_file = win.file_menu.title()

    _switched(win, qtbot, "ar", Qt.LayoutDirection.RightToLeft)
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert win.file_menu.title() == "&ملف" != en_file
    assert win.articles_dock.windowTitle() == i18n.tr("Articles") != "Articles"
    assert win.open_action.text() != "Open Folder…" and win.open_action.text().startswith(i18n.tr("Open Folder…"))
    header = win.article_model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == i18n.tr("Title") != "Title"
    # the docks mirrored, the Articles still tabbed with the (hidden) search results
    assert win.dockWidgetArea(win.articles_dock) == _R and win.dockWidgetArea(win.facts_dock) == _L
    assert win.articles_dock.isVisible() and not win.search_dock.isVisible()
    win.search_dock.show()  # as a search shows it
    assert win.tabifiedDockWidgets(win.articles_dock) == [win.search_dock]
    win.search_dock.hide()
    # nothing lost
    assert win.current_id == article and win.reader.article is not None
    assert win.library is library
    assert win.reader.ar.selection_offsets() == (10, 30)
    assert abs(bar.value() - scrolled) <= 2
    assert win.search_edit.text() == "داعش" and win.article_filter.text() == "ال"
    assert abs(win.reader.split_ratio() - ratio) < 0.01
    assert win.settings.value("ui_language") == "ar"
    # shortcuts drawn left-to-right in the right-to-left menus (not "++Ctrl"), the toolbar without them
    keys = win.zoom_in_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert win.zoom_in_action.text().endswith(f"\t\u2066{keys}\u2069") and "\t" not in win.zoom_in_action.iconText()
    # the About box in Arabic
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: told.append(title + "\n" + text))
    win.show_about()
    assert told and "About Sahifa" not in told[0] and "offline reader" not in told[0]
    assert i18n.tr("About Sahifa") in told[0] and "أميري" in told[0]

    _switched(win, qtbot, "en", Qt.LayoutDirection.LeftToRight)  # and back
    assert win.file_menu.title() == "&File"
    assert win.dockWidgetArea(win.articles_dock) == _L and win.dockWidgetArea(win.facts_dock) == _R
    keys = win.zoom_in_action.shortcut().toString()
    assert win.zoom_in_action.text() == "Larger Text" and keys and "\t" not in win.zoom_in_action.text()
    for act in (win.open_action, win.export_action, *win.layer_actions.values()):  # the toolbar's buttons too
        assert act.iconText().isascii(), act.iconText()
    assert win.current_id == article
    win.close()
