"""The whole-library facts document (``sahifa facts --json`` without ``--entity``), cached.

Building the document walks every article, figure and quote of the library (at 2,000 articles: 20 MB
of JSON, ~0.3 s in SQLite alone); the library changes far less often than it is asked. So the
document is kept in a file in the cache dir (:func:`sahifa.storage.paths.facts_cache_path`), made in
one read snapshot of the library and tagged with the library's ``facts_revision`` token from that
snapshot. Triggers (schema v3) give the library a new random token whenever an article is added,
re-analysed or removed, or a correction is made (see :func:`sahifa.storage.schema._v3`). A cached
file is served only when its header names the library's current token, this document format and
this Sahifa version, and it has exactly the length its header says; anything else is a miss, and the
document is built again (and the cache rewritten) as it is streamed out.

:func:`serve` needs nothing but ``sqlite3`` and this module's light imports: answering from the
cache costs about as much as starting Python. The cache is derived data: deleting it loses nothing,
and failing to write it (read-only or full disk) never fails the command. It is written with mode
0600 (it holds article text) and replaced atomically.

File layout: one ASCII header line ``sahifa-facts-cache <format> <sahifa version> <token> <length>``
then exactly ``<length>`` bytes of the document.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING

from sahifa import __version__

from .paths import facts_cache_path
from .schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from .library import Library

__all__ = ["FORMAT", "build", "cached_token", "current_token", "serve"]

FORMAT = "2"  # bump when the document's content changes for the same library state
_MAGIC = b"sahifa-facts-cache"
_HEADER_MAX = 256


def _header(token: str, length: int) -> bytes:
    """The header line; fixed width for a token (the length has 16 digits), so it can be rewritten."""
    return b"%s %s %s %s %016d\n" % (_MAGIC, FORMAT.encode(), __version__.encode(), token.encode("ascii"), length)


def _read_token(conn: sqlite3.Connection) -> str | None:
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != SCHEMA_VERSION:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'facts_revision'").fetchone()
    token = row[0] if row else None
    return token if isinstance(token, str) and token.isascii() and token.isalnum() else None


def current_token(library_path: Path) -> str | None:
    """The library's facts revision token, read without opening a Library; None when there is none
    (no library, another schema version, or it cannot be read)."""
    if not library_path.is_file():
        return None
    try:
        conn = sqlite3.connect(library_path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read_token(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _open_whole(library_path: Path) -> tuple[IO[bytes], str, int, int] | None:
    """The cache file of this format and version, whole: opened at the document's first byte, with the
    token it was built from and the document's offset and length; None for anything else."""
    try:
        f = open(facts_cache_path(library_path), "rb")
    except OSError:
        return None
    try:
        parts = f.readline(_HEADER_MAX).split()
        if len(parts) != 5 or parts[:3] != [_MAGIC, FORMAT.encode(), __version__.encode()]:
            raise ValueError("not this format's document")
        length = int(parts[4])
        offset = f.tell()
        if os.fstat(f.fileno()).st_size != offset + length:  # damaged or cut short
            raise ValueError("wrong length")
        return f, parts[3].decode("ascii"), offset, length
    except (OSError, ValueError):  # UnicodeDecodeError is a ValueError
        f.close()
        return None


def cached_token(library_path: Path) -> str | None:
    """The token the cache file was built from, if it is whole and of this format and version."""
    opened = _open_whole(library_path)
    if opened is None:
        return None
    opened[0].close()
    return opened[1]


def serve(library_path: Path, out: IO[bytes]) -> bool:
    """Write the library's cached document to ``out`` if it is current; False (nothing written) if not."""
    token = current_token(library_path)
    if token is None:
        return False
    opened = _open_whole(library_path)
    if opened is None:
        return False
    f, built_from, offset, length = opened
    with f:
        if built_from != token:
            return False
        _copy(f, out, offset, length)
    return True


def _copy(src: IO[bytes], out: IO[bytes], offset: int, length: int) -> None:
    out.flush()
    try:
        out_fd = out.fileno()
    except (AttributeError, OSError, ValueError):  # e.g. io.BytesIO
        out_fd = -1
    if out_fd >= 0 and hasattr(os, "sendfile"):
        sent = 0
        try:
            while sent < length:
                n = os.sendfile(out_fd, src.fileno(), offset + sent, length - sent)
                if n == 0:
                    break
                sent += n
            if sent == length:
                return
        except OSError as exc:
            if sent or exc.errno not in (22, 38, 95):  # EINVAL/ENOSYS/EOPNOTSUPP: copy instead
                raise
        src.seek(offset + sent)
        length -= sent
    else:
        src.seek(offset)
    while length > 0:
        block = src.read(min(length, 1 << 20))
        if not block:
            raise OSError("the facts cache file was cut short while it was read")
        out.write(block)
        length -= len(block)


class _Tee:
    """A binary sink writing to ``out`` (if any) and to the cache file; a failing cache file is dropped
    (the document still goes to ``out``)."""

    def __init__(self, out: IO[bytes] | None, cache: IO[bytes] | None) -> None:
        self.out = out
        self.cache = cache
        self.length = 0

    def write(self, data: bytes) -> int:
        if self.out is not None:
            self.out.write(data)
        if self.cache is not None:
            try:
                self.cache.write(data)
            except OSError:
                self.cache = None
        self.length += len(data)
        return len(data)


def build(library: Library, out: IO[bytes] | None = None) -> bool:
    """Build the whole-library document in one read snapshot, writing it to ``out`` (if given) and to
    the cache file; True if the cache file was written. The cache file is written beside its final
    name and renamed into place once whole."""
    from .facts_json import FactsDocument

    conn = library._conn
    target = facts_cache_path(library.path)
    tmp_name = ""
    stored = False
    if conn.in_transaction:
        raise RuntimeError("facts_cache.build() needs a library outside any transaction (one read snapshot)")
    conn.execute("BEGIN")  # one snapshot for the token and the whole document
    try:
        token = _read_token(conn)
        cache: IO[bytes] | None = None
        if token is not None:
            try:
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                fd, tmp_name = tempfile.mkstemp(prefix=".facts-", suffix=".tmp", dir=target.parent)  # 0600
                cache = os.fdopen(fd, "wb", buffering=1 << 20)
                cache.write(_header(token, 0))  # fixed width: rewritten in place with the length
            except OSError:
                cache = None
        tee = _Tee(out, cache)
        try:
            with FactsDocument(library) as doc:
                doc.write_json(tee)  # type: ignore[arg-type]  # a write()-only binary sink
            if tee.cache is not None and token is not None:
                with contextlib.suppress(OSError):
                    tee.cache.seek(0)
                    tee.cache.write(_header(token, tee.length))
                    tee.cache.close()
                    os.replace(tmp_name, target)
                    stored = True
        finally:
            if cache is not None:
                with contextlib.suppress(OSError):
                    cache.close()
            if tmp_name and not stored:
                with contextlib.suppress(OSError):
                    os.unlink(tmp_name)
    finally:
        conn.rollback()  # a read-only transaction (and the document's temporary table)
    return stored
