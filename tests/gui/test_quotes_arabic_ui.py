"""The Quotes tab in the Arabic interface names speakers as the article writes them (the English name a
hover away), as the Figures tab does for sources: it showed "Saud Al-Faisal", "Adel Al-Jubeir" to an
Arabic reader. The English interface keeps the English names."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui

SHOWN = Qt.ItemDataRole.DisplayRole
TIP = Qt.ItemDataRole.ToolTipRole


def _tip(model: Any) -> str:
    """The tooltip's text (it is wrapped in <qt><p …> so that it wraps; the text itself is escaped)."""
    tip = str(model.data(model.index(0, 0), TIP))
    return tip[tip.index(">", tip.index("<p")) + 1:] if tip.startswith("<qt>") else tip


def _models() -> tuple[Any, Any]:
    from sahifa.gui.models import QuotesModel, QuoteView, SpeakersModel

    fact = SimpleNamespace(speaker="سعود الفيصل", speaker_display=None, cue="قال", direct=True, quote="نص القول",
                           article_title="عنوان", article_id=1, sentence_index=0)
    quotes = QuotesModel()
    quotes.set_rows([QuoteView(fact, "Saud Al-Faisal", "transliteration")])
    speakers = SpeakersModel()
    speakers.set_rows([("Saud Al-Faisal", "transliteration", 1, "سعود الفيصل")])
    return quotes, speakers


def test_arabic_interface_shows_the_speaker_as_written(right_to_left: None) -> None:
    quotes, speakers = _models()
    assert quotes.data(quotes.index(0, 0), SHOWN) == "سعود الفيصل"
    assert "Saud Al-Faisal" in str(quotes.data(quotes.index(0, 0), TIP))
    assert _tip(quotes).startswith("سعود الفيصل")
    assert speakers.data(speakers.index(0, 0), SHOWN) == "سعود الفيصل"
    assert "Saud Al-Faisal" in str(speakers.data(speakers.index(0, 0), TIP))
    assert speakers.row_at(0)[0] == "Saud Al-Faisal"  # the filter still goes by the English key


def test_english_interface_keeps_the_english_name(qapp: Any) -> None:
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    quotes, speakers = _models()
    assert quotes.data(quotes.index(0, 0), SHOWN) == "Saud Al-Faisal"
    assert speakers.data(speakers.index(0, 0), SHOWN) == "Saud Al-Faisal"
    assert _tip(quotes).startswith("Saud Al-Faisal")
