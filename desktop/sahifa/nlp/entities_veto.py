"""Last checks on the arbitrated mentions of one article: a person's mention that the words around it or in
it show to be no person.

Judged on the People sidebar of 40 random SaudiNewsNet articles (session 8; 157 distinct "people", 26 of them
not people), these errors need the words *around* a name, which neither the rules' name detectors nor the
CRF's spans look at once they have chosen:

- **A name after a place's or an institution's head-word** names that place or institution: شارع سليمان
  باشا (a street), حي الشيخ رضوان (a district), مدرسة بن يوسف (a school), مستشفى الملك خالد. The mention
  becomes the place (LOC), body (ORG) or award (MISC) with its head-word, as the gold conventions write them
  (``ملعب محمد الخامس``: LOC, no PERSON; ``مستشفى الملك خالد``: ORG).
- **Words a name cannot be** (:func:`_not_a_person`): a word after a verbal particle (لم ينس), a dual verb
  (يبحثان), a lone nationality after an indefinite noun (مسؤول يمني), a word with "his" (قوله), a passive
  participle (مدفوعة); and أم before a word that is no given name, the conjunction "or" (أم يداوم النزيف،
  متعب أم يداوم), not the kunya Umm (أم محمد). Such a mention is dropped.
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_words import _kept, _Raw, _Tok
from .gazetteer import Gazetteer

__all__ = ["checked"]

#: head-words of places named after a person (the name that follows is the place's), folded
_PLACE_HEADS = frozenset({"شارع", "طريق", "ميدان", "ساحه", "حي", "دوار", "جسر", "مسجد", "جامع", "نفق", "ممشي",
                          "حديقه", "منتزه", "ملعب", "استاد", "مطار", "ميناء", "قصر", "برج"})
#: head-words of institutions named after a person, folded
_BODY_HEADS = frozenset({"مدرسه", "مستشفي", "مستوصف", "جامعه", "كليه", "معهد", "مركز", "مؤسسه", "مكتبه"})
#: head-words of named awards and competitions (MISC in the gold conventions), folded
_MISC_HEADS = frozenset({"جائزه", "كاس"})  # (not بطولة: "بطولة أحمد" is "starring Ahmed" in film credits)
#: after these a word is a verb (لم ينس، قد يبحث، فلما رفعت، أني أثير): no name starts there, folded
_VERB_PARTICLES = frozenset({"لم", "ولم", "فلم", "لن", "ولن", "قد", "وقد", "فقد", "لقد", "سوف", "وسوف", "لما", "ولما",
                             "فلما", "كي", "لكي", "اني", "انني", "اننا", "اننى", "انى"})
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


def _verb_form(key: str, g: Gazetteer) -> bool:
    """A dual or plural imperfect verb (يبحثان، يقولون): ي, a consonant, and ان/ون at the end (not ت: ترومان)."""
    return (5 <= len(key) <= 7 and key[0] == "ي" and key[1] not in "اوي" and key.endswith(("ان", "ون"))
            and key not in g.given_names)


def _not_a_person(eng: _Engine, raws: list[_Raw], r: _Raw) -> bool:
    """A person's mention the words around it or in it show to be no name."""
    toks = eng.toks
    g = eng.g
    prev = r.t0 - 1
    if prev >= 0 and not toks[r.t0].brk and toks[prev].info.key in _VERB_PARTICLES:
        return True  # لم ينس المشرفون، أني أثير أسئلة: a verb
    keys = [toks[k].info.key for k in range(r.t0, r.t1)]
    if any(_verb_form(k, g) for k in keys):
        return True  # خادم الحرمين ورئيس وزراء لبنان يبحثان
    if len(keys) == 2:
        entry = g.by_key.get(keys[1])
        if entry is not None and entry.type == "LOC" and keys[0].endswith("ت") and keys[1] not in g.given_names:
            return True  # رفعت مصر السعر: "Egypt raised" (a verb of the feminine past like the names رفعت، مدحت)
    if len(keys) == 1:
        key = keys[0]
        fuller = any(o.type == "PERSON" and o.t1 - o.t0 >= 2 and any(toks[k].info.key == key
                                                                      for k in range(o.t0, o.t1))
                     for o in raws)
        prev_key = toks[prev].info.key if prev >= 0 and not toks[r.t0].brk else ""
        if key in g.nationalities and not fuller and prev_key and not prev_key.startswith("ال") \
                and toks[prev].info.kind == "a":
            return True  # مسؤول يمني، صحفي تركي: an adjective agreeing with an indefinite noun (اللواء تركي: a name)
        forms = [k for _o, k, _st in toks[r.t0].info.forms]
        if fuller or any(k in g.given_names for k in forms) or prev_key in g.nationalities or prev_key in g.cues:
            return False  # (البرازيلي بيليه، الدكتورة درية: a nationality or a title vouches for a name)
        bare = toks[r.t0].text.rstrip(AR_DIACRITICS)
        if bare.endswith("ه") and any(len(k) >= 4 and k.endswith("ه") and (
                k[:-1] in g.lexicon or k[:-1] in g.common or k[:-1] in g.cues) for k in forms):
            return True  # قوله، ورجاله: a word and "his" (بيليه، معاوية: names)
        if bare.endswith("ة") and len(key) == 6 and key[0] == "م" and key[2] != "ا" and key[3] == "و":
            return True  # الأستاذ مدفوعة، مملوكة للدولة: a passive participle (مفعولة), no name
    return False


def _named_after(eng: _Engine, raws: list[_Raw], r: _Raw) -> _Raw | None:
    """The place, body or award a person's mention names, from its head-word on (شارع محمد فريد، حي الشيخ
    رضوان، منطقة السيدة زينب); None when no free head-word stands right before it."""
    toks = eng.toks
    h = r.t0 - 1
    honorific = h >= 0 and not toks[r.t0].brk and toks[h].info.key in _HONORIFICS
    if honorific:
        h -= 1
    if h < 0 or toks[h + 1].brk:
        return None
    head = _head(toks[h])
    if head is None and honorific and toks[h].info.key in ("منطقه", "مقام"):
        head = ("LOC", toks[h].start)  # منطقة السيدة زينب، مقام الإمام علي: a place named after a saint
    if head is not None and toks[h].info.key == "طريق" and h >= 1 and toks[h - 1].info.key in ("عن", "وعن"):
        return None  # عن طريق محمد: "by way of Mohammed"
    if head is None or any(o.t0 <= k < o.t1 for o in raws for k in range(h, r.t0)):
        return None
    return _Raw(head[1], r.end, h, r.t1, head[0], None, "head", -1)


def _or_inside(eng: _Engine, r: _Raw) -> bool:
    """The mention holds أم before a word that is no given name: "or" (متعب أم يداوم), not the kunya Umm."""
    toks = eng.toks
    return any(toks[k].info.key == "ام" and (k + 1 >= r.t1 or toks[k + 1].info.key not in eng.g.given_names)
               for k in range(r.t0, r.t1))


def checked(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions without the persons that are none and with the places, bodies and awards named after
    someone (others unchanged, in order, non-overlapping; ``alias_of`` points into the new list)."""
    kept: list[int] = []
    out = list(raws)
    for i, r in enumerate(raws):
        if r.type == "PERSON" and r.how != "gaz":
            if _or_inside(eng, r) or _not_a_person(eng, raws, r):
                continue
            place = _named_after(eng, raws, r)
            if place is not None:
                out[i] = place
        kept.append(i)
    return _kept(out, kept)
