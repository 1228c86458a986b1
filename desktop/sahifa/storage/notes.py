"""The user's notes (``notes``): keyed by article path and offsets, with no foreign key, so that they
survive re-analysis and removal of the article; re-anchored when the article's text moves.

Every change is committed durably (``synchronous=FULL``) before it returns: a confirmed note also
survives a power cut.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from ..core.model import Note
from .corrections import base_display, load_fixes
from .db import Store, chunks, now, qmarks
from .rows import NoteRow
from .translations import english_for

__all__ = ["add_note", "delete_note", "list_notes", "paths_with_notes", "reanchor", "update_note"]


def add_note(store: Store, note: Note, *, side_span: tuple[int, int] | None = None) -> int:
    """Store a note and commit it durably before returning its id (see :meth:`Library.add_note`)."""
    if note.pane not in ("ar", "en"):
        raise ValueError(f"a note is made on the Arabic or the English side, not {note.pane!r}")
    side_start, side_end = side_span if side_span is not None else (note.start, note.end)
    stamp = now()
    with store.write(durable=True) as conn:
        passage = note.passage
        if not passage:
            row = conn.execute(
                "SELECT substr(t.text, ? + 1, ? - ?) FROM articles a "
                "JOIN article_texts t ON t.article_id = a.id WHERE a.path = ?",
                (note.start, note.end, note.start, note.article_path),
            ).fetchone()
            passage = row[0] if row and row[0] else ""
        cur = conn.execute(
            """INSERT INTO notes (article_path, start, "end", passage, color, text, pane, created, updated,
               extra, side_start, side_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (note.article_path, note.start, note.end, passage, note.color, note.text, note.pane,
             note.created or stamp, note.updated or stamp, json.dumps(note.extra, ensure_ascii=False),
             side_start, side_end),
        )
        return int(cur.lastrowid or 0)


def update_note(store: Store, note_id: int, *, text: str | None = None, color: str | None = None) -> None:
    with store.write(durable=True) as conn:
        conn.execute(
            "UPDATE notes SET text = coalesce(?, text), color = coalesce(?, color), updated = ? WHERE id = ?",
            (text, color, now(), note_id),
        )


def delete_note(store: Store, note_id: int) -> None:
    with store.write(durable=True) as conn:
        conn.execute("DELETE FROM notes WHERE id = ?", (note_id,))


def list_notes(conn: sqlite3.Connection, *, article_id: int | None, entity_keys: Sequence[str]) -> list[NoteRow]:
    """Notes with their article, aligned English and the entities inside their span (see
    :meth:`Library.notes`)."""
    fixes = load_fixes(conn)
    where, params = "", []
    if article_id is not None:
        where = "WHERE a.id = ?"
        params.append(article_id)
    rows = conn.execute(
        f"""SELECT n.id, n.article_path, n.start, n."end", n.color, n.text, n.pane, n.created, n.updated,
                   n.passage, n.extra, a.id, a.title, a.source, a.published, t.paragraphs, t.reference_en,
                   n.side_start, n.side_end
            FROM notes n LEFT JOIN articles a ON a.path = n.article_path
            LEFT JOIN article_texts t ON t.article_id = a.id {where}
            ORDER BY a.id IS NULL, a.published IS NULL, a.published, a.title, n.article_path, n.start, n.id""",
        params,
    ).fetchall()
    wanted: list[set[str]] = []
    for k in entity_keys:
        root = fixes.live_root(k)
        wanted.append(set(fixes.members(root)) if root is not None else set())
    display_cache: dict[str, str] = {}
    out: list[NoteRow] = []
    for (nid, path, s, e, color, text, pane, created, updated, passage, extra, aid, title, source,
         published, paragraphs_json, reference_json, side_start, side_end) in rows:
        keys: list[str] = []
        names: list[str] = []
        english: str | None = None
        if aid is not None:
            raw_keys = [
                k for (k,) in conn.execute(
                    'SELECT key FROM mentions WHERE article_id = ? AND start < ? AND "end" > ? ORDER BY start',
                    (aid, e, s),
                )
            ]
            if not all(group & set(raw_keys) for group in wanted):
                continue
            for k in raw_keys:
                root = fixes.live_root(k)
                if root is None or root in keys:
                    continue
                keys.append(root)
                if root not in display_cache:
                    display_cache[root] = fixes.display(root, base_display(conn, [root]).get(root))[0]
                names.append(display_cache[root])
            english = english_for(conn, aid, s, e, paragraphs_json, reference_json)
        elif wanted:
            continue
        out.append(NoteRow(
            nid, path, s, e, color, text, pane, created, updated, passage, json.loads(extra or "{}"),
            aid, title, source, published, english, tuple(names), tuple(keys),
            s if pane != "en" else side_start, e if pane != "en" else side_end,
        ))
    return out


# --- re-anchoring, when an article is saved again ----------------------------------------------------


def paths_with_notes(conn: sqlite3.Connection, paths: Sequence[str]) -> set[str]:
    """The article paths among ``paths`` that have notes."""
    found: set[str] = set()
    for chunk in chunks(paths):
        found.update(r[0] for r in conn.execute(
            f"SELECT DISTINCT article_path FROM notes WHERE article_path IN ({qmarks(len(chunk))})", chunk
        ))
    return found


def _refind(text: str, passage: str, near: int) -> int | None:
    best: int | None = None
    i = text.find(passage)
    while i >= 0:
        if best is None or abs(i - near) < abs(best - near):
            best = i
        i = text.find(passage, i + 1)
    return best


def reanchor(conn: sqlite3.Connection, path: str, text: str) -> None:
    """Move the notes of an article whose text changed to where their passage is now (the occurrence
    nearest to where it was); a note whose passage is gone is marked stale (``extra["stale"]``)."""
    rows = conn.execute(
        'SELECT id, start, "end", passage, extra FROM notes WHERE article_path = ?', (path,)
    ).fetchall()
    for note_id, start, end, passage, extra_json in rows:
        extra = json.loads(extra_json or "{}")
        if not passage or text[start:end] == passage:
            if extra.pop("stale", None) is not None:
                conn.execute("UPDATE notes SET extra = ? WHERE id = ?", (json.dumps(extra), note_id))
            continue
        found = _refind(text, passage, start)
        if found is None:
            extra["stale"] = "1"
            conn.execute("UPDATE notes SET extra = ? WHERE id = ?", (json.dumps(extra), note_id))
        else:
            extra.pop("stale", None)
            conn.execute(
                'UPDATE notes SET start = ?, "end" = ?, extra = ? WHERE id = ?',
                (found, found + len(passage), json.dumps(extra), note_id),
            )
