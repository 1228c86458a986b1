"""Full-text search and the article filters: the ``passages`` table and its FTS5 index ``passages_fts``.

Passages are the Arabic sentences, the reference English paragraphs and the machine-translated English
sentences, each with its text normalised by the library's ``search_norm`` (``passages.norm``, what the
index holds). Queries are normalised the same way. New passages are indexed when their write
transaction commits (:meth:`sahifa.storage.db.Store.flush_fts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .articles import store_titles_en
from .corrections import Fixes
from .db import Store, qmarks
from .rows import SearchHit

__all__ = ["index_english", "match_expression", "restriction", "search", "snippet"]

Norm = Callable[[str], str]


def match_expression(norm: Norm, query: str) -> str | None:
    """The FTS5 MATCH expression of a query: its normalised words AND-combined, the last one a prefix
    (as-you-type); None when the query has no word."""
    tokens = [t for t in re.split(r"[\W_]+", norm(query)) if t]
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    quoted[-1] += "*"   # as-you-type: the last word may be a prefix
    return " ".join(quoted)


def restriction(
    store: Store, fixes: Fixes, norm: Norm, folder: str | None, entity_keys: Sequence[str], search: str | None
) -> tuple[str | None, list[Any]]:
    """SQL selecting the ids of articles in folder, mentioning every key (corrections applied), and
    matching search, with its parameters; ``(None, [])`` without any filter."""
    parts: list[str] = []
    params: list[Any] = []
    if folder is not None:
        parts.append("SELECT id FROM articles WHERE folder = ?")
        params.append(folder)
    for k in entity_keys:
        root = fixes.live_root(k)
        if root is None:
            parts.append("SELECT NULL WHERE 0")
            continue
        members = fixes.members(root)
        parts.append(f"SELECT article_id FROM article_entities WHERE key IN ({qmarks(len(members))})")
        params.extend(members)
    if search is not None:
        if store.fts_dirty:  # searched inside a batch on this connection
            store.flush_fts(store.conn)
        match = match_expression(norm, search)
        if match is None:
            parts.append("SELECT NULL WHERE 0")
        else:
            parts.append(
                "SELECT p.article_id FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
                "WHERE passages_fts MATCH ?"
            )
            params.append(match)
    if not parts:
        return None, []
    return " INTERSECT ".join(parts), params


def index_english(store: Store, norm: Norm, article_id: int, sentences_en: Sequence[str]) -> None:
    """Store and index the English of each sentence; replaces the English passages of the article.
    ValueError when not one entry per sentence."""
    with store.write() as conn:
        spans = conn.execute(
            'SELECT idx, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,)
        ).fetchall()
        if len(spans) != len(sentences_en):
            raise ValueError(
                f"article {article_id} has {len(spans)} sentences but {len(sentences_en)} translations"
            )
        conn.executemany(
            "UPDATE sentences SET en = ? WHERE article_id = ? AND idx = ?",
            [(en or None, article_id, idx) for (idx, _, _), en in zip(spans, sentences_en, strict=True)],
        )
        store.flush_fts(conn)
        conn.execute("DELETE FROM passages WHERE article_id = ? AND lang = 'en'", (article_id,))
        store.fts_pending(conn)
        conn.executemany(
            'INSERT INTO passages (article_id, sentence_index, lang, start, "end", en, norm) '
            "VALUES (?, ?, 'en', ?, ?, ?, ?)",
            [(article_id, idx, s, e, en, norm(en))
             for (idx, s, e), en in zip(spans, sentences_en, strict=True) if en and en.strip()],
        )
        store_titles_en(conn, [article_id])  # the list's English title follows the English stored


def snippet(norm: Norm, text: str, tokens: Sequence[str], width: int = 220) -> str:
    """About ``width`` characters of text around the first of the (normalised) tokens, cut at spaces."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    normed = norm(text)
    pos = min((p for p in (normed.find(t) for t in tokens) if p >= 0), default=0)
    # map the position in the normalised text back to the original (normalisation is monotone)
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(norm(text[:mid])) < pos:
            lo = mid + 1
        else:
            hi = mid
    start = max(0, lo - width // 3)
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < lo else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > lo else end
    return ("…" if start > 0 else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def search(store: Store, norm: Norm, query: str, *, limit: int = 200) -> list[SearchHit]:
    """Full-text search over Arabic sentences and English, best matches first."""
    match = match_expression(norm, query)
    if match is None:
        return []
    if store.fts_dirty:  # searched inside a batch on this connection
        store.flush_fts(store.conn)
    tokens = [t.strip('"*') for t in match.split(" ")]
    rows = store.conn.execute(
        """SELECT p.article_id, a.title, p.sentence_index, p.start, p."end", p.lang,
                  CASE WHEN p.lang = 'en' THEN p.en ELSE substr(t.text, p.start + 1, p."end" - p.start) END
           FROM (SELECT rowid AS id, rank FROM passages_fts WHERE passages_fts MATCH ?
                 ORDER BY rank LIMIT ?) hit
           JOIN passages p ON p.id = hit.id JOIN articles a ON a.id = p.article_id
           JOIN article_texts t ON t.article_id = p.article_id
           ORDER BY hit.rank""",
        (match, limit),
    ).fetchall()
    return [
        SearchHit(aid, title, si, s, e, snippet(norm, text or "", tokens), lang)
        for aid, title, si, s, e, lang, text in rows
    ]
