"""PDF export of the user's notes: the HTML export rendered by Qt's text engine into a QPdfWriter.

Qt shapes and joins Arabic and lays out ``dir="rtl"`` blocks right-to-left, so the PDF carries the
same direction as the HTML export. The bundled Amiri font is registered (once) and made the
document's default font so Arabic never falls back to a font without Arabic glyphs.

Works inside the running app (a QApplication exists) and from the headless CLI: if no Qt GUI
application exists, one QGuiApplication is created, on the ``offscreen`` platform when there is
no display.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

import sahifa.resources
from sahifa.core.export import (
    DEFAULT_HEADING,
    FONT_STACK,
    ExportNote,
    atomic_target,
    export_html,
    generator,
)
from sahifa.core.safe_text import visible

log = logging.getLogger(__name__)

AMIRI_PATH = Path(sahifa.resources.__file__).parent / "fonts" / "Amiri-Regular.ttf"
AMIRI_BOLD_PATH = AMIRI_PATH.with_name("Amiri-Bold.ttf")
FALLBACK_FAMILIES = ("Amiri", "Noto Naskh Arabic", "DejaVu Sans")
# Fonts whose Arabic letter forms are in their character map (Arabic Presentation Forms). Qt writes a
# PDF's ToUnicode table from the character map, so text set in them can be copied and searched; the
# contextual forms and ligatures of Amiri are reached only through OpenType substitutions and come
# out of pdftotext as a few stray letters. Prefer these for the PDF when one is installed.
COPYABLE_FAMILIES = ("DejaVu Sans", "Tahoma", "Arial")
RESOLUTION_DPI = 300
MARGIN_MM = 18.0
BODY_POINT_SIZE = 11

_app: QGuiApplication | None = None  # kept alive when this module had to create one
_amiri_family: str | None = None


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication/QApplication, or a new QGuiApplication for headless use."""
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("PDF export needs a QGuiApplication, but a QCoreApplication is running")
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "sahifa"])
    return _app


def ensure_arabic_font() -> str | None:
    """Register the bundled Amiri (once) and return the font family to use for Arabic.

    Falls back to an installed Arabic-capable family; None when none is available (Qt then picks
    a fallback per glyph).
    """
    global _amiri_family
    if _amiri_family is not None:
        return _amiri_family
    if AMIRI_PATH.is_file():
        font_id = QFontDatabase.addApplicationFont(str(AMIRI_PATH))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
        if families:
            if AMIRI_BOLD_PATH.is_file():  # real bold headings rather than synthesised ones
                QFontDatabase.addApplicationFont(str(AMIRI_BOLD_PATH))
            _amiri_family = families[0]
            return _amiri_family
        log.warning("could not register the Arabic font %s", AMIRI_PATH)
    else:
        log.warning("the bundled Arabic font is missing: %s", AMIRI_PATH)
    installed = set(QFontDatabase.families())
    for family in FALLBACK_FAMILIES:
        if family in installed:
            return family
    return None


def build_document(
    notes: Iterable[ExportNote], *, heading: str = DEFAULT_HEADING, exported: str | None = None
) -> QTextDocument:
    """The notes as a QTextDocument (what :func:`export_pdf` prints); needs a QGuiApplication."""
    ensure_gui_application()
    family = copyable_family() or ensure_arabic_font()
    doc = QTextDocument()
    font = QFont(family) if family else QFont()
    font.setPointSize(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    html = export_html(notes, heading=heading, exported=exported)
    if family:
        html = html.replace(FONT_STACK, f"'{family}', {FONT_STACK}")
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, heading)
    return doc


def copyable_family() -> str | None:
    """An installed font in which the PDF's Arabic stays copyable text (see COPYABLE_FAMILIES)."""
    installed = set(QFontDatabase.families())
    return next((f for f in COPYABLE_FAMILIES if f in installed), None)


def export_pdf(
    notes: Iterable[ExportNote], path: str | os.PathLike[str], *, heading: str = DEFAULT_HEADING
) -> None:
    """Write the notes as an A4 PDF at ``path`` (atomically: temp file, then ``os.replace``)."""
    target = Path(path)
    doc = build_document(list(notes), heading=heading)
    with atomic_target(target) as tmp:
        writer = QPdfWriter(tmp)
        writer.setResolution(RESOLUTION_DPI)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
        )
        writer.setTitle(heading)
        writer.setCreator(generator())
        doc.print_(writer)
        del writer  # the PDF is finished when the painter ends; drop the writer before moving it
        if os.path.getsize(tmp) == 0:
            raise OSError(f"Qt could not write the PDF to {visible(str(target))}")

