"""Take the README's screenshots of Sahifa on the bundled seeds.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python packaging/screenshots.py [--out docs/screenshots]

Uses a throwaway library and settings, so your own are untouched. Shots: the reader with all layers,
the entity filter applied, the notes export dialog, and the Arabic user interface.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", default="en", choices=["en", "ar"])
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="sahifa-shots-"))
    os.environ["SAHIFA_HOME"] = str(tmp / "home")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["SAHIFA_LANG"] = args.lang

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from sahifa.core.model import Note
    from sahifa.gui.dialogs import ExportDialog
    from sahifa.gui.i18n import install_translator
    from sahifa.gui.main_window import MainWindow
    from sahifa.gui.models import ROW_ROLE
    from sahifa.gui.theme import load_fonts, resources_dir

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Sahifa")
    icon = resources_dir() / "icons" / "sahifa.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    load_fonts()
    install_translator(app)

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(ROOT / "seeds"), library_path=str(tmp / "library.db"), settings=settings)
    done = QEventLoop()
    win.ingest_finished.connect(done.quit)
    win.resize(1600, 980)
    win.show()
    done.exec()
    wait(300)

    def select(title_start: str) -> None:
        proxy = win.article_model
        for r in range(proxy.rowCount()):
            if proxy.data(proxy.index(r, 0), ROW_ROLE).title.startswith(title_start):
                win.article_view.setCurrentIndex(proxy.index(r, 0))
                return

    suffix = "" if args.lang == "en" else "-ar"
    select("داعش يعد أيامه")
    win.facts.tabs.setCurrentIndex(0)
    wait(200)
    article = win.reader.article
    assert article is not None
    # a highlighted note, and a linked sentence, so the shot shows both
    s = article.sentences[6]
    win.save_note(Note(article_path=article.path, start=s.start, end=s.end, color="yellow",
                       text="Bali's figure — compare with other reports", passage=s.text))
    win.reader._link(4, source="ar")
    wait(300)
    win.grab().save(str(out / f"reader{suffix}.png"))
    if args.lang == "ar":
        print(f"wrote {out / f'reader{suffix}.png'}")
        win.close()
        return 0

    items = {label.split(" · ")[0]: key for key, label in win.facts.entity_items()}
    key = items.get("Donald Trump") or next(iter(items.values()))
    win.facts.entity_activated.emit(key, "Donald Trump")
    win.facts.tabs.setCurrentIndex(1)
    wait(400)
    win.grab().save(str(out / "entity-filter.png"))
    win.clear_filter()

    win.facts.tabs.setCurrentIndex(2)
    wait(200)
    dialog = ExportDialog(has_article=True, filter_label="Donald Trump", default_dir=str(Path.home()), parent=win)
    dialog.show()
    wait(400)
    screen = app.primaryScreen()
    shot = screen.grabWindow(0)
    if shot.isNull() or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        shot = win.grab()
        dialog.grab().save(str(out / "export-dialog-only.png"))
    shot.save(str(out / "export-dialog.png"))
    dialog.close()
    win.close()
    for name in ("reader.png", "entity-filter.png", "export-dialog.png"):
        print(f"wrote {out / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
