"""The checks a statistical model's span (the CRF's, CAMeL's) must pass to become a mention: where it starts
after a clitic (:func:`_crf_start`), whether a PERSON span could be a name (:func:`_crf_person_ok`) and where it
is cut into two people (:func:`_crf_person_parts`), and the word tests they share."""

from __future__ import annotations

from typing import Any

from ..core.arabic import AR_DIACRITICS, strip_article
from .entities_engine import _Engine
from .entities_words import (
    _AL,
    _FUNCTION_SPELT,
    _FUNCTION_WORDS,
    _KUNYA,
    _PARTICLES,
    _accusative,
    _common_reading,
    _verb_shaped,
)
from .lexicon import reading

_CASE_ENDINGS = frozenset("\u064c\u064d\u064f\u0650")  # tanween of the nominative/genitive, damma, kasra


def _crf_start(eng: _Engine, t0: int) -> int:
    """Character offset where a CRF span starting at token ``t0`` begins: after a clitic (و ف ب ل ك) when
    the rest is a known word and the whole is not, or the rest starts with the article (والرياض), or the
    whole is a common word (بعيد), or after و/ف before 3+ letters when the whole is no known word."""
    tok = eng.toks[t0]
    info = tok.info
    if len(info.forms) == 1:
        return tok.start
    g = eng.g
    full = info.key
    known_full = full in g.by_key or full in g.given_names or full in g.cues or eng.is_lex(full) \
        or strip_article(full) in g.by_key
    for off, k, stripped in info.forms[1:]:
        if not stripped:
            continue
        if k.startswith(_AL) and len(k) > 3:
            return tok.start + off
        if not known_full and (k in g.by_key or k in g.given_names or k in g.cues or k in g.nationalities
                               or strip_article(k) in g.by_key):
            return tok.start + off
        if full in g.common:
            return tok.start + off  # بعيد الفطر: a common word is no name, its ب is a clitic
        if not known_full and off == 1 and tok.text[0] == "و" and len(k) >= 3:
            return tok.start + off  # وقاصدي الحرمين: و is a conjunction (a name with و is a given name)
            # (not ف: names start with it far more often than ف joins one: فيدال، فرانس، فيروس)
    return tok.start


#: the function words (``_FUNCTION_WORDS``) that start with a hamza on the alef, as they are spelt (derived from the
#: one list, so the two cannot drift): a word written with the other hamza is another word (إمام "imam" and a
#: family name, not أمام "before")
_HAMZA_FUNCTION = frozenset(w for w in _FUNCTION_SPELT if w[:1] in "أإ")


def _function_word(tok: Any) -> bool:
    """Is the token a function word (في، أمام)? Not when written with a hamza the function word does not have."""
    if tok.info.key not in _FUNCTION_WORDS:
        return False
    text = "".join(ch for ch in tok.text if ch not in AR_DIACRITICS)
    return text[:1] not in "أإ" or text in _HAMZA_FUNCTION


def _crf_person_ok(eng: _Engine, t0: int, t1: int, names: frozenset[str] = frozenset()) -> bool:
    """Could the CRF's PERSON span be a name? Not when a word of it is a frequent common word, a verb's
    shape, an accusative or a feminine plural (اضطرابات الأكل، سن اليأس، نوبات الاختلاج), unless it is a
    given name; not when it is only one common word; not a definite description (:func:`_definite_description`);
    not a lone given name that is also a word, in construct with a definite common noun (إلى صالح الأعمال)."""
    g = eng.g
    for k in range(t0, t1):
        tok = eng.toks[k]
        if tok.info.kind == "l":
            continue
        if tok.info.kind != "a":
            return False
        key = tok.info.key
        if tok.text[-1] in _CASE_ENDINGS:
            return False  # فارسُ العيد: a word with its case ending is poetry or prose, not a name in the news
        if key in g.given_names or strip_article(key) in g.by_key:
            continue
        if _common_reading(tok.text) or _verb_shaped(key) or _accusative(tok.text) or (
                len(key) >= 5 and key.endswith("ات")):
            return False
        if tok.text[0] in "وف" and len(tok.info.forms) > 1 and _verb_shaped(tok.info.forms[1][1]) \
                and tok.info.forms[1][1] not in g.given_names:
            return False  # وستقوم جولي: a conjunction + a verb
        if k > t0 and _function_word(tok):
            return False  # نيمار من سانتوس، العازمي إني: a function word inside is no part of a name
        if k > t0 and key.startswith(_AL) and key.endswith("يه") and len(key) >= 6:
            return False  # (مدينة الأمير) سلطان الطبية: a feminine adjective is no family name
    if t1 - t0 >= 2 and _definite_description(eng, t0, t1):
        return False
    if t1 - t0 == 1:
        gn = g.given_names.get(eng.toks[t0].info.key)
        if gn is not None and gn.ambiguous and eng.toks[t0].info.key not in names \
                and not (t0 > 0 and eng.cue_at(t0 - 1) is not None):
            return False  # و أبان أن …: a lone given name that is also a word (explained), with no title before
            # it and no longer name of the article starting with it (نصر الدين … نصر)
        if gn is not None and gn.ambiguous and t1 < eng.n and not eng.toks[t1].brk \
                and (nk := eng.toks[t1].info.key).startswith(_AL) and not eng.family_name(t1) \
                and (r := reading(nk)) is not None and ("n" in r[0] or "m" in r[0]) and "p" not in r[0] and r[1] <= 0:
            return False  # (إلى) صالح الأعمال: a word that is also a given name, in construct with a definite
            # common noun that is never a name (session 17: a retrained CRF copied صالح of صالح العمري there)
    return True


