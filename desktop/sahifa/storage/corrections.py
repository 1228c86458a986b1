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
from .db import LibraryError, Store, chunks, now, qmarks
from .rows import CorrectionRow, FixRow

__all__ = ["DependentCorrections", "Fixes", "SpeakerNames", "base_display", "dependent_corrections", "load_fixes"]

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


# The columns of an ``entity_fixes`` row a correction can change, their index in a logged ``before`` row
# (:class:`FixRow` order) and their value when the key has no row.
_FIELDS: dict[str, tuple[int, Any]] = {
    "canonical": (0, None), "label_en": (1, None), "type": (2, None), "deleted": (3, 0), "merged_into": (4, None),
}


def _changed(kind: str, key: str, detail: dict[str, Any], before: dict[str, Any]) -> frozenset[tuple[str, str]]:
    """The (key, column) pairs of ``entity_fixes`` a logged correction wrote: a merge re-points
    ``merged_into`` of the merged key and of its aliases, a rename the names it gave, a retype the type,
    a removal the deleted flag; an unknown kind everything it logged (so nothing is reverted behind it)."""
    if kind == "merge":
        return frozenset((k, "merged_into") for k in before)
    if kind == "rename":
        return frozenset((key, f) for f in ("canonical", "label_en") if f in detail)
    if kind == "retype":
        return frozenset({(key, "type")})
    if kind == "delete":
        return frozenset({(key, "deleted")})
    return frozenset((k, f) for k in before for f in _FIELDS)


def _live_log(conn: sqlite3.Connection, since: int) -> list[tuple[int, frozenset[tuple[str, str]]]]:
    """(id, columns written) of the corrections from ``since`` on that are not reverted, oldest first."""
    rows = conn.execute(
        "SELECT id, kind, key, detail, before FROM corrections WHERE id >= ? AND reverted IS NULL ORDER BY id",
        (since,),
    )
    return [(cid, _changed(kind, key, json.loads(detail or "{}"), json.loads(before or "{}")))
            for cid, kind, key, detail, before in rows]


def _dependents(conn: sqlite3.Connection, correction_id: int) -> list[int]:
    """Ids of the later corrections, not reverted, that changed what correction ``correction_id`` changed
    (the same column of the same entity), directly or through another such correction; oldest first.
    Reverting the correction alone would silently undo them too."""
    log = _live_log(conn, correction_id)
    if not log or log[0][0] != correction_id:
        return []
    written = set(log[0][1])
    found: list[int] = []
    for cid, cols in log[1:]:  # oldest first: a dependent of a dependent comes after it
        if not written.isdisjoint(cols):
            found.append(cid)
            written |= cols
    return found


def dependent_corrections(conn: sqlite3.Connection, correction_id: int) -> list[CorrectionRow]:
    """The later corrections (not reverted) that depend on ``correction_id`` (see :func:`revert_correction`),
    newest first like :func:`corrections`."""
    ids = set(_dependents(conn, correction_id))
    if not ids:
        return []
    return [c for c in corrections(conn, limit=10_000) if c.id in ids]


class DependentCorrections(LibraryError):
    """Reverting a correction alone would also undo later corrections that changed the same thing."""

    def __init__(self, correction_id: int, dependents: list[int]) -> None:
        super().__init__(
            f"correction {correction_id} cannot be reverted alone: later corrections "
            f"({', '.join(map(str, dependents))}) changed the same entity after it; revert them together"
        )
        self.correction_id = correction_id
        self.dependents = dependents


def _revert_one(conn: sqlite3.Connection, correction_id: int) -> bool:
    """Write back, in one transaction already open, exactly the columns correction ``correction_id``
    wrote, as they were before it; other columns of the same rows (later corrections) are kept."""
    row = conn.execute(
        "SELECT kind, key, detail, before, reverted FROM corrections WHERE id = ?", (correction_id,)
    ).fetchone()
    if row is None or row[4] is not None:
        return False
    kind, key, detail, before_json = row[:4]
    before: dict[str, Any] = json.loads(before_json or "{}")
    stamp = now()
    changed = sorted(_changed(kind, key, json.loads(detail or "{}"), before))
    for k, column in changed:
        index, default = _FIELDS[column]
        old = before.get(k)
        value = old[index] if old is not None else default
        conn.execute(
            f"""INSERT INTO entity_fixes (key, {column}, updated) VALUES (?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET {column} = excluded.{column}, updated = excluded.updated""",
            (k, value, stamp),
        )
    # a row back to "no correction at all" is the same as no row (as before the first correction)
    for k in dict.fromkeys(k for k, _column in changed):
        conn.execute(
            """DELETE FROM entity_fixes WHERE key = ? AND canonical IS NULL AND label_en IS NULL
               AND type IS NULL AND NOT deleted AND merged_into IS NULL""",
            (k,),
        )
    conn.execute("UPDATE corrections SET reverted = ? WHERE id = ?", (stamp, correction_id))
    return True


def revert_correction(store: Store, correction_id: int, *, with_dependents: bool = False) -> bool:
    """Undo exactly what a correction changed: the ``entity_fixes`` columns it wrote go back to how they
    were before it; later corrections of other columns (a rename after a retype) stay. False when it is
    unknown or was already reverted.

    When later corrections (not reverted) changed the same thing (:func:`dependent_corrections`),
    reverting it alone would undo them too: this raises :class:`DependentCorrections`, unless
    ``with_dependents``, which reverts them with it, newest first, in one transaction."""
    with store.write() as conn:
        dependents = _dependents(conn, correction_id)
        if dependents and not with_dependents:
            raise DependentCorrections(correction_id, dependents)
        for cid in reversed(dependents):
            _revert_one(conn, cid)
        return _revert_one(conn, correction_id)


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
