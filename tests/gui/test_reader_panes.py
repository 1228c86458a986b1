"""Both reading panes: layout at laptop size, every layer on both sides, interleaved layers, the lit
sentence drawn without hiding other layers, scroll sync by anchors, mentions in both panes, English notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from sahifa.core.model import Analysis, EntityMention, NumberMention, Quote
from sahifa.gui.layers import Alignment, english_forms, english_highlights
from sahifa.gui.main_window import MainWindow
from sahifa.gui.reader import PANE_MIN_WIDTH
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui


def _window(qtbot, tmp_path: Path, seeds_dir: Path, size: tuple[int, int]) -> MainWindow:  # type: ignore[no-untyped-def]
    win = open_window(qtbot, tmp_path, seeds_dir, size=size)
    qtbot.wait(200)
    return win


@pytest.fixture
def window(qtbot, tmp_path: Path, seeds_dir: Path):  # type: ignore[no-untyped-def]
    win = _window(qtbot, tmp_path, seeds_dir, (1600, 1000))
    yield win
    win.close()


def test_laptop_size_keeps_both_panes_readable_and_equal(qtbot, tmp_path: Path, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, tmp_path, seeds_dir, (1024, 700))
    qtbot.wait(300)
    ar, en = win.reader.ar.width(), win.reader.en.width()
    assert ar >= PANE_MIN_WIDTH - 30 and en >= PANE_MIN_WIDTH - 30, (ar, en)
    assert abs(ar - en) <= 6, (ar, en)
    # the user's split is kept through a resize and saved
    win.reader.set_split_ratio(0.4)
    win.resize(1100, 700)
    qtbot.wait(200)
    sizes = win.reader.splitter.sizes()
    assert abs(sizes[0] / sum(sizes) - 0.4) < 0.02
    win.save_state()
    assert abs(float(win.settings.value("split_ratio")) - 0.4) < 0.01
    win.close()


# --- English layers, pure ---------------------------------------------------------------------------

def _ent(text: str, surface: str, etype: str, label: str, nth: int = 0) -> EntityMention:
    i = -1
    for _ in range(nth + 1):
        i = text.index(surface, i + 1)
    return EntityMention(surface, etype, surface, label, i, i + len(surface))


def test_english_layers_match_words_aliases_numbers_quotes() -> None:
    ar = "قال أبو بكر البغدادي إن 1200 مقاتل من تنظيم داعش في سوريا. وأضاف البغدادي أن قوات سوريا الديمقراطية تتقدم."
    en = ("Abu Bakr al-Baghdadi said 1,200 ISIS fighters are in Syria. "
          "Al-Baghdadi added that the Syrian Democratic Forces advance.")
    cut = ar.index("وأضاف")
    en_cut = en.index("Al-Baghdadi")
    align = Alignment([(0, cut - 1), (cut, len(ar))], [(0, en_cut - 1), (en_cut, len(en))])
    ents = (
        _ent(ar, "أبو بكر البغدادي", "PERSON", "Abu Bakr al-Baghdadi"),
        _ent(ar, "تنظيم داعش", "ORG", "ISIS"),
        _ent(ar, "سوريا", "LOC", "Syria"),
        _ent(ar, "البغدادي", "PERSON", "Abu Bakr al-Baghdadi", 1),
        _ent(ar, "قوات سوريا الديمقراطية", "ORG", "Syrian Democratic Forces"),
        _ent(ar, "سوريا", "LOC", "Syria", 1),  # inside قوات سوريا الديمقراطية
    )
    n0 = ar.index("1200")
    num = NumberMention("1200 مقاتل", 1200, "count", None, n0, n0 + 10, "مقاتل", "fighters")
    q = Quote("أبو بكر البغدادي", "أبو بكر البغدادي", "قال", ar[n0:cut - 1], False, n0, cut - 1, 4, 20)
    keys = {(e.start, e.end): e.label_en for e in ents}
    hl = english_highlights(en, align, Analysis(ents, (num,), (q,)), layers={"entities", "numbers", "quotes"},
                            keys=keys, lit_keys={"ISIS"})
    runs = {(en[h.start:h.end], h.layer) for h in hl}
    assert ("1,200", "numbers") in runs and all(h.underline for h in hl if h.layer == "numbers")
    assert ("ISIS", "filter") in runs                        # an alias, and the filter is strong in English
    assert ("Al-Baghdadi", "entities") in runs               # the second mention
    assert ("Syrian Democratic Forces", "entities") in runs
    assert ("Syria", "entities") in runs                     # the country itself …
    syria_spans = [(h.start, h.end) for h in hl if en[h.start:h.end] == "Syria"]
    sdf = en.index("Syrian Democratic")
    assert all(not (sdf <= s < sdf + 24) for s, _ in syria_spans)  # … never inside "Syrian Democratic Forces"
    assert any(h.layer == "quotes" and (h.start, h.end) == align.en[0] for h in hl)
    assert "Islamic State" in english_forms("ISIS", "ORG")


# --- on the seeds -------------------------------------------------------------------------------------

def test_every_layer_shows_on_both_sides(window: MainWindow) -> None:
    en_layers = {h.layer for h in window.reader.en.highlights()}
    assert {"entities", "numbers", "quotes"} <= en_layers
    en = window.reader.en.text()
    lit = {en[h.start:h.end] for h in window.reader.en.highlights() if h.layer == "entities"}
    assert "ISIS" in lit


def test_interleaved_keeps_layers_notes_and_contrast(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.layout_actions["interleaved"].trigger()
    assert window.reader.layout_mode() == "interleaved" and window.reader.interleaved.isVisible()
    layers = {h.layer for h in window.reader.interleaved.highlights()}
    assert {"entities", "numbers", "quotes"} <= layers
    text = window.reader.interleaved.text()
    assert window.reader.article.title in text and "ISIS" in text
    i = text.index("ISIS")
    fmt = window.reader.interleaved.formats_at(i)
    assert fmt.background().color().alpha() > 0
    assert fmt.foreground().style() == 0 or fmt.foreground().color().lightness() < 100  # no grey text
    window.layout_actions["side by side"].trigger()
    assert window.layout_combo.currentData() == "side by side"


def test_lit_sentence_does_not_cover_highlights(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = window.reader.ar
    ent = next(h for h in pane.highlights() if h.layer == "entities")
    unit = pane.unit_at_offset(ent.start)
    pane.scroll_to_offset(ent.start)
    qtbot.wait(50)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane._map.to_qt(ent.start) + 1)
    point = pane.cursorRect(cursor).center()
    before = pane.viewport().grab().toImage().pixelColor(point)
    window.reader._link(unit, source="en")
    pane.scroll_to_offset(ent.start)
    qtbot.wait(50)
    point = pane.cursorRect(cursor).center()
    after = pane.viewport().grab().toImage().pixelColor(point)
    assert pane.linked_unit() == unit
    assert (before.red(), before.green(), before.blue()) == (after.red(), after.green(), after.blue())


def test_panes_stay_together_while_scrolling_english(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    en, ar = window.reader.en, window.reader.ar
    bar = en.verticalScrollBar()
    assert bar.maximum() > 0
    for _ in range(20):
        bar.setValue(min(bar.maximum() - 1, bar.value() + bar.singleStep() * 3))
        qtbot.wait(5)
    qtbot.wait(50)
    en_anchor, ar_anchor = en.anchor(), ar.anchor()
    assert en_anchor is not None and ar_anchor is not None
    assert en_anchor[0] == ar_anchor[0]
    assert abs(en_anchor[1] - ar_anchor[1]) < 0.1, (en_anchor, ar_anchor)


def test_entity_click_and_f3_move_both_panes(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    key = next(k for k, label in window.facts.entity_items() if label.startswith("ISIS"))
    window.facts.entity_activated.emit(key, "ISIS")
    qtbot.wait(50)
    ar_cursor = window.reader.ar.textCursor()
    assert ar_cursor.hasSelection()
    first_unit = window.reader.en.linked_unit()
    assert first_unit is not None and window.reader.ar.linked_unit() == first_unit
    assert window.reader.en.textCursor().selectedText() == "ISIS"
    spans = window.reader.mention_spans()
    assert len(spans) > 2
    window.next_mention_action.trigger()
    assert window.reader.ar.selection_offsets() == spans[1]
    window.prev_mention_action.trigger()
    window.prev_mention_action.trigger()
    assert window.reader.ar.selection_offsets() == spans[-1]


def test_note_on_the_english_side(window: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sahifa.gui import dialogs

    en = window.reader.en
    text = en.text()
    start = text.index("Baghuz")
    cursor = QTextCursor(en.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("Baghuz"), QTextCursor.MoveMode.KeepAnchor)
    en.setTextCursor(cursor)
    window.reader.ar.setTextCursor(QTextCursor(window.reader.ar.document()))
    monkeypatch.setattr(dialogs.NoteDialog, "exec", lambda self: dialogs.NoteDialog.DialogCode.Accepted)
    window.highlight_selection()
    qtbot.waitUntil(lambda: bool(window.notes_model.rows()), timeout=10_000)  # saved on a worker
    (row,) = [r for r in window.notes_model.rows()]
    assert row.pane == "en" and (row.side_start, row.side_end) == (start, start + 6)
    assert row.extra["en_passage"] == "Baghuz"
    qtbot.wait(20)
    en_notes = [h for h in en.highlights() if h.layer == "notes"]
    assert [(h.start, h.end) for h in en_notes] == [(start, start + 6)]
    ar_mirror = [h for h in window.reader.ar.highlights() if h.layer == "mirror"]
    assert ar_mirror and ar_mirror[0].start == row.start  # mirrored on the aligned Arabic
    # the notes list shows both languages
    model = window.notes_model
    assert model.data(model.index(0, 2)) == "Baghuz" and model.data(model.index(0, 1)).strip()
