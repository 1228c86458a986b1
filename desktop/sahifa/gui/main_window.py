"""Sahifa's main window: articles │ reader (Arabic ⇄ English) │ facts, notes dock, status bar."""

from __future__ import annotations

import gc
import logging
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Only what the window's first frame needs is imported here (each Qt class costs its enums when
# first touched); the rest is imported by the builders and handlers that use it.
from PySide6.QtCore import QByteArray, QFileSystemWatcher, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import N_, tr
from .plain import ask, menu_text, show_message, shown_path
from .theme import with_arabic
from .workers import BackgroundOp

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent

    from sahifa.core.model import Note

log = logging.getLogger(__name__)
MAX_RECENT = 8
# Progress phases, said by the workers and translated where shown (the ingest says the first two).
PHASES = (N_("Analysing"), N_("Checking"))
PHASE_TRANSLATING = N_("Translating")
PHASE_TRANSLATING_FOLDER = N_("Translating folder")


class FilterChips(QWidget):
    """Removable chips, one per active entity filter."""

    removed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.setVisible(False)

    def set_chips(self, chips: list[tuple[str, str]]) -> None:
        while self._layout.count() > 1:
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for key, label in chips:
            btn = QToolButton(self)
            btn.setText(menu_text(f"× {label}"))
            btn.setToolTip(tr("Remove this filter (Esc clears all)"))
            btn.setAccessibleName(tr("Remove filter {label}").format(label=label))
            btn.setObjectName("filterChip")
            btn.clicked.connect(lambda _c=False, k=key: self.removed.emit(k))
            self._layout.insertWidget(self._layout.count() - 1, btn)
        self.setVisible(bool(chips))


# Not through tr(): the message must be readable by someone who picked the other language.
RESTART_NOTE = ("The new language takes effect when Sahifa restarts.\n"
                "تُطبَّق اللغة الجديدة عند إعادة تشغيل صحيفة.")


def rtl_shortcut_text(action: QAction) -> None:
    """In a right-to-left interface a menu draws "Ctrl++" as "++Ctrl" (the bidi algorithm moves the
    neutral "+" signs): give the menu the shortcut text isolated left-to-right (after a tab, which Qt
    shows in the shortcut column); toolbar buttons keep the plain text."""
    from PySide6.QtGui import QGuiApplication, QKeySequence

    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft or action.shortcut().isEmpty():
        return
    text = action.text().split("\t", 1)[0]
    action.setIconText(text)
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setText(f"{text}\t\u2066{keys}\u2069")


