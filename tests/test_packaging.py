"""Desktop integration and packaging: the .desktop entry, metainfo, icons, install-desktop, the bundle."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from sahifa.services import desktop_integration as di

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop" / "io.github.sahifa.Sahifa.desktop"
METAINFO = ROOT / "resources" / "desktop" / "io.github.sahifa.Sahifa.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_entry_validates(tmp_path: Path) -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    # the entry install-desktop writes (absolute, quoted Exec) validates too
    entry = tmp_path / "io.github.sahifa.Sahifa.desktop"
    entry.write_text(di.desktop_entry("/opt/My Apps/sahifa"), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'Exec="/opt/My Apps/sahifa" %f' in entry.read_text(encoding="utf-8")


def _spec_exec_argv(value: str) -> list[str]:
    """Parse an Exec= value as the Desktop Entry spec says: string unescape, then quoting, then %%."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "\\" + value[i + 1]))
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text, args, cur, quoted, i = "".join(unescaped), [], "", False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            cur, i = cur + text[i + 1], i + 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            if cur:
                args.append(cur)
            cur = ""
        else:
            cur += c
        i += 1
    args.append(cur)
    return [a.replace("%%", "%") for a in args]


@pytest.mark.parametrize("launcher", [
    "/usr/bin/sahifa", "/opt/My Apps/sahifa", "/home/u/50%/sahifa", "/home/u/a$b/sahifa",
    '/home/u/say "hi"/sahifa', "/home/u/back\\slash/sahifa", "/home/u/tick`/sahifa", "/home/u/tab\tx/sahifa",
])
def test_exec_line_round_trips(launcher: str) -> None:
    entry = di.desktop_entry(launcher)
    (exec_line,) = [line[5:] for line in entry.splitlines() if line.startswith("Exec=")]
    assert _spec_exec_argv(exec_line) == [launcher, "%f"]


def test_metainfo_is_wellformed() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.sahifa.Sahifa"
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]


def test_icons_at_every_size() -> None:
    for size in SIZES:
        png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "sahifa.png"
        assert _png_size(png) == (size, size)
    ico = (ROOT / "resources" / "icons" / "sahifa.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] == 7
    assert ET.parse(ROOT / "resources" / "icons" / "sahifa.svg").getroot().tag.endswith("svg")


def test_install_desktop_and_uninstall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    from sahifa.cli import main

    assert main(["install-desktop"]) == 0
    entry = tmp_path / "applications" / "io.github.sahifa.Sahifa.desktop"
    assert entry.exists() and "Exec=" in entry.read_text(encoding="utf-8")
    assert (tmp_path / "icons" / "hicolor" / "48x48" / "apps" / "sahifa.png").exists()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / "sahifa.svg").exists()
    assert main(["install-desktop", "--uninstall"]) == 0
    assert not entry.exists()
    assert not list((tmp_path / "icons").rglob("sahifa.*"))


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_bundle_and_deb_build_and_start(tmp_path: Path) -> None:
    """packaging/build makes dist/Sahifa/Sahifa and the .deb; the bundle shows the window and exits."""
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers.tiny_argos import build_tiny_argos_package

    model = build_tiny_argos_package(tmp_path / "model")
    dist = tmp_path / "dist"  # not ./dist: this bundle carries a nonsense test model
    build = subprocess.run(["bash", str(ROOT / "packaging" / "build"), "--with-model", str(model), "--dist", str(dist)],
                           cwd=ROOT,
                           capture_output=True, text=True, timeout=1500)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = dist / "Sahifa" / "Sahifa"
    assert exe.exists()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "d"),
               XDG_CONFIG_HOME=str(tmp_path / "c"))
    env.pop("SAHIFA_HOME", None)
    run = subprocess.run([str(exe), "--quit-after", "2500"], env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "window shown" in run.stderr
    # it opened the bundled sample, into the sample's own library: the user's library is not touched
    assert (tmp_path / "d" / "Sahifa" / "sample" / "library.db").exists()
    assert not (tmp_path / "d" / "Sahifa" / "library.db").exists()
    # a model passed with --with-model is used straight from the bundle (no install step)
    run = subprocess.run([str(exe), "models", "list"], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and "argos-packages" in run.stdout, run.stdout + run.stderr
    article = tmp_path / "a.txt"
    article.write_text("قال الرئيس إن الاقتصاد ينمو.\n", encoding="utf-8")
    run = subprocess.run([str(exe), "translate", str(article), "--json"], env=env, capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    assert '"engine": "argos:' in run.stdout
    # the bundled extraction engine (compiled when the venv's is) gives what the source tree gives
    seed = next(p for p in sorted((ROOT / "seeds").glob("0*.txt")) if not p.name.endswith(".en.txt"))
    run = subprocess.run([str(exe), "analyze", str(seed), "--json"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    here = subprocess.run([sys.executable, "-m", "sahifa", "analyze", str(seed), "--json"],
                          env=dict(env, SAHIFA_HOME=str(tmp_path / "src-home")), capture_output=True, text=True,
                          timeout=120)
    assert here.returncode == 0, here.stderr[-2000:]
    assert '"entities"' in run.stdout and run.stdout == here.stdout
    internal = exe.parent / "_internal"
    assert not list(internal.glob("torch*")) and not (internal / "PySide6" / "Qt" / "lib" / "libQt6Quick.so.6").exists()
    size = sum(f.stat().st_size for f in exe.parent.rglob("*") if f.is_file() and not f.is_symlink())
    assert size < 330 * 2**20, f"bundle grew to {size / 2**20:.0f} MB"
    debs = sorted(dist.glob("sahifa_*.deb"))
    assert debs
    listing = subprocess.run(["dpkg-deb", "-c", str(debs[-1])], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/sahifa/Sahifa", "./usr/bin/sahifa", "./usr/share/applications/io.github.sahifa.Sahifa.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/sahifa.png", "./usr/share/metainfo/io.github.sahifa.Sahifa.metainfo.xml"):
        assert path in listing, path
    assert sys.platform.startswith("linux")


def _requirements(name: str) -> list[str]:
    lines = (ROOT / "packaging" / "requirements" / name).read_text(encoding="utf-8").splitlines()
    return [x.split("#")[0].strip() for x in lines if x.split("#")[0].strip()]


def _base_name(req: str) -> str:
    return re.split(r"[<>=!~\[; ]", req, maxsplit=1)[0].lower().replace("_", "-")


def test_lean_install_lists_agree_with_pyproject() -> None:
    """packaging/setup installs from packaging/requirements/: the same dependencies as pyproject.toml,
    except that argostranslate and camel-tools come without their own (torch, spaCy, stanza)."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    nodeps = {_base_name(r) for r in _requirements("nodeps.txt")}
    assert nodeps == {"argostranslate", "camel-tools"}
    base_text = (ROOT / "packaging" / "requirements" / "base.txt").read_text(encoding="utf-8")
    own = _requirements("base.txt")
    declared = [r for r in project["dependencies"] if _base_name(r) not in nodeps]
    # every declared dependency, with the same specifier, before the section of the two packages' own
    head = base_text.split("# --- below:")[0]
    head_reqs = [x.split("#")[0].strip() for x in head.splitlines() if x.split("#")[0].strip()]
    assert head_reqs == [r.split("#")[0].strip() for r in declared]
    assert not {"torch", "spacy", "stanza", "transformers"} & {_base_name(r) for r in own}
    assert _requirements("test.txt") == project["optional-dependencies"]["test"]
    camel = {_base_name(r) for r in _requirements("camel-ner.txt")}
    assert camel | {"torch"} == {_base_name(r) for r in project["optional-dependencies"]["camel-ner"]}
