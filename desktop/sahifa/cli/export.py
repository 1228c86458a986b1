"""``sahifa export``: the user's notes as Markdown, HTML, CSV, JSON or PDF, headless.

    sahifa export --format md|html|csv|json|pdf [--entity NAME]... [--article PATH] [--out FILE]

Text formats go to stdout without --out (UTF-8 whatever the locale); PDF is binary and needs --out
(it is rendered by Qt with the Arabic font; Qt is imported only for PDF). Files are written
atomically: a failed export (full disk, file-size limit) leaves nothing behind and an earlier file of
that name unchanged, and says so. A library in a read-only place is opened read-only (exporting only
reads it). The GUI's export dialog reuses :func:`note_rows_to_export`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sahifa.core.export import DEFAULT_HEADING, ExportNote, describe_write_error, render, write_export
from sahifa.core.safe_text import visible
from sahifa.services.notes_export import english_titles_for, entity_labels_for, note_rows_to_export

FORMATS = ("md", "html", "csv", "json", "pdf")
_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv",
               ".json": "json", ".pdf": "pdf"}


def _open_library() -> Any:
    """The library, read-only when it is in a place that cannot be written (exporting only reads)."""
    from sahifa.services.library import open_library_for_reading

    return open_library_for_reading()


def _fail(message: str, code: int = 2) -> int:
    print(f"sahifa export: {message}", file=sys.stderr)
    return code


def _write_stdout(text: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))  # UTF-8 whatever the locale: the Arabic must survive
    buffer.flush()


def cmd_export(args: argparse.Namespace) -> int:
    fmt = args.format
    out = visible(args.out) if args.out else ""
    if fmt is None:
        fmt = _EXTENSIONS.get(Path(args.out).suffix.lower()) if args.out else "md"
        if fmt is None:
            return _fail(f"cannot tell the format from {out!r}; add --format {'|'.join(FORMATS)}")
    if fmt == "pdf" and not args.out:
        return _fail("PDF is binary: add --out FILE.pdf")
    if args.out and Path(args.out).is_dir():
        return _fail(f"{out} is a folder; --out wants a file name")
    if args.out and not Path(args.out).resolve().parent.is_dir():
        return _fail(f"the folder of {out} does not exist")

    library = _open_library()
    try:
        from sahifa.services.entities import EXIT_NO_ENTITY, resolve_names

        keys = resolve_names(library, args.entity or [], "sahifa export")
        if keys is None:
            return EXIT_NO_ENTITY
        article_id = None
        if args.article:
            article_id = library.article_id(str(Path(args.article).expanduser().resolve()))
            if article_id is None:
                article_id = library.article_id(args.article)
            if article_id is None:
                return _fail(f"{visible(args.article)} is not in the library (run `sahifa analyze` on it first)")
        rows = list(library.notes(article_id=article_id, entity_keys=keys))
        labels = entity_labels_for(library, rows)
        titles_en = english_titles_for(library, rows)
    finally:
        library.close()

    notes = note_rows_to_export(rows, entity_labels=labels, titles_en=titles_en)
    return _write(notes, fmt, args)


def _write(notes: list[ExportNote], fmt: str, args: argparse.Namespace) -> int:
    """Write the export; a write failure is one sentence saying what was and was not written."""
    existed = bool(args.out) and Path(args.out).exists()
    try:
        if fmt == "pdf":
            try:
                from sahifa.services.pdf_export import export_pdf  # Qt, only for PDF
            except ImportError as exc:
                return _fail(f"PDF export needs Qt (PySide6): {exc}", 1)
            export_pdf(notes, args.out, heading=args.heading)
        elif args.out:
            write_export(notes, fmt, args.out, heading=args.heading)
        else:
            _write_stdout(render(notes, fmt, heading=args.heading))
    except BrokenPipeError:
        raise  # the reader left (`sahifa export | head`): not an error, see sahifa.cli.main
    except OSError as exc:
        return _fail(describe_write_error(exc, args.out or None, existed=existed), 1)
    where = visible(args.out) if args.out else "standard output"
    # an earlier file of that name is gone now: say so (above all when an empty export replaced it)
    replaced = "; the earlier file of that name was replaced" if existed else ""
    if not notes:  # a valid, empty document (header only), so that scripts can rely on the file
        print(f"sahifa export: no notes to export; {where} holds an empty {fmt.upper()} export "
              f"(0 notes){replaced}.", file=sys.stderr)
    elif args.out:
        print(f"Exported {len(notes)} note(s) to {where}{replaced}", file=sys.stderr)
    return 0


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "export",
        help="export your notes (Markdown, HTML, CSV, JSON or PDF)",
        description="Export your highlights and notes with their passage, English, entities and article.",
    )
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="output format (default: from --out's extension, else md)")
    p.add_argument("--entity", action="append", metavar="NAME",
                   help="only notes whose passage mentions NAME (a full name, any alias, or one word of a "
                        "name that only one entity has; repeat to AND)")
    p.add_argument("--article", metavar="PATH", help="only notes on this article")
    p.add_argument("--out", "-o", metavar="FILE", help="write to FILE (default: standard output; PDF needs it)")
    p.add_argument("--heading", default=DEFAULT_HEADING, help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_export)
