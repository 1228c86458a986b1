"""Figures: one click opens the sentence, years and dates apart, no horizontal scrolling. Search:
grouped by article with counts, words lit in right-aligned Arabic snippets with their English,
next/previous match, an opened hit lights the word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sahifa.gui.facts import GROUP_ROLE
from sahifa.gui.main_window import MainWindow
from sahifa.gui.models import ROW_ROLE, FiguresModel, is_date
from sahifa.gui.search import HTML_ROLE, LIT
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, seeds_dir: Path) -> Any:
    win = open_window(qtbot, tmp_path, seeds_dir, size=(1024, 700))
    qtbot.waitUntil(lambda: bool(win.facts.entity_items()), timeout=20_000)
    yield win
    win.close()


def _show_figures(win: MainWindow, qtbot: Any) -> Any:
    win.facts_dock.show()
    win.facts_dock.raise_()
    win.facts.tabs.setCurrentIndex(1)
    win.facts.flush()
    qtbot.wait(100)
    return win.facts.figures_view


def test_single_click_on_a_figure_opens_its_sentence(window: MainWindow, qtbot: Any) -> None:
    view = _show_figures(window, qtbot)
    model = window.facts.figures_model
    target = next(r for r in range(model.rowCount()) if model.row_at(r).article_id != window.current_id)
    fact = model.row_at(target)
    view.scrollTo(model.index(target, 0))
    rect = view.visualRect(model.index(target, 0))
    with qtbot.waitSignal(window.facts.sentence_requested, timeout=2000) as sig:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sig.args == [fact.article_id, fact.sentence_index]
    assert window.current_id == fact.article_id


def test_years_and_dates_come_after_counted_figures_and_can_be_hidden(window: MainWindow, qtbot: Any) -> None:
    _show_figures(window, qtbot)
    model = window.facts.figures_model
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        for column in (0, 1, 4):
            model.sort(column, order)
            kinds = [is_date(model.row_at(r)) for r in range(model.rowCount())]
            assert any(kinds) and not all(kinds)
            assert kinds == sorted(kinds), f"a year/date among counted figures (column {column}, {order})"
    window.facts.show_dates.setChecked(False)
    assert model.rowCount() > 0 and not any(is_date(model.row_at(r)) for r in range(model.rowCount()))
    window.facts.show_dates.setChecked(True)
    assert model.first_date_row() is not None


def test_figures_fit_without_horizontal_scrolling(window: MainWindow, qtbot: Any) -> None:
    view = _show_figures(window, qtbot)
    header = view.horizontalHeader()
    shown = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
    assert shown <= view.viewport().width() + 2, (shown, view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0
    model = window.facts.figures_model
    tip = str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    assert model.row_at(0).article_title.split()[0] in tip  # the hidden article column is in the tooltip


def test_search_groups_by_article_and_lights_the_word(window: MainWindow, qtbot: Any) -> None:
    window.search_edit.setText("داعش")
    with qtbot.waitSignal(window.search_results.searched, timeout=20_000):  # the query runs on a worker
        window._on_search_enter()
    results = window.search_results
    hits = results.hits()
    groups = results.article_counts()
    assert len(groups) >= 2 and sum(n for _, n in groups) == len(hits)
    assert all(heading.endswith(f"({n})") for heading, n in groups)
    arabic = [i for i in results.hit_items() if i.data(0, 256).lang == "ar"]
    assert arabic
    drawn = str(arabic[0].data(0, HTML_ROLE))
    assert 'dir="rtl" align="right"' in drawn and LIT in drawn
    assert "ISIS" in drawn  # the sample's reference English of the sentence, beside the Arabic
    # opening a hit lights the word, not the sentence
    results.step(1)
    hit = hits[0]
    assert window.current_id == hit.article_id
    pane = window.reader.ar if hit.lang == "ar" else window.reader.en
    selected = pane.textCursor().selectedText()
    assert "داعش" in selected or "ISIS" in selected
    assert len(selected.split()) == 1


def test_next_and_previous_match_by_key(window: MainWindow, qtbot: Any) -> None:
    window.search_edit.setText("داعش")
    with qtbot.waitSignal(window.search_results.searched, timeout=20_000):  # the query runs on a worker
        window._on_search_enter()
    items = window.search_results.hit_items()
    assert len(items) >= 3
    window.search_edit.setFocus()
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return)  # Enter again: the next match (the first)
    assert window.search_results.currentItem() is items[0]
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.search_results.currentItem() is items[1]
    qtbot.keyClick(window.search_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.search_results.currentItem() is items[0]
    window.next_match_action.trigger()
    window.next_match_action.trigger()
    assert window.search_results.currentItem() is items[2]
    assert window.current_id == items[2].data(0, 256).article_id
    _ = ROW_ROLE


def test_search_queries_the_library_on_a_worker_thread(window: MainWindow, qtbot: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """SearchResults.search runs the full-text query off the UI thread and shows its hits when they come;
    a search started meanwhile wins over an earlier one still running."""
    import threading

    from sahifa.services.library import Library

    on_ui_thread: list[bool] = []
    real = Library.search

    def search(self: Library, query: str, **kwargs: Any) -> Any:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(self, query, **kwargs)

    monkeypatch.setattr(Library, "search", search)
    results = window.search_results
    results.search(window.library_path, "باغوز")
    with qtbot.waitSignal(results.searched, timeout=20_000) as shown:
        results.search(window.library_path, "داعش")
    assert on_ui_thread and not any(on_ui_thread), "the library was queried on the UI thread"
    assert shown.args[0].query == "داعش" and results.outcome is not None and results.outcome.query == "داعش"
    qtbot.wait(200)  # the first search's results, if they come now, are not shown
    assert results.outcome.query == "داعش"
    hits = results.hits()
    assert hits and sorted(map(repr, hits)) == sorted(map(repr, shown.args[0].hits))  # shown grouped by article
    assert sum(n for _, n in results.article_counts()) == len(hits)
    assert any("ISIS" in str(i.data(0, HTML_ROLE)) for i in results.hit_items())  # the English beside


def test_a_group_says_why_and_can_be_dismissed_and_restored(qtbot: Any, tmp_path: Path) -> None:
    """Two written reports of one bombing (analysed by the engine): one group, its reason shown; dismissed
    on a worker (saved in the library), then restored from the Figures tab."""
    from tests.test_cli import BOMBING

    news = tmp_path / "news"
    news.mkdir()
    for name, text in BOMBING.items():
        (news / name).write_text(text, encoding="utf-8")
    win = open_window(qtbot, tmp_path, news)
    try:
        _show_figures(win, qtbot)
        panel = win.facts
        model = panel.groups_model
        assert model.rowCount() == 1
        head, reason = model.item(0, 0), model.item(0, 1)
        assert "سروج" in reason.text() and "سروج" in head.toolTip()  # why they were grouped
        key, label = head.data(GROUP_ROLE)
        assert not panel.restore_groups.isVisible()
        changed = win.events.library_changed
        def entities(changes: Any) -> bool:
            return bool(changes.entities)  # not the mark-read of the article shown meanwhile

        with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=entities):
            panel.group_dismissed.emit(key, label)
        qtbot.waitUntil(lambda: panel.restore_groups.isVisible(), timeout=10_000)
        assert model.rowCount() == 0
        assert win.library is not None and [k for k, _l, _w in win.library.dismissed_figure_groups()] == [key]
        assert label in panel.restore_groups.text() or "(1)" in panel.restore_groups.text()
        with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=entities):
            panel.group_restored.emit(key)
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
        assert not panel.restore_groups.isVisible()
    finally:
        win.close()


def test_figure_sources_are_named_in_english_with_the_arabic_in_the_tooltip(window: MainWindow, qtbot: Any) -> None:
    """#13: the source of a figure is shown in English (its entity's label), the Arabic one hover away."""
    _show_figures(window, qtbot)
    model = window.facts.figures_model
    named = [r for r in range(model.rowCount()) if model.row_at(r).source_key and model.row_at(r).source]
    assert named, "the sample has figures with a named source"
    english = 0
    for r in named:
        fact = model.row_at(r)
        shown = str(model.data(model.index(r, FiguresModel.SOURCE)))
        label = window.ensure_library().entity_labels([fact.source_key]).get(fact.source_key, ("", ""))[0]
        assert shown == (label or fact.source)
        if label and label != fact.source:
            english += 1
            assert not any("\u0600" <= ch <= "\u06ff" for ch in shown), shown
            tip = str(model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole))
            assert label in tip and fact.source in tip
    assert english >= 3, english
