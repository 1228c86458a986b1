"""Last checks on the arbitrated mentions of one article: a person's name that names a place or a body,
and a "kunya" that is the conjunction أم ("or").

Judged on the People sidebar of 40 random SaudiNewsNet articles (session 8; 157 distinct "people", 26 of them
not people), two kinds of error need the words *around* a name, which neither the rules' name detectors nor
the CRF's spans look at once they have chosen:

- **A name after a place's or an institution's head-word** names that place or institution: شارع سليمان
  باشا (a street), حي الشيخ رضوان (a district), مدرسة بن يوسف (a school), مستشفى الملك خالد. The mention
  becomes the place (LOC) or body (ORG) with its head-word, as the gold conventions write them
  (``ملعب محمد الخامس``: LOC, no PERSON; ``مستشفى الملك خالد``: ORG).
- **أم before a word that is no given name** is the conjunction "or" (أم يداوم النزيف، أم راقصة مغمورة،
  متعب أم يداوم), not the kunya Umm (أم محمد): a person's mention holding it is dropped.
"""

from __future__ import annotations

from .entities_engine import _Engine
from .entities_words import _Raw, _Tok

__all__ = ["checked"]

#: head-words of places named after a person (the name that follows is the place's), folded
_PLACE_HEADS = frozenset({"شارع", "طريق", "ميدان", "ساحه", "حي", "دوار", "جسر", "مسجد", "جامع", "نفق", "ممشي",
                          "حديقه", "منتزه", "ملعب", "استاد", "مطار", "ميناء", "قصر", "برج"})
#: head-words of institutions named after a person, folded
_BODY_HEADS = frozenset({"مدرسه", "مستشفي", "مستوصف", "جامعه", "كليه", "معهد", "مركز", "مؤسسه", "مكتبه"})
#: head-words of named awards and competitions (MISC in the gold conventions), folded
_MISC_HEADS = frozenset({"جائزه", "كاس"})  # (not بطولة: "بطولة أحمد" is "starring Ahmed" in film credits)
#: honorifics that may stand between the head-word and the name (حي الشيخ رضوان، مستشفى الملك خالد)
_HONORIFICS = frozenset({"الشيخ", "الامام", "الامير", "الاميره", "الملك", "السيده", "سيدي", "السيد",
                         "الشهيد", "الرئيس", "المغفور", "الحاج"})


def _head(tok: _Tok) -> tuple[str, int] | None:
    """(LOC, ORG or MISC, char offset of the head-word) when the token is a head-word, a clitic allowed
    before it (بشارع، ولمستشفى: the clitic stays outside the name)."""
    for off, key, _stripped in tok.info.forms:
        for heads, typ in ((_PLACE_HEADS, "LOC"), (_BODY_HEADS, "ORG"), (_MISC_HEADS, "MISC")):
            if key in heads:
                return typ, tok.start + off
    return None


def checked(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with the two corrections above (others unchanged, in order, non-overlapping)."""
    toks = eng.toks
    g = eng.g
    taken = [(r.t0, r.t1) for r in raws]
    out: list[_Raw] = []
    dropped: set[int] = set()
    for i, r in enumerate(raws):
        if r.type != "PERSON" or r.how == "gaz":
            out.append(r)
            continue
        if any(toks[k].info.key == "ام" and (k + 1 >= r.t1 or toks[k + 1].info.key not in g.given_names)
               for k in range(r.t0, r.t1)):
            dropped.add(i)  # متعب أم يداوم: "tired, or keeps…"
            continue
        h = r.t0 - 1
        if h >= 0 and not toks[r.t0].brk and toks[h].info.key in _HONORIFICS:
            h -= 1
        head = _head(toks[h]) if h >= 0 and not toks[h + 1].brk else None
        if head is not None and not any(a <= k < b for a, b in taken for k in range(h, r.t0)):
            out.append(_Raw(head[1], r.end, h, r.t1, head[0], None, "head", -1))
            continue
        out.append(r)
    if dropped:  # aliases point into the old list
        remap: dict[int, int] = {}
        j = 0
        for i in range(len(raws)):
            if i not in dropped:
                remap[i] = j
                j += 1
        for r in out:
            if r.alias_of >= 0:
                r.alias_of = remap.get(r.alias_of, -1)
    return out
