"""The app with a healthy library on a read-only medium: "Open Read-Only" shows the library, "Start a
New Library" says in a sentence why it cannot. A subprocess, because the medium is made read-only with
a private read-only bind mount (tests/helpers/readonly_fs.py): chmod does not stop root."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from sahifa.storage.library import Library
from tests.helpers.readonly_fs import run_read_only
from tests.storage.test_library import article_a, article_b

pytestmark = pytest.mark.gui

SCRIPT = """
import sys, time
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from sahifa.gui.main_window import MainWindow

library, choice, settings_path, folder = sys.argv[1:5]
app = QApplication([])
win = MainWindow(folder, library_path=library, settings=QSettings(settings_path, QSettings.Format.IniFormat))
asked = []
win.ask_library_recovery = lambda message: (asked.append(message), choice)[1]
win.show()
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
    if asked and (win.article_model.rowCount() or "cannot" in win.status_label.text()):
        break
for _ in range(20):
    app.processEvents()
    time.sleep(0.02)
print("asked:", asked[0] if asked else "")
print("status:", win.status_label.text())
print("articles:", win.article_model.rowCount())
print("title:", win.windowTitle())
win.close()
"""


def _run(tmp_path: Path, choice: str) -> dict[str, str]:
    folder = tmp_path / "ro"
    folder.mkdir()
    library = folder / "library.db"
    news = tmp_path / "news"  # the folder the window shows (its articles are listed from the library)
    news.mkdir()
    with Library(library) as lib:
        lib.save_article(*article_a(), folder=str(news))
        lib.save_article(*article_b(), folder=str(news))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run_read_only(folder, [sys.executable, "-c", SCRIPT, str(library), choice, str(tmp_path / "s.ini"),
                                    str(news)], env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert sorted(p.name for p in folder.iterdir()) == ["library.db"]  # nothing written there
    return lines


def test_open_read_only_shows_the_library(tmp_path: Path) -> None:
    shown = _run(tmp_path, "readonly")
    assert "is read-only: it can be read" in shown["asked"]
    assert shown["articles"] == "2"
    assert shown["status"] == "Read-only: articles are not re-analysed and notes cannot be saved."
    assert shown["title"].endswith("Sahifa")  # an article is shown (the title becomes its title)


def test_start_a_new_library_in_a_read_only_place_is_a_sentence(tmp_path: Path) -> None:
    shown = _run(tmp_path, "new")
    folder = tmp_path / "ro"
    assert shown["status"].startswith(f"A new library cannot be started in {folder}: the old library cannot be "
                                      "moved aside there (")
    assert shown["status"].endswith("). It was left as it was.")
    assert "Errno" not in shown["status"]
