"""Words after a title that are no name: the title fallback's precision (session 17).

After a direct title (الحارس، المهاجم، الوزير، الدكتور …) the rule engine takes one or two unknown words as the
person's name (جياكر أمد، قديروف). In news the title is as often used as a plain noun, followed by what is said
of it: an adjective (هدف نظيف سجله), an imperfect verb (صورة المهاجم يتوسّط رشّاشين) or a noun in construct
(المهاجم البرازيلي هالك نجم فريق …). Arramooz (:mod:`sahifa.nlp.lexicon`) tells these apart from names: a word it
reads often (level 8: 10,000 times or more) and never as a proper noun, a verb's imperfect, or a word followed by
a noun carrying a possessive pronoun (سجله "his record": a name's word never does) is no name.
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_scan import _Scan
from .lexicon import entry, reading

__all__ = ["common_after_title", "head_of_construct", "possessed_next", "verb_after_title"]

_AL = "ال"

#: prepositions and adverbs of place or time that take a pronoun, folded (عنده، قبلها، معهم)
_ADVERBS = frozenset({"عند", "قبل", "بعد", "مع", "لدي", "فوق", "تحت", "بين", "امام", "خلف", "حول", "دون", "ضد",
                      "منذ", "لدى", "عن", "من", "في", "علي", "الي", "له", "ل", "ب"})

#: function words that go on a clause, as written (على folds like the name علي)
_FUNCTION = frozenset({"على", "إلى", "الى", "في", "من", "عن", "لا", "لم", "ولا", "ولم", "مع", "أن", "إن", "بين"})

#: possessive pronouns on a noun, as written ("his", "her", "their", "their two"); ه last (ـها before ـه)
_POSSESSIVE = ("هما", "هم", "ها", "ه")


def common_after_title(eng: _Scan, k: int, second: bool = False) -> bool:
    """Token k is a word the dictionary reads often (level 8 and above) and never as a proper noun: an adjective,
    a noun or a verb (نجم "star", سابق "former", جديد "new"), also in the accusative (قادرا), not a given name of the engine's lists. A foreign
    name that happens to be a rare Arabic word (هالك "perishing", level 7) stays a name. ``second``: the word
    after an unknown first one (a foreign family name in ـا is no accusative there: ماتيوس كونيا)."""
    tok = eng.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or key.startswith(_AL) or key in eng.g.given_names or len(key) < 3:
        return False
    r = reading(key)
    if (r is None or r[1] < 0) and key.endswith("ا") and len(key) >= 4 and not second:  # (ماتيوس كونيا)
        st = entry(key[:-1])  # قادرا: the accusative of an adjective (بدا المهاجم قادرا); a name takes no tanween,
        # so a stem that is a name once in ten uses (قادر) is the adjective here
        return st is not None and ("a" in st[0] or "n" in st[0]) and 0 <= st[1] <= 1 and st[2] >= 8 \
            and _clause_next(eng, k + 1)
    if r is None or "p" in r[0] or r[1] != 0:
        return False
    if second and r[0] == "v":
        return False  # ماكي سال: a family name that is a verb too ("flowed"); a verb after a name is rare in news
    # verbal nouns name people more often than adjectives do (رعد، عجب، هول، اعتزاز): only the very frequent (بطل، قسم)
    return r[2] >= (10 if "m" in r[0] else 8)


def _clause_next(eng: _Scan, k: int) -> bool:
    """Token k goes on a clause, not a name: punctuation, a line end, a word the dictionary does not read (a
    function word: على، لا) or a common word never a proper noun, not a given name (سلفا كير، عقلا خلف العنزي:
    names in ـا, then the rest of the name)."""
    if not eng.contiguous(k) or eng.toks[k].info.kind != "a":
        return True
    key = eng.toks[k].info.key
    if eng.toks[k].text.rstrip(AR_DIACRITICS) in _FUNCTION:
        return True
    if key in eng.g.given_names or key.startswith(_AL):
        return key not in eng.g.given_names and not key.endswith("ي")  # (a family nisba goes on a name)
    if eng.contiguous(k + 1):
        after = eng.toks[k + 1].info.key
        if after.startswith(_AL) and after.endswith("ي") and after not in eng.g.nationalities:
            return False  # عقلا خلف العنزي: the father's name, then the family nisba
    r = reading(key)
    if r is not None and r[1] < 0 and key.endswith("ا") and len(key) >= 4:
        st = entry(key[:-1])  # اعتذارا جميلا: an accusative noun and its agreeing adjective
        return st is not None and "a" in st[0] and 0 <= st[1] <= 1 and st[2] >= 8
    return r is None and len(key) <= 3 or r is not None and r[1] == 0 and r[2] >= 9


def verb_after_title(eng: _Scan, k: int) -> bool:
    """Token k is an imperfect verb (يتوسّط "stands in the middle of", تواصل): ي or ت then a stem the dictionary
    reads as a verb and never as a proper noun, the word itself unknown or read as a verb only. Not a known given
    name (ياسين، تامر)."""
    tok = eng.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or key[:1] not in ("ي", "ت") or len(key) < 5 or key in eng.g.given_names:
        return False  # (four letters: تاي، تيم are foreign names as often as verbs)
    r = reading(key)
    if r is not None:
        return r[0] == "v" and r[1] <= 0
    stem = reading(key[1:])
    return stem is not None and "v" in stem[0] and "p" not in stem[0] and stem[1] <= 0 and stem[2] >= 6


def possessed_next(eng: _Scan, k: int, known_before: bool = True) -> bool:
    """Token k, right after the word before it, is a noun or verb with a possessive or object pronoun as written
    (سجله "his record", تاريخها): the word without it is a frequent dictionary word never a proper noun. What
    precedes it is then a phrase (هدف نظيف سجله "a clean goal, he scored it"), not a name: no name goes on with a
    pronoun. ه, not the ة of a family name (عطية). With ``known_before`` the word before must be a dictionary word
    seldom a name (not الروائي سالنجر قبلها)."""
    if not eng.contiguous(k) or eng.toks[k].info.kind != "a":
        return False
    tok = eng.toks[k]
    key = tok.info.key
    bare = tok.text.rstrip(AR_DIACRITICS)
    if key.startswith(_AL) or key in eng.g.given_names:
        return False
    before = reading(eng.toks[k - 1].info.key)
    if known_before and (before is None or before[1] > 1):
        return False  # الروائي سالنجر قبلها: an unknown word (a foreign name) before it stays a name
    for suf in _POSSESSIVE:
        if bare.endswith(suf) and len(key) - len(suf) >= 3:
            stem = key[: len(key) - len(suf)]
            if stem in _ADVERBS:
                return False  # (a name) عنده، قبلها: a preposition with its pronoun goes on the clause
            r = reading(stem)
            return r is not None and "p" not in r[0] and r[1] <= 0 and r[2] >= 8
    return False


def head_of_construct(eng: _Scan, k: int) -> bool:
    """Token k is a frequent common word never a proper noun (also one the given-name list has as a word too: نجم
    "star", Najm) followed, in the same clause, by an indefinite dictionary word never a proper noun: the head of a
    construct (هالك نجم فريق زينيت "Hulk, star of the Zenit team"), not a father's name (which a family name
    follows)."""
    tok = eng.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or key.startswith(_AL) or len(key) < 3 or not eng.contiguous(k + 1):
        return False
    g0 = eng.g.given_names.get(key)
    if g0 is not None and not g0.ambiguous:
        return False
    r = reading(key)
    if r is None or "p" in r[0] or r[1] != 0 or r[2] < 8 or r[0] == "v":
        return False  # (ماكي سال رئيس …: a verb heads no construct)
    nxt = eng.toks[k + 1]
    nk = nxt.info.key
    if nxt.info.kind != "a" or nk.startswith(_AL) or nk in eng.g.given_names:
        return False
    rn = reading(nk)
    return rn is not None and rn[1] == 0 and rn[2] >= 8  # (فريق: a proper noun in the tags, never in use)
