"""Articles and their analyses: ``articles``, ``article_texts``, ``sentences``, ``mentions``,
``numbers``, ``quotes`` and the rows of ``entities``/``article_entities``/``entity_aliases``/``passages``
an analysis adds.

Saving is split in two: :func:`prepare_article` turns an article and its analysis into plain rows
(:class:`~sahifa.storage.rows.PreparedArticle`) without a connection (``sahifa.services.ingest`` runs it in its
worker processes), and :func:`save_prepared` writes a batch of them set-based, one statement per table.
"""

from __future__ import annotations

import bisect
import heapq
import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import Any

from ..core.arabic import library_key as default_key
from ..core.arabic import library_norm as default_norm
from ..core.english import english_title
from ..core.facts import TOPICS_PER_ARTICLE
from ..core.model import Analysis, Article, EntityMention, NumberMention, Paragraph, Quote, Sentence
from .db import Store, chunks, now, qmarks
from .notes import paths_with_notes, reanchor
from .rows import (
    AliasRow,
    ArticleRow,
    EntityRow,
    MentionRow,
    NumberRow,
    PassageRow,
    PreparedArticle,
    QuoteRow,
    SentenceRow,
)

__all__ = [
    "article",
    "article_states",
    "list_articles",
    "prepare_article",
    "remove_articles_not_in",
    "save_prepared",
]


# --- prepared anywhere ---------------------------------------------------------------------------


def _most_common(values: list[str]) -> str:
    """Counter(values).most_common(1)[0][0]: the most frequent value, the first seen among equals."""
    first = values[0]
    if len(values) == 1 or values.count(first) == len(values):
        return first
    return Counter(values).most_common(1)[0][0]


def _topics_json(entities: Sequence[EntityRow]) -> str:
    """``articles.topics``: the ``TOPICS_PER_ARTICLE`` keys with the most mentions (ties by key, as
    SQLite orders them), from a prepared article's entity rows."""
    top = heapq.nsmallest(TOPICS_PER_ARTICLE, entities, key=lambda e: (-e.mentions, e.key))
    return json.dumps([e.key for e in top], ensure_ascii=False)


def _paragraphs_json(paragraphs: Sequence[Paragraph]) -> str:
    """json.dumps([[p.start, p.end] for p in paragraphs]), ~5× cheaper (offsets are ints)."""
    return "[" + ", ".join([f"[{p.start:d}, {p.end:d}]" for p in paragraphs]) + "]"


