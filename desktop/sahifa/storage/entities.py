"""Entities: ``entities`` (one row per key, display values and counters), ``article_entities`` (one row
per key and article), ``entity_aliases`` (surfaces) and ``mentions``, read with the user's corrections
folded in (:mod:`.corrections`).

Aggregation happens in SQL over ``article_entities`` and the counters in ``entities`` (added to by
``save_prepared``, taken from by triggers on delete); Python only folds the few corrections into the
aggregated rows.
"""

from __future__ import annotations

import functools
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from ..core.model import EntityMention
from .corrections import Fixes, base_display, load_fixes
from .db import BUSY_TIMEOUT_MS, CHUNK, Store, chunks, qmarks
from .rows import ArticleIds, EntityFact
from .search import restriction

__all__ = ["entities", "entity_labels", "entity_mentions", "entity_mentions_many", "resolve_entity"]


def entities(
    store: Store, norm: Callable[[str], str], *, folder: str | None, entity_keys: Sequence[str], search: str | None
) -> list[EntityFact]:
    """Entities with mention and article counts, most mentioned first (see :meth:`Library.entities`)."""
    conn = store.conn
    fixes = load_fixes(conn)
    sub, params = restriction(store, fixes, norm, folder, entity_keys, search)
    rows: Iterable[tuple[str, str, str, str, int, int, str | None]]
    if sub is None:
        rows = conn.execute(
            "SELECT key, canonical, label_en, type, mentions, articles, NULL FROM entities WHERE articles > 0"
        )
    else:
        rows = conn.execute(
            f"""SELECT ae.key, e.canonical, e.label_en, e.type, sum(ae.n), count(*),
                       group_concat(ae.article_id)
                FROM article_entities ae JOIN entities e ON e.key = ae.key
                WHERE ae.article_id IN ({sub}) GROUP BY ae.key""",
            params,
        )
    base: dict[str, tuple[str, str, str]] = {}
    acc: dict[str, list[Any]] = {}   # root -> [mentions, articles, [ids csv per member], members]
    for k, c, lab, t, mentions, n_articles, ids in rows:
        base[k] = (c, lab, t)
        root = fixes.live_root(k)
        if root is None:
            continue
        a = acc.get(root)
        if a is None:
            acc[root] = [mentions, n_articles, [ids], [k]]
        else:
            a[0] += mentions
            a[2].append(ids)
            a[3].append(k)
    missing = [r for r in acc if r not in base]
    if missing:
        base.update(base_display(conn, missing))
    aliases = _aliases(conn, fixes, list(acc))
    facts: list[EntityFact] = []
    load = functools.partial(_load_ids, store, threading.get_ident())
    for root, (mentions, n_articles, id_strings, members) in acc.items():
        article_ids: Sequence[int]
        if sub is None:
            article_ids = ArticleIds(load, tuple(members))
            if len(members) > 1:  # merged: the articles are the union of the members' articles
                n_articles = len(article_ids)
        elif len(id_strings) == 1:
            article_ids = tuple(map(int, id_strings[0].split(",")))
        else:
            article_ids = tuple(sorted({int(x) for s in id_strings for x in s.split(",")}))
            n_articles = len(article_ids)
        canonical, label, etype = fixes.display(root, base.get(root))
        facts.append(
            EntityFact(root, canonical, label, etype, mentions, n_articles, article_ids, aliases.get(root, ()))
        )
    facts.sort(key=lambda f: (-f.mentions, -f.articles, f.canonical))
    return facts


