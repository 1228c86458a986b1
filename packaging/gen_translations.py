"""Keep Sahifa's Arabic interface catalogue, ``resources/i18n/sahifa_ar.ts``, in step with the sources.

The .ts file (Qt Linguist XML, one context "Sahifa") is the edited source of the Arabic interface:
translators edit it, in Qt Linguist or a text editor. This tool only updates it from the code and
compiles it; it never drops a translation.

    python packaging/gen_translations.py                  # update the .ts from the sources, compile the .qm
    python packaging/gen_translations.py --merge-tsv F    # also take translations from F
                                                          #   (lines "context<TAB>source<TAB>arabic")
    python packaging/gen_translations.py --compile        # only compile .ts -> .qm when the .qm is stale
                                                          #   (packaging/setup and packaging/build run it)
    python packaging/gen_translations.py --check          # exit 1 if the .ts lacks a string or a translation

Every constant string the GUI passes to ``sahifa.gui.i18n.tr`` (or marks with ``N_``) is found by parsing
the sources (ast). ``pyside6-lupdate`` is not used: it files a bare ``tr()`` under an empty context (the
app translates in the context "Sahifa") and does not know ``N_``, so it misses about 40 strings.
Updating keeps every existing translation: a new string is added as ``unfinished``; a string no longer in
the code stays in the file as ``vanished`` (as lupdate does) and comes back if the code uses it again.
tests/gui/test_i18n.py fails when a ``tr()`` string has no Arabic, or when the committed .qm is not
the compiled .ts.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "desktop" / "sahifa" / "gui"
OUT = ROOT / "resources" / "i18n"
TS = OUT / "sahifa_ar.ts"
QM = OUT / "sahifa_ar.qm"
CONTEXT = "Sahifa"


class Entry(NamedTuple):
    translation: str
    kind: str  # "" (finished), "unfinished" or "vanished"


def ui_strings(gui: Path = GUI) -> list[str]:
    """Every constant string passed to tr() or N_() in the GUI sources (sub-packages included)."""
    found: set[str] = set()
    for path in sorted(gui.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) in ("tr", "N_")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return sorted(found)


SHORTCUT = re.compile(r"(?<![\u2066+])(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d+|[A-Za-z0-9=+\-])")


def isolate_shortcuts(text: str) -> str:
    """Shortcuts in an Arabic sentence isolated left-to-right (U+2066 … U+2069): without it the
    bidi algorithm shows "Ctrl+F)" as "(Ctrl…" or "Ctrl++" as "++Ctrl". Idempotent."""
    return SHORTCUT.sub(lambda m: f"\u2066{m.group()}\u2069", text)


def read_ts(path: Path = TS) -> dict[str, Entry]:
    """source -> Entry for every message of the context "Sahifa" (other contexts are not ours)."""
    catalogue: dict[str, Entry] = {}
    if not path.exists():
        return catalogue
    for context in ET.parse(path).getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            kind = (node.get("type") or "") if node is not None else "unfinished"
            if kind == "obsolete":
                kind = "vanished"
            catalogue[source] = Entry(text, kind)
    return catalogue


def read_tsv(path: Path) -> tuple[dict[str, str], list[str]]:
    """Translations from ``context<TAB>source<TAB>arabic`` lines (``\\n`` and ``\\t`` escaped in
    the fields); returns them and the lines that could not be used."""
    found: dict[str, str] = {}
    rejected: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[0] != CONTEXT or not fields[2].strip():
            rejected.append(line)
            continue
        source, arabic = (f.replace("\\n", "\n").replace("\\t", "\t") for f in fields[1:])
        found[source] = arabic
    return found, rejected


def updated(catalogue: dict[str, Entry], strings: list[str], extra: dict[str, str] | None = None) -> dict[str, Entry]:
    """The catalogue for ``strings``: existing translations kept, ``extra`` ones added (or replacing
    unfinished ones), new strings unfinished, strings the code no longer uses vanished."""
    result: dict[str, Entry] = {}
    extra = extra or {}
    used = set(strings)
    for source in sorted(used | set(catalogue) | set(extra)):
        old = catalogue.get(source, Entry("", "unfinished"))
        text, kind = old
        if source in extra and (kind == "unfinished" or not text):
            text, kind = extra[source], ""
        elif source in extra and isolate_shortcuts(extra[source]) != text:
            print(f"kept the .ts translation of {source!r} (the TSV has {extra[source]!r})", file=sys.stderr)
        if source not in used:
            if not text:
                continue  # nothing to keep
            kind = "vanished"
        elif kind == "vanished":
            kind = ""
        elif not text:
            kind = "unfinished"
        result[source] = Entry(isolate_shortcuts(text), kind)
    return result


def render_ts(catalogue: dict[str, Entry]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="ar">',
             "<context>", f"    <name>{CONTEXT}</name>"]
    active = sorted(s for s, e in catalogue.items() if e.kind != "vanished")
    vanished = sorted(s for s, e in catalogue.items() if e.kind == "vanished")
    for source in active + vanished:
        text, kind = catalogue[source]
        attr = f' type="{kind}"' if kind else ""
        lines.append("    <message>")
        lines.append(f"        <source>{escape(source)}</source>")
        lines.append(f"        <translation{attr}>{escape(text)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def missing(catalogue: dict[str, Entry], strings: list[str]) -> list[str]:
    """UI strings with no finished Arabic translation."""
    return [s for s in strings if s not in catalogue or catalogue[s].kind or not catalogue[s].translation]


def lrelease() -> str:
    """pyside6-lrelease (ships with PySide6) beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease") or "pyside6-lrelease"


