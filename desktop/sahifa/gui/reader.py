"""The reader: Arabic (RTL) beside English (LTR), aligned by sentence, with highlight layers.

The panes are in reader_pane.py (text, highlight runs, units, scroll anchors), the Arabic highlight runs
and tooltips in reader_highlights.py, the no-English messages in reader_messages.py; this module is the
view that puts them together (layouts, notes on both sides, mentions, scroll sync).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sahifa.core.english import english_title

from .i18n import N_, tr
from .layers import Alignment, Highlight, english_highlights, mirrored
from .models import text_direction
from .reader_highlights import LAYERS, build_highlights, entity_tooltip, number_tooltip
from .reader_messages import EnglishPlaceholder, NoEnglishBanner
from .reader_pane import PANE_MIN_WIDTH, InterleavedPane, OffsetMap, TextPane
from .theme import NOTE_COLORS, load_fonts

if TYPE_CHECKING:
    from sahifa.core.model import Analysis, Article

log = logging.getLogger(__name__)


def _one_line(text: str) -> str:
    """A unit's text as one paragraph of the interleaved view (same length: offsets stay valid)."""
    return text.replace("\r", " ").replace("\n", " ").replace("\u2029", " ").replace("\u2028", " ")


def _shift(highlights: Sequence[Highlight], placed: Sequence[tuple[int, int, int]]) -> list[Highlight]:
    """Highlights of one pane moved to where its units were placed: (unit start, unit end, new start)."""
    out: list[Highlight] = []
    for h in highlights:
        for s, e, at in placed:
            lo, hi = max(h.start, s), min(h.end, e)
            if lo < hi:
                out.append(Highlight(at + lo - s, at + hi - s, h.layer, h.color, h.tooltip, h.key, h.bold, h.underline))
    return out