def _definite_description(eng: _Engine, t0: int, t1: int) -> bool:
    """Are the words [t0, t1) all definite, none a given name, and the last an adjective the dictionary never
    reads as a name (الجابوني الخطير، الفارسي المحتل: "the dangerous Gabonese", a description before the name;
    not الحسن الثاني، الفيصل العظيم, which the dictionary also reads as names)?"""
    toks = eng.toks
    if any(not toks[k].info.key.startswith(_AL) or toks[k].info.key in eng.g.given_names for k in range(t0, t1)):
        return False
    r = reading(toks[t1 - 1].info.key)
    return r is not None and "a" in r[0] and "p" not in r[0] and r[1] <= 0 and r[2] >= 7


def _generic_word(eng: _Engine, k: int) -> bool:
    """Is token k a head-word (جمهورية، منطقة) and no gazetteer name, in any of its clitic readings? (Common
    words alone do name outlets and places: الرياضي، الشرقية.)"""
    g = eng.g
    tok = eng.toks[k]
    if tok.info.kind != "a" or eng.gaz_at(k) is not None:
        return False
    return any(key in g.cues and not key.startswith(_AL) for _o, key, _st in tok.info.forms)  # (المدينة: Medina)


def _preposition_word(eng: _Engine, k: int) -> bool:
    """Token k is ب/ل/ك + a given name or a common word, and not itself a given name (بعودة، لأحمد; not كمال)."""
    tok = eng.toks[k]
    g = eng.g
    if tok.info.kind != "a" or tok.text[0] not in "بلك" or tok.info.key in g.given_names or len(tok.info.forms) < 2:
        return False
    rest = tok.info.forms[1][1]
    if rest in g.given_names or rest in g.common or rest in g.lexicon:
        return True
    hit = eng.gaz_at(k)  # فيدال ببايرن: ب + a known club or place
    return hit is not None and hit[0] > 0 and hit[2].type in ("ORG", "LOC")


def _person_lead(eng: _Engine, k: int) -> bool:
    """Is token k a title, a nationality or another definite common word that may precede a name?"""
    key = eng.toks[k].info.key
    g = eng.g
    if key in g.given_names or key in g.by_key or key in _PARTICLES or key in _KUNYA:
        return False
    return key in g.nationalities or key in g.cues or (key.startswith(_AL) and (
        key in g.lexicon or key in g.common or strip_article(key) in g.cues or key.endswith(("ان", "ون"))))


def _crf_person_parts(eng: _Engine, t0: int, t1: int) -> list[tuple[int, int]]:
    """A CRF PERSON span cut where a word starts with the conjunction و (عبد الغني وهزازي، السهلاوي
    وفتيني: two people); a word that is itself a given name or a known name (وليد، وائل) does not cut, nor
    an unknown word right after a lone given name (a given name and a family name that starts with و: يوسف
    وهبي، سام ورثينغتون), unless what follows و is a given name (محمد وعبدالمحسن: two people)."""
    g = eng.g
    parts = []
    a = t0
    while a < t1 - 1 and _person_lead(eng, a):
        a += 1  # السيناتوران الجمهوري بوب كروكر: titles and adjectives before the name are not part of it
    for k in range(a + 1, t1):
        tok = eng.toks[k]
        key = tok.info.key
        if tok.info.kind == "a" and key[:1] == "و" and key not in g.given_names and key not in g.by_key \
                and len(tok.info.forms) > 1 and (tok.info.forms[1][1] in g.given_names
                                                 or tok.info.forms[1][1].startswith("عبد")
                                                 or (len(key) >= 4 and key[1] not in "اوي"
                                                     and not (k - a == 1 and eng.toks[a].info.key in g.given_names))):
            parts.append((a, k))
            a = k
    parts.append((a, t1))
    out = []
    for p0, p1 in parts:
        while p1 - p0 > 1 and (eng.toks[p1 - 1].info.key in _PARTICLES or eng.toks[p1 - 1].info.key in _KUNYA
                               or _function_word(eng.toks[p1 - 1]) or _preposition_word(eng, p1 - 1)):
            p1 -= 1  # الحسن بن، فضل ابو: a name does not end with بن or أبو (the rest is outside the span);
            # ناصر بعودة: nor with a preposition + a word
        out.append((p0, p1))
    return out
