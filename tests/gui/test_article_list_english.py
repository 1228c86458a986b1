"""The article list shows each article's English title under the Arabic one (issue #13): rows of two
lines when an article of the list has English, of one otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from .conftest import open_window


def test_sample_titles_have_their_english(window: Any) -> None:
    model, view = window.article_model, window.article_view
    rows = model.rows()
    assert rows and all(r.title_en for r in rows)  # the sample's reference translations
    for i, r in enumerate(rows):
        arabic, english = model.data(model.index(i, 0)).split("\u2028")
        assert arabic == r.title                            # the Arabic stays, on the first line
        assert english.strip("\u202a\u202c") == r.title_en  # the English under it, left-to-right
        tip = model.data(model.index(i, 0), Qt.ItemDataRole.ToolTipRole)
        assert r.title_en in tip
    line = view.fontMetrics().lineSpacing()
    assert view.verticalHeader().defaultSectionSize() >= 2 * line  # room for both lines
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # sorted by the Arabic title
    assert [r.title for r in model.rows()] == sorted(r.title for r in rows)


def test_no_english_one_line(qtbot: Any, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان الخبر\n\nقال المتحدث إن القوات تقدمت.", encoding="utf-8")
    win = open_window(qtbot, tmp_path, folder)
    try:
        model, view = win.article_model, win.article_view
        assert [r.title_en for r in model.rows()] == [""]
        assert model.data(model.index(0, 0)) == model.rows()[0].title
        assert view.verticalHeader().defaultSectionSize() < 2 * view.fontMetrics().lineSpacing()
    finally:
        win.close()
