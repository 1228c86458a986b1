"""Export the user's notes (highlights with optional note text) to Markdown, HTML, CSV and JSON.

Pure Python, no Qt: the PDF export (``sahifa.services.pdf_export``) renders :func:`export_html` through Qt.

Every string that comes from an article or from the user is *data*, never markup: HTML output goes
through :func:`html.escape`; Markdown output HTML-escapes the Arabic inside its ``<div dir="rtl">``
block and backslash-escapes Markdown punctuation everywhere else.

Direction travels with the text: Arabic passages are ``dir="rtl" lang="ar"`` blocks in HTML and
Markdown; titles and notes get ``dir`` from their first strong character (so an Arabic note reads
right-to-left and an English one left-to-right). CSV and JSON are UTF-8 with every field; a CSV
written to a file starts with a BOM so spreadsheet programs detect UTF-8 and show the Arabic.
"""

from __future__ import annotations

import csv
import errno
import html
import io
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sahifa import __version__  # the package root and core only: core imports no other Sahifa module

from .safe_text import visible

__all__ = [
    "CSV_FIELDS",
    "TEXT_FORMATS",
    "ExportNote",
    "colour_name",
    "css_colour",
    "describe_write_error",
    "export_csv",
    "export_html",
    "export_json",
    "export_markdown",
    "generator",
    "render",
    "spreadsheet_safe",
    "write_error_detail",
    "write_export",
]

DEFAULT_HEADING = "Sahifa notes"

#: Formats this module renders itself (PDF needs Qt: see ``sahifa.services.pdf_export``).
TEXT_FORMATS: tuple[str, ...] = ("md", "html", "csv", "json")
_FORMAT_ALIASES = {"markdown": "md", "htm": "html"}

#: Column order of the CSV export (and key order of the JSON objects).
CSV_FIELDS: tuple[str, ...] = (
    "article", "title", "title_en", "outlet", "date", "colour", "arabic", "english", "note", "entities",
    "created", "updated",
)

#: Names of the highlight colours offered by the app, with the swatch used in exports.
PALETTE: dict[str, str] = {
    "yellow": "#ffe066",
    "green": "#8ce99a",
    "blue": "#74c0fc",
    "pink": "#faa2c1",
    "orange": "#ffc078",
    "purple": "#d0bfff",
    "red": "#ff8787",
    "grey": "#ced4da",
}
_FALLBACK_SWATCH = "#ced4da"
_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_CSS_NAME = re.compile(r"[a-zA-Z]{3,20}")

FONT_STACK = "'Amiri', 'Noto Naskh Arabic', 'DejaVu Sans', serif"
_ENTITY_SEPARATOR = "; "


@dataclass(frozen=True)
class ExportNote:
    """One note as exported: the highlighted passage, its English, the user's note and context."""

    article_path: str
    title: str
    source: str | None         # outlet
    published: str | None      # ISO date or date-time as stated by the article
    color: str                 # a palette name ("yellow") or a CSS hex colour ("#ffe066")
    arabic: str                # the highlighted passage
    english: str | None        # aligned English of the sentence(s) the passage is in
    note: str                  # the user's note ("" for a bare highlight)
    entities: tuple[str, ...]  # entity labels inside the passage, e.g. "Donald Trump · دونالد ترامب"
    created: str
    updated: str
    title_en: str | None = None  # the English of the title (aligned translation), for citing the article

    def to_record(self) -> dict[str, object]:
        """The note as a flat record keyed by :data:`CSV_FIELDS` (entities stay a list)."""
        return {
            "article": self.article_path,
            "title": self.title,
            "title_en": self.title_en or "",
            "outlet": self.source or "",
            "date": self.published or "",
            "colour": colour_name(self.color),
            "arabic": self.arabic,
            "english": self.english or "",
            "note": self.note,
            "entities": list(self.entities),
            "created": self.created,
            "updated": self.updated,
        }


# --------------------------------------------------------------------------------------------
# helpers


def generator() -> str:
    return f"Sahifa {__version__}"


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def css_colour(color: str) -> str:
    """A CSS colour safe to put in a ``style`` attribute (never the raw user string)."""
    c = (color or "").strip()
    if c.lower() in PALETTE:
        return PALETTE[c.lower()]
    if _HEX_COLOUR.fullmatch(c):
        return c.lower()
    if _CSS_NAME.fullmatch(c):
        return c.lower()  # a CSS named colour; letters only, so nothing can escape the attribute
    return _FALLBACK_SWATCH