def qm_mismatches(qm: Path = QM, ts: Path = TS) -> list[str]:
    """Sources whose translation in the compiled ``qm`` is not the one in ``ts`` (a stale .qm).
    Compares what Qt loads, not bytes, so that another lrelease version's equivalent output passes."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not qm.exists() or not translator.load(str(qm)):
        return sorted(read_ts(ts))
    return [source for source, (text, kind) in read_ts(ts).items()
            if kind != "vanished" and translator.translate(CONTEXT, source) != text]


def compile_qm(ts: Path = TS, qm: Path = QM, *, force: bool = True) -> bool:
    """Compile ``ts`` to ``qm`` with lrelease; without ``force``, only when ``qm`` is stale (so that a
    checkout's committed, current .qm is left as it is). Returns whether it compiled."""
    if not force and not qm_mismatches(qm, ts):
        return False
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--merge-tsv", type=Path, action="append", default=[],
                        help="add translations from a context<TAB>source<TAB>arabic file")
    parser.add_argument("--compile", action="store_true", help="only compile the .ts to the .qm")
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if the .ts is not current")
    args = parser.parse_args(argv)
    if args.compile:
        print(f"compiled {QM}" if compile_qm(force=False) else f"{QM} is current")
        return 0
    strings = ui_strings()
    catalogue = read_ts()
    extra: dict[str, str] = {}
    for tsv in args.merge_tsv:
        found, rejected = read_tsv(tsv)
        extra.update(found)
        for line in rejected:
            print(f"{tsv}: not used: {line!r}", file=sys.stderr)
    new = updated(catalogue, strings, extra)
    text = render_ts(new)
    if args.check:
        stale = text != TS.read_text(encoding="utf-8")
        gaps = missing(new, strings)
        if stale:
            print(f"{TS} is not current: run python packaging/gen_translations.py", file=sys.stderr)
        if gaps:
            print("untranslated:", *gaps, sep="\n  ", file=sys.stderr)
        return 1 if stale or gaps else 0
    TS.write_text(text, encoding="utf-8")
    compile_qm()
    gaps = missing(new, strings)
    if gaps:
        print("untranslated (edit the .ts, e.g. in Qt Linguist):", *gaps, sep="\n  ", file=sys.stderr)
        return 1
    print(f"wrote {TS} ({len(strings)} strings) and {QM}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
