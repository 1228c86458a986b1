"""Later bare mentions of a named thing the article first names with its head-word (MISC name copies).

Pass 2 of the engine (:meth:`entities_engine._Engine.pass2`) copies people, places and bodies to their other
occurrences in an article, not named things: a prize, a festival, a tournament or a film found once after its
head-word (جائزة أوسكار، مهرجان سوق عكاظ، فيلم …) left its later bare mentions (أوسكار، لأوسكار، الأوسكار) unfound.
:func:`misc_name_copies` copies only the name's distinctive word(s): the run of words after the head-word that are
no dictionary word (the lexicon's readings), no given name or nationality and no gazetteer name (a place or a body
is copied as what it is: مهرجان جدة leaves جدة a place). The copy may carry a clitic (ل ب و ف ك and the article)
and is never taken inside another mention or right after a head-word (that is a new name, for the detectors).
"""

from __future__ import annotations

from ..core.arabic import loose_word, strip_article
from .entities_engine import _Engine
from .entities_words import _AL, _FUNCTION_WORDS, _PARTICLES, _R_MISC, _kept, _Raw, _verb_shaped
from .lexicon import reading

__all__ = ["misc_name_copies"]


def _common_reading(key: str) -> bool:
    """The lexicon reads the folded word (article stripped) as a common word: a noun, verbal noun, adjective or verb
    (``p`` alone is a proper noun: أوسكار، مونديال)."""
    got = reading(key)
    return got is not None and got[0] != "p"


def _distinctive(eng: _Engine, k: int) -> bool:
    """Token k is a name word of its own: Arabic or Latin letters, three letters or more, no reading in the
    lexicon (as written or without the article), no given name, nationality, particle or gazetteer name."""
    tok = eng.toks[k]
    info = tok.info
    if info.kind not in "al":
        return False
    key = info.key
    bare = strip_article(key)
    if len(bare) < 3 or key in _FUNCTION_WORDS or key in _PARTICLES or bare in _PARTICLES:
        return False
    if info.kind == "a":
        if eng.tok_lex(k) or eng.nat(k) or _verb_shaped(key):
            return False
        for _off, form, _st in info.forms:  # the word as written and without a clitic (بجائزة، للقرآن)
            if eng.is_lex(form) or _common_reading(form) or eng.given(form) or eng.given(strip_article(form)):
                return False
            if form.startswith(_AL) and reading(form) is None:
                return False  # (ملتقى) المبتعثين: a definite word the lexicon lacks is mostly an inflected common word
    return eng.gaz_at(k) is None


def _name_run(eng: _Engine, r: _Raw) -> tuple[str, ...] | None:
    """Loose keys of the distinctive words of a MISC named after its head-word (جائزة أوسكار → (اوسكار,)): one
    run of consecutive distinctive words after the head, or None (a head alone, several runs, or none)."""
    if r.type != "MISC" or r.t1 - r.t0 < 2:
        return None
    cue = eng.cue_at(r.t0, _R_MISC)  # the head-word, a clitic allowed (بجائزة)
    if cue is None or cue[1] >= r.t1 or eng.toks[r.t0].start + cue[0] != r.start:
        return None
    run: list[int] = []
    runs = 0
    for k in range(cue[1], r.t1):
        if _distinctive(eng, k):
            if not run or run[-1] != k - 1:
                runs += 1
            run.append(k)
    if runs != 1 or run[0] != cue[1] or any(eng.toks[k].info.kind != "d" for k in range(run[-1] + 1, r.t1)):
        return None  # the name is the run alone, a number allowed after (not كتاب الظاهر بيبرس: a person's name)
    return tuple(loose_word(eng.toks[k].info.key) for k in run)


def _alone(eng: _Engine, i: int, end: int, covered: bytearray) -> bool:
    """Tokens [i, end) stand alone as a name: not right after a head-word (a new name, for the detectors), no
    mention, number or other name word right before or after on the line (دبي إكسبو 2020، ماتريالز هاندلنج)."""
    toks = eng.toks
    if i > 0 and not toks[i].brk:
        if covered[i - 1] or toks[i - 1].info.kind in "dl" or eng.cue_at(i - 1, _R_MISC) is not None \
                or _distinctive(eng, i - 1):
            return False
    if end < eng.n and not toks[end].brk:
        if covered[end] or toks[end].info.kind in "dl" or _distinctive(eng, end):
            return False
    return True


def misc_name_copies(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """The mentions with the MISC names' bare later occurrences added as MISC copies (``how`` "prop",
    aliases of the first), in order and non-overlapping."""
    names: dict[tuple[str, ...], int] = {}
    for idx, r in enumerate(raws):
        run = _name_run(eng, r)
        if run is not None:
            names.setdefault(run, idx)
    if not names:
        return raws
    toks = eng.toks
    n = eng.n
    covered = bytearray(n)
    for r in raws:
        for k in range(r.t0, r.t1):
            covered[k] = 1
    firsts = {key[0] for key in names}
    out: list[_Raw] = []
    i = 0
    while i < n:
        info = toks[i].info
        if covered[i] or info.kind not in "al" or firsts.isdisjoint(info.loose):
            i += 1
            continue
        hit = None
        for f_idx, lk in enumerate(info.loose):
            for key, src in names.items():
                m = len(key)
                if key[0] != lk or i + m > n:
                    continue
                if all(not covered[i + q] and not toks[i + q].brk and toks[i + q].info.loose[:1] == key[q: q + 1]
                       for q in range(1, m)):
                    hit = (info.forms[f_idx][0], i + m, src, f_idx)
                    break
            if hit:
                break
        if hit is None or not _alone(eng, i, hit[1], covered) \
                or (info.forms[hit[3]][1].startswith(_AL) and reading(info.forms[hit[3]][1]) is None):
            i += 1  # (الدرفت after بطولة درفت: a definite copy the lexicon does not know as a name is a common noun)
            continue
        off, end, src, _f = hit
        out.append(_Raw(toks[i].start + off, toks[end - 1].end, i, end, "MISC", None, "prop", src))
        for k in range(i, end):
            covered[k] = 1
        i = end
    if not out:
        return raws
    both = raws + out
    return _kept(both, sorted(range(len(both)), key=lambda q: both[q].start))
