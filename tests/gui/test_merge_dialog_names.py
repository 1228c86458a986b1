"""The merge dialog names each entity in the interface's language first, as the Entities tab does, each line
in its own script's direction: in the Arabic interface its lines began with the English name and read
"Giuly · جولي — الأشخاص (1)" laid out right to left (seen at 1024x700 on SaudiNewsNet articles)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

pytestmark = pytest.mark.gui


def _facts() -> tuple[Any, list[Any]]:
    fact = SimpleNamespace(key="a", label_en="Saud Al-Faisal", canonical="سعود الفيصل", type="PERSON", mentions=3)
    other = SimpleNamespace(key="b", label_en="Saud Faisal", canonical="سعود فيصل", type="PERSON", mentions=1)
    return fact, [other]


@pytest.mark.parametrize("ui", ["ar", "en"])
def test_merge_candidates_read_in_the_interfaces_language_first(qtbot: Any, qapp: Any, ui: str) -> None:
    from sahifa.gui.dialogs import MergeDialog
    from sahifa.gui.models import text_direction

    direction = Qt.LayoutDirection.RightToLeft if ui == "ar" else Qt.LayoutDirection.LeftToRight
    QApplication.setLayoutDirection(direction)
    try:
        fact, others = _facts()
        dialog = MergeDialog(fact, others)
        qtbot.addWidget(dialog)
        item = dialog.list.item(0)
        first = "سعود فيصل" if ui == "ar" else "Saud Faisal"
        assert item.text().startswith(first)
        option = QStyleOptionViewItem()
        option.initFrom(dialog.list)
        dialog.list.itemDelegate().initStyleOption(option, dialog.list.model().index(0, 0))
        assert option.direction == text_direction(first)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