def _load_ids(store: Store, thread: int, members: Sequence[str]) -> tuple[int, ...]:
    """Article ids of an entity's keys: through the store's connection when called from its thread
    while open, else through a short read-only connection of the caller's own."""
    sql = (
        f"SELECT DISTINCT article_id FROM article_entities WHERE key IN ({qmarks(len(members))}) "
        "ORDER BY article_id"
    )
    if not store.closed and threading.get_ident() == thread:
        return tuple(r[0] for r in store.conn.execute(sql, members))
    conn = sqlite3.connect(store.ro_uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return tuple(r[0] for r in conn.execute(sql, members))
    finally:
        conn.close()


def _aliases(conn: sqlite3.Connection, fixes: Fixes, roots: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Distinct surfaces per root key (merged members folded in), most frequent first."""
    if not roots:
        return {}
    sql = "SELECT key, surface, n FROM entity_aliases"
    key_lists: Iterable[Sequence[str]]
    if len(roots) > CHUNK:
        key_lists = [()]
    else:
        member_keys = [m for r in roots for m in fixes.members(r)]
        key_lists = chunks(member_keys)
    by_key: dict[str, list[tuple[str, int]]] = {}
    for chunk in key_lists:
        where = f" WHERE key IN ({qmarks(len(chunk))})" if chunk else ""
        for k, surface, n in conn.execute(sql + where + " ORDER BY key, n DESC, surface", chunk):
            lst = by_key.get(k)
            if lst is None:
                by_key[k] = [(surface, n)]
            else:
                lst.append((surface, n))
    out: dict[str, tuple[str, ...]] = {}
    for root in roots:
        members = fixes.members(root) if fixes.children else [root]
        if len(members) == 1:
            out[root] = tuple(surface for surface, _ in by_key.get(root, ()))
        else:
            counts: Counter[str] = Counter()
            for m in members:
                for surface, n in by_key.get(m, ()):
                    counts[surface] += n
            out[root] = tuple(surface for surface, _ in counts.most_common())
    return out


def entity_mentions(conn: sqlite3.Connection, article_id: int) -> list[tuple[EntityMention, str]]:
    """(mention with corrections applied, effective key) in text order; deleted entities left out."""
    return entity_mentions_many(conn, [article_id]).get(article_id, [])


def entity_mentions_many(conn: sqlite3.Connection,
                         article_ids: Sequence[int]) -> dict[int, list[tuple[EntityMention, str]]]:
    """:func:`entity_mentions` of several articles at once: the corrections are read once and the
    mentions with one query per :data:`CHUNK` articles (the article list's "About" lines ask for
    hundreds). Articles with no live mention are left out."""
    fixes = load_fixes(conn)
    rows: list[tuple[Any, ...]] = []
    for chunk in chunks(list(dict.fromkeys(article_ids))):
        rows += conn.execute(
            'SELECT article_id, key, text, type, canonical, label_en, start, "end", source, label_source '
            f'FROM mentions WHERE article_id IN ({qmarks(len(chunk))}) ORDER BY article_id, start, "end"',
            chunk,
        ).fetchall()
    roots = {r[1]: fixes.live_root(r[1]) for r in rows}
    merged = [r for k, r in roots.items() if r is not None and r != k]
    base = base_display(conn, merged) if merged else {}
    out: dict[int, list[tuple[EntityMention, str]]] = {}
    for article_id, k, text, etype, canonical, label, s, e, src, lsrc in rows:
        root = roots[k]
        if root is None:
            continue
        if root == k:
            display = fixes.display(root, (canonical, label, etype))
        else:
            display = fixes.display(root, base.get(root, (canonical, label, etype)))
        # a label the user (or a merge) changed is no longer the resolver's
        lsrc = lsrc if display[1] == label else "user"
        out.setdefault(article_id, []).append((EntityMention(text, display[2], display[0], display[1], s, e, src, lsrc),
                                               root))
    return out


def resolve_entity(conn: sqlite3.Connection, key_func: Callable[[str], str], name: str) -> str | None:
    """The key of the entity called name (see :meth:`Library.resolve_entity`)."""
    fixes = load_fixes(conn)
    k = key_func(name)
    if k and (k in fixes.by_key or conn.execute("SELECT 1 FROM entities WHERE key = ?", (k,)).fetchone()):
        return fixes.live_root(k)
    for fk, fix in fixes.by_key.items():
        if fix.canonical and key_func(fix.canonical) == k:
            return fixes.live_root(fk)
    if k:
        row = conn.execute(
            "SELECT key FROM entity_aliases WHERE surface_key = ? ORDER BY n DESC LIMIT 1", (k,)
        ).fetchone()
        if row:
            return fixes.live_root(row[0])
    folded = " ".join(name.casefold().split())
    if not folded:
        return None
    for fk, fix in fixes.by_key.items():
        if fix.label_en and " ".join(fix.label_en.casefold().split()) == folded:
            return fixes.live_root(fk)
    for ek, label in conn.execute("SELECT key, label_en FROM entities ORDER BY articles DESC"):
        if label and " ".join(label.casefold().split()) == folded:
            root = fixes.live_root(ek)
            if root is not None:
                return root
    return None


def entity_labels(conn: sqlite3.Connection, roots: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(English label, where it comes from) of each entity key (see :meth:`Library.entity_labels`).

    The source is that of the label the entity shows: the ``label_source`` of most of the mentions
    (of the entity and the entities merged into it) that carry that very label; "user" when the label
    is a correction; "" when unknown (no mention carries it, or mentions stored before schema 4)."""
    fixes = load_fixes(conn)
    base = base_display(conn, roots)
    member_of = {m: r for r in roots for m in fixes.members(r)}
    # mentions.key has no index: one scan of the table, filtered by IN when the list is short. DISTINCT
    # first (about a third of the cost of counting); counted only where the shown label has 2+ sources
    keys = list(member_of)
    where = f"WHERE key IN ({qmarks(len(keys))}) " if len(keys) <= CHUNK else ""
    pairs: dict[str, set[tuple[str, str]]] = {}
    for k, label, src in conn.execute(
        f"SELECT DISTINCT key, label_en, label_source FROM mentions {where}", keys if where else ()
    ):
        if k in member_of:
            pairs.setdefault(member_of[k], set()).add((label, src))
    shown = {r: fixes.display(r, base.get(r))[1] for r in roots}
    counts: dict[str, Counter[tuple[str, str]]] = {}
    mixed = [m for r, p in pairs.items() if len({src for lab, src in p if lab == shown[r]}) > 1
             for m in fixes.members(r)]
    for chunk in chunks(mixed):
        for k, label, src, n in conn.execute(
            f"SELECT key, label_en, label_source, count(*) FROM mentions WHERE key IN ({qmarks(len(chunk))}) "
            "GROUP BY key, label_en, label_source", chunk,
        ):
            counts.setdefault(member_of[k], Counter())[(label, src)] += n
    for r, p in pairs.items():
        if r not in counts:
            counts[r] = Counter(dict.fromkeys(p, 1))
    out: dict[str, tuple[str, str]] = {}
    for r in roots:
        label = shown[r]
        fix = fixes.by_key.get(r)
        if fix is not None and fix.label_en is not None:
            out[r] = (label, "user")
        else:
            carried = Counter({src: n for (lab, src), n in (counts.get(r) or {}).items() if lab == label})
            out[r] = (label, carried.most_common(1)[0][0] if carried else "")
    return out
