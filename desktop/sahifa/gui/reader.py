"""The reader: Arabic (RTL) beside English (LTR), aligned by sentence, with highlight layers.

Article text is loaded with ``setPlainText`` — it is data, never markup — and highlights are
character-offset ranges turned into QTextCharFormat runs. Offsets are Python code points; Qt counts
UTF-16 units, so :class:`OffsetMap` converts when the text has characters outside the BMP.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from .i18n import N_, tr
from .theme import (
    ENTITY_COLORS,
    NOTE_COLORS,
    NUMBER_COLOR,
    QUOTE_COLOR,
    SENTENCE_COLOR,
    is_dark,
    load_fonts,
    tint,
)

if TYPE_CHECKING:
    from sahifa.core.model import Analysis, Article, EntityMention, NumberMention

log = logging.getLogger(__name__)

LAYERS = ("entities", "numbers", "quotes")
_LAYER_ORDER = {"quotes": 0, "speakers": 1, "numbers": 2, "entities": 3, "filter": 4, "notes": 5}


class OffsetMap:
    """Python code-point offsets ↔ Qt (UTF-16) document positions."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def to_qt(self, i: int) -> int:
        return i + bisect.bisect_left(self._astral, i) if self._astral else i

    def from_qt(self, pos: int) -> int:
        if not self._astral:
            return pos
        # each astral char before i adds one position
        lo, hi = 0, pos
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    layer: str            # entities | numbers | quotes | speakers | notes | filter
    color: str
    tooltip: str = ""
    key: str | None = None  # entity key, for filter lighting
    bold: bool = False
    underline: bool = False


@dataclass
class Alignment:
    """Units that correspond across panes: (ar_start, ar_end) ↔ (en_start, en_end)."""

    ar: list[tuple[int, int]] = field(default_factory=list)
    en: list[tuple[int, int]] = field(default_factory=list)

    def unit_at(self, side: str, pos: int) -> int | None:
        ranges = self.ar if side == "ar" else self.en
        starts = [s for s, _ in ranges]
        i = bisect.bisect_right(starts, pos) - 1
        if 0 <= i < len(ranges) and ranges[i][0] <= pos <= ranges[i][1]:
            return i
        return None


