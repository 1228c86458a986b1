"""An English reader with no translation tells articles apart by what they are about: in the English
interface, an article with no English title gets a second line of the English names of the people,
organisations and places it mentions most (the Entities tab's labels, a transliterated guess marked),
read from the library on a worker thread; the Arabic title stays on the first line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from .conftest import open_window

# written for these tests
HEALTH = ("وزارة الصحة تفتتح مستشفى جديدا\n\nافتتحت وزارة الصحة في الرياض مستشفى جديدا. وقالت وزارة الصحة "
          "إن المستشفى يخدم سكان الرياض وما حولها.")
TRADE = ("اتفاق تجاري جديد\n\nوقعت مصر والأردن اتفاقا تجاريا في القاهرة. وقال وزير التجارة المصري إن مصر "
         "ستزيد صادراتها إلى الأردن.")


def _window(qtbot: Any, tmp_path: Path) -> Any:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "health.txt").write_text(HEALTH, encoding="utf-8")
    (folder / "trade.txt").write_text(TRADE, encoding="utf-8")
    return open_window(qtbot, tmp_path, folder)


def _cells(model: Any) -> dict[str, str]:
    return {r.title: model.data(model.index(i, 0)) for i, r in enumerate(model.rows())}


def test_articles_without_english_say_what_they_are_about(qtbot: Any, tmp_path: Path) -> None:
    win = _window(qtbot, tmp_path)
    try:
        model, view = win.article_model, win.article_view
        assert [r.title_en for r in model.rows()] == ["", ""]
        qtbot.waitUntil(lambda: all("\u2028" in c for c in _cells(model).values()), timeout=10_000)
        cells = _cells(model)
        health = cells["وزارة الصحة تفتتح مستشفى جديدا"]
        trade = cells["اتفاق تجاري جديد"]
        arabic, english = health.split("\u2028")
        assert arabic == "وزارة الصحة تفتتح مستشفى جديدا"  # the Arabic title stays first
        english = english.strip("\u202a\u202c")
        assert english.startswith("About: ") and "Riyadh" in english and "Ministry of Health" in english
        assert "Egypt" in trade and "Jordan" in trade and "Riyadh" not in trade
        tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
        assert "About: " in tip
        line = view.fontMetrics().lineSpacing()
        assert view.verticalHeader().defaultSectionSize() >= 2 * line  # room for both lines
        win.article_filter.setText("riyadh")  # the English names are found by the title filter too
        assert [r.title for r in model.rows()] == ["وزارة الصحة تفتتح مستشفى جديدا"]
    finally:
        win.close()


def test_guess_marked() -> None:
    from sahifa.gui.about import AboutName, about_line

    line = about_line([AboutName("Riyadh", "geonames"), AboutName("Khalid Al-Mutairi", "transliteration")])
    assert line == "About: Riyadh, Khalid Al-Mutairi (?)"


def test_arabic_interface_keeps_one_line(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    win = _window(qtbot, tmp_path)
    try:
        model = win.article_model
        qtbot.waitUntil(lambda: all("\u2028" in c for c in _cells(model).values()), timeout=10_000)
        QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the Arabic interface reads the title
        try:
            assert _cells(model) == {r.title: r.title for r in model.rows()}
        finally:
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    finally:
        win.close()