def colour_name(color: str) -> str:
    """Human name of a highlight colour: the palette name when it is one, else the value itself."""
    c = (color or "").strip()
    for name, value in PALETTE.items():
        if c.lower() in (name, value):
            return name
    return c


def direction(text: str | None, default: str = "ltr") -> str:
    """``"rtl"`` or ``"ltr"`` from the first strong character of ``text`` (the Unicode P2 rule)."""
    for ch in text or "":
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            return "rtl"
        if bidi == "L":
            return "ltr"
    return default


def _lang(text: str | None) -> str:
    return "ar" if direction(text) == "rtl" else "en"


def _group_by_article(notes: Iterable[ExportNote]) -> list[tuple[ExportNote, list[ExportNote]]]:
    """Notes grouped by article, articles in order of first appearance, notes in given order."""
    groups: dict[str, list[ExportNote]] = {}
    for n in notes:
        groups.setdefault(n.article_path, []).append(n)
    return [(items[0], items) for items in groups.values()]


def _source_line(first: ExportNote) -> str:
    """"outlet · date". After an Arabic outlet the digits of an ISO date would become Arabic numbers
    (bidi rule W2) and show as 14-05-2025; a left-to-right mark keeps the date reading 2025-05-14."""
    date = first.published or ""
    if date and direction(first.source) == "rtl":
        date = "\u200e" + date
    return " · ".join(p for p in (first.source or "", date) if p)


def _count(n: int) -> str:
    return f"{n} note" if n == 1 else f"{n} notes"


def _normalise_format(fmt: str) -> str:
    f = fmt.lower().lstrip(".")
    return _FORMAT_ALIASES.get(f, f)


# --------------------------------------------------------------------------------------------
# Markdown

_MD_INLINE = re.compile(r"([\\`*_{}\[\]<>#|~&])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+(?=[.)]))")


def _md_escape(text: str) -> str:
    """Backslash-escape Markdown (and inline HTML) syntax so user text renders literally."""
    lines = []
    for line in text.splitlines():
        line = _MD_INLINE.sub(r"\\\1", line)
        m = _MD_LINE_START.match(line)
        if m:  # list markers, setext underlines, ordered-list numbers at the start of a line
            head, marker = m.group(1), m.group(2)
            if marker[0].isdigit():  # "1. x" -> "1\. x"
                line = f"{head}{marker}\\{line[m.end():]}"
            else:  # "- x" -> "\- x"
                line = f"{head}\\{line[m.end(1):]}"
        lines.append(line)
    return "\n".join(lines)


def _md_html_block(text: str) -> str:
    """Escaped HTML for the inside of a Markdown HTML block: it must contain no blank line."""
    lines = [html.escape(line.strip()) for line in text.splitlines() if line.strip()]
    return "<br>\n".join(lines)


def export_markdown(
    notes: Iterable[ExportNote], *, heading: str = DEFAULT_HEADING, exported: str | None = None
) -> str:
    notes = list(notes)
    out: list[str] = [f"# {_md_escape(heading)}", ""]
    out += [f"*Exported {_md_escape(exported or _now())} by {_md_escape(generator())} · {_count(len(notes))}*", ""]
    if not notes:
        out += ["*No notes.*", ""]
    for first, items in _group_by_article(notes):
        out += [f"## {_md_escape(first.title or Path(first.article_path).name)}", ""]
        if first.title_en:
            out += [f"*{_md_escape(first.title_en)}*", ""]
        meta = _source_line(first)
        if meta:
            out += [_md_escape(meta), ""]
        out += [f"<small>{html.escape(first.article_path)}</small>", ""]
        for n in items:
            out += ['<div dir="rtl" lang="ar">', _md_html_block(n.arabic), "</div>", ""]
            if n.english and n.english.strip():
                out += ["\n".join(f"> {line}" if line else ">" for line in _md_escape(n.english.strip()).split("\n")), ""]
            if n.note.strip():
                if direction(n.note) == "rtl":
                    out += ['<div dir="rtl" lang="ar">', _md_html_block(n.note), "</div>", ""]
                else:
                    out += [f"**Note:** {_md_escape(n.note.strip())}", ""]
            if n.entities:
                out += [f"*Entities:* {_md_escape(_ENTITY_SEPARATOR.join(n.entities))}", ""]
            stamp = f" · {_md_escape(n.created)}" if n.created else ""
            out += [f"*Colour:* {_md_escape(colour_name(n.color))}{stamp}", "", "---", ""]
    return "\n".join(out).rstrip("\n") + "\n"


