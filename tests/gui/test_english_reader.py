"""A reader who does not read Arabic: the Quotes tab names speakers in English and gives the English
aligned to each quote (or says there is none); transliterated labels are shown as guesses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sahifa.gui.main_window import MainWindow
from sahifa.gui.models import NO_ENGLISH
from tests.gui.conftest import open_window, window_on_text

pytestmark = pytest.mark.gui


def shown_text(text: str) -> str:
    """What a tooltip shows (rendered when it looks like markup)."""
    from PySide6.QtGui import Qt as QtGuiNamespace
    from PySide6.QtGui import QTextDocument

    if QtGuiNamespace.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _window(qtbot: Any, tmp_path: Path, folder: Path) -> MainWindow:
    win = open_window(qtbot, tmp_path, folder, size=(1600, 1000))
    qtbot.waitUntil(lambda: bool(win.facts.entity_items()), timeout=20_000)
    return win


def _quote_rows(win: MainWindow) -> list[tuple[str, str, str, Any]]:
    win.facts.flush()
    model = win.facts.quotes_model
    return [(model.data(model.index(r, 0)), model.data(model.index(r, 1)),
             shown_text(model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole)),
             model.data(model.index(r, 0), Qt.ItemDataRole.FontRole)) for r in range(model.rowCount())]


def test_quotes_give_speaker_and_statement_in_english(qtbot: Any, tmp_path: Path, seeds_dir: Path) -> None:
    win = _window(qtbot, tmp_path, seeds_dir)
    rows = _quote_rows(win)
    assert rows
    # a known entity speaks: its English label, and the reference English of the quoted sentence
    sohr = [r for r in rows if r[0] == "Syrian Observatory for Human Rights"]
    sohr = [r for r in sohr if "an ISIS request to move to Iraq was rejected" in r[1]]
    assert len(sohr) == 1
    sohr = sohr[0]
    assert "reference translation" in sohr[2] and "المرصد السوري" in sohr[2]
    # every quote of the sample has its English (the sample has reference translations), no Arabic there
    assert all(r[1] and r[1] != NO_ENGLISH and not any("\u0600" <= c <= "\u06ff" for c in r[1]) for r in rows)
    # a transliterated speaker name is a guess: italic, and the tooltip says so
    guesses = [r for r in rows if "transliterated guess" in r[2]]
    assert guesses and all(r[3] is not None and r[3].italic() for r in guesses)
    speakers = win.facts.speakers_model
    fonts = {speakers.data(speakers.index(r, 0)): speakers.data(speakers.index(r, 0), Qt.ItemDataRole.FontRole)
             for r in range(speakers.rowCount())}
    assert fonts[guesses[0][0]] is not None and fonts[guesses[0][0]].italic()
    assert fonts["Syrian Observatory for Human Rights"] is None
    win.close()


def test_entities_show_transliterated_labels_as_guesses(qtbot: Any, tmp_path: Path, seeds_dir: Path) -> None:
    win = _window(qtbot, tmp_path, seeds_dir)
    model = win.facts.entity_model
    items = [model.item(r).child(c) for r in range(model.rowCount()) for c in range(model.item(r).rowCount())]
    guessed = [i for i in items if "transliterated guess" in shown_text(i.toolTip())]
    named = [i for i in items if "(gazetteer)" in shown_text(i.toolTip())]
    assert guessed and named
    assert all(i.font().italic() for i in guessed) and not any(i.font().italic() for i in named)
    # the reader's tooltip of a transliterated mention says it too
    mentions = win.library.entity_mentions(win.current_id) if win.current_id is not None else []
    from sahifa.gui.reader import entity_tooltip

    translit = [m for m, _k in mentions if m.label_source == "transliteration"]
    if translit:
        assert "(transliterated guess)" in entity_tooltip(translit[0], None, None)
    win.close()


def test_quotes_without_english_say_so(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path,
                         "عنوان الخبر\n\nقال المتحدث باسم الحكومة إن \"الخطة ستنفذ خلال عامين\" في بيان رسمي.\n")
    qtbot.wait(300)
    rows = _quote_rows(win)
    assert rows, "the article's quote was not found"
    assert all(r[1] == "No English translation of this article yet" for r in rows)
    assert all("No English translation of this article yet" in r[2] for r in rows)
    win.close()


def test_reader_header_shows_the_english_title(qtbot: Any, tmp_path: Path, seeds_dir: Path) -> None:
    """A reader who does not read Arabic gets the title in English under the Arabic one (#13)."""
    win = _window(qtbot, tmp_path, seeds_dir)
    reader = win.reader
    qtbot.waitUntil(lambda: reader.en_sentences is not None, timeout=20_000)
    assert reader.article is not None
    english = reader.title_en.text()
    assert reader.title_en.isVisibleTo(win) and english
    assert not any("\u0600" <= c <= "\u06ff" for c in english)
    assert english == reader.en_sentences[0].strip().split("\n")[0].strip()
    assert "reference translation" in reader.title_en.toolTip().lower()
    win.close()


def test_reader_header_has_no_english_title_without_english(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path, "عنوان الخبر\n\nقال المتحدث إن الخطة ستنفذ خلال عامين.\n")
    qtbot.waitUntil(lambda: win.reader.article is not None, timeout=20_000)
    assert win.reader.title.text() == "عنوان الخبر"
    assert win.reader.title_en.text() == "" and not win.reader.title_en.isVisibleTo(win)
    win.close()


def test_a_long_quote_without_english_gives_the_arabic_the_width_and_a_bounded_row(
        qtbot: Any, tmp_path: Path) -> None:
    """Real news quotes whole speeches; without English a long one filled the sidebar with a 680-pixel row
    two words wide (session 8, seen on SaudiNewsNet at 1024×700)."""
    from sahifa.gui.facts import QUOTE_LINES

    speech = " ".join(["وأن المشروعات الجديدة ستوفر فرص العمل للشباب في المدن والقرى خلال الأعوام المقبلة"] * 12)
    text = f"عنوان الخبر\n\nوقال وزير الاقتصاد في كلمته إن {speech}.\n\nوقال المتحدث إن \"الخطة ستنفذ\".\n"
    win = window_on_text(qtbot, tmp_path, text, size=(1024, 700))
    qtbot.wait(300)
    rows = _quote_rows(win)
    assert len(rows) == 2 and all(r[1] == NO_ENGLISH for r in rows)
    view = win.facts.quotes_view
    win.facts.tabs.setCurrentIndex(2)
    qtbot.wait(100)
    win.facts._fit_quote_rows()
    cap = QUOTE_LINES * view.fontMetrics().lineSpacing() + 8
    heights = [view.rowHeight(r) for r in range(win.facts.quotes_model.rowCount())]
    assert max(heights) == cap  # the speech is cut at six lines (its whole text is in the tooltip)
    assert min(heights) < cap  # a short quote keeps its own height
    assert view.columnWidth(2) > view.columnWidth(1)  # no English anywhere: the Arabic gets the width
    win.close()
