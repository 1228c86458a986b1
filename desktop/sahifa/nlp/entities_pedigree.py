"""A pedigree after a title names its father whatever word he bears (session 15, round 2, #12).

In ``الشيخ سالم بن نومة`` or ``اللواء فهد بن مطر`` the title and the given name make the mention a person's, and
بن/بنت says that a father's or a family name follows: so the word after it is that name even when the dictionary
reads it as a common noun (نومة "sleep", مطر "rain"), where the ordinary rule wants a given name or a word
that is no common word. Only a plain word qualifies: a word of the script, of three letters or more, that is no
function word, no title or head-word, no entity of the gazetteer, and carries no ل/ب of a complement
(بن لمرض: no father's name) nor و of a second item.

Session 16: the other way round, :func:`given_before_pedigree` reads the word before بن as the given name when no
list knows it (مدير التعليم عواض بن أحمد الزهراني، نهار بن سعد العتيبي), provided a given name follows بن and a family
name follows that: without it the rules started the person at the father's name (أحمد الزهراني), the CRF proposed
the whole name and the arbiter, seeing the two disagree, kept neither.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.arabic import fold
from .entities_words import _AL, _FUNCTION_WORDS, _SPEECH, _verb_shaped
from .lexicon import reading

if TYPE_CHECKING:
    from .entities_engine import _Engine
    from .entities_people import _People

#: prepositions that take a participle's complement (المنتمي إلى، المسؤول عن), folded
_ADJ_PREPS = frozenset({"الي", "علي", "عن", "من", "مع", "لدي"})

#: words that never follow بن as a name (function words, folded)
_NOT_NAMES = frozenset({
    "في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "ان", "او", "ثم", "قد", "لم", "لن", "هذا", "هذه", "ذلك",
    "تلك", "كان", "كانت", "بعد", "قبل", "عند", "حيث", "كما", "لدي", "منذ", "حتي", "خلال", "بين", "غير", "نحو",
})


def titled_pedigree(scan: _People, k: int) -> bool:
    """Token ``k``, right after بن/بنت that follows a titled given name, is the father's or family name."""
    if not scan.contiguous(k):
        return False
    tok = scan.toks[k]
    key = tok.info.key
    if tok.info.kind != "a" or len(key) < 3 or key in _NOT_NAMES or key.startswith(_AL + "ل"):
        return False
    if scan.cue_at(k) is not None:
        return False
    gz = scan.gaz_at(k)
    if gz is not None and gz[2].type != "PERSON":
        return False
    given = key in scan.g.given_names
    if not given and tok.text[:1] in "وف" and len(tok.info.forms) > 1:
        return False  # بن سالم وفهد …: و + a word starts the next item
    return given or not scan.lam_noun(k)


def _plain_given(scan: _People, j: int) -> bool:
    """Token j may be a given name no list knows (نهار "daytime"): a word of the script on the line
    of the next, no article, no title, nationality, function word, speech verb, verb shape or pure verb, no
    entity of the gazetteer."""
    tok = scan.toks[j]
    key = tok.info.key
    g = scan.g
    if tok.info.kind != "a" or len(key) < 2 or key.startswith(_AL) or key in g.cues or key in g.nationalities \
            or key in g.given_names or key in _FUNCTION_WORDS or key in _SPEECH or key in _NOT_NAMES \
            or (key[:1] in "وف" and key[1:] in _SPEECH):
        return False
    if _verb_shaped(key) or scan.gaz_at(j) is not None:
        return False
    r = reading(key)
    return not (r is not None and r[0] == "v" and r[2] >= 6)  # دشن، افتتح: a verb


def given_before_pedigree(scan: _People, i: int) -> int:
    """At بن/بنت (token ``i``): the end token of a name that starts with the word just before it when that word
    is no known given name (مدير التعليم عواض بن أحمد الزهراني، رئيس المركز نهار بن سعد العتيبي), the father's
    name is a given name and a family name follows (a nisba, also one that is a word: الشهري); else 0. The word
    before a pedigree is its bearer's given name, whatever the dictionary reads it as."""
    j = i - 1
    if j < 0 or not scan.contiguous(i) or scan.toks[i].info.key not in ("بن", "بنت") or not scan.contiguous(i + 1) \
            or scan.toks[i].brk or not _plain_given(scan, j):
        return 0
    if not scan.pedigree_given(i + 1):
        return 0
    end = i + 2
    if scan.toks[i + 1].info.key == "عبد" and scan.contiguous(end) and scan.toks[end].info.key.startswith(_AL):
        end += 1  # بن عبد الله
    if scan.family_name(end) or scan.word_nisba(end):
        return end + 1
    return 0


