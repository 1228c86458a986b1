"""The one walk of an ingest's paths and its one content check.

:func:`scan` finds the article files under the paths (:func:`sahifa.core.articles.discover`), keeps one
name per real file (a file reached under two names — two links, a path given twice — is analysed
once), and compares each file already in the library with what was stored: one query for the stored
sha1 of every file, and only files already in the library are read to hash them. The :class:`Scan` it
returns is all an ingest needs afterwards — the files to analyse, the ids of the unchanged ones, and
the files of each folder walked (to forget the articles whose file is gone) — so nothing is walked or
checked again, whichever thread or process analyses the files.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sahifa.core.articles import discover, display_path
from sahifa.core.model import LoadError
from sahifa.core.progress import Progress
from sahifa.core.safe_text import visible
from sahifa.storage.library import Library

Item = tuple[str, str, str]  # (file, folder it was found in, real path of the file): one file to analyse


@dataclass
class Scan:
    """What one walk and one content check found (plain data: it goes to a child process as it is)."""

    todo: list[Item] = field(default_factory=list)  # new or changed files, in walk order
    total: int = 0  # distinct files found
    unchanged: list[int] = field(default_factory=list)  # ids of the articles whose file is unchanged
    errors: list[LoadError] = field(default_factory=list)
    folders: dict[str, list[str]] = field(default_factory=dict)  # folder walked (real path) → its files' real paths
    cancelled: bool = False


def file_sha1(path: Path) -> str | None:
    """sha1 of a file's bytes (None when it cannot be read): the re-analysis key."""
    try:
        h = hashlib.sha1()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def scan(library: Library, paths: Sequence[str | Path], *, force: bool = False,
         progress: Progress | None = None, cancel: threading.Event | None = None) -> Scan:
    """Walk ``paths`` (files and folders) once and check each file found against ``library`` once.

    ``force``: every file is analysed again (no check). Progress is reported as "Checking" for the files
    already in the library (the others cost nothing to check). ``cancel`` is honoured between files.
    """
    out = Scan()
    files: list[tuple[Path, str]] = []  # (file, folder it was found in)
    for raw in paths:
        p = Path(raw)
        try:
            found, errors = discover(p)
        except (NotADirectoryError, OSError) as exc:
            out.errors.append(LoadError(display_path(p), f"cannot open: {visible(str(exc))}"))
            continue
        is_dir = p.is_dir()
        folder = str(p.resolve() if is_dir else p.resolve().parent)
        files.extend((f, folder) for f in found)
        out.errors.extend(errors)
        if is_dir:
            out.folders.setdefault(folder, []).extend(_real_paths(found))

    files, resolved = _unique(files)
    out.total = len(files)
    stored = {} if force else library.article_states(resolved)
    for i, ((path, folder), real) in enumerate(zip(files, resolved, strict=True)):
        if cancel is not None and cancel.is_set():
            out.cancelled = True
            out.todo = []
            return out
        state = stored.get(real)
        if state is not None and file_sha1(path) == state[0]:
            out.unchanged.append(state[1])
        else:
            out.todo.append((str(path), folder, real))
        if progress is not None and state is not None:
            progress(i + 1, out.total, "Checking")
    return out


def _unique(files: list[tuple[Path, str]]) -> tuple[list[tuple[Path, str]], list[str]]:
    """(files, their real paths) without the files already listed under another name: one article
    per real file, however many links or path arguments lead to it (the first one found is kept)."""
    resolved = _real_paths([f for f, _ in files])  # what load_article stores as the path
    if len(set(resolved)) == len(resolved):
        return files, resolved
    seen: set[str] = set()
    kept: list[tuple[Path, str]] = []
    kept_real: list[str] = []
    for item, real in zip(files, resolved, strict=True):
        if real not in seen:
            seen.add(real)
            kept.append(item)
            kept_real.append(real)
    return kept, kept_real


def _real_paths(files: Sequence[Path]) -> list[str]:
    """[os.path.realpath(f) for f in files], resolving each folder once (a file costs one lstat
    instead of one per component of its path)."""
    folders: dict[str, str] = {}
    out: list[str] = []
    for f in files:
        folder, name = os.path.split(f)
        real = folders.get(folder)
        if real is None:
            real = folders[folder] = os.path.realpath(folder)
        path = os.path.join(real, name)
        out.append(os.path.realpath(path) if os.path.islink(path) else path)
    return out