def prepare_article(
    article: Article,
    analysis: Analysis,
    *,
    folder: str,
    key: Callable[[str], str] = default_key,
    norm: Callable[[str], str] = default_norm,
) -> PreparedArticle:
    """The rows :meth:`Library.save_prepared` stores for an article; ``key`` and ``norm`` must be the
    library's ``key_func`` and ``search_norm`` (memoise ``key``: a batch keys the same names often)."""
    # the sentence of an offset: max(bisect_right(starts, pos) - 1, 0), written (… or 1) - 1 below
    starts = [s.start for s in article.sentences]
    bisect_right = bisect.bisect_right

    # Entities: per-key aggregates for this article, alias counts and mention rows.
    per_key: dict[str, list[Any]] = {}
    aliases: dict[tuple[str, str], list[Any]] = {}   # (key, surface) -> [surface_key, n]
    mention_rows: list[MentionRow] = []
    for i, m in enumerate(analysis.entities):
        text = m.text
        canonical = m.canonical
        k = key(canonical) or key(text) or canonical
        agg = per_key.get(k)
        if agg is None:
            per_key[k] = [1, [canonical], [m.label_en], [m.type]]
        else:
            agg[0] += 1
            agg[1].append(canonical)
            agg[2].append(m.label_en)
            agg[3].append(m.type)
        surface_key = key(text) or text
        alias = aliases.get((k, text))
        if alias is None:
            aliases[(k, text)] = [surface_key, 1]
        else:
            alias[1] += 1
        start = m.start
        mention_rows.append(
            MentionRow(i, k, surface_key, text, m.type, canonical, m.label_en, start, m.end, m.source,
                       (bisect_right(starts, start) or 1) - 1, m.label_source)
        )
    entity_rows = [
        EntityRow(k, _most_common(a[1]), _most_common(a[2]), _most_common(a[3]), a[0]) for k, a in per_key.items()
    ]

    quotes = analysis.quotes
    quote_rows = [
        QuoteRow(i, (bisect_right(starts, q.start) or 1) - 1, q.speaker, q.speaker_canonical,
                 (key(q.speaker_canonical) or None) if q.speaker_canonical else None,
                 q.cue, q.quote, int(q.direct), q.start, q.end, q.speaker_start, q.speaker_end)
        for i, q in enumerate(quotes)
    ]

    spans = [(q.start, q.end, q.end - q.start, i) for i, q in enumerate(quotes)]

    def covering_quote(n: NumberMention) -> int | None:
        """The shortest quote around n (the first of equally short ones)."""
        ns, ne = n.start, n.end
        best: int | None = None
        best_len = 0
        for qs, qe, length, i in spans:
            if qs <= ns and ne <= qe and (best is None or length < best_len):
                best, best_len = i, length
        return best

    number_rows = [
        NumberRow(i, (bisect_right(starts, n.start) or 1) - 1, n.text, n.value, n.value_max, n.kind, n.unit,
                  n.counted, n.counted_en, n.qualifier, int(n.vague), n.start, n.end,
                  covering_quote(n) if spans else None)
        for i, n in enumerate(analysis.numbers)
    ]

    passages = [PassageRow(s.index, "ar", s.start, s.end, None, norm(s.text)) for s in article.sentences]
    reference_json = None
    if article.reference_en is not None:
        reference_json = json.dumps(list(article.reference_en), ensure_ascii=False)
        first_sentence: dict[int, int] = {}
        for s in article.sentences:
            first_sentence.setdefault(s.paragraph, s.index)
        for p, ref in zip(article.paragraphs, article.reference_en, strict=False):
            if ref.strip():
                passages.append(PassageRow(first_sentence.get(p.index, 0), "en", p.start, p.end, ref, norm(ref)))

    return PreparedArticle(
        article.path, folder, article.title, article.source, article.published, article.encoding, article.sha1,
        article.text, _paragraphs_json(article.paragraphs), reference_json,
        [SentenceRow(s.index, s.paragraph, s.start, s.end) for s in article.sentences],
        entity_rows,
        [AliasRow(k, surface, sk, n) for (k, surface), (sk, n) in aliases.items()],
        mention_rows, number_rows, quote_rows, passages,
    )


# --- written by the library ---------------------------------------------------------------------


