"""The Entities tab's group headings (People, Organisations, Places, Other) are written in their type's
colour at a readable contrast: Places and Other were 3.4:1 and 3.1:1 on white (under WCAG AA's 4.5:1)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtGui import QColor

pytestmark = pytest.mark.gui


def test_group_headings_read_at_four_and_a_half_to_one(qtbot: Any) -> None:
    from sahifa.gui.facts import FactsPanel
    from sahifa.gui.models import contrast

    panel = FactsPanel()
    qtbot.addWidget(panel)
    facts = [SimpleNamespace(key=f"k{t}", type=t, label_en=f"Name {t}", canonical="اسم", mentions=1, articles=1, aliases=())
             for t in ("PERSON", "ORG", "LOC", "MISC")]
    panel.set_entities(facts)
    base = panel.entity_view.palette().base().color()
    heads = [panel.entity_model.item(r) for r in range(panel.entity_model.rowCount())]
    assert len(heads) == 4
    for head in heads:
        assert contrast(head.foreground().color(), base) >= 4.5, head.text()


def test_a_dark_background_gets_a_lighter_colour(qapp: Any) -> None:
    from sahifa.gui.models import contrast, entity_brush

    dark = QColor("#202020")
    for etype in ("PERSON", "ORG", "LOC", "MISC"):
        assert contrast(entity_brush(etype, dark).color(), dark) >= 4.5
