"""A person the article named in full and then by the given name alone (فجر إبراهيم … وأوضح فجر، "معاذ الخلف" …
"معاذ" يعلمنا): the later given name is that person.

Pass 2 of the rule engine (:meth:`sahifa.nlp.entities_engine._Engine.pass2`) copies whole names and family names to
their other occurrences; a given name alone was left out, because given names are also words (فجر "dawn", صالح
"good") and other people share them. Feature stories and interviews call their subject by the given name, and the
gold annotates those mentions. Here a given name alone becomes a copy of the full name (``how`` "prop", its alias,
so the CRF may veto it and canonicalisation joins it to the full name) when:

* the full name is a rule person of two words or more that starts with the given name as written (no clitic),
  and it is the only such person of the article with that given name;
* the given name stands alone: not after بن، أبو، عبد or another given name (a father's name in a pedigree), not
  before a word that may continue a name;
* a given name that is also a common word (the gazetteer's ambiguous ones, or one that Arramooz's frequency list
  sees as a proper noun at most half the time: معاذ، صالح، فجر) needs a sign it is a name: a speech verb or a
  quotation mark right before it, or a verb right after it.

:func:`common_family_word` tells pass 2 the other way round: a "family name" that is a frequent common noun after a
given name that is also a word (تقي الجسم "protects the body") is not looked for alone in the rest of the article.
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_people import _COMPOUNDS
from .entities_scan import _Scan
from .entities_words import _AL, _KUNYA, _PARTICLES, _SPEECH, _covered, _Raw, _verb_shaped
from .lexicon import reading

__all__ = ["common_family_word", "compound_name_copies", "first_name_copies"]

_QUOTES = frozenset("\"«“'")
#: second words of compound given names (نور الدين): the first word alone is no name
_COMPOUND_TAILS = frozenset({"الدين", "الله", "الاسلام", "الرحمن", "الحق"})


def _common_given(scan: _Scan, key: str) -> bool:
    gn = scan.g.given_names[key]
    if gn.ambiguous:
        return True
    r = reading(key)
    return r is not None and r[0] != "p" and 0 <= r[1] <= 5


def _unknown(scan: _Scan, k: int) -> bool:
    """Token k is a word no list knows (نافين، ويدي): as likely a name's first part (not سر "secret", a speech verb,
    a title or a function word)."""
    key = scan.toks[k].info.key
    g = scan.g
    return reading(key) is None and key not in g.cues and key not in _SPEECH and key not in g.common \
        and not scan.is_lex(key) and not _verb_shaped(key) and key not in g.nationalities and len(key) >= 3 \
        and not any(st and (reading(fk) is not None or fk in g.common) for _o, fk, st in scan.toks[k].info.forms)


def _word(key: str) -> bool:
    """The given name is also a common word in the dictionary (حسن "good", نعيم "bliss")."""
    r = reading(key)
    return r is not None and r[0] != "p" and r[1] < 10


def _signed(scan: _Scan, i: int, off: int) -> bool:
    """A speech verb or a quotation mark right before token i, or a verb right after it."""
    toks = scan.toks
    if off == 0 and i > 0 and not toks[i].brk:
        prev = toks[i - 1]
        if prev.text in _QUOTES:
            return True
        pk = prev.info.key
        if pk in _SPEECH or (pk[:1] == "و" and pk[1:] in _SPEECH):
            return True
    nxt = i + 1
    if nxt < scan.n and not toks[nxt].brk and toks[nxt].text in _QUOTES:
        nxt += 1  # "معاذ" يعلمنا
    return nxt < scan.n and not toks[nxt].brk and toks[nxt].info.kind == "a" and _verb_shaped(toks[nxt].info.key)


def first_name_copies(scan: _Scan) -> list[_Raw]:
    """Copies of the article's full names at their given names standing alone (not yet covered by a mention)."""
    g = scan.g
    toks = scan.toks
    firsts: dict[str, int] = {}
    names: dict[str, set[str]] = {}
    for idx, r in enumerate(scan.raws):
        if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.start != toks[r.t0].start:
            continue
        key = toks[r.t0].info.key
        if key not in g.given_names or key in _KUNYA or key in _PARTICLES or key == "عبد" \
                or toks[r.t0 + 1].info.key in _COMPOUND_TAILS:
            continue
        if len(key) < 3:
            continue  # لي (Lee) is "to me" too
        if any(t.info.key.startswith("يا") and reading(t.info.key[2:]) is not None for t in toks[r.t0 + 1:r.t1]):
            continue  # نعيم ياعم "bliss, man!": a vocative, no family name
        firsts.setdefault(key, idx)
        names.setdefault(key, set()).add(" ".join(t.info.key for t in toks[r.t0:r.t1]))
    for key, full in names.items():
        if len(full) > 1:
            del firsts[key]  # two people with the same given name: the name alone is neither for sure
    if not firsts:
        return []
    covered = _covered(scan.n, scan.raws)
    out: list[_Raw] = []
    for i, tok in enumerate(toks):
        if covered[i] or tok.info.kind != "a":
            continue
        hit = None
        for off, key, stripped in tok.info.forms[:2]:
            if key in firsts and (not stripped or tok.text[:1] == "و"):
                hit = (off, key)
                break
        if hit is None:
            continue
        off, key = hit
        if key in g.given_yeh and tok.text.rstrip(AR_DIACRITICS).endswith("ى"):
            continue  # على (on), not علي (Ali)
        if i > 0 and not tok.brk and (toks[i - 1].info.key in _PARTICLES or toks[i - 1].info.key in _KUNYA
                                      or toks[i - 1].info.key == "عبد" or toks[i - 1].info.key in g.given_names):
            continue  # بن سعود، أبو صالح: a father's name
        if i > 0 and not tok.brk and off == 0 and toks[i - 1].info.kind == "a" and (
                _unknown(scan, i - 1) or scan.family_name(i - 1)):
            continue  # ويدي أحمد، نافين جين: the end of a name the detectors did not take whole
        if scan.contiguous(i + 1) and (toks[i + 1].info.key in g.given_names or toks[i + 1].info.key in _PARTICLES
                                       or (scan.name_like(i + 1) and not toks[i + 1].info.key.startswith(_AL)
                                           and not _verb_shaped(toks[i + 1].info.key))):
            continue  # another name may go on here
        if scan.contiguous(i + 1) and toks[i + 1].info.key.startswith(_AL) and (
                scan.family_name(i + 1) or _word(key)):
            continue  # (فهد الشمري: another person's full name the detectors left); حسن الجوار: a word's construct
        if _common_given(scan, key) and not _signed(scan, i, off):
            continue
        src = firsts[key]
        r = scan.raw(i, off, i + 1, "PERSON", None, "prop")
        r.alias_of = src
        out.append(r)
        covered[i] = 1
    return out


