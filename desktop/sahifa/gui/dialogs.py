"""Small dialogs: highlight/note editor, export, load errors."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import N_, tr
from .plain import shown_path
from .theme import NOTE_COLORS, color_icon, load_fonts, with_arabic

NOTE_COLOR_NAMES = {"yellow": N_("Yellow"), "green": N_("Green"), "blue": N_("Blue"), "pink": N_("Pink"),
                    "orange": N_("Orange")}

__all__ = ["CorrectionsDialog", "ErrorsDialog", "ExportDialog", "MergeDialog", "NoteDialog", "color_icon"]


class NoteDialog(QDialog):
    """Pick a highlight colour and write an optional note for a passage."""

    def __init__(self, passage: str, *, color: str = "yellow", note: str = "", side: str = "ar",
                 parent: QWidget | None = None) -> None:
        """``side``: the language of the passage — Arabic right-aligned in the reader's font, English left."""
        super().__init__(parent)
        self.setWindowTitle(tr("Highlight and note"))
        layout = QVBoxLayout(self)
        quote = QLabel(self)
        quote.setTextFormat(Qt.TextFormat.PlainText)  # article text is data
        quote.setWordWrap(True)
        quote.setText(passage if len(passage) < 600 else passage[:600] + "…")
        rtl = side == "ar"
        quote.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        quote.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignAbsolute)
        quote.setObjectName("notePassage")
        if rtl:
            font = quote.font()
            font.setFamily(load_fonts())
            font.setPointSize(font.pointSize() + 3)
            quote.setFont(font)
        layout.addWidget(quote)
        row = QHBoxLayout()
        self.color_group = QButtonGroup(self)
        self._colors = list(NOTE_COLORS)
        for i, name in enumerate(self._colors):
            btn = QRadioButton(tr(NOTE_COLOR_NAMES.get(name, name.capitalize())), self)
            btn.setIcon(color_icon(NOTE_COLORS[name]))
            btn.setAccessibleName(tr("{color} highlight").format(color=tr(NOTE_COLOR_NAMES.get(name, name))))
            self.color_group.addButton(btn, i)
            row.addWidget(btn)
            if name == color:
                btn.setChecked(True)
        if self.color_group.checkedButton() is None:
            self.color_group.button(0).setChecked(True)
        layout.addLayout(row)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(tr("Optional note…"))
        self.note_edit.setPlainText(note)
        self.note_edit.setAccessibleName(tr("Note"))
        layout.addWidget(self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 300)
        self.note_edit.setFocus()  # type the note at once; the colour is one click or Tab away

    def color(self) -> str:
        return self._colors[max(0, self.color_group.checkedId())]

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


EXPORT_FORMATS = [("Markdown", "md"), ("HTML", "html"), ("CSV", "csv"), ("JSON", "json"), ("PDF", "pdf")]


class ExportDialog(QDialog):
    """Choose the notes to export (all, this article, filtered entities) and the format and file."""

    def __init__(self, *, has_article: bool, filter_label: str | None, default_dir: str, parent: QWidget | None = None,
                 default_format: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export notes"))
        self.setObjectName("ExportDialog")
        form = QFormLayout(self)
        self.scope = QComboBox(self)
        self.scope.addItem(tr("All notes"), "all")
        if has_article:
            self.scope.addItem(tr("Notes on this article"), "article")
        if filter_label:
            self.scope.addItem(tr("Notes in articles mentioning {name}").format(name=filter_label), "entity")
        self.scope.setAccessibleName(tr("Which notes"))
        form.addRow(tr("Notes:"), self.scope)
        self.format = QComboBox(self)
        for label, ext in EXPORT_FORMATS:
            self.format.addItem(label, ext)
        self.format.setAccessibleName(tr("Format"))
        form.addRow(tr("Format:"), self.format)
        path_row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setText(f"{default_dir}/sahifa-notes.md")
        self.path.setAccessibleName(tr("Export file"))
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(tr("File:"), path_row)
        self.format.currentIndexChanged.connect(self._on_format_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 160)
        # the last format used (remembered by the window) is offered again
        at = self.format.findData(default_format) if default_format else -1
        if at > 0:
            self.format.setCurrentIndex(at)

    def _on_format_changed(self, _i: int) -> None:
        ext = self.format.currentData()
        path = self.path.text()
        stem = path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path
        self.path.setText(f"{stem}.{ext}")

    def _browse(self) -> None:
        ext = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, tr("Export notes"), self.path.text(), f"{ext.upper()} (*.{ext})")
        if path:
            self.path.setText(path)

    def values(self) -> tuple[str, str, str]:
        return self.scope.currentData(), self.format.currentData(), self.path.text()


class ErrorsDialog(QDialog):
    """Files that could not be read, each with its reason."""

    def __init__(self, errors: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Files Sahifa could not read"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("{n} file(s) were skipped; the rest of the folder loaded normally.").format(n=len(errors)), self))
        lst = QListWidget(self)
        for path, why in errors:
            lst.addItem(f"{shown_path(path)}\n    {shown_path(why)}")  # the reason may name the file too
        layout.addWidget(lst)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360)


