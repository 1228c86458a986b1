"""A person named in full, then by one of the name's words that is also a given name (session 17, #12).

Pass 2 copies a full name's family name to the article's other places, but not a family name that is also a
given name (علي عبدالله صالح … قوات صالح، محمد نور … يا نور): alone, such a word could be anyone or, for the
ambiguous ones, a common word (صالح "valid", نور "light"). Once the article has named the person in full, news
style refers to him by that word: the gold of real news tags the lone word as the person, and the engine missed
it in every such article of batch 12. (The given name alone, سامي after سامي الجابر, is no such class: on
unannotated articles the ambiguous ones were mostly the word, حياة "life", رمضان the month, جمال "beauty".)

The copy is taken only where the word is spelt as in the full name (بأن "that" is not بان كي مون's بان) and
stands as a name would: no clitic but و (لصالح is "in favour of"), not inside another name (no بن، أبو، عبد before it; no name-like word after it that would make it a different
person's given name: صالح الصماد), and the word names one person of the article only.
"""

from __future__ import annotations

from ..core.arabic import AR_DIACRITICS
from .entities_engine import _Engine
from .entities_words import _KUNYA, _PARTICLES, _covered, _Raw, _with_added
from .lexicon import reading

__all__ = ["lone_name_words"]

#: words before a name's word that make it part of another name (folded): a son's or father's name, a kunya, a
#: compound name's first half (عبد صالح)
_INSIDE = _PARTICLES | _KUNYA | frozenset({"عبد", "ابنه", "نجل", "شقيق"})


def _sources(eng: _Engine, raws: list[_Raw]) -> dict[str, tuple[int, str]]:
    """{written word: (index of the one full person mention it ends, the word's folded key)} for the family
    names that are given names too; a word that ends two people's full names names neither alone."""
    g = eng.g
    toks = eng.toks
    seen: dict[str, set[tuple[str, ...]]] = {}
    first: dict[str, tuple[int, str]] = {}
    for idx, r in enumerate(raws):
        if r.type != "PERSON" or r.t1 - r.t0 < 2 or r.start != toks[r.t0].start:
            continue
        if any(toks[k].info.kind != "a" for k in range(r.t0, r.t1)):
            continue
        keys = tuple(toks[k].info.key for k in range(r.t0, r.t1))
        key = keys[-1]
        rd = reading(key)
        if key not in g.given_names or len(key) < 3 or key in _INSIDE or key in g.nationalities \
                or keys[-2] in _INSIDE or (rd is not None and "p" not in rd[0]):
            continue  # (تركي: a nationality too; أبو صالح: a kunya; إبان، بيني: words the dictionary never saw as names)
        written = _bare(toks[r.t1 - 1].text)
        seen.setdefault(written, set()).add(keys)
        first.setdefault(written, (idx, key))
    return {w: first[w] for w, names in seen.items() if len(names) == 1}


def _bare(text: str) -> str:
    return text.replace("ـ", "").rstrip(AR_DIACRITICS)


def _free_after(eng: _Engine, k: int, covered: bytearray) -> bool:
    """Nothing after token k makes it another person's given name: the line or sentence ends, or the next word
    is a mention already, or a word the dictionary knows and never as a proper noun (في، قام، المسؤولية)."""
    if k + 1 >= eng.n:
        return True
    nxt = eng.toks[k + 1]
    if nxt.brk or nxt.info.kind != "a":
        return True
    if covered[k + 1]:
        return False  # صالح الصماد: the word is a given name of a longer mention
    if nxt.info.key in eng.g.given_names:
        return False
    for _off, key, _stripped in nxt.info.forms:
        rd = reading(key)
        if rd is not None and "p" not in rd[0] and rd[1] <= 0:
            return True
    return nxt.info.key in eng.g.common or eng.is_lex(nxt.info.key)


def lone_name_words(eng: _Engine, raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with the lone given-name words of the article's full person names as copies of them."""
    src = _sources(eng, raws)
    if not src:
        return raws
    covered = _covered(eng.n, raws)
    toks = eng.toks
    added: list[_Raw] = []
    for k, tok in enumerate(toks):
        if covered[k] or tok.info.kind != "a":
            continue
        bare = _bare(tok.text)
        off = 1 if bare not in src and bare[:1] == "و" and bare[1:] in src else 0  # وصالح; no other clitic (لصالح)
        hit = src.get(bare[off:])
        if hit is None:
            continue
        if k > 0 and not tok.brk and (toks[k - 1].info.key in _INSIDE or toks[k - 1].info.kind == "d"):
            continue
        if _free_after(eng, k, covered):
            added.append(_Raw(tok.start + off, tok.end, k, k + 1, "PERSON", None, "prop", hit[0]))
    return _with_added(raws, added)
