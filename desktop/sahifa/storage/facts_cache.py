"""The whole-library facts document (``sahifa facts --json`` without ``--entity``), cached.

Building the document walks every article, figure and quote of the library (at 2,000 articles: 20 MB
of JSON, ~0.3 s in SQLite alone); the library changes far less often than it is asked. So the
document is kept in a file in the cache dir (:func:`sahifa.storage.paths.facts_cache_path`), made in
one read snapshot of the library and tagged with the library's ``facts_revision`` token from that
snapshot. Triggers (schema v3) give the library a new random token whenever an article is added,
re-analysed or removed, or a correction is made (see :func:`sahifa.storage.schema._v3`). A cached
file is served only when its header names the library's current token, this document format and
this Sahifa version, it has exactly the length its header says, and its body has the BLAKE2b digest
its header says (so a hand-edited, damaged or otherwise foreign body is never served, even at the same
length); anything else is a miss, and the document is built again (and the cache rewritten) as it is
streamed out. The file is opened with ``O_NOFOLLOW``: a symlink in its place is a miss too, and is
replaced (not followed) when the cache is rewritten. Checking the digest costs ~1.5 ms per MB (hashed
from a memory map, which is then written out: the bytes checked are the bytes served).

:func:`serve` needs nothing but ``sqlite3`` and this module's light imports: answering from the
cache costs about as much as starting Python. The cache is derived data: deleting it loses nothing,
and failing to write it (read-only or full disk) never fails the command. It is written with mode
0600 (it holds article text) and replaced atomically.

File layout: one ASCII header line
``sahifa-facts-cache <format> <sahifa version> <token> <length> <blake2b-256 of the body, hex>`` then
exactly ``<length>`` bytes of the document.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, NamedTuple

from sahifa import __version__

from .paths import facts_cache_path, read_only_uri
from .schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from .facts_json import Describe
    from .library import Library

__all__ = ["FORMAT", "build", "cached_token", "current_token", "serve"]

FORMAT = "7"  # bump when the document's content or the file layout changes (3: the body's digest;
#              4: the English fields title_en, label_source, speaker_en, quote_en, source_en;
#              5: figure groups by sentence frame, with "shared"; 6: stricter figure groups;
#              7: speaker_en/source_en of a speaker linked to no entity: its role's description)
_MAGIC = b"sahifa-facts-cache"
_HEADER_MAX = 256
_DIGEST_SIZE = 32
_NO_DIGEST = b"0" * (2 * _DIGEST_SIZE)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _header(token: str, length: int, digest: bytes = _NO_DIGEST) -> bytes:
    """The header line; fixed width for a token (the length has 16 digits, the digest 64 hex digits),
    so it can be rewritten in place once the body is written."""
    return b"%s %s %s %s %016d %s\n" % (
        _MAGIC, FORMAT.encode(), __version__.encode(), token.encode("ascii"), length, digest)


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
    if library_path.stat().st_size == 0:  # a damaged library (see db.Store._refuse_empty), not an empty one
        return None
    try:
        conn = sqlite3.connect(read_only_uri(library_path), uri=True)
    except sqlite3.Error:
        return None
    try:
        return _read_token(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


class _Whole(NamedTuple):
    """The cache file, checked: the token it was built from and its body (a view of a read-only
    memory map of the file: the bytes whose digest was checked are the bytes served)."""

    token: str
    body: memoryview


@contextlib.contextmanager
def _open_whole(library_path: Path) -> Iterator[_Whole | None]:
    """The cache file of this format and version, whole and unaltered; None for anything else
    (missing, a symlink, another format, cut short or grown, or a body that is not the one written)."""
    try:
        fd = os.open(facts_cache_path(library_path), _OPEN_FLAGS)  # O_NOFOLLOW: a symlink is refused (ELOOP)
    except OSError:
        yield None
        return
    mapped: mmap.mmap | None = None
    body: memoryview | None = None
    token = ""
    try:
        head = os.read(fd, _HEADER_MAX)
        offset = head.find(b"\n") + 1
        if not offset:
            raise ValueError("no header line")
        parts = head[:offset].split()
        if len(parts) != 6 or parts[:3] != [_MAGIC, FORMAT.encode(), __version__.encode()]:
            raise ValueError("not this format's document")
        length = int(parts[4])
        if length <= 0 or os.fstat(fd).st_size != offset + length:  # damaged, cut short or grown
            raise ValueError("wrong length")
        mapped = mmap.mmap(fd, offset + length, access=mmap.ACCESS_READ)
        body = memoryview(mapped)[offset:]
        if hashlib.blake2b(body, digest_size=_DIGEST_SIZE).hexdigest().encode("ascii") != parts[5]:
            raise ValueError("wrong digest")  # edited, damaged or not ours
        token = parts[3].decode("ascii")
    except (OSError, ValueError):  # UnicodeDecodeError is a ValueError
        token = ""
    finally:
        os.close(fd)  # the map stays valid without the descriptor
    try:
        yield _Whole(token, body) if token and body is not None else None
    finally:
        if body is not None:
            body.release()
        if mapped is not None:
            mapped.close()


def cached_token(library_path: Path) -> str | None:
    """The token the cache file was built from, if it is whole, unaltered and of this format and version."""
    with _open_whole(library_path) as whole:
        return whole.token if whole is not None else None


def serve(library_path: Path, out: IO[bytes]) -> bool:
    """Write the library's cached document to ``out`` if it is current; False (nothing written) if not."""
    token = current_token(library_path)
    if token is None:
        return False
    with _open_whole(library_path) as whole:
        if whole is None or whole.token != token:
            return False
        out.write(whole.body)
    return True