def save_prepared(store: Store, norm: Callable[[str], str], items: Sequence[PreparedArticle]) -> list[int]:
    """Store prepared articles of distinct paths in one transaction; return their ids in order (see
    :meth:`Library.save_prepared`). ``norm`` is the library's ``search_norm`` (for carried-over
    machine-translated English)."""
    paths = [p.path for p in items]
    stamp = now()
    with store.unchecked_references(), store.write() as conn:
        existing: dict[str, int] = {}
        for chunk in chunks(paths):
            existing.update(
                conn.execute(f"SELECT path, id FROM articles WHERE path IN ({qmarks(len(chunk))})", chunk)
            )
        carried = _clear_for_resave(store, conn, list(existing.values())) if existing else {}

        next_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])
        ids: list[int] = []
        new_rows: list[tuple[Any, ...]] = []
        update_rows: list[tuple[Any, ...]] = []
        for p in items:
            values = (p.folder, p.title, p.source, p.published, p.encoding, p.sha1, len(p.entities),
                      len(p.numbers), len(p.quotes), stamp, _topics_json(p.entities),
                      _title_en(p, carried.get(existing.get(p.path, -1))))
            article_id = existing.get(p.path)
            if article_id is None:
                # what SQLite would pick (largest rowid + 1): ids are those of one-by-one inserts
                next_id += 1
                article_id = next_id
                new_rows.append((article_id, p.path, *values))
            else:
                update_rows.append((*values, article_id))
            ids.append(article_id)
        if update_rows:
            conn.executemany(
                """UPDATE articles SET folder = ?, title = ?, source = ?, published = ?, encoding = ?,
                   sha1 = ?, n_entities = ?, n_numbers = ?, n_quotes = ?, analysed = ?, topics = ?, title_en = ?
                   WHERE id = ?""",
                update_rows,
            )
        conn.executemany(
            """INSERT INTO articles (id, path, folder, title, source, published, encoding, sha1, n_entities,
               n_numbers, n_quotes, analysed, topics, title_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            new_rows,
        )
        conn.executemany(
            """INSERT INTO article_texts (article_id, paragraphs, reference_en, text) VALUES (?, ?, ?, ?)
               ON CONFLICT (article_id) DO UPDATE SET paragraphs = excluded.paragraphs,
               reference_en = excluded.reference_en, text = excluded.text""",
            [(aid, p.paragraphs_json, p.reference_json, p.text) for aid, p in zip(ids, items, strict=True)],
        )

        # Entity counters (kept by triggers in v1) and display values (the latest article's) folded
        # over the whole list: one upsert per distinct key, one per distinct (key, surface).
        entities: dict[str, list[Any]] = {}
        aliases: dict[tuple[str, str], list[Any]] = {}
        article_entities: list[tuple[str, int, int]] = []
        for aid, p in zip(ids, items, strict=True):
            for k, canonical, label, etype, n in p.entities:
                agg = entities.get(k)
                if agg is None:
                    entities[k] = [canonical, label, etype, n, 1]
                else:
                    agg[0], agg[1], agg[2] = canonical, label, etype
                    agg[3] += n
                    agg[4] += 1
                article_entities.append((k, aid, n))
            for k, surface, surface_key, n in p.aliases:
                alias = aliases.get((k, surface))
                if alias is None:
                    aliases[(k, surface)] = [surface_key, n]
                else:
                    alias[1] += n
        conn.executemany(
            """INSERT INTO entities (key, canonical, label_en, type, mentions, articles) VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET canonical = excluded.canonical,
               label_en = excluded.label_en, type = excluded.type,
               mentions = mentions + excluded.mentions, articles = articles + excluded.articles""",
            [(k, *a) for k, a in entities.items()],
        )
        article_entities.sort()  # in primary-key order: each B-tree page is visited once
        conn.executemany("INSERT INTO article_entities (key, article_id, n) VALUES (?, ?, ?)", article_entities)
        conn.executemany(
            """INSERT INTO entity_aliases (key, surface, surface_key, n) VALUES (?, ?, ?, ?)
               ON CONFLICT (key, surface) DO UPDATE SET n = n + excluded.n""",
            sorted((k, surface, sk, n) for (k, surface), (sk, n) in aliases.items()),
        )
        conn.executemany(
            """INSERT INTO mentions (article_id, idx, key, surface_key, text, type, canonical, label_en,
               start, "end", source, sentence_index, label_source)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(aid, *r) for aid, p in zip(ids, items, strict=True) for r in p.mentions],
        )
        conn.executemany(
            """INSERT INTO numbers (article_id, idx, sentence_index, text, value, value_max, kind, unit,
               counted, counted_en, qualifier, vague, start, "end", quote_idx)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(aid, *r) for aid, p in zip(ids, items, strict=True) for r in p.numbers],
        )
        conn.executemany(
            """INSERT INTO quotes (article_id, idx, sentence_index, speaker, speaker_canonical,
               speaker_key, cue, quote, direct, start, "end", speaker_start, speaker_end)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [(aid, *r) for aid, p in zip(ids, items, strict=True) for r in p.quotes],
        )

        # Python's sqlite3 binds a None through its adapter lookup (an AttributeError raised and
        # cleared, ~1,200 instructions): sentences without English are inserted without the column,
        # and a passage's missing English goes as '' turned back to NULL by SQL (en is never '').
        plain_sentences: list[tuple[Any, ...]] = []
        sentence_rows: list[tuple[Any, ...]] = []
        passage_rows: list[tuple[Any, ...]] = []
        for aid, p in zip(ids, items, strict=True):
            passage_rows.extend((aid, i, lang, s, e, en or "", nr) for i, lang, s, e, en, nr in p.passages)
            en_of = carried.get(aid)
            if not en_of:
                plain_sentences.extend((aid, *r) for r in p.sentences)
                continue
            # English machine translations of sentences whose text did not change are kept
            text = p.text
            ens = [en_of.get(text[start:end]) for _, _, start, end in p.sentences]
            sentence_rows.extend((aid, *r, en) for r, en in zip(p.sentences, ens, strict=True))
            if p.reference_json is None:
                passage_rows.extend(
                    (aid, i, "en", start, end, en, norm(en))
                    for (i, _, start, end), en in zip(p.sentences, ens, strict=True) if en and en.strip()
                )
        conn.executemany(
            'INSERT INTO sentences (article_id, idx, paragraph, start, "end") VALUES (?, ?, ?, ?, ?)',
            plain_sentences,
        )
        conn.executemany(
            'INSERT INTO sentences (article_id, idx, paragraph, start, "end", en) VALUES (?, ?, ?, ?, ?, ?)',
            sentence_rows,
        )
        store.fts_pending(conn)
        conn.executemany(
            'INSERT INTO passages (article_id, sentence_index, lang, start, "end", en, norm) '
            "VALUES (?, ?, ?, ?, ?, nullif(?, ''), ?)",
            passage_rows,
        )

        with_notes = paths_with_notes(conn, paths)
        for p in items:
            if p.path in with_notes:
                reanchor(conn, p.path, p.text)
    return ids


