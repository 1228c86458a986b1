"""The main window on the seeds: list, reader highlights, entity filter, linking, notes, export."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor

from sahifa.core.articles import load_article
from sahifa.gui.main_window import MainWindow
from sahifa.gui.models import ROW_ROLE

pytestmark = pytest.mark.gui

SEED_TITLES = {
    "أيام داعش الأخيرة في صور",
    "داعش يعد أيامه الأخيرة في سوريا بعد استسلام آلاف من عناصره",
    "300 مقاتل من داعش يريدون الخروج من باغوز إلى إدلب!",
    "رمزية داعش تسقط في سوريا…",
}


def _titles(win: MainWindow) -> list[str]:
    model = win.article_model
    return [model.data(model.index(r, 0), ROW_ROLE).title for r in range(model.rowCount())]


def test_window_lists_seed_titles(window: MainWindow) -> None:
    assert window.windowTitle().endswith("Sahifa")
    titles = _titles(window)
    assert len(titles) == 5
    assert SEED_TITLES <= set(titles)
    assert not any(t.endswith(".txt") for t in titles)


def test_reader_shows_rtl_text_with_highlights_at_offsets(window: MainWindow) -> None:
    reader = window.reader
    article, analysis = reader.article, reader.analysis
    assert article is not None and analysis is not None
    assert reader.ar.toPlainText() == article.text
    assert reader.ar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert reader.ar.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert reader.en.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert analysis.numbers, "the seed has figures"
    n = analysis.numbers[0]
    fmt = reader.ar.formats_at(n.start)
    assert fmt.fontUnderline() and fmt.background().color().alpha() > 0
    # the characters just after the highlights, where no highlight is, have no background: none leaks
    covered = {i for h in reader.ar.highlights() for i in range(h.start, h.end)}
    after = {h.end for h in reader.ar.highlights()
             if h.end not in covered and h.end < len(article.text) and article.text[h.end] != "\n"}
    assert len(after) > 10
    assert [i for i in sorted(after) if reader.ar.formats_at(i).background().style() != Qt.BrushStyle.NoBrush] == []
    assert any(h.layer == "entities" for h in reader.ar.highlights())
    # the seeds carry reference translations: the English pane shows one, with its provenance
    assert "Reference translation" in reader.provenance.text()
    assert reader.en.toPlainText().strip()


def test_layer_toggle_removes_highlights(window: MainWindow) -> None:
    window.layer_actions["numbers"].trigger()
    assert not any(h.layer == "numbers" for h in window.reader.ar.highlights())
    window.layer_actions["numbers"].trigger()
    assert any(h.layer == "numbers" for h in window.reader.ar.highlights())


def test_entity_filter_lists_chips_and_lights_mentions(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    items = dict((label.split(" · ")[0], key) for key, label in window.facts.entity_items())
    trump = items["Donald Trump"]
    window.facts.entity_activated.emit(trump, "Donald Trump · دونالد ترامب")
    titles = _titles(window)
    assert 0 < len(titles) < 5
    assert not window.chips.isHidden()
    lit = [h for h in window.reader.ar.highlights() if h.layer == "filter"]
    assert lit and all(h.key == trump for h in lit)
    assert all(window.reader.article.text[h.start:h.end] in ("ترامب", "دونالد ترامب") for h in lit)
    # AND with a second entity narrows (or keeps) the list
    bolton = items["John Bolton"]  # in the sample: the check below always runs
    window.facts.entity_activated.emit(bolton, "John Bolton")
    both = _titles(window)
    assert 0 < len(both) <= len(titles) and set(both) <= set(titles)
    assert [label for _, label in window.filter] == ["Donald Trump", "John Bolton"]
    lib = window.library
    assert lib is not None
    model = window.article_model
    for r in range(model.rowCount()):  # every article listed mentions both
        keys = {key for _, key in lib.entity_mentions(model.data(model.index(r, 0), ROW_ROLE).id)}
        assert {trump, bolton} <= keys
    window.clear_filter()
    assert len(_titles(window)) == 5
    assert not any(h.layer == "filter" for h in window.reader.ar.highlights())


def test_sentence_linking_lights_counterpart(window: MainWindow) -> None:
    reader = window.reader
    reader._link(1, source="ar")
    assert reader.ar.linked_unit() == 1
    assert reader.en.linked_unit() == 1
    assert reader.en.unit_rect(1) is not None and not reader.en.extraSelections()  # a bar, not a fill
    reader._link(2, source="en")
    assert reader.ar.linked_unit() == 2


def test_note_create_edit_delete_and_export(window: MainWindow, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from sahifa.core.model import Note

    article = window.reader.article
    assert article is not None
    s = article.sentences[1]
    saved: list[int] = []
    with qtbot.waitSignal(window.events.library_changed, timeout=10_000,  # saved on a worker
                          check_params_cb=lambda changes: changes.notes):
        op = window.save_note(Note(article_path=article.path, start=s.start, end=s.end, color="green",
                                   text="مهم: check the figure", passage=s.text))
        assert op is not None
        op.on_success(saved.append)
    (note_id,) = saved
    assert window.status_label.text() == "Note saved."
    rows = window.notes_model.rows()
    assert [r.id for r in rows] == [note_id]
    assert any(h.layer == "notes" and h.start == s.start for h in window.reader.ar.highlights())
    window.library.update_note(note_id, text="edited", color="pink")
    window.notes_ctl.refresh_notes()
    assert window.notes_model.rows()[0].text == "edited"
    for fmt in ("md", "html", "csv", "json"):
        out = tmp_path / f"notes.{fmt}"
        assert window.notes_ctl.write_export("all", fmt, str(out)) == 1
        text = out.read_text(encoding="utf-8-sig")
        assert s.text in text
        if fmt == "json":
            doc = json.loads(text)
            notes = doc["notes"] if isinstance(doc, dict) else doc
            assert notes[0]["arabic"] == s.text and notes[0]["note"] == "edited"
        if fmt == "csv":
            rows_csv = list(csv.DictReader(io.StringIO(text)))
            assert rows_csv[0]["arabic"] == s.text
        if fmt == "html":
            assert 'dir="rtl"' in text
    window.library.delete_note(note_id)
    window.notes_ctl.refresh_notes()
    assert window.notes_model.rows() == []


def test_markup_in_articles_is_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "عنوان <b>غامق</b>\n\nقال الوزير <img src=\"file:///etc/passwd\"> إن <a href=\"http://x\">الرابط</a> 300 شخص.",
        encoding="utf-8",
    )
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(folder), library_path=str(tmp_path / "lib.db"), settings=settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    text = win.reader.ar.toPlainText()
    assert '<img src="file:///etc/passwd">' in text and "<a href=" in text
    html = win.reader.ar.document().toHtml()
    assert "&lt;img" in html and "<img" not in html.replace("&lt;img", "")
    assert win.reader.title.text() == "عنوان <b>غامق</b>"
    assert win.reader.title.textFormat() == Qt.TextFormat.PlainText
    win.close()


def test_item_models_pass_qtmodeltester(window: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window.facts.flush()
    assert window.facts.figures_model.rowCount() > 0 and window.facts.quotes_model.rowCount() > 0
    qtmodeltester.check(window.article_model)
    qtmodeltester.check(window.facts.figures_model)
    qtmodeltester.check(window.facts.entity_model)
    qtmodeltester.check(window.facts.quotes_model)
    qtmodeltester.check(window.facts.speakers_model)
    qtmodeltester.check(window.notes_model)


def test_keyboard_next_article(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.facts.figures_model.rowCount() == 0  # hidden tab: not even queried yet
    window.facts.tabs.setCurrentIndex(1)  # the figures tab is queried (worker thread) and filled when shown
    qtbot.waitUntil(lambda: window.facts.figures_model.rowCount() > 0, timeout=10_000)
    first = window.current_id
    window.next_action.trigger()
    assert window.current_id != first
    window.prev_action.trigger()
    assert window.current_id == first


def test_step_highlight_selects_next_span(window: MainWindow) -> None:
    window.reader.ar.setTextCursor(QTextCursor(window.reader.ar.document()))
    window.step_highlight(1)
    sel = window.reader.ar.selection_offsets()
    assert sel is not None
    starts = sorted({h.start for h in window.reader.ar.highlights() if h.layer in ("entities", "numbers", "filter")})
    assert sel[0] == starts[0]


def test_changed_file_is_reanalysed_and_bad_files_listed(qtbot, tmp_path: Path, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "f"
    folder.mkdir()
    src = seeds_dir / "000_6b3e9877ce30b531.txt"
    shutil.copy(src, folder / "one.txt")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 500)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(folder), library_path=str(tmp_path / "lib.db"), settings=settings)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    assert [Path(p).name for p, _ in win.load_errors] == ["broken.txt"]
    assert "binary" in win.load_errors[0][1]
    assert not win.errors_button.isHidden()
    assert len(_titles(win)) == 1
    (folder / "two.txt").write_text("خبر جديد\n\nقال الوزير إن 20 شخصا وصلوا إلى عمّان.", encoding="utf-8")
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.load_folder(str(folder))
    assert len(_titles(win)) == 2
    assert load_article(folder / "two.txt").title in _titles(win)
    win.close()


def _search(window: MainWindow, qtbot: Any, text: str) -> None:
    window.search_edit.setText(text)
    with qtbot.waitSignal(window.search_results.searched, timeout=20_000):  # the query runs on a worker
        window.run_search()


def test_search_runs_on_a_worker(window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's search (Ctrl+F, Enter) queries the library off the UI thread."""
    import threading

    from sahifa.gui import search

    threads: list[threading.Thread] = []
    real = search.query_library

    def recording(lib: Any, query: str) -> Any:
        threads.append(threading.current_thread())
        return real(lib, query)

    monkeypatch.setattr(search, "query_library", recording)
    _search(window, qtbot, "داعش")
    assert threads and threading.main_thread() not in threads
    assert window.search_results.hits()
    assert "hit(s)" in window.status_label.text()