# --------------------------------------------------------------------------------------------
# HTML

_CSS = f"""
body {{ font-family: {FONT_STACK}; font-size: 11pt; color: #212529; max-width: 46em;
       margin: 2em auto; padding: 0 1em; line-height: 1.5; }}
h1 {{ font-size: 20pt; margin-bottom: 0.2em; }}
h2 {{ font-size: 15pt; margin-top: 1.6em; margin-bottom: 0.1em; }}
p.meta, p.source, p.path, p.stamp {{ color: #6c757d; font-size: 9pt; margin: 0.1em 0; }}
div.note {{ margin: 1em 0; padding: 0.4em 0.8em; border-left: 6px solid #ced4da; }}
blockquote.arabic {{ font-family: {FONT_STACK}; font-size: 15pt; line-height: 1.7;
                     margin: 0.4em 0; }}
blockquote.english {{ font-style: italic; margin: 0.4em 0; color: #343a40; }}
p.text {{ margin: 0.4em 0; }}
p.entities {{ font-size: 9pt; color: #495057; margin: 0.2em 0; }}
span.swatch {{ font-size: 9pt; }}
hr {{ border: 0; border-top: 1px solid #dee2e6; }}
"""


def _p(cls: str, text: str, *, tag: str = "p", extra: str = "") -> str:
    d = direction(text)
    return f'<{tag} class="{cls}" dir="{d}"{extra}>{html.escape(text)}</{tag}>'


def _multiline(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def export_html(
    notes: Iterable[ExportNote], *, heading: str = DEFAULT_HEADING, exported: str | None = None
) -> str:
    """A standalone UTF-8 HTML5 document; open it in a browser or render it with Qt."""
    notes = list(notes)
    esc = html.escape
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="{esc(generator())}">',
        f"<title>{esc(heading)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f'<h1 dir="{direction(heading)}">{esc(heading)}</h1>',
        f'<p class="meta">Exported {esc(exported or _now())} by {esc(generator())} · {_count(len(notes))}</p>',
    ]
    if not notes:
        out.append('<p class="empty">No notes.</p>')
    for first, items in _group_by_article(notes):
        title = first.title or Path(first.article_path).name
        out.append('<section class="article">')
        out.append(f'<h2 dir="{direction(title)}" lang="{_lang(title)}">{esc(title)}</h2>')
        if first.title_en:
            out.append(f'<p class="title-en" dir="ltr" lang="en"><i>{esc(first.title_en)}</i></p>')
        meta = _source_line(first)
        if meta:
            out.append(_p("source", meta))
        out.append(f'<p class="path" dir="ltr">{esc(first.article_path)}</p>')
        for n in items:
            swatch = css_colour(n.color)
            name = colour_name(n.color)
            out.append(f'<div class="note" style="border-left-color: {swatch};">')
            out.append(
                f'<p class="stamp" dir="ltr"><span class="swatch" style="background-color: {swatch};"'
                f' title="{esc(name)}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {esc(name)}'
                + (f" · {esc(n.created)}" if n.created else "")
                + "</p>"
            )
            out.append(
                f'<blockquote class="arabic" dir="rtl" lang="ar" style="border-right: 4px solid {swatch};">'
                f"{_multiline(n.arabic)}</blockquote>"
            )
            if n.english and n.english.strip():
                out.append(f'<blockquote class="english" dir="ltr" lang="en">{_multiline(n.english)}</blockquote>')
            if n.note.strip():
                out.append(
                    f'<p class="text" dir="{direction(n.note)}" lang="{_lang(n.note)}">{_multiline(n.note)}</p>'
                )
            if n.entities:
                out.append(_p("entities", "Entities: " + _ENTITY_SEPARATOR.join(n.entities)))
            out.append("</div>")
        out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# CSV and JSON


#: What makes a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @, and a tab or
#: carriage return before them. Full-width forms too: some spreadsheets fold them to ASCII.
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
#: A cell that is purely a number (e.g. -12.5) is a value, not a formula: it stays as it is.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


