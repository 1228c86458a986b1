"""Qt item models: thin adapters over plain lists of rows from the library (napari-style)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .i18n import N_, tr
from .plain import as_text, shown_path
from .theme import ENTITY_COLORS, NOTE_COLORS

T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
# data() runs for every visible cell and role at each paint: constants, not enum arithmetic per call
# an Arabic cell's side: the right in either interface (absolute: a plain AlignRight is mirrored to the left
# by the Arabic interface's right-to-left layout, putting the text on its column's far side)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole


def _sort_key(value: Any) -> tuple[int, Any]:
    """Total order over mixed values: None last, numbers before text."""
    if value is None:
        return (2, 0)
    if isinstance(value, (int, float)):
        return (0, value)
    if isinstance(value, tuple):
        return (0, tuple(_sort_key(v) for v in value))
    return (1, str(value))


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows; columns are (header, display fn, sort fn)."""

    columns: Sequence[tuple[str, Callable[[Any], Any], Callable[[Any], Any] | None]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[T] = []
        self._rows: list[T] = []
        self._filter: Callable[[T], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # Sorting and filtering happen here, in Python, once per row (a QSortFilterProxyModel would call
    # data() O(n log n) times through Qt — seconds at 10,000 rows).
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._visible()
        self.endResetModel()

    def set_filter(self, predicate: Callable[[T], bool] | None) -> None:
        self.beginResetModel()
        self._filter = predicate
        self._rows = self._visible()
        self.endResetModel()

    def _visible(self) -> list[T]:
        rows = [r for r in self._all if self._filter(r)] if self._filter is not None else list(self._all)
        if self._sort is not None:
            column, order = self._sort
            _h, display, sort = self.columns[column]
            key = sort or display
            rows.sort(key=lambda r: _sort_key(key(r)), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rows = self._visible()
        self.layoutChanged.emit()

    def all_rows(self) -> list[T]:
        return list(self._all)

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            header = self.columns[section][0]
            return tr(header) if header else header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(self.columns)):
            return None
        row = self._rows[index.row()]
        _header, display, sort = self.columns[index.column()]
        if role == _DISPLAY:
            value = display(row)
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return (sort or display)(row)
        if role == ROW_ROLE:
            return row
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: T, column: int, role: int) -> Any:
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ArticleListModel(RowTableModel[Any]):
    """Rows: ArticleRow. The title cell holds the Arabic title and, on a second line, its English
    (:attr:`ArticleRow.title_en`) when the article has any; in the English interface, an article with
    no English title has instead what it is about (see :mod:`sahifa.gui.about`), once read."""

    _bold: QFont | None = None
    _one_line: int | None = None  # the view's one-line row height, before fit_view changed it
    _about: dict[int, tuple[Any, ...]] = {}  # article id → AboutName (set_about), shared empty default

    columns = (
        (N_("Title"), lambda r: _title_lines(r), lambda r: r.title),
        (N_("Outlet"), lambda r: r.source or "", None),
        (N_("Date"), lambda r: (r.published or "")[:10], lambda r: r.published or ""),
        ("●", lambda r: r.n_entities, None),
        ("#", lambda r: r.n_numbers, None),
        ("❝", lambda r: r.n_quotes, None),
    )

    header_tips = {
        2: N_("Date of publication, when the file gives one"),
        3: N_("Entities: people, organisations and places named"),
        4: N_("Figures: numbers, amounts and dates"),
        5: N_("Quotes: statements attributed to someone"),
    }

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The symbol columns (● # “) explain themselves in a tooltip, in either language."""
        if role == _TOOLTIP and orientation == Qt.Orientation.Horizontal and section in self.header_tips:
            return tr(self.header_tips[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _DISPLAY and index.column() == 0 and 0 <= index.row() < len(self._rows):
            row = self._rows[index.row()]
            about = self.about(row)
            if about:  # the English line, embedded left-to-right as an English title is
                from .about import about_line

                return f"{row.title}\u2028\u202a{about_line(about)}\u202c"
        return super().data(index, role)

    def about(self, row: Any) -> tuple[Any, ...]:
        """What the row's article is about, when the list shows it: in the English interface, for an
        article with no English title."""
        if getattr(row, "title_en", "") or _arabic_ui():
            return ()
        return self._about.get(row.id, ())

    def set_about(self, about: dict[int, tuple[Any, ...]]) -> None:
        """The articles' about lines, read off the UI thread (:func:`sahifa.gui.about.article_about`)."""
        self._about = dict(about)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0),
                                  [_DISPLAY, _TOOLTIP])

    def set_bold_font(self, font: QFont) -> None:
        """The font of unread titles (the view's font, bold)."""
        self._bold = QFont(font)
        self._bold.setBold(True)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == _FONT and column == 0 and not getattr(row, "read", True):
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        if role == _ALIGN:
            if column == 0:  # each title on its own script's side, in either interface
                return int(title_alignment(row.title))
            if column >= 3:
                return _CENTER
            return None
        if role == _TOOLTIP:
            counts = tr("{e} entities · {f} figures · {q} quotes").format(e=row.n_entities, f=row.n_numbers, q=row.n_quotes)
            english = getattr(row, "title_en", "")
            about = self.about(row)
            if about:
                from .about import about_tooltip

                english = about_tooltip(about)
            return as_text(f"{row.title}\n{english + chr(10) if english else ''}"
                           f"{row.source or ''} {row.published or tr('date unknown')}\n{counts}\n"
                           f"{shown_path(row.path)}")
        return None

    def has_english(self) -> bool:
        """Whether an article of the list has an English title, or (English interface) an about line."""
        return any(getattr(r, "title_en", "") or self.about(r) for r in self._all)

    def fit_view(self, view: Any) -> None:
        """Rows of two lines (the Arabic title, its English or what it is about under it) when an
        article of the list has one, else of one; called after :meth:`set_rows` and :meth:`set_about`."""
        header = view.verticalHeader()
        if self._one_line is None:
            self._one_line = header.defaultSectionSize()
        lines = 2 if self.has_english() else 1
        header.setDefaultSectionSize(self._one_line + (lines - 1) * view.fontMetrics().lineSpacing())

    def set_read(self, article_id: int) -> None:
        from dataclasses import replace

        for i, r in enumerate(self._all):
            if r.id == article_id and not r.read:
                self._all[i] = replace(r, read=True)
        for i, r in enumerate(self._rows):
            if r.id == article_id and not r.read:
                self._rows[i] = replace(r, read=True)
                idx = self.index(i, 0)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.FontRole])


