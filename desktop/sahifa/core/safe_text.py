"""Text from outside (file names, paths) made safe to show in a terminal or a window.

A file name is chosen by whoever made the file. Control characters in it can move a terminal's
cursor or recolour it; a bidi override (U+202E) in ``report<U+202E>txt.exe`` makes it read as
``reportexe.txt``; a zero-width character makes two different names look the same. :func:`visible` shows each such
character as its ``\\uXXXX`` escape instead, and leaves everything else (Arabic letters, ordinary
spaces, punctuation) as it is. Pure Python, no Sahifa imports: any module may use it.
"""

from __future__ import annotations

import unicodedata

__all__ = ["visible"]

#: Categories shown escaped: controls (C0, DEL, C1), format characters (bidi marks, embeddings,
#: overrides and isolates, zero-width space/joiners, BOM, soft hyphen, Arabic letter mark), and lone
#: surrogates (undecodable bytes of a file name, which would also fail to print as UTF-8).
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
_LINE_SEPARATORS = frozenset({"\u2028", "\u2029"})  # Zl/Zp: they break a line like a newline does


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _needs_escape(ch: str) -> bool:
    return ch in _LINE_SEPARATORS or unicodedata.category(ch) in _ESCAPED_CATEGORIES


def visible(s: str) -> str:
    """``s`` with every control, format (bidi, zero-width) and line-separator character replaced by
    its ``\\uXXXX`` (or ``\\UXXXXXXXX``) escape; Arabic letters and ordinary spaces are kept.
    E.g. ``"تقرير" + "\\u202e" + "txt.exe"`` is shown as ``تقرير\\u202etxt.exe``.
    """
    if s.isprintable():
        return s  # the common case (C-fast): no control, format, separator or surrogate character
    return "".join(_escape(ch) if _needs_escape(ch) else ch for ch in s)
