"""Small dialogs: highlight/note editor, export, load errors."""

from __future__ import annotations

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
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import tr
from .plain import shown_path
from .theme import NOTE_COLORS, color_icon, load_fonts

__all__ = ["ErrorsDialog", "ExportDialog", "NoteDialog", "color_icon"]


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
            btn = QRadioButton(name.capitalize(), self)
            btn.setIcon(color_icon(NOTE_COLORS[name]))
            btn.setAccessibleName(f"{name} highlight")
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
        self.note_edit.setAccessibleName("Note")
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

    def __init__(self, *, has_article: bool, filter_label: str | None, default_dir: str, parent: QWidget | None = None) -> None:
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
        self.scope.setAccessibleName("Which notes")
        form.addRow(tr("Notes:"), self.scope)
        self.format = QComboBox(self)
        for label, ext in EXPORT_FORMATS:
            self.format.addItem(label, ext)
        self.format.setAccessibleName("Format")
        form.addRow(tr("Format:"), self.format)
        path_row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setText(f"{default_dir}/sahifa-notes.md")
        self.path.setAccessibleName("Export file")
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

    def _on_format_changed(self, _i: int) -> None:
        ext = self.format.currentData()
        path = self.path.text()
        stem = path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path
        self.path.setText(f"{stem}.{ext}")

    def _browse(self) -> None:
        ext = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(self, "Export notes", self.path.text(), f"{ext.upper()} (*.{ext})")
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