class TextPane(QTextBrowser):
    """One language's pane: plain text + highlight runs + the linked-sentence selection."""

    unit_clicked = Signal(int)
    unit_hovered = Signal(int)
    scrolled_to_unit = Signal(int)

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self._text = ""
        self._map = OffsetMap("")
        self._highlights: list[Highlight] = []
        self._units: list[tuple[int, int]] = []
        self._linked: int | None = None
        self._hovered: int | None = None
        self._suppress_scroll = False
        self._signature: tuple[tuple[int, int, str, str, bool, bool], ...] = ()
        # the document set_text created last; not asked of Qt: document().parent() is a private Qt
        # class whose first wrapping costs PySide ~80 ms of type set-up
        self._own_document: QTextDocument | None = None
        self.before_read: Callable[[], None] | None = None  # flushes pending highlight changes
        rtl = side == "ar"
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.setAccessibleName("Arabic text" if rtl else "English text")
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._base_point_size = 17 if rtl else 12
        self._zoom = 0
        self._apply_font()

    # --- content -------------------------------------------------------------------------------
    def set_family(self, family: str | None) -> None:
        self._family = family or None
        self._apply_font()

    def _font(self) -> QFont:
        family = getattr(self, "_family", None)
        font = QFont(family or load_fonts()) if self.side == "ar" else QFont()
        font.setPointSize(max(7, self._base_point_size + self._zoom))
        return font

    def _apply_font(self) -> None:
        self.document().setDefaultFont(self._font())

    def set_zoom(self, zoom: int) -> None:
        self._zoom = zoom
        self._apply_font()

    def _text_option(self) -> QTextOption:
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.side == "ar" else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if self.side == "ar" else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        return option

    def set_text(self, text: str, units: Sequence[tuple[int, int]] = (), highlights: Sequence[Highlight] = ()) -> None:
        """Show a new text with its highlights.

        The document is built (text, font, highlight formats) while no layout is attached to it, then
        swapped in: Qt then lays it out lazily — what the viewport shows first, the rest in ~10 ms
        steps on later turns of the event loop — instead of laying out the whole article, twice
        (text, then formats), before the event loop can run again.
        """
        self._text = text
        self._map = OffsetMap(text)
        self._units = list(units)
        self._linked = None
        self.setExtraSelections([])
        doc = QTextDocument(self)
        doc.setDefaultTextOption(self._text_option())
        doc.setDefaultFont(self._font())
        doc.setPlainText(text)  # data, never markup
        self._highlights = []
        self._signature = ()
        self._apply_highlights(doc, highlights, fresh=True)
        old = self._own_document  # Qt deletes its own first document itself
        self.setDocument(doc)
        self._own_document = doc
        if old is not None:
            old.deleteLater()

    def text(self) -> str:
        return self._text

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        self._apply_highlights(self.document(), highlights, fresh=False)

    def _apply_highlights(self, doc: QTextDocument, highlights: Sequence[Highlight], *, fresh: bool) -> None:
        """Turn highlights into character formats. Re-formatting a laid-out document re-lays it all
        out, so nothing is touched when only tooltips changed (entity counts arriving, a refresh)."""
        self._highlights = sorted(highlights, key=lambda h: (h.start, -h.end))
        n = len(self._text)
        runs = sorted((h for h in self._highlights if 0 <= h.start < h.end <= n), key=lambda h: _LAYER_ORDER.get(h.layer, 9))
        signature = tuple((h.start, h.end, h.layer, h.color, h.bold, h.underline) for h in runs)
        if signature == self._signature and not fresh:
            return
        self._signature = signature
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        if not fresh:
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.setCharFormat(QTextCharFormat())
        for h in runs:
            fmt = QTextCharFormat()
            if h.layer == "notes":
                fmt.setBackground(QColor(h.color))
            elif h.layer == "filter":
                fmt.setBackground(tint(h.color, 150))
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor(h.color))
                fmt.setFontWeight(QFont.Weight.Bold)
            else:
                fmt.setBackground(tint(h.color, 60 if h.layer != "quotes" else 38))
            if h.underline:
                fmt.setFontUnderline(True)
                fmt.setUnderlineColor(QColor(h.color))
            if h.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            cursor.setPosition(self._map.to_qt(h.start))
            cursor.setPosition(self._map.to_qt(h.end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def highlights(self) -> list[Highlight]:
        if self.before_read is not None:
            self.before_read()
        return list(self._highlights)

    def formats_at(self, offset: int) -> QTextCharFormat:
        """The character format at a text offset (used by tests and tooltips)."""
        if self.before_read is not None:
            self.before_read()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(offset) + 1)
        return cursor.charFormat()

    # --- linking -------------------------------------------------------------------------------
    def offset_at(self, point: QPoint) -> int:
        return self._map.from_qt(self.cursorForPosition(point).position())

    def set_units(self, units: Sequence[tuple[int, int]]) -> None:
        self._units = list(units)

    def unit_at_offset(self, offset: int) -> int | None:
        for i, (s, e) in enumerate(self._units):
            if s <= offset <= e:
                return i
        return None

    def link_unit(self, index: int | None, *, scroll: bool) -> None:
        self._linked = index
        selections = []
        if index is not None and 0 <= index < len(self._units):
            s, e = self._units[index]
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(self._map.to_qt(s))
            sel.cursor.setPosition(self._map.to_qt(e), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setBackground(tint(SENTENCE_COLOR, 70))
            sel.format = fmt
            selections.append(sel)
            if scroll:
                self.scroll_to_offset(s)
        self.setExtraSelections(selections)

    def linked_unit(self) -> int | None:
        return self._linked

    def scroll_to_offset(self, offset: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(min(offset, len(self._text))))
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        self._suppress_scroll = True
        try:
            bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)
        finally:
            self._suppress_scroll = False

    def selection_offsets(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.from_qt(cursor.selectionStart()), self._map.from_qt(cursor.selectionEnd())

    def _on_scrolled(self, _value: int) -> None:
        if self._suppress_scroll or not self._units:
            return
        offset = self.offset_at(QPoint(self.viewport().width() // 2, 4))
        unit = self.unit_at_offset(offset)
        if unit is not None:
            self.scrolled_to_unit.emit(unit)

    def scroll_to_unit_top(self, index: int) -> None:
        if 0 <= index < len(self._units):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._map.to_qt(self._units[index][0]))
            rect = self.cursorRect(cursor)
            bar = self.verticalScrollBar()
            self._suppress_scroll = True
            try:
                bar.setValue(bar.value() + rect.top() - 4)
            finally:
                self._suppress_scroll = False

    # --- events --------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if not event.buttons():
            unit = self.unit_at_offset(self.offset_at(event.position().toPoint()))
            if unit is not None and unit != self._hovered:
                self._hovered = unit
                self.unit_hovered.emit(unit)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            unit = self.unit_at_offset(self.offset_at(event.position().toPoint()))
            if unit is not None:
                self.unit_clicked.emit(unit)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = self.viewport().mapFromGlobal(event.globalPos())
            offset = self.offset_at(pos)
            tips = [h.tooltip for h in self._highlights if h.tooltip and h.start <= offset < h.end]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(tips)), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def entity_tooltip(e: EntityMention, stats: dict[str, tuple[int, int]] | None, key: str | None) -> str:
    names = {"PERSON": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}
    tip = f"{e.label_en} · {e.canonical} — {names.get(e.type, e.type.lower())}"
    if stats and key in stats:
        m, a = stats[key]
        tip += f"\n{m} mention{'s' if m != 1 else ''} in {a} article{'s' if a != 1 else ''}"
    return tip


def number_tooltip(n: NumberMention) -> str:
    if n.vague or n.value is None:
        head = f"vague quantity ({n.text})"
    else:
        value = f"{n.value:,}" if isinstance(n.value, int) or float(n.value).is_integer() else f"{n.value:,.2f}"
        if isinstance(n.value, float) and n.value.is_integer():
            value = f"{int(n.value):,}"
        if n.value_max is not None:
            vm = n.value_max
            value += f"–{int(vm):,}" if float(vm).is_integer() else f"–{vm:,}"
        approx = {"approx": "≈ ", "more_than": "> ", "less_than": "< ", "up_to": "≤ ", "at_least": "≥ "}.get(
            n.qualifier or "", ""
        )
        head = approx + value
    unit = f" {n.unit}" if n.unit and n.kind != "date" else ""
    counted = f" {n.counted_en or n.counted}" if (n.counted_en or n.counted) else ""
    if n.kind == "date" and n.unit:
        return f"date: {n.unit}"
    return f"{head}{unit}{counted}  ({n.kind})"


def build_highlights(
    analysis: Analysis,
    *,
    layers: set[str],
    keys: dict[tuple[int, int], str],
    lit_keys: set[str],
    stats: dict[str, tuple[int, int]] | None = None,
) -> list[Highlight]:
    """Turn an analysis into highlight runs for the Arabic pane."""
    out: list[Highlight] = []
    if "quotes" in layers:
        for q in analysis.quotes:
            tip = f"{q.speaker} — {q.cue}" + (" (direct quote)" if q.direct else " (reported)")
            out.append(Highlight(q.start, q.end, "quotes", QUOTE_COLOR, tip))
            if q.speaker_start is not None and q.speaker_end is not None:
                out.append(Highlight(q.speaker_start, q.speaker_end, "speakers", QUOTE_COLOR, f"speaker: {q.speaker}", bold=True))
    if "numbers" in layers:
        for n in analysis.numbers:
            out.append(Highlight(n.start, n.end, "numbers", NUMBER_COLOR, number_tooltip(n), underline=True))
    for e in analysis.entities:
        key = keys.get((e.start, e.end))
        color = ENTITY_COLORS.get(e.type, ENTITY_COLORS["MISC"])
        tip = entity_tooltip(e, stats, key)
        if key is not None and key in lit_keys:
            out.append(Highlight(e.start, e.end, "filter", color, tip, key=key))
        elif "entities" in layers:
            out.append(Highlight(e.start, e.end, "entities", color, tip, key=key))
    return out


def english_highlights(
    en_text: str, alignment: Alignment, analysis: Analysis, article: Article, layers: set[str], unit_of_offset: list[int]
) -> list[Highlight]:
    """Light the English rendering of each entity inside its aligned unit (same colour as Arabic)."""
    if "entities" not in layers or not en_text:
        return []
    out: list[Highlight] = []
    lower = en_text.lower()
    seen: set[tuple[int, int]] = set()
    for e in analysis.entities:
        unit = unit_of_offset[e.start] if e.start < len(unit_of_offset) else -1
        if unit < 0 or unit >= len(alignment.en):
            continue
        us, ue = alignment.en[unit]
        label = (e.label_en or "").strip()
        candidates = [label]
        if e.type == "PERSON" and " " in label:
            candidates.append(label.split()[-1])
        if label.lower().startswith("al-"):
            candidates.append(label[3:])
        for cand in candidates:
            if len(cand) < 2:
                continue
            i = lower.find(cand.lower(), us, ue)
            if i >= 0 and (i, i + len(cand)) not in seen:
                seen.add((i, i + len(cand)))
                color = ENTITY_COLORS.get(e.type, ENTITY_COLORS["MISC"])
                out.append(Highlight(i, i + len(cand), "entities", color, f"{e.label_en} · {e.canonical}"))
                break
    return out


class EnglishPlaceholder(QWidget):
    """What the English pane says when there is no translation yet, and how to get one."""

    install_requested = Signal()
    download_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setText(
            tr("No English translation for this article yet.") + "\n\n" + tr(
                "Sahifa translates offline with an Argos Translate Arabic→English model (about 100 MB). "
                "Nothing leaves your computer. Install a model file you already have "
                "(translate-ar_en-*.argosmodel), or download it once when you are online."
            )
        )
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.install_button = QPushButton(tr("Install from file…"), self)
        self.download_button = QPushButton(tr("Download (≈100 MB)"), self)
        self.install_button.clicked.connect(self.install_requested)
        self.download_button.clicked.connect(self.download_requested)
        row.addWidget(self.install_button)
        row.addWidget(self.download_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def set_message(self, text: str, *, buttons: bool = True) -> None:
        self.label.setText(text)
        self.install_button.setVisible(buttons)
        self.download_button.setVisible(buttons)


class ReaderView(QWidget):
    """Title bar + Arabic pane + English pane (with provenance and a source switch)."""

    english_source_changed = Signal(str)  # "reference" | "machine"
    layout_modes = (N_("side by side"), N_("Arabic only"), N_("English only"), N_("interleaved"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.alignment = Alignment()
        self._unit_of_offset: list[int] = []
        self.layers: set[str] = set(LAYERS)
        self.lit_keys: set[str] = set()
        self.keys: dict[tuple[int, int], str] = {}
        self.stats: dict[str, tuple[int, int]] = {}
        self.note_spans: list[tuple[int, int, str, str]] = []  # start, end, colour, note text
        self.en_sentences: list[str] | None = None
        self.en_provenance = ""
        self._syncing = False
        self._highlights_pending = False

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        tfont = QFont(load_fonts())
        tfont.setPointSize(20)
        tfont.setBold(True)
        self.title.setFont(tfont)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)

        self.ar = TextPane("ar", self)
        self.en = TextPane("en", self)
        self.placeholder = EnglishPlaceholder(self)
        self.en_stack = QStackedWidget(self)
        self.en_stack.addWidget(self.placeholder)
        self.en_stack.addWidget(self.en)
        self.provenance = QLabel(self)
        self.provenance.setTextFormat(Qt.TextFormat.PlainText)
        self.source_combo = QComboBox(self)
        self.source_combo.setAccessibleName("English source")
        self.source_combo.addItem(tr("Reference translation"), "reference")
        self.source_combo.addItem(tr("Machine translation"), "machine")
        self.source_combo.setVisible(False)
        self.source_combo.currentIndexChanged.connect(
            lambda _i: self.english_source_changed.emit(self.source_combo.currentData())
        )
        en_box = QWidget(self)
        en_layout = QVBoxLayout(en_box)
        en_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.provenance, 1)
        head.addWidget(self.source_combo)
        en_layout.addLayout(head)
        en_layout.addWidget(self.en_stack, 1)
        ar_box = QWidget(self)
        ar_layout = QVBoxLayout(ar_box)
        ar_layout.setContentsMargins(0, 0, 0, 0)
        ar_head = QLabel(tr("العربية · Arabic"), self)
        ar_head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        ar_layout.addWidget(ar_head)
        ar_layout.addWidget(self.ar, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.splitter.addWidget(en_box)   # English on the left,
        self.splitter.addWidget(ar_box)   # Arabic on its reading side, the right
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 1000])
        self._even_pending = True
        self._en_box, self._ar_box = en_box, ar_box

        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it also shows library errors (file names)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setText(tr("Open a folder of Arabic news articles (File ▸ Open Folder…) to start reading."))
        self.stack = QStackedWidget(self)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(6, 6, 6, 6)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.meta)
        body_layout.addWidget(self.splitter, 1)
        self.interleaved = QTextBrowser(self)
        self.interleaved.setAccessibleName("Arabic and English, sentence under sentence")
        self.interleaved.setOpenLinks(False)
        self.interleaved.setVisible(False)
        body_layout.addWidget(self.interleaved, 1)
        self._mode = "side by side"
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.ar.before_read = self.flush_highlights
        self.en.before_read = self.flush_highlights
        self.ar.unit_hovered.connect(lambda i: self._hover(i))
        self.en.unit_hovered.connect(lambda i: self._hover(i))
        self.ar.unit_clicked.connect(lambda i: self._link(i, source="ar"))
        self.en.unit_clicked.connect(lambda i: self._link(i, source="en"))
        self.ar.scrolled_to_unit.connect(lambda i: self._sync_scroll(i, source="ar"))
        self.en.scrolled_to_unit.connect(lambda i: self._sync_scroll(i, source="en"))

    # --- layout --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._even_pending and self.splitter.width() > 400:
            # English and Arabic of equal width, once the reader has its real width (it may be built
            # after the window is shown, and the English header's minimum width skews a late split)
            self._even_pending = False
            half = self.splitter.width() // 2
            self.splitter.setSizes([half, half])

    def set_layout_mode(self, mode: str) -> None:
        self._mode = mode
        self.splitter.setVisible(mode != "interleaved")
        self.interleaved.setVisible(mode == "interleaved")
        self._en_box.setVisible(mode != "Arabic only")
        self._ar_box.setVisible(mode != "English only")
        if mode == "interleaved":
            self._fill_interleaved()

    def _fill_interleaved(self) -> None:
        """Each aligned unit: the Arabic (right-to-left) with its English under it. Plain text, never markup."""
        doc = self.interleaved.document()
        doc.clear()
        article = self.article
        if article is None:
            return
        cursor = QTextCursor(doc)
        ar_font = QFont(getattr(self.ar, "_family", None) or load_fonts())
        ar_font.setPointSize(self.ar.document().defaultFont().pointSize())
        ar_fmt = QTextCharFormat()
        ar_fmt.setFont(ar_font)
        en_fmt = QTextCharFormat()
        en_font = QFont()
        en_font.setPointSize(self.en.document().defaultFont().pointSize())
        en_fmt.setFont(en_font)
        en_fmt.setForeground(QColor("#555555") if not is_dark() else QColor("#BBBBBB"))
        units = self.alignment.ar or [(s.start, s.end) for s in article.sentences]
        en_text = self.en.text() if self.en_sentences is not None else ""
        first = True
        for i, (start, end) in enumerate(units):
            block = QTextBlockFormat()
            block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            block.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            block.setTopMargin(0 if first else 10)
            if first:
                cursor.setBlockFormat(block)
                cursor.setBlockCharFormat(ar_fmt)
                first = False
            else:
                cursor.insertBlock(block, ar_fmt)
            cursor.insertText(article.text[start:end], ar_fmt)
            if en_text and i < len(self.alignment.en):
                es, ee = self.alignment.en[i]
                en_block = QTextBlockFormat()
                en_block.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
                en_block.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
                cursor.insertBlock(en_block, en_fmt)
                cursor.insertText(en_text[es:ee], en_fmt)

    def set_zoom(self, zoom: int) -> None:
        self.ar.set_zoom(zoom)
        self.en.set_zoom(zoom)

    # --- content -------------------------------------------------------------------------------
    def clear(self, message: str | None = None) -> None:
        self.article = None
        self.analysis = None
        if message:
            self.empty.setText(message)
        self.stack.setCurrentIndex(0)

    def show_article(
        self,
        article: Article,
        analysis: Analysis,
        *,
        keys: dict[tuple[int, int], str],
        stats: dict[str, tuple[int, int]] | None = None,
    ) -> None:
        self.article = article
        self.analysis = analysis
        self.keys = keys
        self.stats = stats or {}
        self.title.setText(article.title)
        meta = " · ".join(x for x in (article.source, article.published) if x)
        self.meta.setText(meta)
        self.stack.setCurrentIndex(1)
        self._highlights_pending = False
        self.ar.set_text(article.text, [(s.start, s.end) for s in article.sentences], self._ar_highlights())
        self._unit_of_offset = [-1] * (len(article.text) + 1)
        self.en_sentences = None
        self.set_english(None, "")

    def set_english(self, sentences: list[str] | None, provenance: str, *, paragraph_level: bool = False) -> None:
        """Show English: one string per Arabic sentence, or per paragraph when paragraph_level."""
        article = self.article
        self.en_provenance = provenance
        self.provenance.setText(provenance)
        if article is None or sentences is None:
            self.en_sentences = None
            self.alignment = Alignment()
            self.en_stack.setCurrentWidget(self.placeholder)
            self.ar.set_units([(s.start, s.end) for s in (article.sentences if article else ())])
            return
        self.en_sentences = sentences
        parts: list[str] = []
        en_ranges: list[tuple[int, int]] = []
        pos = 0
        if paragraph_level:
            ar_units = [(p.start, p.end) for p in article.paragraphs]
            for i, text in enumerate(sentences):
                if i:
                    parts.append("\n\n")
                    pos += 2
                parts.append(text)
                en_ranges.append((pos, pos + len(text)))
                pos += len(text)
        else:
            ar_units = [(s.start, s.end) for s in article.sentences]
            last_para = None
            for s, text in zip(article.sentences, sentences, strict=False):
                if last_para is not None:
                    sep = "\n\n" if s.paragraph != last_para else " "
                    parts.append(sep)
                    pos += len(sep)
                last_para = s.paragraph
                parts.append(text)
                en_ranges.append((pos, pos + len(text)))
                pos += len(text)
        en_text = "".join(parts)
        self.alignment = Alignment(ar_units[: len(en_ranges)], en_ranges)
        self._unit_of_offset = [-1] * (len(article.text) + 1)
        for i, (u_start, u_end) in enumerate(self.alignment.ar):
            for j in range(u_start, min(u_end + 1, len(self._unit_of_offset))):
                self._unit_of_offset[j] = i
        self.ar.set_units(self.alignment.ar)
        self.en.set_text(en_text, en_ranges, self._en_highlights(en_text))
        self.en_stack.setCurrentWidget(self.en)
        if self._mode == "interleaved":
            self._fill_interleaved()

    def refresh_highlights(self) -> None:
        """Re-apply highlights on the next turn of the event loop (several changes → one re-format)."""
        if not self._highlights_pending:
            self._highlights_pending = True
            QTimer.singleShot(0, self.flush_highlights)

    def flush_highlights(self) -> None:
        """Apply pending highlight changes now."""
        if not self._highlights_pending:
            return
        self._highlights_pending = False
        if self.article is None or self.analysis is None:
            return
        self.ar.set_highlights(self._ar_highlights())
        if self.en_sentences is not None:
            self.en.set_highlights(self._en_highlights(self.en.text()))

    def _ar_highlights(self) -> list[Highlight]:
        if self.analysis is None:
            return []
        hl = build_highlights(self.analysis, layers=self.layers, keys=self.keys, lit_keys=self.lit_keys, stats=self.stats)
        for start, end, color, note in self.note_spans:
            hl.append(Highlight(start, end, "notes", NOTE_COLORS.get(color, color), f"note: {note}" if note else "highlight"))
        return hl

    def _en_highlights(self, en_text: str) -> list[Highlight]:
        if self.analysis is None or self.article is None:
            return []
        return english_highlights(en_text, self.alignment, self.analysis, self.article, self.layers, self._unit_of_offset)

    # --- linking -------------------------------------------------------------------------------
    def _link(self, unit: int, *, source: str) -> None:
        self.ar.link_unit(unit, scroll=source != "ar")
        if self.en_sentences is not None:
            self.en.link_unit(unit, scroll=source != "en")

    def _hover(self, unit: int) -> None:
        """Hovering a sentence lights it and its counterpart (without scrolling either pane)."""
        self.ar.link_unit(unit, scroll=False)
        if self.en_sentences is not None:
            self.en.link_unit(unit, scroll=False)

    def set_font_family(self, family: str) -> None:
        """The Arabic family of the text and the title ("" = the default, see theme.load_fonts)."""
        self.ar.set_family(family)
        tfont = self.title.font()
        tfont.setFamily(family or load_fonts())
        self.title.setFont(tfont)
        if self._mode == "interleaved":
            self._fill_interleaved()

    def link_sentence(self, sentence_index: int) -> None:
        """Select (and scroll both panes to) the unit containing an Arabic sentence."""
        if self.article is None or not (0 <= sentence_index < len(self.article.sentences)):
            return
        s = self.article.sentences[sentence_index]
        unit = self.ar.unit_at_offset(s.start)
        if unit is None:
            return
        self.ar.link_unit(unit, scroll=True)
        if self.en_sentences is not None:
            self.en.link_unit(unit, scroll=True)

    def _sync_scroll(self, unit: int, *, source: str) -> None:
        if self._syncing or self.en_sentences is None:
            return
        self._syncing = True
        try:
            other = self.en if source == "ar" else self.ar
            QTimer.singleShot(0, lambda: other.scroll_to_unit_top(unit))
        finally:
            self._syncing = False
