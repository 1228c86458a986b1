"""A path shown in the Arabic interface is laid out left to right as one unit: the files skipped, the
translation models' folders, the recent folders and the status bar showed "/tmp/news/a.txt" as
"tmp/news/a.txt/", its slash at the wrong end (errors and models dialogs at 1024x700, Arabic interface)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

pytestmark = pytest.mark.gui


def _left_to_right_glyphs(text: str) -> int:
    """How many glyphs of ``text``, in a right-to-left paragraph, are laid out in left-to-right runs."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    return sum(len(run.glyphIndexes()) for run in layout.glyphRuns() if not run.isRightToLeft())


def test_a_path_in_an_arabic_sentence_keeps_its_slash_in_front(qapp: Any) -> None:
    from sahifa.gui.plain import shown_path

    shown = shown_path("/tmp/news/a.txt")
    assert shown.strip("\u2066\u2069") == "/tmp/news/a.txt"
    path = "/tmp/news/a.txt"
    # the whole path, its leading slash too, in one left-to-right run (the slash went to the Arabic side)
    assert _left_to_right_glyphs(f"تعذّر فتح {shown}") == len(path)
    assert _left_to_right_glyphs(shown) == len(path)  # a path alone in a right-to-left cell or menu entry


def test_a_bidi_control_inside_a_path_stays_shown_not_obeyed(qapp: Any) -> None:
    from sahifa.gui.plain import shown_path

    shown = shown_path("/tmp/a\u202eb.txt")
    assert "\u202e" not in shown and "\\u202e" in shown.lower()
