"""``sahifa models list|install|download`` and ``sahifa translate FILE``.

Exit codes: 0 ok, 2 bad input (invalid archive, no model, unreadable article), 3 network unavailable,
130 cancelled. Errors are one line on stderr. No Qt; the NLP libraries are imported (by sahifa.nlp, through
sahifa.services) on demand only.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any, TextIO

from sahifa.core.safe_text import visible

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_OFFLINE = 3
EXIT_CANCELLED = 130
OFFERED_PAIR = ("ar", "en")  # Sahifa reads Arabic news: the only translation direction it uses
MODEL_FILE_PATTERN = "translate-ar_en-*.argosmodel"  # argospm's file name of an ar→en package
NO_MODEL_MESSAGE = (
    "No ar→en translation model is installed. Install one with: sahifa models install FILE.argosmodel"
)


def register(subparsers: Any) -> None:
    """Add ``models`` and ``translate`` to an argparse subparsers object (handlers in ``func``)."""
    models = subparsers.add_parser("models", help="list, install or download translation models")
    msub = models.add_subparsers(dest="models_command", metavar="ACTION")
    models.set_defaults(func=lambda args: _models_help(models))

    p = msub.add_parser("list", help="installed models")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_models_list)

    p = msub.add_parser("install", help="install a .argosmodel file (validated first)")
    p.add_argument("file", metavar="FILE.argosmodel")
    p.set_defaults(func=cmd_models_install)

    p = msub.add_parser("download", help="download and install a model from Argos's package index")
    p.add_argument("pair", nargs="?", default="ar-en", metavar="FROM-TO", help="language pair: ar-en, the only one Sahifa uses (the default)")
    p.add_argument("--index-url", metavar="URL", help="package index (default: argostranslate's)")
    p.set_defaults(func=cmd_models_download)

    p = subparsers.add_parser("translate", help="translate one article into English, sentence by sentence, offline")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true", help='print {"engine", "sentences": [{ar, en, start, end}]}')
    p.set_defaults(func=cmd_translate)


def _models_help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_OK


def _err(message: str) -> None:
    print(f"sahifa: {message}", file=sys.stderr)


def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


# --- models list ---------------------------------------------------------------------------------


def cmd_models_list(args: argparse.Namespace) -> int:
    from sahifa.services.models import list_models

    models = list_models()
    if args.json:
        sys.stdout.write(json.dumps(models, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    translations = [m for m in models if m["kind"] == "translation"]
    if not translations:
        print("No translation model installed. Install one with: sahifa models install FILE.argosmodel")
    for m in translations:
        print(f"{m['code']} {m['version']}  {m['from']}→{m['to']}  {_mb(m['size'])}  {m['path']}")
    for m in models:
        if m["kind"] == "ner":
            state = f"installed ({_mb(m['size'])})" if m["installed"] else "not installed (built-in rules are used)"
            print(f"{m['name']}: {state}  {m['path']}")
    return EXIT_OK


# --- models install ------------------------------------------------------------------------------


def cmd_models_install(args: argparse.Namespace) -> int:
    from sahifa.services.models import ModelStoreError, install_archive

    try:
        info = install_archive(Path(args.file))
    except ModelStoreError as exc:
        _err(f"cannot install {visible(args.file)}: {exc}")
        return EXIT_ERROR
    except OSError as exc:
        _err(f"cannot install {visible(args.file)}: {exc.strerror or exc}")
        return EXIT_ERROR
    print(f"Installed {info.code} {info.version} ({_mb(info.size_bytes)}) into {visible(str(info.path.parent))}")
    return EXIT_OK


# --- models download -----------------------------------------------------------------------------


class ProgressPrinter:
    """'\\r'-updated bar on a terminal; a line every 10 % (or every 5 MB when the size is unknown) otherwise."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self.stream = stream
        self.label = label
        self.tty = stream.isatty()
        self._last_step = -1
        self._last_draw = 0.0

    def __call__(self, done: int, total: int) -> None:
        if self.tty:
            now = time.monotonic()
            if now - self._last_draw < 0.1 and done != total:
                return
            self._last_draw = now
            if total:
                frac = min(1.0, done / total)
                bar = "#" * int(frac * 30)
                self.stream.write(f"\r{self.label} [{bar:<30}] {_mb(done)} / {_mb(total)} {frac:4.0%}")
            else:
                self.stream.write(f"\r{self.label} {_mb(done)}")
            self.stream.flush()
            return
        step = int(done * 10 / total) if total else done // (5 * 1024 * 1024)
        if step != self._last_step:
            self._last_step = step
            if total:
                self.stream.write(f"{self.label}: {_mb(done)} of {_mb(total)} ({done * 100 // total}%)\n")
            else:
                self.stream.write(f"{self.label}: {_mb(done)}\n")
            self.stream.flush()

    def finish(self) -> None:
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def offline_message(index_url: str | None) -> str:
    """What to do without a connection: which file to get, where people get it, how to install it."""
    if index_url is None:
        from sahifa.services.models import default_index_url

        try:
            index_url = default_index_url()
        except Exception:  # noqa: BLE001 - the address is a help, not a need
            index_url = None
    where = f" ({visible(index_url)}: its ar→en entry links to the file)" if index_url else ""
    return (
        "Cannot reach the model server, so nothing was downloaded.\n"
        f"To install without a connection, get the file {MODEL_FILE_PATTERN} (the Arabic→English model) "
        f"on a computer that is online, from Argos Translate's package index{where}, or from a colleague "
        "who has it; then run:\n"
        "  sahifa models install FILE\n"
        f"with FILE the path of that {MODEL_FILE_PATTERN} file."
    )


