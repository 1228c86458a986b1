"""The English title of an article, one rule for every layer (the exports, ``sahifa facts --json``, the
article list and the reader's header).

An article's title is its first paragraph, so its English is the English of the article's first unit:
the machine translation of its first sentence, or the reference translation of its first paragraph.
That unit's English may run over several lines (a reference paragraph that kept the dateline, a
translation that split it): the title is its first line.
"""

from __future__ import annotations

__all__ = ["english_title"]


def english_title(first_unit_english: str | None) -> str:
    """The English title from the English of the article's first unit: its first non-blank line,
    stripped; "" when there is none."""
    if not first_unit_english:
        return ""
    for line in first_unit_english.splitlines():
        if line.strip():
            return line.strip()
    return ""