def _fmt_value(f: Any) -> str:
    if f.value is None:
        return "vague"
    if f.kind == "date":
        return str(f.unit or int(f.value))
    if f.kind == "year":
        return str(int(f.value))
    v = f.value
    text = f"{int(v):,}" if float(v).is_integer() else f"{v:,}"
    if f.value_max is not None:
        vm = f.value_max
        text += "–" + (f"{int(vm):,}" if float(vm).is_integer() else f"{vm:,}")
    q = {"approx": "≈", "more_than": ">", "less_than": "<", "up_to": "≤", "at_least": "≥"}.get(f.qualifier or "", "")
    return q + text


DATE_KINDS = ("date", "year")
# a figure's kind (core.model.NUMBER_KINDS) in words, for its tooltip
KIND_NAMES = {"count": N_("count"), "money": N_("amount of money"), "percent": N_("percentage"),
              "distance": N_("distance"), "duration": N_("duration"), "date": N_("date"), "year": N_("year"),
              "ordinal": N_("ordinal"), "other": N_("other")}
UNIT_NAMES = {"date": N_("date"), "year": N_("year"), "day": N_("day"), "week": N_("week"), "month": N_("month"),
              "hour": N_("hour"), "minute": N_("minute"), "century": N_("century"), "night": N_("night"),
              "km": N_("km"), "km2": N_("km²"), "m": N_("m"), "m2": N_("m²"), "cm": N_("cm"), "mm": N_("mm"),
              # the currencies of the region's news (ISO codes in English, their names in Arabic)
              "USD": N_("USD"), "SAR": N_("SAR"), "AED": N_("AED"), "EGP": N_("EGP"), "EUR": N_("EUR"),
              "GBP": N_("GBP"), "KWD": N_("KWD"), "QAR": N_("QAR"), "%": "%"}


def unit_name(unit: str) -> str:
    """A figure's unit in the interface's language (the known ones; others as stored)."""
    name = UNIT_NAMES.get(unit)
    return tr(name) if name and name != "%" else unit


ARABIC_ONLY = N_("Arabic: {text}")
FIGURE_HEADER_TIPS = {
    2: N_("What was counted, in English when known; otherwise “Arabic:” and the words as written"),
    3: N_("Who gave the figure, in English when known; otherwise “Arabic:” and the words as written"),
}


