"""Builds and wires the GUI: the only place that knows all parts.

Start-up order matters for users double-clicking the app: QApplication → main window's frame shown →
only then, one part per turn of the event loop, the window's contents (and the Arabic fonts) are built,
the library is checked and the folder analysed on workers. Nothing heavy (torch, the reader's and the
facts' widgets, the library, argostranslate, camel_tools) is imported before the first frame.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sahifa.services.sample import bundled_seeds, is_bundled_sample  # noqa: F401 - temporary shim (issue #15)

log = logging.getLogger(__name__)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sahifa", description="Open the Sahifa reader.")
    parser.add_argument("folder", nargs="?", help="folder of .txt articles (default: last folder, else the sample)")
    parser.add_argument("--quit-after", type=int, metavar="MS", help="quit cleanly after MS milliseconds (smoke tests)")
    parser.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the window before quitting")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(sys.argv[1:] if argv is None else argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from sahifa import __version__
    from sahifa.gui.main_window import MainWindow
    from sahifa.gui.theme import resources_dir

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0] if sys.argv else "sahifa"])
    app.setApplicationName("Sahifa")
    app.setOrganizationName("Sahifa")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.sahifa.Sahifa")
    icon = resources_dir() / "icons" / "sahifa.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))

    from sahifa.gui.i18n import install_translator

    install_translator(app)

    folder = args.folder
    if folder is not None and not Path(folder).is_dir():
        from sahifa.core.safe_text import visible

        print(f"sahifa: {visible(folder)} is not a folder", file=sys.stderr)
        return 2
    window = MainWindow(folder)
    window.show()
    log.info("window shown")
    if args.quit_after:
        def finish() -> None:
            if args.screenshot:
                window.grab().save(args.screenshot)
            print("sahifa: window shown, quitting as requested", file=sys.stderr)
            window.close()
            app.quit()

        QTimer.singleShot(args.quit_after, finish)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
