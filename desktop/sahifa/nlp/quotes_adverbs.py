"""Cue words that are adverbs here: "فحسب/وحسب" (only) and "رد على الفور" (responded at once).

* "حسب" with a clitic is also the adverb "only": "وليس ذلك وحسب بل …", "لم يقتصر على المدينة فحسب بل …".
  Before بل / إنما / لكن (the second half of "not only … but") it names no source: a source after حسب is a
  noun phrase ("بحسب وكالة …", "وحسب مصادر …"), never a conjunction.
* "رد على الفور" / "رد فورا" is a reaction ("رد الجيش على الفور بفتح النار"): على belongs to the adverb
  "على الفور", not to the verb's object; a report only when a colon or a quotation follows ("فرد على
  الفور: …").

Leaf module (no import from the other quotes modules), read by quotes_tokens._find_cues.
"""

from __future__ import annotations

# the "but" of "not only … but also"
_BUT = frozenset("بل وبل إنما وإنما انما وانما لكن ولكن".split())
_OPENING = frozenset(':«“"„‹')


def only_adverb(toks: list[str], i: int) -> bool:
    """Whether the source word حسب at ``i`` is the adverb "only": a "but" right after it."""
    return i + 1 < len(toks) and toks[i + 1] in _BUT


def reaction_at_once(toks: list[str], i: int) -> bool:
    """Whether the verb رد at ``i`` is followed by "على الفور" / "فورا" and no colon or quotation."""
    n = len(toks)
    if i + 2 < n and toks[i + 1] == "على" and toks[i + 2] == "الفور":
        k = i + 3
    elif i + 1 < n and toks[i + 1] in ("فورا", "فوراً"):
        k = i + 2
    else:
        return False
    if k < n and toks[k] in ("،", ","):
        k += 1
    return not (k < n and toks[k] in _OPENING)