def cmd_models_download(args: argparse.Namespace) -> int:
    from sahifa.services.models import (
        DownloadCancelled,
        ModelStoreError,
        NetworkUnavailableError,
        download_model,
    )

    pair = args.pair.replace("_", "-").split("-")
    if len(pair) != 2 or not all(pair):
        _err(f"language pair must look like ar-en, not {args.pair!r}")
        return EXIT_ERROR
    from_code, to_code = (code.lower() for code in pair)
    if (from_code, to_code) != OFFERED_PAIR:  # before any network call: no server could change this
        _err(f"Sahifa reads Arabic news into English: only the ar-en model is offered, not "
             f"{visible(args.pair)}. Run: sahifa models download ar-en")
        return EXIT_ERROR
    printer = ProgressPrinter(sys.stderr, f"Downloading {from_code}→{to_code}")
    cancel = threading.Event()
    outcome: dict[str, Any] = {}
    finished = threading.Event()

    def work() -> None:
        try:
            outcome["path"] = download_model(
                args.index_url, from_code, to_code, progress=printer, cancel=cancel
            )
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            outcome["error"] = exc
        finally:
            finished.set()

    # The download runs in a worker so that Ctrl+C only sets the cancel event: the worker then removes
    # its partial file. (An Event, not Thread.join: an interrupted join() can report a live thread as
    # finished on Python 3.11.)
    worker = threading.Thread(target=work, name="sahifa-download", daemon=True)
    worker.start()
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt:
        cancel.set()
        while not finished.wait(0.2):
            pass
        printer.finish()
        if "path" in outcome:  # finished before the interrupt was noticed
            print(f"Installed into {outcome['path']}")
            return EXIT_OK
        _err("download cancelled; nothing was installed")
        return EXIT_CANCELLED
    printer.finish()
    error = outcome.get("error")
    if isinstance(error, NetworkUnavailableError):
        _err(offline_message(args.index_url))
        return EXIT_OFFLINE
    if isinstance(error, DownloadCancelled):
        _err("download cancelled; nothing was installed")
        return EXIT_CANCELLED
    if isinstance(error, ModelStoreError):
        _err(str(error))
        return EXIT_ERROR
    if error is not None:
        raise error
    path = Path(outcome["path"])
    print(f"Installed {path.name} into {visible(str(path.parent))}")
    return EXIT_OK


# --- translate -----------------------------------------------------------------------------------


def _reference_rows(article: Any) -> list[dict[str, Any]]:
    """Reference translations are per paragraph: a paragraph's English goes with its first sentence."""
    rows: list[dict[str, Any]] = []
    seen: set[int] = set()
    for s in article.sentences:
        en = ""
        if s.paragraph not in seen:
            seen.add(s.paragraph)
            en = article.reference_en[s.paragraph]
        rows.append({"ar": s.text, "en": en, "start": s.start, "end": s.end, "paragraph": s.paragraph})
    return rows


def cmd_translate(args: argparse.Namespace) -> int:
    from sahifa.core.articles import load_article
    from sahifa.core.decode import DecodeError
    from sahifa.services.translation import (
        ArgosTranslator,
        MemoryTranslationCache,
        TranslationError,
        find_installed_package,
        translate_article,
    )

    try:
        article = load_article(args.file)
    except (DecodeError, OSError) as exc:
        _err(f"cannot read {visible(args.file)}: {exc}")
        return EXIT_ERROR
    package = find_installed_package("ar", "en")
    if package is not None:
        engine = package.engine_id
        try:
            english = translate_article(article, ArgosTranslator(package), MemoryTranslationCache())
        except TranslationError as exc:
            _err(str(exc))
            return EXIT_ERROR
        rows: list[dict[str, Any]] = [
            {"ar": s.text, "en": en, "start": s.start, "end": s.end, "paragraph": s.paragraph}
            for s, en in zip(article.sentences, english, strict=True)
        ]
    elif article.reference_en is not None:
        engine = "reference"
        rows = _reference_rows(article)
    else:
        _err(NO_MODEL_MESSAGE)
        return EXIT_ERROR
    if args.json:
        doc = {
            "engine": engine,
            "sentences": [{k: r[k] for k in ("ar", "en", "start", "end")} for r in rows],
        }
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    paragraphs: dict[int, list[str]] = {}
    for r in rows:
        if r["en"]:
            paragraphs.setdefault(r["paragraph"], []).append(r["en"])
    print("\n\n".join(" ".join(parts) for _, parts in sorted(paragraphs.items())))
    return EXIT_OK
