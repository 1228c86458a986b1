"""The library's one thin database layer: opening the file, pragmas, transactions and errors.

Every feature module of :mod:`sahifa.storage` (articles, corrections, entities, facts, search, notes,
translations) owns its tables and queries and reaches SQLite only through a :class:`Store`: its
``conn`` for reads, :meth:`Store.write` for changes. Nothing here knows what the tables hold.

Design notes
- A ``sqlite3`` connection we open ourselves (URI, ``mode=ro`` for read-only). Writes run in explicit
  ``BEGIN IMMEDIATE`` transactions (nested calls become savepoints), so a writer waits on
  ``busy_timeout`` instead of failing on a lock upgrade. WAL journal, ``synchronous=NORMAL`` (durable
  against application crashes); ``durable`` writes switch to ``synchronous=FULL`` for their commit so
  a confirmed note also survives a power cut.
- The schema is versioned (``PRAGMA user_version``, :mod:`.schema`); a library is migrated when it is
  opened for writing, refused when it is newer than this Sahifa.
- Errors, in two kinds (qutebrowser's KnownError and BugError): what the environment does to the
  library (locked, read-only, damaged, full disk, I/O error, a missing table) becomes a
  :class:`LibraryError` whose ``str()`` is a sentence for the user (paths shown through
  :func:`sahifa.core.safe_text.visible`); a misuse of the ``sqlite3`` API (:data:`BUG_ERRORS`: wrong
  bindings, a closed connection, another thread's connection) is a bug in Sahifa and is raised as it is.
- Private: a new library file is 0600 in a 0700 folder, and an existing one loses group/other
  permissions when opened for writing (:mod:`.paths`). A new file is made whole (an SQLite header in a
  temporary file, then linked into place), so a zero-byte ``library.db`` is never one of ours: it is
  reported as damaged rather than silently used as a new, empty library. Nothing here ever deletes or
  overwrites a library file; a damaged file can be moved aside with :func:`quarantine`.
- Read-only means read-only: ``read_only=True`` opens with ``mode=ro`` (and ``immutable=1`` in a folder
  that cannot be written, where SQLite could not make the WAL's -shm file), nothing is chmod'ed, and
  every write is refused with a sentence saying that notes cannot be saved.
- Full-text search (schema v2): passages inserted in a write transaction are indexed set-based just
  before it commits (:meth:`Store.fts_pending`, :meth:`Store.flush_fts`). This is the one piece of a
  feature kept here, because it is part of how a transaction commits and rolls back.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..core.safe_text import visible
from .paths import (
    LIBRARY_SIDE_FILES,
    PRIVATE_FILE_MODE,
    library_writable,
    make_private,
    private_dir,
    read_only_uri,
)
from .schema import SCHEMA_VERSION, migrate, user_version

if TYPE_CHECKING:
    import sqlite_utils

__all__ = ["BUG_ERRORS", "BUSY_TIMEOUT_MS", "CHUNK", "LibraryError", "Store", "chunks", "now", "qmarks",
           "quarantine", "reason"]

BUSY_TIMEOUT_MS = 5000
CHUNK = 500  # parameters per IN (...) list

# Misuse of the sqlite3 API: a bug in Sahifa, never shown to the user as a problem with the library.
BUG_ERRORS: tuple[type[sqlite3.Error], ...] = (sqlite3.ProgrammingError, sqlite3.InterfaceError)

T = TypeVar("T")


class LibraryError(Exception):
    """A library problem the user can act on; ``str()`` is a sentence for the user."""


def chunks(items: Sequence[T], n: int = CHUNK) -> Iterator[Sequence[T]]:
    """``items`` in slices of at most ``n`` (the parameters of one ``IN (...)`` list)."""
    for i in range(0, len(items), n):
        yield items[i : i + n]


def qmarks(n: int) -> str:
    """``?,?,…`` with ``n`` placeholders."""
    return ",".join("?" * n)


def now() -> str:
    """The time stamp stored with changes: UTC, ISO 8601, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def reason(exc: OSError) -> str:
    """An OSError as words for a sentence ("permission denied", "read-only file system"), without
    the "[Errno 13]" prefix and the repeated path."""
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def quarantine(path: Path | str) -> Path:
    """Rename a damaged library (and its -wal/-shm) to ``<name>.damaged-<timestamp>``; return it.

    Nothing is deleted or overwritten, so the old file can still be rescued by hand. Raises
    :class:`LibraryError` (a sentence) when the folder cannot be written.
    """
    p = Path(path)
    try:
        return _move_aside(p)
    except OSError as exc:
        raise LibraryError(
            f"A new library cannot be started in {visible(str(p.parent))}: the old library cannot be "
            f"moved aside there ({reason(exc)}). It was left as it was."
        ) from exc