def compound_name_copies(scan: _Scan) -> list[_Raw]:
    """Copies of the article's full names at their compound given names standing alone (عز الدين ذو الفقار …
    وكان عز الدين يستعد، لقد كان عز الدين يشكو): a compound of a word and الدين or الحق (the engine's list of
    them) that starts a rule person of three words or more, the only one of the article, is that person where it
    stands without a following name word (not بن، not another given or unknown word) and after no pedigree
    particle. Not covered tokens only; the copy is an alias (``how`` "prop")."""
    toks = scan.toks
    firsts: dict[str, int] = {}
    seen: dict[str, set[str]] = {}
    for idx, r in enumerate(scan.raws):
        if r.type != "PERSON" or r.t1 - r.t0 < 3 or r.alias_of >= 0:
            continue
        pair = toks[r.t0].info.key + " " + toks[r.t0 + 1].info.key
        if pair not in _COMPOUNDS:
            continue
        firsts.setdefault(pair, idx)
        seen.setdefault(pair, set()).add(" ".join(t.info.key for t in toks[r.t0:r.t1]))
    for pair, full in seen.items():
        if len(full) > 1:
            del firsts[pair]  # two people with the same compound name: neither for sure
    if not firsts:
        return []
    covered = _covered(scan.n, scan.raws)
    out: list[_Raw] = []
    for i in range(scan.n - 1):
        tok = toks[i]
        if covered[i] or covered[i + 1] or tok.info.kind != "a" or not scan.contiguous(i + 1):
            continue
        tail = toks[i + 1].info.key
        hit = None
        for off, key, _st in tok.info.forms[:2]:
            if key + " " + tail in firsts:
                hit = (off, key + " " + tail)
                break
        if hit is None:
            continue
        off, pair = hit
        if i > 0 and not tok.brk and off == 0 and toks[i - 1].info.key in _PARTICLES | _KUNYA:
            continue  # بن نور الدين: a father's name
        if scan.contiguous(i + 2) and (toks[i + 2].info.key in scan.g.given_names or toks[i + 2].info.key in _PARTICLES
                                       or (scan.name_like(i + 2) and not _verb_shaped(toks[i + 2].info.key)
                                           and reading(toks[i + 2].info.key) is None)):
            continue  # another name may go on here
        r = scan.raw(i, off, i + 2, "PERSON", None, "prop")
        r.alias_of = firsts[pair]
        out.append(r)
        covered[i] = covered[i + 1] = 1
    return out


#: the most a given name's proper-noun share (tenths, Arramooz's frequency list) may be for it to be read as a word
#: before a common noun (تقي 7, روعة 0; not علي 8, أحمد)
_WORD_SHARE = 7


def common_family_word(scan: _Scan, t0: int, t1: int) -> bool:
    """The person's mention [t0, t1) is a given name that is also a common word and a definite "family name" that
    the dictionary knows as a frequent common word and never as a proper noun, with no nisba ending (تقي الجسم
    "protects the body", روعة الأمل "the splendour of hope"; not الحربي، المالكي), with no title before it: the
    pair may be a phrase, and its last word alone elsewhere in the article is the word (الجسم), not a person."""
    toks = scan.toks
    key = toks[t1 - 1].info.key
    if t1 - t0 != 2 or not key.startswith(_AL) or key.endswith("ي") or len(key) < 5:
        return False
    if t0 > 0 and not toks[t0].brk and toks[t0 - 1].info.key in scan.g.cues:
        return False  # الدكتور أسامة البار: a title says it is a person
    first = reading(toks[t0].info.key)
    if first is None or first[0] == "p" or first[1] > _WORD_SHARE:
        return False  # (أحمد العمود: أحمد is a name far more often than the adjective)
    r = reading(key)
    return r is not None and "p" not in r[0] and r[1] <= 0 and r[2] >= 8
