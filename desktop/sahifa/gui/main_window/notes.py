"""The notes and corrections controller: highlighting a passage with a note, editing and deleting notes,
exporting them, and the entity corrections (merge, rename, retype, removal, undo, revert). Every change
is a :class:`CollectionOp` on a worker thread; the window refreshes on ``library_changed``."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..i18n import tr
from ..ops import CollectionOp, LibraryChanges, QueryOp
from ..plain import ask, show_message, shown_path

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from sahifa.core.model import Note
    from sahifa.services.library import CorrectionRow, Library, NoteRow  # types only

    from .window import MainWindow

log = logging.getLogger(__name__)
T = TypeVar("T")
NOTES = LibraryChanges(notes=True)
ENTITIES = LibraryChanges(entities=True)


class NotesController(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.notes_loaded = False  # the notes list has been filled from the library at least once

    # ------------------------------------------------------------------ writing
    def refuse_read_only(self) -> bool:
        """True (after saying why) when the library is open read-only: a clear message instead of a
        write that would fail."""
        if self.win.read_only:
            show_message(self.win, QMessageBox.Icon.Warning, tr("Library problem"),
                         tr("Read-only: articles are not re-analysed and notes cannot be saved."))
        return self.win.read_only

    def write_failed(self, message: str, _tb: str) -> None:
        """A library write failed (a full disk, a file-size limit, a lock): the library's sentence, which
        says that nothing of the change was saved."""
        show_message(self.win, QMessageBox.Icon.Critical, tr("Library problem"), message)

    def change(self, change: Callable[[Library], T], changes: LibraryChanges | Callable[[T], LibraryChanges], *,
               name: str, then: Callable[[T], None] | None = None) -> CollectionOp[T] | None:
        """Run ``change`` on a worker (None, after a message, when the library is read-only)."""
        if self.refuse_read_only():
            return None
        op = CollectionOp(self.win.events, self.win.library_at(), change, changes=changes, name=name)
        if then is not None:
            op.on_success(then)
        op.on_failure(self.write_failed).start()
        return op

    # ------------------------------------------------------------------ notes
    def note_rows(self, lib: Library) -> list[NoteRow]:
        return lib.notes(entity_keys=self.win.keys()) if self.win.filter else lib.notes()

    def refresh_notes(self) -> None:
        win = self.win
        rows = self.note_rows(win.ensure_library())
        self.set_note_rows(rows)
        if win.current_id is not None and win.reader.article is not None:
            path = win.reader.article.path
            win.reader.set_notes([n for n in rows if n.article_path == path])

    def set_note_rows(self, rows: Sequence[NoteRow]) -> None:
        win = self.win
        if list(rows) != win.notes_model.all_rows():  # a reset re-lays out the table: only on change
            win.notes_model.set_rows(rows)
        win.notes_empty.setVisible(not rows)
        from ..models import _note_english

        # no note has English (no translation yet): no half-width column of empty cells beside the Arabic
        win.notes_view.setColumnHidden(2, bool(rows) and not any(_note_english(n) for n in rows))
        self.notes_loaded = True

    def highlight_selection(self) -> None:
        win = self.win
        reader = win.reader
        article = reader.article
        if article is None or win.current_id is None:
            return
        ar_selected = reader.ar.textCursor().hasSelection()
        pane = reader.ar if ar_selected or not reader.en.textCursor().hasSelection() else reader.en
        sel = pane.selection_offsets()
        if sel is None:
            win.status_label.setText(tr("Select a passage in the Arabic or English text first, then press Ctrl+H."))
            return
        start, end = sel
        side_span = (start, end)
        side = "en" if pane is reader.en else "ar"
        extra: dict[str, str] = {}
        if side == "en":
            # the note keeps its English span; its Arabic span is the aligned unit(s), where it is mirrored
            u1 = reader.alignment.unit_at("en", start)
            u2 = reader.alignment.unit_at("en", max(start, end - 1))
            if u1 is None or u2 is None:
                return
            extra["en_passage"] = pane.text()[start:end]
            extra["en_source"] = reader.en_provenance
            start, end = reader.alignment.ar[u1][0], reader.alignment.ar[u2][1]
        passage = article.text[start:end]
        from sahifa.core.model import Note

        from ..dialogs import NoteDialog

        dialog = NoteDialog(extra.get("en_passage", passage), side=side, parent=win)
        if dialog.exec() != NoteDialog.DialogCode.Accepted:
            return
        note = Note(article_path=article.path, start=start, end=end, color=dialog.color(), text=dialog.note(),
                    pane=side, passage=passage, extra=extra)
        self.save_note(note, side_span=side_span)

    def save_note(self, note: Note, *, side_span: tuple[int, int] | None = None) -> CollectionOp[int] | None:
        """Store a note on a worker; ``side_span``: its offsets into the side it was made on (``note.pane``).
        The op (its result: the note's id), or None when the library is read-only."""
        return self.change(lambda lib: lib.add_note(note, side_span=side_span), NOTES, name="add-note",
                           then=lambda _id: self.win.status_label.setText(tr("Note saved.")))

    def selected_note(self) -> NoteRow | None:
        idx = self.win.notes_view.currentIndex()
        return self.win.notes_model.row_at(idx.row()) if idx.isValid() else None

    def edit_selected_note(self) -> None:
        row = self.selected_note()
        if row is None or self.refuse_read_only():
            return
        from ..dialogs import NoteDialog

        dialog = NoteDialog(row.side_passage, color=row.color, note=row.text, side=row.pane, parent=self.win)
        if dialog.exec() == NoteDialog.DialogCode.Accepted:
            note_id, text, color = row.id, dialog.note(), dialog.color()
            self.change(lambda lib: lib.update_note(note_id, text=text, color=color), NOTES, name="update-note")

    def delete_selected_note(self) -> None:
        row = self.selected_note()
        if row is None or self.refuse_read_only():
            return
        if ask(self.win, tr("Delete note"), tr("Delete this highlight and its note?")):
            note_id = row.id
            self.change(lambda lib: lib.delete_note(note_id), NOTES, name="delete-note")

    def on_note_activated(self, index: QModelIndex) -> None:
        win = self.win
        row = win.notes_model.row_at(index.row())
        if row is None:
            return
        aid = win.ensure_library().article_id(row.article_path)
        if aid is None:
            return
        if aid != win.current_id:
            win.jump_to_sentence(aid, 0)
        article = win.reader.article
        if article is not None:
            idx = next((s.index for s in article.sentences if s.start <= row.start < s.end + 1), 0)
            win.reader.link_sentence(idx)

    # ------------------------------------------------------------------ export
    def export_notes(self) -> None:
        win = self.win
        if self.notes_loaded and not win.filter and not win.notes_model.all_rows():
            # the notes list shows every note when no entity filter is set: nothing to export yet
            show_message(win, QMessageBox.Icon.Information, tr("Export notes"),
                         tr("No notes to export yet. Select text in either pane and press Ctrl+H to highlight "
                            "it and add a note."))
            return
        label = ", ".join(lbl for _, lbl in win.filter) or None
        # the folder and format of the last export are offered again
        default_dir = str(win.settings.value("export_dir", "") or Path.home())
        if not Path(default_dir).is_dir():
            default_dir = str(Path.home())
        from ..dialogs import ExportDialog

        dialog = ExportDialog(has_article=win.current_id is not None, filter_label=label, default_dir=default_dir,
                              parent=win, default_format=str(win.settings.value("export_format", "") or "") or None)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        scope, fmt, path = dialog.values()
        from sahifa.core.export import write_error_detail

        existed = Path(path).exists()
        try:
            n = self.write_export(scope, fmt, path)
        except Exception as exc:  # noqa: BLE001 - tell the user, keep the app running
            # files are written atomically: a failed export left nothing behind, an earlier file unchanged
            error = write_error_detail(exc, path, existed=existed) if isinstance(exc, OSError) else str(exc)
            show_message(win, QMessageBox.Icon.Critical, tr("Export failed"),
                         tr("Could not write {path}: {error}").format(path=shown_path(path), error=error))
            return
        win.status_label.setText(tr("Exported {n} note(s) to {path}.").format(n=n, path=shown_path(path)))
        win.settings.setValue("export_dir", str(Path(path).parent))
        win.settings.setValue("export_format", fmt)
        self.offer_open(path)

    def offer_open(self, path: str) -> None:
        """An "Open" button in the status bar for the file just exported (not a modal question)."""
        from PySide6.QtWidgets import QPushButton

        win = self.win
        button = getattr(win, "open_export_button", None)
        if button is None:
            button = QPushButton(tr("Open"), win)
            button.setFlat(True)
            win.statusBar().addPermanentWidget(button)
            win.open_export_button = button
            button.clicked.connect(lambda: self.open_path(button.property("path")))
        button.setProperty("path", path)
        button.setToolTip(tr("Open the exported file") + "\n" + shown_path(path))
        button.show()

    def open_path(self, path: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.win.status_label.setText(tr("Could not open {path}.").format(path=shown_path(path)))

    def write_export(self, scope: str, fmt: str, path: str) -> int:
        from sahifa.core.export import write_export
        from sahifa.services.notes_export import english_titles_for, entity_labels_for, note_rows_to_export

        win = self.win
        lib = win.ensure_library()
        if scope == "article" and win.current_id is not None:
            rows = lib.notes(article_id=win.current_id)
        elif scope == "entity":
            rows = lib.notes(entity_keys=win.keys())
        else:
            rows = lib.notes()
        notes = note_rows_to_export(rows, entity_labels=entity_labels_for(lib, rows),
                                    titles_en=english_titles_for(lib, rows))
        if fmt == "pdf":
            from sahifa.services.notes_export import export_pdf

            export_pdf(notes, path)
        else:
            write_export(notes, fmt, path)
        return len(notes)

    # ------------------------------------------------------------------ corrections
    def merge_entities(self, keep: str, other: str) -> None:
        def merged(_none: None) -> None:
            self.win.filter = [(keep if k == other else k, lbl) for k, lbl in self.win.filter]

        self.change(lambda lib: lib.merge_entities(keep, other), ENTITIES, name="merge", then=merged)

    def rename_entity(self, key: str, canonical: str, label: str) -> None:
        self.change(lambda lib: lib.rename_entity(key, canonical=canonical, label_en=label), ENTITIES, name="rename")

    def retype_entity(self, key: str, etype: str) -> None:
        self.change(lambda lib: lib.retype_entity(key, etype), ENTITIES, name="retype")

    def delete_entity(self, key: str) -> None:
        def deleted(_none: None) -> None:
            if key in self.win.keys():
                self.win.filter = [(k, lbl) for k, lbl in self.win.filter if k != key]
                self.win.library_ctl.apply_filter()

        self.change(lambda lib: lib.delete_entity(key), ENTITIES, name="delete-entity", then=deleted)

    def dismiss_group(self, key: str, label: str) -> None:
        """Dismiss a "reported differently" group (not one fact), saved in the library."""
        def done(_none: None) -> None:
            self.win.status_label.setText(tr("Group dismissed: {group}. Restore it from the Figures tab.").format(
                group=label))

        self.change(lambda lib: lib.dismiss_figure_group(key, label), ENTITIES, name="dismiss-group", then=done)

    def restore_group(self, key: str | None) -> None:
        """Show a dismissed group again (all of them when ``key`` is None)."""
        self.change(lambda lib: lib.restore_figure_group(key), ENTITIES, name="restore-group")

    def undo_correction(self) -> None:
        """Revert the last entity correction (Ctrl+Z)."""

        def undo(lib: Library) -> CorrectionRow | None:
            last = lib.last_correction()
            if last is not None:
                lib.revert_correction(last.id)
            return last

        def undone(last: CorrectionRow | None) -> None:
            from ..dialogs import CorrectionsDialog

            self.win.status_label.setText(tr("No correction to undo.") if last is None else
                                          tr("Undone:") + " " + CorrectionsDialog.describe(last))

        self.change(undo, lambda last: LibraryChanges(entities=last is not None), name="undo", then=undone)

    def revert_correction(self, correction_id: int,
                          then: Callable[[list[CorrectionRow]], None] | None = None) -> None:
        """Revert one correction of the log; ``then`` gets the log again (for the Corrections view).

        Exactly that correction is undone. When later corrections changed the same thing (they depend
        on it), the user is told which and asked whether to revert them together; No changes nothing."""

        def revert(with_dependents: bool) -> None:
            def run(lib: Library) -> list[CorrectionRow]:
                lib.revert_correction(correction_id, with_dependents=with_dependents)
                return lib.corrections()

            self.change(run, ENTITIES, name="revert", then=then)

        def checked(dependents: list[CorrectionRow]) -> None:
            if not dependents:
                revert(False)
            elif self.confirm_revert_together(dependents):
                revert(True)

        QueryOp(self.win.library_at(), lambda lib: lib.dependent_corrections(correction_id), name="revert-check",
                context=self.win).on_success(checked).on_failure(self.write_failed).start()

    def confirm_revert_together(self, dependents: Sequence[CorrectionRow]) -> bool:
        """Ask whether to revert a correction with the later ones that depend on it (listed)."""
        from ..dialogs import CorrectionsDialog

        listed = "\n".join("• " + CorrectionsDialog.describe(c) for c in dependents)
        return ask(self.win, tr("Revert corrections together"), tr(
            "Later corrections changed the same entity after this one, and reverting it alone would undo "
            "them too:\n\n{corrections}\n\nRevert them all together? (No leaves everything as it is.)"
        ).format(corrections=listed))

    def show_corrections(self) -> None:
        from ..dialogs import CorrectionsDialog

        CorrectionsDialog(self.win.ensure_library().corrections(), self.revert_correction, self.win).exec()