def _move_aside(p: Path) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = p.with_name(f"{p.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        target = p.with_name(f"{p.name}.damaged-{stamp}-{n}")
        n += 1
    p.rename(target)
    for suffix in ("-wal", "-shm"):
        side = p.with_name(p.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


class Store:
    """One connection to a library file, opened (created, migrated) by the constructor; raises
    :class:`LibraryError` when it cannot be. Not shared between threads: open one per thread."""

    def __init__(self, path: Path, *, read_only: bool = False, check_same_thread: bool = True) -> None:
        self.path = path
        self.read_only = read_only
        self.closed = False
        self.depth = 0  # 0 outside a write transaction, else 1 + the number of open savepoints
        # FTS rows pending: passages with id > _fts_from are not yet in passages_fts (v2: indexed
        # set-based just before the write transaction commits, see flush_fts).
        self._fts_from: int | None = None
        self._utils: sqlite_utils.Database | None = None
        self.ro_uri = read_only_uri(path)
        self.conn = self._connect(check_same_thread)
        try:
            self._prepare()
        except BaseException:
            self.conn.close()
            self.closed = True
            raise

    # --- opening --------------------------------------------------------------------------------

    def _connect(self, check_same_thread: bool) -> sqlite3.Connection:
        p = self.path
        where = self.where()
        if self.read_only:
            if not p.is_file():
                raise LibraryError(f"{where} does not exist")
            self._refuse_empty()
            uri = self.ro_uri
        else:
            try:
                private_dir(p.parent)
            except OSError as exc:
                raise LibraryError(f"{where} cannot be created ({reason(exc)})") from exc
            if p.exists() and not p.is_file():
                raise LibraryError(f"{where} cannot be opened (it is not a file)")
            if not library_writable(p):
                if not p.exists():
                    raise LibraryError(f"{where} cannot be created: its folder cannot be written")
                raise LibraryError(self.read_only_sentence())
            if not p.exists():
                self._create_file()
            self._refuse_empty()
            for name in (p.name, *(p.name + s for s in LIBRARY_SIDE_FILES)):
                make_private(p.with_name(name))  # a library made by an older Sahifa was world-readable
            uri = p.resolve().as_uri() + "?mode=rw"
        try:
            return sqlite3.connect(
                uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=check_same_thread
            )
        except sqlite3.Error as exc:
            raise LibraryError(self.describe(exc)) from exc

    def _refuse_empty(self) -> None:
        """A zero-byte library file is damaged, not a new library: Sahifa never leaves one (see
        :meth:`_create_file`); it is what is left when a copy, a sync or a full disk lost the content."""
        try:
            empty = self.path.stat().st_size == 0
        except OSError:
            return
        if empty:
            raise LibraryError(f"{self.where()} is damaged (the file is empty: 0 bytes)")

    def _create_file(self) -> None:
        """Create the library file, 0600 whatever the umask, and never half-made: an SQLite header is
        written into a private temporary file beside it, which is then hard-linked into place (never
        over an existing file: if another process made the library first, its file is used)."""
        p = self.path
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".new", dir=p.parent)  # 0600
        except OSError as exc:
            raise LibraryError(f"{self.where()} cannot be created ({reason(exc)})") from exc
        os.close(fd)
        try:
            os.chmod(tmp, PRIVATE_FILE_MODE)
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA journal_mode = WAL").fetchone()  # writes the header (4 KB)
            finally:
                conn.close()
            try:
                os.link(tmp, p)
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links (FAT, some network shares)
                if not p.exists():
                    os.replace(tmp, p)
        except sqlite3.Error as exc:
            raise LibraryError(self.describe(exc, writing=True)) from exc
        except OSError as exc:
            raise LibraryError(f"{self.where()} cannot be created ({reason(exc)})") from exc
        finally:
            for name in (tmp, *(tmp + s for s in LIBRARY_SIDE_FILES)):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(name)

    def _prepare(self) -> None:
        conn = self.conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # A read first: a file that is not a database fails here, before anything is written.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            version = user_version(conn)
            if version > SCHEMA_VERSION:
                raise LibraryError(
                    f"The library at {self.path} was created by a newer version of Sahifa "
                    f"(schema {version}; this version understands up to {SCHEMA_VERSION})"
                )
            if not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            if version < SCHEMA_VERSION:
                if self.read_only:
                    raise LibraryError(
                        f"The library at {self.path} needs upgrading; open it once for writing first"
                    )
                migrate(self.utils)
        except sqlite3.Error as exc:
            raise LibraryError(self.describe(exc)) from exc

    @property
    def utils(self) -> sqlite_utils.Database:
        """A sqlite-utils ``Database`` over this connection, created on first use.

        Lazy because importing sqlite-utils also imports pandas and numpy when they are installed
        (camel-tools installs them): ~0.4 s that opening a library for reading need not pay.
        """
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn, recursive_triggers=False, execute_plugins=False)
        return self._utils

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            if not self.read_only:
                self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()

    # --- errors ----------------------------------------------------------------------------------

    def where(self) -> str:
        return f"The library at {visible(str(self.path))}"

    def read_only_sentence(self) -> str:
        return (f"{self.where()} is read-only: it can be read (facts, exports), but nothing can be saved "
                "to it — no analysis, notes or corrections")

    def describe(self, exc: sqlite3.Error, *, writing: bool = False) -> str:
        """A sentence for the user. ``writing``: the error ended a write transaction, which SQLite
        rolled back, so the sentence can say that nothing of it was saved."""
        msg = str(exc)
        low = msg.lower()
        where = self.where()
        unsaved = " Nothing of this change was saved; the library still holds what it held before." if writing else ""
        if "locked" in low or "busy" in low:
            return f"{where} is locked by another Sahifa window"
        if "readonly" in low or "read-only" in low or "read only" in low:
            return self.read_only_sentence()
        if "not a database" in low or "malformed" in low or "corrupt" in low:
            return f"{where} is damaged ({msg})"
        if "unable to open" in low:
            return f"{where} cannot be opened ({msg})"
        if "full" in low:
            return f"{where} cannot be written: the disk is full.{unsaved}"
        if "disk i/o error" in low:
            return f"{where} could not be {'written' if writing else 'read or written'}: {self._io_hint()}.{unsaved}"
        return f"{where} could not be used ({msg})"

    def _io_hint(self) -> str:
        """The likely cause of SQLite's bare "disk I/O error": a full disk, a file-size limit on this
        process (SQLite reports EFBIG as an I/O error), or the device itself."""
        try:
            if shutil.disk_usage(self.path.parent).free < 1 << 20:
                return "the disk is full"
        except OSError:
            pass
        try:
            import resource

            limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
            if limit != resource.RLIM_INFINITY:
                return (f"the file would grow past the file-size limit set for this process ({limit:,} bytes, "
                        "see `ulimit -f`)")
        except (ImportError, OSError, ValueError):
            pass
        return "the disk reported an input/output error (it may be full, removed or failing)"

    @contextmanager
    def errors(self) -> Iterator[None]:
        """Turn SQLite errors of the environment raised inside into a :class:`LibraryError` (a
        sentence); a misuse of the API (:data:`BUG_ERRORS`) is raised as it is."""
        try:
            yield
        except BUG_ERRORS:
            raise
        except sqlite3.Error as exc:
            raise LibraryError(self.describe(exc)) from exc

    # --- transactions ---------------------------------------------------------------------------

    @contextmanager
    def write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE); nested use becomes a savepoint. SQLite errors of the
        outermost transaction become a :class:`LibraryError` that says the change was not saved."""
        if self.read_only:
            raise LibraryError(
                f"{self.where()} is read-only (it was opened for reading only): notes and corrections "
                "cannot be saved"
            )
        if self.depth:
            with self._savepoint() as conn:
                yield conn
            return
        try:
            with self._transaction(durable) as conn:
                yield conn
        except BUG_ERRORS:
            raise
        except sqlite3.Error as exc:
            raise LibraryError(self.describe(exc, writing=True)) from exc

    @contextmanager
    def _savepoint(self) -> Iterator[sqlite3.Connection]:
        """A nested write: undone alone on error (the outer transaction carries on or rolls back)."""
        conn = self.conn
        name = f"sp{self.depth}"
        conn.execute(f"SAVEPOINT {name}")
        fts_from = self._fts_from
        self.depth += 1
        try:
            yield conn
        except BaseException:
            self.depth -= 1
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            self._fts_from = fts_from  # FTS writes made inside the savepoint are undone too
            raise
        self.depth -= 1
        conn.execute(f"RELEASE {name}")

    @contextmanager
    def _transaction(self, durable: bool) -> Iterator[sqlite3.Connection]:
        """The outermost write: BEGIN IMMEDIATE … COMMIT, rolled back whole on any error."""
        conn = self.conn
        if durable:
            conn.execute("PRAGMA synchronous = FULL")
        try:
            conn.execute("BEGIN IMMEDIATE")
            self.depth = 1
            try:
                yield conn
            except BaseException:
                self.depth = 0
                self._fts_from = None
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            self.depth = 0
            try:
                self.flush_fts(conn)
                conn.execute("COMMIT")
            except BaseException:
                self._fts_from = None
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        finally:
            if durable:
                conn.execute("PRAGMA synchronous = NORMAL")

    @contextmanager
    def unchecked_references(self) -> Iterator[None]:
        """No foreign-key checks for the next write transaction (not nested in another one, where the
        pragma cannot change): for a writer that deletes no row others refer to and inserts only rows
        referring to rows it has just inserted or found (``save_prepared``: checking each of the ~130
        rows an article has costs ~5 % of a save). Back on once the transaction ends, whatever happened."""
        conn = self.conn
        if self.depth or conn.in_transaction:
            yield
            return
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: every query inside sees the library as it was when the first one ran.
        RuntimeError inside a transaction (its snapshot would be the transaction's, writes included)."""
        conn = self.conn
        if conn.in_transaction:
            raise RuntimeError("a read snapshot needs a library outside any transaction")
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.rollback()  # a read-only transaction (and anything temporary made in it)

    # --- the full-text index (passages_fts) -------------------------------------------------------

    def fts_pending(self, conn: sqlite3.Connection) -> None:
        """Note that passages are about to be inserted: everything above the current maximum id is
        indexed by :meth:`flush_fts`. Passage ids are rowids (no AUTOINCREMENT) and every delete of
        passages flushes first, so the ids above the mark are exactly the passages added since."""
        if self._fts_from is None:
            self._fts_from = int(conn.execute("SELECT coalesce(max(id), 0) FROM passages").fetchone()[0])

    def flush_fts(self, conn: sqlite3.Connection) -> None:
        """Index the passages added in this transaction with one set-based insert (replaces the v1
        per-row trigger: ~3× cheaper for a batch). Runs before the commit, before any delete of
        passages (the FTS 'delete' command must only ever see indexed rows) and before a search inside
        a write transaction on this connection. Nothing to do when nothing is pending."""
        lo = self._fts_from
        if lo is None:
            return
        conn.execute("INSERT INTO passages_fts (rowid, norm) SELECT id, norm FROM passages WHERE id > ?", (lo,))
        self._fts_from = None

    @property
    def fts_dirty(self) -> bool:
        """Passages were added in the open write transaction and are not indexed yet."""
        return self._fts_from is not None
