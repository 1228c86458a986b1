"""Showing an article is spread over turns of the event loop (the Arabic, then the English pane), so that
the UI never stalls on it (#14; bench_gui.py measures the stall). These tests pin the behaviour, not the
timing: the English pane comes, it never shows the English of another article (not even for one frame,
not even when articles are switched faster than the event loop turns), no placeholder flashes while it
comes, and the Arabic is laid out at its final width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTextBrowser

from sahifa.gui.main_window import MainWindow
from sahifa.gui.models import ROW_ROLE

pytestmark = pytest.mark.gui


def _on_screen(pane: Any) -> str:
    """The text of the document the pane holds now (Qt's own call: it does not build a pending text)."""
    return str(QTextBrowser.toPlainText(pane))


def _ids(win: MainWindow) -> list[int]:
    model = win.article_model
    return [model.data(model.index(r, 0), ROW_ROLE).id for r in range(model.rowCount())]


def _settled(qtbot: Any, win: MainWindow) -> None:
    en = win.reader.en
    qtbot.waitUntil(lambda: win.reader.en_sentences is not None and _on_screen(en) == en.text(), timeout=20_000)


def test_switching_articles_quickly_never_builds_a_stale_english_pane(qtbot: Any, window: MainWindow) -> None:
    win, en = window, window.reader.en
    _settled(qtbot, win)
    ids = [i for i in _ids(win) if i != win.current_id]
    assert len(ids) >= 2
    built: list[str] = []
    real_set_text = en.set_text

    def spy(text: str, *args: Any, **kwargs: Any) -> None:
        built.append(text)
        real_set_text(text, *args, **kwargs)

    en.set_text = spy  # type: ignore[method-assign]
    shown_before = _on_screen(en)
    assert shown_before.strip()
    win.show_article(ids[0])
    english_a = en.text()
    assert english_a.strip() and english_a != shown_before
    assert _on_screen(en) != shown_before  # the last article's English went at once
    win.show_article(ids[1])  # before the event loop turns: A's English was never built
    english_b = en.text()
    assert english_b.strip() and english_b != english_a
    qtbot.waitUntil(lambda: _on_screen(en) == english_b, timeout=20_000)
    qtbot.wait(50)
    assert english_a not in built
    assert _on_screen(en) == english_b and win.current_id == ids[1]
    assert "Reference translation" in win.reader.provenance.text()


def test_the_english_pane_appears_without_a_placeholder_flash(qtbot: Any, window: MainWindow) -> None:
    win, reader = window, window.reader
    _settled(qtbot, win)
    seen: list[int] = []
    reader.en_stack.currentChanged.connect(seen.append)
    target = next(i for i in _ids(win) if i != win.current_id)
    win.show_article(target)
    assert _on_screen(reader.en) == ""  # blank until its turn, not the English of the article before
    english = reader.en.text()
    qtbot.waitUntil(lambda: _on_screen(reader.en) == english, timeout=20_000)
    assert english.strip()
    assert reader.en_stack.currentWidget() is reader.en
    assert seen == []  # the pane stayed the English text; the placeholder was never put up meanwhile
    # the English title and the layers came with it
    assert reader.title_en.isVisibleTo(win) and reader.title_en.text()
    assert {"entities", "numbers"} <= {h.layer for h in reader.en.highlights()}


def test_reading_a_pending_english_pane_builds_it_at_once(qtbot: Any, window: MainWindow) -> None:
    """Whatever reads the English pane (a search hit, a note, F3) gets the built text, not the blank."""
    win, reader = window, window.reader
    _settled(qtbot, win)
    target = next(i for i in _ids(win) if i != win.current_id)
    win.show_article(target)
    assert reader.en.pending()
    english = reader.en.text()
    assert reader.en.toPlainText() == english  # built now
    assert not reader.en.pending() and _on_screen(reader.en) == english
    reader.select_span("en", 0, 5)
    assert reader.en.selection_offsets() == (0, 5)


def test_the_arabic_is_laid_out_once_at_its_final_width(qtbot: Any, tmp_path: Path) -> None:
    """No English (no reference, no model): the Arabic takes the whole width. The first article must be
    laid out at that width, not at half of it and again when the English side is hidden."""
    folder = tmp_path / "news"
    folder.mkdir()
    body = " ".join(["قال المتحدث باسم الوزارة إن الخطة ستنفذ خلال عامين في المدن الكبرى."] * 40)
    (folder / "a.txt").write_text("عنوان الخبر\n\n" + body + "\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(folder), library_path=str(tmp_path / "library.db"), settings=settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    ctl = win.translation_ctl
    ctl.model, ctl.model_known = None, True  # looked up: no model installed (as in a fresh install)
    widths: list[int] = []
    win.ensure_built()
    ar = win.reader.ar
    real_set_document = ar.setDocument

    def spy(doc: Any) -> None:
        real_set_document(doc)
        if doc.toPlainText().strip():
            widths.append(ar.viewport().width())

    ar.setDocument = spy  # type: ignore[method-assign]
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    qtbot.waitUntil(lambda: win.reader.article is not None, timeout=20_000)
    qtbot.wait(300)
    assert win.reader._english_missing and not win.reader.en.isVisibleTo(win)
    assert widths == [ar.viewport().width()]  # one Arabic document, laid out at the width it keeps
    assert ar.viewport().width() > 0.8 * win.reader.splitter.width()
    win.close()
