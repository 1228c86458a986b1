"""The facts sidebar: Entities (grouped by type), Figures (with 'reported differently'), Quotes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .i18n import N_, tr
from .models import (
    ROW_ROLE,
    FiguresModel,
    QuotesModel,
    ScriptDirectionDelegate,
    SpeakersModel,
    entity_brush,
    entity_label,
    label_note,
    quote_views,
)
from .plain import as_text, ask
from .theme import with_arabic

# entity type → the group heading shown (translated with tr() where shown)
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 40


def merge_candidates(fact: Any, others: list[Any]) -> list[Any]:
    """Entities to merge ``fact`` into, likeliest first: the same type, then the most similar names
    (English label or Arabic canonical), then the most mentioned."""
    from difflib import SequenceMatcher

    def similarity(other: Any) -> float:
        en = SequenceMatcher(None, (fact.label_en or "").casefold(), (other.label_en or "").casefold()).ratio()
        ar = SequenceMatcher(None, fact.canonical, other.canonical).ratio()
        return max(en, ar)

    return sorted(others, key=lambda o: (o.type != fact.type, -round(similarity(o), 2), -o.mentions, o.label_en or ""))


ENTITY_TYPE_NAMES = {"PERSON": N_("People"), "ORG": N_("Organisations"), "LOC": N_("Places"),
                     "MISC": N_("Other")}
KEY_ROLE = Qt.ItemDataRole.UserRole + 10
GROUP_LIMIT = 40  # figures shown under one "reported differently" group
TABLE_LIMIT = 3000  # rows in the figures table; filter by an entity to see the rest
QUOTE_LINES = 6  # the tallest a quote's row grows (its whole text is in the tooltip)
NO_QUOTE_ENGLISH = N_("No English translation of these quotes yet. Translation ▸ Translation Models… installs a "
                      "model that translates articles on this computer.")
KIND_ROLE = Qt.ItemDataRole.UserRole + 11
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 12  # label_source of the entity's English label
GROUP_ROLE = Qt.ItemDataRole.UserRole + 13  # (key, label) of a "reported differently" group


def group_reason(group: Any) -> str:
    """Why a group's figures were grouped, for its row and tooltip: the counted thing and what their
    sentences share (:attr:`~sahifa.core.facts.FigureGroup.shared`)."""
    shared = "، ".join(getattr(group, "shared", ()) or ())
    if not shared:
        return tr("Grouped by what is counted")
    return tr("Grouped because the reports share: {shared}").format(shared=shared)


class FactsPanel(QWidget):
    entity_activated = Signal(str, str)        # key, display label
    sentence_requested = Signal(int, int)      # article id, sentence index
    merge_requested = Signal(str, str)         # keep key, other key
    rename_requested = Signal(str, str, str)   # key, canonical, English label
    retype_requested = Signal(str, str)        # key, type
    delete_requested = Signal(str)             # key
    group_dismissed = Signal(str, str)         # group key, its label (not one fact)
    group_restored = Signal(object)            # group key, or None for every dismissed group

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self._pending: dict[str, tuple[Any, ...]] = {}
        self._stale: set[str] = set()
        # Set by the window: fetch(kind) queries "figures" or "quotes" on a worker thread and hands the
        # result to set_figures/set_quotes; fetch_now(kind) returns it at once (flush).
        self.fetch: Callable[[str], None] | None = None
        self.fetch_now: Callable[[str], tuple[Any, ...]] | None = None
        self.tabs.currentChanged.connect(lambda _i: self._fill_visible_tab())
        # entities
        self.entity_search = QLineEdit(self)
        self.entity_search.setPlaceholderText(tr("Filter entities…"))
        self.entity_search.setClearButtonEnabled(True)
        self.entity_search.setAccessibleName(tr("Filter entities"))
        self.entity_model = QStandardItemModel(self)
        self.entity_model.setHorizontalHeaderLabels([tr("Entity"), tr("Mentions"), tr("Articles")])
        self.entity_model.setObjectName("EntitiesModel")
        self.entity_proxy = QSortFilterProxyModel(self)
        self.entity_proxy.setSourceModel(self.entity_model)
        self.entity_proxy.setRecursiveFilteringEnabled(True)
        self.entity_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.entity_proxy.setFilterKeyColumn(0)
        self.entity_search.textChanged.connect(self._on_entity_filter_changed)
        self.entity_view = QTreeView(self)
        self.entity_view.setModel(self.entity_proxy)
        self.entity_view.setAccessibleName(tr("Entities"))
        self.entity_view.setUniformRowHeights(True)
        self.entity_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entity_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.entity_view.header().setStretchLastSection(False)
        self._size_entity_columns()
        self.entity_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entity_view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the English label first, whole
        self.entity_view.activated.connect(self._on_entity_activated)
        self.entity_view.clicked.connect(self._on_entity_activated)
        self.entity_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.entity_view.customContextMenuRequested.connect(self._on_entity_menu)
        ent = QWidget(self)
        lay = QVBoxLayout(ent)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.entity_search)
        lay.addWidget(self.entity_view)
        self.tabs.addTab(ent, tr("Entities"))

        # figures
        self.figures_model = FiguresModel(self)
        self.groups_model = QStandardItemModel(self)
        self.figures_view = QTableView(self)
        self.figures_view.setModel(self.figures_model)
        self.figures_view.setSortingEnabled(True)
        self.figures_view.setAccessibleName(tr("Figures"))
        self.figures_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures_view.verticalHeader().setVisible(False)
        self._size_figure_columns()
        # one click opens the figure's sentence (Enter too)
        self.figures_view.activated.connect(self._on_figure_activated)
        self.figures_view.clicked.connect(self._on_figure_activated)
        self.show_dates = QCheckBox(tr("Years and dates"), self)
        self.show_dates.setChecked(True)
        self.show_dates.setToolTip(tr("Years and dates are listed after the counted figures; untick to hide them"))
        self.show_dates.toggled.connect(self.figures_model.set_show_dates)
        self.groups_view = QTreeView(self)
        self.groups_view.setModel(self.groups_model)
        self.groups_view.setAccessibleName(tr("Figures reported differently"))
        self.groups_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.groups_view.activated.connect(self._on_group_activated)
        self.groups_view.clicked.connect(self._on_group_activated)
        self.groups_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.groups_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.groups_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.groups_view.customContextMenuRequested.connect(self._on_group_menu)
        self.dismissed: list[tuple[str, str, str]] = []  # (key, label, when) of the groups dismissed
        self.restore_groups = QPushButton(self)
        self.restore_groups.setToolTip(tr("Show again a group you dismissed as not one fact"))
        self.restore_groups.clicked.connect(self._restore_menu)
        self.restore_groups.setVisible(False)
        fig = QWidget(self)
        flay = QVBoxLayout(fig)
        flay.setContentsMargins(2, 2, 2, 2)
        self.figures_note = QLabel(self)
        self.figures_note.setWordWrap(True)
        self.figures_note.setVisible(False)
        flay.addWidget(self.groups_view, 2)
        flay.addWidget(self.restore_groups, 0, Qt.AlignmentFlag.AlignLeading)
        flay.addWidget(self.figures_note)
        flay.addWidget(self.show_dates)
        flay.addWidget(self.figures_view, 3)
        self.tabs.addTab(fig, tr("Figures"))

        # quotes: speakers (with counts) above the quotes of the selected speaker
        self.speakers_model = SpeakersModel(self)
        self.speakers_view = QTableView(self)
        self.speakers_view.setModel(self.speakers_model)
        self.speakers_view.setAccessibleName(tr("Speakers"))
        self.speakers_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speakers_view.verticalHeader().setVisible(False)
        self.speakers_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.speakers_view.selectionModel().currentRowChanged.connect(self._on_speaker_changed)
        self.quotes_model = QuotesModel(self)
        self.quotes_view = QTableView(self)
        self.quotes_view.setModel(self.quotes_model)
        self.quotes_view.setAccessibleName(tr("Quotes"))
        self.quotes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.quotes_view.verticalHeader().setVisible(False)
        self.quotes_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.quotes_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.quotes_view.setWordWrap(False)
        self.quotes_view.activated.connect(self._on_quote_activated)
        self.quotes_view.doubleClicked.connect(self._on_quote_activated)
        # said once, above the table, when no quote has English (rather than in a column of every row)
        self.quotes_note = QLabel(tr(NO_QUOTE_ENGLISH), self)
        self.quotes_note.setWordWrap(True)
        self.quotes_note.setVisible(False)
        quotes_box = QWidget(self)
        qlay = QVBoxLayout(quotes_box)
        qlay.setContentsMargins(2, 2, 2, 2)
        qlay.addWidget(self.speakers_view, 2)
        qlay.addWidget(self.quotes_note)
        qlay.addWidget(self.quotes_view, 3)
        self.tabs.addTab(quotes_box, tr("Quotes"))

        self._direction = ScriptDirectionDelegate(self)
        for view in (self.entity_view, self.figures_view, self.groups_view, self.speakers_view, self.quotes_view):
            view.setFont(with_arabic(view.font()))
            view.setItemDelegate(self._direction)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # --- population ----------------------------------------------------------------------------
    def set_entities(self, facts: list[Any], sources: dict[str, str] | None = None) -> None:
        """Entities grouped by type; ``sources`` (key → label_source): transliterated English labels
        are shown in italics as guesses, other sources named in the tooltip."""
        self.entity_model.removeRows(0, self.entity_model.rowCount())
        by_type: dict[str, list[Any]] = {}
        for f in facts:
            by_type.setdefault(f.type, []).append(f)
        for etype in ("PERSON", "ORG", "LOC", "MISC"):
            group = by_type.get(etype, [])
            if not group:
                continue
            head = QStandardItem(f"{tr(ENTITY_TYPE_NAMES[etype])} ({len(group)})")
            head.setForeground(entity_brush(etype, self.entity_view.palette().base().color()))
            head.setData(etype, KIND_ROLE)
            head.setData(len(group), TOTAL_ROLE)
            head.setSelectable(False)
            row = [head, QStandardItem(""), QStandardItem("")]
            for f in sorted(group, key=lambda f: (-f.mentions, f.label_en)):
                label = entity_label(f.label_en, f.canonical)
                item = QStandardItem(label)
                item.setData(f.key, KEY_ROLE)
                item.setData(f, ROW_ROLE)
                aliases = ", ".join(getattr(f, "aliases", ()) or ())
                source = (sources or {}).get(f.key, "")
                note = label_note(source) if f.label_en else ""
                if source == "transliteration" and f.label_en and label.startswith(f.label_en):  # a guess, shown first
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                item.setData(source, SOURCE_ROLE)
                item.setToolTip(as_text(f"{label} {note}".rstrip() + "\n"
                                        + tr("{n} mentions in {m} articles").format(n=f.mentions, m=f.articles)
                                        + ("\n" + tr("written as: {names}").format(names=aliases) if aliases else "")))
                m = QStandardItem(str(f.mentions))
                a = QStandardItem(str(f.articles))
                m.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                a.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                head.appendRow([item, m, a])
            self.entity_model.appendRow(row)
        self.entity_view.expandAll()
        self._size_entity_columns()  # a model reset gives the sections back their default sizes
        if self.entity_search.text():
            self._on_entity_filter_changed(self.entity_search.text())

    def _size_entity_columns(self) -> None:
        """Narrow count columns, the names get the rest of the width."""
        header = self.entity_view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(30)  # the style's default minimum (~140 px here) made every column wide
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = self.entity_view.fontMetrics()
        for col, head in ((1, tr("Mentions")), (2, tr("Articles"))):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, max(44, metrics.horizontalAdvance(head) + 16))

    def _size_figure_columns(self) -> None:
        """Value, unit and counted thing readable, the source elided; the text and the article are in the
        tooltip: no horizontal scrolling in a sidebar."""
        view = self.figures_view
        header = view.horizontalHeader()
        header.setMinimumSectionSize(30)
        header.setStretchLastSection(False)
        metrics = view.fontMetrics()
        model = self.figures_model
        rows = model.rows()[:1000]
        cap = max(110, int(max(240, view.viewport().width()) * 0.4))
        for col, sample in ((0, "≈200,000,000"), (1, "people")):
            _h, display, _s = model.columns[col]
            widest = max((metrics.horizontalAdvance(str(display(r) or "")) for r in rows), default=0)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            view.setColumnWidth(col, min(cap, max(widest, metrics.horizontalAdvance(sample)) + 14))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        view.setColumnHidden(4, True)
        view.setColumnHidden(5, True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)  # a name keeps its start
        view.setWordWrap(False)

    def _on_entity_filter_changed(self, text: str) -> None:
        """Filter the entities (English or Arabic names); the groups stay open and their counts
        follow the filter ("People (3/15)")."""
        self.entity_proxy.setFilterFixedString(text)
        proxy = self.entity_proxy
        for r in range(self.entity_model.rowCount()):
            head = self.entity_model.item(r)
            etype, total = head.data(KIND_ROLE), head.data(TOTAL_ROLE)
            shown = proxy.rowCount(proxy.mapFromSource(head.index())) if text else total
            head.setText(f"{tr(ENTITY_TYPE_NAMES[etype])} ({shown}/{total})" if text
                         else f"{tr(ENTITY_TYPE_NAMES[etype])} ({total})")
        self.entity_view.expandAll()

    def entity_facts(self) -> list[Any]:
        """Every entity shown in the sidebar (its fact rows), in list order."""
        out = []
        for r in range(self.entity_model.rowCount()):
            head = self.entity_model.item(r)
            out += [head.child(c).data(ROW_ROLE) for c in range(head.rowCount())]
        return out

    # Figures and quotes are queried and their tables filled only when their tab is shown: at
    # thousands of rows the queries cost ~300 ms of Python on a worker thread — time during which
    # every Python callback of the UI thread (a list's paint) waits for the GIL — and the fill ~80 ms
    # on the UI thread, which nobody should pay for a hidden tab.
    def invalidate(self) -> None:
        """The figures and quotes changed (folder, filter, analysis): query them again when shown."""
        self._pending.pop("figures", None)
        self._pending.pop("quotes", None)
        self._stale = {"figures", "quotes"}
        self._fill_visible_tab()

    def set_figures(self, figures: list[Any], groups: list[Any], dismissed: list[tuple[str, str, str]] | None = None,
                    labels: dict[str, tuple[str, str]] | None = None) -> None:
        self._stale.discard("figures")
        self._pending["figures"] = (figures, groups, dismissed or [], labels or {})
        self._fill_visible_tab()

    def set_quotes(self, quotes: list[Any], english: list[Any] | None = None,
                   labels: dict[str, tuple[str, str]] | None = None) -> None:
        self._stale.discard("quotes")
        self._pending["quotes"] = (quotes, english, labels)
        self._fill_visible_tab()

    def _fill_visible_tab(self) -> None:
        kind = {1: "figures", 2: "quotes"}.get(self.tabs.currentIndex())
        if kind is None:
            return
        if kind in self._pending:
            self._fill(kind)
        elif kind in self._stale and self.fetch is not None:
            self._stale.discard(kind)
            self.fetch(kind)

    def _fill(self, kind: str) -> None:
        data = self._pending.pop(kind)
        if kind == "figures":
            self._fill_figures(*data)
        else:
            self._fill_quotes(*data)

    def flush(self) -> None:
        """Query and fill every table now (tests, exports, screenshots)."""
        for kind in ("figures", "quotes"):
            if kind in self._stale and self.fetch_now is not None:
                self._stale.discard(kind)
                self._pending[kind] = self.fetch_now(kind)
            if kind in self._pending:
                self._fill(kind)

    def _fill_figures(self, figures: list[Any], groups: list[Any], dismissed: list[tuple[str, str, str]] | None = None,
                      labels: dict[str, tuple[str, str]] | None = None) -> None:
        # vague quantities (مئات، عشرات) stay highlighted in the reader; the table lists real figures
        real = [f for f in figures if f.value is not None]
        self.figures_model.set_source_labels(labels or {})
        self.figures_model.set_rows(real[:TABLE_LIMIT])
        self.figures_note.setVisible(len(real) > TABLE_LIMIT)
        self.figures_note.setText(
            tr("Showing the first figures only; filter by an entity to narrow the list.") + f" ({TABLE_LIMIT:,}/{len(real):,})"
        )
        self.groups_model.clear()
        self.groups_model.setHorizontalHeaderLabels([tr("Reported differently"), tr("Source"), tr("Article")])
        for g in groups:
            # the counted thing in the interface's language: Arabic wording first in the Arabic UI
            label = (g.counted or g.counted_en) if self.isRightToLeft() else (g.counted_en or g.counted)
            head = QStandardItem(f"{label} — " + tr("{n} figures").format(n=len(g.figures)))
            head.setData((g.key, head.text()), GROUP_ROLE)
            why = group_reason(g)
            reason = QStandardItem(why)
            for cell in (head, reason):
                cell.setToolTip(as_text(f"{head.text()}\n{why}\n" + tr("Right-click: dismiss a group that is not one fact.")))
            for f in g.figures[:GROUP_LIMIT]:
                from .models import _fmt_value

                v = QStandardItem(f"{_fmt_value(f)} {f.unit or ''}  ({f.text})")
                v.setData(f, ROW_ROLE)
                source = self.figures_model.source_text(f)
                origin = " · ".join(dict.fromkeys(s for s in (source, f.source) if s))
                tip = as_text(f"{_fmt_value(f)} {f.unit or ''}  ({f.text})\n{origin}\n{f.article_title}")
                cells = [v, QStandardItem(source), QStandardItem(f.article_title)]
                for cell in cells:
                    cell.setToolTip(tip)
                head.appendRow(cells)
            if len(g.figures) > GROUP_LIMIT:
                head.appendRow([QStandardItem(tr("… {n} more in the table below").format(n=len(g.figures) - GROUP_LIMIT)),
                                 QStandardItem(""), QStandardItem("")])
            self.groups_model.appendRow([head, reason, QStandardItem("")])
        self.groups_view.expandAll()
        self.groups_view.setVisible(bool(groups))
        self.dismissed = list(dismissed or [])
        self.restore_groups.setText(tr("Dismissed groups ({n})…").format(n=len(self.dismissed)))
        self.restore_groups.setVisible(bool(self.dismissed))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns share the width the panel has now (called on fill and on resize): no horizontal
        scrolling, long cells elided with the whole text in their tooltip."""
        if self.groups_model.rowCount():  # group headings and values readable; source and article share the rest
            header = self.groups_view.header()
            header.setStretchLastSection(True)
            width = max(240, self.groups_view.viewport().width())
            self.groups_view.resizeColumnToContents(0)
            self.groups_view.setColumnWidth(0, min(self.groups_view.columnWidth(0), int(width * 0.5)))
            self.groups_view.setColumnWidth(1, int(width * 0.22))
        self._size_figure_columns()
        if self.quotes_model.rowCount():
            self._size_quote_columns()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fill_quotes(self, quotes: list[Any], english: list[Any] | None = None,
                     labels: dict[str, tuple[str, str]] | None = None) -> None:
        """Quotes with their speaker's English name and the English aligned to them (see QuoteView)."""
        views = quote_views(quotes, english, labels)
        counts: dict[str, int] = {}
        sources: dict[str, str] = {}
        arabic: dict[str, str] = {}  # the speaker as first written, for the Arabic interface
        for v in views:
            counts[v.speaker_en] = counts.get(v.speaker_en, 0) + 1
            sources.setdefault(v.speaker_en, v.speaker_source)
            arabic.setdefault(v.speaker_en, v.fact.speaker or "")
        self.speakers_model.set_rows(sorted(((n, sources[n], c, arabic[n]) for n, c in counts.items()),
                                            key=lambda r: (-r[2], r[0])))
        self.quotes_model.set_rows(views)
        # a few hundred quotes: the English wraps to two lines and more (it is what the reader came for)
        self.quotes_view.setWordWrap(len(views) <= 300)
        self._size_quote_columns()  # (and the rows' heights, when they wrap)

    def _fit_quote_rows(self) -> None:
        """Rows as tall as their text, up to :data:`QUOTE_LINES` lines: a long statement (a speech of
        several paragraphs) is cut at its last visible line, whole in the tooltip and in the reader, and
        never fills the sidebar on its own."""
        view = self.quotes_view
        view.resizeRowsToContents()
        cap = QUOTE_LINES * view.fontMetrics().lineSpacing() + 8
        for row in range(self.quotes_model.rowCount()):
            if view.rowHeight(row) > cap:
                view.setRowHeight(row, cap)

    def _size_quote_columns(self) -> None:
        """The English gets the width: the speaker and the Arabic a share each, the article title is
        in the tooltip (a sidebar is too narrow for four columns without horizontal scrolling). When no
        quote has English yet, the English column is hidden, the Arabic gets the width and one line
        above the table says why: "No English translation…" in every row made each row three lines
        tall, and two quotes filled the table at 1024×700."""
        header = self.quotes_view.horizontalHeader()
        header.setMinimumSectionSize(30)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        english = any(getattr(v, "english", None) for v in self.quotes_model.all_rows())
        wide, share = (1, 2) if english else (2, 1)
        header.setSectionResizeMode(wide, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(share, QHeaderView.ResizeMode.Interactive)
        untranslated = not english and bool(self.quotes_model.all_rows())
        self.quotes_view.setColumnHidden(1, untranslated)
        self.quotes_note.setVisible(untranslated)
        self.quotes_view.setColumnHidden(3, True)
        width = max(240, self.quotes_view.viewport().width())
        self.quotes_view.setColumnWidth(0, int(width * 0.24))
        if english:
            self.quotes_view.setColumnWidth(share, int(width * 0.24))
        self.quotes_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.quotes_view.wordWrap() and self.quotes_model.rowCount() <= 300:
            self._fit_quote_rows()

    def _on_speaker_changed(self, current: Any, _previous: Any) -> None:
        row = self.speakers_model.row_at(current.row()) if current.isValid() else None
        name = row[0] if row else None
        self.quotes_model.set_filter((lambda v: v.speaker_en == name) if name is not None else None)

    # --- interaction ---------------------------------------------------------------------------
    def _on_entity_activated(self, index: Any) -> None:
        src = self.entity_proxy.mapToSource(index.siblingAtColumn(0))
        item = self.entity_model.itemFromIndex(src)
        if item is None:
            return
        key = item.data(KEY_ROLE)
        if key:
            self.entity_activated.emit(key, item.text())

    def _jump(self, row: Any) -> None:
        if row is not None and hasattr(row, "article_id"):
            self.sentence_requested.emit(int(row.article_id), int(getattr(row, "sentence_index", 0) or 0))

    def _on_figure_activated(self, index: Any) -> None:
        self._jump(self.figures_model.data(index, ROW_ROLE))

    def _on_group_activated(self, index: Any) -> None:
        self._jump(self.groups_model.data(index.siblingAtColumn(0), ROW_ROLE))

    def _group_at(self, index: Any) -> tuple[str, str] | None:
        """(key, label) of the group a row of the groups tree belongs to (its heading or a figure)."""
        if not index.isValid():
            return None
        head = index.siblingAtColumn(0)
        if head.parent().isValid():
            head = head.parent()
        found = self.groups_model.data(head, GROUP_ROLE)
        return (str(found[0]), str(found[1])) if found else None

    def _on_group_menu(self, pos: Any) -> None:
        menu = QMenu(self)
        group = self._group_at(self.groups_view.indexAt(pos))
        if group is not None:
            dismiss = QAction(tr("Not One Fact: Dismiss This Group"), menu)
            dismiss.triggered.connect(lambda: self.group_dismissed.emit(*group))
            menu.addAction(dismiss)
        if self.dismissed:
            menu.addMenu(self._restore_submenu(menu))
        if not menu.isEmpty():
            menu.exec(self.groups_view.viewport().mapToGlobal(pos))

    def _restore_submenu(self, parent: QMenu) -> QMenu:
        menu = QMenu(tr("Restore a Dismissed Group"), parent)
        for key, label, _when in self.dismissed:
            act = QAction(as_text(label), menu)
            act.triggered.connect(lambda _c=False, k=key: self.group_restored.emit(k))
            menu.addAction(act)
        menu.addSeparator()
        every = QAction(tr("Restore All"), menu)
        every.triggered.connect(lambda: self.group_restored.emit(None))
        menu.addAction(every)
        return menu

    def _restore_menu(self) -> None:
        menu = self._restore_submenu(QMenu(self))
        menu.exec(self.restore_groups.mapToGlobal(self.restore_groups.rect().bottomLeft()))

    def _on_quote_activated(self, index: Any) -> None:
        self._jump(self.quotes_model.data(index.siblingAtColumn(0), ROW_ROLE))

    def entity_items(self) -> list[tuple[str, str]]:
        """(key, label) of every entity row, in display order (for tests and keyboard navigation)."""
        out = []
        for r in range(self.entity_model.rowCount()):
            head = self.entity_model.item(r)
            for c in range(head.rowCount()):
                child = head.child(c)
                out.append((child.data(KEY_ROLE), child.text()))
        return out

    def _on_entity_menu(self, pos: Any) -> None:
        index = self.entity_view.indexAt(pos)
        src = self.entity_proxy.mapToSource(index.siblingAtColumn(0))
        item = self.entity_model.itemFromIndex(src)
        if item is None or not item.data(KEY_ROLE):
            return
        key = item.data(KEY_ROLE)
        fact = item.data(ROW_ROLE)
        menu = QMenu(self)
        filt = QAction(tr("Filter articles by this entity"), menu)
        filt.triggered.connect(lambda: self.entity_activated.emit(key, item.text()))
        merge = QAction(tr("Merge with…"), menu)
        merge.triggered.connect(lambda: self._merge(key, fact))
        rename = QAction(tr("Rename…"), menu)
        rename.triggered.connect(lambda: self._rename(key, fact))
        retype = QMenu(tr("Change type"), menu)
        for etype, name in ENTITY_TYPE_NAMES.items():
            act = QAction(tr(name), retype)
            act.setEnabled(etype != fact.type)
            act.triggered.connect(lambda _c=False, t=etype: self.retype_requested.emit(key, t))
            retype.addAction(act)
        delete = QAction(tr("Not an entity"), menu)
        delete.triggered.connect(lambda: self._delete(key, fact))
        menu.addAction(filt)
        menu.addSeparator()
        menu.addAction(merge)
        menu.addAction(rename)
        menu.addMenu(retype)
        menu.addAction(delete)
        menu.exec(self.entity_view.viewport().mapToGlobal(pos))

    def _merge(self, key: str, fact: Any) -> None:
        from .dialogs import MergeDialog

        candidates = merge_candidates(fact, [f for f in self.entity_facts() if f is not None and f.key != key])
        if not candidates:
            return
        dialog = MergeDialog(fact, candidates, parent=self)
        if dialog.exec() == MergeDialog.DialogCode.Accepted and dialog.chosen() is not None:
            self.merge_requested.emit(dialog.chosen(), key)

    def _rename(self, key: str, fact: Any) -> None:
        label, ok = QInputDialog.getText(self, tr("Rename entity"), tr("English label:"), text=fact.label_en)
        if ok and label.strip():
            self.rename_requested.emit(key, fact.canonical, label.strip())

    def _delete(self, key: str, fact: Any) -> None:
        if ask(self, tr("Not an entity"),
               tr("Stop treating “{name}” as an entity? This survives re-analysis.").format(name=fact.canonical)):
            self.delete_requested.emit(key)
