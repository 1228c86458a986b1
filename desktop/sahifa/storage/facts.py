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

from ..core.facts import FigureFact, FigureGroup, group_figures
from .corrections import Fixes, SpeakerNames, load_fixes
from .db import Store, chunks, qmarks
from .rows import QuoteFact
from .search import restriction

__all__ = ["figure_groups", "figures", "quotes", "speakers", "topics"]

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
    ``norm`` compares what is counted (the library's ``key_func``)."""
    ids = sorted({f.article_id for f in figures})
    fixes = load_fixes(conn)
    found: dict[int, frozenset[str]] = {}
    for chunk in chunks(ids):
        found.update(topics(conn, fixes, f"WHERE id IN ({qmarks(len(chunk))})", chunk))
    return group_figures(figures, topics=found, norm=norm)


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
