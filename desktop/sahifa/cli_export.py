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
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sahifa.core.export import DEFAULT_HEADING, ExportNote, describe_write_error, render, write_export
from sahifa.core.safe_text import visible

FORMATS = ("md", "html", "csv", "json", "pdf")
_EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".csv": "csv",
               ".json": "json", ".pdf": "pdf"}
_MISSING = object()


def _get(row: Any, *names: str, default: Any = None) -> Any:
    """The first of ``names`` that ``row`` has (attribute or mapping key) and that is not None."""
    for name in names:
        if isinstance(row, Mapping):
            value = row.get(name, _MISSING)
        else:
            value = getattr(row, name, _MISSING)
        if value is not _MISSING and value is not None:
            return value
    return default


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value)


def _optional(value: Any) -> str | None:
    s = _text(value).strip()
    return s or None


def _entity_label(entity: Any) -> str:
    """A str as is; an entity object as "English label · canonical" (or whichever it has)."""
    if isinstance(entity, str):
        return entity
    label = _text(_get(entity, "label_en", "label", "english"))
    canonical = _text(_get(entity, "canonical", "name", "text"))
    return " · ".join(p for p in dict.fromkeys((label, canonical)) if p)


def note_rows_to_export(
    rows: Iterable[Any], *, entity_labels: Mapping[str, str] | None = None,
    titles_en: Mapping[int, str] | None = None,
) -> list[ExportNote]:
    """Library note rows (``NoteRow``, a mapping or any look-alike) → export records, order kept.

    Field names are read with fallbacks so small naming differences don't break the export.
    ``entity_labels`` (entity key → "English · العربية", see :func:`entity_labels_for`) replaces the
    row's bare entity names when the row carries ``entity_keys``. ``titles_en`` (article id → English
    title, see :func:`english_titles_for`) cites each article in both languages.
    """
    out: list[ExportNote] = []
    for r in rows:
        path = _text(_get(r, "article_path", "path", "article", default=""))
        extra = _get(r, "extra", default={})
        en_passage = extra.get("en_passage") if isinstance(extra, Mapping) else None
        english = _optional(_get(r, "english", "english_text", "translation", "passage_en"))
        if en_passage:  # the user selected in the English pane: export exactly what they selected
            english = _optional(en_passage) or english
        entities: tuple[str, ...] = tuple(
            _entity_label(e) for e in (_get(r, "entities", "entity_labels", default=()) or ())
        )
        keys = _get(r, "entity_keys", default=())
        if entity_labels and keys and len(keys) == len(entities):
            entities = tuple(entity_labels.get(k, name) for k, name in zip(keys, entities, strict=True))
        out.append(ExportNote(
            article_path=path,
            title=_text(_get(r, "article_title", "title", default="")) or (Path(path).name if path else ""),
            source=_optional(_get(r, "article_source", "source", "outlet")),
            published=_optional(_get(r, "article_published", "published", "date")),
            color=_text(_get(r, "color", "colour", default="yellow")),
            arabic=_text(_get(r, "passage", "arabic", default="")),
            english=english,
            note=_text(_get(r, "text", "note", "body", default="")),
            entities=tuple(e for e in entities if e),
            created=_text(_get(r, "created", default="")),
            updated=_text(_get(r, "updated", default="")),
            title_en=(titles_en or {}).get(_get(r, "article_id", default=None)),
        ))
    return out


def english_titles_for(library: Any, rows: Iterable[Any]) -> dict[int, str]:
    """Article id → the English of its title: the aligned English of the article's first sentence
    (machine translation) or first paragraph (reference), which is the title. Empty on any failure:
    the Arabic title still cites the article."""
    ids = sorted({int(a) for r in rows if (a := _get(r, "article_id", default=None)) is not None})
    if not ids or not hasattr(library, "spans_english"):
        return {}
    try:
        found = library.spans_english([(a, 0, 1) for a in ids])
    except Exception:  # noqa: BLE001 - a nicety, as above
        return {}
    return {a: en[0].strip().split("\n")[0] for a, en in zip(ids, found, strict=True) if en and en[0].strip()}


def entity_labels_for(library: Any, rows: Iterable[Any]) -> dict[str, str]:
    """Entity key → "English label · canonical" for the entities in ``rows`` (empty on any failure)."""
    wanted = {k for r in rows for k in (_get(r, "entity_keys", default=()) or ())}
    if not wanted or not hasattr(library, "entities"):
        return {}
    try:
        facts = library.entities()
    except Exception:  # noqa: BLE001 - labels are a nicety; the bare names still export
        return {}
    return {f.key: _entity_label(f) for f in facts if getattr(f, "key", None) in wanted}


def _open_library() -> Any:
    """The library, read-only when it is in a place that cannot be written (exporting only reads)."""
    from sahifa.ingest import open_library
    from sahifa.storage.paths import default_library_path, library_writable

    path = default_library_path()
    return open_library(path, read_only=path.is_file() and not library_writable(path))


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
        from sahifa.cli_entities import EXIT_NO_ENTITY, resolve_names

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
                from sahifa.gui.pdf_export import export_pdf  # Qt, only for PDF
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
