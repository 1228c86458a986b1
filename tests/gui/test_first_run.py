"""First run: settings under SAHIFA_HOME, and a full-width Arabic view with a banner when there is no English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sahifa.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_settings_live_under_sahifa_home(qtbot, sahifa_home: Path, tmp_path: Path, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(str(seeds_dir), library_path=str(tmp_path / "library.db"))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    assert Path(win.settings.fileName()) == sahifa_home / "settings.ini"
    win.close()
    text = (sahifa_home / "settings.ini").read_text(encoding="utf-8")
    assert "last_folder" in text and "windowState" in text


def test_no_english_gives_the_arabic_the_width(qtbot, sahifa_home: Path, tmp_path: Path, seeds_dir: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    for src in seeds_dir.glob("*.txt"):
        if not src.name.endswith(".en.txt"):  # no reference translations, and no model installed
            shutil.copy(src, folder / src.name)
    win = MainWindow(str(folder), library_path=str(tmp_path / "library.db"))
    qtbot.addWidget(win)
    win.resize(1300, 800)
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    qtbot.waitUntil(lambda: win.reader.banner.isVisible(), timeout=20_000)
    assert not win.reader._en_box.isVisible()
    assert win.reader.ar.width() > 500
    assert "100 MB" in win.reader.banner.download_button.text()
    # English arrives: side by side again
    article = win.reader.article
    win.reader.set_english([s.text for s in article.sentences], "test")
    assert win.reader._en_box.isVisible() and not win.reader.banner.isVisible()
    win.close()
