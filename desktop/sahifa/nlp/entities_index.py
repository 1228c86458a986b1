"""Where an article's tokens have a reading with a given folded key: the index :meth:`_Engine.form_positions`
builds once per article for the late passes that need a head-word (entities_misc._scan, entities_bodies).

The passes ask for a few fixed sets of head-words, so the index holds only the keys ever asked for
(:data:`_STATE`): each distinct surface's readings are filtered against them once, across articles, and a
token with no such reading (most of them) costs one look-up instead of a visit of all its readings and an
index entry per reading (measured: the index was ~4 % of the compiled pipeline on real news).
"""

from __future__ import annotations

from collections.abc import Sequence

from .entities_words import _Tok

#: (the keys asked for so far, {surface: the distinct folded keys of its readings among them}); replaced as a
#: whole when a new key is asked for, so that a surface's entry never misses a key its index claims to cover
_STATE: list[tuple[frozenset[str], dict[str, tuple[str, ...]]]] = [(frozenset(), {})]
_MEMO_MAX = 200_000  # surfaces kept (a bound on memory for folders of unusual text)


def form_index(toks: Sequence[_Tok], keys: frozenset[str]) -> tuple[dict[str, list[int]], frozenset[str]]:
    """({folded key: sorted positions of the tokens one of whose readings has it}, the keys it covers): every
    key asked for so far, ``keys`` among them (a key it covers and lacks is at no token)."""
    asked, hits = _STATE[0]
    if not keys <= asked:
        asked = asked | keys
        hits = {}
        _STATE[0] = (asked, hits)
    index: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        got = hits.get(t.text)
        if got is None:  # (the readings are a function of the surface: sahifa.nlp.entities_words._info)
            found: list[str] = []
            for _o, key, _st in t.info.forms:
                if key in asked and key not in found:
                    found.append(key)
            got = tuple(found)
            if len(hits) >= _MEMO_MAX:
                hits.clear()
            hits[t.text] = got
        for key in got:
            at = index.get(key)
            if at is None:
                index[key] = [i]
            else:
                at.append(i)
    return index, asked
