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
    from .gazetteer import Gazetteer
    from .labels_resolver import LabelResolver
    from .labels_sources import _Glossary

_QUANTIFIERS = {("احد",): "one of the", ("احدي",): "one of the", ("بعض",): "some", ("عدد", "من"): "a number of",
                ("مجموعه", "من"): "a group of", ("كثير", "من"): "many", ("العديد", "من"): "many"}
_FOR = frozenset({"باسم"})
_IN = frozenset({"في"})
_STRIP = "\"'«»“”()[]،,.:؛"
#: a preposition glued to the article (بالحزب، للشركة): what follows is no genitive of a construct
_CLITIC_ARTICLE = ("بال", "لل", "كال", "وال", "فال")


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
    if len(keys[0]) > 4 and keys[0][0] in "وف" and (strip_article(keys[0][1:]),) in gl.roles:
        toks, keys = [toks[0][1:], *toks[1:]], [keys[0][1:], *keys[1:]]  # the conjunction: ودبلوماسيون
    quantifier = ""
    for q, english in _QUANTIFIERS.items():
        if tuple(keys[:len(q)]) == q and len(keys) > len(q):
            quantifier, toks, keys = english, toks[len(q):], keys[len(q):]
            break
    head = _head(gl, keys)
    if head is None:
        return None
    n, noun, number = head
    # the article on the role, or on the second word of a construct (شاهد العيان → the eyewitness)
    definite = any(k.startswith("ال") and len(k) > 3 for k in keys[:n])
    g = gazetteer()
    i = n
    if i < len(keys) and not keys[n - 1].startswith("ال") and not _modifier(gl, g, keys[i]) \
            and keys[i] not in _FOR and keys[i] not in _IN:
        # a role in construct with what it heads (أمير منطقة حائل، رئيس الرابطة، منظمو المعرض)
        of = construct_complement(resolver, toks[i:])
        if of is None:
            return None
        out = " ".join(x for x in (quantifier or "the", noun, "of", of) if x)
        return Label(sanitize_label(out), DESCRIPTION)
    adjs: list[str] = []
    while i < len(keys) and keys[i] not in _FOR and keys[i] not in _IN:
        bare = strip_article(keys[i])
        role = gl.role_adjs.get(bare)
        if role is not None:
            adjs.append(role)
            if i + 1 < len(keys) and keys[i + 1] == "المستوي" and role == "senior":
                i += 1  # رفيع المستوى (high-level): one adjective
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


def _head(gl: _Glossary, keys: list[str]) -> tuple[int, str, str] | None:
    """The role noun opening ``keys``: (its words, English, sg|pl), the longest first (ولي ولي العهد,
    شهود عيان before شهود); a sound masculine plural in construct, its ن dropped (منظمو المعرض،
    مسؤولي الشركة), is read as the plural."""
    for n in (3, 2, 1):
        if len(keys) >= n:
            span = tuple(strip_article(k) for k in keys[:n])  # الأمين العام: both words take the article
            hit = gl.roles.get(span)
            if hit is None and n == 1 and len(keys) > 1 and span[0].endswith(("و", "ي")) and len(span[0]) > 3:
                hit = gl.roles.get((span[0] + "ن",))
                hit = hit if hit is not None and hit[1] == "pl" else None
            if hit is not None:
                return n, hit[0], hit[1]
    return None


def _modifier(gl: _Glossary, g: Gazetteer, key: str) -> bool:
    """A role adjective or a nationality: it qualifies the role before it, it is not what the role heads."""
    bare = strip_article(key)
    return bare in gl.role_adjs or key in g.nationalities or bare in g.nationalities


def construct_complement(resolver: LabelResolver, toks: list[str]) -> str | None:
    """English for what a role heads in a construct (the genitive after it): a place named with its
    complement noun as the glossary's ``drop`` heads list them (منطقة حائل → Hail Region), a body's common
    noun with the article (الرابطة → the league, from the glossary's heads), else a body or a place a
    source knows (:func:`_complement`); None when none does."""
    gl = resolver.glossary
    if gl is None or not toks:
        return None
    keys = [fold(t) for t in toks]
    if keys[0].startswith(_CLITIC_ARTICLE):
        return None  # a preposition (مصادر بالمقاومة: sources IN the resistance), no construct
    if len(keys) > 1 and not _agrees(gl, keys):
        return None  # وزير الخارجية المصري: the adjective is the minister's, not the ministry's
    first = gl.heads.get((strip_article(keys[0]),))
    if first is not None and first[1] == "drop" and len(keys) > 1 and not keys[0].startswith("ال"):
        place = gazetteer().lookup(" ".join(toks[1:]))  # the place alone: no name after it (أمير منطقة X فلان)
        if place is None or place.type != "LOC":
            return None
        label = resolver.resolve(" ".join(toks), "ORG")
        return label.text if label.text and label.source != TRANSLITERATION else None
    if first is not None and not keys[0].startswith("ال"):
        return None  # an indefinite body (رئيس مكتب استشاري): "the head of the Advisory Office" would be wrong
    if len(keys) == 1 and first is not None:
        # (a head with alternatives, القناة canal|channel, is ambiguous: nothing)
        return None if "|" in first[0] else f"the {first[0].lower()}"
    place = gazetteer().lookup(" ".join(toks))
    if place is not None and place.type == "LOC":  # a place takes no article in English: the Emir of Makkah
        label = resolver.resolve(" ".join(toks), "LOC")
        if label.text and label.source != TRANSLITERATION:
            return label.text
    return _complement(resolver, " ".join(toks))


def _agrees(gl: _Glossary, keys: list[str]) -> bool:
    """Whether a modifier ending the complement (a role adjective or a nationality) agrees in gender with
    the complement's first noun (اللجنة الأمنية), so that it belongs to the complement and not to the role
    before it (وزير الخارجية المصري: a masculine adjective after a feminine noun)."""
    last = strip_article(keys[-1])
    if last not in gl.role_adjs and last not in gazetteer().nationalities and keys[-1] not in gazetteer().nationalities:
        return True
    return keys[0].endswith(("ه", "ة")) == last.endswith(("ه", "ة"))


def _complement(resolver: LabelResolver, arabic: str) -> str | None:
    """A body's or a place's English after باسم/في, when a source knows it (not a guess); a body named by
    composition takes "the" (the spokesman for the Ministry of Interior; officials in Mali)."""
    for typ in ("ORG", "LOC"):
        label = resolver.resolve(arabic, typ)
        if label.text and label.source != TRANSLITERATION:
            return f"the {label.text}" if typ == "ORG" and label.source == GLOSSARY else label.text
    return None
