"""In the Arabic interface an Arabic cell sits on the right of its column, where Arabic starts: the
Arabic passage of a note, a quote, a speaker's name, a figure's counted thing and source stood on the
far (left) side of their columns, beside the next column's text, because their "right" alignment was
mirrored by the right-to-left layout (seen at 1600x1000 and 1024x700 on SaudiNewsNet articles)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView

pytestmark = pytest.mark.gui
RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _shown_side(qtbot: Any, model: Any, row: int, column: int, direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """The side (left or right, on screen) the cell's text is drawn on, as the style computes it."""
    from sahifa.gui.models import ScriptDirectionDelegate

    view = QTableView()
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.setModel(model)
    delegate = ScriptDirectionDelegate(view)
    view.setItemDelegate(delegate)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    delegate.initStyleOption(option, model.index(row, column))
    shown = QStyle.visualAlignment(option.direction, option.displayAlignment)
    return shown & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)


def _quotes() -> tuple[Any, Any]:
    from sahifa.gui.models import QuotesModel, QuoteView, SpeakersModel

    fact = SimpleNamespace(speaker="وزير المالية", speaker_display=None, cue="قال", direct=True,
                           quote="إن الميزانية ستعلن قريبا", article_title="عنوان", article_id=1, sentence_index=0)
    quotes = QuotesModel()
    quotes.set_rows([QuoteView(fact, "Minister of Finance", "description")])
    speakers = SpeakersModel()
    speakers.set_rows([("Minister of Finance", "description", 1, "وزير المالية")])
    return quotes, speakers


def _note() -> Any:
    from sahifa.gui.models import NotesModel

    notes = NotesModel()
    notes.set_rows([SimpleNamespace(pane="ar", passage="وقال الوزير إن الميزانية ستعلن قريبا", text="", color="yellow",
                                    article_title="عنوان", extra={}, english="")])
    return notes


def _figure() -> Any:
    from sahifa.gui.models import FiguresModel

    figures = FiguresModel()
    figures.set_rows([SimpleNamespace(value=30.0, value_max=None, kind="count", unit="", qualifier=None,
                                      counted="طالبا", counted_en="", source="وزير التعليم", source_key=None,
                                      article_title="عنوان", text="30 طالبا")])
    return figures


@pytest.mark.parametrize("ui", ["ar", "en"])
def test_an_arabic_cell_is_drawn_on_the_right_in_either_interface(qtbot: Any, qapp: Any, ui: str) -> None:
    from PySide6.QtWidgets import QApplication

    direction = RTL if ui == "ar" else LTR
    QApplication.setLayoutDirection(direction)
    try:
        quotes, speakers = _quotes()
        notes, figures = _note(), _figure()
        right = Qt.AlignmentFlag.AlignRight
        assert _shown_side(qtbot, quotes, 0, 2, direction) == right  # the quote
        assert _shown_side(qtbot, notes, 0, 1, direction) == right  # the note's Arabic passage
        if ui == "ar":  # the names are shown in Arabic in the Arabic interface
            assert quotes.data(quotes.index(0, 0)) == "وزير المالية"
            assert _shown_side(qtbot, quotes, 0, 0, direction) == right
            assert _shown_side(qtbot, speakers, 0, 0, direction) == right
            assert figures.data(figures.index(0, 2)) == "طالبا"
            assert _shown_side(qtbot, figures, 0, 2, direction) == right  # counted
            assert _shown_side(qtbot, figures, 0, 3, direction) == right  # source
    finally:
        QApplication.setLayoutDirection(LTR)
