"""PDF export: Qt renders the HTML export with the Arabic font into an A4 PDF."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # tests/conftest.py sets it too

import argparse
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sahifa.core.export import ExportNote
from sahifa.services import pdf_export
from sahifa.services.pdf_export import build_document, ensure_arabic_font, export_pdf

pytestmark = pytest.mark.gui

AR1 = "التقى الرئيس الأمريكي دونالد ترامب بالرئيس السوري أحمد الشرع في الرياض يوم الأربعاء."
EN1 = "US President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday."
AR2 = "قُتل 12 مدنيًا على الأقل في القصف"
EN2 = "At least twelve civilians were killed in the shelling."

NOTES = [
    ExportNote("/news/a.txt", "ترامب يلتقي الشرع في الرياض", "الجزيرة", "2025-05-14", "yellow", AR1, EN1,
               "First meeting <script>alert(1)</script>", ("Donald Trump · دونالد ترامب",),
               "2025-05-20T10:00:00", "2025-05-20T10:00:00"),
    ExportNote("/news/b.txt", "قسد تعلن السيطرة", None, None, "#74c0fc", AR2, EN2, "ملاحظة بالعربية", (),
               "2025-05-21T10:00:00", ""),
]


def test_export_pdf_writes_an_a4_pdf(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "notes.pdf"
    export_pdf(NOTES, out, heading="Sahifa notes")
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1024
    # the Arabic font is embedded: one whose Arabic stays copyable when installed, else the bundled Amiri
    expected = (pdf_export.copyable_family() or "Amiri").replace(" ", "")
    assert expected.encode() in data
    assert [p.name for p in tmp_path.iterdir()] == ["notes.pdf"]  # no temp file left behind
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return  # .ci/run installs poppler-utils; locally the text check is optional
    text = subprocess.run([pdftotext, "-layout", str(out), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout
    assert "Donald Trump met Syrian President" in " ".join(text.split())
    assert "twelve civilians" in text
    assert "<script>alert(1)</script>" in text  # the note shown as text, not swallowed as markup


def test_pdf_with_no_notes_is_still_a_pdf(qapp: Any, tmp_path: Path) -> None:
    out = tmp_path / "empty.pdf"
    export_pdf([], out)
    assert out.read_bytes().startswith(b"%PDF")


def test_arabic_blocks_are_right_to_left_in_qt(qapp: Any) -> None:
    family = ensure_arabic_font()
    assert family == "Amiri"
    doc = build_document(NOTES)
    assert doc.defaultFont().family() == (pdf_export.copyable_family() or "Amiri")
    directions: dict[str, Qt.LayoutDirection] = {}
    block = doc.begin()
    while block.isValid():
        directions[block.text().strip()] = block.textDirection()
        block = block.next()
    assert directions[AR1] == Qt.LayoutDirection.RightToLeft
    assert directions[AR2] == Qt.LayoutDirection.RightToLeft
    assert directions[EN1] == Qt.LayoutDirection.LeftToRight
    assert directions["ملاحظة بالعربية"] == Qt.LayoutDirection.RightToLeft


def test_failed_pdf_leaves_no_file(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "notes.pdf"

    def broken_replace(src: str, dst: Any) -> None:
        raise PermissionError("denied")

    monkeypatch.setattr(pdf_export.os, "replace", broken_replace)
    with pytest.raises(PermissionError):
        export_pdf(NOTES, out)
    assert list(tmp_path.iterdir()) == []


def test_cli_exports_pdf(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sahifa.cli.export import register

    row = SimpleNamespace(article_path="/news/a.txt", color="yellow", text="note", passage=AR1, english=EN1,
                          article_title="عنوان", created="2025-05-20", updated="", entities=(), entity_keys=())
    lib = SimpleNamespace(resolve_entity=lambda name: None, article_id=lambda p: None,
                          notes=lambda article_id=None, entity_keys=(): [row], close=lambda: None)
    monkeypatch.setattr("sahifa.cli.export._open_library", lambda: lib)
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    out = tmp_path / "cli.pdf"
    args = parser.parse_args(["export", "--format", "pdf", "--out", str(out)])
    assert args.func(args) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_arabic_is_copyable_text(qapp: Any, tmp_path: Path) -> None:
    """The Arabic of a PDF export comes back out as text (pdftotext), not as a few stray letters: set in
    a font whose letter forms are in its character map, when one is installed."""
    import unicodedata

    if pdf_export.copyable_family() is None:
        pytest.skip("no font with Arabic presentation forms installed (DejaVu Sans, Tahoma, Arial)")
    out = tmp_path / "notes.pdf"
    export_pdf(NOTES, out)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    def plain(t: str) -> str:
        """Letters only: no diacritics (pdftotext spaces tanween apart), bidi controls or digits."""
        return "".join(c for c in unicodedata.normalize("NFKC", t)
                       if unicodedata.category(c) not in ("Mn", "Cf") and (c.isalpha() or c.isspace()))

    found = "".join(plain(text).split())
    words = {w for w in plain(" ".join(n.arabic for n in NOTES)).split() if len(w) > 2}
    arabic = {w for w in words if w in found}
    assert words and arabic == words, sorted(words - arabic)