def _arabic_ui() -> bool:
    """Whether the interface is Arabic (right to left): Arabic wording is then shown first."""
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def counted_text(f: Any) -> str:
    """What a figure counts, in the interface's language first (the other one when it has none)."""
    first, second = (f.counted, f.counted_en) if _arabic_ui() else (f.counted_en, f.counted)
    return first or second or ""


def arabic_marked(text: str) -> str:
    """``text`` as an English-interface cell shows it: Arabic with no English known reads "Arabic: …"
    (isolated, so that its punctuation stays in place); unchanged in the Arabic interface."""
    if text and not _arabic_ui() and _has_arabic(text):
        return tr(ARABIC_ONLY).format(text=f"\u2068{text}\u2069")
    return text


def entity_label(english: str, arabic: str) -> str:
    """An entity as the Entities tab lists it: both names, the interface's language first ("Saud
    Al-Faisal · سعود الفيصل" in English, "سعود الفيصل · Saud Al-Faisal" in Arabic), so that a name cut
    at the end keeps the reader's own; the Arabic alone when no English is known."""
    if not english or english == arabic:
        return arabic
    return f"{arabic} · {english}" if _arabic_ui() else f"{english} · {arabic}"


def is_date(f: Any) -> bool:
    """Years and dates are not counted figures: they are listed apart, after them."""
    return getattr(f, "kind", None) in DATE_KINDS


