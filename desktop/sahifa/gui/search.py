"""Search results grouped by article, the matched words lit, the English beside an Arabic hit.

The library is queried on a worker thread (:meth:`SearchResults.search`: a gui.ops QueryOp on its own
read-only connection, :func:`query_library`); the results are shown on the UI thread, the latest search winning.
Snippets are article text: they are escaped before the matched words are wrapped in markup
(:func:`marked`), so a snippet is never interpreted as HTML.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from .i18n import tr
from .models import entity_label
from .ops import LibraryAt, QueryOp
from .plain import as_text

if TYPE_CHECKING:
    from sahifa.services.library import Library

log = logging.getLogger(__name__)

HIT_ROLE = Qt.ItemDataRole.UserRole        # the SearchHit of a result row
HTML_ROLE = Qt.ItemDataRole.UserRole + 1   # what the delegate draws (escaped text + lit words)
ENTITY_ROLE = Qt.ItemDataRole.UserRole + 2  # (key, label) of an entity row; True on their heading
ENTITY_LIMIT = 12
LIT = "background:#ffd54f;font-weight:bold"
_WORD = re.compile(r"\w+")


def word_spans(text: str, tokens: Sequence[str], norm: Callable[[str], str],
               start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words of ``text[start:end]`` that contain a query token (both normalised like the
    search index, so alef forms and diacritics match as they do in the search)."""
    end = len(text) if end is None else end
    tokens = [t for t in tokens if t]
    out = []
    for m in _WORD.finditer(text, start, end):
        n = norm(m.group())
        if any(t in n for t in tokens):
            out.append((m.start(), m.end()))
    return out


