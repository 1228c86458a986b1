"""The command line in hostile places: a library on a read-only medium, a full disk, a file-size
limit, file names with bidi or control characters. Subprocesses, as a user runs them."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from sahifa.core.model import Note
from sahifa.storage import facts_cache
from sahifa.storage.library import Library
from tests.helpers.readonly_fs import run_read_only
from tests.storage.test_library import article_a, article_b

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file systems and limits")


def _env(home: Path) -> dict[str, str]:
    return dict(os.environ, SAHIFA_HOME=str(home), QT_QPA_PLATFORM="offscreen")


def sahifa(*args: str) -> list[str]:
    return [sys.executable, "-m", "sahifa", *args]


def run(*args: str, home: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(sahifa(*args), capture_output=True, text=True, env=_env(home), timeout=300,
                          check=False, **kw)  # type: ignore[call-overload]


def make_library(home: Path, *, passage: str = "قوات سوريا الديمقراطية") -> Path:
    home.mkdir(parents=True, exist_ok=True)
    path = home / "library.db"
    with Library(path) as lib:
        lib.save_article(*article_a(), folder="/news")
        lib.save_article(*article_b(), folder="/news")
        lib.add_note(Note("/news/a.txt", 0, 5, "yellow", "=HYPERLINK(\"http://evil.example\")", passage=passage))
    return path


# --- a healthy library in a read-only place ---------------------------------------------------------


def test_facts_and_export_read_a_library_on_a_read_only_medium(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make_library(home)
    env = _env(home)
    before = sorted(p.name for p in home.rglob("*"))

    facts = run_read_only(home, sahifa("facts"), env=env)
    assert facts.returncode == 0, facts.stderr
    assert "Entities (" in facts.stdout and "Quotes (" in facts.stdout

    document = run_read_only(home, sahifa("facts", "--json"), env=env)  # no cache: built, not cached
    assert document.returncode == 0, document.stderr
    assert len(json.loads(document.stdout)["articles"]) == 2

    exported = run_read_only(home, sahifa("export", "-f", "json"), env=env)
    assert exported.returncode == 0, exported.stderr
    assert [n["note"] for n in json.loads(exported.stdout)] == ['=HYPERLINK("http://evil.example")']
    out = tmp_path / "notes.csv"  # a writable place for the export itself
    to_file = run_read_only(home, sahifa("export", "--out", str(out)), env=env)
    assert to_file.returncode == 0 and out.is_file(), to_file.stderr

    analyse = run_read_only(home, sahifa("analyze", str(tmp_path / "nothing")), env=env)
    assert analyse.returncode == 3
    assert analyse.stderr == (f"sahifa: The library at {home / 'library.db'} is read-only: it can be read "
                              "(facts, exports), but nothing can be saved to it — no analysis, notes or "
                              "corrections\n")
    assert sorted(p.name for p in home.rglob("*")) == before  # nothing written there, not even a -shm


def test_facts_json_is_served_from_the_cache_on_a_read_only_medium(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    path = make_library(home)
    monkeypatch.setenv("SAHIFA_HOME", str(home))
    with Library(path) as lib:
        assert facts_cache.build(lib)
    built = run("facts", "--json", home=home).stdout
    served = run_read_only(home, sahifa("facts", "--json"), env=_env(home))
    assert served.returncode == 0, served.stderr
    assert served.stdout == built


# --- write failures ------------------------------------------------------------------------------


def test_export_to_a_full_disk_says_what_was_written(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make_library(home)
    with open("/dev/full", "w") as full:
        result = subprocess.run(sahifa("export", "-f", "json"), stdout=full, stderr=subprocess.PIPE, text=True,
                                env=_env(home), timeout=300, check=False)
    assert result.returncode == 1
    assert result.stderr == ("sahifa export: could not write the export to standard output: the disk is full; "
                             "the output is incomplete\n")


def _limit_file_size(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))


def test_export_past_the_file_size_limit_leaves_the_old_file(tmp_path: Path) -> None:
    """Under `ulimit -f` Python gets EFBIG (it ignores SIGXFSZ): the export says so, leaves no partial
    file, and an earlier export of that name is unchanged."""
    home = tmp_path / "home"
    make_library(home, passage="كلمة " * 60_000)  # a 600 KB export
    out = tmp_path / "notes.json"
    out.write_text("the earlier export", encoding="utf-8")
    result = subprocess.run(sahifa("export", "--out", str(out)), capture_output=True, text=True,
                            env=_env(home), timeout=300, check=False,
                            preexec_fn=lambda: _limit_file_size(200_000))
    assert result.returncode == 1
    assert result.stderr == (f"sahifa export: could not write {out}: the file would be larger than this "
                             "process may write (a file-size limit, see `ulimit -f`). Nothing was written; "
                             f"the earlier {out} is unchanged.\n")
    assert out.read_text(encoding="utf-8") == "the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "notes.json"]


# --- names shown as they are ----------------------------------------------------------------------


def test_file_names_are_shown_without_their_tricks(tmp_path: Path) -> None:
    home = tmp_path / "home"
    make_library(home)
    out = tmp_path / "notes\u202egpj.csv"  # would read "notes.jpg" reversed
    result = run("export", "--out", str(out), home=home)
    assert result.returncode == 0 and out.is_file(), result.stderr
    assert "\u202e" not in result.stderr and f"{tmp_path}/notes\\u202egpj.csv" in result.stderr
    missing = run("export", "-f", "md", "--article", "/news/x\u202e\x1b[2J.txt", home=home)
    assert missing.returncode == 2
    assert missing.stderr == ("sahifa export: /news/x\\u202e\\u001b[2J.txt is not in the library "
                              "(run `sahifa analyze` on it first)\n")
    gone = run("analyze", str(tmp_path / "gone\u2066.txt"), home=home)
    assert "\u2066" not in gone.stderr and "gone\\u2066.txt" in gone.stderr
    app = run(str(tmp_path / "no folder\u202e\x07"), home=home)  # `sahifa FOLDER` opens the app
    assert app.returncode == 2
    assert app.stderr.endswith(f"sahifa: {tmp_path}/no folder\\u202e\\u0007 is not a folder\n"), app.stderr
