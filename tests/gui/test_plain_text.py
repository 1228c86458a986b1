"""Article text, titles, notes, entity names and file paths are shown as text, never as markup, in the
widgets where Qt guesses the format (tooltips, message boxes, labels), and file names without their
control or bidi characters in effect."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGuiNamespace  # Qt::mightBeRichText lives in QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from sahifa.gui import plain
from sahifa.gui.models import ArticleListModel, FiguresModel, NotesModel, QuotesModel
from tests.gui.conftest import open_window

pytestmark = pytest.mark.gui

HOSTILE = '<b>x</b><img src=x> & <a href="http://evil.example">link</a>'
TRICKY_PATH = "/news/\u202etxt.exe\x1b[2J<b>.txt"


def shown(text: str) -> str:
    """What a tooltip, message box or auto-format label shows for ``text``: Qt renders it as rich text
    when it looks like markup (Qt::mightBeRichText), else as it is."""
    if QtGuiNamespace.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


@pytest.mark.parametrize("text", [HOSTILE, "سطر  أول\n\n<i>ثانٍ</i>\tمع جدولة", "", "  <br>", "a\r\nb"])
def test_as_text_shows_exactly_the_text(qapp: Any, text: str) -> None:
    assert shown(plain.as_text(text)) == text.replace("\r\n", "\n")


def _tooltip(model: Any, row: Any, column: int = 0) -> str:
    model.set_rows([row])
    return str(model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole))


def test_model_tooltips_show_article_data_literally(qapp: Any) -> None:
    article = SimpleNamespace(id=1, path=TRICKY_PATH, title=HOSTILE, source="<i>BBC</i>", published="2025",
                              n_entities=1, n_numbers=2, n_quotes=3, read=True)
    tip = shown(_tooltip(ArticleListModel(), article))
    assert tip.startswith(HOSTILE + "\n<i>BBC</i> 2025\n")
    assert tip.endswith("/news/\\u202etxt.exe\\u001b[2J<b>.txt\u2069")  # the path without its tricks
    figure = SimpleNamespace(text=HOSTILE, kind="count", source="<b>src</b>", value=3, value_max=None, unit=None,
                             counted=None, counted_en=None, qualifier=None, article_title=HOSTILE)
    assert shown(_tooltip(FiguresModel(), figure)) == f"{HOSTILE}\nkind: count\nreported by <b>src</b>\n{HOSTILE}"
    quote = SimpleNamespace(speaker="<b>s</b>", speaker_display="<b>s</b>", cue="قال", direct=True, quote=HOSTILE,
                            article_title="t")
    assert shown(_tooltip(QuotesModel(), quote)) == (f"<b>s</b> — direct quote\n\nNo English translation of this "
                                                     f"article yet\n\n{HOSTILE}\n\nt")
    note = SimpleNamespace(passage=HOSTILE, english="<img src=y>", text="<script>x</script>", color="yellow",
                           article_title="t")
    assert shown(_tooltip(NotesModel(), note, 1)) == (f"{HOSTILE}\n\n<img src=y>\n\nNote: <script>x</script>"
                                                  "\n\nMade on the Arabic text")


def test_entity_tooltip_shows_the_name_literally(qapp: Any) -> None:
    from sahifa.gui.facts import FactsPanel

    fact = SimpleNamespace(key="k", canonical="<b>داعش</b>", label_en="<img src=x>", type="ORG", mentions=3,
                           articles=2, aliases=("<i>alias</i>",))
    panel = FactsPanel()
    try:
        panel.set_entities([fact])
        item = panel.entity_model.item(0, 0).child(0, 0)
        assert shown(item.toolTip()) == "<img src=x> · <b>داعش</b>\n3 mentions in 2 articles\nwritten as: <i>alias</i>"
    finally:
        panel.deleteLater()


@pytest.fixture
def hostile_window(qtbot: Any, tmp_path: Path) -> Any:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{HOSTILE}\n\nقال الوزير <b>غامق</b> إن <img src=x> 300 شخص وصلوا.",
                                  encoding="utf-8")
    win = open_window(qtbot, tmp_path, folder)
    yield win
    win.close()


def test_search_snippet_tooltip_is_text(hostile_window: Any, qtbot: Any) -> None:
    win = hostile_window
    win.search_edit.setText("غامق")
    with qtbot.waitSignal(win.search_results.searched, timeout=20_000):
        win.run_search()
    from sahifa.gui.search import HIT_ROLE, HTML_ROLE

    item = win.search_results.hit_items()[0]
    assert win.search_results.topLevelItem(0).text(0).startswith(HOSTILE)  # the title heading, as text
    drawn = str(item.data(0, HTML_ROLE))  # the snippet escaped; only the lit word is our markup
    assert "<img" not in drawn and "&lt;img src=x&gt;" in drawn
    tip = item.toolTip(0)
    assert "<b>غامق</b>" in shown(tip) and "<img src=x>" in shown(tip)
    assert shown(tip).startswith(item.data(0, HIT_ROLE).snippet)


def test_messages_and_status_show_file_names_as_text(hostile_window: Any, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    win = hostile_window
    boxes: list[tuple[str, Qt.TextFormat]] = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append((box.text(), box.textFormat()))
        return int(QMessageBox.StandardButton.No)

    def static(parent: Any, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        boxes.append((text, Qt.TextFormat.AutoText))  # QMessageBox.warning() and friends guess the format
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static))
    missing = str(tmp_path / "<b>no\u202eexe.txt")
    win.load_folder(missing)
    assert boxes[-1][1] == Qt.TextFormat.PlainText
    assert boxes[-1][0] == f"“\u2066{tmp_path}/<b>no\\u202eexe.txt\u2069” is not a folder that Sahifa can read."
    win.ask_library_recovery(f"The library at {HOSTILE} is damaged")
    assert boxes[-1] == (f"The library at {HOSTILE} is damaged", Qt.TextFormat.PlainText)
    assert win.status_label.textFormat() == Qt.TextFormat.PlainText
    assert win.reader.empty.textFormat() == Qt.TextFormat.PlainText


def test_read_only_library_refuses_edits_with_a_message(hostile_window: Any, monkeypatch: pytest.MonkeyPatch,
                                                        qtbot: Any) -> None:
    """Read-only: editing or deleting a note, or correcting an entity, says so instead of failing."""
    win = hostile_window
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    for name in ("warning", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda parent, title, text, *a: boxes.append(text) or QMessageBox.StandardButton.Yes))
    calls: list[str] = []
    from sahifa.gui.dialogs import NoteDialog

    monkeypatch.setattr(NoteDialog, "exec", lambda self: int(NoteDialog.DialogCode.Accepted))
    monkeypatch.setattr(win.notes_ctl, "selected_note",
                        lambda: SimpleNamespace(id=1, passage="x", color="yellow", text=""))
    win.read_only = True
    for name in ("delete_entity", "merge_entities", "rename_entity", "retype_entity", "delete_note", "update_note"):
        # on the class: the writes are made by libraries opened on worker threads
        monkeypatch.setattr(type(win.library), name, lambda *a, _n=name, **k: calls.append(_n))
    win.notes_ctl.delete_selected_note()
    win.notes_ctl.edit_selected_note()
    win.facts.merge_requested.emit("a", "b")
    win.facts.rename_requested.emit("a", "x", "y")
    win.facts.retype_requested.emit("a", "ORG")
    win.facts.delete_requested.emit("a")
    qtbot.wait(300)  # a write started on a worker would have happened by now
    assert calls == []
    assert boxes == ["Read-only: articles are not re-analysed and notes cannot be saved."] * 6


def test_a_failed_library_write_is_a_message(hostile_window: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    """A full disk (or ulimit -f) while saving a note: the library's sentence in a message box, not an
    exception escaping the slot; nothing is shown as saved."""
    from sahifa.core.model import Note
    from sahifa.storage.library import LibraryError

    win = hostile_window
    sentence = ("The library at /x/library.db cannot be written: the disk is full. Nothing of this change was "
                "saved; the library still holds what it held before.")

    def full(*args: Any, **kwargs: Any) -> None:
        raise LibraryError(sentence)

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box.text()) or 0)
    for name in ("add_note", "merge_entities", "delete_entity"):
        monkeypatch.setattr(type(win.library), name, full)  # the class: the writes are made on workers
    status = win.status_label.text()
    win.save_note(Note("/news/a.txt", 0, 3, "yellow", "x"))
    win.facts.merge_requested.emit("a", "b")
    win.facts.delete_requested.emit("a")
    qtbot.waitUntil(lambda: len(boxes) >= 3, timeout=10_000)
    qtbot.wait(100)
    assert boxes == [sentence] * 3
    assert win.status_label.text() == status  # not "Note saved."


def test_model_file_names_are_shown_without_their_tricks(qtbot: Any, tmp_path: Path) -> None:
    from sahifa.gui.models_dialog import ModelsDialog

    dialog = ModelsDialog()
    qtbot.addWidget(dialog)
    name = str(tmp_path / "translate-ar_en\u202eledom.argosmodel")
    op = dialog.install_path(name)
    assert dialog.status.text() == f"Checking and installing \u2066{tmp_path}/translate-ar_en\\u202eledom.argosmodel\u2069…"
    qtbot.waitUntil(lambda: not op.running, timeout=30_000)
