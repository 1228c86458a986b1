"""Arabic normalisation for matching keys and full-text search.

``normalize_ar`` is the CAMeL Tools recipe used throughout Arabic IR/NER work:
``normalize_alef_ar`` (أ إ آ ٱ → ا), ``normalize_alef_maksura_ar`` (ى → ي),
``normalize_teh_marbuta_ar`` (ة → ه), ``dediac_ar`` (harakat, tanwin, shadda, sukun,
dagger alef) and tatweel removal.

The three ``normalize_*_ar`` functions come from :mod:`camel_tools.utils.normalize`, which imports
in ~5 ms. ``camel_tools.utils.dediac`` is *not* imported: it pulls in ``camel_tools.utils.charsets``,
which builds Unicode category tables at import (~0.4 s). We remove the very same character set
(``camel_tools.utils.charsets.AR_DIAC_CHARSET``) with one ``str.translate`` table instead;
``tests/nlp/test_gazetteer.py`` checks both give identical results.

The hot path of the entity engine calls :func:`fold`, a single ``str.translate`` pass that does all
of the above at once (about 10× faster than chaining the CAMeL functions); it is tested to equal
:func:`normalize_ar`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
)

__all__ = ["AR_DIACRITICS", "TATWEEL", "fold", "normalize_ar", "remember", "search_key", "strip_article"]

#: camel_tools.utils.charsets.AR_DIAC_CHARSET, spelled out (see module docstring)
AR_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"

_DELETE = {ord(c): None for c in AR_DIACRITICS + TATWEEL}
_DIAC_TABLE = dict(_DELETE)

_FOLD_TABLE: dict[int, str | None] = dict(_DELETE)
_FOLD_TABLE.update({
    0x0625: "\u0627", 0x0623: "\u0627", 0x0671: "\u0627", 0x0622: "\u0627",  # alef variants
    0x0649: "\u064a",  # alef maksura → yeh
    0x0629: "\u0647",  # teh marbuta → heh
})


def normalize_ar(s: str) -> str:
    """Canonical matching form of Arabic text (alef, yeh, teh marbuta, diacritics, tatweel).

    Latin letters, digits, spaces and punctuation are kept as they are. Not length-preserving.
    """
    s = s.translate(_DIAC_TABLE)
    return normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))


def fold(s: str) -> str:
    """Same result as :func:`normalize_ar`, in one ``str.translate`` pass (hot path)."""
    return s.translate(_FOLD_TABLE)


# search_key: one regex deletion and four str.replace calls — str.translate with a dict table walks the
# text in Python-object steps outside ASCII (~20 µs per sentence); this is ~6× faster, same result
# (tests/nlp/test_gazetteer.py compares it with fold + translate on random text)
_SEARCH_DELETE = re.compile("[" + AR_DIACRITICS + TATWEEL + "\u200f\u200e\u200c\u200d]")
_ALEFS = re.compile("[\u0625\u0623\u0671\u0622]")


@lru_cache(maxsize=65536)
def search_key(s: str) -> str:
    """Key for full-text search: :func:`normalize_ar`, Latin lower-cased, bidi marks dropped,
    whitespace runs collapsed. Only used to build keys — offsets are never taken from it."""
    s = _SEARCH_DELETE.sub("", s)
    s = _ALEFS.sub("\u0627", s).replace("\u0649", "\u064a").replace("\u0629", "\u0647").lower()
    return " ".join(s.split())  # split() also takes NBSP as a blank


def strip_article(word: str) -> str:
    """Remove a leading definite article ال from a (normalised) word of 4+ letters."""
    if len(word) > 3 and word.startswith("\u0627\u0644"):
        return word[2:]
    return word


_T = TypeVar("_T")
#: entries a tokeniser's per-chunk cache may hold (a bound on memory for folders of unusual text)
CHUNK_CACHE_SIZE = 200_000


def remember(cache: dict[str, _T], chunk: str, make: Callable[[str], _T]) -> _T:
    """``make(chunk)``, kept in ``cache`` while it holds fewer than :data:`CHUNK_CACHE_SIZE` entries.

    The miss path of the tokenisers' per-chunk caches (entities, numbers, quotes): they look a chunk up
    with ``cache.get`` themselves — the hit path stays a plain dict lookup — and call this on a miss.
    """
    value = make(chunk)
    if len(cache) < CHUNK_CACHE_SIZE:
        cache[chunk] = value
    return value
