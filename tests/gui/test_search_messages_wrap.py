"""The search sidebar's messages wrap instead of being cut: at 1024x700 "No results for “Kerry”. Articles
with no English translation yet are …" lost the sentence that says why; the heading over entities
found by their English name was cut the same way. And a count after an Arabic name was drawn inside it
("Government of Saudi Arabia · 1)  حكومة …")."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def _height(results: Any, item: Any) -> int:
    index = results.indexFromItem(item)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = results.font()
    return results.itemDelegate().sizeHint(option, index).height()


def test_no_results_and_entity_heading_wrap_in_a_narrow_sidebar(qtbot: Any) -> None:
    from sahifa.gui.search import SearchResults, no_results

    results = SearchResults()
    qtbot.addWidget(results)
    results.resize(300, 400)
    results.show()
    line = results.fontMetrics().height()
    message = no_results("Kerry")
    assert "Arabic only" in message
    results.set_hits([], [], str, empty=message)
    item = results.topLevelItem(0)
    assert item is not None and item.text(0) == message
    assert _height(results, item) > 1.6 * line  # two lines at least, the whole sentence shown

    entity = SimpleNamespace(key="k", label_en="Government of Saudi Arabia", canonical="حكومة المملكة العربية السعودية",
                             articles=1, mentions=2)
    results.set_hits([], [], str, empty="", entities=[entity], query="Saudi")
    head = results.topLevelItem(0)
    assert head is not None and "Saudi" in head.text(0)
    assert _height(results, head) > 1.6 * line
    row = results.entity_items()[0]
    assert row.text(0).startswith("Government of Saudi Arabia · حكومة")
    assert "السعودية\u200e  (1 " in row.text(0)  # the count keeps its own direction after the Arabic
    assert _height(results, row) > 1.6 * line  # wrapped whole in a 300 px sidebar, not elided
