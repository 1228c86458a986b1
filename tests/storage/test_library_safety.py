"""The library's files are private, a zero-byte file is damaged (not new), read-only means read-only,
and write failures are sentences that say what was saved. No Qt.

Tests run as root here, where chmod does not stop writes: the "read-only place" tests that need the
kernel to refuse writes use a read-only bind mount in a private mount namespace
(tests/helpers/readonly_fs.py); the rest simulate an unwritable folder through ``os.access``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sahifa.core.model import Note
from sahifa.storage import paths
from sahifa.storage.library import Library, LibraryError
from tests.helpers.readonly_fs import run_read_only

from .test_library import article_a, key, norm


def _mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


# --- modes ---------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("mask", [0o022, 0o002, 0o000])
def test_a_new_library_is_private_whatever_the_umask(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     umask: None, mask: int) -> None:
    home = tmp_path / "data" / "Sahifa"  # neither exists yet
    monkeypatch.setenv("SAHIFA_HOME", str(home))
    os.umask(mask)
    with Library(key_func=key, search_norm=norm) as lib:
        lib.save_article(*article_a(), folder="/news")
        lib.add_note(Note("/news/a.txt", 0, 5, "yellow", "ملاحظة"))
        files = {p.name: _mode(p) for p in home.iterdir()}
        # SQLite makes -wal and -shm with the database file's mode
        assert files == {"library.db": 0o600, "library.db-wal": 0o600, "library.db-shm": 0o600}
    assert _mode(home) == 0o700 and _mode(home.parent) == 0o700
    assert [p.name for p in home.iterdir()] == ["library.db"]  # no temporary file left behind


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_an_old_world_readable_library_is_tightened_on_open(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("SAHIFA_HOME", str(home))
    with Library(key_func=key, search_norm=norm) as lib:
        lib.save_article(*article_a(), folder="/news")
    other = sqlite3.connect(home / "library.db")  # keeps -wal and -shm in place, as after a crash
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("INSERT OR REPLACE INTO meta VALUES ('k', 'v')")
    other.commit()
    for p, mode in ((home, 0o755), (home / "library.db", 0o644), (home / "library.db-wal", 0o664),
                    (home / "library.db-shm", 0o644)):
        os.chmod(p, mode)
    with Library(key_func=key, search_norm=norm) as lib:
        assert lib.get_meta("k") == "v"
    assert _mode(home) == 0o700
    assert {p.name: _mode(p) for p in home.iterdir()} == {"library.db": 0o600, "library.db-wal": 0o600,
                                                         "library.db-shm": 0o600}
    other.close()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="chown needs root")
def test_files_of_another_user_are_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library(path).close()
    os.chmod(path, 0o644)
    os.chown(path, 65534, 65534)
    Library(path).close()
    assert _mode(path) == 0o644


def test_a_read_only_open_changes_no_mode(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    Library(path).close()
    os.chmod(path, 0o644)
    with Library(path, read_only=True) as ro:
        assert ro.articles() == []
    assert _mode(path) == 0o644


# --- a zero-byte file ---------------------------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True])
def test_a_zero_byte_library_is_damaged_not_new(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "library.db"
    path.write_bytes(b"")
    with pytest.raises(LibraryError) as info:
        Library(path, read_only=read_only)
    assert str(info.value) == f"The library at {path} is damaged (the file is empty: 0 bytes)"
    assert path.read_bytes() == b"" and [p.name for p in tmp_path.iterdir()] == ["library.db"]
    moved = Library.quarantine(path)  # the existing way out: kept aside, a new library started
    with Library(path) as fresh:
        assert fresh.articles() == []
    assert moved.exists() and path.stat().st_size > 0


def test_a_new_library_file_is_never_seen_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file appears whole (with its SQLite header) or not at all, so another process opening it
    at the same moment never mistakes ours for a damaged one."""
    path = tmp_path / "library.db"
    seen: list[int] = []
    real_link = os.link

    def link(src: str, dst: str) -> None:
        seen.append(os.stat(src).st_size)
        real_link(src, dst)

    monkeypatch.setattr(os, "link", link)
    Library(path).close()
    assert seen and seen[0] > 0
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_another_process_creating_the_library_first_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.db"
    real_link = os.link

    def link(src: str, dst: str) -> None:
        monkeypatch.setattr(os, "link", real_link)
        with Library(tmp_path / "theirs.db") as theirs:
            theirs.set_meta("owner", "them")
        os.replace(tmp_path / "theirs.db", dst)  # made between our check and our link
        real_link(src, dst)

    monkeypatch.setattr(os, "link", link)
    with Library(path) as lib:
        assert lib.get_meta("owner") == "them"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.db"]


# --- read-only ---------------------------------------------------------------------------------


