"""English descriptions of speakers and sources named by their role, not by a name (مسؤول أمريكي → "an
American official", مصادر مطلعة → "informed sources", المتحدث الرسمي → "the official spokesman", الناطق
باسم القوات المسلحة المصرية → "the spokesman for the Egyptian Armed Forces").

A quote's speaker or a figure's source is often such a phrase, and a reader who does not read Arabic sees
it in Arabic. The phrase is put into English from data: the role nouns and role adjectives of the
glossary's ``role`` rows (``resources/names/glossary.tsv``, every agreement form listed), the gazetteer's
nationality adjectives, a quantifier in front (أحد, بعض, عدد من) and a complement after ``باسم`` (for) or
``في`` (in) labelled by the resolver. Arabic marks definiteness with the article: الـ → "the", an
indefinite singular takes "a"/"an", an indefinite plural nothing. Every word must be known and the
complement must have a label that is not a guess, else there is no description (None): a description is a
composition, never a transliteration, and is marked so (:data:`DESCRIPTION`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.arabic import strip_article
from .gazetteer import gazetteer
from .labels_match import sanitize_label
from .labels_sources import DESCRIPTION, GLOSSARY, TRANSLITERATION, Label, fold

if TYPE_CHECKING:
    from .labels_resolver import LabelResolver

_QUANTIFIERS = {("احد",): "one of the", ("بعض",): "some", ("عدد", "من"): "a number of",
                ("مجموعه", "من"): "a group of"}
_FOR = frozenset({"باسم"})
_IN = frozenset({"في"})
_STRIP = "\"'«»“”()[]،,.:؛"


def _words(text: str, strip: str = _STRIP) -> list[str]:
    """The words of a phrase, each stripped of the punctuation ``strip`` around it (empty ones dropped);
    :mod:`.labels_speakers` splits speakers' names with it too, with its own ``strip``."""
    return [w for w in (t.strip(strip) for t in text.split()) if w]


def describe_role(resolver: LabelResolver, text: str) -> Label | None:
    """The English description of a role phrase, or None when any part of it is unknown."""
    gl = resolver.glossary
    if gl is None or not gl.roles:  # no glossary, or one without role rows
        return None
    toks = _words(sanitize_label(text))
    if not toks or len(toks) > 12:
        return None
    keys = [fold(t) for t in toks]
    quantifier = ""
    for q, english in _QUANTIFIERS.items():
        if tuple(keys[:len(q)]) == q and len(keys) > len(q):
            quantifier, toks, keys = english, toks[len(q):], keys[len(q):]
            break
    head = None
    for n in (2, 1):  # شهود عيان before شهود
        if len(keys) >= n:
            span = tuple(strip_article(k) for k in keys[:n])  # الأمين العام: both words take the article
            hit = gl.roles.get(span)
            if hit is not None:
                head = (n, hit[0], hit[1])
                break
    if head is None:
        return None
    n, noun, number = head
    # the article on the role, or on the second word of a construct (شاهد العيان → the eyewitness)
    definite = any(k.startswith("ال") and len(k) > 3 for k in keys[:n])
    adjs: list[str] = []
    g = gazetteer()
    i = n
    while i < len(keys) and keys[i] not in _FOR and keys[i] not in _IN:
        bare = strip_article(keys[i])
        role = gl.role_adjs.get(bare)
        if role is not None:
            adjs.append(role)
        else:
            nat = g.nationalities.get(keys[i]) or g.nationalities.get(bare)
            if nat is None:
                return None
            adjs.append(nat.en)
        i += 1
    complement = ""
    if i < len(keys):
        rest = " ".join(toks[i + 1:])
        if not rest:
            return None
        label = _complement(resolver, rest)
        if label is None:
            return None
        complement = ("for " if keys[i] in _FOR else "in ") + label
    # English puts a nationality before the other adjectives: a senior US official, not a US senior one
    core = " ".join([*adjs[::-1], noun]) if len(adjs) > 1 else " ".join([*adjs, noun])
    if quantifier:
        det = quantifier
    elif definite:
        det = "the"
    elif number == "sg" and core.startswith("other "):
        det, core = "another", core[6:]  # تقرير آخر → another report
    elif number == "sg":
        det = "an" if core[:1].lower() in "aeiou" else "a"
    else:
        det = ""
    out = " ".join(x for x in (det, core, complement) if x)
    return Label(sanitize_label(out), DESCRIPTION)


def _complement(resolver: LabelResolver, arabic: str) -> str | None:
    """A body's or a place's English after باسم/في, when a source knows it (not a guess); a body named by
    composition takes "the" (the spokesman for the Ministry of Interior; officials in Mali)."""
    for typ in ("ORG", "LOC"):
        label = resolver.resolve(arabic, typ)
        if label.text and label.source != TRANSLITERATION:
            return f"the {label.text}" if typ == "ORG" and label.source == GLOSSARY else label.text
    return None