def spreadsheet_safe(cell: str) -> str:
    """``cell`` as a spreadsheet will show it, never run it: a cell whose first visible character
    starts a formula gets a leading ``'`` (which spreadsheets take as "this is text").

    Spaces and invisible format characters (a right-to-left mark before Arabic, a BOM, a zero-width
    space) are looked past, since spreadsheets may trim them; a plain number keeps its sign.
    """
    for ch in cell:
        if ch in _FORMULA_START:
            return cell if _PLAIN_NUMBER.fullmatch(cell) else "'" + cell
        if not (ch.isspace() or unicodedata.category(ch) == "Cf"):
            return cell
    return cell


def export_csv(notes: Iterable[ExportNote]) -> str:
    """CSV text with a header row (no BOM: :func:`write_export` adds one when writing a file).

    Every cell goes through :func:`spreadsheet_safe`: article text and notes are data, and a passage
    such as ``=HYPERLINK(...)`` must not become a live formula when the file is opened.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_FIELDS)
    for n in notes:
        rec = n.to_record()
        rec["entities"] = _ENTITY_SEPARATOR.join(n.entities)
        writer.writerow([spreadsheet_safe(str(rec[f])) for f in CSV_FIELDS])
    return buf.getvalue()


def export_json(notes: Iterable[ExportNote], *, exported: str | None = None) -> str:
    """A JSON array with one object per note: every field, plus ``exported`` and ``generator``."""
    stamp = exported or _now()
    records = [{**n.to_record(), "exported": stamp, "generator": generator()} for n in notes]
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------------
# files


def render(notes: Iterable[ExportNote], fmt: str, *, heading: str = DEFAULT_HEADING) -> str:
    """The text of one export format: ``md`` (or ``markdown``), ``html``, ``csv`` or ``json``."""
    f = _normalise_format(fmt)
    if f == "md":
        return export_markdown(notes, heading=heading)
    if f == "html":
        return export_html(notes, heading=heading)
    if f == "csv":
        return export_csv(notes)
    if f == "json":
        return export_json(notes)
    if f == "pdf":
        raise ValueError("PDF export needs Qt: use sahifa.services.pdf_export.export_pdf")
    raise ValueError(f"unknown export format {fmt!r} (choose from {', '.join(TEXT_FORMATS)})")


@contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[str]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``, on error it is removed.

    Either the complete new file is there afterwards or the old one (if any) is untouched; the
    temporary file never survives an error. Used by every export writer, text and PDF alike.
    """
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    os.close(fd)
    try:
        yield tmp
        apply_default_mode(tmp)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_target`), fsync'd before the rename."""
    with atomic_target(path) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def apply_default_mode(path: str) -> None:
    """mkstemp creates 0600 files; give the export the permissions a normal new file would get."""
    if os.name != "posix":
        return
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


_WRITE_ERRORS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be larger than this process may write (a file-size limit, see `ulimit -f`)",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the folder is on a read-only file system",
    errno.EIO: "the disk reported an input/output error",
}


def describe_write_error(exc: OSError, path: str | os.PathLike[str] | None, *, existed: bool = False) -> str:
    """A sentence for a failed export that says what was and was not written.

    Files are written through :func:`atomic_target`, so a failed export leaves nothing behind and an
    earlier file of that name as it was (``existed``); standard output (``path`` None) cannot be
    taken back, so what was written so far is said to be incomplete.
    """
    if path is None:
        return f"could not write the export to standard output: {_write_reason(exc)}; the output is incomplete"
    return f"could not write {visible(os.fspath(path))}: {write_error_detail(exc, path, existed=existed)}"


def _write_reason(exc: OSError) -> str:
    return _WRITE_ERRORS.get(exc.errno or 0) or (exc.strerror or str(exc))


def write_error_detail(exc: OSError, path: str | os.PathLike[str], *, existed: bool = False) -> str:
    """Why an export file could not be written, and that nothing was (the end of
    :func:`describe_write_error`'s sentence, for a caller that names the file itself)."""
    kept = f"; the earlier {visible(os.fspath(path))} is unchanged" if existed else ""
    return f"{_write_reason(exc)}. Nothing was written{kept}."


def write_export(
    notes: Sequence[ExportNote] | Iterable[ExportNote],
    fmt: str,
    path: str | os.PathLike[str],
    *,
    heading: str = DEFAULT_HEADING,
) -> None:
    """Write one text export format to ``path`` atomically (CSV with a UTF-8 BOM for Excel)."""
    f = _normalise_format(fmt)
    text = render(notes, f, heading=heading)
    encoding = "utf-8-sig" if f == "csv" else "utf-8"
    atomic_write_bytes(path, text.encode(encoding))
