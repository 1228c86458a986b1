"""Where Sahifa keeps its files, and who may read them. A light module (no Library, no NLP):
``sahifa facts --json`` answers from its cache after importing only this, :mod:`.schema` and
:mod:`.facts_cache`.

The library holds what the user reads and writes (articles, notes), so it is private: the data
folder is made 0700 and the library's files 0600, whatever the umask (SQLite gives its -wal and -shm
files the mode of the database file). A library made by an older Sahifa (0644 in a 0755 folder) is
tightened when it is opened: group and other permissions are removed from the data folder and the
library's files, when they belong to the user running Sahifa. Nothing else is changed: a file the
user made read-only stays read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

import platformdirs

__all__ = [
    "PRIVATE_DIR_MODE",
    "PRIVATE_FILE_MODE",
    "cache_dir",
    "default_library_path",
    "facts_cache_path",
    "folder_writable",
    "library_writable",
    "make_private",
    "private_dir",
    "read_only_uri",
    "sample_library_path",
]

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
LIBRARY_SIDE_FILES = ("-wal", "-shm", "-journal")


def _home() -> Path | None:
    home = os.environ.get("SAHIFA_HOME")
    return Path(home) if home else None


def make_private(path: Path) -> None:
    """Remove group and other permissions from ``path`` if it has any and belongs to us.

    Only ever takes permissions away (a read-only file stays read-only); symlinks, files of other
    users and read-only file systems are left as they are.
    """
    if os.name != "posix":
        return
    try:
        st = os.lstat(path)
    except OSError:
        return
    if stat.S_ISLNK(st.st_mode) or st.st_uid != os.geteuid() or not st.st_mode & 0o077:
        return
    with contextlib.suppress(OSError):  # e.g. a read-only file system: nothing we can do, and no harm
        os.chmod(path, stat.S_IMODE(st.st_mode) & ~0o077)


def private_dir(folder: Path, *, repair: bool = False) -> None:
    """Make sure ``folder`` exists; created 0700 (and its missing parents too), whatever the umask.

    ``repair`` also removes group/other permissions from an existing folder (only for folders that
    are Sahifa's own, such as the data folder).
    """
    missing: list[Path] = []
    p = folder
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    for created in missing:
        with contextlib.suppress(OSError):
            os.chmod(created, PRIVATE_DIR_MODE)  # mkdir's mode is filtered by the umask
    if repair and not missing:
        make_private(folder)


def _data_dir() -> Path:
    """``$SAHIFA_HOME`` when set, else the per-user data dir; created 0700 (an existing one tightened)."""
    home = _home()
    folder = home if home is not None else Path(platformdirs.user_data_dir("Sahifa", appauthor=False))
    private_dir(folder, repair=True)
    return folder


def default_library_path() -> Path:
    """``$SAHIFA_HOME/library.db`` when SAHIFA_HOME is set, else the per-user data dir; creates the
    dir (0700) and takes group/other permissions off an existing one."""
    return _data_dir() / "library.db"


def sample_library_path() -> Path:
    """``<data dir>/sample/library.db``: the bundled sample's own library, so that its articles (2019,
    Baghuz) never mix with the user's in the facts, search or exports. Same private modes."""
    folder = _data_dir() / "sample"
    private_dir(folder, repair=True)
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


def folder_writable(folder: Path) -> bool:
    """True when files can be created in ``folder`` (access(2) also answers False on a read-only
    file system, for root too)."""
    return os.access(folder, os.W_OK | os.X_OK)


def library_writable(path: Path) -> bool:
    """True when the library at ``path`` can be written: its folder (SQLite creates -wal and -shm
    files beside it) and, when it exists, the file itself. A missing folder counts as writable when
    it can be created."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder_writable(folder):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads the library at ``path`` and never writes it.

    A WAL database is read through its -shm file, which SQLite must be able to create; in a folder
    that cannot be written, and with no -wal file holding unmerged changes (a library closed cleanly
    has none), ``immutable=1`` lets SQLite read the file as it is, without the -shm.
    """
    uri = path.resolve().as_uri() + "?mode=ro"
    if not folder_writable(path.parent):
        wal = path.with_name(path.name + "-wal")
        try:
            unmerged = wal.stat().st_size > 0
        except OSError:
            unmerged = False
        if not unmerged:
            uri += "&immutable=1"
    return uri
