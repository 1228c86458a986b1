"""Where the main window's docks go and how big they are: the user's saved arrangement, else the
default one, fitted to the window's size (a laptop's width or height would squeeze the reader).

The user's own arrangement wins: it is saved with ``saveState`` (one per layout direction) and restored
as it was; the fitting below only steps in where the reader would not fit, or, for the height, when
the user has saved no arrangement yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt

if TYPE_CHECKING:
    from .window import MainWindow

# Below this window height the Notes dock, docked under the reader with its table and buttons
# (~160 px), would leave the reader some seven lines of text: by default it then shares the side
# dock area with the Articles (a tab), and the reader runs the window's full height.
SHORT_HEIGHT = 820


def mirrored(win: MainWindow, area: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
    """Qt does not mirror dock areas in a right-to-left window: in the Arabic interface the
    Articles go on the right (where reading starts) and the Facts on the left."""
    if win.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return area
    swap = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
            Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}
    return swap.get(area, area)


def state_key(win: MainWindow) -> str:
    """The saved dock arrangement, one per layout direction (a left-to-right arrangement restored in
    the Arabic interface would put the Articles back on the left)."""
    return "windowState" if win.layoutDirection() != Qt.LayoutDirection.RightToLeft else "windowStateRTL"


def has_saved_layout(win: MainWindow) -> bool:
    state = win.settings.value(state_key(win))
    return isinstance(state, QByteArray) and not state.isEmpty()


def restore_docks(win: MainWindow) -> None:
    """The docks' saved sizes (or the default ones); again once their contents are built, which
    bring size hints of their own."""
    state = win.settings.value(state_key(win))
    if isinstance(state, QByteArray) and not state.isEmpty():
        win.restoreState(state)
    else:
        win.resizeDocks([win.articles_dock, win.facts_dock], [400, 380], Qt.Orientation.Horizontal)
        win.resizeDocks([win.notes_dock], [140], Qt.Orientation.Vertical)


def fit_docks(win: MainWindow) -> None:
    """At laptop sizes the reader would squeeze its two panes: the Facts sidebar then shares the
    left dock area with the Articles (tabs) and the docks give the reader room. At short heights the
    Notes do too (once, and only with no arrangement of the user's saved: if they put the Notes back,
    they stay). The user's own arrangement (saved with saveState) is kept whenever the panes fit."""
    from ..reader import PANE_MIN_WIDTH

    if win._build_steps or not hasattr(win, "reader"):
        return
    _fit_height(win)
    need = 2 * PANE_MIN_WIDTH + 40
    if win.reader.width() >= need or win.facts_dock.isFloating() or not win.facts_dock.isVisible():
        return
    if win.facts_dock not in win.tabifiedDockWidgets(win.articles_dock):
        win.tabifyDockWidget(win.articles_dock, win.facts_dock)
        win.articles_dock.raise_()
    room = win.width() - need - 24
    win.resizeDocks([win.articles_dock], [max(220, min(room, 380))], Qt.Orientation.Horizontal)


def _fit_height(win: MainWindow) -> None:
    notes = win.notes_dock
    if (getattr(win, "notes_fitted", False) or win.height() >= SHORT_HEIGHT or has_saved_layout(win)
            or notes.isFloating() or not notes.isVisible()
            or win.dockWidgetArea(notes) != Qt.DockWidgetArea.BottomDockWidgetArea):
        return
    win.notes_fitted = True
    win.tabifyDockWidget(win.articles_dock, notes)
    win.articles_dock.raise_()  # the list stays in front; the Notes are a tab beside it