def test_search_arabic_insensitive_to_alef_and_english(window: MainWindow, qtbot: Any) -> None:
    _search(window, qtbot, "الاستخبارات")  # the articles write الاستخبارات; search key folds alef forms
    hits = [(h.article_id, h.sentence_index) for h in window.search_results.hits()]
    assert hits, "Arabic search found nothing"
    _search(window, qtbot, "الإستخبارات")  # another hamza spelling finds the same sentences
    hits2 = [(h.article_id, h.sentence_index) for h in window.search_results.hits()]
    assert sorted(hits2) == sorted(hits)
    _search(window, qtbot, "Guardian")  # English reference translations are indexed too
    assert window.search_results.hits()
    first = window.search_results.hits()[0]
    window.on_search_hit(window.search_results.hit_items()[0])
    assert window.current_id == first.article_id


def test_entity_merge_survives_reanalysis(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    items = {label.split(" · ")[0]: key for key, label in window.facts.entity_items()}
    keep, other = items["Syria"], items["Iraq"]
    with qtbot.waitSignal(window.facts_refreshed, timeout=30_000):
        window.facts.merge_requested.emit(keep, other)
    labels = [label for _, label in window.facts.entity_items()]
    assert "Iraq" not in [label.split(" · ")[0] for label in labels]
    # re-analyse every file (as after an engine upgrade): the user's merge is kept
    from sahifa.services.ingest import ingest
    from sahifa.services.library import open_library

    lib = open_library(window.library_path)
    try:
        ingest(lib, [window.folder], force=True)
    finally:
        lib.close()
    with qtbot.waitSignal(window.facts_refreshed, timeout=30_000):
        window.refresh_facts()
    labels = [label for _, label in window.facts.entity_items()]
    assert "Iraq" not in [label.split(" · ")[0] for label in labels]
    syria = next(f for f in window.entity_facts if f.key == keep)
    assert "العراق" in syria.aliases


def test_hover_lights_both_panes(window: MainWindow) -> None:
    window.reader._hover(3)
    assert window.reader.ar.linked_unit() == 3 and window.reader.en.linked_unit() == 3


def test_interleaved_layout_pairs_arabic_and_english(window: MainWindow) -> None:
    idx = window.layout_combo.findData("interleaved")
    window.layout_combo.setCurrentIndex(idx)
    reader = window.reader
    assert reader.interleaved.isVisibleTo(window) and not reader.splitter.isVisibleTo(window)
    text = reader.interleaved.toPlainText()
    article = reader.article
    assert article is not None and article.reference_en is not None
    first_ar = article.text[article.paragraphs[1].start:article.paragraphs[1].end]
    assert first_ar in text and article.reference_en[1] in text
    assert text.index(first_ar) < text.index(article.reference_en[1])  # English under its Arabic
    window.layout_combo.setCurrentIndex(window.layout_combo.findData("side by side"))
    assert reader.splitter.isVisibleTo(window)


@pytest.mark.parametrize("choice", ["new", "readonly"])
def test_damaged_library_offers_a_way_out(qtbot, tmp_path: Path, seeds_dir: Path, choice: str) -> None:  # type: ignore[no-untyped-def]
    lib_path = tmp_path / "library.db"
    lib_path.write_bytes(b"this is not a SQLite database" * 100)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(seeds_dir), library_path=str(lib_path), settings=settings)
    qtbot.addWidget(win)
    asked: list[str] = []
    win.ask_library_recovery = lambda message: (asked.append(message), choice)[1]  # type: ignore[method-assign]
    if choice == "new":
        with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
            win.show()
        assert asked and "damaged" in asked[0]
        kept = list(tmp_path.glob("library.db.damaged-*"))
        assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is not")  # nothing lost
        assert len(_titles(win)) == 5
    else:
        win.show()
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        # a damaged file cannot be read either: the window says so (no modal box), file untouched
        assert "damaged" in win.status_label.text()
        assert lib_path.read_bytes().startswith(b"this is not")
    win.close()