class MainWindow(QMainWindow):
    ingest_finished = Signal()
    facts_refreshed = Signal()
    article_shown = Signal(int)
    translation_shown = Signal(int)
    sample_removed = Signal(int)

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
            from .i18n import app_settings

            settings = app_settings()
        self.settings = settings
        self.library_path = library_path
        self.user_library_path = library_path
        self._sample_library_path = sample_library_path
        self._sample_shares_library = library_path is not None and sample_library_path is None
        self.library: Any = None
        self.folder: str | None = folder
        self.current_id: int | None = None
        self.filter: list[tuple[str, str]] = []  # (key, label)
        self.load_errors: list[tuple[str, str]] = []
        self._ingest_op: BackgroundOp | None = None
        self._translate_op: BackgroundOp | None = None
        self._generation = 0
        self._model_lookup_started = False
        self.read_only = False
        self._facts_generation = 0
        self._facts_shown = -1
        self._articles_generation = 0
        self._defer_show = False
        self._article_to_show: int | None = None
        self._started = False
        self._translator_holder: dict[str, Any] = {}
        self._translate_pool = QThreadPool(self)
        self._translate_pool.setMaxThreadCount(1)  # one model, loaded once
        self.english_source = str(self.settings.value("english_source", "reference"))
        self.zoom = int(str(self.settings.value("zoom", 0) or 0))
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._on_folder_changed)
        self._rescan_timer = QTimer(self)
        self._rescan_timer.setSingleShot(True)
        self._rescan_timer.setInterval(800)
        self._rescan_timer.timeout.connect(lambda: self.load_folder(self.folder, quiet=True) if self.folder else None)

        # The first frame shows the window's frame: its size, the docks' titles, the menus' titles
        # and the status bar. Their contents are built one part per turn of the event loop after
        # that frame is painted (see _build_next), then the library is opened (_start).
        self._build_shell()
        self._build_steps: list[Callable[[], None]] = [
            self._load_fonts, self._import_text, self._import_reader, self._build_reader,
            self._import_lists, self._build_articles_dock, self._import_facts, self._build_facts_dock,
            self._build_notes_dock, self._build_search_dock, self._build_actions, self._restore_view_state,
        ]
        self._building = False
        self._built = False

    # ------------------------------------------------------------------ construction
    def _build_shell(self) -> None:
        self.setCentralWidget(QLabel("", self))
        self.articles_dock = self._dock(tr("Articles"), "ArticlesDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.facts_dock = self._dock(tr("Facts"), "FactsDock", Qt.DockWidgetArea.RightDockWidgetArea)
        self.notes_dock = self._dock(tr("Notes"), "NotesDock", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock = self._dock(tr("Search results"), "SearchDock", Qt.DockWidgetArea.LeftDockWidgetArea)
        self.tabifyDockWidget(self.articles_dock, self.search_dock)
        self.articles_dock.raise_()
        self.search_dock.hide()
        self._build_status()
        menu = self.menuBar()
        self.file_menu = menu.addMenu(tr("&File"))
        self.edit_menu = menu.addMenu(tr("&Edit"))
        self.view_menu = menu.addMenu(tr("&View"))
        self.go_menu = menu.addMenu(tr("&Go"))
        self.tr_menu = menu.addMenu(tr("&Translation"))
        self.help_menu = menu.addMenu(tr("&Help"))
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
        self._restore_docks()

    def _restore_docks(self) -> None:
        """The docks' saved sizes (or the default ones); again once their contents are built, which
        bring size hints of their own."""
        state = self.settings.value(self._state_key())
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        else:
            self.resizeDocks([self.articles_dock, self.facts_dock], [400, 380], Qt.Orientation.Horizontal)
            self.resizeDocks([self.notes_dock], [140], Qt.Orientation.Vertical)

    def _dock(self, title: str, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        self.addDockWidget(self._mirrored(area), dock)
        return dock

    def _mirrored(self, area: Qt.DockWidgetArea) -> Qt.DockWidgetArea:
        """Qt does not mirror dock areas in a right-to-left window: in the Arabic interface the
        Articles go on the right (where reading starts) and the Facts on the left."""
        if self.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            return area
        swap = {Qt.DockWidgetArea.LeftDockWidgetArea: Qt.DockWidgetArea.RightDockWidgetArea,
                Qt.DockWidgetArea.RightDockWidgetArea: Qt.DockWidgetArea.LeftDockWidgetArea}
        return swap.get(area, area)

    def _state_key(self) -> str:
        """The saved dock arrangement, one per layout direction (a left-to-right arrangement restored in
        the Arabic interface would put the Articles back on the left)."""
        return "windowState" if self.layoutDirection() != Qt.LayoutDirection.RightToLeft else "windowStateRTL"

    def _kick_build(self) -> None:
        if not self._building:
            self._building = True
            QTimer.singleShot(0, self, self._build_next)

    def _build_next(self) -> None:
        """Build one more part of the window; when all are built, start (open the library)."""
        if self._build_steps:
            self._build_steps.pop(0)()
        if self._build_steps:
            QTimer.singleShot(0, self, self._build_next)
        elif not self._built:
            self._built = True
            self._start()

    def ensure_built(self) -> None:
        """Build the rest of the window now (it is otherwise built over the first turns of the event
        loop after it is shown)."""
        while self._build_steps:
            self._build_steps.pop(0)()

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        if self._started:
            self._kick_build()  # the first frame is painted: build the rest

    # Importing a module of Qt widgets costs its Qt classes' enums (several ms each): the imports are
    # steps of their own, so that no turn of the event loop takes long.
    def _load_fonts(self) -> None:
        from .theme import load_fonts

        load_fonts()

    def _import_text(self) -> None:
        from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextOption  # noqa: F401
        from PySide6.QtWidgets import QTextBrowser  # noqa: F401

    def _import_reader(self) -> None:
        from . import reader  # noqa: F401

    def _import_lists(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView  # noqa: F401

        from . import models  # noqa: F401

    def _import_facts(self) -> None:
        from . import facts  # noqa: F401

    def _build_reader(self) -> None:
        from .reader import ReaderView

        self.reader = ReaderView(self)
        self.reader.set_zoom(self.zoom)
        family = self.settings.value("arabic_font")
        if isinstance(family, str) and family:
            self.reader.set_font_family(family)
        self.reader.english_source_changed.connect(self._on_english_source_changed)
        self.reader.placeholder.install_requested.connect(self.install_model_from_file)
        self.reader.placeholder.download_requested.connect(self.download_model)
        self.setCentralWidget(self.reader)

    def _build_articles_dock(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

        from .models import ArticleListModel

        dock = self.articles_dock
        box = QWidget(dock)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        self.chips = FilterChips(box)
        self.chips.removed.connect(self.remove_filter)
        self.article_filter = QLineEdit(box)
        self.article_filter.setPlaceholderText(tr("Filter titles…"))
        self.article_filter.setClearButtonEnabled(True)
        self.article_filter.setAccessibleName(tr("Filter article titles"))
        self.article_model = ArticleListModel(self)
        self.article_filter.textChanged.connect(self._on_title_filter_changed)
        self.article_view = QTableView(box)
        self.article_view.setObjectName("ArticleList")
        self.article_view.setAccessibleName(tr("Articles"))
        self.article_view.setModel(self.article_model)
        self.article_view.setSortingEnabled(True)
        self.article_view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.article_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_view.verticalHeader().setVisible(False)
        self.article_view.setWordWrap(False)
        self.article_view.setFont(with_arabic(self.article_view.font()))
        self.article_model.set_bold_font(self.article_view.font())
        header = self.article_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c, width in zip(range(1, 6), (90, 84, 34, 34, 34), strict=True):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)  # not ResizeToContents: O(rows)
            header.resizeSection(c, width)
        self.article_view.selectionModel().currentRowChanged.connect(self._on_article_current_changed)
        self.article_empty = QLabel(tr("No articles yet."), box)
        self.article_empty.setWordWrap(True)
        self.article_empty.setVisible(False)
        layout.addWidget(self.chips)
        layout.addWidget(self.article_filter)
        layout.addWidget(self.article_view, 1)
        layout.addWidget(self.article_empty)
        dock.setWidget(box)

    def _build_facts_dock(self) -> None:
        from .facts import FactsPanel

        dock = self.facts_dock
        box = QWidget(dock)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        self.facts_chips = FilterChips(box)
        self.facts_chips.removed.connect(self.remove_filter)
        self.facts = FactsPanel(box)
        self.facts.fetch = self._fetch_facts
        self.facts.fetch_now = self._fetch_facts_now
        self.facts.entity_activated.connect(self.add_filter)
        self.facts.sentence_requested.connect(self.jump_to_sentence)
        self.facts.merge_requested.connect(self._on_merge)
        self.facts.rename_requested.connect(self._on_rename)
        self.facts.retype_requested.connect(self._on_retype)
        self.facts.delete_requested.connect(self._on_delete_entity)
        layout.addWidget(self.facts_chips)
        layout.addWidget(self.facts, 1)
        dock.setWidget(box)

    def _build_notes_dock(self) -> None:
        from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

        from .models import NotesModel

        dock = self.notes_dock
        box = QWidget(dock)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        self.notes_model = NotesModel(self)
        self.notes_view = QTableView(box)
        self.notes_view.setObjectName("NotesList")
        self.notes_view.setAccessibleName(tr("Notes"))
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setFont(with_arabic(self.notes_view.font()))
        self.notes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes_view.verticalHeader().setVisible(False)
        self.notes_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notes_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.notes_view.horizontalHeader().resizeSection(0, 22)
        self.notes_view.doubleClicked.connect(self._on_note_activated)
        self.notes_empty = QLabel(tr("Select text in either pane and press Ctrl+H to highlight it and add a note."), box)
        self.notes_empty.setWordWrap(True)
        buttons = QHBoxLayout()
        self.edit_note_button = QPushButton(tr("Edit…"), box)
        self.delete_note_button = QPushButton(tr("Delete"), box)
        self.export_button = QPushButton(tr("Export…"), box)
        self.edit_note_button.clicked.connect(self.edit_selected_note)
        self.delete_note_button.clicked.connect(self.delete_selected_note)
        self.export_button.clicked.connect(self.export_notes)
        buttons.addWidget(self.notes_empty, 1)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_note_button)
        buttons.addWidget(self.delete_note_button)
        buttons.addWidget(self.export_button)
        layout.addWidget(self.notes_view, 1)
        layout.addLayout(buttons)
        dock.setWidget(box)

    def _build_search_dock(self) -> None:
        from .search import SearchResults

        dock = self.search_dock
        self.search_results = SearchResults(dock)
        self.search_results.setFont(with_arabic(self.search_results.font()))
        self.search_results.hit_chosen.connect(self.open_hit)
        self._search_query: str | None = None  # the query whose results are shown
        dock.setWidget(self.search_results)

    def _build_status(self) -> None:
        from PySide6.QtWidgets import QProgressBar

        bar = self.statusBar()
        self.status_label = QLabel(tr("Starting…"), self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows file names and errors: data
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_work)
        self.errors_button = QPushButton("", self)
        self.errors_button.setFlat(True)
        self.errors_button.setVisible(False)
        self.errors_button.clicked.connect(self.show_errors)
        bar.addWidget(self.status_label, 1)
        bar.addPermanentWidget(self.errors_button)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)

    def _action(self, text: str, slot: Any, shortcut: Any = None, *, checkable: bool = False, tip: str = "") -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            rtl_shortcut_text(act)
        act.setCheckable(checkable)
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QComboBox, QLineEdit

        from .reader import LAYERS, ReaderView
        from .theme import ENTITY_COLORS, NUMBER_COLOR, QUOTE_COLOR, color_icon

        self.open_action = self._action(tr("Open Folder…"), self.choose_folder, QKeySequence.StandardKey.Open)
        self.export_action = self._action(tr("Export Notes…"), self.export_notes, "Ctrl+E")
        self.highlight_action = self._action(tr("Highlight Selection…"), self.highlight_selection, "Ctrl+H")
        self.search_action = self._action(tr("Search"), self.focus_search, QKeySequence.StandardKey.Find)
        self.next_match_action = self._action(tr("Next Match"), lambda: self.step_match(1), "F4")
        self.prev_match_action = self._action(tr("Previous Match"), lambda: self.step_match(-1), "Shift+F4")
        self.next_action = self._action(tr("Next Article"), lambda: self.step_article(1), "J")
        self.prev_action = self._action(tr("Previous Article"), lambda: self.step_article(-1), "K")
        self.next_hl_action = self._action(tr("Next Highlight"), lambda: self.step_highlight(1), "N")
        self.prev_hl_action = self._action(tr("Previous Highlight"), lambda: self.step_highlight(-1), "P")
        self.clear_filter_action = self._action(tr("Clear Entity Filter"), self.clear_filter, "Esc")
        self.undo_action = self._action(tr("Undo Last Correction"), self.undo_correction, QKeySequence.StandardKey.Undo,
                                        tip=tr("Revert the last merge, rename, type change or removal of an entity"))
        self.corrections_action = self._action(tr("Corrections…"), self.show_corrections,
                                               tip=tr("Review and revert entity corrections"))
        self.next_mention_action = self._action(tr("Next Mention"), lambda: self.step_mention(1), "F3",
                                                tip=tr("Next mention of the filtered entity, in both panes"))
        self.prev_mention_action = self._action(tr("Previous Mention"), lambda: self.step_mention(-1), "Shift+F3",
                                                tip=tr("Previous mention of the filtered entity, in both panes"))
        self.zoom_in_action = self._action(tr("Larger Text"), lambda: self.set_zoom(self.zoom + 1), QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(tr("Smaller Text"), lambda: self.set_zoom(self.zoom - 1), QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_alt = self._action(tr("Larger Text (=)"), lambda: self.set_zoom(self.zoom + 1), "Ctrl+=")
        self.models_action = self._action(tr("Translation Models…"), self.show_models)
        self.install_model_action = self._action(tr("Install Translation Model from File…"), self.install_model_from_file)
        self.translate_all_action = self._action(
            tr("Translate Whole Folder in Background"), self._on_translate_all_toggled, checkable=True
        )
        self.remove_sample_action = self._action(
            tr("Remove the Sample Articles from My Library"), self.remove_sample_articles,
            tip=tr("An older Sahifa analysed the bundled sample into your library; take it out"))
        self.quit_action = self._action(tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.layer_actions: dict[str, QAction] = {}
        layer_colors = {"entities": ENTITY_COLORS["PERSON"], "numbers": NUMBER_COLOR, "quotes": QUOTE_COLOR}
        layer_names = {"entities": tr("Entities"), "numbers": tr("Numbers"), "quotes": tr("Speakers")}
        saved_layers = self.settings.value("layers")
        active = set(saved_layers.split(",")) if isinstance(saved_layers, str) and saved_layers else set(LAYERS)
        for i, layer in enumerate(LAYERS):
            act = self._action(layer_names[layer], self._on_layers_changed, f"Ctrl+{i + 1}", checkable=True,
                               tip=tr("Show or hide this highlight layer") + f" (Ctrl+{i + 1})")
            act.setIcon(color_icon(layer_colors[layer]))
            act.setChecked(layer in active)
            self.layer_actions[layer] = act
        self.reader.layers = {k for k, a in self.layer_actions.items() if a.isChecked()}

        file_menu = self.file_menu
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self._rebuild_recent_menu()
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.remove_sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.edit_menu
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.corrections_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.highlight_action)
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.next_match_action)
        edit_menu.addAction(self.prev_match_action)
        edit_menu.addAction(self.clear_filter_action)
        view_menu = self.view_menu
        for act in self.layer_actions.values():
            view_menu.addAction(act)
        view_menu.addSeparator()
        self._build_layout_menu(view_menu)
        view_menu.addSeparator()
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        self._build_font_menu(view_menu)
        view_menu.addSeparator()
        for dock in (self.articles_dock, self.facts_dock, self.notes_dock, self.search_dock):
            view_menu.addAction(dock.toggleViewAction())
        go_menu = self.go_menu
        for act in (self.next_action, self.prev_action, self.next_hl_action, self.prev_hl_action,
                    self.next_mention_action, self.prev_mention_action):
            go_menu.addAction(act)
        tr_menu = self.tr_menu
        tr_menu.addAction(self.models_action)
        tr_menu.addAction(self.install_model_action)
        tr_menu.addAction(self.translate_all_action)
        from PySide6.QtGui import QActionGroup

        lang_menu = view_menu.addMenu(tr("Interface Language"))
        current_lang = str(self.settings.value("ui_language", "system"))
        lang_group = QActionGroup(lang_menu)
        for code, name in (("system", tr("System Default")), ("en", "English"), ("ar", "العربية")):
            act = lang_menu.addAction(name)
            lang_group.addAction(act)
            act.setCheckable(True)
            act.setChecked(code == current_lang)
            act.triggered.connect(lambda _c=False, c=code: self.set_ui_language(c))
        self.help_menu.addAction(self._action(tr("About Sahifa"), self.show_about))

        tb = self.toolbar
        tb.addAction(self.open_action)
        self.search_edit = QLineEdit(tb)
        self.search_edit.setPlaceholderText(tr("Search Arabic or English (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(tr("Search articles"))
        self.search_edit.setMaximumWidth(320)
        self.search_edit.returnPressed.connect(self._on_search_enter)
        self.search_edit.installEventFilter(self)  # Shift+Enter: previous match
        tb.addWidget(self.search_edit)
        tb.addSeparator()
        tb.addWidget(QLabel(" " + tr("Layers:") + " ", tb))
        for act in self.layer_actions.values():
            tb.addAction(act)
        tb.addSeparator()
        self.layout_combo = QComboBox(tb)
        self.layout_combo.setAccessibleName(tr("Reader layout"))
        for mode in ReaderView.layout_modes:
            self.layout_combo.addItem(tr(mode), mode)
        self.layout_combo.setToolTip(tr("Reader layout (Ctrl+Alt+1 … Ctrl+Alt+4)"))
        self.layout_combo.currentIndexChanged.connect(lambda _i: self._on_layout_changed(self.layout_combo.currentData()))
        tb.addWidget(self.layout_combo)
        tb.addSeparator()
        tb.addAction(self.highlight_action)
        tb.addAction(self.export_action)
        tb.addAction(self.models_action)

    # ------------------------------------------------------------------ state
    def _restore_view_state(self) -> None:
        from .reader import ReaderView

        self._restore_docks()
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
        """At laptop sizes the reader would squeeze its two panes: the Facts sidebar then shares the
        left dock area with the Articles (tabs) and the docks give the reader room. The user's own
        arrangement (saved with saveState) is kept whenever the panes fit."""
        from .reader import PANE_MIN_WIDTH

        if self._build_steps or not hasattr(self, "reader"):
            return
        need = 2 * PANE_MIN_WIDTH + 40
        if self.reader.width() >= need or self.facts_dock.isFloating() or not self.facts_dock.isVisible():
            return
        if self.facts_dock not in self.tabifiedDockWidgets(self.articles_dock):
            self.tabifyDockWidget(self.articles_dock, self.facts_dock)
            self.articles_dock.raise_()
        room = self.width() - need - 24
        self.resizeDocks([self.articles_dock], [max(220, min(room, 380))], Qt.Orientation.Horizontal)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._build_steps:
            QTimer.singleShot(0, self, self.fit_docks)

    def save_state(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue(self._state_key(), self.saveState())
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
            self.settings.setValue("last_article", self._current_path() or "")
        self.settings.sync()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Shift+Enter in the search field: the previous match."""
        from PySide6.QtCore import QEvent

        if (watched is getattr(self, "search_edit", None) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.step_match(-1)
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        for op in (self._ingest_op, self._translate_op):
            if op is not None:
                op.request_cancel()
        QThreadPool.globalInstance().waitForDone(3000)
        self._translate_pool.waitForDone(3000)
        if self.library is not None:
            self.library.close()
            self.library = None
        super().closeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            # No garbage collection until the library is checked (see _start): the start-up creates
            # objects that live as long as the window, and full passes over them stall the UI.
            gc.freeze()
            gc.disable()
            QTimer.singleShot(100, self._kick_build)  # in case no paint comes (a minimised start)

    def _warm_fonts(self) -> None:
        """Draw a line of Arabic in each font the list and the reader will use, one font per turn of
        the event loop, while the library is checked and the folder analysed: the first paint of the
        list and of an article then find the fonts loaded and their glyphs cached (about 30 ms less
        in the turn that shows them)."""
        from PySide6.QtGui import QFont, QImage, QPainter

        list_bold = QFont(self.article_view.font())
        list_bold.setBold(True)
        ar_bold = self.reader.ar._font()
        ar_bold.setBold(True)
        fonts = [self.article_view.font(), list_bold, self.reader.ar._font(), ar_bold, self.reader.title.font(),
                 self.reader.en._font()]
        letters = "بتثجحخسشصضطظعغفقكلمنهيئ"
        sample = (" ".join(c * 3 for c in letters) + " ا د ذ ر ز و ة ى ء آ أ إ ؤ لا لأ لإ لآ بابدبذبربزبوبةبى"
                  " ٠١٢٣٤٥٦٧٨٩ 0123456789 ، ؛ ؟ « » ( ) - The quick brown fox, 2019.")

        def step() -> None:
            if not fonts:
                return
            image = QImage(2400, 48, QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            painter.setFont(fonts.pop(0))
            painter.drawText(4, 36, sample)
            painter.end()
            QTimer.singleShot(0, step)

        QTimer.singleShot(0, step)

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

    def _recover_library(self, path: str, message: str) -> bool:
        """The library could not be opened: let the user choose a way out. True = carry on starting."""
        from sahifa.ingest import open_library
        from sahifa.storage.library import Library, LibraryError

        log.warning("library problem: %s", message)
        choice = self.ask_library_recovery(message)
        if choice == "new":
            try:
                moved = Library.quarantine(path)
                self.library = open_library(path)
            except (OSError, LibraryError) as exc:
                self.reader.clear(str(exc))
                self.status_label.setText(str(exc))
                return False
            self.status_label.setText(tr("Started a new library; the old one was kept as") + f" {shown_path(moved.name)}.")
            return True
        if choice == "readonly":
            try:
                self.library = open_library(path, read_only=True)
            except LibraryError as exc:
                # say it in the window (no modal box): the user can still quit or restart and choose again
                self.reader.clear(str(exc))
                self.status_label.setText(str(exc))
                return False
            self.read_only = True
            self.setWindowTitle(tr("Sahifa (read-only)"))
            self.refresh_all()
            self.status_label.setText(tr("Read-only: articles are not re-analysed and notes cannot be saved."))
            return False  # no analysis into a read-only library
        self.close()
        return False

    def _start(self) -> None:
        """Check the library on a worker thread (a new one is created there: its migrations import
        sqlite-utils, ~0.5–0.9 s), then open the folder; a library that cannot be opened is offered a
        way out on the UI thread."""
        start_folder = self._start_folder()
        requested = self.library_path = self._library_for(start_folder) if start_folder else self.user_library_path

        def work(progress: Any, cancel: threading.Event) -> tuple[str, str | None]:
            from sahifa.ingest import open_library
            from sahifa.storage.library import LibraryError, default_library_path

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

        def checked(result: tuple[str, str | None]) -> None:
            collect_again()
            path, problem = result
            if problem is None or self._recover_library(path, problem):
                self._open_start_folder(start_folder)
                self._installed_model()  # look for a translation model while the folder is analysed

        def failed(message: str, _tb: str) -> None:
            collect_again()
            self.status_label.setText(message)

        BackgroundOp(work, name="open-library").on_success(checked).on_failure(failed).start()
        self._warm_fonts()

    def _start_folder(self) -> str | None:
        """The folder to open at start: the one asked for, else the last one, else the bundled sample."""
        folder = self.folder
        if folder is None:
            last = self.settings.value("last_folder")
            if isinstance(last, str) and Path(last).is_dir():
                folder = last
        if folder is None:
            from sahifa.app import bundled_seeds

            seeds = bundled_seeds()
            folder = str(seeds) if seeds is not None else None
        return folder

    def _library_for(self, folder: str) -> str | None:
        """The library ``folder``'s articles belong in: the sample's own for the bundled sample folder,
        the user's (None: the default one) for any other, so the facts never mix the two."""
        if self._sample_shares_library:
            return self.library_path if self.library_path is not None else self.user_library_path
        from sahifa.app import is_bundled_sample

        if not is_bundled_sample(folder):
            return self.user_library_path
        if self._sample_library_path is None:
            from sahifa.storage.paths import sample_library_path

            self._sample_library_path = str(sample_library_path())
        return self._sample_library_path

    def _switch_library(self, library_path: str | None) -> None:
        """Make ``library_path`` the open library: the article list, facts, notes, search and exports
        all follow ``self.library_path``; what was shown from the other library is cleared."""
        if library_path == self.library_path:
            return
        if self.library is not None:
            self.library.close()
            self.library = None
        self.library_path = library_path
        self.current_id = None
        self.filter.clear()
        self._search_query = None
        self.search_dock.hide()
        log.info("library switched to %s", library_path or "the default library")

    def _open_start_folder(self, folder: str | None = None) -> None:
        if folder is None:
            folder = self._start_folder()
        if folder is None:
            self.reader.clear(tr("Open a folder of Arabic news articles (File ▸ Open Folder…, or drop a folder here)."))
            self.status_label.setText(tr("No folder open."))
            return
        self.load_folder(folder)

    # ------------------------------------------------------------------ folder / ingest
    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = self.folder or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, tr("Open a folder of articles"), start)
        if folder:
            self.load_folder(folder)

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.value("recent_folders") or []
        if isinstance(recent, str):
            recent = [recent]
        for path in list(recent)[:MAX_RECENT]:
            act = self.recent_menu.addAction(menu_text(shown_path(path)))
            act.triggered.connect(lambda _c=False, p=path: self.load_folder(p))
        self.recent_menu.setEnabled(bool(recent))

    def _remember_folder(self, folder: str) -> None:
        recent = self.settings.value("recent_folders") or []
        if isinstance(recent, str):
            recent = [recent]
        updated = ([folder] + [r for r in recent if r != folder])[:MAX_RECENT]
        if updated == list(recent) and self.settings.value("last_folder") == folder:
            return  # unchanged: no settings file to write (QSettings writes it on the UI thread)
        self.settings.setValue("recent_folders", updated)
        self.settings.setValue("last_folder", folder)
        self._rebuild_recent_menu()

    def load_folder(self, folder: str | None, *, quiet: bool = False) -> None:
        if not folder:
            return
        if self.read_only:
            self.status_label.setText(tr("Read-only: articles are not re-analysed and notes cannot be saved."))
            return
        path = Path(folder)
        if not path.is_dir():
            show_message(self, QMessageBox.Icon.Warning, tr("Cannot open folder"),
                         tr("“{folder}” is not a folder that Sahifa can read.").format(folder=shown_path(folder)))
            return
        if self._ingest_op is not None and self._ingest_op.running:
            self._ingest_op.request_cancel()
        changed_folder = self.folder != str(path.resolve())
        self.folder = str(path.resolve())
        self._remember_folder(self.folder)
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.watcher.addPath(self.folder)
        if changed_folder:
            self.filter.clear()
        self._switch_library(self._library_for(self.folder))
        library_path = self.library_path
        folder_str = self.folder

        def work(progress: Any, cancel: threading.Event) -> Any:
            from .ingest_runner import ingest_folders

            return ingest_folders(library_path, [folder_str], progress=progress, cancel=cancel)

        self.status_label.setText(tr("Opening {folder}…").format(folder=shown_path(self.folder)))
        self._show_progress(True)
        op = BackgroundOp(work, name="ingest")
        op.on_progress(self._on_ingest_progress).on_success(self._on_ingest_done).on_failure(self._on_ingest_failed)
        op.on_finished(lambda: self._show_progress(False))
        self._ingest_op = op.start()

    def _show_progress(self, visible: bool) -> None:
        self.progress.setVisible(visible)
        self.cancel_button.setVisible(visible)
        if visible:
            self.progress.setRange(0, 0)

    def _on_ingest_progress(self, done: int, total: int, phase: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{tr(phase)} {done}/{total}")

    def _on_ingest_failed(self, message: str, _tb: str) -> None:
        self.status_label.setText(tr("Could not open the folder."))
        show_message(self, QMessageBox.Icon.Critical, tr("Could not open the folder"), message)

    def _on_ingest_done(self, result: Any) -> None:
        self.load_errors = list(result.errors)
        if self.load_errors:
            self.errors_button.setText(tr("⚠ {n} file(s) skipped").format(n=len(self.load_errors)))
            self.errors_button.setVisible(True)
        else:
            self.errors_button.setVisible(False)
        n = result.analysed + result.unchanged
        state = tr("cancelled") + " — " if result.cancelled else ""
        self.status_label.setText(state + tr("{n} article(s) in {folder}: {analysed} analysed, {unchanged} unchanged.").format(
            n=n, folder=shown_path(Path(self.folder or "").name), analysed=result.analysed, unchanged=result.unchanged))
        # The list, the shown article and the facts come in separate turns of the event loop, the
        # queries on worker threads, so no single turn lays out and paints everything at once.
        # One after the other: a query's Python work on a worker thread makes every Python callback
        # of the UI thread (the list's paint) wait for the GIL.
        self._list_articles(select_path=self._wanted_path(), reshow=result.analysed > 0,
                            then=lambda: self.refresh_facts(then=self.ingest_finished.emit))
        if self.translate_all_action.isChecked():
            self._translate_folder()

    def _wanted_path(self) -> str | None:
        if self.current_id is not None:
            return self._current_path()
        last = self.settings.value("last_article")
        return last if isinstance(last, str) and last else None

    def _ensure_library(self) -> Any:
        if self.library is None:
            from sahifa.ingest import open_library

            self.library = open_library(self.library_path)
        return self.library

    def ask_remove_sample(self) -> bool:
        """Confirm taking the sample out of the user's library (a method, so tests can answer it)."""
        return ask(self, tr("Remove the Sample Articles"), tr(
            "Remove the sample articles (the bundled 2019 news about Baghuz) from your library? "
            "Your own articles and your notes are kept; the sample can still be opened from its folder, "
            "in a library of its own."))

    def remove_sample_articles(self) -> None:
        """File ▸ Remove the Sample Articles from My Library: an older Sahifa analysed the bundled
        sample into the user's library, where it mixes with their facts. A write, so on a worker."""
        from sahifa.app import bundled_seeds

        seeds = bundled_seeds()
        if seeds is None:
            self.status_label.setText(tr("The sample articles are not installed with this Sahifa."))
            return
        if self.read_only:
            self.status_label.setText(tr("Read-only: articles are not re-analysed and notes cannot be saved."))
            return
        if not self.ask_remove_sample():
            return
        user_path = self.user_library_path
        showing_user = self.library_path == user_path  # else the sample's own library is shown: unchanged

        def work(progress: Any, cancel: threading.Event) -> int:
            from sahifa.ingest import open_library, remove_articles_under

            with open_library(user_path) as lib:
                return remove_articles_under(lib, seeds)

        def done(removed: int) -> None:
            self.status_label.setText(tr("{n} sample article(s) removed from your library.").format(n=removed))
            if removed and showing_user:
                self._list_articles(then=self.refresh_facts)
            self.sample_removed.emit(removed)

        def failed(message: str, _tb: str) -> None:
            self.status_label.setText(message)
            show_message(self, QMessageBox.Icon.Critical, tr("Could not remove the sample articles"), message)

        BackgroundOp(work, name="remove-sample").on_success(done).on_failure(failed).start()

    def _on_folder_changed(self, _path: str) -> None:
        self._rescan_timer.start()

    def cancel_work(self) -> None:
        for op in (self._ingest_op, self._translate_op):
            if op is not None and op.running:
                op.request_cancel()
        self.status_label.setText(tr("Cancelling…"))

    def show_errors(self) -> None:
        from .dialogs import ErrorsDialog

        ErrorsDialog(self.load_errors, self).exec()

    # ------------------------------------------------------------------ lists and facts
    def _keys(self) -> list[str]:
        return [k for k, _ in self.filter]

    def refresh_all(self, *, select_path: str | None = None) -> None:
        self.refresh_articles(select_path=select_path)
        self.refresh_facts()
        self.refresh_notes()

    def facts_ready(self) -> bool:
        """True when the sidebar shows the facts for the current folder and filter."""
        return self._facts_shown == self._facts_generation

    def refresh_articles(self, *, select_path: str | None = None, reshow: bool = False) -> None:
        """Reload the article list; ``reshow`` re-displays the selected article even if it stayed
        selected (its analysis may have changed)."""
        lib = self._ensure_library()
        rows = lib.articles(folder=self.folder, entity_keys=self._keys())
        self._set_article_rows(rows, select_path or self._current_path(), reshow=reshow)

    def _list_articles(self, *, select_path: str | None = None, reshow: bool = False, then: Any = None) -> None:
        """:meth:`refresh_articles` with the query on a worker thread (it grows with the folder) and
        the shown article displayed on the next turn of the event loop, after the list."""
        self._articles_generation += 1
        generation = self._articles_generation
        folder, keys, library_path, read_only = self.folder, self._keys(), self.library_path, self.read_only

        def work(progress: Any, cancel: threading.Event) -> Any:
            from sahifa.ingest import open_library

            with open_library(library_path, read_only=read_only) as lib:
                return lib.articles(folder=folder, entity_keys=keys)

        def show(rows: Any) -> None:
            if generation == self._articles_generation and keys == self._keys():
                self._ensure_library()
                self._set_article_rows(rows, select_path or self._current_path(), reshow=reshow, defer_show=True)
            if then is not None:
                QTimer.singleShot(0, then)  # after the article, which is shown on the next turn

        def failed(message: str, _tb: str) -> None:
            self.status_label.setText(message)
            if then is not None:
                then()

        BackgroundOp(work, name="articles", generation=generation).on_success(show).on_failure(failed).start()

    def _set_article_rows(self, rows: Any, keep: str | None, *, reshow: bool, defer_show: bool = False) -> None:
        self.article_model.set_rows(rows)
        # most files carry no date: a column of empty cells is noise (the tooltip still says the date)
        dated = sum(1 for r in rows if getattr(r, "published", None))
        self.article_view.setColumnHidden(2, dated * 2 < len(rows))
        self.article_empty.setVisible(not rows)
        if not rows:
            self.article_empty.setText(
                tr("No article mentions all the selected entities. Remove a filter chip (or press Esc).")
                if self.filter else tr("This folder has no readable .txt articles.")
            )
            self.reader.clear(tr("No article to show."))
            self.current_id = None
            return
        target = next((r for r, row in enumerate(self.article_model.rows()) if keep and row.path == keep), 0)
        row = self.article_model.row_at(target)
        shown_before = self.current_id
        self._defer_show = defer_show
        try:
            self.article_view.selectRow(target)
            self.article_view.setCurrentIndex(self.article_model.index(target, 0))  # shows a newly selected one
        finally:
            self._defer_show = False
        if row is not None and (row.id != self.current_id or (reshow and row.id == shown_before)):
            self._show_article_soon(row.id) if defer_show else self.show_article(row.id)

    def _show_article_soon(self, article_id: int) -> None:
        """Show an article on the next turn of the event loop (the latest asked for wins)."""
        first = self._article_to_show is None
        self._article_to_show = article_id

        def show() -> None:
            wanted, self._article_to_show = self._article_to_show, None
            if wanted is not None:
                self.show_article(wanted)

        if first:
            QTimer.singleShot(0, show)

    def refresh_facts(self, then: Any = None) -> None:
        """Query the sidebar's entities on a worker thread (they grow with the library) and show them;
        figures and quotes are queried when their tab is shown (see FactsPanel.invalidate)."""
        self.chips.set_chips(self.filter)
        self.facts_chips.set_chips(self.filter)
        self._facts_generation += 1
        generation = self._facts_generation
        keys, folder, library_path, read_only = self._keys(), self.folder, self.library_path, self.read_only

        def work(progress: Any, cancel: threading.Event) -> Any:
            from sahifa.ingest import open_library

            with open_library(library_path, read_only=read_only) as lib:
                entities = lib.entities(folder=folder, entity_keys=keys)
                labels = lib.entity_labels([f.key for f in entities])
                return entities, {k: src for k, (_label, src) in labels.items()}

        def show(result: Any) -> None:
            if generation != self._facts_generation:
                return  # a newer refresh is on its way
            entities, sources = result
            self._entity_facts = entities
            self.facts.set_entities(entities, sources)
            self.facts.invalidate()
            if self.reader.article is not None:
                self.reader.stats = {f.key: (f.mentions, f.articles) for f in entities}
                self.reader.refresh_highlights()  # tooltips only: the document is not re-laid out
            self._facts_shown = generation
            self.facts_refreshed.emit()
            if then is not None:
                then()

        op = BackgroundOp(work, name="facts", generation=generation)
        op.on_success(show).on_failure(lambda msg, _tb: self.status_label.setText(tr("Could not load the facts:") + " " + msg))
        op.start()

    def _query_facts(self, lib: Any, kind: str, folder: str | None, keys: list[str]) -> tuple[Any, ...]:
        if kind == "figures":
            figures = lib.figures(folder=folder, entity_keys=keys)
            return figures, lib.figure_groups(folder=folder, entity_keys=keys, figures=figures)
        quotes = lib.quotes(folder=folder, entity_keys=keys)
        speakers = list(dict.fromkeys(q.speaker_key for q in quotes if q.speaker_key))
        return quotes, lib.quotes_english(quotes), lib.entity_labels(speakers)

    def _fetch_facts(self, kind: str) -> None:
        """The figures or the quotes for the sidebar's tab that was just shown, from a worker thread."""
        generation = self._facts_generation
        keys, folder, library_path, read_only = self._keys(), self.folder, self.library_path, self.read_only

        def work(progress: Any, cancel: threading.Event) -> Any:
            from sahifa.ingest import open_library

            with open_library(library_path, read_only=read_only) as lib:
                return self._query_facts(lib, kind, folder, keys)

        def show(result: Any) -> None:
            if generation != self._facts_generation:
                return
            self.facts.set_figures(*result) if kind == "figures" else self.facts.set_quotes(*result)

        op = BackgroundOp(work, name=f"facts-{kind}", generation=generation)
        op.on_success(show).on_failure(lambda msg, _tb: self.status_label.setText(tr("Could not load the facts:") + " " + msg))
        op.start()

    def _fetch_facts_now(self, kind: str) -> tuple[Any, ...]:
        return self._query_facts(self._ensure_library(), kind, self.folder, self._keys())

    def _note_rows(self, lib: Any) -> Any:
        return lib.notes(entity_keys=self._keys()) if self.filter else lib.notes()

    def refresh_notes(self) -> None:
        rows = self._note_rows(self._ensure_library())
        self._set_note_rows(rows)
        if self.current_id is not None and self.reader.article is not None:
            path = self.reader.article.path
            self.reader.set_notes([n for n in rows if n.article_path == path])

    def _set_note_rows(self, rows: Any) -> None:
        if list(rows) != self.notes_model.all_rows():  # a reset re-lays out the table: only on change
            self.notes_model.set_rows(rows)
        self.notes_empty.setVisible(not rows)

    def _on_title_filter_changed(self, text: str) -> None:
        needle = text.strip().casefold()
        self.article_model.set_filter((lambda r: needle in r.title.casefold()) if needle else None)

    def add_filter(self, key: str, label: str) -> None:
        if key in self._keys():
            return
        self.filter.append((key, label.split(" · ")[0]))
        self._apply_filter()

    def remove_filter(self, key: str) -> None:
        self.filter = [(k, lbl) for k, lbl in self.filter if k != key]
        self._apply_filter()

    def clear_filter(self) -> None:
        if self.filter:
            self.filter = []
            self._apply_filter()

    def _apply_filter(self) -> None:
        self.reader.lit_keys = set(self._keys())
        self.refresh_articles()
        self.refresh_facts()
        self.refresh_notes()
        self.reader.refresh_highlights()
        self.reader.step_mention(0)  # the first mention, in both panes
        labels = ", ".join(lbl for _, lbl in self.filter)
        self.status_label.setText(
            tr("{n} article(s) mention {names}.").format(n=self.article_model.rowCount(), names=labels)
            if self.filter else tr("Filter cleared.")
        )

    # ------------------------------------------------------------------ article display
    def _current_path(self) -> str | None:
        if self.reader.article is not None:
            return self.reader.article.path
        return None

    def _on_article_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from .models import ROW_ROLE

        row = self.article_model.data(current.siblingAtColumn(0), ROW_ROLE) if current.isValid() else None
        if row is not None and row.id != self.current_id:
            self._show_article_soon(row.id) if self._defer_show else self.show_article(row.id)

    def show_article(self, article_id: int, *, keep_position: bool = False) -> None:
        lib = self._ensure_library()
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
        stats = {f.key: (f.mentions, f.articles) for f in getattr(self, "_entity_facts", [])}
        notes = self._note_rows(lib)
        self.current_id = article_id
        self._generation += 1
        self.reader.lit_keys = set(self._keys())
        # the notes' highlights go into the document as it is built, not in a second pass
        self.reader.set_notes([n for n in notes if n.article_path == article.path])
        self.reader.show_article(article, analysis, keys=keys, stats=stats)
        self._mark_read(article_id)
        self.article_model.set_read(article_id)
        self._set_note_rows(notes)
        self._show_english()
        self.setWindowTitle(f"{article.title} — " + tr("Sahifa"))
        self.article_shown.emit(article_id)

    def _mark_read(self, article_id: int) -> None:
        """Mark an article read on a worker thread: a write may wait for another writer's lock."""
        if self.read_only:
            return
        library_path = self.library_path

        def work(progress: Any, cancel: threading.Event) -> None:
            from sahifa.ingest import open_library

            with open_library(library_path) as lib:
                lib.mark_read(article_id)

        BackgroundOp(work, name="mark-read").on_failure(lambda msg, _tb: log.warning("mark read: %s", msg)).start()

    def _show_english(self) -> None:
        article = self.reader.article
        if article is None:
            return
        has_ref = article.reference_en is not None
        model = self._installed_model()
        self.reader.source_combo.setVisible(has_ref and model is not None)
        use_machine = model is not None and (not has_ref or self.english_source == "machine")
        if has_ref and not use_machine:
            self.reader.set_english(list(article.reference_en or ()), tr("Reference translation (written for Sahifa)"), paragraph_level=True)
            self.reader.source_combo.blockSignals(True)
            self.reader.source_combo.setCurrentIndex(0)
            self.reader.source_combo.blockSignals(False)
            self.translation_shown.emit(self.current_id or -1)
            return
        if model is None:
            # no model (known, not still being looked up) and no reference: full-width Arabic + a banner
            missing = "model" in self._translator_holder and self._translator_holder["model"] is None
            self.reader.set_english(None, tr("No translation"), missing=missing)
            return
        self.reader.source_combo.blockSignals(True)
        self.reader.source_combo.setCurrentIndex(1)
        self.reader.source_combo.blockSignals(False)
        self._translate_current(model)

    def _on_english_source_changed(self, source: str) -> None:
        self.english_source = source
        self._show_english()

    def _installed_model(self) -> Any:
        """The installed ar→en package, or None; looked up off the UI thread (imports argostranslate)."""
        if "model" in self._translator_holder:
            return self._translator_holder["model"]
        if not self._model_lookup_started:
            self._model_lookup_started = True

            def work(progress: Any, cancel: threading.Event) -> Any:
                from sahifa.nlp.translate import find_installed_package

                return find_installed_package("ar", "en")

            def found(package: Any) -> None:
                self._translator_holder["model"] = package
                self._model_lookup_started = False
                if self.reader.article is not None and self.current_id is not None:
                    self._show_english()

            def failed(message: str, _tb: str) -> None:
                log.warning("cannot look for translation models: %s", message)
                self._translator_holder["model"] = None
                self._model_lookup_started = False
                if self.reader.article is not None:
                    self._show_english()

            BackgroundOp(work, name="find-model").on_success(found).on_failure(failed).start()
        return None

    def _translator(self, package: Any) -> Any:
        from sahifa.nlp.translate import ArgosTranslator

        tr = self._translator_holder.get("translator")
        if tr is None or getattr(tr, "package", None) != package:
            tr = ArgosTranslator(package)
            self._translator_holder["translator"] = tr
        return tr

    def _translate_current(self, package: Any) -> None:
        article = self.reader.article
        if article is None:
            return
        article_id, generation = self.current_id, self._generation
        library_path = self.library_path
        self.reader.placeholder.set_message(tr("Translating this article offline…"), buttons=False)
        self.reader.set_english(None, tr("Machine translation — working…"))

        def work(progress: Any, cancel: threading.Event) -> Any:
            from sahifa.ingest import open_library
            from sahifa.nlp.translate import translate_article

            translator = self._translator(package)
            with open_library(library_path) as lib:
                en = translate_article(article, translator, lib, progress=lambda d, t: progress(d, t, PHASE_TRANSLATING), cancel=cancel)
                if article_id is not None:
                    lib.index_english(article_id, en)
                return article_id, generation, en, translator.engine_id

        if self._translate_op is not None and self._translate_op.running:
            self._translate_op.request_cancel()
        op = BackgroundOp(work, name="translate", generation=generation)
        op.on_success(self._on_translated).on_failure(self._on_translate_failed).on_progress(self._on_ingest_progress)
        op.on_finished(lambda: self._show_progress(False))
        self._show_progress(True)
        self._translate_op = op.start(self._translate_pool)

    def _on_translated(self, result: Any) -> None:
        article_id, generation, en, engine = result
        if article_id != self.current_id or generation != self._generation:
            return  # the user moved on
        self.reader.set_english(list(en), tr("Machine translation — {engine}").format(engine=engine))
        self.translation_shown.emit(article_id)

    def _on_translate_failed(self, message: str, _tb: str) -> None:
        if "cancel" in message.lower():
            return
        self.reader.placeholder.set_message(tr("Translation failed: {error}").format(error=message), buttons=True)
        self.reader.set_english(None, tr("Machine translation failed"))

    def _on_translate_all_toggled(self) -> None:
        if self.translate_all_action.isChecked():
            self._translate_folder()

    def _translate_folder(self) -> None:
        package = self._installed_model()
        if package is None:
            self.translate_all_action.setChecked(False)
            QMessageBox.information(self, tr("No translation model"), tr("Install an Arabic→English model first (Translation ▸ Install…)."))
            return
        ids = [r.id for r in self.article_model.rows()]
        library_path = self.library_path

        def work(progress: Any, cancel: threading.Event) -> int:
            from sahifa.ingest import open_library
            from sahifa.nlp.translate import translate_article

            translator = self._translator(package)
            done = 0
            with open_library(library_path) as lib:
                for i, aid in enumerate(ids):
                    if cancel.is_set():
                        break
                    article, _ = lib.article(aid)
                    en = translate_article(article, translator, lib, cancel=cancel)
                    lib.index_english(aid, en)
                    done += 1
                    progress(i + 1, len(ids), PHASE_TRANSLATING_FOLDER)
            return done

        op = BackgroundOp(work, name="translate-folder")
        op.on_progress(self._on_ingest_progress).on_finished(lambda: self._show_progress(False))
        op.on_success(lambda n: self.status_label.setText(tr("Translated {n} article(s) in the background.").format(n=n)))
        self._show_progress(True)
        self._translate_op = op.start(self._translate_pool)

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
        from .models import ROW_ROLE

        if article_id != self.current_id:
            for r in range(self.article_model.rowCount()):
                row = self.article_model.data(self.article_model.index(r, 0), ROW_ROLE)
                if row.id == article_id:
                    self.article_view.setCurrentIndex(self.article_model.index(r, 0))
                    break
            else:
                self.show_article(article_id)
        self.reader.link_sentence(sentence_index)

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def run_search(self) -> None:
        query = self.search_edit.text().strip()
        if not query:
            self.search_dock.hide()
            return
        lib = self._ensure_library()
        hits = lib.search(query)
        tokens = [t for t in re.split(r"[\W_]+", lib.search_norm(query)) if t]
        english = lib.spans_english([(h.article_id, h.start, h.end) if h.lang == "ar" else (h.article_id, 0, 0)
                                     for h in hits])
        english = [e if h.lang == "ar" else None for h, e in zip(hits, english, strict=True)]
        self.search_results.set_hits(hits, tokens, lib.search_norm, english,
                                     empty=tr("No results for “{query}”.").format(query=query))
        self._search_query = query
        self._search_tokens = tokens
        self.search_dock.show()
        self.search_dock.raise_()
        self.status_label.setText(tr("{n} hit(s) for “{query}”.").format(n=len(hits), query=query))

    def _on_search_enter(self) -> None:
        """Enter searches; Enter again on the same words goes to the next match."""
        query = self.search_edit.text().strip()
        if query and query == self._search_query and self.search_results.hit_items():
            self.step_match(1)
        else:
            self.run_search()

    def step_match(self, delta: int) -> None:
        """F4 / Shift+F4: the next / previous search match, opened with its word lit."""
        if self._search_query is None:
            self.run_search()
        self.search_results.step(delta)

    def open_hit(self, hit: Any) -> None:
        """Open a search hit and light the matched word (not the whole sentence)."""
        from .search import word_spans

        if hit.article_id != self.current_id:
            self.jump_to_sentence(hit.article_id, hit.sentence_index)
        article = self.reader.article
        if article is None or self.current_id != hit.article_id:
            return
        norm = self._ensure_library().search_norm
        tokens = getattr(self, "_search_tokens", [])
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

    def _on_search_hit(self, item: Any) -> None:
        """A result row (tests, keyboard): open it."""
        from .search import HIT_ROLE

        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.open_hit(hit)

    def set_ui_language(self, code: str) -> None:
        self.settings.setValue("ui_language", code)
        from .i18n import app_settings

        if app_settings().fileName() != self.settings.fileName():
            app_settings().setValue("ui_language", code)  # where the next start reads it
        # said in both languages: whoever picked the other language may not read the current one
        show_message(self, QMessageBox.Icon.Information, "Interface Language · لغة الواجهة", RESTART_NOTE)

    # ------------------------------------------------------------------ view options
    def _on_layers_changed(self) -> None:
        self.reader.layers = {k for k, a in self.layer_actions.items() if a.isChecked()}
        self.reader.refresh_highlights()

    def _on_layout_changed(self, mode: str) -> None:
        self.reader.set_layout_mode(mode)
        act = getattr(self, "layout_actions", {}).get(mode)
        if act is not None and not act.isChecked():
            act.setChecked(True)

    def _build_layout_menu(self, view_menu: Any) -> None:
        """View ▸ the four reader layouts, Ctrl+Alt+1 … Ctrl+Alt+4 (the toolbar's combo follows)."""
        from PySide6.QtGui import QActionGroup

        from .reader import ReaderView

        group = QActionGroup(self)
        self.layout_actions: dict[str, QAction] = {}
        for i, mode in enumerate(ReaderView.layout_modes):
            act = self._action(tr("Layout: {mode}").format(mode=tr(mode)), lambda _c=False, m=mode: self.set_layout(m),
                               f"Ctrl+Alt+{i + 1}", checkable=True)
            act.setActionGroup(group)
            act.setChecked(i == 0)
            view_menu.addAction(act)
            self.layout_actions[mode] = act

    def set_layout(self, mode: str) -> None:
        """Switch the reader layout (menu, shortcut or combo)."""
        from .reader import ReaderView

        if mode in ReaderView.layout_modes:
            self.layout_combo.setCurrentIndex(ReaderView.layout_modes.index(mode))

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

    def _build_font_menu(self, view_menu: Any) -> None:
        """View ▸ Arabic Font: the default (a fast system naskh face), the bundled Amiri, or any other."""
        from PySide6.QtGui import QActionGroup

        from .theme import bundled_arabic_family, load_fonts

        menu = view_menu.addMenu(tr("Arabic Font"))
        group = QActionGroup(menu)
        self.font_actions: dict[str, QAction] = {}
        for key, label in (("", f"{tr('Default font')} ({load_fonts()})"), (bundled_arabic_family(), tr("Amiri (bundled)"))):
            act = menu.addAction(label)
            act.setCheckable(True)
            act.setActionGroup(group)
            act.triggered.connect(lambda _c=False, f=key: self.set_arabic_font(f))
            self.font_actions[key] = act
        menu.addSeparator()
        self.font_action = menu.addAction(tr("Other Font…"))
        self.font_action.triggered.connect(self.choose_arabic_font)
        self._check_font_action()

    def _check_font_action(self) -> None:
        current = str(self.settings.value("arabic_font", "") or "")
        for key, act in self.font_actions.items():
            act.setChecked(key == current)

    def set_arabic_font(self, family: str) -> None:
        """The reader's Arabic family ("" = the default)."""
        self.settings.setValue("arabic_font", family)
        self.reader.set_font_family(family)
        self._check_font_action()

    def choose_arabic_font(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QFontDialog

        from .theme import load_fonts

        ok, font = QFontDialog.getFont(QFont(str(self.settings.value("arabic_font", "") or load_fonts())), self,
                                       tr("Arabic Font…"))
        if ok:
            self.set_arabic_font(font.family())

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(-6, min(20, zoom))
        self.reader.set_zoom(self.zoom)

    # ------------------------------------------------------------------ notes
    def highlight_selection(self) -> None:
        article = self.reader.article
        if article is None or self.current_id is None:
            return
        pane = self.reader.ar if self.reader.ar.textCursor().hasSelection() or not self.reader.en.textCursor().hasSelection() else self.reader.en
        sel = pane.selection_offsets()
        if sel is None:
            self.status_label.setText(tr("Select a passage in the Arabic or English text first, then press Ctrl+H."))
            return
        start, end = sel
        side_span = (start, end)
        side = "en" if pane is self.reader.en else "ar"
        extra: dict[str, str] = {}
        if side == "en":
            # the note keeps its English span; its Arabic span is the aligned unit(s), where it is mirrored
            u1 = self.reader.alignment.unit_at("en", start)
            u2 = self.reader.alignment.unit_at("en", max(start, end - 1))
            if u1 is None or u2 is None:
                return
            extra["en_passage"] = pane.text()[start:end]
            extra["en_source"] = self.reader.en_provenance
            start, end = self.reader.alignment.ar[u1][0], self.reader.alignment.ar[u2][1]
        passage = article.text[start:end]
        from sahifa.core.model import Note

        from .dialogs import NoteDialog

        dialog = NoteDialog(extra.get("en_passage", passage), side=side, parent=self)
        if dialog.exec() != NoteDialog.DialogCode.Accepted:
            return
        note = Note(article_path=article.path, start=start, end=end, color=dialog.color(), text=dialog.note(),
                    pane=side, passage=passage, extra=extra)
        self.save_note(note, side_span=side_span)

    def _refuse_read_only(self) -> bool:
        """True (after saying why) when the library is open read-only: a clear message instead of a
        write that would fail."""
        if self.read_only:
            show_message(self, QMessageBox.Icon.Warning, tr("Library problem"),
                         tr("Read-only: articles are not re-analysed and notes cannot be saved."))
        return self.read_only

    def _saved(self, write: Callable[[], Any]) -> bool:
        """Run a library write; if it fails (a full disk, a file-size limit, a lock) show the library's
        sentence, which says that nothing of the change was saved, instead of failing in a slot."""
        from sahifa.storage.library import LibraryError

        try:
            write()
        except LibraryError as exc:
            show_message(self, QMessageBox.Icon.Critical, tr("Library problem"), str(exc))
            return False
        return True

    def save_note(self, note: Note, *, side_span: tuple[int, int] | None = None) -> int:
        """Store a note; ``side_span``: its offsets into the side it was made on (``note.pane``)."""
        if self._refuse_read_only():
            return -1
        saved: list[int] = []
        if not self._saved(lambda: saved.append(self._ensure_library().add_note(note, side_span=side_span))):
            return -1
        note_id = saved[0]
        self.refresh_notes()
        self.status_label.setText(tr("Note saved."))
        return int(note_id)

    def _selected_note(self) -> Any:
        idx = self.notes_view.currentIndex()
        return self.notes_model.row_at(idx.row()) if idx.isValid() else None

    def edit_selected_note(self) -> None:
        row = self._selected_note()
        if row is None or self._refuse_read_only():
            return
        from .dialogs import NoteDialog

        dialog = NoteDialog(row.side_passage, color=row.color, note=row.text, side=row.pane, parent=self)
        if dialog.exec() == NoteDialog.DialogCode.Accepted:
            if not self._saved(lambda: self.library.update_note(row.id, text=dialog.note(), color=dialog.color())):
                return
            self.refresh_notes()

    def delete_selected_note(self) -> None:
        row = self._selected_note()
        if row is None or self._refuse_read_only():
            return
        if ask(self, tr("Delete note"), tr("Delete this highlight and its note?")):
            if not self._saved(lambda: self.library.delete_note(row.id)):
                return
            self.refresh_notes()

    def _on_note_activated(self, index: QModelIndex) -> None:
        row = self.notes_model.row_at(index.row())
        if row is None:
            return
        aid = self.library.article_id(row.article_path)
        if aid is None:
            return
        if aid != self.current_id:
            self.jump_to_sentence(aid, 0)
        article = self.reader.article
        if article is not None:
            idx = next((s.index for s in article.sentences if s.start <= row.start < s.end + 1), 0)
            self.reader.link_sentence(idx)

    def export_notes(self) -> None:
        label = ", ".join(lbl for _, lbl in self.filter) or None
        # the folder and format of the last export are offered again
        default_dir = str(self.settings.value("export_dir", "") or Path.home())
        if not Path(default_dir).is_dir():
            default_dir = str(Path.home())
        from .dialogs import ExportDialog

        dialog = ExportDialog(has_article=self.current_id is not None, filter_label=label, default_dir=default_dir,
                              parent=self, default_format=str(self.settings.value("export_format", "") or "") or None)
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
            show_message(self, QMessageBox.Icon.Critical, tr("Export failed"),
                         tr("Could not write {path}: {error}").format(path=shown_path(path), error=error))
            return
        self.status_label.setText(tr("Exported {n} note(s) to {path}.").format(n=n, path=shown_path(path)))
        self.settings.setValue("export_dir", str(Path(path).parent))
        self.settings.setValue("export_format", fmt)
        self._offer_open(path)

    def _offer_open(self, path: str) -> None:
        """An "Open" button in the status bar for the file just exported (not a modal question)."""
        from PySide6.QtWidgets import QPushButton

        button = getattr(self, "open_export_button", None)
        if button is None:
            button = QPushButton(tr("Open"), self)
            button.setFlat(True)
            self.statusBar().addPermanentWidget(button)
            self.open_export_button = button
            button.clicked.connect(lambda: self._open_path(button.property("path")))
        button.setProperty("path", path)
        button.setToolTip(tr("Open the exported file") + "\n" + shown_path(path))
        button.show()

    def _open_path(self, path: str) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.status_label.setText(tr("Could not open {path}.").format(path=shown_path(path)))

    def write_export(self, scope: str, fmt: str, path: str) -> int:
        from sahifa.cli_export import english_titles_for, entity_labels_for, note_rows_to_export
        from sahifa.core.export import write_export

        lib = self._ensure_library()
        if scope == "article" and self.current_id is not None:
            rows = lib.notes(article_id=self.current_id)
        elif scope == "entity":
            rows = lib.notes(entity_keys=self._keys())
        else:
            rows = lib.notes()
        notes = note_rows_to_export(rows, entity_labels=entity_labels_for(lib, rows),
                                    titles_en=english_titles_for(lib, rows))
        if fmt == "pdf":
            from .pdf_export import export_pdf

            export_pdf(notes, path)
        else:
            write_export(notes, fmt, path)
        return len(notes)

    # ------------------------------------------------------------------ corrections
    def _after_correction(self) -> None:
        self.refresh_facts()
        if self.current_id is not None:
            self.show_article(self.current_id)

    def _on_merge(self, keep: str, other: str) -> None:
        if self._refuse_read_only():
            return
        if not self._saved(lambda: self.library.merge_entities(keep, other)):
            return
        self.filter = [(keep if k == other else k, lbl) for k, lbl in self.filter]
        self._after_correction()

    def _on_rename(self, key: str, canonical: str, label: str) -> None:
        if self._refuse_read_only():
            return
        if not self._saved(lambda: self.library.rename_entity(key, canonical=canonical, label_en=label)):
            return
        self._after_correction()

    def _on_retype(self, key: str, etype: str) -> None:
        if self._refuse_read_only():
            return
        if not self._saved(lambda: self.library.retype_entity(key, etype)):
            return
        self._after_correction()

    def undo_correction(self) -> None:
        """Revert the last entity correction (Ctrl+Z)."""
        if self._refuse_read_only():
            return
        lib = self._ensure_library()
        last = lib.last_correction()
        if last is None:
            self.status_label.setText(tr("No correction to undo."))
            return
        if not self._saved(lambda: lib.revert_correction(last.id)):
            return
        from .dialogs import CorrectionsDialog

        self.status_label.setText(tr("Undone:") + " " + CorrectionsDialog.describe(last))
        self._after_correction()

    def revert_correction(self, correction_id: int) -> Any:
        """Revert one correction of the log; the log again (for the Corrections view), or None."""
        if self._refuse_read_only():
            return None
        lib = self._ensure_library()
        if not self._saved(lambda: lib.revert_correction(correction_id)):
            return None
        self._after_correction()
        return lib.corrections()

    def show_corrections(self) -> None:
        from .dialogs import CorrectionsDialog

        CorrectionsDialog(self._ensure_library().corrections(), self.revert_correction, self).exec()

    def _on_delete_entity(self, key: str) -> None:
        if self._refuse_read_only():
            return
        if not self._saved(lambda: self.library.delete_entity(key)):
            return
        self.remove_filter(key) if key in self._keys() else self._after_correction()

    # ------------------------------------------------------------------ models
    def _models_dialog(self, action: str | None = None) -> None:
        """The models dialog; afterwards the model is looked up again and the English pane refreshed."""
        from .models_dialog import ModelsDialog

        dialog = ModelsDialog(self)
        if action == "install":
            dialog.install_from_file()
        elif action == "download":
            dialog.start_download()
        dialog.exec()
        self._translator_holder.pop("model", None)
        self._show_english()

    def show_models(self) -> None:
        self._models_dialog()

    def install_model_from_file(self) -> None:
        self._models_dialog("install")

    def download_model(self) -> None:
        self._models_dialog("download")

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
