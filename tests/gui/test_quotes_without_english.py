"""Quotes of articles with no English yet: the table said "No English translation of this article yet" in an
English column of every row, three lines tall in a sidebar, so that two quotes filled the table at 1024x700
(SaudiNewsNet articles, no translation model installed). The column is hidden and one line above the table
says it once; it comes back with the first English."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

pytestmark = pytest.mark.gui


def _quote(i: int) -> Any:
    return SimpleNamespace(speaker="المتحدث الرسمي", speaker_key=None, speaker_display=None, cue="قال", direct=True,
                           quote=f"إن الخطة ستنفذ خلال {i} أعوام", article_title="عنوان", article_id=1, sentence_index=i)


def test_no_english_is_said_once_above_the_table_not_in_every_row(qtbot: Any) -> None:
    from sahifa.gui.facts import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 600)
    panel.show()
    panel.tabs.setCurrentIndex(2)
    quotes = [_quote(i) for i in range(4)]
    view = panel.quotes_view
    panel.set_quotes(quotes, [("The plan.", "machine")] * 4, {})  # one line of English each
    one_line = max(view.rowHeight(r) for r in range(4))
    assert not view.isColumnHidden(1)

    panel.set_quotes(quotes, None, {})
    assert panel.quotes_model.rowCount() == 4
    assert max(view.rowHeight(r) for r in range(4)) <= one_line  # no row is made tall by saying so
    assert view.isColumnHidden(1) and not view.isColumnHidden(2)
    assert panel.quotes_note.isVisibleTo(panel) and "No English" in panel.quotes_note.text()

    # the English arrives (a translation model, a reference translation): the column is back, the note gone
    panel.set_quotes(quotes, [("The plan will be carried out.", "machine")] * 4, {})
    assert not view.isColumnHidden(1)
    assert not panel.quotes_note.isVisibleTo(panel)

    # no quote at all: nothing to say about their English
    panel.set_quotes([], None, {})
    assert not panel.quotes_note.isVisibleTo(panel)