def test_zero_byte_library_is_offered_the_damaged_way_out(qtbot, tmp_path: Path, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """An empty library.db (a lost copy or sync) is not silently taken as a new library: the user is
    asked, and the empty file is kept aside."""
    lib_path = tmp_path / "library.db"
    lib_path.write_bytes(b"")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(seeds_dir), library_path=str(lib_path), settings=settings)
    qtbot.addWidget(win)
    asked: list[str] = []
    win.ask_library_recovery = lambda message: (asked.append(message), "new")[1]  # type: ignore[method-assign]
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    assert asked == [f"The library at {lib_path} is damaged (the file is empty: 0 bytes)"]
    kept = list(tmp_path.glob("library.db.damaged-*"))
    assert len(kept) == 1 and kept[0].stat().st_size == 0
    assert len(_titles(win)) == 5
    win.close()


def test_default_arabic_font_is_fast_and_amiri_stays_an_option(window: MainWindow) -> None:
    from PySide6.QtGui import QFontDatabase

    from sahifa.gui.theme import FAST_ARABIC_FAMILIES, bundled_arabic_family, load_fonts

    pane = window.reader.ar
    default = load_fonts()
    if any(f in QFontDatabase.families() for f in FAST_ARABIC_FAMILIES):
        assert default in FAST_ARABIC_FAMILIES
    assert pane.document().defaultFont().family() == default
    amiri = bundled_arabic_family()
    assert amiri == "Amiri"
    window.font_actions[amiri].trigger()  # View ▸ Arabic Font ▸ Amiri (bundled)
    assert pane.document().defaultFont().family() == "Amiri"
    assert window.settings.value("arabic_font") == "Amiri"
    assert window.font_actions[amiri].isChecked() and not window.font_actions[""].isChecked()
    window.show_article(window.current_id)  # a new document keeps the chosen family
    assert window.reader.ar.document().defaultFont().family() == "Amiri"
    window.font_actions[""].trigger()
    assert window.reader.ar.document().defaultFont().family() == default


def test_refresh_that_changes_only_tooltips_leaves_the_document_alone(window: MainWindow) -> None:
    reader = window.reader
    changes: list[int] = []
    reader.ar.document().contentsChange.connect(lambda *_a: changes.append(1))
    reader.stats = {k: (99, 9) for k in reader.keys.values()}
    reader.refresh_highlights()
    reader.flush_highlights()
    assert changes == []  # no re-format, hence no re-layout of the article
    assert any("99 mentions" in h.tooltip for h in reader.ar.highlights())  # but the tooltips are new
    window.layer_actions["numbers"].trigger()
    reader.flush_highlights()
    assert changes  # a real change re-formats


def test_window_frame_first_then_contents(qtbot, tmp_path: Path, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(seeds_dir), library_path=str(tmp_path / "lib.db"), settings=settings)
    qtbot.addWidget(win)
    assert not hasattr(win, "reader") and win.articles_dock.widget() is None  # only the frame so far
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    assert win.articles_dock.widget() is not None and win.centralWidget() is win.reader
    assert len(_titles(win)) == 5
    win.close()
