"""The library's default normalisers, used when none is injected.

``Library(key_func=…, search_norm=…)`` takes the application's richer functions; these small,
self-contained defaults serve tests, tools and a library opened without the NLP stack. Stored search
keys (``passages.norm``) and entity keys of existing libraries depend on them: they must not change.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["default_key", "default_norm"]

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, Quranic marks, tatweel
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})


def default_norm(text: str) -> str:
    """Search normalisation: NFKC, no diacritics or tatweel, alef forms → ا, ة → ه, ى → ي, case-folded."""
    return _MARKS.sub("", unicodedata.normalize("NFKC", text)).translate(_LETTERS).casefold()


def default_key(text: str) -> str:
    """Entity key: :func:`default_norm` with whitespace collapsed."""
    return " ".join(default_norm(text).split())
