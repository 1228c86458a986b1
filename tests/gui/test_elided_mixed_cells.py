"""A cell cut at its end keeps its ellipsis (and a hyphen it was cut after) with the words it cut. A cell
holding two scripts ("منصور الحسين · Mansour Al-Hussain" in the Arabic interface's Entities tab) is laid out
in its first script's direction; cut inside the English, the ellipsis and the hyphen before it took that
direction and went to the wrong end: "…-Mansour Al" (seen at 1024x700 on SaudiNewsNet articles, when the
sidebar's columns are narrow, as at their first paint). The delegate now isolates a cell's last run of the
other script (FSI … PDI), so that an ellipsis Qt appends stays inside it."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QStandardItem, QStandardItemModel, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

pytestmark = pytest.mark.gui
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
ELLIPSIS = "\u2026"


def _option(qtbot: Any, text: str, direction: Qt.LayoutDirection) -> QStyleOptionViewItem:
    from sahifa.gui.models import ScriptDirectionDelegate

    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem(text))
    view.setModel(model)
    delegate = ScriptDirectionDelegate(view)
    view.setItemDelegate(delegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, model.index(0, 0))
    return option


def _cut_after(option: QStyleOptionViewItem, stop: str) -> str:
    """The cell's text as the style elides it at the narrowest width that keeps ``stop`` whole."""
    metrics = QFontMetrics(option.font)
    for width in range(20, 2000):
        shown = metrics.elidedText(option.text, Qt.TextElideMode.ElideRight, width)
        if stop in shown:
            return shown
    raise AssertionError(f"never cut after {stop!r}")


def _runs(text: str, direction: Qt.LayoutDirection) -> list[tuple[bool, int]]:
    """(right to left?, glyphs) of each run of ``text`` laid out in ``direction``, in visual order."""
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    runs = sorted(layout.glyphRuns(), key=lambda r: r.positions()[0].x() if r.positions() else 0.0)
    return [(r.isRightToLeft(), len(r.glyphIndexes())) for r in runs]


def _latin_glyphs(runs: list[tuple[bool, int]]) -> int:
    return sum(n for rtl, n in runs if not rtl)


def _arabic_glyphs(runs: list[tuple[bool, int]]) -> int:
    return sum(n for rtl, n in runs if rtl)


def test_an_english_name_cut_in_an_arabic_cell_keeps_its_hyphen_and_ellipsis_after_it(qtbot: Any) -> None:
    option = _option(qtbot, "منصور الحسين · Mansour Al-Hussain", RTL)
    assert option.direction == RTL  # the cell is Arabic first
    shown = _cut_after(option, "Al-")
    kept = shown[shown.index("Mansour"):].replace("\u2069", "")
    assert kept.startswith("Mansour Al-") and kept.endswith(ELLIPSIS)
    # "Mansour Al-…" all in left-to-right runs: the hyphen and the ellipsis stay after "Al"
    bare = shown.replace("-" + ELLIPSIS, "")
    assert _latin_glyphs(_runs(shown, option.direction)) == _latin_glyphs(_runs(bare, option.direction)) + 2


def test_an_arabic_name_cut_in_an_english_cell_keeps_its_ellipsis_at_its_end(qtbot: Any) -> None:
    option = _option(qtbot, "Mansour Al-Hussain · منصور الحسين مشرف", LTR)
    assert option.direction == LTR
    shown = _cut_after(option, "الحسين")
    bare = shown.replace(ELLIPSIS, "")
    # the ellipsis goes with the Arabic it cut (in its right-to-left run), at its end (on its left)
    assert _arabic_glyphs(_runs(shown, option.direction)) == _arabic_glyphs(_runs(bare, option.direction)) + 1


def test_one_script_cells_and_cells_with_their_own_controls_are_unchanged(qtbot: Any) -> None:
    for text, direction in (("Mansour Al-Hussain", RTL), ("منصور الحسين", LTR), ("2,500", RTL),
                            ("قال إن شركة Google ستفتح مكتبا", RTL),  # the other script inside, not at the end
                            ("Arabic: \u2068منصور\u2069", LTR), ("عنوان\u2028\u202aTitle\u202c", LTR)):
        assert _option(qtbot, text, direction).text == text
