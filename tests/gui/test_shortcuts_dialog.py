"""Help ▸ Keyboard Shortcuts (F1) lists every shortcut of the menus, read from the menus themselves, in
the interface's language: the Help menu had only "About", and the one-key shortcuts (J, K, N, P) were
found only by opening each menu."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QKeySequence

pytestmark = pytest.mark.gui


def test_help_menu_lists_the_shortcuts(window: Any) -> None:
    from sahifa.gui.dialogs import ShortcutsDialog, shortcut_rows

    help_texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert any("Keyboard Shortcuts" in t for t in help_texts), help_texts
    rows = shortcut_rows(window.menuBar())
    by_action = {action: keys for _menu, action, keys in rows}
    assert by_action.get("Next Article") == "J"
    assert by_action.get("Highlight Selection") == QKeySequence("Ctrl+H").toString(QKeySequence.SequenceFormat.NativeText)
    assert by_action.get("Search") == QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText)
    menus = {menu for menu, _a, _k in rows}
    assert {"File", "Edit", "View", "Go"} <= menus, menus
    assert all("&" not in a and "\t" not in a and not a.endswith("…") for _m, a, _k in rows)
    dialog = ShortcutsDialog(window.menuBar(), window)
    assert dialog.table.rowCount() == len(rows) > 15
    dialog.close()
