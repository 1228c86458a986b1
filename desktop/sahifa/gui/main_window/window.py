"""Sahifa's main window: articles │ reader (Arabic ⇄ English) │ facts, notes dock, status bar.

The window holds what is shown (the folder, the library open for reading, the article, the entity
filter) and the widgets; its controllers do the work: :class:`LibraryController` (the library, folders,
the article list and the facts), :class:`TranslationController` (the English pane) and
:class:`NotesController` (notes, exports, entity corrections). Reads and writes of the library run on
workers (``gui/ops.py``); after each change the one ``events.library_changed`` signal refreshes the views.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# Only what the window's first frame needs is imported here (each Qt class costs its enums when
# first touched); the rest is imported by the builders and handlers that use it.
from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QFileSystemWatcher,
    QObject,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QToolBar

from ..i18n import N_, tr
from ..ops import CollectionOp, LibraryAt, LibraryChanges, LibraryEvents, open_library
from ..plain import ask
from ..turns import next_turn
from ..workers import finish_running
from . import dock_layout, docks
from .actions import MENU_TITLES, build_actions
from .language import LanguageSwitch
from .library import LibraryController
from .notes import NotesController
from .translation import TranslationController

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import (
        QAction,
        QCloseEvent,
        QDragEnterEvent,
        QDropEvent,
        QPaintEvent,
        QResizeEvent,
        QShowEvent,
    )
    from PySide6.QtWidgets import (
        QComboBox,
        QLineEdit,
        QMenu,
        QProgressBar,
        QPushButton,
        QTableView,
        QTreeWidgetItem,
    )

    from sahifa.core.model import Note
    from sahifa.services.library import EntityFact, Library, SearchHit  # types only

    from ..facts import FactsPanel
    from ..models import ArticleListModel, NotesModel
    from ..reader import ReaderView
    from ..search import SearchOutcome, SearchResults
    from .docks import FilterChips

log = logging.getLogger(__name__)
# Progress phases, said by the workers and translated where shown (the analysis says these two).
PHASES = (N_("Analysing"), N_("Checking"))

# the docks' titles (translated where shown, again after a live language switch)
DOCK_TITLES = {"articles_dock": N_("Articles"), "facts_dock": N_("Facts"), "notes_dock": N_("Notes"),
               "search_dock": N_("Search results")}


class MainWindow(QMainWindow):
    ingest_finished = Signal()
    facts_refreshed = Signal()
    article_shown = Signal(int)
    translation_shown = Signal(int)
    sample_removed = Signal(int)
    notes_fitted = False  # the Notes were moved beside the Articles for a short window (dock_layout)

    # the widgets, made by the build steps (docks.py, actions.py)
    reader: ReaderView
    facts: FactsPanel
    chips: FilterChips
    facts_chips: FilterChips
    article_model: ArticleListModel
    article_view: QTableView
    article_filter: QLineEdit
    article_empty: QLabel
    notes_model: NotesModel
    notes_view: QTableView
    notes_empty: QLabel
    edit_note_button: QPushButton
    delete_note_button: QPushButton
    export_button: QPushButton
    search_results: SearchResults
    search_edit: QLineEdit
    layout_combo: QComboBox
    status_label: QLabel
    progress: QProgressBar
    cancel_button: QPushButton
    errors_button: QPushButton
    open_export_button: QPushButton
    recent_menu: QMenu
    layer_actions: dict[str, QAction]
    layout_actions: dict[str, QAction]
    font_actions: dict[str, QAction]
    font_action: QAction
    font_menu: QMenu
    language_menu: QMenu
    language_actions: dict[str, QAction]
    layers_label: QLabel
    # the actions of actions.ACTIONS
    open_action: QAction
    export_action: QAction
    highlight_action: QAction
    search_action: QAction
    next_match_action: QAction
    prev_match_action: QAction
    next_action: QAction
    prev_action: QAction
    next_hl_action: QAction
    prev_hl_action: QAction
    clear_filter_action: QAction
    undo_action: QAction
    corrections_action: QAction
    next_mention_action: QAction
    prev_mention_action: QAction
    zoom_in_action: QAction
    zoom_out_action: QAction
    zoom_in_alt: QAction
    models_action: QAction
    install_model_action: QAction
    translate_all_action: QAction
    remove_sample_action: QAction
    quit_action: QAction
    shortcuts_action: QAction
    about_action: QAction

    def __init__(self, folder: str | None = None, *, library_path: str | None = None,
                 sample_library_path: str | None = None, settings: QSettings | None = None) -> None:
        """``library_path``: the user's library (default: the data dir's). The bundled sample is read
        from a library of its own, ``sample_library_path`` (default: the data dir's ``sample/``, or
        ``library_path`` itself when only that is given: a caller that names one library gets one).
        ``self.library_path`` is the library open now, the one the folder's articles are in."""
        super().__init__()
        self.setWindowTitle(tr("Sahifa"))
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        if settings is None:
            from ..i18n import app_settings

            settings = app_settings()
        self.settings = settings
        self.library_path = library_path
        self.user_library_path = library_path
        self.sample_library_path = sample_library_path
        self.sample_shares_library = library_path is not None and sample_library_path is None
        self.library: Library | None = None  # the UI thread's reading connection
        self.folder: str | None = folder
        self.current_id: int | None = None
        self.filter: list[tuple[str, str]] = []  # (key, label)
        self.load_errors: list[tuple[str, str]] = []
        self.entity_facts: list[EntityFact] = []
        self.generation = 0
        self._progress_wanted: bool | None = None  # show_progress's last wish, until applied
        self.read_only = False
        self.facts_generation = 0
        self.facts_shown = -1
        self.defer_show = False
        self._article_to_show: int | None = None
        self._started = False
        self.search_query: str | None = None  # the query whose results are shown
        self.search_tokens: list[str] = []
        self.english_source = str(self.settings.value("english_source", "reference"))
        self.zoom = int(str(self.settings.value("zoom", 0) or 0))
        self.events = LibraryEvents(self)
        if (app := QApplication.instance()) is not None:  # a quit without closing the window: the same wait
            app.aboutToQuit.connect(finish_running)
        self.events.library_changed.connect(self.on_library_changed)
        self.library_ctl = LibraryController(self)
        self.translation_ctl = TranslationController(self)
        self.notes_ctl = NotesController(self)
        self.language = LanguageSwitch(self)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.library_ctl.on_folder_changed)
        self.rescan_timer = QTimer(self)
        self.rescan_timer.setSingleShot(True)
        self.rescan_timer.setInterval(800)
        self.rescan_timer.timeout.connect(lambda: self.load_folder(self.folder) if self.folder else None)

        # The first frame shows the window's frame: its size, the docks' titles, the menus' titles
        # and the status bar. Their contents are built one part per turn of the event loop after
        # that frame is painted (see _build_next), then the library is opened (library_ctl.start).
        self._build_shell()
        self._build_steps: list[Callable[[], None]] = [
            self._load_fonts, self._import_text, self._import_reader, lambda: docks.build_reader(self),
            self._import_lists, lambda: docks.build_articles_dock(self), self._import_facts,
            lambda: docks.build_facts_dock(self), lambda: docks.build_notes_dock(self),
            lambda: docks.build_search_dock(self), lambda: build_actions(self), self._restore_view_state,
        ]
        self._building = False
        self._built = False

    # ------------------------------------------------------------------ construction
    def _build_shell(self) -> None:
        self.setCentralWidget(QLabel("", self))
        self.articles_dock = self._dock(tr(DOCK_TITLES["articles_dock"]), "ArticlesDock",
                                        Qt.DockWidgetArea.LeftDockWidgetArea)
        self.facts_dock = self._dock(tr(DOCK_TITLES["facts_dock"]), "FactsDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.notes_dock = self._dock(tr(DOCK_TITLES["notes_dock"]), "NotesDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock = self._dock(tr(DOCK_TITLES["search_dock"]), "SearchDock",
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.articles_dock, self.search_dock)
        self.articles_dock.raise_()
        self.search_dock.hide()
        docks.build_status(self)
        for attr, title in MENU_TITLES.items():
            setattr(self, attr, self.menuBar().addMenu(tr(title)))
        tb = QToolBar(tr("Main toolbar"), self)
        tb.setObjectName("MainToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(tb)
        self.toolbar = tb
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # 1500×900, or the screen's free area on a laptop (a larger window would hang off it)
            screen = self.screen()
            free = screen.availableGeometry() if screen is not None else None
            width = min(1500, free.width() - 16) if free is not None and free.width() > 400 else 1500
            height = min(900, free.height() - 48) if free is not None and free.height() > 300 else 900
            self.resize(width, height)
        dock_layout.restore_docks(self)

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        self.addDockWidget(dock_layout.mirrored(self, area), dock)
        return dock

    def _kick_build(self) -> None:
        if not self._building:
            self._building = True
            QTimer.singleShot(0, self, self._build_next)

    def _build_next(self) -> None:
        """Build one more part of the window; when all are built, start (open the library)."""
        if self._build_steps:
            self._build_steps.pop(0)()
        if self._build_steps:
            next_turn(self, self._build_next)  # the paint and due timers first (see turns.py)
        elif not self._built:
            self._built = True
            self.library_ctl.start()
            docks.warm_fonts(self)

    def ensure_built(self) -> None:
        """Build the rest of the window now (it is otherwise built over the first turns of the event
        loop after it is shown)."""
        while self._build_steps:
            self._build_steps.pop(0)()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._started:
            self._kick_build()  # the first frame is painted: build the rest

    # Importing a module of Qt widgets costs its Qt classes' enums (several ms each): the imports are
    # steps of their own, so that no turn of the event loop takes long.
    def _load_fonts(self) -> None:
        from ..theme import load_fonts

        load_fonts()

    def _import_text(self) -> None:
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextOption  # noqa: F401
        from PySide6.QtWidgets import QTextBrowser  # noqa: F401

    def _import_reader(self) -> None:
        from .. import reader  # noqa: F401

    def _import_lists(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView  # noqa: F401

        from .. import models  # noqa: F401

    def _import_facts(self) -> None:
        from .. import facts  # noqa: F401

    # ------------------------------------------------------------------ state
    def _restore_view_state(self) -> None:
        from ..reader import ReaderView

        dock_layout.restore_docks(self)
        mode = self.settings.value("layout_mode")
        if isinstance(mode, str) and mode in ReaderView.layout_modes:
            self.layout_combo.setCurrentIndex(ReaderView.layout_modes.index(mode))
        try:
            ratio = float(str(self.settings.value("split_ratio", 0.5) or 0.5))
        except ValueError:
            ratio = 0.5
        self.reader.set_split_ratio(ratio)
        self.search_dock.hide()  # search results are of the last session: no empty tab over the articles
        self.articles_dock.raise_()
        QTimer.singleShot(0, self, self.fit_docks)

    def fit_docks(self) -> None:
        """The docks fitted to the window's size (see :func:`.dock_layout.fit_docks`)."""
        dock_layout.fit_docks(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._build_steps:
            QTimer.singleShot(0, self, self.fit_docks)

    def save_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue(dock_layout.state_key(self), self.saveState())
        self.settings.setValue("zoom", self.zoom)
        if self._build_steps:  # closed before it was built: the rest is as it was
            self.settings.sync()
            return
        self.settings.setValue("layers", ",".join(sorted(self.reader.layers)))
        self.settings.setValue("layout_mode", self.layout_combo.currentData())
        self.settings.setValue("split_ratio", round(self.reader.split_ratio(), 4))
        self.settings.setValue("english_source", self.english_source)
        if self.folder:
            self.settings.setValue("last_folder", self.folder)
        if self.current_id is not None and self.library is not None:
            self.settings.setValue("last_article", self.current_path() or "")
        self.settings.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shift+Enter in the search field: the previous match."""
        from PySide6.QtGui import QKeyEvent

        if (watched is getattr(self, "search_edit", None) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.step_match(-1)
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        for op in (self.library_ctl.ingest_op, self.translation_ctl.op):
            if op is not None:
                op.request_cancel()
        finish_running()  # changes to the library are finished, the rest cancelled (waited for ≤ 3 s)
        QThreadPool.globalInstance().waitForDone(3000)
        self.translation_ctl.pool.waitForDone(3000)
        if self.library is not None:
            self.library.close()
            self.library = None
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            # No garbage collection until the library is checked (see LibraryController.start): the
            # start-up creates objects that live as long as the window, and full passes over them
            # stall the UI.
            gc.freeze()
            gc.disable()
            QTimer.singleShot(100, self._kick_build)  # in case no paint comes (a minimised start)

    # ------------------------------------------------------------------ questions (tests answer them)
    def ask_library_recovery(self, message: str) -> str:
        """Ask what to do with a library that cannot be opened: "readonly", "new" or "quit"."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Library problem"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message)
        box.setInformativeText(tr(
            "You can look at it read-only, or start a new, empty library: the old file is kept beside it, "
            "renamed, so nothing is lost."
        ))
        read_only = box.addButton(tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(tr("Start a New Library"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "readonly" if clicked is read_only else "new" if clicked is new else "quit"

    def ask_remove_sample(self) -> bool:
        """Confirm taking the sample out of the user's library (a method, so tests can answer it)."""
        return ask(self, tr("Remove the Sample Articles"), tr(
            "Remove the sample articles (the bundled 2019 news about Baghuz) from your library? "
            "Your own articles and your notes are kept; the sample can still be opened from its folder, "
            "in a library of its own."))

    # ------------------------------------------------------------------ the library
    def library_at(self) -> LibraryAt:
        """Where the workers find the library open now."""
        return LibraryAt(self.library_path, self.read_only)

    def ensure_library(self) -> Library:
        """The UI thread's connection to the library, for reads (writes go through ops)."""
        if self.library is None:
            self.library = open_library(self.library_path)
        return self.library

    def keys(self) -> list[str]:
        """The keys of the entities filtered on."""
        return [k for k, _ in self.filter]

    def facts_ready(self) -> bool:
        """True when the sidebar shows the facts for the current folder and filter."""
        return self.facts_shown == self.facts_generation

    def on_library_changed(self, changes: LibraryChanges) -> None:
        """After a change on a worker: refresh what shows it."""
        if changes.notes:
            self.notes_ctl.refresh_notes()
        if changes.entities:
            self.library_ctl.refresh_facts()
            if self.current_id is not None:
                self.show_article(self.current_id)
        if changes.articles:
            self.library_ctl.list_articles(then=self.library_ctl.refresh_facts)

    def show_progress(self, visible: bool) -> None:
        """Show or hide the progress bar, on a later turn of the event loop (the last call wins): a
        QProgressBar repaints the window synchronously when its range changes, which painted an article
        in the very turn that built it (translate_current shows the bar)."""
        first = self._progress_wanted is None
        self._progress_wanted = visible
        if first:
            next_turn(self, self._apply_progress)

    def _apply_progress(self) -> None:
        visible, self._progress_wanted = bool(self._progress_wanted), None
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
        if visible:
            self.progress.setRange(0, 0)

    def on_progress(self, done: int, total: int, phase: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{tr(phase)} {done}/{total}")

    # the window's verbs that other parts and scripts call; the controllers do the work
    def load_folder(self, folder: str | None) -> None:
        self.library_ctl.load_folder(folder)

    def refresh_facts(self, then: Callable[[], None] | None = None) -> None:
        self.library_ctl.refresh_facts(then)

    def clear_filter(self) -> None:
        self.library_ctl.clear_filter()

    def highlight_selection(self) -> None:
        self.notes_ctl.highlight_selection()

    def save_note(self, note: Note, *, side_span: tuple[int, int] | None = None) -> CollectionOp[int] | None:
        return self.notes_ctl.save_note(note, side_span=side_span)

    # ------------------------------------------------------------------ article display
    def current_path(self) -> str | None:
        if self.reader.article is not None:
            return self.reader.article.path
        return None

    def on_article_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from ..models import ROW_ROLE

        row = self.article_model.data(current.siblingAtColumn(0), ROW_ROLE) if current.isValid() else None
        if row is not None and row.id != self.current_id:
            self.show_article_soon(row.id) if self.defer_show else self.show_article(row.id)

    def show_article_soon(self, article_id: int) -> None:
        """Show an article on the next turn of the event loop (the latest asked for wins)."""
        first = self._article_to_show is None
        self._article_to_show = article_id

        def show() -> None:
            wanted, self._article_to_show = self._article_to_show, None
            if wanted is not None:
                self.show_article(wanted)

        if first:
            next_turn(self, show)  # after the paint of what the caller changed (e.g. the list)

    def show_article(self, article_id: int) -> None:
        lib = self.ensure_library()
        try:
            article, analysis = lib.article(article_id)
        except Exception as exc:  # noqa: BLE001 - the article may have vanished under us
            log.warning("cannot show article %s: %s", article_id, exc)
            self.reader.clear(tr("This article is no longer in the library."))
            return
        from sahifa.core.model import Analysis

        mentions = lib.entity_mentions(article_id)
        entities = tuple(m for m, _ in mentions)
        keys = {(m.start, m.end): key for m, key in mentions}
        analysis = Analysis(entities, analysis.numbers, analysis.quotes)
        stats = {f.key: (f.mentions, f.articles) for f in self.entity_facts}
        notes = self.notes_ctl.note_rows(lib)
        self.current_id = article_id
        self.generation += 1
        generation = self.generation
        self.reader.lit_keys = set(self.keys())
        # the notes' highlights go into the document as it is built, not in a second pass
        self.reader.set_notes([n for n in notes if n.article_path == article.path])
        self.reader.show_article(article, analysis, keys=keys, stats=stats,
                                 english_missing=self.translation_ctl.english_missing(article))
        self.translation_ctl.show_english()  # the English pane's text itself is built on a later turn
        self.setWindowTitle(f"{article.title} — " + tr("Sahifa"))
        self.mark_read(article_id)

        def then() -> None:  # the rest on a later turn, after the Arabic is painted
            self.article_model.set_read(article_id)
            if generation == self.generation:  # else a newer article has set them
                self.notes_ctl.set_note_rows(notes)

        next_turn(self, then)
        self.article_shown.emit(article_id)

    def mark_read(self, article_id: int) -> None:
        """Mark an article read on a worker thread: a write may wait for another writer's lock."""
        if self.read_only:
            return
        CollectionOp(self.events, self.library_at(), lambda lib: lib.mark_read(article_id),
                     changes=LibraryChanges(read=True), name="mark-read").on_failure(
            lambda msg, _tb: log.warning("mark read: %s", msg)).start()

    # ------------------------------------------------------------------ navigation
    def step_article(self, delta: int) -> None:
        n = self.article_model.rowCount()
        if n == 0:
            return
        current = self.article_view.currentIndex().row()
        row = max(0, min(n - 1, (current if current >= 0 else 0) + delta))
        self.article_view.setCurrentIndex(self.article_model.index(row, 0))

    def step_highlight(self, delta: int) -> None:
        pane = self.reader.ar
        spans = sorted({(h.start, h.end) for h in pane.highlights() if h.layer in ("entities", "numbers", "filter")})
        if not spans:
            return
        pos = pane.selection_offsets()
        cur = pos[0] if pos else -1
        if delta > 0:
            nxt = next((s for s in spans if s[0] > cur), spans[0])
        else:
            nxt = next((s for s in reversed(spans) if s[0] < cur), spans[-1])
        from PySide6.QtGui import QTextCursor

        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane._map.to_qt(nxt[0]))
        cursor.setPosition(pane._map.to_qt(nxt[1]), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()

    def jump_to_sentence(self, article_id: int, sentence_index: int) -> None:
        from ..models import ROW_ROLE

        if article_id != self.current_id:
            for r in range(self.article_model.rowCount()):
                row = self.article_model.data(self.article_model.index(r, 0), ROW_ROLE)
                if row.id == article_id:
                    self.article_view.setCurrentIndex(self.article_model.index(r, 0))
                    break
            else:
                self.show_article(article_id)
        self.reader.link_sentence(sentence_index)

    def step_mention(self, delta: int) -> None:
        """Next/previous mention of the filtered entity (F3 / Shift+F3), in both panes."""
        if not self.filter:
            self.status_label.setText(tr("Click an entity in the Facts sidebar first: F3 then goes through its mentions."))
            return
        found = self.reader.step_mention(delta)
        if found is None:
            self.status_label.setText(tr("No mention of the filtered entity in this article."))
        else:
            self.status_label.setText(tr("Mention {i} of {n}").format(i=found[0] + 1, n=found[1]))

    # ------------------------------------------------------------------ search
    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def run_search(self, *, then_step: int = 0) -> None:
        """Search the library on a worker (a read-only QueryOp in the results list); the hits show when
        they arrive (:meth:`_on_searched`). ``then_step``: then go to the next (+1) / previous (-1) match."""
        query = self.search_edit.text().strip()
        if not query:
            self.search_dock.hide()
            return
        self.search_query = query
        self.search_results.search(self.library_path, query, then_step=then_step)
        self.search_dock.show()
        self.search_dock.raise_()
        self.status_label.setText(tr("Searching for “{query}”…").format(query=query))

    def _on_searched(self, outcome: SearchOutcome) -> None:
        self.search_tokens = list(outcome.tokens)
        self.status_label.setText(tr("{n} hit(s) for “{query}”.").format(n=len(outcome.hits), query=outcome.query))

    def _on_search_enter(self) -> None:
        """Enter searches; Enter again on the same words goes to the next match."""
        query = self.search_edit.text().strip()
        shown = self.search_results.outcome
        if query and shown is not None and shown.query == query and self.search_results.hit_items():
            self.step_match(1)
        else:
            self.run_search()

    def step_match(self, delta: int) -> None:
        """F4 / Shift+F4: the next / previous search match, opened with its word lit."""
        if self.search_query is None:
            self.run_search(then_step=delta)  # the step follows the hits
            return
        self.search_results.step(delta)

    def open_hit(self, hit: SearchHit) -> None:
        """Open a search hit and light the matched word (not the whole sentence)."""
        from ..search import word_spans

        if hit.article_id != self.current_id:
            self.jump_to_sentence(hit.article_id, hit.sentence_index)
        article = self.reader.article
        if article is None or self.current_id != hit.article_id:
            return
        norm = self.ensure_library().search_norm
        tokens = self.search_tokens
        if hit.lang == "ar":
            spans = word_spans(article.text, tokens, norm, hit.start, hit.end)
            if spans:
                self.reader.select_span("ar", *spans[0])
                return
        else:
            unit = self.reader.ar.unit_at_offset(hit.start)
            en_text = self.reader.en.text()
            if unit is not None and unit < len(self.reader.alignment.en) and self.reader.en_sentences is not None:
                lo, hi = self.reader.alignment.en[unit]
                spans = word_spans(en_text, tokens, norm, lo, hi)
                if spans:
                    self.reader.select_span("en", *spans[0])
                    return
        self.reader.link_sentence(hit.sentence_index)  # the word was not found: the sentence at least

    def on_search_hit(self, item: QTreeWidgetItem) -> None:
        """A result row (tests, keyboard): open it."""
        from ..search import HIT_ROLE

        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.open_hit(hit)

    # ------------------------------------------------------------------ view options
    def set_ui_language(self, code: str) -> None:
        """Switch the interface language live ("system" | "en" | "ar"), and keep the choice."""
        self.settings.setValue("ui_language", code)
        from ..i18n import app_settings

        if app_settings().fileName() != self.settings.fileName():
            app_settings().setValue("ui_language", code)  # where the next start reads it
        self.language.switch(code)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        switch = getattr(self, "language", None)  # None while the window is made
        if switch is not None and event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            switch.changed()

    def on_layers_changed(self) -> None:
        self.reader.layers = {k for k, a in self.layer_actions.items() if a.isChecked()}
        self.reader.refresh_highlights()

    def on_layout_changed(self, mode: str) -> None:
        self.reader.set_layout_mode(mode)
        act = getattr(self, "layout_actions", {}).get(mode)
        if act is not None and not act.isChecked():
            act.setChecked(True)

    def set_layout(self, mode: str) -> None:
        """Switch the reader layout (menu, shortcut or combo)."""
        from ..reader import ReaderView

        if mode in ReaderView.layout_modes:
            self.layout_combo.setCurrentIndex(ReaderView.layout_modes.index(mode))

    def check_font_action(self) -> None:
        current = str(self.settings.value("arabic_font", "") or "")
        for key, act in self.font_actions.items():
            act.setChecked(key == current)

    def set_arabic_font(self, family: str) -> None:
        """The reader's Arabic family ("" = the default)."""
        self.settings.setValue("arabic_font", family)
        self.reader.set_font_family(family)
        self.check_font_action()

    def choose_arabic_font(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QFontDialog

        from ..theme import load_fonts

        ok, font = QFontDialog.getFont(QFont(str(self.settings.value("arabic_font", "") or load_fonts())), self,
                                       tr("Arabic Font…"))
        if ok:
            self.set_arabic_font(font.family())

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(-6, min(20, zoom))
        self.reader.set_zoom(self.zoom)

    def zoom_by(self, step: int) -> None:
        self.set_zoom(self.zoom + step)

    def show_shortcuts(self) -> None:
        from ..dialogs import ShortcutsDialog
        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        from sahifa import __version__

        QMessageBox.about(
            self,
            tr("About Sahifa"),
            f"Sahifa (صحيفة) {__version__}\n\n"
            + tr("An offline reader for Arabic news: aligned English translation, entities, figures and who said "
                 "what. Nothing leaves your computer.") + "\n\n"
            + tr("Arabic font: Amiri (SIL Open Font License)."),
        )

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and any(Path(u.toLocalFile()).is_dir() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            p = Path(url.toLocalFile())
            if p.is_dir():
                self.load_folder(str(p))
                event.acceptProposedAction()
                return


__all__ = ["MainWindow"]
