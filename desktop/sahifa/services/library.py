"""Opening the library: the one place where Sahifa's Arabic normalisers are wired into storage.

``open_library`` hands :class:`~sahifa.storage.library.Library` the database key of an entity name
(:func:`sahifa.nlp.entities.canonical_key`) and the search folding (:func:`sahifa.nlp.normalize.search_key`).
Every caller — ingest, the command line, the window — opens the library through it.

Light to import: the paths come from :mod:`sahifa.storage.paths`; the library class and the normalisers
are imported on first use (``sahifa facts`` answers from its cache without them).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sahifa.storage.paths import default_library_path, library_writable, sample_library_path

if TYPE_CHECKING:
    from sahifa.storage.library import Library, LibraryError

__all__ = [
    "Library",
    "LibraryError",
    "default_library_path",
    "library_writable",
    "open_library",
    "open_library_for_reading",
    "remove_articles_under",
    "sample_library_path",
]


def open_library(path: Path | str | None = None, *, read_only: bool = False) -> Library:
    """The library at ``path`` (the user's when None) with Sahifa's Arabic key and search normalisers."""
    from sahifa.nlp.entities import canonical_key
    from sahifa.nlp.normalize import search_key
    from sahifa.storage.library import Library

    return Library(path, key_func=canonical_key, search_norm=search_key, read_only=read_only)


def open_library_for_reading(path: Path | None = None) -> Library:
    """:func:`open_library` for commands that only read (facts, export): a library in a place that
    cannot be written (a read-only medium or folder) is opened read-only. ``path``: the user's
    library when not given."""
    path = path or default_library_path()
    return open_library(path, read_only=path.is_file() and not library_writable(path))


def remove_articles_under(library: Library, folder: Path | str) -> int:
    """Forget the articles whose (real) path is inside ``folder``; return how many.

    Used to take the bundled sample out of a user's library that an older Sahifa analysed it into.
    Stored paths are real paths (see ``load_article``), so the folder is compared by its real path.
    Notes are kept, as when a file leaves its folder.
    """
    root = os.path.realpath(folder)
    prefix = root.rstrip(os.sep) + os.sep
    by_folder: dict[str, tuple[list[str], int]] = {}
    for row_folder, path in library.db.execute("SELECT folder, path FROM articles").fetchall():
        kept, dropped = by_folder.get(row_folder, ([], 0))
        if path.startswith(prefix):
            dropped += 1
        else:
            kept.append(path)
        by_folder[row_folder] = (kept, dropped)
    removed = 0
    for row_folder, (kept, dropped) in by_folder.items():
        if dropped:
            removed += library.remove_articles_not_in(row_folder, kept)
    return removed


def __getattr__(name: str) -> Any:
    if name in ("Library", "LibraryError"):
        from sahifa.storage import library

        return getattr(library, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
