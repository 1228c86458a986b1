"""The tokenisers' shared chunks of text and their bounded per-chunk cache.

Arabic normalisation itself lives in :mod:`sahifa.core.arabic` (the one definition of the character tables
and foldings, shared with storage and the scorer); the language layer imports it from there.

The entity tokeniser and the number scanner both read an article's text as its lines ("\\n") split into
space-free chunks (" "), and tokenise each distinct chunk once (news repeats its words). :func:`chunked`
splits a text once for both: every chunk is one shared :class:`Chunk` record, found with one look-up per
occurrence, on which each tokeniser keeps what it made of the chunk; the split of the last texts is kept
(:data:`TEXTS_KEPT`), so the number scanner, which reads the article the entity tokeniser has just read,
neither splits it nor looks its chunks up again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["Chunk", "Chunked", "chunked", "remember"]

_T = TypeVar("_T")
#: entries a tokeniser's per-chunk cache may hold (a bound on memory for folders of unusual text)
CHUNK_CACHE_SIZE = 200_000
#: texts whose split :func:`chunked` keeps (more than one batch of the pipeline: sahifa.nlp.pipeline runs
#: each stage over a batch of articles before the next stage)
TEXTS_KEPT = 256


def remember(cache: dict[str, _T], chunk: str, make: Callable[[str], _T]) -> _T:
    """``make(chunk)``, kept in ``cache`` while it holds fewer than :data:`CHUNK_CACHE_SIZE` entries.

    The miss path of the tokenisers' per-chunk caches (entities, numbers, quotes): they look a chunk up
    with ``cache.get`` themselves — the hit path stays a plain dict lookup — and call this on a miss.
    """
    value = make(chunk)
    if len(cache) < CHUNK_CACHE_SIZE:
        cache[chunk] = value
    return value


class Chunk:
    """One distinct space-free chunk of text and what each tokeniser made of it (filled by each on first
    need: the entity tokeniser's pieces in ``ent``, the number scanner's in ``num``)."""

    __slots__ = ("text", "ent", "num")

    def __init__(self, text: str) -> None:
        self.text = text
        self.ent: Any = None  # sahifa.nlp.entities_words: (pieces, a paragraph break follows)
        self.num: Any = None  # sahifa.nlp.numbers_words: pieces


class Chunked:
    """A text split on "\\n" then " ": its non-empty chunks in order (``chunks``) with their offsets
    (``starts``), and for each line the index in ``chunks`` after its last chunk (``line_ends``) and the
    offset just after its "\\n" (``line_next``; the last line's as if one followed)."""

    __slots__ = ("chunks", "starts", "line_ends", "line_next")

    def __init__(self, chunks: list[Chunk], starts: list[int], line_ends: list[int], line_next: list[int]) -> None:
        self.chunks = chunks
        self.starts = starts
        self.line_ends = line_ends
        self.line_next = line_next


_CHUNKS: dict[str, Chunk] = {}
_TEXTS: dict[str, Chunked] = {}


def chunked(text: str) -> Chunked:
    """``text`` split into lines and space-free chunks, each chunk's shared record found once (see the
    module's docstring)."""
    got = _TEXTS.get(text)
    if got is not None:
        return got
    cache = _CHUNKS
    chunks: list[Chunk] = []
    starts: list[int] = []
    line_ends: list[int] = []
    line_next: list[int] = []
    pos = 0
    for line in text.split("\n"):
        for piece in line.split(" "):
            if piece:
                rec = cache.get(piece)
                if rec is None:
                    rec = Chunk(piece)
                    if len(cache) < CHUNK_CACHE_SIZE:
                        cache[piece] = rec
                chunks.append(rec)
                starts.append(pos)
            pos += len(piece) + 1
        line_ends.append(len(chunks))
        line_next.append(pos)
    got = Chunked(chunks, starts, line_ends, line_next)
    texts = _TEXTS
    if len(texts) >= TEXTS_KEPT:
        try:
            del texts[next(iter(texts))]  # the oldest
        except (KeyError, StopIteration, RuntimeError):  # another thread got there first
            texts.clear()
    texts[text] = got
    return got