class FiguresModel(RowTableModel[Any]):
    """Counted figures first (sorted by the chosen column), then years and dates (their own group,
    which can be hidden). The text and the article are in the tooltip, so the table fits a sidebar.
    The counted thing and the source are in the interface's language: in English, a source is its
    entity's English label (:meth:`set_source_labels`; a transliterated guess in italics); where no
    English is known, the Arabic as written says so ("Arabic: …"), since a reader of the English
    interface may not read it. In the Arabic interface, the Arabic as written comes first. The other
    language is one hover away."""

    COUNTED = 2
    SOURCE = 3
    source_labels: dict[str, tuple[str, str]] = {}
    _italic: QFont | None = None

    def set_source_labels(self, labels: dict[str, tuple[str, str]]) -> None:
        """(English label, its source) of each source entity key, from :meth:`Library.entity_labels`."""
        self.source_labels = dict(labels)

    def source_label(self, f: Any) -> str:
        """The source's English: a linked source by its entity's key, one named by its role by its text
        (its English description); "" when none is known."""
        key = getattr(f, "source_key", None) or f.source or ""
        return self.source_labels.get(key, ("", ""))[0] if key else ""

    def source_text(self, f: Any) -> str:
        label = self.source_label(f)
        if _arabic_ui():
            return f.source or label or ""
        return label or f.source or ""

    def _source_guessed(self, f: Any) -> bool:
        key = getattr(f, "source_key", None) or ""
        return not _arabic_ui() and bool(key) and self.source_labels.get(key, ("", ""))[1] == "transliteration"

    def shown(self, f: Any, column: int) -> str:
        """The Counted or Source cell as shown: in the English interface, Arabic with no English is marked."""
        return arabic_marked(counted_text(f) if column == self.COUNTED else self.source_text(f))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role in (_DISPLAY, SORT_ROLE) and index.isValid() and index.column() in (self.COUNTED, self.SOURCE)
                and 0 <= index.row() < len(self._rows)):
            row = self._rows[index.row()]
            if role == SORT_ROLE:
                return counted_text(row) if index.column() == self.COUNTED else self.source_text(row)
            return self.shown(row, index.column())
        return super().data(index, role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _TOOLTIP and orientation == Qt.Orientation.Horizontal and section in FIGURE_HEADER_TIPS:
            return tr(FIGURE_HEADER_TIPS[section])
        return super().headerData(section, orientation, role)

    columns = (
        (N_("Value"), _fmt_value, lambda f: (f.value is None, f.value or 0)),
        (N_("Unit"), lambda f: unit_name(f.unit or "") if f.kind not in DATE_KINDS else tr(UNIT_NAMES[f.kind]), None),
        (N_("Counted"), lambda f: counted_text(f), None),
        (N_("Source"), lambda f: f.source or "", None),
        (N_("Article"), lambda f: f.article_title, None),
        (N_("Text"), lambda f: f.text, None),
    )
    show_dates = True

    def set_show_dates(self, show: bool) -> None:
        self.show_dates = show
        self.set_filter(None if show else (lambda f: not is_date(f)))

    def _visible(self) -> list[Any]:
        rows = super()._visible()
        counted = [r for r in rows if not is_date(r)]
        return counted + [r for r in rows if is_date(r)]  # stable: the column's order within each group

    def first_date_row(self) -> int | None:
        """Row of the first year or date (the start of their group), or None."""
        return next((i for i, r in enumerate(self._rows) if is_date(r)), None)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            counted = " · ".join(dict.fromkeys(c for c in (row.counted_en, row.counted) if c))
            return as_text(f"{row.text}\n" + tr("kind: {kind}").format(
                kind=tr(KIND_NAMES[row.kind]) if row.kind in KIND_NAMES else row.kind)
                           + ("\n" + tr("counted: {what}").format(what=counted) if counted else "")
                           + ("\n" + tr("reported by {source}").format(
                               source=" · ".join(dict.fromkeys(
                               s for s in (self.source_text(row), self.source_label(row), row.source) if s)))
                              if row.source else "")
                           + (f"\n{row.article_title}" if getattr(row, "article_title", "") else ""))
        if role == Qt.ItemDataRole.ForegroundRole and is_date(row):
            return QBrush(QColor("#666666"))
        if (role == _ALIGN and column in (self.COUNTED, self.SOURCE)
                and text_direction(self.shown(row, column)) == Qt.LayoutDirection.RightToLeft):
            return _RIGHT
        if role == _FONT and column == self.SOURCE and self._source_guessed(row):
            if self._italic is None:
                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        return None


def _speaker_shown(r: Any) -> str:
    """A speakers row's name in the interface's language first (the Arabic as written in the Arabic one)."""
    return (r[3] if _arabic_ui() and len(r) > 3 and r[3] else r[0]) or ""


class SpeakersModel(RowTableModel[Any]):
    """Rows: (English name, label source of the English name or "", number of quotes, Arabic as written).
    The Arabic interface shows the Arabic name, the English one in the tooltip."""

    _italic: QFont | None = None

    columns = (
        (N_("Speaker"), lambda r: arabic_marked(_speaker_shown(r)), None),
        (N_("Quotes"), lambda r: r[2], None),
    )

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        shown = _speaker_shown(row)
        if role == _ALIGN and column == 0 and text_direction(arabic_marked(shown)) == Qt.LayoutDirection.RightToLeft:
            return _RIGHT
        guess = row[1] == "transliteration"
        if role == _TOOLTIP and column == 0 and (guess or shown != row[0]):
            english = f"{row[0]} ({tr(GUESS_NOTE)})" if guess else row[0]
            return as_text(english if shown == row[0] else f"{shown} · {english}")
        if role == _FONT and column == 0 and guess and shown == row[0]:
            if self._italic is None:
                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        return None


def _title_lines(row: Any) -> str:
    """The Arabic title and, on a line of its own (U+2028), its English title embedded left-to-right
    (LRE … PDF), so that its punctuation stays where English puts it inside the right-aligned cell."""
    english = getattr(row, "title_en", "")
    return f"{row.title}\u2028\u202a{english}\u202c" if english else str(row.title)


def _has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" for c in text)


def _is_arabic_letter(c: str) -> bool:
    return ("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufdff"
            or "\ufe70" <= c <= "\ufeff")


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of a cell's text by its first letter (Arabic: right to left; another script: left to
    right); None when it has no letter (a figure, a date)."""
    for c in text:
        if _is_arabic_letter(c):
            return Qt.LayoutDirection.RightToLeft
        if c.isalpha():
            return Qt.LayoutDirection.LeftToRight
    return None


def title_alignment(text: str) -> Qt.AlignmentFlag:
    """A title's alignment on its own script's side whatever the interface's direction: right for an
    Arabic one, left for one in Latin letters (a "café naïve" file sat on the right like Arabic)."""
    side = Qt.AlignmentFlag.AlignLeft if text_direction(text) == Qt.LayoutDirection.LeftToRight else Qt.AlignmentFlag.AlignRight
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


_BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def isolate_last_run(text: str, direction: Qt.LayoutDirection | None) -> str:
    """``text`` with its last run of the other script isolated (FSI … PDI) when it ends the text:
    "منصور · Mansour Al-Hussain" → "منصور · ⁨Mansour Al-Hussain⁩". Shown whole, it reads the same;
    cut at its end, the ellipsis Qt appends (and a hyphen the cut left last) stay inside the run, in
    its direction, instead of taking the cell's and going to the other end ("…-Mansour Al"). A text
    with bidi controls of its own (an isolated or embedded part) is left as it is."""
    if direction is None or not text:
        return text
    rtl = direction == Qt.LayoutDirection.RightToLeft

    def other(c: str) -> bool:  # a letter of the other script than the cell's
        return c.isalpha() and _is_arabic_letter(c) != rtl

    # from the end: most cells end in their own script and are left after a few characters (this runs
    # for every cell painted or measured)
    last = next((i for i in range(len(text) - 1, -1, -1) if text[i].isalpha()), None)
    if last is None or not other(text[last]) or any(c in _BIDI_CONTROLS for c in text):
        return text
    start = last
    for i in range(last, -1, -1):
        if text[i].isalpha():
            if not other(text[i]):
                break
            start = i
    return f"{text[:start]}\u2068{text[start:]}\u2069"


class ScriptDirectionDelegate(QStyledItemDelegate):
    """Lays each cell's text out in its own script's direction, keeping the interface's alignment: an
    English name wrapped in the Arabic interface read "-Mansour Al / Hussain Meshref" (the hyphen
    went to the wrong end), an Arabic quote in the English interface put its full stop first. A cell
    that ends in the other script has that run isolated (:func:`isolate_last_run`), so that cut short
    it keeps its ellipsis at the run's end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text)
        if direction is not None and direction != option.direction:
            shown = QStyle.visualAlignment(option.direction, option.displayAlignment)
            option.displayAlignment = shown | Qt.AlignmentFlag.AlignAbsolute
            option.direction = direction
        option.text = isolate_last_run(option.text, direction)


