"""Article text, titles, notes, entity names and file paths shown by Qt as text, never as markup.

Several Qt widgets decide by themselves whether a string is rich text (``Qt::mightBeRichText``: a tag
near the start is enough): tooltips, the static ``QMessageBox``/``QInputDialog`` functions, and
``QLabel`` in its default format. A title or snippet such as ``<b>x</b><img src=x>`` would then be
shown bold and make Qt load an image. Data goes through these helpers instead:

- :func:`as_text` for widgets that guess (tooltips, input dialog labels): markup that shows exactly
  the given text (escaped, whitespace and line breaks kept), so the guess is always "rich" and safe;
- :func:`show_message` / :func:`ask` for message boxes, built with ``Qt.PlainText``;
- QLabels that show data are set to ``Qt.TextFormat.PlainText`` where they are made;
- :func:`shown_path` for file names and paths (controls, bidi overrides and zero-width characters
  shown as ``\\uXXXX``, see :mod:`sahifa.core.safe_text`), :func:`menu_text` for menu and button texts
  (where ``&`` marks a keyboard shortcut).
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from sahifa.core.safe_text import visible

__all__ = ["as_text", "ask", "menu_text", "show_message", "shown_path"]


def as_text(text: str) -> str:
    """Markup that Qt shows as exactly ``text`` (for tooltips and other widgets that guess the format)."""
    body = html.escape(text.replace("\r\n", "\n").replace("\r", "\n"), quote=False)
    return f'<qt><p style="white-space:pre-wrap">{body}</p></qt>'


def shown_path(path: str | os.PathLike[str]) -> str:
    """A file name or path as it may be shown: no control, bidi or zero-width character of its own in
    effect, and the whole laid out left to right as one unit (isolated, LRI … PDI): in the Arabic
    interface "/tmp/news/a.txt" read "tmp/news/a.txt/", its leading slash at the wrong end."""
    return f"\u2066{visible(os.fspath(path))}\u2069"


def menu_text(text: str) -> str:
    """``text`` for a menu entry or button, where a single ``&`` would become a shortcut marker."""
    return text.replace("&", "&&")


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A modal message box whose text is shown as plain text (``QMessageBox.warning`` and friends
    guess the format)."""
    _box(parent, icon, title, text).exec()


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question shown as plain text; True for Yes."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