def _unwritable(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make access(2) say ``folder`` (and what is in it) cannot be written, as it says on a read-only
    file system or to a user without write permission; as root here, chmod would not do it."""
    real = os.access

    def access(p: object, mode: int, *args: object, **kwargs: object) -> bool:
        inside = Path(str(p)).resolve() == folder.resolve() or Path(str(p)).resolve().parent == folder.resolve()
        if inside and mode & os.W_OK:
            return False
        return real(p, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


def test_read_only_uri_reads_without_the_shm_only_where_it_must(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.db"
    Library(path).close()
    assert paths.read_only_uri(path).endswith("?mode=ro")
    _unwritable(monkeypatch, tmp_path)
    assert paths.read_only_uri(path).endswith("?mode=ro&immutable=1")
    (tmp_path / "library.db-wal").write_bytes(b"x" * 100)  # unmerged changes: immutable would hide them
    assert paths.read_only_uri(path).endswith("?mode=ro")


def test_a_mode_ro_connection_refuses_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.db"
    with Library(path) as lib:
        lib.save_article(*article_a(), folder="/news")
    _unwritable(monkeypatch, tmp_path)
    with Library(path, read_only=True) as ro:
        assert "immutable=1" in ro.store.ro_uri and len(ro.articles()) == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):  # SQLite itself refuses
            ro.store.conn.execute("INSERT INTO meta VALUES ('k', 'v')")
        with pytest.raises(LibraryError, match="is read-only .*notes and corrections cannot be saved"):
            ro.add_note(Note("/news/a.txt", 0, 3, "yellow"))


def test_opening_an_unwritable_library_for_writing_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.db"
    Library(path).close()
    before = path.read_bytes()
    _unwritable(monkeypatch, tmp_path)
    with pytest.raises(LibraryError) as info:
        Library(path)
    assert str(info.value) == (f"The library at {path} is read-only: it can be read (facts, exports), but "
                               "nothing can be saved to it — no analysis, notes or corrections")
    assert path.read_bytes() == before


def test_no_library_in_an_unwritable_folder_is_not_called_read_only(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _unwritable(monkeypatch, tmp_path)
    with pytest.raises(LibraryError) as info:
        Library(tmp_path / "library.db")
    assert str(info.value) == f"The library at {tmp_path / 'library.db'} cannot be created: its folder cannot be written"
    assert list(tmp_path.iterdir()) == []


def test_starting_a_new_library_in_an_unwritable_folder_is_a_sentence(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "library.db"
    path.write_bytes(b"junk" * 100)

    def refused(self: Path, target: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "rename", refused)
    with pytest.raises(LibraryError) as info:
        Library.quarantine(path)
    message = str(info.value)
    assert message == (f"A new library cannot be started in {tmp_path}: the old library cannot be moved "
                       "aside there (permission denied). It was left as it was.")
    assert "Errno" not in message and path.read_bytes() == b"junk" * 100


SCRIPT = """
import sys
from pathlib import Path
from sahifa.storage.library import Library, LibraryError
path = Path(sys.argv[1])
with Library(path, read_only=True) as ro:
    print("articles", len(ro.articles()))
    try:
        ro.set_meta("k", "v")
    except LibraryError as exc:
        print("write refused:", exc)
try:
    Library(path)
except LibraryError as exc:
    print("rw:", exc)
try:
    Library.quarantine(path)
except LibraryError as exc:
    print("new:", exc)
"""


def test_a_healthy_library_on_a_read_only_file_system_can_be_read(tmp_path: Path) -> None:
    """The real thing: the folder is a read-only mount (root cannot write there either), so SQLite
    cannot create the WAL's -shm file; read-only opening still reads the library."""
    folder = tmp_path / "ro"
    folder.mkdir()
    with Library(folder / "library.db") as lib:
        lib.save_article(*article_a(), folder="/news")
    result = run_read_only(folder, [sys.executable, "-c", SCRIPT, str(folder / "library.db")])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "articles 1", result.stdout
    assert lines[1].startswith("write refused: ") and "notes and corrections cannot be saved" in lines[1]
    assert lines[2] == f"rw: The library at {folder / 'library.db'} is read-only: it can be read (facts, " \
                       "exports), but nothing can be saved to it — no analysis, notes or corrections"
    assert lines[3].startswith(f"new: A new library cannot be started in {folder}: the old library cannot be "
                               "moved aside there (") and "Errno" not in lines[3]
    assert sorted(p.name for p in folder.iterdir()) == ["library.db"]


# --- write failures -------------------------------------------------------------------------------


FULL_SCRIPT = """
import resource, sys
from pathlib import Path
from sahifa.core.articles import build_article
from sahifa.core.model import Analysis
from sahifa.storage.library import Library, LibraryError
path = Path(sys.argv[1])
lib = Library(path)
size = path.stat().st_size
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 64 * 1024, resource.RLIM_INFINITY))
text = "عنوان\\n\\n" + "كلمة " * 200_000
try:
    lib.save_article(build_article("/news/big.txt", text, sha1="big"), Analysis((), (), ()), folder="/news")
    print("saved")
except LibraryError as exc:
    print(exc)
print("articles", len(lib.articles()))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE")
def test_a_write_past_the_file_size_limit_is_a_sentence(tmp_path: Path) -> None:
    """Under `ulimit -f` SQLite gets EFBIG and says only "disk I/O error": the sentence names the limit
    and says that nothing of the change was saved (and the library indeed still reads)."""
    path = tmp_path / "library.db"
    Library(path).close()
    env = dict(os.environ)
    result = subprocess.run([sys.executable, "-c", FULL_SCRIPT, str(path)], capture_output=True, text=True,
                            env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    message, count = result.stdout.splitlines()
    assert message.startswith(f"The library at {path} could not be written: the file would grow past the "
                              "file-size limit set for this process ("), message
    assert message.endswith("Nothing of this change was saved; the library still holds what it held before.")
    assert count == "articles 0"