def _title_en(p: PreparedArticle, carried: dict[str, str] | None) -> str | None:
    """The stored English title (:func:`store_titles_en`'s rule) of an article about to be saved: the
    machine English carried over for its first sentence, else its first reference paragraph."""
    if carried and p.sentences:
        _, _, start, end = p.sentences[0]
        en = carried.get(p.text[start:end])
        if en:
            return english_title(en)
    if p.reference_json is not None:
        reference = json.loads(p.reference_json)
        if reference and reference[0]:
            return english_title(reference[0])
    return None


def _clear_for_resave(store: Store, conn: sqlite3.Connection, article_ids: list[int]) -> dict[int, dict[str, str]]:
    """Delete the analysis rows of articles about to be re-saved; return the English of their
    translated sentences by sentence text ({article id: {text: English}})."""
    store.flush_fts(conn)  # the delete trigger below must only see indexed passages
    carried: dict[int, dict[str, str]] = {}
    for chunk in chunks(article_ids):
        marks = qmarks(len(chunk))
        translated = conn.execute(
            f'SELECT s.article_id, substr(t.text, s.start + 1, s."end" - s.start), s.en FROM sentences s '
            f"JOIN article_texts t ON t.article_id = s.article_id "
            f"WHERE s.article_id IN ({marks}) AND s.en IS NOT NULL",
            chunk,
        )
        for article_id, sentence, en in translated:
            carried.setdefault(article_id, {})[sentence] = en
        for table in ("sentences", "mentions", "article_entities", "numbers", "quotes", "passages"):
            conn.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", chunk)
    return carried


