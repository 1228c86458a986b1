"""The Entities tab names each entity in the interface's language first: in the Arabic interface it read
"Saud Al-Faisal · سعود الفيصل" (English first, then the Arabic cut at the end, "… · عبدالعزيز بن ..."),
while the Figures and Quotes tabs show an Arabic reader the Arabic first. The English interface keeps
the English first (the transliterated guess in italics)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def _names(qtbot: Any) -> list[tuple[str, bool]]:
    from sahifa.gui.facts import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    facts = [SimpleNamespace(key="p1", type="PERSON", canonical="سعود الفيصل", label_en="Saud Al-Faisal",
                             mentions=3, articles=1, aliases=()),
             SimpleNamespace(key="p2", type="PERSON", canonical="خالد", label_en="", mentions=1, articles=1,
                             aliases=())]
    panel.set_entities(facts, {"p1": "transliteration"})
    head = panel.entity_model.item(0, 0)
    return [(head.child(r, 0).text(), head.child(r, 0).font().italic()) for r in range(head.rowCount())]


def test_arabic_interface_lists_the_arabic_name_first(qtbot: Any, right_to_left: None) -> None:
    assert _names(qtbot) == [("سعود الفيصل · Saud Al-Faisal", False), ("خالد", False)]


def test_english_interface_lists_the_english_name_first(qtbot: Any, qapp: Any) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _names(qtbot) == [("Saud Al-Faisal · سعود الفيصل", True), ("خالد", False)]
