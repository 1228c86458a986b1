"""The notes table hides its English column while no note has English (no translation of their articles
yet): it was half the table's width of empty cells beside the Arabic (1600x1000 and 1024x700, SaudiNewsNet
articles, no translation model)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from sahifa.core.model import Note

from .conftest import window_on_text

pytestmark = pytest.mark.gui


def test_notes_without_english_have_no_english_column(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path, "عنوان الخبر\n\nقال المتحدث إن الخطة ستنفذ خلال عامين.\n")
    qtbot.waitUntil(lambda: win.reader.article is not None, timeout=20_000)
    article = win.reader.article
    s = article.sentences[-1]
    win.save_note(Note(article_path=article.path, start=s.start, end=s.end, color="yellow", text="", passage=s.text))
    qtbot.waitUntil(lambda: bool(win.notes_model.all_rows()), timeout=10_000)
    assert win.notes_view.isColumnHidden(2)
    assert not win.notes_view.isColumnHidden(1)
    # a note with English (its article translated): the column is back
    row = win.notes_model.all_rows()[0]
    win.notes_ctl.set_note_rows([replace(row, english="The plan will be carried out.")])
    assert not win.notes_view.isColumnHidden(2)
    win.close()
