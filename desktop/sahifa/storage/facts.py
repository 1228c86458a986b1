"""Figures and quotes: ``numbers`` and ``quotes`` of the matching articles, with corrected speakers, and
the "reported differently" groups (by story: ``articles.topics``).

The whole-library document for ``sahifa facts --json`` is built by :mod:`.facts_json` from the same
rules (:func:`topics`, :class:`~sahifa.storage.corrections.SpeakerNames`).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..core.facts import (
    FigureFact,
    FigureFrame,
    FigureGroup,
    counted_keys,
    date_shaped,
    frame_words,
    group_figures,
    is_reading,
    nearest_year,
    word_key,
)
from .corrections import Fixes, SpeakerNames, base_display, load_fixes
from .db import Store, chunks, now, qmarks
from .rows import QuoteFact
from .search import restriction

__all__ = ["FrameReader", "dismiss_group", "dismissed_groups", "dismissed_keys", "figure_groups", "figures", "quotes",
           "restore_group", "speakers", "topics"]

Norm = Callable[[str], str]


def figures(
    store: Store, norm: Norm, *, entity_keys: Sequence[str], folder: str | None, limit: int | None, offset: int
) -> list[FigureFact]:
    """Figures of the matching articles, by article (published, title) then position (see
    :meth:`Library.figures`)."""
    conn = store.conn
    fixes = load_fixes(conn)
    sub, params = restriction(store, fixes, norm, folder, entity_keys, None)
    columns = """n.article_id, a.title, n.sentence_index, n.text, n.value, n.value_max, n.kind, n.unit,
                 n.counted, n.counted_en, n.qualifier, n.vague, n.start, n."end", q.speaker, q.speaker_key"""
    if limit is None and not offset:
        where = f"WHERE n.article_id IN ({sub})" if sub else ""
        sql = f"""SELECT {columns}
            FROM numbers n JOIN articles a ON a.id = n.article_id
            LEFT JOIN quotes q ON q.article_id = n.article_id AND q.idx = n.quote_idx
            {where}
            ORDER BY a.published IS NULL, a.published, a.title, n.article_id, n.start"""
    else:
        # A page: walk the articles in list order (index articles_sort; "+a.id" keeps the planner
        # from driving the join by the id list instead) and their figures by position (index
        # numbers_order), so SQLite stops after limit + offset rows instead of sorting them all.
        where = f"WHERE +a.id IN ({sub})" if sub else ""
        sql = f"""SELECT {columns}
            FROM articles a CROSS JOIN numbers n ON n.article_id = a.id
            LEFT JOIN quotes q ON q.article_id = n.article_id AND q.idx = n.quote_idx
            {where}
            ORDER BY a.published IS NULL, a.published, a.title, a.id, n.start, n.idx LIMIT ? OFFSET ?"""
        params = [*params, -1 if limit is None else max(0, limit), max(0, offset)]
    speaker = SpeakerNames(conn, fixes)
    out: list[FigureFact] = []
    append = out.append
    for (aid, title, si, text, value, value_max, kind, unit, counted, counted_en, qualifier, vague, start, end,
         surface, key) in conn.execute(sql, params):
        source: str | None = None
        source_key: str | None = None
        if surface is not None:
            source, source_key = speaker(surface, key)
        append(FigureFact(aid, title, si, text, value, value_max, kind, unit, counted, counted_en, qualifier,
                          bool(vague), start, end, source, source_key))
    return out


def figure_groups(conn: sqlite3.Connection, norm: Norm, figures: Sequence[FigureFact]) -> list[FigureGroup]:
    """"Reported differently" groups of figures already fetched (see :meth:`Library.figure_groups`);
    ``norm`` compares what is counted and the words around figures (the library's ``key_func``)."""
    ids = sorted({f.article_id for f in figures})
    fixes = load_fixes(conn)
    found: dict[int, frozenset[str]] = {}
    for chunk in chunks(ids):
        found.update(topics(conn, fixes, f"WHERE id IN ({qmarks(len(chunk))})", chunk))
    reader = FrameReader(conn, fixes, norm)
    groups = group_figures(figures, topics=found, norm=norm,
                           frame_of=lambda f: reader.frame(f.article_id, f.sentence_index, f.start, f.end,
                                                           f.qualifier, f.counted))
    gone = dismissed_keys(conn)
    return [g for g in groups if g.key not in gone] if gone else groups


# --- groups the user dismissed ("not one fact") ---------------------------------------------------


def dismissed_keys(conn: sqlite3.Connection) -> frozenset[str]:
    """Keys (:func:`~sahifa.core.facts.group_key`) of the groups the user dismissed."""
    return frozenset(k for (k,) in conn.execute("SELECT key FROM dismissed_groups"))


def dismissed_groups(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(key, label, when) of the dismissed groups, the latest first."""
    return [(str(k), str(label), str(when)) for k, label, when in conn.execute(
        "SELECT key, label, created FROM dismissed_groups ORDER BY created DESC, key")]


def dismiss_group(store: Store, key: str, label: str) -> None:
    """Dismiss a "reported differently" group: it is not shown again while it has the same figures."""
    with store.write() as conn:
        conn.execute("INSERT INTO dismissed_groups (key, label, created) VALUES (?, ?, ?) "
                     "ON CONFLICT (key) DO UPDATE SET label = excluded.label", (key, label, now()))


def restore_group(store: Store, key: str | None = None) -> int:
    """Show a dismissed group again (every one when ``key`` is None); how many were restored."""
    with store.write() as conn:
        if key is None:
            return conn.execute("DELETE FROM dismissed_groups").rowcount
        return conn.execute("DELETE FROM dismissed_groups WHERE key = ?", (key,)).rowcount


COMMON_SHARE = 0.02  # an entity in this share of the library's articles is common (see FrameReader)
COMMON_FLOOR = 20

# An article as FrameReader keeps it: text, sentence spans, entity names, (start, end, year) of dates,
# mentions (start, end, name, type) and figures (start, value, kind, unit, counted, counted_en), by
# sentence index.
_Figure = tuple[int, float, str, str | None, str | None, str | None]
_Article = tuple[str, dict[int, tuple[int, int]], dict[int, frozenset[str]], dict[int, list[tuple[int, int, int]]],
                 dict[int, list[tuple[int, int, str, str]]], dict[int, list[_Figure]]]
OWNER_REACH = 12  # characters: an entity this close to a figure is whose figure it is ("ميسي في 103 مباريات")


class FrameReader:
    """The sentence frames (:class:`~sahifa.core.facts.FigureFrame`) of figures, read on demand: an
    article's text, sentence spans, entity names (corrections applied, deleted ones left out) and dated
    years by sentence are loaded once, when the first of its figures is asked for."""

    def __init__(self, conn: sqlite3.Connection, fixes: Fixes, norm: Norm, *, cache: int = 4096) -> None:
        self.conn, self.fixes, self.norm, self.cache = conn, fixes, norm, cache
        self.word_key = word_key(norm)
        self.articles: dict[int, _Article] = {}
        self.names: dict[str, str] = {}
        self.common: set[str] = set()  # names of entities the library mentions everywhere
        self._floor: float | None = None

    def _common_floor(self) -> float:
        """Articles an entity must be in to be common: 2% of the library, and at least 20 (in a small
        library nothing is common)."""
        if self._floor is None:
            n = self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            self._floor = max(COMMON_FLOOR, COMMON_SHARE * n)
        return self._floor

    def _article(self, article_id: int) -> _Article:
        hit = self.articles.get(article_id)
        if hit is not None:
            return hit
        conn, live_root = self.conn, self.fixes.live_root
        row = conn.execute("SELECT text FROM article_texts WHERE article_id = ?", (article_id,)).fetchone()
        text = row[0] if row else ""
        spans = {i: (s, e) for i, s, e in conn.execute(
            'SELECT idx, start, "end" FROM sentences WHERE article_id = ?', (article_id,))}
        by_sentence: dict[int, set[str]] = {}
        spans_in: dict[int, list[tuple[int, int, str | None, str]]] = {}
        for si, key, ms, me, etype in conn.execute(
                'SELECT sentence_index, key, start, "end", type FROM mentions WHERE article_id = ?', (article_id,)):
            root = live_root(key)
            spans_in.setdefault(si, []).append((ms, me, root, etype))
            if root is not None:
                by_sentence.setdefault(si, set()).add(root)
        missing = {r for roots in by_sentence.values() for r in roots if r not in self.names}
        if missing:
            base = base_display(conn, missing)
            for r in missing:
                self.names[r] = self.fixes.display(r, base.get(r))[0]
            common = self._common_floor()
            for chunk in chunks(sorted(missing)):
                for k, n in conn.execute(f"SELECT key, articles FROM entities WHERE key IN ({qmarks(len(chunk))})", chunk):
                    if n >= common:
                        self.common.add(self.names[k])
        entities = {si: frozenset(self.names[r] for r in roots) for si, roots in by_sentence.items()}
        mentions = {si: [(ms, me, self.names[r] if r is not None else "", t) for ms, me, r, t in found]
                    for si, found in spans_in.items()}  # "": a deleted entity (its span is still a name)
        years: dict[int, list[tuple[int, int, int]]] = {}
        figures: dict[int, list[_Figure]] = {}
        for si, value, kind, unit, counted, counted_en, vague, s, e in conn.execute(
                'SELECT sentence_index, value, kind, unit, counted, counted_en, vague, start, "end" FROM numbers '
                "WHERE article_id = ? AND value IS NOT NULL", (article_id,)):
            if kind in ("year", "date"):
                years.setdefault(si, []).append((int(s), int(e), int(value)))
            elif not vague:
                figures.setdefault(si, []).append((int(s), float(value), kind, unit, counted, counted_en))
        if len(self.articles) >= self.cache:
            self.articles.pop(next(iter(self.articles)))
        hit = self.articles[article_id] = (text, spans, entities, years, mentions, figures)
        return hit

    def _listed(self, figures: list[_Figure], start: int) -> bool:
        """Whether the sentence's figures give another value of the thing the figure at ``start`` counts."""
        me = next((f for f in figures if f[0] == start), None)
        if me is None:
            return False
        keys = set(counted_keys(me[4], me[5], self.norm)) - {None}
        for other in figures:
            if other[0] != start and other[1] != me[1] and other[2:4] == me[2:4] and \
                    keys & set(counted_keys(other[4], other[5], self.norm)):
                return True
        return False

    def frame(self, article_id: int, sentence_index: int, start: int, end: int, qualifier: str | None,
              counted: str | None) -> FigureFrame:
        text, spans, entities, years, mentions, figures = self._article(article_id)
        s, e = spans.get(sentence_index, (start, end))
        named = mentions.get(sentence_index, [])
        words = frame_words(text[s:e], start - s, end - s, norm=self.norm, counted=counted, key=self.word_key,
                            skip=[(ms - s, me - s) for ms, me, _n, _t in named])
        names = entities.get(sentence_index, frozenset())
        gaps = [(ms - end if ms >= end else start - me if me <= start else 0, name)
                for ms, me, name, _t in named if name]
        near = min(gaps, default=None)
        in_sentence = figures.get(sentence_index, [])
        return FigureFrame((article_id, sentence_index), qualifier, names, names & self.common,
                           words, nearest_year(years.get(sentence_index, ()), start, end),
                           listed=self._listed(in_sentence, start),
                           owner=near[1] if near is not None and near[0] <= OWNER_REACH else None,
                           places=frozenset(name for _s, _e, name, t in named if t == "LOC" and name),
                           readings=any(is_reading(f[1]) for f in in_sentence),
                           date_shaped=date_shaped(text, start, end))


def topics(conn: sqlite3.Connection, fixes: Fixes, where: str = "", params: Sequence[Any] = ()) -> dict[int, frozenset[str]]:
    """Each article's topics, for grouping figures by story (``articles.topics``: its
    ``TOPICS_PER_ARTICLE`` most-mentioned entities), as effective keys after corrections (deleted
    entities left out), for the articles ``where`` selects (a condition on ``id``)."""
    found: dict[int, frozenset[str]] = {}
    live_root = fixes.live_root
    for article_id, article_topics in conn.execute(f"SELECT id, topics FROM articles {where}", list(params)):
        keys = [live_root(k) for k in json.loads(article_topics)]
        found[article_id] = frozenset(k for k in keys if k is not None)
    return found


def quotes(store: Store, norm: Norm, *, entity_keys: Sequence[str], folder: str | None) -> list[QuoteFact]:
    """Quotes of the matching articles, by article (published, title) then position."""
    conn = store.conn
    fixes = load_fixes(conn)
    sub, params = restriction(store, fixes, norm, folder, entity_keys, None)
    where = f"WHERE q.article_id IN ({sub})" if sub else ""
    rows = conn.execute(
        f"""SELECT q.article_id, a.title, q.sentence_index, q.speaker, q.speaker_key, q.cue, q.quote,
                   q.direct, q.start, q."end"
            FROM quotes q JOIN articles a ON a.id = q.article_id {where}
            ORDER BY a.published IS NULL, a.published, a.title, q.article_id, q.start""",
        params,
    )
    speaker = SpeakerNames(conn, fixes)
    out: list[QuoteFact] = []
    for aid, title, si, surface, key, cue, quote, direct, s, e in rows:
        display, root = speaker(surface, key)
        out.append(QuoteFact(aid, title, si, surface, root, cue, quote, bool(direct), s, e, display))
    return out


def speakers(
    store: Store, norm: Norm, *, entity_keys: Sequence[str], folder: str | None
) -> list[tuple[str, str | None, int]]:
    """(display speaker, key, number of quotes), most quoted first (see :meth:`Library.speakers`)."""
    conn = store.conn
    fixes = load_fixes(conn)
    sub, params = restriction(store, fixes, norm, folder, entity_keys, None)
    where = f"WHERE article_id IN ({sub})" if sub else ""
    rows = conn.execute(
        f"SELECT speaker_key, speaker, count(*) FROM quotes {where} GROUP BY speaker_key, speaker", params
    ).fetchall()
    speaker = SpeakerNames(conn, fixes)
    counts: Counter[tuple[str, str | None]] = Counter()
    linked_name: dict[str, str] = {}
    for key, surface, n in rows:
        display, root = speaker(surface, key)
        if root is not None:
            linked_name.setdefault(root, display)
            counts[("", root)] += n
        else:
            counts[(display, None)] += n
    out = [(linked_name[k] if k is not None else name, k, n) for (name, k), n in counts.items()]
    out.sort(key=lambda t: (-t[2], t[0]))
    return out