def remove_articles_not_in(store: Store, folder: str, present_paths: Collection[str]) -> int:
    """Forget the articles of folder whose path is not in present_paths; return how many."""
    with store.write() as conn:
        store.flush_fts(conn)  # cascading deletes of passages must only see indexed rows
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS present_paths (path TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.execute("DELETE FROM temp.present_paths")
        conn.executemany(
            "INSERT OR IGNORE INTO temp.present_paths (path) VALUES (?)", ((p,) for p in present_paths)
        )
        cur = conn.execute(
            "DELETE FROM articles WHERE folder = ? AND path NOT IN (SELECT path FROM temp.present_paths)",
            (folder,),
        )
        conn.execute("DELETE FROM temp.present_paths")
        return int(cur.rowcount)


# --- read ------------------------------------------------------------------------------------------


def article_states(conn: sqlite3.Connection, paths: Sequence[str]) -> dict[str, tuple[str, int]]:
    """{path: (sha1, id)} of the given paths that are in the library (one query per 500 paths)."""
    out: dict[str, tuple[str, int]] = {}
    for chunk in chunks(paths):
        for path, sha1, article_id in conn.execute(
            f"SELECT path, sha1, id FROM articles WHERE path IN ({qmarks(len(chunk))})", chunk
        ):
            out[path] = (sha1, int(article_id))
    return out


# The English of an article's first unit, as spans_english finds it for the title: the machine English
# of the first sentence, else the reference English of the first paragraph (two primary-key lookups).
_FIRST_UNIT_EN = """coalesce((SELECT nullif(s.en, '') FROM sentences s WHERE s.article_id = a.id AND s.idx = 0),
                            (SELECT json_extract(t.reference_en, '$[0]') FROM article_texts t
                             WHERE t.article_id = a.id AND t.reference_en IS NOT NULL))"""


def store_titles_en(conn: sqlite3.Connection, article_ids: Sequence[int] | None = None) -> None:
    """Store ``articles.title_en`` (schema v7), the English title the article list shows
    (:func:`sahifa.core.english.english_title` of the first unit's English; NULL without English), of
    the given articles (every article when None). Called wherever English is stored — a machine
    translation indexed — in the same transaction, and by the v7 migration; an article saved gets it
    from :func:`_title_en` in its own row (its reference, or machine English carried over)."""
    if article_ids is None:
        groups: list[Sequence[int] | None] = [None]
    else:
        groups = list(chunks(list(article_ids)))
    for chunk in groups:
        where = "" if chunk is None else f"WHERE a.id IN ({qmarks(len(chunk))})"
        rows = conn.execute(f"SELECT a.id, a.title_en, {_FIRST_UNIT_EN} FROM articles a {where}",
                            [] if chunk is None else list(chunk)).fetchall()
        changed = [(title, aid) for aid, old, en in rows if (title := english_title(en) if en else None) != old]
        if changed:
            conn.executemany("UPDATE articles SET title_en = ? WHERE id = ?", changed)


def list_articles(conn: sqlite3.Connection, sub: str | None, params: Sequence[Any]) -> list[ArticleRow]:
    """The articles ``sub`` selects (all without it), sorted by published date (undated last), then title;
    their English titles are the stored ones (:func:`store_titles_en`)."""
    where = f"WHERE a.id IN ({sub})" if sub else ""
    rows = conn.execute(
        f"""SELECT a.id, a.path, a.title, a.source, a.published, a.n_entities, a.n_numbers, a.n_quotes, a.read,
                   a.title_en
            FROM articles a {where} ORDER BY a.published IS NULL, a.published, a.title, a.id""",
        params,
    )
    return [
        ArticleRow(aid, path, title, source, published, n_entities, n_numbers, n_quotes, bool(read), en or "")
        for aid, path, title, source, published, n_entities, n_numbers, n_quotes, read, en in rows
    ]


def article(conn: sqlite3.Connection, article_id: int) -> tuple[Article, Analysis]:
    """The stored article and its analysis exactly as saved; KeyError when there is no such article."""
    row = conn.execute(
        """SELECT a.path, a.title, t.text, a.source, a.published, a.encoding, a.sha1, t.paragraphs,
                  t.reference_en
           FROM articles a JOIN article_texts t ON t.article_id = a.id WHERE a.id = ?""",
        (article_id,),
    ).fetchone()
    if row is None:
        raise KeyError(f"no article with id {article_id}")
    path, title, text, source, published, encoding, sha1, paragraphs_json, reference_json = row
    paragraphs = tuple(Paragraph(i, s, e) for i, (s, e) in enumerate(json.loads(paragraphs_json)))
    sentences = tuple(
        Sentence(i, p, s, e, text[s:e])
        for i, p, s, e in conn.execute(
            'SELECT idx, paragraph, start, "end" FROM sentences WHERE article_id = ? ORDER BY idx',
            (article_id,),
        )
    )
    reference = tuple(json.loads(reference_json)) if reference_json is not None else None
    art = Article(
        path=path, title=title, text=text, source=source, published=published, encoding=encoding,
        sha1=sha1, paragraphs=paragraphs, sentences=sentences, reference_en=reference,
    )
    entities = tuple(
        EntityMention(t, ty, c, lab, s, e, src, ls)
        for t, ty, c, lab, s, e, src, ls in conn.execute(
            'SELECT text, type, canonical, label_en, start, "end", source, label_source FROM mentions '
            "WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
    )
    numbers = tuple(
        NumberMention(t, v, k, u, s, e, c, cen, q, bool(vg), vmax)
        for t, v, k, u, s, e, c, cen, q, vg, vmax in conn.execute(
            'SELECT text, value, kind, unit, start, "end", counted, counted_en, qualifier, vague, value_max '
            "FROM numbers WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
    )
    quotes = tuple(
        Quote(sp, spc, cue, q, bool(d), s, e, ss, se)
        for sp, spc, cue, q, d, s, e, ss, se in conn.execute(
            'SELECT speaker, speaker_canonical, cue, quote, direct, start, "end", speaker_start, speaker_end '
            "FROM quotes WHERE article_id = ? ORDER BY idx",
            (article_id,),
        )
    )
    return art, Analysis(entities, numbers, quotes)
