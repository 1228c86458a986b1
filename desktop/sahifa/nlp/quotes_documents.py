"""A document as the speaker: "جاء في بيان للوزارة أن …", "وجاء في التقرير: …" (what a text says).

"جاء" (came) is a speech cue only when a text is what it came in: "جاء فيه/فيها: …" after a named author
(quotes_extract._came_in_it), or "جاء في" + a document's head noun, whose phrase is then the speaker
("جاء في تقرير لجنة يشرف عليها …"، "وجاء في بيان للمكتب الإعلامي لرئيس الوزراء …"). Other "جاء في" are
not reports ("جاء في المركز الثاني", "جاء في الحديث الشريف" for a Hadith, "جاء في وقت …").

Leaf module (no import from the other quotes modules), read by quotes_tokens (is it a cue) and
quotes_extract (the speaker phrase).
"""

from __future__ import annotations

from collections.abc import Sequence

# heads of a text that speaks, bare (the article ال and a و/ف clitic are removed before the look-up)
_DOCUMENT_HEADS = frozenset(
    "بيان بيانات تقرير تقارير دراسة رسالة خطاب كتاب مذكرة وثيقة نشرة تعميم قرار حيثيات نص رد ملخص "
    "تغريدة منشور إعلان اعلان صحيفة موقع".split()
)


def _bare_head(word: str) -> str:
    if word[:1] in "وف" and word[1:3] == "ال" and len(word) > 4:
        word = word[1:]
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    return word


def came_in_document(toks: Sequence[str], i: int) -> bool:
    """Whether "جاء" at token i opens "جاء في <document> …" (a text as the speaker)."""
    return i + 2 < len(toks) and toks[i + 1] == "في" and _bare_head(toks[i + 2]) in _DOCUMENT_HEADS
