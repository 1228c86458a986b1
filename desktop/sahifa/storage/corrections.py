"""The user's entity corrections: ``entity_fixes`` (rename, retype, delete, merge) and their log
``corrections`` (undo).

Corrections are never touched by re-analysis; they are folded over query results at read time:
:func:`load_fixes` reads them all (a handful of rows) and :class:`Fixes` answers what a raw entity key
is now (its root after merges, None when deleted) and how it is displayed. The uncorrected display
values come from ``entities`` (:func:`base_display`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..core.model import ENTITY_TYPES
from .db import Store, chunks, now, qmarks
from .rows import CorrectionRow, FixRow

__all__ = ["Fixes", "SpeakerNames", "base_display", "load_fixes"]

Display = tuple[str, str, str]  # canonical, English label, type


@dataclass(frozen=True, slots=True)
class _Fix:
    canonical: str | None
    label_en: str | None
    type: str | None
    deleted: bool
    merged_into: str | None


class Fixes:
    """The user's entity corrections, folded over query results."""

    def __init__(self, rows: Iterable[tuple[str, str | None, str | None, str | None, int, str | None]]):
        self.by_key: dict[str, _Fix] = {
            k: _Fix(c, label, t, bool(d), m) for k, c, label, t, d, m in rows
        }
        self.children: dict[str, list[str]] = {}
        for k, f in self.by_key.items():
            if f.merged_into:
                self.children.setdefault(f.merged_into, []).append(k)

    def root(self, key: str) -> str:
        seen = 0
        while seen < 32:
            f = self.by_key.get(key)
            if f is None or not f.merged_into:
                return key
            key = f.merged_into
            seen += 1
        return key

    def deleted(self, root: str) -> bool:
        f = self.by_key.get(root)
        return f is not None and f.deleted

    def live_root(self, key: str | None) -> str | None:
        """The effective key, or None when the entity was deleted ("not an entity")."""
        if key is None:
            return None
        r = self.root(key)
        return None if self.deleted(r) else r

    def members(self, root: str) -> list[str]:
        """All raw keys folded into root (root first), transitively."""
        out, todo = [root], [root]
        while todo:
            for child in self.children.get(todo.pop(), ()):
                if child not in out:
                    out.append(child)
                    todo.append(child)
        return out

    def display(self, root: str, base: Display | None) -> Display:
        canonical, label, etype = base if base is not None else (root, "", "MISC")
        f = self.by_key.get(root)
        if f is not None:
            canonical = f.canonical or canonical
            label = f.label_en if f.label_en is not None else label
            etype = f.type or etype
        return canonical, label, etype


def load_fixes(conn: sqlite3.Connection) -> Fixes:
    """All the corrections, as they are now."""
    return Fixes(conn.execute("SELECT key, canonical, label_en, type, deleted, merged_into FROM entity_fixes"))


def base_display(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, Display]:
    """(canonical, English label, type) of entity keys as analysed, before corrections; keys not in
    ``entities`` are absent."""
    wanted = list(dict.fromkeys(keys))
    out: dict[str, Display] = {}
    for chunk in chunks(wanted):
        for k, c, lab, t in conn.execute(
            f"SELECT key, canonical, label_en, type FROM entities WHERE key IN ({qmarks(len(chunk))})",
            chunk,
        ):
            out[k] = (c, lab, t)
    return out