def word_father(scan: _People, k: int, after_bin: bool) -> bool:
    """Token ``k`` is a father's name that is also a common word (وصل، خلف), between a given name (or بن after
    one, ``after_bin``) and the family nisba that ends the name: محمد بن وصل الأحمدي، المواطن عقلا خلف العنزي
    (session 16, round 2; blind batch 11). A plain word as :func:`titled_pedigree` wants it, then a nisba shaped
    like a family name (ال…ي, no dictionary word) and the end of the name (punctuation, أن، في …). Without بن the
    word must not be a frequent verb (the nisba would be its subject or object) and the nisba no known body."""
    if not scan.contiguous(k) or scan.toks[k].info.key.startswith(_AL):
        return False
    if after_bin and scan.toks[k].text[:1] == "و" and len(scan.toks[k].info.key) >= 3:
        pass  # بن وصل: after بن a و starts the father's name, no second item (a name does not end with بن)
    elif not titled_pedigree(scan, k) or len(scan.toks[k].info.forms) > 1:
        return False
    if not scan.family_name(k + 1) or not scan.name_end(k + 2):
        return False
    if after_bin:
        return True
    if scan.toks[k + 1].info.key.startswith(_AL + "م") and scan.contiguous(k + 2) \
            and scan.toks[k + 2].info.key in _ADJ_PREPS:
        return False  # (تيم) نونان المنتمي إلى …: a participle and its complement, no family name
    key = scan.toks[k].info.key
    if key in scan.g.given_names or _verb_shaped(key) or key in _NOT_NAMES or scan.known_body(k + 1):
        return False
    r = reading(key)
    return not (r is not None and r[0] == "v")


#: royal titles (folded): a prince's or a king's name is his pedigree (X بن Y), no family name after it
_ROYAL = frozenset(fold(w) for w in ("الأمير", "الأميرة", "الملك", "سمو", "الامير"))
_TITLE_ROLES = frozenset(("title", "title_direct"))


def crf_bad_edge(eng: _Engine, typ: str, t0: int, t1: int) -> bool:
    """Did the tagger's own probabilities take in, at an edge of its span, a word no name of that type has there
    (session 16, after its ``extend`` arbitration)? A person's title that starts an organisation's span (مدرب الفريق
    (الرئاسة العامة …): الفريق is a rank, no word of the body; not an abbreviation: د ب أ), or a definite common noun
    after a royal title's X بن Y (الأمير مشعل بن فهد (المؤتمر): the object; a commoner's X بن Y المطرب keeps his
    family name, which may be a common word). Such a span is never accepted (session 17: it was trimmed after
    arbitration, where it had already displaced the rule spans it touched)."""
    from .entities_personedges import _ALLAH, _PRAYERS  # (here: entities_personedges imports the engine)

    toks = eng.toks
    if typ == "PERSON" and any(toks[k].info.key in _PRAYERS and toks[k + 1].info.key == _ALLAH
                               for k in range(t0 + 1, t1 - 1)):
        return True  # ابن (عباس رضي الله) عنهما: a prayer said after the name (entities_personedges), session 17
    if typ == "ORG" and t1 - t0 > 1 and len(toks[t0].info.key) > 2 and (c := eng.cue_at(t0)) is not None \
            and c[1] == t0 + 1 \
            and c[2].role in _TITLE_ROLES:
        return True
    return typ == "PERSON" and t1 - t0 == 4 and t0 > 0 and toks[t0 - 1].info.key in _ROYAL \
        and toks[t0 + 1].info.key == "بن" and toks[t1 - 1].info.key.startswith(_AL) \
        and not eng.family_name(t1 - 1) and (lex := reading(toks[t1 - 1].info.key)) is not None \
        and lex[1] == 0 and "n" in lex[0]
