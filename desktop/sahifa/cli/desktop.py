"""``sahifa install-desktop [--uninstall]``: add Sahifa to (or remove it from) the application launcher."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from sahifa.services import desktop_integration as di

    if sys.platform != "linux" and not sys.platform.startswith("freebsd"):
        print("sahifa: install-desktop is for Linux desktops (XDG); on other systems use the installer", file=sys.stderr)
        return 2
    if args.uninstall:
        removed = di.uninstall()
        print(f"Removed {len(removed)} file(s)." if removed else "Sahifa was not installed in the launcher.")
        return 0
    installed = di.install()
    print(f"Installed {installed.desktop_file} and {len(installed.icons)} icon(s). "
          "Sahifa now appears in your applications menu.")
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("install-desktop", help="add Sahifa to the desktop's application launcher")
    p.add_argument("--uninstall", action="store_true", help="remove it again")
    p.set_defaults(func=cmd_install_desktop)
