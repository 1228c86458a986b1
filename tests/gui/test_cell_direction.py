"""Each cell of the facts sidebar is laid out in its own script's direction, in either interface language:
an English name wrapped in the Arabic interface kept its hyphen at the wrong end ("-Mansour Al")."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from sahifa.gui.models import ScriptDirectionDelegate, text_direction

pytestmark = pytest.mark.gui
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


def test_text_direction_follows_the_first_letter() -> None:
    assert text_direction("Mansour Al-Hussain Meshref") == LTR
    assert text_direction("منصور الحسين مشرف") == RTL
    assert text_direction("“الخطة ستنفذ”") == RTL  # marks before the first letter do not decide
    assert text_direction("Donald Trump · دونالد ترامب") == LTR
    assert text_direction("2,500") is None and text_direction("") is None


@pytest.mark.parametrize("ui", [LTR, RTL])
def test_a_cell_takes_its_texts_direction_and_keeps_the_interfaces_side(qtbot: Any, ui: Qt.LayoutDirection) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(ui)
    model = QStandardItemModel(3, 1)
    for row, text in enumerate(("Mansour Al-Hussain Meshref", "قال الوزير إن الخطة ستنفذ.", "2,500")):
        model.setItem(row, 0, QStandardItem(text))
    view.setModel(model)
    delegate = ScriptDirectionDelegate(view)
    view.setItemDelegate(delegate)
    got = []
    for row in range(3):
        option = QStyleOptionViewItem()
        option.initFrom(view)
        delegate.initStyleOption(option, model.index(row, 0))
        got.append((option.direction, option.displayAlignment))
    english, arabic, figure = got
    assert english[0] == LTR and arabic[0] == RTL and figure[0] == ui
    # a cell whose direction differs from the interface's keeps the side the interface puts text on
    side = Qt.AlignmentFlag.AlignRight if ui == RTL else Qt.AlignmentFlag.AlignLeft
    other = arabic if ui == LTR else english
    assert other[1] & side and other[1] & Qt.AlignmentFlag.AlignAbsolute


def test_the_article_list_and_notes_lay_an_arabic_cell_out_right_to_left_in_the_english_interface(window: Any) -> None:
    """An Arabic title in the English interface was laid out left to right: cut short, its ellipsis stood
    beside its first word, as if the title's start were missing."""
    assert window.layoutDirection() == LTR
    view = window.article_view
    index = view.model().index(0, 0)
    assert text_direction(index.data()) == RTL
    option = QStyleOptionViewItem()
    option.initFrom(view)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    assert option.direction == RTL
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # the title keeps its right-hand side
    assert isinstance(window.notes_view.itemDelegate(), ScriptDirectionDelegate)
