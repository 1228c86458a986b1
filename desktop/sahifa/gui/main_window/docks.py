"""The main window's parts: the reader, the Articles, Facts, Notes and Search docks, the status bar.
Each builder is one step of the window's build (see ``MainWindow._build_next``), run after the first
frame; Qt modules are imported by the builders that use them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ..i18n import tr
from ..plain import menu_text
from ..theme import with_arabic

if TYPE_CHECKING:
    from .window import MainWindow


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


def build_reader(win: MainWindow) -> None:
    from ..reader import ReaderView

    win.reader = ReaderView(win)
    win.reader.set_zoom(win.zoom)
    family = win.settings.value("arabic_font")
    if isinstance(family, str) and family:
        win.reader.set_font_family(family)
    win.reader.english_source_changed.connect(win.translation_ctl.on_english_source_changed)
    win.reader.placeholder.install_requested.connect(win.translation_ctl.install_model_from_file)
    win.reader.placeholder.download_requested.connect(win.translation_ctl.download_model)
    win.reader.open_requested.connect(win.library_ctl.choose_folder)
    win.setCentralWidget(win.reader)


def build_articles_dock(win: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

    from ..models import ArticleListModel, ScriptDirectionDelegate

    lib = win.library_ctl
    dock = win.articles_dock
    box = QWidget(dock)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(2, 2, 2, 2)
    win.chips = FilterChips(box)
    win.chips.removed.connect(lib.remove_filter)
    win.article_filter = QLineEdit(box)
    win.article_filter.setClearButtonEnabled(True)
    win.article_model = ArticleListModel(win)
    win.article_filter.textChanged.connect(lib.on_title_filter_changed)
    view = win.article_view = QTableView(box)
    view.setObjectName("ArticleList")
    view.setModel(win.article_model)
    view.setSortingEnabled(True)
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.setFont(with_arabic(view.font()))
    # an Arabic title in the English interface was cut at its start side, the ellipsis beside its first word
    view.setItemDelegate(ScriptDirectionDelegate(view))
    win.article_model.set_bold_font(view.font())
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for c, width in zip(range(1, 6), (90, 84, 34, 34, 34), strict=True):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)  # not ResizeToContents: O(rows)
        header.resizeSection(c, width)
    view.selectionModel().currentRowChanged.connect(win.on_article_current_changed)
    win.article_empty = QLabel(box)
    win.article_empty.setWordWrap(True)
    win.article_empty.setVisible(False)
    layout.addWidget(win.chips)
    layout.addWidget(win.article_filter)
    layout.addWidget(view, 1)
    layout.addWidget(win.article_empty)
    dock.setWidget(box)
    _articles_texts(win)


def _articles_texts(win: MainWindow) -> None:
    win.article_filter.setPlaceholderText(tr("Filter titles…"))
    win.article_filter.setAccessibleName(tr("Filter article titles"))
    win.article_view.setAccessibleName(tr("Articles"))
    say_no_articles(win)


def say_no_articles(win: MainWindow) -> None:
    """What the empty article list says: why it is empty once a folder was listed."""
    if not win.article_empty.isVisibleTo(win):
        win.article_empty.setText(tr("No articles yet."))
    elif win.filter:
        win.article_empty.setText(
            tr("No article mentions all the selected entities. Remove a filter chip (or press Esc)."))
    else:
        win.article_empty.setText(tr("This folder has no readable .txt articles."))


def build_facts_dock(win: MainWindow) -> None:
    from ..facts import FactsPanel

    lib, notes = win.library_ctl, win.notes_ctl
    dock = win.facts_dock
    box = QWidget(dock)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(2, 2, 2, 2)
    win.facts_chips = FilterChips(box)
    win.facts_chips.removed.connect(lib.remove_filter)
    win.facts = FactsPanel(box)
    win.facts.fetch = lib.fetch_facts
    win.facts.fetch_now = lib.fetch_facts_now
    win.facts.entity_activated.connect(lib.add_filter)
    win.facts.sentence_requested.connect(win.jump_to_sentence)
    win.facts.merge_requested.connect(notes.merge_entities)
    win.facts.rename_requested.connect(notes.rename_entity)
    win.facts.retype_requested.connect(notes.retype_entity)
    win.facts.delete_requested.connect(notes.delete_entity)
    win.facts.group_dismissed.connect(notes.dismiss_group)
    win.facts.group_restored.connect(notes.restore_group)
    layout.addWidget(win.facts_chips)
    layout.addWidget(win.facts, 1)
    dock.setWidget(box)


def build_notes_dock(win: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    from ..models import NotesModel, ScriptDirectionDelegate

    notes = win.notes_ctl
    dock = win.notes_dock
    box = QWidget(dock)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(2, 2, 2, 2)
    win.notes_model = NotesModel(win)
    view = win.notes_view = QTableView(box)
    view.setObjectName("NotesList")
    view.setModel(win.notes_model)
    view.setFont(with_arabic(view.font()))
    view.setItemDelegate(ScriptDirectionDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    # the passage (Arabic, English) and the user's own note share the width; the article's title,
    # one hover away in the tooltip, gets a fifth of it (at most 200 px): in the narrow side dock of a
    # short window (dock_layout) a fixed 160 px left the note some 90
    for column in (1, 2, 3):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.resizeSection(0, 22)
    view.installEventFilter(_NotesColumns(view))
    view.doubleClicked.connect(notes.on_note_activated)
    win.notes_empty = QLabel(box)
    win.notes_empty.setWordWrap(True)
    win.notes_empty.hide()  # shown by the first fill of the list, when the library has said there are no notes
    buttons = QHBoxLayout()
    win.edit_note_button = QPushButton(box)
    win.delete_note_button = QPushButton(box)
    win.export_button = QPushButton(box)
    win.edit_note_button.clicked.connect(notes.edit_selected_note)
    win.delete_note_button.clicked.connect(notes.delete_selected_note)
    win.export_button.clicked.connect(notes.export_notes)
    buttons.addWidget(win.notes_empty, 1)
    buttons.addStretch(1)
    buttons.addWidget(win.edit_note_button)
    buttons.addWidget(win.delete_note_button)
    buttons.addWidget(win.export_button)
    layout.addWidget(view, 1)
    layout.addLayout(buttons)
    dock.setWidget(box)
    _notes_texts(win)


class _NotesColumns(QObject):
    """Keeps the Notes table's Article column at a fifth of the table's width (60 to 200 px)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            view: Any = self.parent()  # the table (the filter is its child)
            view.horizontalHeader().resizeSection(4, max(60, min(200, view.viewport().width() // 5)))
        return False


def _notes_texts(win: MainWindow) -> None:
    win.notes_view.setAccessibleName(tr("Notes"))
    win.notes_empty.setText(tr("Select text in either pane and press Ctrl+H to highlight it and add a note."))
    win.edit_note_button.setText(tr("Edit…"))
    win.delete_note_button.setText(tr("Delete"))
    win.export_button.setText(tr("Export…"))


def build_search_dock(win: MainWindow) -> None:
    from ..search import SearchResults

    dock = win.search_dock
    win.search_results = SearchResults(dock)
    win.search_results.setFont(with_arabic(win.search_results.font()))
    win.search_results.hit_chosen.connect(win.open_hit)
    win.search_results.entity_chosen.connect(lambda key, label: _list_articles_of(win, key, label))
    win.search_results.searched.connect(win._on_searched)  # hits found on a worker: status and lit words
    dock.setWidget(win.search_results)


def build_status(win: MainWindow) -> None:
    from PySide6.QtWidgets import QProgressBar

    bar = win.statusBar()
    win.status_label = QLabel(tr("Starting…"), win)
    win.status_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows file names and errors: data
    win.progress = QProgressBar(win)
    win.progress.setMaximumWidth(220)
    win.progress.setTextVisible(True)
    win.progress.setVisible(False)
    win.cancel_button = QPushButton(win)
    win.cancel_button.setVisible(False)
    win.cancel_button.clicked.connect(win.library_ctl.cancel_work)
    win.errors_button = QPushButton("", win)
    win.errors_button.setFlat(True)
    win.errors_button.setVisible(False)
    win.errors_button.clicked.connect(win.library_ctl.show_errors)
    bar.addWidget(win.status_label, 1)
    bar.addPermanentWidget(win.errors_button)
    bar.addPermanentWidget(win.progress)
    bar.addPermanentWidget(win.cancel_button)
    _status_texts(win)


def _status_texts(win: MainWindow) -> None:
    win.cancel_button.setText(tr("Cancel"))
    if win.load_errors:
        win.errors_button.setText(tr("⚠ {n} file(s) skipped").format(n=len(win.load_errors)))


def retranslate(win: MainWindow) -> None:
    """The docks' and the status bar's texts again, in the interface language now (a live switch);
    the parts not built yet get theirs when they are built."""
    from PySide6.QtWidgets import QAbstractItemView

    _status_texts(win)
    if hasattr(win, "article_view"):
        _articles_texts(win)
        win.chips.set_chips(win.filter)
        win.article_model.fit_view(win.article_view)  # the about lines are the English interface's
    if hasattr(win, "notes_view"):
        _notes_texts(win)
    if hasattr(win, "facts"):
        win.facts_chips.set_chips(win.filter)
        _facts_texts(win)
    # the models translate their headers and tooltips when asked: their views ask again
    for view in win.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.columnCount() > 0:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        view.viewport().update()


def _facts_texts(win: MainWindow) -> None:
    """The Facts sidebar's fixed texts (gui/facts.py sets them once, when it is built), then its
    entities and figure groups again from the library (their group headings are translated)."""
    panel = win.facts
    panel.entity_search.setPlaceholderText(tr("Filter entities…"))
    panel.entity_search.setAccessibleName(tr("Filter entities"))
    panel.entity_model.setHorizontalHeaderLabels([tr("Entity"), tr("Mentions"), tr("Articles")])
    panel.entity_view.setAccessibleName(tr("Entities"))
    for i, name in enumerate((tr("Entities"), tr("Figures"), tr("Quotes"))):
        panel.tabs.setTabText(i, name)
    panel.figures_view.setAccessibleName(tr("Figures"))
    panel.show_dates.setText(tr("Years and dates"))
    panel.show_dates.setToolTip(tr("Years and dates are listed after the counted figures; untick to hide them"))
    panel.groups_view.setAccessibleName(tr("Figures reported differently"))
    panel.restore_groups.setToolTip(tr("Show again a group you dismissed as not one fact"))
    panel.speakers_view.setAccessibleName(tr("Speakers"))
    panel.quotes_view.setAccessibleName(tr("Quotes"))
    from ..facts import NO_QUOTE_ENGLISH

    panel.quotes_note.setText(tr(NO_QUOTE_ENGLISH))
    if win.facts_shown >= 0:
        win.library_ctl.refresh_facts()


def warm_fonts(win: MainWindow) -> None:
    """Draw a line of Arabic in each font the list and the reader will use, one font per turn of the
    event loop, while the library is checked and the folder analysed: the first paint of the list and
    of an article then find the fonts loaded and their glyphs cached (about 30 ms less in the turn that
    shows them)."""
    from PySide6.QtGui import QFont, QImage, QPainter

    list_bold = QFont(win.article_view.font())
    list_bold.setBold(True)
    ar_bold = win.reader.ar._font()
    ar_bold.setBold(True)
    fonts = [win.article_view.font(), list_bold, win.reader.ar._font(), ar_bold, win.reader.title.font(),
             win.reader.en._font()]
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


def _list_articles_of(win: MainWindow, key: str, label: str) -> None:
    """An entity found by its English name in the search results: filter by it and show the articles."""
    win.library_ctl.add_filter(key, label)
    win.articles_dock.show()
    win.articles_dock.raise_()