class _Tee:
    """A binary sink writing to ``out`` (if any) and to the cache file, whose digest it keeps; a
    failing cache file is dropped (the document still goes to ``out``)."""

    def __init__(self, out: IO[bytes] | None, cache: IO[bytes] | None) -> None:
        self.out = out
        self.cache = cache
        self.length = 0
        self.digest = hashlib.blake2b(digest_size=_DIGEST_SIZE)

    def write(self, data: bytes) -> int:
        if self.out is not None:
            self.out.write(data)
        if self.cache is not None:
            try:
                self.cache.write(data)
                self.digest.update(data)
            except OSError:
                self.cache = None
        self.length += len(data)
        return len(data)


def build(library: Library, out: IO[bytes] | None = None, *, describe: Describe | None = None) -> bool:
    """Build the whole-library document in one read snapshot, writing it to ``out`` (if given) and to
    the cache file; True if the cache file was written. The cache file is written beside its final
    name and renamed into place once whole. ``describe``: English for speakers named by their role
    (:class:`~.facts_json.FactsDocument`; the services pass the engine's)."""
    from .facts_json import FactsDocument

    target = facts_cache_path(library.path)
    tmp_name = ""
    stored = False
    if library.store.conn.in_transaction:
        raise RuntimeError("facts_cache.build() needs a library outside any transaction (one read snapshot)")
    with library.store.snapshot() as conn:  # one snapshot for the token and the whole document
        token = _read_token(conn)
        cache: IO[bytes] | None = None
        if token is not None:
            try:
                target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
                fd, tmp_name = tempfile.mkstemp(prefix=".facts-", suffix=".tmp", dir=target.parent)  # 0600
                cache = os.fdopen(fd, "wb", buffering=1 << 20)
                cache.write(_header(token, 0))  # fixed width: rewritten in place with the length and digest
            except OSError:
                cache = None
        tee = _Tee(out, cache)
        try:
            with FactsDocument(library, describe=describe) as doc:
                doc.write_json(tee)  # type: ignore[arg-type]  # a write()-only binary sink
            if tee.cache is not None and token is not None:
                with contextlib.suppress(OSError):
                    tee.cache.seek(0)
                    tee.cache.write(_header(token, tee.length, tee.digest.hexdigest().encode("ascii")))
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
    return stored