class ReaderView(QWidget):
    """Title bar + Arabic pane + English pane (with provenance and a source switch)."""

    english_source_changed = Signal(str)  # "reference" | "machine"
    open_requested = Signal()  # the empty view's Open Folder button
    layout_modes = (N_("side by side"), N_("Arabic only"), N_("English only"), N_("interleaved"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.alignment = Alignment()
        self.layers: set[str] = set(LAYERS)
        self.lit_keys: set[str] = set()
        self.keys: dict[tuple[int, int], str] = {}
        self.stats: dict[str, tuple[int, int]] = {}
        self.note_spans: list[tuple[int, int, str, str]] = []  # Arabic-side notes: start, end, colour, text
        # English-side notes: English start, end, colour, text, the passage, and the Arabic span aligned
        self.en_notes: list[tuple[int, int, str, str, str, int, int]] = []
        self.en_sentences: list[str] | None = None
        self.en_provenance = ""
        self._english_missing = False
        self._syncing = False
        self._highlights_pending = False
        self._mention: int | None = None
        self._split_ratio = 0.5
        self._paragraph_level = False

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.title.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        tfont = QFont(load_fonts())
        tfont.setPointSize(20)
        tfont.setBold(True)
        self.title.setFont(tfont)
        self.title_en = QLabel(self)  # the English title, from the English shown (hidden without one)
        self.title_en.setTextFormat(Qt.TextFormat.PlainText)
        self.title_en.setWordWrap(True)
        self.title_en.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title_en.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.title_en.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        efont = QFont(self.title_en.font())
        efont.setPointSize(15)
        efont.setBold(True)
        self.title_en.setFont(efont)
        self.title_en.setVisible(False)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        self.meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.ar = TextPane("ar", self)
        self.en = TextPane("en", self)
        self.placeholder = EnglishPlaceholder(self)
        self.en_stack = QStackedWidget(self)
        self.en_stack.addWidget(self.placeholder)
        self.en_stack.addWidget(self.en)
        self.provenance = QLabel(self)
        self.provenance.setTextFormat(Qt.TextFormat.PlainText)
        # a long provenance must not widen the English side (it used to squeeze the Arabic to 50 px)
        self.provenance.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.source_combo = QComboBox(self)
        self.source_combo.addItem("", "reference")
        self.source_combo.addItem("", "machine")
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
        ar_head = self.ar_head = QLabel(self)
        ar_head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
        ar_head.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        ar_layout.addWidget(ar_head)
        ar_layout.addWidget(self.ar, 1)
        for box in (en_box, ar_box):
            box.setMinimumWidth(PANE_MIN_WIDTH)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.splitter.addWidget(en_box)   # English on the left,
        self.splitter.addWidget(ar_box)   # Arabic on its reading side, the right
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 1000])
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self._en_box, self._ar_box = en_box, ar_box

        self.banner = NoEnglishBanner(self)
        self.banner.setVisible(False)
        self.banner.install_requested.connect(self.placeholder.install_requested)
        self.banner.download_requested.connect(self.placeholder.download_requested)

        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it also shows library errors (file names)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._empty_said = False  # the empty view says a message of its caller's (clear(message))
        # no folder open: a button says what to do first (the menus and the drop are in the message)
        self.open_button = QPushButton(self)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(self.open_requested)
        self._texts()
        self.stack = QStackedWidget(self)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(6, 6, 6, 6)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.title_en)
        body_layout.addWidget(self.meta)
        body_layout.addWidget(self.banner)
        body_layout.addWidget(self.splitter, 1)
        self.interleaved = InterleavedPane(self)
        self.interleaved.setVisible(False)
        body_layout.addWidget(self.interleaved, 1)
        self._mode = "side by side"
        start = QWidget(self)
        start_layout = QVBoxLayout(start)
        start_layout.addStretch(1)
        start_layout.addWidget(self.empty)
        start_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)
        start_layout.addStretch(1)
        self.stack.addWidget(start)
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
        self.ar.scrolled_to_unit.connect(lambda i, f: self._sync_scroll(i, f, source="ar"))
        self.en.scrolled_to_unit.connect(lambda i, f: self._sync_scroll(i, f, source="en"))

    def _texts(self) -> None:
        self.source_combo.setAccessibleName(tr("English source"))
        self.source_combo.setItemText(0, tr("Reference translation"))
        self.source_combo.setItemText(1, tr("Machine translation"))
        self.ar_head.setText(tr("العربية · Arabic"))
        if not self._empty_said:
            self.empty.setText(tr("Open a folder of Arabic news articles (File ▸ Open Folder…) to start reading."))
        self.open_button.setText(tr("Open Folder…"))

    def set_provenance(self, provenance: str) -> None:
        """Say where the English shown comes from again (a language switch), with the English title's."""
        self.en_provenance = provenance
        self.provenance.setText(provenance)
        if self.title_en.isVisibleTo(self):
            self._show_english_title(self.en_sentences, self._paragraph_level)

    def changeEvent(self, event: QEvent) -> None:
        """A live language switch: the texts again, and the highlights' tooltips (the document, its
        scroll position and selection stay)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
            if self.article is not None:
                self.refresh_highlights()

    # --- layout --------------------------------------------------------------------------------
    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        sizes = self.splitter.sizes()
        if sum(sizes) > 0 and all(sizes):
            self._split_ratio = sizes[0] / sum(sizes)

    def split_ratio(self) -> float:
        """The English share of the two panes' width (0.5 = equal), kept across resizes and restarts."""
        return self._split_ratio

    def set_split_ratio(self, ratio: float) -> None:
        self._split_ratio = min(0.8, max(0.2, ratio))
        self._apply_split()

    def _apply_split(self) -> None:
        total = sum(self.splitter.sizes())
        if total <= 0 or not (self._en_box.isVisible() and self._ar_box.isVisible()):
            return
        left = round(total * self._split_ratio)
        if abs(self.splitter.sizes()[0] - left) > 1:
            self.splitter.setSizes([left, total - left])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Qt's splitter shares a resize by stretch factors and minimum sizes, which drifts from the
        # user's split (and skewed the late-built first split): keep the share the user chose.
        QTimer.singleShot(0, self, self._apply_split)  # self as context: cancelled if the view is deleted

    def set_layout_mode(self, mode: str) -> None:
        self._mode = mode
        self._apply_mode()
        if mode == "interleaved":
            self._fill_interleaved()

    def _apply_mode(self) -> None:
        mode = self._mode
        missing = self._english_missing and mode in ("side by side", "interleaved")
        self.splitter.setVisible(mode != "interleaved" or missing)
        self.interleaved.setVisible(mode == "interleaved" and not missing)
        self._en_box.setVisible(mode != "Arabic only" and not missing)
        self._ar_box.setVisible(mode != "English only")
        self.banner.setVisible(missing)
        QTimer.singleShot(0, self, self._apply_split)  # self as context: cancelled if the view is deleted

    def layout_mode(self) -> str:
        return self._mode

    def _fill_interleaved(self) -> None:
        """Each aligned unit: the Arabic with its English under it, with every layer and note of both
        panes (their runs moved to where the units are placed). Plain text, never markup."""
        article = self.article
        if article is None:
            return
        ar_units = self.alignment.ar or [(s.start, s.end) for s in article.sentences]
        en_text = self.en.text() if self.en_sentences is not None else ""
        blocks: list[tuple[str, str]] = []
        ar_placed: list[tuple[int, int, int]] = []
        en_placed: list[tuple[int, int, int]] = []
        units: list[tuple[int, int]] = []
        pos = 0
        for i, (start, end) in enumerate(ar_units):
            if blocks:
                pos += 1  # the newline between blocks
            unit_start = pos
            blocks.append(("ar", _one_line(article.text[start:end])))
            ar_placed.append((start, end, pos))
            pos += end - start
            if en_text and i < len(self.alignment.en):
                es, ee = self.alignment.en[i]
                pos += 1
                blocks.append(("en", _one_line(en_text[es:ee])))
                en_placed.append((es, ee, pos))
                pos += ee - es
            units.append((unit_start, pos))
        highlights = _shift(self._ar_highlights(), ar_placed)
        if en_text:
            highlights += _shift(self._en_highlights(en_text), en_placed)
        self.interleaved.set_family(getattr(self.ar, "_family", None))
        self.interleaved.set_zoom(self.ar._zoom)
        self.interleaved.en_font = self.en._font()
        self.interleaved.show_blocks(blocks, highlights, units)

    def set_zoom(self, zoom: int) -> None:
        self.ar.set_zoom(zoom)
        self.en.set_zoom(zoom)
        if self._mode == "interleaved":
            self._fill_interleaved()

    # --- content -------------------------------------------------------------------------------
    def clear(self, message: str | None = None, *, offer_open: bool = False) -> None:
        """Show the empty view, saying ``message``; ``offer_open``: with an Open Folder button (no folder
        is open)."""
        self.article = None
        self.analysis = None
        self.open_button.setVisible(offer_open)
        if message:
            self._empty_said = True
            self.empty.setText(message)
        self.stack.setCurrentIndex(0)

    def show_article(
        self,
        article: Article,
        analysis: Analysis,
        *,
        keys: dict[tuple[int, int], str],
        stats: dict[str, tuple[int, int]] | None = None,
        english_missing: bool | None = None,
    ) -> None:
        """Show an article's Arabic; its English follows (:meth:`set_english`, built on a later turn).

        ``english_missing``, when the caller knows it: whether this article will have no English (no
        reference and no model). The panes take their widths first, so that the Arabic is laid out once,
        at its final width. Until the English comes the English pane is blank: never the English of the
        article shown before, nor a placeholder that would flash for one frame."""
        self.article = article
        self.analysis = analysis
        self.keys = keys
        self.stats = stats or {}
        self._mention = None
        self.title.setText(article.title)
        ltr = text_direction(article.title) == Qt.LayoutDirection.LeftToRight  # a title in Latin letters
        self.title.setLayoutDirection(Qt.LayoutDirection.LeftToRight if ltr else Qt.LayoutDirection.RightToLeft)
        side = Qt.AlignmentFlag.AlignLeft if ltr else Qt.AlignmentFlag.AlignRight
        self.title.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        meta = " · ".join(x for x in (article.source, article.published) if x)
        self.meta.setText(meta)
        self.stack.setCurrentIndex(1)
        self._highlights_pending = False
        self.alignment = Alignment()
        self.en_sentences = None
        self.en_provenance = ""
        self.provenance.setText("")
        self.en.set_text("")  # the last article's English goes now (and a pending build of it is dropped)
        self._show_english_title(None, False)
        if english_missing is not None and english_missing != self._english_missing:
            self._english_missing = english_missing
            self._apply_mode()
        # the panes take their final widths now (pending layouts: the reader's first showing, a pane hidden),
        # so that the Arabic is laid out once, not again at each resize
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ar.set_text(article.text, [(s.start, s.end) for s in article.sentences], self._ar_highlights())
        if self._mode == "interleaved":
            self._fill_interleaved()

    def set_english(self, sentences: list[str] | None, provenance: str, *, paragraph_level: bool = False,
                    missing: bool = False) -> None:
        """Show English: one string per Arabic sentence, or per paragraph when paragraph_level.
        ``missing`` (no model and no reference): the Arabic takes the whole width, with a banner."""
        article = self.article
        self.en_provenance = provenance
        self.provenance.setText(provenance)
        self._paragraph_level = paragraph_level
        self._show_english_title(sentences, paragraph_level)
        if article is None or sentences is None:
            self.en_sentences = None
            self.alignment = Alignment()
            self.en_stack.setCurrentWidget(self.placeholder)
            self.ar.set_units([(s.start, s.end) for s in (article.sentences if article else ())])
            if missing != self._english_missing:
                self._english_missing = missing
                self._apply_mode()
            if self._mode == "interleaved":
                self._fill_interleaved()
            return
        if self._english_missing:
            self._english_missing = False
            self._apply_mode()
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
        self.ar.set_units(self.alignment.ar)
        self._highlights_pending = False
        self.ar.set_highlights(self._ar_highlights())  # English notes mirrored on the Arabic
        # built on a later turn of the event loop, after the Arabic has been painted (see TextPane.set_text_soon)
        self.en.set_text_soon(en_text, en_ranges, lambda: self._en_highlights(en_text))
        self.en_stack.setCurrentWidget(self.en)
        if self._mode == "interleaved":
            self._fill_interleaved()

    def _show_english_title(self, sentences: list[str] | None, paragraph_level: bool) -> None:
        """The English title under the Arabic one: the English of the article's first unit, when that unit
        is the title (a paragraph of its own), from the translation shown; hidden otherwise."""
        article = self.article
        english = ""
        if article is not None and sentences:
            units = article.paragraphs if paragraph_level else article.sentences
            if units and article.text[units[0].start:units[0].end].strip() == article.title.strip():
                english = english_title(sentences[0])
        self.title_en.setText(english)
        self.title_en.setToolTip(tr("English title, from the English shown ({provenance})").format(
            provenance=self.en_provenance) if english else "")
        self.title_en.setVisible(bool(english))

    def set_notes(self, rows: Sequence[Any]) -> None:
        """The notes of the shown article (NoteRow-like: pane, start, end, side_start, side_end, colour,
        text, passage): each on the side it was made on, mirrored on the other side's aligned unit."""
        self.note_spans, self.en_notes = [], []
        for n in rows:
            pane = getattr(n, "pane", "ar")
            start, end = int(n.start), int(n.end)
            color, text = str(n.color), str(n.text or "")
            if pane == "en":
                ss = getattr(n, "side_start", None)
                se = getattr(n, "side_end", None)
                self.en_notes.append((int(ss if ss is not None else -1), int(se if se is not None else -1), color,
                                      text, str((getattr(n, "extra", None) or {}).get("en_passage", "")), start, end))
            else:
                self.note_spans.append((start, end, color, text))
        self.refresh_highlights()

    def refresh_highlights(self) -> None:
        """Re-apply highlights on the next turn of the event loop (several changes → one re-format)."""
        if not self._highlights_pending:
            self._highlights_pending = True
            # self as the timer's context: a view deleted before the next turn of the loop never runs it
            QTimer.singleShot(0, self, self.flush_highlights)

    def flush_highlights(self) -> None:
        """Apply pending highlight changes now."""
        if not self._highlights_pending:
            return
        self._highlights_pending = False
        if self.article is None or self.analysis is None:
            return
        self.ar.set_highlights(self._ar_highlights())
        if self.en_sentences is not None and not self.en.pending():  # a pending English gets them when built
            self.en.set_highlights(self._en_highlights(self.en.text()))
        if self._mode == "interleaved":
            self._fill_interleaved()

    @staticmethod
    def _note_tip(note: str) -> str:
        return tr("note: {note}").format(note=note) if note else tr("highlight")

    def _ar_highlights(self) -> list[Highlight]:
        if self.analysis is None:
            return []
        hl = build_highlights(self.analysis, layers=self.layers, keys=self.keys, lit_keys=self.lit_keys, stats=self.stats)
        for start, end, color, note in self.note_spans:
            hl.append(Highlight(start, end, "notes", NOTE_COLORS.get(color, color), self._note_tip(note)))
        for *_en, color, note, _passage, ar_start, ar_end in self.en_notes:
            hl.append(Highlight(ar_start, ar_end, "mirror", NOTE_COLORS.get(color, color),
                                self._note_tip(note) + " (" + tr("made on the English") + ")"))
        return hl

    def _en_notes_shown(self, en_text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str, str]]]:
        """English notes: (on their own span, mirrored from the Arabic span) — an English note whose text
        is not at its offsets (another English source is shown) is shown on its aligned units."""
        own: list[tuple[int, int, str, str]] = []
        moved: list[tuple[int, int, str, str]] = []
        for ss, se, color, note, passage, ar_start, ar_end in self.en_notes:
            if 0 <= ss < se <= len(en_text) and (not passage or en_text[ss:se] == passage):
                own.append((ss, se, color, note))
            else:
                moved.append((ar_start, ar_end, color, note))
        return own, moved

    def _en_highlights(self, en_text: str) -> list[Highlight]:
        if self.analysis is None or self.article is None:
            return []
        ent_tips = {(e.start, e.end): entity_tooltip(e, self.stats, self.keys.get((e.start, e.end)))
                    for e in self.analysis.entities}
        num_tips = {(n.start, n.end): number_tooltip(n) for n in self.analysis.numbers}
        hl = english_highlights(en_text, self.alignment, self.analysis, layers=self.layers, keys=self.keys,
                                lit_keys=self.lit_keys, entity_tip=ent_tips, number_tip=num_tips)
        own, moved = self._en_notes_shown(en_text)
        for start, end, color, note in own:
            hl.append(Highlight(start, end, "notes", NOTE_COLORS.get(color, color), self._note_tip(note)))
        for start, end, color, note in mirrored(self.note_spans + moved, self.alignment, from_side="ar"):
            hl.append(Highlight(start, end, "mirror", NOTE_COLORS.get(color, color), self._note_tip(note)))
        return hl

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
        if self._mode == "interleaved":
            self.interleaved.link_unit(unit, scroll=True)

    def select_span(self, side: str, start: int, end: int) -> None:
        """Select (light) a span of one pane, e.g. a search word, and bring both panes to its unit."""
        pane = self.ar if side == "ar" else self.en
        if side == "en" and self.en_sentences is None:
            return
        end = min(end, len(pane.text()))
        cursor = QTextCursor(pane.document())
        cursor.setPosition(pane._map.to_qt(start))
        cursor.setPosition(pane._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        pane.setTextCursor(cursor)
        unit = pane.unit_at_offset(start)
        pane.scroll_to_offset(start)
        if unit is not None:
            other = self.en if side == "ar" else self.ar
            if other is self.ar or self.en_sentences is not None:
                other.link_unit(unit, scroll=True)
            if self._mode == "interleaved":
                self.interleaved.link_unit(unit, scroll=True)

    # --- mentions of the filtered entity -------------------------------------------------------
    def mention_spans(self) -> list[tuple[int, int]]:
        """The Arabic spans lit by the entity filter, in reading order."""
        return sorted({(h.start, h.end) for h in self.ar.highlights() if h.layer == "filter"})

    def step_mention(self, delta: int) -> tuple[int, int] | None:
        """Go to the next (delta > 0), previous (< 0) or first (0) mention of the filtered entities, in
        both panes: the Arabic mention is selected, its unit lit and scrolled to on both sides, and the
        English mention in that unit selected. (index, count), or None without mentions."""
        spans = self.mention_spans()
        if not spans:
            self._mention = None
            return None
        if delta == 0 or self._mention is None:
            i = 0 if delta >= 0 else len(spans) - 1
        else:
            i = (self._mention + delta) % len(spans)
        self._mention = i
        start, end = spans[i]
        self.select_span("ar", start, end)
        unit = self.ar.unit_at_offset(start)
        self.ar.link_unit(unit, scroll=False)
        if unit is not None and self.en_sentences is not None and unit < len(self.alignment.en):
            us, ue = self.alignment.en[unit]
            lit = sorted((h.start, h.end) for h in self.en.highlights() if h.layer == "filter" and us <= h.start < ue)
            if lit:
                cursor = QTextCursor(self.en.document())
                cursor.setPosition(self.en._map.to_qt(lit[0][0]))
                cursor.setPosition(self.en._map.to_qt(lit[0][1]), QTextCursor.MoveMode.KeepAnchor)
                self.en.setTextCursor(cursor)
            self.en.link_unit(unit, scroll=True)
        return i, len(spans)

    def _sync_scroll(self, unit: int, fraction: float, *, source: str) -> None:
        if self._syncing or self.en_sentences is None:
            return
        self._syncing = True
        try:
            src = self.ar if source == "ar" else self.en
            other = self.en if source == "ar" else self.ar
            bar = src.verticalScrollBar()
            if bar.value() >= bar.maximum() > 0:  # the end of one text is the end of the other
                QTimer.singleShot(0, other, lambda: _to_end(other))
            else:
                QTimer.singleShot(0, other, lambda: other.scroll_to_anchor(unit, fraction))
        finally:
            self._syncing = False


def _to_end(pane: TextPane) -> None:
    bar = pane.verticalScrollBar()
    pane._suppress_scroll = True
    try:
        bar.setValue(bar.maximum())
    finally:
        pane._suppress_scroll = False


# names the rest of the GUI and the tests import from here
__all__ = ["LAYERS", "PANE_MIN_WIDTH", "EnglishPlaceholder", "InterleavedPane", "NoEnglishBanner", "OffsetMap",
           "ReaderView", "TextPane", "build_highlights", "entity_tooltip", "number_tooltip"]
