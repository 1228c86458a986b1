"""Entry point of the PyInstaller bundle: the Sahifa window (or the CLI when given a subcommand)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the analysis child process re-enters here when frozen
    from sahifa.cli import SUBCOMMANDS, main

    args = sys.argv[1:]
    if args and (args[0] in SUBCOMMANDS or args[0] in ("--version", "-h", "--help")):
        raise SystemExit(main(args))
    from sahifa.app import main as gui_main

    raise SystemExit(gui_main(args))
