"""The library controller: which library is open, the start-up check, opening folders (the analysis),
the article list, the Facts sidebar and the entity filter. Queries run on workers (:class:`QueryOp`),
changes too (:class:`CollectionOp`)."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from sahifa.core.progress import Progress
from sahifa.services.entities import speaker_descriptions

from ..i18n import N_, tr
from ..ops import BackgroundOp, CollectionOp, LibraryAt, LibraryChanges, QueryOp, open_library
from ..plain import show_message, shown_path
from .actions import MAX_RECENT, rebuild_recent_menu

if TYPE_CHECKING:
    from sahifa.core.facts import FigureFact, FigureGroup
    from sahifa.services.ingest import IngestSummary
    from sahifa.services.library import ArticleRow, EntityFact, Library, QuoteFact  # types only

    from .window import MainWindow

log = logging.getLogger(__name__)
READ_ONLY_NOTE = N_("Read-only: articles are not re-analysed and notes cannot be saved.")
Figures = tuple["list[FigureFact]", "list[FigureGroup]", "list[tuple[str, str, str]]", "dict[str, tuple[str, str]]"]
Quotes = tuple["list[QuoteFact]", "list[tuple[str, str] | None]", "dict[str, tuple[str, str]]"]


def query_facts(lib: Library, kind: str, folder: str | None, keys: list[str]) -> Figures | Quotes:
    """The figures (with their groups, the groups dismissed and their sources' English labels) or the quotes
    (with their English and speakers' labels)."""
    if kind == "figures":
        figures = lib.figures(folder=folder, entity_keys=keys)
        sources = list(dict.fromkeys(f.source_key for f in figures if f.source_key))
        labels = lib.entity_labels(sources)
        labels.update(speaker_descriptions(f.source for f in figures
                                           if not f.source_key and f.source and f.source not in labels))
        return (figures, lib.figure_groups(folder=folder, entity_keys=keys, figures=figures),
                lib.dismissed_figure_groups(), labels)
    quotes = lib.quotes(folder=folder, entity_keys=keys)
    speakers = list(dict.fromkeys(q.speaker_key for q in quotes if q.speaker_key))
    labels = lib.entity_labels(speakers)
    # a speaker named by its role (مصادر مطلعة), linked to no entity: its English description, by its text
    labels.update(speaker_descriptions(q.speaker for q in quotes if not q.speaker_key and q.speaker not in labels))
    return quotes, lib.quotes_english(quotes), labels


class LibraryController(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.ingest_op: BackgroundOp | None = None
        self._articles_generation = 0
        self._about_generation = 0

    # ------------------------------------------------------------------ start
    def start(self) -> None:
        """Check the library on a worker thread (a new one is created there: its migrations import
        sqlite-utils, ~0.5–0.9 s), then open the folder; a library that cannot be opened is offered a
        way out on the UI thread."""
        win = self.win
        start_folder = self.start_folder()
        requested = win.library_path = self.library_for(start_folder) if start_folder else win.user_library_path

        def work(progress: Progress, cancel: threading.Event) -> tuple[str, str | None]:
            from sahifa.services.library import LibraryError, default_library_path

            path = requested or str(default_library_path())
            try:
                open_library(path).close()
            except LibraryError as exc:
                return path, str(exc)
            return path, None

        def collect_again() -> None:
            # What is loaded by now (Qt, the app, the library modules) lives as long as the window:
            # keep it out of the garbage collector's full passes, which would otherwise walk it all
            # again and again while the window works (10–60 ms of UI stall each).
            gc.freeze()
            gc.enable()

        def carry_on() -> None:
            self.open_start_folder(start_folder)
            win.translation_ctl.installed_model()  # look for a translation model while the folder is analysed

        def checked(result: tuple[str, str | None]) -> None:
            collect_again()
            path, problem = result
            if problem is None:
                carry_on()
            else:
                self.recover_library(path, problem, carry_on)

        def failed(message: str, _tb: str) -> None:
            collect_again()
            win.status_label.setText(message)

        BackgroundOp(work, name="open-library").on_success(checked).on_failure(failed).start()

    def recover_library(self, path: str, message: str, carry_on: Callable[[], None]) -> None:
        """The library could not be opened: let the user choose a way out; ``carry_on`` starting when
        a new library was made (on a worker: moving the old file aside and creating one are writes)."""
        from sahifa.services.library import Library, LibraryError

        win = self.win
        log.warning("library problem: %s", message)
        choice = win.ask_library_recovery(message)
        if choice == "new":

            def start_new(progress: Progress, cancel: threading.Event) -> Path | str:
                try:
                    moved = Library.quarantine(path)
                    open_library(path).close()
                except (OSError, LibraryError) as exc:
                    return str(exc)  # the sentence for the user
                return moved

            def started(moved: Path | str) -> None:
                if isinstance(moved, str):
                    win.reader.clear(moved)
                    win.status_label.setText(moved)
                    return
                win.status_label.setText(tr("Started a new library; the old one was kept as") + f" {shown_path(moved.name)}.")
                carry_on()

            def failed(message: str, _tb: str) -> None:
                win.reader.clear(message)
                win.status_label.setText(message)

            BackgroundOp(start_new, name="new-library").on_success(started).on_failure(failed).start()
            return
        if choice == "readonly":
            try:
                win.library = open_library(path, read_only=True)
            except LibraryError as exc:
                # said in the window (no modal box): the user can still quit or restart and choose again
                win.reader.clear(str(exc))
                win.status_label.setText(str(exc))
                return
            win.read_only = True
            win.setWindowTitle(tr("Sahifa (read-only)"))
            self.refresh_all()
            win.status_label.setText(tr(READ_ONLY_NOTE))
            return  # no analysis into a read-only library
        win.close()

    def start_folder(self) -> str | None:
        """The folder to open at start: the one asked for, else the last one, else the bundled sample."""
        folder = self.win.folder
        if folder is None:
            last = self.win.settings.value("last_folder")
            if isinstance(last, str) and Path(last).is_dir():
                folder = last
        if folder is None:
            from sahifa.services.sample import bundled_seeds

            seeds = bundled_seeds()
            folder = str(seeds) if seeds is not None else None
        return folder

    def library_for(self, folder: str) -> str | None:
        """The library ``folder``'s articles belong in: the sample's own for the bundled sample folder,
        the user's (None: the default one) for any other, so the facts never mix the two."""
        win = self.win
        if win.sample_shares_library:
            return win.library_path if win.library_path is not None else win.user_library_path
        from sahifa.services.sample import is_bundled_sample

        if not is_bundled_sample(folder):
            return win.user_library_path
        if win.sample_library_path is None:
            from sahifa.services.library import sample_library_path

            win.sample_library_path = str(sample_library_path())
        return win.sample_library_path

    def switch_library(self, library_path: str | None) -> None:
        """Make ``library_path`` the open library: the article list, facts, notes, search and exports
        all follow ``win.library_path``; what was shown from the other library is cleared."""
        win = self.win
        if library_path == win.library_path:
            return
        if win.library is not None:
            win.library.close()
            win.library = None
        win.library_path = library_path
        win.current_id = None
        win.filter.clear()
        win.search_query = None
        win.search_dock.hide()
        log.info("library switched to %s", library_path or "the default library")

    def open_start_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = self.start_folder()
        if folder is None:
            self.win.reader.clear(tr("Open a folder of Arabic news articles (File ▸ Open Folder…, or drop a folder here)."),
                                  offer_open=True)
            self.win.status_label.setText(tr("No folder open."))
            return
        self.load_folder(folder)

    # ------------------------------------------------------------------ folder / ingest
    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.win.folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self.win, tr("Open a folder of articles"), start)
        if folder:
            self.load_folder(folder)

    def remember_folder(self, folder: str) -> None:
        settings = self.win.settings
        recent = settings.value("recent_folders") or []
        if isinstance(recent, str):
            recent = [recent]
        updated = ([folder] + [r for r in recent if r != folder])[:MAX_RECENT]
        if updated == list(recent) and settings.value("last_folder") == folder:
            return  # unchanged: no settings file to write (QSettings writes it on the UI thread)
        settings.setValue("recent_folders", updated)
        settings.setValue("last_folder", folder)
        rebuild_recent_menu(self.win)

    def load_folder(self, folder: str | None) -> None:
        win = self.win
        if not folder:
            return
        if win.read_only:
            win.status_label.setText(tr(READ_ONLY_NOTE))
            return
        path = Path(folder)
        if not path.is_dir():
            show_message(win, QMessageBox.Icon.Warning, tr("Cannot open folder"),
                         tr("“{folder}” is not a folder that Sahifa can read.").format(folder=shown_path(folder)))
            return
        if self.ingest_op is not None and self.ingest_op.running:
            self.ingest_op.request_cancel()
        changed_folder = win.folder != str(path.resolve())
        win.folder = folder_str = str(path.resolve())
        self.remember_folder(folder_str)
        if win.watcher.directories():
            win.watcher.removePaths(win.watcher.directories())
        win.watcher.addPath(folder_str)
        if changed_folder:
            win.filter.clear()
        self.switch_library(self.library_for(folder_str))
        library_path = win.library_path

        def work(progress: Progress, cancel: threading.Event) -> IngestSummary:
            from sahifa.services.ingest import ingest_folders

            return ingest_folders(library_path, [folder_str], progress=progress, cancel=cancel)

        win.status_label.setText(tr("Opening {folder}…").format(folder=shown_path(folder_str)))
        win.show_progress(True)
        op = BackgroundOp(work, name="ingest")
        op.on_progress(win.on_progress).on_success(self.on_ingest_done).on_failure(self.on_ingest_failed)
        op.on_finished(lambda: win.show_progress(False))
        self.ingest_op = op.start()

    def on_ingest_failed(self, message: str, _tb: str) -> None:
        self.win.status_label.setText(tr("Could not open the folder."))
        show_message(self.win, QMessageBox.Icon.Critical, tr("Could not open the folder"), message)

    def on_ingest_done(self, result: IngestSummary) -> None:
        win = self.win
        win.load_errors = list(result.errors)
        if win.load_errors:
            win.errors_button.setText(tr("⚠ {n} file(s) skipped").format(n=len(win.load_errors)))
            win.errors_button.setVisible(True)
        else:
            win.errors_button.setVisible(False)
        n = result.analysed + result.unchanged
        state = tr("cancelled") + " — " if result.cancelled else ""
        win.status_label.setText(state + tr("{n} article(s) in {folder}: {analysed} analysed, {unchanged} unchanged.").format(
            n=n, folder=shown_path(Path(win.folder or "").name), analysed=result.analysed, unchanged=result.unchanged))
        # The list, the shown article and the facts come in separate turns of the event loop, the
        # queries on worker threads, so no single turn lays out and paints everything at once.
        # One after the other: a query's Python work on a worker thread makes every Python callback
        # of the UI thread (the list's paint) wait for the GIL.
        self.list_articles(select_path=self.wanted_path(), reshow=result.analysed > 0,
                           then=lambda: self.refresh_facts(then=win.ingest_finished.emit))
        if win.translate_all_action.isChecked():
            win.translation_ctl.translate_folder()

    def wanted_path(self) -> str | None:
        if self.win.current_id is not None:
            return self.win.current_path()
        last = self.win.settings.value("last_article")
        return last if isinstance(last, str) and last else None

    def remove_sample_articles(self) -> None:
        """File ▸ Remove the Sample Articles from My Library: an older Sahifa analysed the bundled
        sample into the user's library, where it mixes with their facts. A write, so on a worker."""
        from sahifa.services.library import remove_articles_under
        from sahifa.services.sample import bundled_seeds

        win = self.win
        seeds = bundled_seeds()
        if seeds is None:
            win.status_label.setText(tr("The sample articles are not installed with this Sahifa."))
            return
        if win.read_only:
            win.status_label.setText(tr(READ_ONLY_NOTE))
            return
        if not win.ask_remove_sample():
            return
        showing_user = win.library_path == win.user_library_path  # else the sample's own library is shown

        def done(removed: int) -> None:
            win.status_label.setText(tr("{n} sample article(s) removed from your library.").format(n=removed))
            win.sample_removed.emit(removed)

        def failed(message: str, _tb: str) -> None:
            win.status_label.setText(message)
            show_message(win, QMessageBox.Icon.Critical, tr("Could not remove the sample articles"), message)

        CollectionOp(win.events, LibraryAt(win.user_library_path), lambda lib: remove_articles_under(lib, seeds),
                     changes=lambda removed: LibraryChanges(articles=bool(removed) and showing_user),
                     name="remove-sample").on_success(done).on_failure(failed).start()

    def on_folder_changed(self, _path: str) -> None:
        self.win.rescan_timer.start()

    def cancel_work(self) -> None:
        for op in (self.ingest_op, self.win.translation_ctl.op):
            if op is not None and op.running:
                op.request_cancel()
        self.win.status_label.setText(tr("Cancelling…"))

    def show_errors(self) -> None:
        from ..dialogs import ErrorsDialog

        ErrorsDialog(self.win.load_errors, self.win).exec()

    # ------------------------------------------------------------------ lists and facts
    def refresh_all(self, *, select_path: str | None = None) -> None:
        self.refresh_articles(select_path=select_path)
        self.refresh_facts()
        self.win.notes_ctl.refresh_notes()

    def refresh_articles(self, *, select_path: str | None = None, reshow: bool = False) -> None:
        """Reload the article list; ``reshow`` re-displays the selected article even if it stayed
        selected (its analysis may have changed)."""
        win = self.win
        rows = win.ensure_library().articles(folder=win.folder, entity_keys=win.keys())
        self.set_article_rows(rows, select_path or win.current_path(), reshow=reshow)

    def list_articles(self, *, select_path: str | None = None, reshow: bool = False,
                      then: Callable[[], None] | None = None) -> None:
        """:meth:`refresh_articles` with the query on a worker thread (it grows with the folder) and
        the shown article displayed on the next turn of the event loop, after the list."""
        win = self.win
        self._articles_generation += 1
        generation = self._articles_generation
        folder, keys = win.folder, win.keys()

        def show(rows: list[ArticleRow]) -> None:
            if generation == self._articles_generation and keys == win.keys():
                win.ensure_library()
                self.set_article_rows(rows, select_path or win.current_path(), reshow=reshow, defer_show=True)
            if then is not None:
                QTimer.singleShot(0, then)  # after the article, which is shown on the next turn

        def failed(message: str, _tb: str) -> None:
            win.status_label.setText(message)
            if then is not None:
                then()

        QueryOp(win.library_at(), lambda lib: lib.articles(folder=folder, entity_keys=keys), name="articles", context=win,
                generation=generation).on_success(show).on_failure(failed).start()

    def set_article_rows(self, rows: Sequence[ArticleRow], keep: str | None, *, reshow: bool,
                         defer_show: bool = False) -> None:
        win = self.win
        win.article_model.set_rows(rows)
        # most files carry no date: a column of empty cells is noise (the tooltip still says the date)
        dated = sum(1 for r in rows if getattr(r, "published", None))
        win.article_view.setColumnHidden(2, dated * 2 < len(rows))
        # nor is an Outlet column no file names (SaudiNewsNet's files do not): the titles get its width
        win.article_view.setColumnHidden(1, not any(getattr(r, "source", None) for r in rows))
        win.article_model.fit_view(win.article_view)  # two lines a row when titles have English
        self.read_about(rows)
        win.article_empty.setVisible(not rows)
        if not rows:
            from .docks import say_no_articles

            say_no_articles(win)
            win.reader.clear(tr("No article to show."))
            win.current_id = None
            return
        target = next((r for r, row in enumerate(win.article_model.rows()) if keep and row.path == keep), 0)
        row = win.article_model.row_at(target)
        shown_before = win.current_id
        win.defer_show = defer_show
        try:
            win.article_view.selectRow(target)
            win.article_view.setCurrentIndex(win.article_model.index(target, 0))  # shows a newly selected one
        finally:
            win.defer_show = False
        if row is not None and (row.id != win.current_id or (reshow and row.id == shown_before)):
            win.show_article_soon(row.id) if defer_show else win.show_article(row.id)

    def read_about(self, rows: Sequence[ArticleRow]) -> None:
        """What the articles with no English title are about (see :mod:`..about`), read on a worker
        thread; the list shows it in the English interface. A newer list stops an older reading."""
        from ..about import article_about

        self._about_generation += 1
        generation = self._about_generation
        ids = [r.id for r in rows if not r.title_en]
        if not ids:
            return
        win = self.win

        def show(about: dict[int, tuple[Any, ...]]) -> None:
            if generation == self._about_generation:
                win.article_model.set_about(about)
                win.article_model.fit_view(win.article_view)

        QueryOp(win.library_at(), lambda lib: article_about(lib, ids, stop=lambda: generation != self._about_generation),
                name="about", generation=generation, context=win).on_success(show).start()

    def refresh_facts(self, then: Callable[[], None] | None = None) -> None:
        """Query the sidebar's entities on a worker thread (they grow with the library) and show them;
        figures and quotes are queried when their tab is shown (see FactsPanel.invalidate)."""
        win = self.win
        win.chips.set_chips(win.filter)
        win.facts_chips.set_chips(win.filter)
        win.facts_generation += 1
        generation = win.facts_generation
        keys, folder = win.keys(), win.folder

        def query(lib: Library) -> tuple[list[EntityFact], dict[str, str]]:
            entities = lib.entities(folder=folder, entity_keys=keys)
            labels = lib.entity_labels([f.key for f in entities])
            return entities, {k: src for k, (_label, src) in labels.items()}

        def show(result: tuple[list[EntityFact], dict[str, str]]) -> None:
            if generation != win.facts_generation:
                return  # a newer refresh is on its way
            entities, sources = result
            win.entity_facts = entities
            win.facts.set_entities(entities, sources)
            win.facts.invalidate()
            if win.reader.article is not None:
                win.reader.stats = {f.key: (f.mentions, f.articles) for f in entities}
                win.reader.refresh_highlights()  # tooltips only: the document is not re-laid out
            win.facts_shown = generation
            win.facts_refreshed.emit()
            if then is not None:
                then()

        QueryOp(win.library_at(), query, name="facts", generation=generation, context=win).on_success(show).on_failure(
            lambda msg, _tb: win.status_label.setText(tr("Could not load the facts:") + " " + msg)).start()

    def fetch_facts(self, kind: str) -> None:
        """The figures or the quotes for the sidebar's tab that was just shown, from a worker thread."""
        win = self.win
        generation = win.facts_generation
        keys, folder = win.keys(), win.folder

        def show(result: Figures | Quotes) -> None:
            if generation != win.facts_generation:
                return
            win.facts.set_figures(*result) if kind == "figures" else win.facts.set_quotes(*result)

        QueryOp(win.library_at(), lambda lib: query_facts(lib, kind, folder, keys), name=f"facts-{kind}", context=win,
                generation=generation).on_success(show).on_failure(
            lambda msg, _tb: win.status_label.setText(tr("Could not load the facts:") + " " + msg)).start()

    def fetch_facts_now(self, kind: str) -> Figures | Quotes:
        return query_facts(self.win.ensure_library(), kind, self.win.folder, self.win.keys())

    # ------------------------------------------------------------------ the entity filter
    def on_title_filter_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        model = self.win.article_model
        # the title, or the English names of what an article is about (the English interface's second line)
        model.set_filter((lambda r: needle in r.title.casefold()
                          or any(needle in n.label.casefold() for n in model.about(r))) if needle else None)

    def add_filter(self, key: str, label: str) -> None:
        if key in self.win.keys():
            return
        self.win.filter.append((key, label.split(" · ")[0]))
        self.apply_filter()

    def remove_filter(self, key: str) -> None:
        self.win.filter = [(k, lbl) for k, lbl in self.win.filter if k != key]
        self.apply_filter()

    def clear_filter(self) -> None:
        if self.win.filter:
            self.win.filter = []
            self.apply_filter()

    def apply_filter(self) -> None:
        win = self.win
        win.reader.lit_keys = set(win.keys())
        self.refresh_articles()
        self.refresh_facts()
        win.notes_ctl.refresh_notes()
        win.reader.refresh_highlights()
        win.reader.step_mention(0)  # the first mention, in both panes
        labels = ", ".join(lbl for _, lbl in win.filter)
        win.status_label.setText(
            tr("{n} article(s) mention {names}.").format(n=win.article_model.rowCount(), names=labels)
            if win.filter else tr("Filter cleared.")
        )
