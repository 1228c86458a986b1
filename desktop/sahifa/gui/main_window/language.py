"""A live switch of the interface language (English ⇄ Arabic), without a restart.

How: the new translators are installed (``i18n.install_translator``); Qt then posts
``QEvent.LanguageChange`` to every widget and sends ``LayoutDirectionChange`` as the application's
direction flips. Nothing is rebuilt: every widget keeps its state (the library open, ops running on
workers, the article shown and its scroll position and selection, the typed filter and search text, the
splitter) and only re-sets its texts. The window's own texts are data (``actions.ACTIONS``,
``actions.MENU_TITLES``, ``window.DOCK_TITLES``) and are re-set from that data here; the reader's panes and
messages and the search results re-set theirs in their ``changeEvent``; the models' headers and tooltips
are translated when Qt asks for them, so their views only need to ask again. Qt does not mirror dock
areas, so the docks move to the other side here, keeping their tabs and widths.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from ..i18n import tr
from . import docks
from .actions import retranslate_actions

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDockWidget

    from .window import MainWindow

log = logging.getLogger(__name__)
_SWAP = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
         Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}


class LanguageSwitch(QObject):
    """The window's side of a language switch: re-set its texts and mirror its docks, once per switch
    (Qt sends several change events for one switch: one per translator removed and installed)."""

    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.direction = win.layoutDirection()
        self._pending = False

    def switch(self, choice: str) -> str:
        """Install the interface language ``choice`` ("system" | "en" | "ar"); returns "en" or "ar"."""
        from PySide6.QtWidgets import QApplication

        from ..i18n import install_translator

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        lang = install_translator(app, choice)
        self.changed()
        return lang

    def changed(self) -> None:
        """A language or direction change arrived: apply it on the next turn of the event loop."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.apply)

    def apply(self) -> None:
        self._pending = False
        win = self.win
        if win.layoutDirection() != self.direction:
            self.direction = win.layoutDirection()
            mirror_docks(win)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window in the interface language now."""
        from .window import DOCK_TITLES

        win = self.win
        for attr, title in DOCK_TITLES.items():
            dock: QDockWidget = getattr(win, attr)
            dock.setWindowTitle(tr(title))  # the View menu's dock entries follow their dock's title
        article = getattr(getattr(win, "reader", None), "article", None)
        win.setWindowTitle(f"{article.title} — " + tr("Sahifa") if article is not None else tr("Sahifa"))
        retranslate_actions(win)
        docks.retranslate(win)
        _qt_tab_bars(win)
        if hasattr(win, "reader"):
            win.translation_ctl.retranslate()
        win.status_label.setText(tr("Interface language: English") if win.layoutDirection()
                                 == Qt.LayoutDirection.LeftToRight else tr("Interface language: Arabic"))


def mirror_docks(win: MainWindow) -> None:
    """Move the docks of the left and right areas to the other side (Qt does not mirror dock areas in
    a right-to-left window), keeping which docks share a tab group, which tab is on top, which docks
    are shown and their widths."""
    all_docks = [win.articles_dock, win.facts_dock, win.notes_dock, win.search_dock]
    moving = [d for d in all_docks if not d.isFloating() and win.dockWidgetArea(d) in _SWAP]
    if not moving:
        return
    area = {d: win.dockWidgetArea(d) for d in moving}
    shown = {d: d.isVisibleTo(win) for d in moving}
    on_top = {d for d in moving if shown[d] and not d.visibleRegion().isEmpty()}
    tabs = {d: [o for o in win.tabifiedDockWidgets(d) if o in area] for d in moving}
    width = {d: d.width() for d in moving}
    placed: list[QDockWidget] = []
    for dock in (d for d in moving if shown[d]):
        if dock in placed:
            continue
        win.addDockWidget(_SWAP[area[dock]], dock)
        placed.append(dock)
        for other in tabs[dock]:
            if other not in placed:
                win.tabifyDockWidget(dock, other)
                placed.append(other)
    # A hidden dock has no place Qt tells of: it goes back as a tab of the first dock of its side
    # (the search results, hidden until a search, are a tab of the Articles).
    for dock in (d for d in moving if d not in placed):
        first = next((d for d in placed if area[d] == area[dock]), None)
        if first is not None:
            win.tabifyDockWidget(first, dock)
        else:
            win.addDockWidget(_SWAP[area[dock]], dock)
        placed.append(dock)
    for dock in moving:
        dock.setVisible(shown[dock])
    for dock in on_top:
        dock.raise_()
    firsts = [d for d in placed if shown[d] and d in on_top]
    if firsts:
        win.resizeDocks(firsts, [width[d] for d in firsts], Qt.Orientation.Horizontal)
    log.debug("docks mirrored: %s", {d.objectName(): win.dockWidgetArea(d).name for d in moving})


def _qt_tab_bars(win: MainWindow) -> None:
    """Qt's tab bars (the docks' tabs, the Facts' tabs) name their scroll buttons once, when made, and
    not again on a language change: name them in Qt's translation now."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QTabBar, QToolButton

    for bar in win.findChildren(QTabBar):
        for name, text in (("ScrollLeftButton", "Scroll Left"), ("ScrollRightButton", "Scroll Right")):
            button = bar.findChild(QToolButton, name)
            if button is not None:
                button.setAccessibleName(QCoreApplication.translate("QTabBar", text))