def marked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` escaped, with the spans lit: markup only of our making."""
    out, at = [], 0
    for s, e in sorted(spans):
        if s < at:
            continue
        out.append(html.escape(text[at:s], quote=False))
        out.append(f'<span style="{LIT}">{html.escape(text[s:e], quote=False)}</span>')
        at = e
    out.append(html.escape(text[at:], quote=False))
    return "".join(out)


def hit_html(hit: Any, tokens: Sequence[str], norm: Callable[[str], str], english: str | None) -> str:
    """An Arabic hit right-aligned with its words lit and the English of its sentence under it; an
    English hit left-aligned."""
    snippet = marked(hit.snippet, word_spans(hit.snippet, tokens, norm))
    if hit.lang == "ar":
        body = f'<div dir="rtl" align="right">{snippet}</div>'
        if english:
            body += f'<div style="color:#555">{html.escape(english, quote=False)}</div>'
        return body
    return f'<div dir="ltr" align="left">{snippet}</div>'


class SearchOutcome(NamedTuple):
    """What a search found: the hits, the query's normalised words, the normaliser (to light the words)
    and the English of each Arabic hit's sentence (None for an English hit)."""

    query: str
    hits: list[Any]
    tokens: list[str]
    norm: Callable[[str], str]
    english: list[tuple[str, str] | None]
    entities: Sequence[Any] = ()  # entities whose English name has the query's words (a Latin query)


def _fold(text: str) -> list[str]:
    """Words of Latin text without case, accents or hyphens ("Al-Faisal" → al, faisal), to compare names."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return [w for w in re.split(r"[\W_]+", "".join(c for c in plain if not unicodedata.combining(c))) if w]


def english_named(entities: Sequence[Any], query: str) -> list[Any]:
    """The entities whose English label has every word of ``query`` at the start of one of its words
    ("saud" finds Saud Al-Faisal, "kerry" John Kerry), most mentioned first: a reader who does not read
    Arabic finds the articles about someone by the name they know, before any translation exists."""
    wanted = _fold(query)
    if not wanted or not re.search(r"[A-Za-z]", query):
        return []
    found = []
    for e in entities:
        words = _fold(getattr(e, "label_en", "") or "")
        if words and all(any(w.startswith(q) for w in words) for q in wanted):
            found.append(e)
    return found[:ENTITY_LIMIT]


def query_library(lib: Library, query: str) -> SearchOutcome:
    """Search ``lib`` (no Qt: runs on a worker, with the library a QueryOp opened there)."""
    hits = lib.search(query)
    tokens = [t for t in re.split(r"[\W_]+", lib.search_norm(query)) if t]
    english = lib.spans_english([(h.article_id, h.start, h.end) if h.lang == "ar" else (h.article_id, 0, 0)
                                 for h in hits])
    english = [e if h.lang == "ar" else None for h, e in zip(hits, english, strict=True)]
    entities = english_named(lib.entities(), query) if re.search(r"[A-Za-z]", query) else []
    return SearchOutcome(query, list(hits), tokens, lib.search_norm, english, entities)


class HitDelegate(QStyledItemDelegate):
    """Draws a result's HTML wrapped to the column width (a QTextDocument per row)."""

    def _doc(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE)))
        doc.setTextWidth(max(80, width))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(HTML_ROLE) is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text_less = QStyleOptionViewItem(option)
        text_less.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_less, painter, option.widget)
        rect = option.rect
        doc = self._doc(option, index, rect.width() - 8)
        painter.save()
        painter.translate(rect.left() + 4, rect.top() + 2)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.viewport().width() - 40 if isinstance(view, QAbstractItemView) else 300
        doc = self._doc(option, index, width - 8)
        return QSize(width, int(doc.size().height()) + 4)


class SearchResults(QTreeWidget):
    """Hits grouped under their article ("title (n)"); next/previous match moves through them."""

    hit_chosen = Signal(object)  # SearchHit
    entity_chosen = Signal(str, str)  # key, label: an entity found by its English name
    searched = Signal(object)  # SearchOutcome, once its hits are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome: SearchOutcome | None = None  # the search shown
        self._generation = 0
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setAccessibleName(tr("Search results"))  # again after a language switch (changeEvent)
        self.setItemDelegate(HitDelegate(self))
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(tr("Search results"))

    def resizeEvent(self, event: Any) -> None:
        """Rows are as tall as their wrapped snippet at this width: lay them out again."""
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()

    def search(self, library_path: str | None, query: str, *, then_step: int = 0) -> QueryOp[SearchOutcome]:
        """Query the library on a worker thread and show the hits when they arrive (a later search wins
        over one still running); then, with ``then_step``, move to the next (+1) or previous (-1) match."""
        self._generation += 1
        generation = self._generation

        def shown(outcome: SearchOutcome) -> None:
            if generation != self._generation:
                return  # the user searched again meanwhile
            self.outcome = outcome
            self.set_hits(outcome.hits, outcome.tokens, outcome.norm, outcome.english, empty=no_results(outcome.query),
                          entities=outcome.entities, query=outcome.query)
            self.searched.emit(outcome)
            if then_step:
                self.step(then_step)

        def failed(message: str, _tb: str) -> None:
            log.warning("search for %r failed: %s", query, message)
            if generation == self._generation:
                self.outcome = SearchOutcome(query, [], [], str, [])
                self.set_hits([], [], str, empty=tr("Search failed: {error}").format(error=message))
                self.searched.emit(self.outcome)

        op = QueryOp(LibraryAt(library_path, read_only=True), lambda lib: query_library(lib, query), name="search",
                     generation=generation, context=self)  # context: nothing is shown once the list is gone
        op.on_success(shown).on_failure(failed).start()
        return op

    def set_hits(self, hits: Sequence[Any], tokens: Sequence[str], norm: Callable[[str], str],
                 english: Sequence[tuple[str, str] | None] | None = None, *, empty: str = "",
                 entities: Sequence[Any] = (), query: str = "") -> None:
        self.clear()
        if entities:
            self._add_entities(entities, query)
        groups: dict[int, QTreeWidgetItem] = {}
        counts: dict[int, int] = {}
        for i, hit in enumerate(hits):
            head = groups.get(hit.article_id)
            if head is None:
                head = QTreeWidgetItem(self)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.setToolTip(0, as_text(hit.title))
                font = head.font(0)
                font.setBold(True)
                head.setFont(0, font)
                groups[hit.article_id] = head
            counts[hit.article_id] = counts.get(hit.article_id, 0) + 1
            en = english[i] if english is not None and i < len(english) else None
            item = QTreeWidgetItem(head)
            item.setData(0, HIT_ROLE, hit)
            item.setData(0, HTML_ROLE, hit_html(hit, tokens, norm, en[0] if en else None))
            item.setToolTip(0, as_text(hit.snippet + (f"\n\n{en[0]}" if en else "")))
        for aid, head in groups.items():
            title = hits[next(i for i, h in enumerate(hits) if h.article_id == aid)].title
            head.setText(0, f"{title}  ({counts[aid]})")
            head.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not hits and empty:  # wrapped, not cut: its second sentence says why an English word found nothing
            message = QTreeWidgetItem(self, [empty])
            message.setFlags(Qt.ItemFlag.ItemIsEnabled)
            message.setData(0, HTML_ROLE, html.escape(empty))
        self.expandAll()

    def _add_entities(self, entities: Sequence[Any], query: str) -> None:
        """Entities whose English name matches, first: a click lists the articles that mention one."""
        heading = tr("Named “{query}” ({n}): click one to list the articles that mention it").format(
            query=query, n=len(entities))
        head = QTreeWidgetItem(self, [heading])
        head.setFlags(Qt.ItemFlag.ItemIsEnabled)
        head.setData(0, HTML_ROLE, f"<b>{html.escape(heading)}</b>")  # wrapped, not cut at a sidebar's width
        head.setData(0, ENTITY_ROLE, True)
        font = head.font(0)
        font.setBold(True)
        head.setFont(0, font)
        for e in entities:
            label = entity_label(e.label_en, e.canonical)
            # a left-to-right mark ends the name: "(1 article(s))" after Arabic letters took their direction
            # ("… · 1)  حكومة …"); the row wraps (drawn as a hit is), where eliding it muddled the two again
            text = f"{label}\u200e  " + tr("({n} article(s))").format(n=e.articles)
            item = QTreeWidgetItem(head, [text])
            item.setData(0, HTML_ROLE, html.escape(text))
            item.setData(0, ENTITY_ROLE, (e.key, label))
            item.setToolTip(0, as_text(label + "\n" + tr("{n} mentions in {m} articles").format(
                n=e.mentions, m=e.articles)))

    def entity_items(self) -> list[QTreeWidgetItem]:
        """The rows of entities found by their English name."""
        heads = [g for i in range(self.topLevelItemCount()) if (g := self.topLevelItem(i)) is not None
                 and g.data(0, ENTITY_ROLE) is True]
        return [c for g in heads for i in range(g.childCount()) if (c := g.child(i)) is not None]

    def _groups(self) -> list[QTreeWidgetItem]:
        """The article groups of hits (not the entities' heading)."""
        return [g for i in range(self.topLevelItemCount()) if (g := self.topLevelItem(i)) is not None
                and g.data(0, ENTITY_ROLE) is None]

    def hit_items(self) -> list[QTreeWidgetItem]:
        """The result rows (not the article headings), in display order."""
        return [c for g in self._groups() for i in range(g.childCount()) if (c := g.child(i)) is not None]

    def hits(self) -> list[Any]:
        return [i.data(0, HIT_ROLE) for i in self.hit_items()]

    def article_counts(self) -> list[tuple[str, int]]:
        """(heading, number of hits) per article group."""
        return [(g.text(0), g.childCount()) for g in self._groups() if g.childCount()]

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) match, wrapping; opens it."""
        items = self.hit_items()
        if not items:
            return
        current = self.currentItem()
        i = items.index(current) if current in items else (-1 if delta > 0 else 0)
        item = items[(i + delta) % len(items)]
        self.setCurrentItem(item)
        self.scrollToItem(item)
        self._chosen(item)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        hit = item.data(0, HIT_ROLE)
        if hit is not None:
            self.hit_chosen.emit(hit)
        entity = item.data(0, ENTITY_ROLE)
        if isinstance(entity, tuple):
            self.entity_chosen.emit(*entity)


def no_results(query: str) -> str:
    text = tr("No results for “{query}”.").format(query=query)
    if re.search(r"[A-Za-z]", query):  # English words are found only in the English of translated articles
        text += " " + tr("Articles with no English translation yet are searched in Arabic only.")
    return text
