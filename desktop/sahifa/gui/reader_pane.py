"""The reader's text panes: one side's text (Arabic RTL or English LTR) with highlight runs, linked
sentence units and scroll anchors, and the interleaved pane (sentence under sentence).

Article text is loaded with ``setPlainText`` — it is data, never markup — and highlights are
character-offset ranges turned into QTextCharFormat runs. Offsets are Python code points; Qt counts
UTF-16 units, so :class:`OffsetMap` converts when the text has characters outside the BMP.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from .i18n import tr
from .layers import Highlight
from .theme import SENTENCE_COLOR, SENTENCE_COLOR_DARK, is_dark, load_fonts, tint
from .turns import next_turn

_LAYER_ORDER = {"quotes": 0, "mirror": 1, "speakers": 2, "numbers": 3, "entities": 4, "filter": 5, "notes": 6}
# A reading pane is never narrower than this (about 30 Arabic or 45 English characters a line at the
# default sizes): below it the window gives up a dock (tabified) rather than squeeze the text.
PANE_MIN_WIDTH = 280


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


class TextPane(QTextBrowser):
    """One language's pane: plain text + highlight runs + the linked-sentence selection."""

    unit_clicked = Signal(int)
    unit_hovered = Signal(int)
    scrolled_to_unit = Signal(int, float)  # the unit at the top of the view, and how far into it

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
        # set_text_soon's text, built on a later turn of the event loop (see flush); a counter so that a
        # build scheduled for a text since replaced never lands
        self._pending: tuple[str, list[tuple[int, int]], Callable[[], Sequence[Highlight]]] | None = None
        self._pending_gen = 0
        rtl = side == "ar"
        # always there: a scroll bar appearing narrows the text, which Qt then lays out again (an article
        # after a short one, the first article shown)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        self.setAccessibleName(self.accessible_name())
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
        super().document().setDefaultFont(self._font())  # a pending text gets the font when it is built

    def set_zoom(self, zoom: int) -> None:
        self._zoom = zoom
        self._apply_font()

    def _text_option(self) -> QTextOption:
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if self.side == "ar" else Qt.LayoutDirection.LeftToRight)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if self.side == "ar" else Qt.AlignmentFlag.AlignLeft)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        return option

    def set_text(self, text: str, units: Sequence[tuple[int, int]] = (), highlights: Sequence[Highlight] = (),
                 prepare: Callable[[QTextDocument], None] | None = None) -> None:
        """Show a new text with its highlights.

        The document is built (text, font, highlight formats) while no layout is attached to it, then
        swapped in: Qt then lays it out lazily — what the viewport shows first, the rest in ~10 ms
        steps on later turns of the event loop — instead of laying out the whole article, twice
        (text, then formats), before the event loop can run again.
        """
        self._pending, self._pending_gen = None, self._pending_gen + 1  # this text wins over a pending one
        self._text = text
        self._map = OffsetMap(text)
        self._units = list(units)
        self._linked = None
        doc = QTextDocument(self)
        doc.setDefaultTextOption(self._text_option())
        doc.setDefaultFont(self._font())
        doc.setDocumentMargin(12)  # room for the linked sentence's side bar, outside the text
        doc.setPlainText(text)  # data, never markup
        if prepare is not None:
            prepare(doc)
        self._highlights = []
        self._signature = ()
        self._apply_highlights(doc, highlights, fresh=True)
        self._swap(doc)

    def _swap(self, doc: QTextDocument) -> None:
        old = self._own_document  # Qt deletes its own first document itself
        self.setDocument(doc)
        self._own_document = doc
        if old is not None:
            old.deleteLater()

    def set_text_soon(self, text: str, units: Sequence[tuple[int, int]],
                      highlights: Callable[[], Sequence[Highlight]]) -> None:
        """:meth:`set_text` on a later turn of the event loop (:func:`turns.next_turn`): showing an article
        then builds, lays out and paints one pane per turn instead of both in one.

        Meanwhile the pane is blank: never the text it showed before, and no placeholder message. Its
        text, units and offsets are the new ones at once; whatever reads its document (cursors,
        highlights, offsets under the mouse, ``document()``, ``toPlainText()``) builds it first
        (:meth:`flush`). ``highlights`` is called when the text is built, so it gives the layers of that
        moment. A later ``set_text``/``set_text_soon`` wins: a text since replaced is never built."""
        self._pending_gen += 1
        generation = self._pending_gen
        blank = QTextDocument(self)
        blank.setDefaultFont(self._font())
        self._swap(blank)
        self._text = text
        self._map = OffsetMap(text)
        self._units = list(units)
        self._linked = None
        self._highlights, self._signature = [], ()
        self._pending = (text, list(units), highlights)
        next_turn(self, lambda: self._build_pending(generation))

    def _build_pending(self, generation: int) -> None:
        if generation == self._pending_gen:
            self.flush()

    def pending(self) -> bool:
        """True while a :meth:`set_text_soon` text waits to be built."""
        return self._pending is not None

    def flush(self) -> None:
        """Build the pending text now (it keeps the unit lit meanwhile)."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        text, units, highlights = pending
        linked = self._linked
        self.set_text(text, units, highlights())
        if linked is not None:
            self.link_unit(linked, scroll=False)

    def document(self) -> QTextDocument:
        self.flush()
        return super().document()

    def toPlainText(self) -> str:  # Qt's name
        self.flush()
        return super().toPlainText()

    def text(self) -> str:
        return self._text

    def set_highlights(self, highlights: Sequence[Highlight]) -> None:
        if self._pending is not None:
            return  # the pending text gets the layers of the moment it is built
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
            elif h.layer == "mirror":  # a note made on the other side, on its aligned sentence
                mirror = QColor(h.color)
                mirror.setAlpha(110)
                fmt.setBackground(mirror)
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
        self.flush()
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
        self.flush()
        return self._map.from_qt(self.cursorForPosition(point).position())

    def set_units(self, units: Sequence[tuple[int, int]]) -> None:
        self._units = list(units)

    def unit_at_offset(self, offset: int) -> int | None:
        for i, (s, e) in enumerate(self._units):
            if s <= offset <= e:
                return i
        return None

    def link_unit(self, index: int | None, *, scroll: bool) -> None:
        """Light a unit (sentence or paragraph) with a side bar and an outline (see paintEvent): a
        fill would hide the notes and entity colours inside it."""
        self._linked = index if index is not None and 0 <= index < len(self._units) else None
        if self._linked is not None and scroll:
            self.scroll_to_offset(self._units[self._linked][0])
        self.viewport().update()

    def unit_rect(self, index: int) -> QRect | None:
        """The viewport rectangle of a unit's lines (full text width), or None."""
        if not 0 <= index < len(self._units):
            return None
        self.flush()
        s, e = self._units[index]
        first = QTextCursor(self.document())
        first.setPosition(self._map.to_qt(s))
        last = QTextCursor(self.document())
        last.setPosition(self._map.to_qt(max(s, e)))
        top, bottom = self.cursorRect(first).top(), self.cursorRect(last).bottom()
        margin = int(self.document().documentMargin())
        return QRect(margin - 6, top - 2, self.viewport().width() - 2 * margin + 12, bottom - top + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._linked is None or self._pending is not None:  # no building while painting
            return
        rect = self.unit_rect(self._linked)
        if rect is None or not rect.intersects(self.viewport().rect()):
            return
        color = QColor(SENTENCE_COLOR_DARK if is_dark() else SENTENCE_COLOR)
        painter = QPainter(self.viewport())
        bar_x = rect.right() - 3 if self.side == "ar" else rect.left()
        painter.fillRect(QRect(bar_x, rect.top(), 4, rect.height()), color)  # on the reading-start side
        outline = QColor(color)
        outline.setAlpha(120)
        painter.setPen(QPen(outline, 1))
        painter.drawRoundedRect(rect, 4, 4)
        painter.end()

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
        self.flush()
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.from_qt(cursor.selectionStart()), self._map.from_qt(cursor.selectionEnd())

    def _unit_near(self, offset: int) -> int | None:
        """The unit holding offset, else the last one starting before it (a gap between paragraphs)."""
        if not self._units:
            return None
        i = bisect.bisect_right([u[0] for u in self._units], offset) - 1
        return max(0, i)

    def anchor(self) -> tuple[int, float] | None:
        """(unit, fraction): the unit at the top of the view and how far (0–1) the view is into it.
        Panes scroll together by this anchor, so units of different heights never drift apart."""
        unit = self._unit_near(self.offset_at(QPoint(self.viewport().width() // 2, 2)))
        if unit is None:
            return None
        rect = self.unit_rect(unit)
        if rect is None or rect.height() <= 0:
            return unit, 0.0
        return unit, min(1.0, max(0.0, -rect.top() / rect.height()))

    def _on_scrolled(self, _value: int) -> None:
        if self._suppress_scroll or not self._units or self._pending is not None:
            return
        anchor = self.anchor()
        if anchor is not None:
            self.scrolled_to_unit.emit(*anchor)

    def scroll_to_anchor(self, index: int, fraction: float = 0.0) -> None:
        """Scroll so that ``fraction`` of unit ``index`` lies at the top of the view."""
        rect = self.unit_rect(index)
        if rect is None:
            return
        bar = self.verticalScrollBar()
        self._suppress_scroll = True
        try:
            bar.setValue(bar.value() + rect.top() + round(fraction * rect.height()))
        finally:
            self._suppress_scroll = False

    def scroll_to_unit_top(self, index: int) -> None:
        self.scroll_to_anchor(index, 0.0)

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
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.accessible_name())
        return super().event(event)

    def accessible_name(self) -> str:
        return tr("Arabic text") if self.side == "ar" else tr("English text")



class InterleavedPane(TextPane):
    """Sentence under sentence: each aligned Arabic unit (right-to-left, in the reader's Arabic font)
    with its English under it (left-to-right, the English pane's font and full contrast), carrying
    every layer and note of both panes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ar", parent)
        self.setAccessibleName(self.accessible_name())
        self.en_font = QFont()

    def accessible_name(self) -> str:
        return tr("Arabic and English, sentence under sentence")

    def show_blocks(self, blocks: Sequence[tuple[str, str]], highlights: Sequence[Highlight],
                    units: Sequence[tuple[int, int]]) -> None:
        """blocks: (side, text) in order, one paragraph each; highlights over the joined text."""
        text = "\n".join(t for _, t in blocks)
        en_font = self.en_font
        sides = [side for side, _ in blocks]

        def prepare(doc: QTextDocument) -> None:
            cursor = QTextCursor(doc)
            block = doc.begin()
            for i, side in enumerate(sides):
                if not block.isValid():
                    break
                fmt = QTextBlockFormat()
                rtl = side == "ar"
                fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
                fmt.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                                 | Qt.AlignmentFlag.AlignAbsolute)
                fmt.setTopMargin(14 if rtl and i else 2)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
                if not rtl:
                    cursor.setPosition(block.position() + max(0, block.length() - 1), QTextCursor.MoveMode.KeepAnchor)
                    char = QTextCharFormat()
                    char.setFont(en_font)
                    cursor.mergeCharFormat(char)
                block = block.next()

        self.set_text(text, units, highlights, prepare=prepare)
