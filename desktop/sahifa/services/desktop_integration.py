"""Put Sahifa in the desktop's application launcher for pip users (XDG: .desktop entry + icons).

No Qt here. Paths follow the XDG base-directory spec ($XDG_DATA_HOME, default ~/.local/share).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

APP_ID = "io.github.sahifa.Sahifa"
ICON_NAME = "sahifa"


def resources_dir() -> Path:
    import sahifa.resources

    return Path(sahifa.resources.__file__).parent


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launcher_path() -> str:
    """The absolute path of the `sahifa` command that is running (or the one on PATH)."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name in ("sahifa", "Sahifa") and argv0.exists():
        return str(argv0.resolve())
    found = shutil.which("sahifa")
    if found:
        return str(Path(found).resolve())
    return f"{sys.executable} -m sahifa"


def _quote_exec_arg(arg: str) -> str:
    """Write one Exec= argument per the Desktop Entry spec (as it appears in the file).

    Three layers: ``%`` is doubled (field codes); an argument with a reserved character is put in
    double quotes with ``"`` `` ` `` ``$`` ``\\`` backslash-escaped; then, because the key's value is a
    string whose own escape rule applies first, every backslash is written twice (so a literal
    backslash inside quotes takes four).
    """
    if any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        inner = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        arg = f'"{inner}"'.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    return arg.replace("%", "%%")


@dataclass(frozen=True)
class Installed:
    desktop_file: Path
    icons: tuple[Path, ...]


def desktop_entry(exec_command: str) -> str:
    template = (resources_dir() / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    fallback = f"{sys.executable} -m sahifa"
    parts = [sys.executable, "-m", "sahifa"] if exec_command == fallback else [exec_command]
    exec_line = " ".join(_quote_exec_arg(p) for p in parts) + " %f"
    return "\n".join(f"Exec={exec_line}" if line.startswith("Exec=") else line for line in template.splitlines()) + "\n"


def install(exec_command: str | None = None, *, root: Path | None = None) -> Installed:
    base = root or data_home()
    apps = base / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    desktop_file = apps / f"{APP_ID}.desktop"
    tmp = desktop_file.with_suffix(".tmp")
    tmp.write_text(desktop_entry(exec_command or launcher_path()), encoding="utf-8")
    os.replace(tmp, desktop_file)
    icons: list[Path] = []
    src = resources_dir() / "icons"
    for png in sorted((src / "hicolor").glob("*/apps/sahifa.png")):
        dest = base / "icons" / "hicolor" / png.parent.parent.name / "apps" / f"{ICON_NAME}.png"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, dest)
        icons.append(dest)
    svg_dest = base / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg"
    svg_dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src / "sahifa.svg", svg_dest)
    icons.append(svg_dest)
    _refresh_caches(base)
    return Installed(desktop_file, tuple(icons))


def uninstall(*, root: Path | None = None) -> list[Path]:
    base = root or data_home()
    removed: list[Path] = []
    candidates = [base / "applications" / f"{APP_ID}.desktop"]
    candidates += list((base / "icons" / "hicolor").glob(f"*/apps/{ICON_NAME}.png"))
    candidates.append(base / "icons" / "hicolor" / "scalable" / "apps" / f"{ICON_NAME}.svg")
    for path in candidates:
        if path.exists():
            path.unlink()
            removed.append(path)
    _refresh_caches(base)
    return removed


def _refresh_caches(base: Path) -> None:
    for cmd in (["update-desktop-database", str(base / "applications")],
                ["gtk-update-icon-cache", "-q", "-t", str(base / "icons" / "hicolor")]):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True, timeout=30)
