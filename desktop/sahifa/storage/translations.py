"""English: the machine-translation cache (``translations``, keyed by engine and the sha1 of the source
text) and the English aligned to an Arabic span — machine translations of the sentences it covers
(``sentences.en``), else the reference English of the paragraphs it covers (``article_texts``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .db import Store, chunks, now, qmarks

__all__ = ["english_for", "get_many", "put_many", "set_projected_labels", "spans_english"]


def _hash(text: str) -> bytes:
    return hashlib.sha1(text.encode("utf-8")).digest()


def get_many(conn: sqlite3.Connection, engine_id: str, texts: Sequence[str]) -> dict[str, str]:
    """Cached translations of texts by engine_id (texts not cached are absent)."""
    wanted = {_hash(t): t for t in texts}
    hashes = list(wanted)
    out: dict[str, str] = {}
    for chunk in chunks(hashes):
        for h, src, dst in conn.execute(
            f"SELECT hash, src, dst FROM translations WHERE engine = ? AND hash IN ({qmarks(len(chunk))})",
            (engine_id, *chunk),
        ):
            if wanted.get(h) == src:
                out[src] = dst
    return out


def put_many(store: Store, engine_id: str, pairs: Sequence[tuple[str, str]]) -> None:
    stamp = now()
    with store.write() as conn:
        conn.executemany(
            """INSERT INTO translations (engine, hash, src, dst, created) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (engine, hash) DO UPDATE SET src = excluded.src, dst = excluded.dst,
               created = excluded.created""",
            [(engine_id, _hash(src), src, dst, stamp) for src, dst in pairs],
        )


def set_projected_labels(store: Store, article_id: int, labels: Sequence[tuple[int, int, str, str]]) -> None:
    """Give mentions of an article the English label its translation writes: (start, end, type,
    label_en) rows, ``label_source`` ``projection``. The facts document's revision changes with them
    (the mentions carry the labels it shows)."""
    with store.write() as conn:
        conn.executemany(
            "UPDATE mentions SET label_en = ?, label_source = 'projection' "
            'WHERE article_id = ? AND start = ? AND "end" = ? AND type = ?',
            [(label, article_id, start, end, typ) for start, end, typ, label in labels],
        )
        conn.execute("UPDATE meta SET value = lower(hex(randomblob(12))) WHERE key = 'facts_revision'")


def english_for(
    conn: sqlite3.Connection, article_id: int, start: int, end: int, paragraphs_json: str, reference_json: str | None
) -> str | None:
    """The machine-translated English of the sentences [start, end) touches, else (with a reference)
    the reference English of the paragraphs it touches, else None."""
    ens = [
        en for (en,) in conn.execute(
            'SELECT en FROM sentences WHERE article_id = ? AND start < ? AND "end" > ? AND en IS NOT NULL '
            "ORDER BY idx",
            (article_id, max(end, start + 1), start),
        )
    ]
    if ens:
        return " ".join(ens)
    if reference_json is not None:
        reference = json.loads(reference_json)
        paras = [
            reference[i]
            for i, (ps, pe) in enumerate(json.loads(paragraphs_json))
            if ps < max(end, start + 1) and pe > start and i < len(reference)
        ]
        if paras:
            return "\n\n".join(paras)
    return None


def spans_english(conn: sqlite3.Connection, spans: Sequence[tuple[int, int, int]]) -> list[tuple[str, str] | None]:
    """(English, "machine" | "reference") aligned to each (article id, start, end) Arabic span, or
    None when the article has no English yet (see :meth:`Library.spans_english`): the machine English
    of the sentences the span touches, else the reference English of the paragraphs it touches (the
    rules of :func:`english_for`). Each article's English is read once for all its spans (a whole
    library's quotes in one call), and only a few articles' are kept at a time."""
    loaded: dict[int, _ArticleEnglish] = {}
    out: list[tuple[str, str] | None] = []
    for article_id, start, end in spans:
        english = loaded.get(article_id)
        if english is None:
            if len(loaded) >= 64:
                loaded.clear()
            english = loaded[article_id] = _ArticleEnglish(conn, article_id)
        out.append(english.span(start, end))
    return out


class _ArticleEnglish:
    """One article's machine-translated sentences and reference paragraphs, for :func:`spans_english`."""

    __slots__ = ("ends", "machine", "paragraphs", "reference", "starts")

    def __init__(self, conn: sqlite3.Connection, article_id: int) -> None:
        self.machine: list[tuple[int, int, str]] = conn.execute(
            'SELECT start, "end", en FROM sentences WHERE article_id = ? AND en IS NOT NULL ORDER BY idx',
            (article_id,),
        ).fetchall()
        # sentences do not overlap: their starts and ends both ascend, so a span's are found by bisection
        self.starts = [s for s, _, _ in self.machine]
        self.ends = [e for _, e, _ in self.machine]
        row = conn.execute(
            "SELECT paragraphs, reference_en FROM article_texts WHERE article_id = ?", (article_id,)
        ).fetchone()
        self.reference: list[str] = json.loads(row[1]) if row and row[1] is not None else []
        self.paragraphs: list[tuple[int, int]] = json.loads(row[0]) if row and self.reference else []

    def span(self, start: int, end: int) -> tuple[str, str] | None:
        stop = max(end, start + 1)
        lo, hi = bisect_right(self.ends, start), bisect_left(self.starts, stop)
        ens = [en for _, _, en in self.machine[lo:hi]]  # the sentences with start < stop and end > start
        if ens:
            machine = " ".join(ens)
            if machine:
                return machine, "machine"
        reference = self.reference
        paras = [reference[i] for i, (ps, pe) in enumerate(self.paragraphs)
                 if ps < stop and pe > start and i < len(reference)]
        if paras and (joined := "\n\n".join(paras)):
            return joined, "reference"
        return None
