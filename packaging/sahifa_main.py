"""Entry point of the PyInstaller bundle: the Sahifa window (or the CLI when given a subcommand)."""

import multiprocessing
import sys
from pathlib import Path


def _use_bundled_models() -> None:
    """Let argostranslate see a model shipped inside the bundle (packaging/build --with-model).

    The package sits extracted under ``<bundle>/argos-packages/``; it is appended to
    ``argostranslate.settings.package_dirs`` (read-only, searched after the user's folder). Only
    ``argostranslate.settings`` is imported (cheap), and only when such a folder exists.
    """
    bundled = Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "argos-packages"
    if not bundled.is_dir():
        return
    from argostranslate import settings

    if bundled not in settings.package_dirs:
        settings.package_dirs.append(bundled)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the analysis child process re-enters here when frozen
    _use_bundled_models()
    from sahifa.cli import SUBCOMMANDS, main

    args = sys.argv[1:]
    if args and (args[0] in SUBCOMMANDS or args[0] in ("--version", "-h", "--help")):
        raise SystemExit(main(args))
    from sahifa.app import main as gui_main

    raise SystemExit(gui_main(args))
