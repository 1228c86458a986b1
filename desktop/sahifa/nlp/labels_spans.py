"""A name without a head-word put into English around the place or body it holds (issue #13).

Many organisations and events are named without any head-word the glossary knows, and with a place or a
body inside: بايرن ميونيخ (Bayern Munich; the club's own word is still transliterated: "Bayran Munich"), كتائب حزب الله (Hezbollah Brigades), عيد الرياض (Riyadh Eid). The
composer (:mod:`.labels_compose`) needs a head-word and the headless-name rule (``_headless``) needs every
word known, so such a name used to fall to the entity engine's transliteration, and the place or body it
holds was lost ("Bayran Miwnikh", "Hazb Al-Lah Brigades").

Here the name is read one known phrase at a time by the segmenter (:mod:`.labels_segments`: the longest
phrase the glossary, the gazetteer or GeoNames knows at each word, a person's name after a title or a given
name, a loanword), put in English order (a noun's adjectives before it, a construct of nouns ending in a
name read backwards: عيد الرياض → Riyadh Eid), and only a word nothing knows is transliterated, in its
place. A label that still holds a transliterated word is marked ``transliteration`` (it is partly a
guess); one made only of known words ``glossary``.

Only a name that holds an anchor: a phrase of two words or more, or one word (not a month's name: آب), that
the gazetteer knows as a place or a body, the glossary as a place, or GeoNames as a town of
:data:`ANCHOR_POPULATION` people or more, not written with the article (a village's name, or الخبر, is more
often a common word or a person's name read as a place), and whose label shows a name. Left alone: a name
with a preposition (في, ل): mostly titles of works (صنع في عسير) and companies named by their trade, which
:mod:`.labels_trade` labels, but for a body's branch in a place, put first (الشؤون الصحية بمنطقة مكة
المكرمة → Makkah Region Health Affairs); and an adjective after a place (مصر الجديدة, الهند الشرقية): a
place's own name English does not put word for word; and a region named by an adjective (عيد الشرقية),
whose English is only its Arabic name read.

A first word the gazetteer holds as an organisation's cue but the glossary not as a head-word (كتائب, جماعة,
قبائل) is that head in English, after the rest (كتائب حزب الله → Hezbollah Brigades, as the papers write
كتائب القسام → Al-Qassam Brigades); a group or organisation (جماعة, تنظيم) whose rest is a body the
gazetteer knows is that body (جماعة أنصار الله → Houthis, as جماعة الحوثي is written Houthis).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .gazetteer import gazetteer
from .labels_match import sanitize_label
from .labels_parts import _Seg
from .labels_phrases import _MONTHS, _english, _series
from .labels_sources import GAZETTEER, GLOSSARY, TRANSLITERATION, Label, _geonames_entry, fold

if TYPE_CHECKING:
    from .labels_segments import Segmenter

# a one-word GeoNames place is an anchor only if this many people live there (Munich, Marseille; not a
# village whose Arabic name is also a word or a given name)
ANCHOR_POPULATION = 100_000
# segment kinds a composed headless name may hold: words and names, and و between them
_KINDS = frozenset({"name", "country", "noun", "adj", "nat", "and"})
# cues that only say what a body is: the body's own name is its label (جماعة أنصار الله → Houthis)
_DESCRIPTORS = frozenset({"Group", "Organization"})


def _anchored(seg: Segmenter, keys: Sequence[str]) -> bool:
    """Whether a part of the name, shorter than the whole, is a place or a body a table knows."""
    assert seg.glossary is not None
    g = gazetteer()
    n = len(keys)
    limits = seg._span_limits()  # the longest phrase each word starts in these tables
    for i in range(n):
        for m in range(min(n - 1, n - i, limits.get(keys[i], 1)), 0, -1):
            joined = " ".join(keys[i:i + m])
            if m == 1 and joined in _MONTHS:
                continue  # آب: the month, not Ibb
            entry = g.by_key.get(joined)
            if entry is not None and entry.type in ("LOC", "ORG"):
                return True
            word = seg.glossary.words.get(tuple(keys[i:i + m]))
            if word is not None and word[1] == "name":  # the glossary's places (النعيرية)
                return True
            place = seg.geonames.get(joined)
            if place is not None and (m > 1 or (_geonames_entry(place)[1] >= ANCHOR_POPULATION
                                                and not joined.startswith("ال"))):
                return True  # (الخبر, البسيط: common words GeoNames also has as towns)
    return False


def _cue_head(seg: Segmenter, keys: Sequence[str]) -> str:
    """The English of the name's first word when the gazetteer holds it as an organisation's cue and the
    glossary does not know it (كتائب → Brigades); "" otherwise."""
    assert seg.glossary is not None
    first = keys[0]
    if (first,) in seg.glossary.words or (first,) in seg.glossary.heads:
        return ""
    for toks, cue in gazetteer().cues.get(first, []):
        if toks == (first,) and getattr(cue, "role", "").startswith("org"):
            return str(getattr(cue, "en", ""))
    return ""


def _text(segs: Sequence[_Seg]) -> str:
    return sanitize_label(_series(_english(segs)))


def spanned_label(seg: Segmenter, name: str, typ: str) -> Label | None:
    """The English of an organisation's or an event's name of two words or more, with no head-word,
    that holds a known place or body (see the module's doc); None for any other name."""
    if typ not in ("ORG", "MISC") or seg.glossary is None:
        return None
    toks = name.split()
    if len(toks) < 2:
        return None
    keys = [fold(t) for t in toks]
    if not _anchored(seg, keys):
        return None
    if any(seg._region(toks, keys, i) is not None for i in range(len(keys))):
        return None  # عيد الشرقية: an adjective that is also a region; its name is read, not known
    head = _cue_head(seg, keys)
    if head:
        rest = " ".join(keys[1:])
        body = gazetteer().by_key.get(rest)
        if body is not None and body.type == "ORG" and head in _DESCRIPTORS:
            return Label(sanitize_label(body.label_en), GAZETTEER)  # جماعة أنصار الله → Houthis
        toks, keys = toks[1:], keys[1:]
    segs = seg._segments(toks, keys)
    place = ""
    if typ == "ORG" and not head and len(segs) > 2 and segs[-2].kind == "in" and segs[-1].known \
            and segs[-1].kind in ("name", "country"):
        # a body's branch in a place (الشؤون الصحية بمنطقة مكة المكرمة): the place first, as English
        # papers name the branch (Makkah Region Health Affairs)
        place, segs = segs[-1].text, segs[:-2]
        if not all(s.known for s in segs) or not any(s.kind == "noun" for s in segs):
            return None  # شعبة المصالح … في هافانا: a guess before the place; سعوديون في أميركا: no body
    if not segs or any(s.kind not in _KINDS for s in segs):
        return None
    if not place and not any(s.known and s.kind in ("name", "country") for s in segs):
        return None  # البحرية الهندية: words only, no place or body read
    if any(a.kind in ("name", "country") and b.kind == "adj" for a, b in zip(segs, segs[1:], strict=False)):
        return None  # مصر الجديدة: a place's own name
    text = " ".join(x for x in (place, _text(segs), head) if x)
    if not text:
        return None
    text = text[:1].upper() + text[1:]
    return Label(text, GLOSSARY if all(s.known for s in segs) else TRANSLITERATION)
