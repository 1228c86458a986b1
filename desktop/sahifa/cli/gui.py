"""``sahifa gui [FOLDER]`` (and ``sahifa`` alone): open the app."""

from __future__ import annotations

import argparse
from typing import Any


def cmd_gui(args: argparse.Namespace) -> int:
    from sahifa.app import main as gui_main

    argv = [*([args.folder] if args.folder else []), *(["--quit-after", str(args.quit_after)] if args.quit_after else [])]
    return gui_main(argv)


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("gui", help="open the app (the default)")
    p.add_argument("folder", nargs="?")
    p.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_gui)
