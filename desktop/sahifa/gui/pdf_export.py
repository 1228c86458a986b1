"""Temporary shim: moved to :mod:`sahifa.services.pdf_export` (issue #15); deleted after the merge."""

from sahifa.services.pdf_export import (
    build_document,
    copyable_family,
    ensure_arabic_font,
    ensure_gui_application,
    export_pdf,
)

__all__ = ["build_document", "copyable_family", "ensure_arabic_font", "ensure_gui_application", "export_pdf"]