class SpeakerNames:
    """(display name, effective key) of quote speakers, cached per raw key: a linked speaker is shown
    by its corrected canonical; an unlinked one, or one whose entity was deleted, by its surface."""

    def __init__(self, conn: sqlite3.Connection, fixes: Fixes) -> None:
        self.conn = conn
        self.fixes = fixes
        self.cache: dict[str, tuple[str | None, str | None]] = {}

    def _name(self, root: str, base: Display | None) -> str | None:
        """The corrected canonical of a root, None when neither analysed nor corrected."""
        fixes = self.fixes
        return fixes.display(root, base)[0] if (base or root in fixes.by_key) else None

    def resolve(self, key: str) -> tuple[str | None, str | None]:
        """(corrected canonical or None, effective key or None) of a raw speaker key."""
        hit = self.cache.get(key)
        if hit is None:
            root = self.fixes.live_root(key)
            if root is None:
                hit = (None, None)
            else:
                hit = (self._name(root, base_display(self.conn, [root]).get(root)), root)
            self.cache[key] = hit
        return hit

    def resolve_all(self, keys: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
        """:meth:`resolve` of many keys, with one query for all their display values."""
        roots = {k: self.fixes.live_root(k) for k in keys}
        base = base_display(self.conn, (r for r in roots.values() if r is not None))
        for k, root in roots.items():
            self.cache[k] = (None, None) if root is None else (self._name(root, base.get(root)), root)
        return {k: self.cache[k] for k in roots}

    def __call__(self, surface: str, key: str | None) -> tuple[str, str | None]:
        if key is None:
            return surface, None
        name, root = self.resolve(key)
        return (name or surface), root


# --- writing corrections ---------------------------------------------------------------------------


def _fix(store: Store, key: str, **fields: Any) -> None:
    cols = list(fields)
    with store.write() as conn:
        conn.execute(
            f"""INSERT INTO entity_fixes (key, {", ".join(cols)}, updated)
                VALUES (?, {qmarks(len(cols))}, ?)
                ON CONFLICT (key) DO UPDATE SET {", ".join(f"{c} = excluded.{c}" for c in cols)},
                updated = excluded.updated""",
            (key, *fields.values(), now()),
        )


def _fix_rows(conn: sqlite3.Connection, keys: Iterable[str]) -> dict[str, FixRow | None]:
    out: dict[str, FixRow | None] = {}
    for k in dict.fromkeys(keys):
        row = conn.execute(
            "SELECT canonical, label_en, type, deleted, merged_into, updated FROM entity_fixes WHERE key = ?", (k,)
        ).fetchone()
        out[k] = FixRow._make(row) if row else None
    return out


@contextmanager
def _logged(store: Store, kind: str, key: str, touched: Iterable[str], **detail: Any) -> Iterator[sqlite3.Connection]:
    """A correction in one transaction with its log row: the ``entity_fixes`` rows of ``touched`` as
    they were before, so that :func:`revert_correction` can write them back."""
    with store.write() as conn:
        before = {k: list(row) if row else None for k, row in _fix_rows(conn, touched).items()}
        yield conn
        conn.execute(
            "INSERT INTO corrections (kind, key, detail, before, created) VALUES (?, ?, ?, ?, ?)",
            (kind, key, json.dumps(detail, ensure_ascii=False), json.dumps(before, ensure_ascii=False), now()),
        )


def corrections(conn: sqlite3.Connection, *, limit: int = 500) -> list[CorrectionRow]:
    """The corrections log, newest first."""
    fixes = load_fixes(conn)
    rows = conn.execute(
        "SELECT id, kind, key, detail, created, reverted FROM corrections ORDER BY id DESC LIMIT ?", (limit,)
    ).fetchall()
    out: list[CorrectionRow] = []
    for cid, kind, key, detail, created, reverted in rows:
        base = base_display(conn, [key]).get(key)
        canonical, label, _type = fixes.display(key, base) if (base or key in fixes.by_key) else (key, "", "")
        out.append(CorrectionRow(cid, kind, key, json.loads(detail or "{}"), created, reverted, label or canonical))
    return out


def last_correction(conn: sqlite3.Connection) -> CorrectionRow | None:
    """The newest correction not reverted (what Undo reverts), or None."""
    row = conn.execute("SELECT id FROM corrections WHERE reverted IS NULL ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return next((c for c in corrections(conn, limit=10_000) if c.id == row[0]), None)


def revert_correction(store: Store, correction_id: int) -> bool:
    """Write back the ``entity_fixes`` rows a correction changed, as they were before it. False when
    it is unknown or was already reverted."""
    with store.write() as conn:
        row = conn.execute("SELECT before, reverted FROM corrections WHERE id = ?", (correction_id,)).fetchone()
        if row is None or row[1] is not None:
            return False
        for key, fix in json.loads(row[0]).items():
            if fix is None:
                conn.execute("DELETE FROM entity_fixes WHERE key = ?", (key,))
            else:
                conn.execute(
                    """INSERT INTO entity_fixes (key, canonical, label_en, type, deleted, merged_into, updated)
                       VALUES (?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (key) DO UPDATE SET canonical = excluded.canonical,
                       label_en = excluded.label_en, type = excluded.type, deleted = excluded.deleted,
                       merged_into = excluded.merged_into, updated = excluded.updated""",
                    (key, *fix),
                )
        conn.execute("UPDATE corrections SET reverted = ? WHERE id = ?", (now(), correction_id))
    return True


def merge_entities(store: Store, keep_key: str, other_key: str) -> None:
    """other (and everything merged into it) becomes an alias of keep."""
    fixes = load_fixes(store.conn)
    keep, other = fixes.root(keep_key), fixes.root(other_key)
    if keep == other:
        return
    touched = [other, *(k for k, f in fixes.by_key.items() if f.merged_into == other)]
    with _logged(store, "merge", other, touched, into=keep) as conn:
        _fix(store, other, merged_into=keep)
        conn.execute("UPDATE entity_fixes SET merged_into = ? WHERE merged_into = ?", (keep, other))


def unmerge_entity(store: Store, key: str) -> None:
    """Undo a merge of key into another entity."""
    with store.write() as conn:
        conn.execute("UPDATE entity_fixes SET merged_into = NULL, updated = ? WHERE key = ?", (now(), key))


def rename_entity(store: Store, key: str, canonical: str | None = None, label_en: str | None = None) -> None:
    fields: dict[str, Any] = {}
    if canonical is not None:
        fields["canonical"] = canonical
    if label_en is not None:
        fields["label_en"] = label_en
    if fields:
        root = load_fixes(store.conn).root(key)
        with _logged(store, "rename", root, [root], **fields):
            _fix(store, root, **fields)


def retype_entity(store: Store, key: str, type: str) -> None:
    if type not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {type!r} (expected one of {', '.join(ENTITY_TYPES)})")
    root = load_fixes(store.conn).root(key)
    with _logged(store, "retype", root, [root], type=type):
        _fix(store, root, type=type)


def delete_entity(store: Store, key: str) -> None:
    """Mark as "not an entity": left out of every list; survives re-analysis."""
    root = load_fixes(store.conn).root(key)
    with _logged(store, "delete", root, [root]):
        _fix(store, root, deleted=1)


def restore_entity(store: Store, key: str) -> None:
    """Undo :func:`delete_entity`."""
    _fix(store, load_fixes(store.conn).root(key), deleted=0)
