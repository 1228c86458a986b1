"""The article list's Outlet column is hidden when no article of the list names its outlet: on a folder of
SaudiNewsNet files it was a column of empty cells taking a quarter of the list, while the titles were cut
(1024x700 and 1600x1000, English and Arabic interfaces)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .conftest import open_window

pytestmark = pytest.mark.gui


def _folder(tmp_path: Path, texts: list[str]) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_no_outlet_named_no_outlet_column(qtbot: Any, tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["عنوان أول\n\nقال المتحدث إن الخطة ستنفذ خلال عامين.\n",
                                "عنوان ثان\n\nأعلنت الوزارة عن مشروع جديد في المدينة.\n"])
    win = open_window(qtbot, tmp_path, folder)
    qtbot.waitUntil(lambda: win.article_model.rowCount() == 2, timeout=20_000)
    assert win.article_view.isColumnHidden(1)
    assert not win.article_view.isColumnHidden(0)
    win.close()


def test_an_outlet_named_keeps_the_column(qtbot: Any, tmp_path: Path) -> None:
    folder = _folder(tmp_path, ["عنوان أول\nالمصدر: صحيفة المدينة\n\nقال المتحدث إن الخطة ستنفذ خلال عامين.\n",
                                "عنوان ثان\n\nأعلنت الوزارة عن مشروع جديد في المدينة.\n"])
    win = open_window(qtbot, tmp_path, folder)
    qtbot.waitUntil(lambda: win.article_model.rowCount() == 2, timeout=20_000)
    assert any(win.article_model.row_at(r).source for r in range(2))
    assert not win.article_view.isColumnHidden(1)
    win.close()