NO_ENGLISH = N_("No English translation of this article yet")
GUESS_NOTE = N_("transliterated guess")
LABEL_SOURCES = {"geonames": "GeoNames", "name-index": N_("name index"), "glossary": N_("glossary"),
                 "gazetteer": N_("gazetteer"), "user": N_("your correction"), "projection": N_("the translation"),
                 "original": N_("written in Latin letters"),
                 "name-list": N_("English name list, matched by sound"),
                 "description": N_("a role described in English")}


def label_note(source: str) -> str:
    """Where an English label comes from, for a tooltip: '(transliterated guess)', '(GeoNames)', or ''."""
    if source == "transliteration":
        return f"({tr(GUESS_NOTE)})"
    name = LABEL_SOURCES.get(source)
    return f"({tr(name)})" if name else ""


@dataclass(frozen=True, slots=True)
class QuoteView:
    """A quote as the sidebar shows it: the speaker's English name (the entity's label when the speaker
    is a known entity, else the Arabic as written) and the English aligned to the quote's sentences."""

    fact: Any
    speaker_en: str
    speaker_source: str = ""            # label_source of the speaker's English name
    english: str | None = None          # None: the article has no English yet
    english_source: str = ""            # "machine" | "reference"

    @property
    def article_id(self) -> int:
        return int(self.fact.article_id)

    @property
    def sentence_index(self) -> int:
        return int(self.fact.sentence_index)

    @property
    def guess(self) -> bool:
        return self.speaker_source == "transliteration"


def quote_views(quotes: Sequence[Any], english: Sequence[tuple[str, str] | None] | None = None,
                labels: dict[str, tuple[str, str]] | None = None) -> list[QuoteView]:
    """Pair each quote with its speaker's English name and its aligned English."""
    out = []
    for i, q in enumerate(quotes):
        # a linked speaker by its entity's key; one named by its role by its text (its English description)
        label, source = (labels or {}).get(q.speaker_key or q.speaker or "", ("", ""))
        en = english[i] if english is not None and i < len(english) else None
        out.append(QuoteView(q, label or getattr(q, "speaker_display", "") or q.speaker, source if label else "",
                             en[0] if en else None, en[1] if en else ""))
    return out


def _quote_ar(v: Any) -> str:
    q = getattr(v, "fact", v)
    return ("“" + q.quote + "”") if q.direct else q.quote


def _speaker_en(v: Any) -> str:
    return v.speaker_en if isinstance(v, QuoteView) else (getattr(v, "speaker_display", None) or v.speaker)


