"""The window keeps the bundled sample in a library of its own (issue "Install and first run",
item 2): the first run opens the sample without touching the user's library, opening the user's
folder switches to the user's library, and File ▸ Remove the Sample Articles from My Library takes
out what an older Sahifa analysed into it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahifa.gui.main_window import MainWindow
from sahifa.services.ingest import ingest
from sahifa.services.library import open_library
from sahifa.storage.paths import default_library_path, sample_library_path
from tests.gui.conftest import open_window
from tests.helpers.folders import own_folder

pytestmark = pytest.mark.gui


def _window(qtbot, tmp_path: Path, folder: str | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_window(qtbot, tmp_path, folder, own_library=False)


def _listed(win: MainWindow) -> list[str]:
    return sorted(Path(row.path).name for row in win.article_model.rows())


def test_first_run_sample_leaves_the_user_library_empty(qtbot, sahifa_home: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                        seed_files: list[Path]) -> None:
    win = _window(qtbot, tmp_path)  # no folder, no last folder: the bundled sample
    assert _listed(win) == sorted(p.name for p in seed_files)
    assert win.library_path == str(sample_library_path())
    user = default_library_path()
    if user.exists():
        with open_library(user, read_only=True) as lib:
            assert lib.articles() == []
    with open_library(sample_library_path(), read_only=True) as lib:
        assert len(lib.articles()) == len(seed_files)
    win.close()


def test_opening_a_user_folder_after_the_sample_shows_only_the_users(qtbot, sahifa_home: Path,  # type: ignore[no-untyped-def]
                                                                     tmp_path: Path, seed_files: list[Path]) -> None:
    win = _window(qtbot, tmp_path)
    own = own_folder(tmp_path, seed_files)
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.load_folder(str(own))
    assert _listed(win) == ["mine_0.txt", "mine_1.txt"]
    assert win.library_path is None  # the user's (default) library
    with open_library(default_library_path(), read_only=True) as lib:
        assert sorted(Path(r.path).name for r in lib.articles()) == ["mine_0.txt", "mine_1.txt"]
    # the window's library (its facts, search and exports) is the user's: no sample in it
    assert sorted(Path(r.path).name for r in win.ensure_library().articles()) == ["mine_0.txt", "mine_1.txt"]
    win.close()


def test_remove_sample_menu_action(qtbot, sahifa_home: Path, tmp_path: Path, seeds_dir: Path,  # type: ignore[no-untyped-def]
                                   seed_files: list[Path]) -> None:
    own = own_folder(tmp_path, seed_files)
    with open_library(default_library_path()) as lib:  # an older Sahifa: the sample in the user's library
        ingest(lib, [str(own), str(seeds_dir)])
    win = _window(qtbot, tmp_path, str(own))
    win.ask_remove_sample = lambda: True  # type: ignore[method-assign]
    assert win.remove_sample_action in win.file_menu.actions()
    with qtbot.waitSignal(win.sample_removed, timeout=30_000) as removed:
        win.remove_sample_action.trigger()
    assert removed.args == [len(seed_files)]
    with open_library(default_library_path(), read_only=True) as lib:
        assert sorted(Path(r.path).name for r in lib.articles()) == ["mine_0.txt", "mine_1.txt"]
    assert "removed" in win.status_label.text()
    win.close()