def shortcut_rows(menu_bar: Any) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) of every menu action that has a shortcut, in the menus' order; read from
    the menus themselves, so the list cannot drift from them."""
    from PySide6.QtGui import QKeySequence

    def clean(text: str) -> str:  # "&Go", "Open Folder…", "Search\tCtrl+F" (right to left) → plain words
        return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()

    rows: list[tuple[str, str, str]] = []

    def walk(menu: Any, title: str) -> None:
        for act in menu.actions():
            if act.menu() is not None:
                walk(act.menu(), title)
            elif not act.isSeparator() and not act.shortcut().isEmpty():
                keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((title, clean(act.text()), keys))

    for top in menu_bar.actions():
        if top.menu() is not None:
            walk(top.menu(), clean(top.text()))
    rows.append((clean(tr("&Edit")), tr("Previous match, in the search box"), "Shift+Enter"))
    return rows


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard Shortcuts: every shortcut of the menus (the one-key ones J, K, N, P too), in the
    interface's language; the keys read left to right in either interface."""

    def __init__(self, menu_bar: Any, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcut_rows(menu_bar)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Action"), tr("Shortcut")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read: no cell looks chosen
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(("\u2066" + text + "\u2069") if c == 2 else text)  # keys: left to right
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 620)


class MergeDialog(QDialog):
    """Choose the entity to merge into: searchable (English or Arabic), likeliest first (same type,
    similar names), each shown in both languages with its type and mention count."""

    def __init__(self, fact: object, candidates: list[object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .facts import ENTITY_TYPE_NAMES
        from .models import ScriptDirectionDelegate, entity_label

        self.setWindowTitle(tr("Merge entities"))
        layout = QVBoxLayout(self)
        name = entity_label(str(getattr(fact, "label_en", "") or ""), str(getattr(fact, "canonical", "")))
        label = QLabel(tr("Merge “{name}” into:").format(name=f"\u2068{name}\u2069"), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search English or Arabic…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setFont(with_arabic(self.list.font()))
        # each name in the interface's language first (as the Entities tab lists them), laid out in its
        # own script's direction: "Giuly · جولي" read right to left in the Arabic interface
        self.list.setItemDelegate(ScriptDirectionDelegate(self.list))
        for c in candidates:
            etype = str(getattr(c, "type", "MISC"))
            name = entity_label(str(getattr(c, "label_en", "") or ""), str(getattr(c, "canonical", "")))
            text = f"{name} — {tr(ENTITY_TYPE_NAMES.get(etype, 'Other'))} ({getattr(c, 'mentions', 0)})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, getattr(c, "key", ""))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self._on_search)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.search.setFocus()

    def _on_search(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        if first is not None:
            self.list.setCurrentRow(first)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None and not item.isHidden() else None


class CorrectionsDialog(QDialog):
    """The entity corrections, newest first, each revertible (the log in the library)."""

    def __init__(self, rows: Sequence[object], revert: Callable[[int, Callable[[Sequence[object]], None]], None],
                 parent: QWidget | None = None) -> None:
        """``revert(correction_id, then)`` reverts one correction on a worker and calls ``then`` with the
        log again."""
        super().__init__(parent)
        self.setWindowTitle(tr("Corrections"))
        self._revert = revert
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setFont(with_arabic(self.list.font()))
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.revert_button = QPushButton(tr("Revert"), self)
        self.revert_button.setToolTip(tr("Undo this correction (the entity goes back to how it was before it)"))
        self.revert_button.clicked.connect(self._on_revert)
        close = QPushButton(tr("Close"), self)
        close.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(close)
        layout.addLayout(row)
        self.set_rows(rows)
        self.resize(560, 360)

    @staticmethod
    def describe(c: object) -> str:
        kind, detail = str(getattr(c, "kind", "")), dict(getattr(c, "detail", {}) or {})
        what = {"merge": tr("merged into {target}").format(target=detail.get("into", "")),
                "rename": tr("renamed to {name}").format(name=detail.get("label_en") or detail.get("canonical") or ""),
                "retype": tr("type changed to {type}").format(type=detail.get("type", "")),
                "delete": tr("marked as not an entity")}.get(kind, kind)
        state = " — " + tr("reverted") if getattr(c, "reverted", None) else ""
        return f"{str(getattr(c, 'created', ''))[:16]}  {getattr(c, 'label', '')}: {what}{state}"

    def set_rows(self, rows: Sequence[object]) -> None:
        self.list.clear()
        for c in rows:
            item = QListWidgetItem(self.describe(c))
            item.setData(Qt.ItemDataRole.UserRole, getattr(c, "id", None))
            if getattr(c, "reverted", None):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        if not rows:
            self.list.addItem(tr("No corrections yet: right-click an entity in the Facts sidebar to merge, rename, "
                                 "retype or remove it."))

    def _on_revert(self) -> None:
        item = self.list.currentItem()
        cid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if cid is not None:
            self._revert(int(cid), self.set_rows)