def speaker_text(v: Any) -> str:
    """The speaker in the interface's language first: in the Arabic interface the name as written (its
    English one hover away, as the Figures tab does for sources), else the English name."""
    if _arabic_ui():
        return getattr(v, "fact", v).speaker or _speaker_en(v)
    return _speaker_en(v)


class QuotesModel(RowTableModel[Any]):
    """Quotes for a reader of either language: the speaker's English name, the English of the
    statement (from the aligned translation — never a guess), the Arabic, the article."""

    _italic: QFont | None = None
    columns = (
        (N_("Speaker"), lambda r: arabic_marked(speaker_text(r)), None),
        (N_("English"), lambda v: v.english if getattr(v, "english", None) else tr(NO_ENGLISH), None),
        (N_("Arabic"), _quote_ar, None),
        (N_("Article"), lambda v: getattr(v, "fact", v).article_title, None),
    )

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        view = row if isinstance(row, QuoteView) else QuoteView(row, _speaker_en(row))
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_text(quote_tooltip(view))
        if role == _FONT and ((column == 0 and view.guess and not _arabic_ui()) or (column == 1 and not view.english)):
            if self._italic is None:
                self._italic = QFont()
                self._italic.setItalic(True)
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and not view.english:
            return QBrush(QColor("#777777"))
        if role == _ALIGN and column == 2:
            return _RIGHT
        if (role == _ALIGN and column == 0
                and text_direction(arabic_marked(speaker_text(view))) == Qt.LayoutDirection.RightToLeft):
            return _RIGHT
        return None


def quote_tooltip(view: QuoteView) -> str:
    """Speaker (English and Arabic), the English with where it comes from, then the Arabic."""
    q = view.fact
    first, other = (q.speaker, view.speaker_en) if _arabic_ui() and q.speaker else (view.speaker_en, q.speaker)
    who = first + (f" · {other}" if other and other != first else "")
    note = label_note(view.speaker_source)
    kind = tr("direct quote") if q.direct else tr("reported speech")
    if view.english:
        src = tr("machine translation") if view.english_source == "machine" else tr("reference translation")
        english = f"{view.english}\n({src})"
    else:
        english = tr(NO_ENGLISH)
    return f"{who} {note}".rstrip() + f" — {kind}\n\n{english}\n\n{q.quote}\n\n{q.article_title}"


def _note_english(n: Any) -> str:
    """The English of a note: what was selected on the English side, else the aligned English."""
    return (n.extra.get("en_passage") if getattr(n, "pane", "ar") == "en" else None) or getattr(n, "english", None) or ""


class NotesModel(RowTableModel[Any]):
    """Notes in both languages: the Arabic passage (right-aligned) beside the English one, whichever
    side the note was made on (the side is shown by its mark: ع for Arabic, E for English)."""

    columns = (
        ("", lambda n: "E" if getattr(n, "pane", "ar") == "en" else "ع", None),
        (N_("Arabic"), lambda n: n.passage, None),
        (N_("English"), _note_english, None),
        (N_("Note"), lambda n: n.text, None),
        (N_("Article"), lambda n: n.article_title or "", None),
    )

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return QBrush(QColor(NOTE_COLORS.get(row.color, row.color)))
        if role == Qt.ItemDataRole.ToolTipRole:
            english = _note_english(row)
            made = tr("Made on the English text") if getattr(row, "pane", "ar") == "en" else tr("Made on the Arabic text")
            return as_text(row.passage + (f"\n\n{english}" if english else "")
                           + (f"\n\n{tr('Note:')} {row.text}" if row.text else "") + f"\n\n{made}")
        if role == _ALIGN and column == 1:
            return _RIGHT
        return None


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else float(((v + 0.055) / 1.055) ** 2.4)

        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def entity_brush(entity_type: str, background: QColor | None = None) -> QBrush:
    """An entity type's colour; for text on ``background``, the same hue darkened (lightened on a dark
    background) until it reads at 4.5:1 (WCAG AA): the Places and Other headings were 3.4:1 and 3.1:1."""
    c = QColor(ENTITY_COLORS.get(entity_type, ENTITY_COLORS["MISC"]))
    if background is not None:
        dark = background.lightnessF() < 0.5
        for _ in range(20):
            if contrast(c, background) >= 4.5:
                break
            c = c.lighter(112) if dark else c.darker(112)
    return QBrush(c)
