"""Sahifa's command line.

    sahifa [FOLDER]                       launch the GUI (default: last folder, else the bundled sample)
    sahifa --version
    sahifa analyze PATH... [--json]       analyse files/folders into the library
    sahifa facts [--entity NAME] [--json] [--sample]  aggregated facts across the library
    sahifa remove-sample                  take the bundled sample's articles out of the library
    sahifa translate FILE [--json]        translate one article offline
    sahifa models list|install|download   manage translation models
    sahifa export --format md|html|csv|json|pdf [--entity NAME] [--out FILE]
    sahifa install-desktop                add Sahifa to the desktop's application launcher

One module per command, each with a ``register(subparsers)``; they import only ``sahifa.services`` and
``sahifa.core``. Qt is imported only when the GUI (or the PDF export) is requested; heavy NLP libraries
only when a command needs them.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sahifa import __version__
from sahifa.core.safe_text import visible

from . import analyze, desktop, export, facts, gui, models, sample
from .facts import FACTS_JSON_HELP

SUBCOMMANDS = ("analyze", "facts", "remove-sample", "translate", "models", "export", "install-desktop", "gui")
__all__ = ["FACTS_JSON_HELP", "SUBCOMMANDS", "build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sahifa",
        description="Sahifa — an offline reader for Arabic news. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"sahifa {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (analyze, facts, sample, gui, models, export, desktop):  # the order of --help
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `sahifa` and `sahifa FOLDER` launch the GUI.
    first = next((a for a in args_list if not a.startswith("-")), None)
    if not args_list or (first is not None and first not in SUBCOMMANDS and first != "analyse"
                         and "--version" not in args_list and "-h" not in args_list and "--help" not in args_list):
        args_list = ["gui", *args_list]
    elif first is None and all(a.startswith("--quit-after") or a.isdigit() for a in args_list):
        args_list = ["gui", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("\nsahifa: cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `sahifa facts | head`: the reader left; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from sahifa.services.library import LibraryError

        if isinstance(exc, LibraryError):
            print(f"sahifa: {visible(str(exc))}", file=sys.stderr)
            return 3
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(f"sahifa: error: {visible(str(exc))}", file=sys.stderr)
        if args.verbose:
            raise
        return 1
