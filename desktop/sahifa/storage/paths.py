"""Where Sahifa keeps its files. A light module (no Library, no NLP): ``sahifa facts --json`` answers
from its cache after importing only this, :mod:`.schema` and :mod:`.facts_cache`."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

__all__ = ["cache_dir", "default_library_path", "facts_cache_path"]


def _home() -> Path | None:
    home = os.environ.get("SAHIFA_HOME")
    return Path(home) if home else None


def default_library_path() -> Path:
    """``$SAHIFA_HOME/library.db`` when SAHIFA_HOME is set, else the per-user data dir; creates the dir."""
    home = _home()
    folder = home if home is not None else Path(platformdirs.user_data_dir("Sahifa", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "library.db"


def cache_dir() -> Path:
    """Derived data that can be rebuilt at any time: ``$SAHIFA_HOME/cache`` when SAHIFA_HOME is set,
    else the per-user cache dir. Not created here."""
    home = _home()
    return home / "cache" if home is not None else Path(platformdirs.user_cache_dir("Sahifa", appauthor=False))


def facts_cache_path(library: Path) -> Path:
    """The cached ``sahifa facts --json`` document of the library at ``library`` (one file per library
    path; the file itself records which library and which revision of it it was built from)."""
    digest = hashlib.sha1(str(Path(library).resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:20]
    return cache_dir() / "facts" / f"{digest}.json"
