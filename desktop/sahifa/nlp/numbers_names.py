"""Number words that are names: a tribe or family named by a word that also reads as a dual of a unit
("قبيلة شهران", "آل شهران": the Shahran tribe, not two months). Used by ``numbers`` when it resolves
the mentions found; no state."""

from __future__ import annotations

import re

# words that introduce a tribe, clan or family name
_TRIBE_HEADS = frozenset(("قبيلة", "قبيله", "قبائل", "آل", "ال", "بني", "بنو", "عشيرة", "عشيره", "أبناء"))
_LAST_WORD = re.compile(r"([\u0621-\u064A]+)[^\u0621-\u064A]*$")


def _tribe_dual(text: str, start: int, end: int, kind: str) -> bool:
    """A nominative dual of a unit ("شهران", "عامان") that is a tribe's name: after قبيلة/آل/بني…, or in an
    article that also writes its nisba ("الشهراني", a member of the tribe: ال + the name + ي)."""
    if kind not in ("duration", "distance") or end - start < 4 or " " in text[start:end]:
        return False
    word = text[start:end]
    if not word.endswith("ان"):
        return False
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is not None and before.group(1) in _TRIBE_HEADS:
        return True
    return ("ال" + word + "ي") in text or ("ال" + word + "ية") in text
