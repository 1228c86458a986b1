"""The facts document (``sahifa facts --json``), built row by row by SQLite and streamed.

The Library's fact methods return one Python object per row; for a whole library (28,000 figures and
30,000 quotes at 2,000 articles) building those objects and then JSON from them took seconds. Here
SQLite writes each article, figure and quote as a JSON object (``json_object``, in C) and the rows go
to the output as they come, so memory stays flat at any library size. Only the entities (one row per
entity) and the "reported differently" groups are built in Python; the groups from lean tuples of the
candidate figures with :func:`sahifa.core.facts.group_figure_rows`, the same code the GUI's
:meth:`Library.figure_groups` runs.

The document (one object; every list item on its own line)::

    {"filter": [entity keys],
     "articles": [{id, title, title_en, source, published, path}],    # the matching articles, in list order
     "entities": [{key, canonical, label_en, label_source, type, mentions, articles, article_ids, aliases}],
     "figures": [{article_id, sentence_index, text, value, value_max, kind, unit, counted, counted_en,
                  qualifier, vague, start, end, source, source_en, source_key}],
     "figure_groups": [{counted, counted_en, kind, unit, figures: [indices into "figures"], shared}],
     "quotes": [{article_id, sentence_index, speaker, speaker_en, speaker_key, speaker_display, cue, quote,
                 quote_en, direct, start, end}]}

Articles are listed once and referred to by ``article_id``; figures and quotes are in article list order
(published, title) then position, like :meth:`Library.figures` / :meth:`Library.quotes`, and carry the
same corrected values (``source``/``speaker_display`` are the corrected canonical of a linked speaker,
``source_key``/``speaker_key`` its effective entity key).

The English, null wherever there is none (never an empty string): ``title_en`` and ``quote_en`` are the
English aligned to the title (the article's first sentence) and to the quote's span by
:func:`.translations.spans_english` (a stored machine translation, else the reference translation),
the title as :func:`sahifa.services.notes_export.english_titles_for` cites it; ``label_en`` with its
``label_source`` comes from :func:`.entities.entity_labels` (the source of the label the entity shows:
gazetteer, geonames, name-index, glossary, projection, original, transliteration, or "user" for a
correction); ``speaker_en`` and ``source_en`` are that label of the speaker's entity, as the Quotes tab
names a speaker (its source is the entity's ``label_source``); for a speaker or source linked to no
entity (no ``speaker_key``/``source_key``), what the document's describer gives, when it was given one:
the English description of its role (مصادر مطلعة → "informed sources") or the label of a name in it that a
name source knows, as the Quotes tab shows it; never a transliterated guess (the document has no field to
mark one); else null.

This module runs its own SQL on the library's connection (``Library.store``) and reuses the storage
modules' rules (corrections from :mod:`.corrections`, the article filter from :mod:`.search`, topics from
:mod:`.facts`) so that they live in one place; tests compare the document with the Library's own fact
methods.
"""

from __future__ import annotations

import itertools
import json
import math
import sqlite3
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any

from ..core.english import english_title
from ..core.facts import GROUPED_KINDS, Counted, FigureRow, group_figure_rows, group_key
from .corrections import SpeakerNames, load_fixes
from .db import chunks, qmarks
from .entities import entity_labels
from .facts import FrameReader, dismissed_keys, topics
from .search import restriction
from .translations import spans_english

if TYPE_CHECKING:
    from .library import Library

__all__ = ["FactsDocument"]

_PLAIN, _NUMBER, _FLAG = 0, 1, 2  # how a column becomes JSON: as stored, a number (maybe REAL), 0/1 → bool

_ARTICLE_FIELDS = (
    ("id", "a.id", _PLAIN), ("title", "a.title", _PLAIN), ("title_en", "t.en", _PLAIN), ("source", "a.source", _PLAIN),
    ("published", "a.published", _PLAIN), ("path", "a.path", _PLAIN),
)
_FIGURE_FIELDS = (
    ("article_id", "n.article_id", _PLAIN), ("sentence_index", "n.sentence_index", _PLAIN),
    ("text", "n.text", _PLAIN), ("value", "n.value", _NUMBER), ("value_max", "n.value_max", _NUMBER),
    ("kind", "n.kind", _PLAIN), ("unit", "n.unit", _PLAIN), ("counted", "n.counted", _PLAIN),
    ("counted_en", "n.counted_en", _PLAIN), ("qualifier", "n.qualifier", _PLAIN), ("vague", "n.vague", _FLAG),
    ("start", "n.start", _PLAIN), ("end", 'n."end"', _PLAIN),
    ("source", "coalesce(s.display, q.speaker)", _PLAIN), ("source_en", "coalesce(s.label_en, r.en)", _PLAIN),
    ("source_key", "s.root", _PLAIN),
)
_QUOTE_FIELDS = (
    ("article_id", "q.article_id", _PLAIN), ("sentence_index", "q.sentence_index", _PLAIN),
    ("speaker", "q.speaker", _PLAIN), ("speaker_en", "coalesce(s.label_en, r.en)", _PLAIN),
    ("speaker_key", "s.root", _PLAIN),
    ("speaker_display", "coalesce(s.display, q.speaker)", _PLAIN), ("cue", "q.cue", _PLAIN),
    ("quote", "q.quote", _PLAIN), ("quote_en", "e.en", _PLAIN), ("direct", "q.direct", _FLAG), ("start", "q.start", _PLAIN),
    ("end", 'q."end"', _PLAIN),
)
_QUOTE_TEXT_FIELDS = tuple(f for f in _QUOTE_FIELDS if f[0] not in ("speaker_en", "quote_en"))
Fields = tuple[tuple[str, str, int], ...]
#: English descriptions of speakers named by their role: the speakers as written → their English (those
#: it has one for); given by the services (the engine's labeller), which storage does not import
Describe = Callable[[Sequence[str]], Mapping[str, str]]

_instances = itertools.count(1)  # each document its own temporary table
_LIST_ORDER = "a.published IS NULL, a.published, a.title, a.id"  # Library.articles() order (index articles_sort)


def _json_sql(fields: Fields) -> str:
    """A ``json_object(...)`` expression of the fields, as a BLOB (bytes to the output, no str round trip)."""
    parts = []
    for name, expr, how in fields:
        if how == _FLAG:
            value = f"json(CASE WHEN {expr} THEN 'true' ELSE 'false' END)"
        elif how == _NUMBER:
            # SQLite writes REALs with 15 significant digits: 1/3 would lose its last ones. Shortest form
            # that reads back exactly: 15 digits when they do, else 17. Non-finite (never from text): null.
            value = (
                f"CASE WHEN typeof({expr}) <> 'real' THEN {expr} "
                f"WHEN abs({expr}) > 1.7976931348623157e308 THEN NULL "
                f"WHEN CAST(printf('%!.15g', {expr}) AS REAL) = {expr} THEN json(printf('%!.15g', {expr})) "
                f"ELSE json(printf('%!.17g', {expr})) END"
            )
        else:
            value = expr
        parts.append(f"'{name}', {value}")
    return f"CAST(json_object({', '.join(parts)}) AS BLOB)"


def _json_py(fields: Fields, row: Sequence[Any]) -> bytes:
    """The same object encoded by Python (SQLite without its JSON functions)."""
    doc: dict[str, Any] = {}
    for (name, _, how), value in zip(fields, row, strict=True):
        if how == _FLAG:
            value = bool(value)
        elif how == _NUMBER and isinstance(value, float) and not math.isfinite(value):
            value = None
        doc[name] = value
    return _dumps(doc)


def _dumps(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class FactsDocument:
    """The facts of the articles mentioning every one of ``entity_keys`` (all articles without keys).

    Use as a context manager (it keeps a small temporary table on the library's connection), then
    :meth:`write_json` or the row methods the text output uses.
    """

    def __init__(self, library: Library, entity_keys: Sequence[str] = (), *, sql_json: bool | None = None,
                 describe: Describe | None = None) -> None:
        self.library = library
        self._describe = describe
        self.entity_keys = list(entity_keys)
        self._store = library.store
        self._conn = library.store.conn
        instance = next(_instances)
        self._speakers = f"temp.sahifa_facts_speakers_{instance}"
        self._english = f"temp.sahifa_facts_english_{instance}"
        self._roles = f"temp.sahifa_facts_roles_{instance}"
        with self._store.errors():
            self._fixes = load_fixes(self._conn)
            self._sub, self._params = restriction(
                self._store, self._fixes, library.search_norm, None, self.entity_keys, None)
            self._sql_json = self._has_json() if sql_json is None else sql_json
            self._load_speakers()
            self._english_ready = False

    def __enter__(self) -> FactsDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for table in (self._speakers, self._english, self._roles):
            try:
                self._conn.execute(f"DROP TABLE IF EXISTS {table}")
            except sqlite3.Error:
                pass

    # --- set-up --------------------------------------------------------------------------------

    def _has_json(self) -> bool:
        try:
            self._conn.execute("SELECT json_object('a', json('true'))").fetchone()
            return True
        except sqlite3.OperationalError:  # built without JSON1 (it is built in since SQLite 3.38)
            return False

    def _load_speakers(self) -> None:
        """The temporary table the figure and quote queries join: speaker_key → (effective key or
        None, corrected display name or None, English label or None), as
        :class:`~sahifa.storage.corrections.SpeakerNames` resolves them for the fact methods (the
        English label is filled in by :meth:`_load_english`, for the JSON document only)."""
        conn = self._conn
        keys = [k for (k,) in conn.execute("SELECT DISTINCT speaker_key FROM quotes WHERE speaker_key IS NOT NULL")]
        # (display, root); (None, None) for "not an entity": the quote keeps its surface and no key
        names = SpeakerNames(conn, self._fixes).resolve_all(keys)
        self._speaker_roots = list(dict.fromkeys(root for _, root in names.values() if root is not None))
        conn.execute(f"DROP TABLE IF EXISTS {self._speakers}")
        conn.execute(f"CREATE TABLE {self._speakers} (key TEXT PRIMARY KEY, root TEXT, display TEXT, label_en TEXT) "
                     "WITHOUT ROWID")
        conn.execute(f"DROP TABLE IF EXISTS {self._roles}")
        conn.execute(f"CREATE TABLE {self._roles} (speaker TEXT PRIMARY KEY, en TEXT) WITHOUT ROWID")
        conn.execute(f"DROP TABLE IF EXISTS {self._english}")
        conn.execute(f"CREATE TABLE {self._english} (article_id INTEGER, idx INTEGER, en TEXT, "
                     "PRIMARY KEY (article_id, idx)) WITHOUT ROWID")
        self._insert(f"INSERT INTO {self._speakers} VALUES (?, ?, ?, NULL)",
                     [(k, root, display) for k, (display, root) in names.items()])

    def _insert(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Rows into one of the document's temporary tables (committing only what it opened)."""
        conn = self._conn
        started = not conn.in_transaction
        conn.executemany(sql, rows)
        if started and conn.in_transaction:  # the sqlite3 module opened one for the INSERT: temp rows only
            conn.commit()

    def _load_english(self, entity_keys: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """The English of the JSON document, once: the speakers' English labels into their table; into
        the English table (article id, -1) → the English title and (article id, quote idx) → the
        quote's English, rows only where there is English (one call of
        :func:`.translations.spans_english`, article by article, for the articles that have any);
        returns (English label, its source) of ``entity_keys``, None for none or unknown (never "").
        The labels of the entities and the speakers are read in one call of
        :func:`.entities.entity_labels` (one scan of the mentions)."""
        conn = self._conn
        found_labels = entity_labels(conn, list(dict.fromkeys([*entity_keys, *self._speaker_roots])))
        labels: dict[str, tuple[str | None, str | None]] = {
            k: (label, source or None) if label else (None, None) for k, (label, source) in found_labels.items()}
        if self._english_ready:
            return labels
        self._english_ready = True
        self._insert(f"UPDATE {self._speakers} SET label_en = ? WHERE root = ?",
                     [(labels[r][0], r) for r in self._speaker_roots if labels[r][0] is not None])
        if self._describe is not None:  # the speakers linked to no entity, named by their role
            unlinked = [q for (q,) in conn.execute(
                f"""SELECT DISTINCT q.speaker FROM quotes q LEFT JOIN {self._speakers} s ON s.key = q.speaker_key
                    WHERE s.root IS NULL AND q.speaker <> '' {f'AND q.article_id IN ({self._sub})' if self._sub else ''}""",
                self._params) if isinstance(q, str)]
            described = self._describe(unlinked) if unlinked else {}
            self._insert(f"INSERT INTO {self._roles} VALUES (?, ?)",
                         [(q, described[q]) for q in unlinked if described.get(q)])
        with_english = {a for (a,) in conn.execute(
            "SELECT article_id FROM article_texts WHERE reference_en IS NOT NULL "
            "UNION SELECT article_id FROM sentences WHERE en IS NOT NULL")}
        if not with_english:
            return labels
        keys: list[tuple[int, int]] = []
        spans: list[tuple[int, int, int]] = []
        for aid, idx, start, end in conn.execute(
                f"""SELECT a.id, -1, 0, 1 FROM articles a {self._where('a.id')}
                    UNION ALL SELECT q.article_id, q.idx, q.start, q."end" FROM quotes q
                    {self._where('q.article_id')} ORDER BY 1, 2""", [*self._params, *self._params]):
            if aid in with_english:
                keys.append((aid, idx))
                spans.append((aid, start, end))
        rows = []
        for (aid, idx), found in zip(keys, spans_english(conn, spans), strict=True):
            if found is None:
                continue
            en = english_title(found[0]) if idx < 0 else found[0].strip()  # the title: core's one rule
            if en:
                rows.append((aid, idx, en))
        self._insert(f"INSERT INTO {self._english} VALUES (?, ?, ?)", rows)
        return labels

    def _where(self, column: str) -> str:
        return f"WHERE {column} IN ({self._sub})" if self._sub else ""

    # --- the lists -----------------------------------------------------------------------------

    def _select(self, fields: Fields, source: str, *, limit: int | None = None) -> Iterator[tuple[Any, ...]]:
        """The fields' values, row by row."""
        columns = ", ".join(expr for _, expr, _ in fields)
        sql = f"SELECT {columns} {source}" + (" LIMIT ?" if limit is not None else "")
        with self._store.errors():
            yield from self._conn.execute(sql, [*self._params, *([limit] if limit is not None else [])])

    def _json_chunks(self, fields: Fields, source: str) -> Iterator[bytes]:
        """The rows as JSON objects, joined by ",\n" in chunks of up to 1,024 rows."""
        if not self._sql_json:
            rows = self._select(fields, source)
            while encoded := [_json_py(fields, r) for r in itertools.islice(rows, 1024)]:
                yield b",\n".join(encoded)
            return
        with self._store.errors():
            cursor = self._conn.execute(f"SELECT {_json_sql(fields)} {source}", self._params)
            while batch := cursor.fetchmany(1024):
                yield b",\n".join([r[0] for r in batch])

    def _articles_source(self) -> str:
        return f"""FROM articles a LEFT JOIN {self._english} t ON t.article_id = a.id AND t.idx = -1
            {self._where('a.id')} ORDER BY {_LIST_ORDER}"""

    def _figures_source(self) -> str:
        # walk the articles in list order (index articles_sort) and each one's figures by position (index
        # numbers_order): no sort of all the figures; "+a.id" keeps the planner from driving by the filter
        return f"""FROM articles a CROSS JOIN numbers n ON n.article_id = a.id
            LEFT JOIN quotes q ON q.article_id = n.article_id AND q.idx = n.quote_idx
            LEFT JOIN {self._speakers} s ON s.key = q.speaker_key
            LEFT JOIN {self._roles} r ON s.root IS NULL AND r.speaker = q.speaker
            {self._where('+a.id')} ORDER BY {_LIST_ORDER}, n.start, n.idx"""

    def _quotes_source(self) -> str:
        return f"""FROM articles a CROSS JOIN quotes q ON q.article_id = a.id
            LEFT JOIN {self._speakers} s ON s.key = q.speaker_key
            LEFT JOIN {self._roles} r ON s.root IS NULL AND r.speaker = q.speaker
            LEFT JOIN {self._english} e ON e.article_id = q.article_id AND e.idx = q.idx
            {self._where('+a.id')} ORDER BY {_LIST_ORDER}, q.start, q.idx"""

    def quote_rows(self, limit: int | None = None) -> Iterator[tuple[Any, ...]]:
        """(article_id, sentence_index, speaker, speaker_key, speaker_display, cue, quote, direct, start, end):
        the text summary's rows (the English is in the JSON document only)."""
        return self._select(_QUOTE_TEXT_FIELDS, self._quotes_source(), limit=limit)

    def count(self, table: str) -> int:
        """Number of rows of ``numbers`` or ``quotes`` in the matching articles."""
        assert table in ("numbers", "quotes")
        return int(self._conn.execute(
            f"SELECT count(*) FROM {table} {self._where('article_id')}", self._params).fetchone()[0])

    def titles(self, article_ids: Sequence[int]) -> dict[int, str]:
        ids = sorted(set(article_ids))
        out: dict[int, str] = {}
        for chunk in chunks(ids):
            out.update(self._conn.execute(
                f"SELECT id, title FROM articles WHERE id IN ({qmarks(len(chunk))})", chunk).fetchall())
        return out

    # --- figures and their groups -------------------------------------------------------------

    def _figure_batches(self, with_json: bool) -> Iterator[list[tuple[Any, ...]]]:
        """The figures in list order, in batches of rows ``(json or None, kind, unit, counted,
        counted_en, value, value_max, vague, article_id, start, origin, sentence_index, end, qualifier)``;
        kind is None for figures
        that cannot be grouped. One walk serves both the list and its "reported differently" groups."""
        kinds = ", ".join("'" + k.replace("'", "''") + "'" for k in sorted(GROUPED_KINDS))
        candidate = f"n.kind IN ({kinds}) AND (n.counted IS NOT NULL OR n.counted_en IS NOT NULL)"
        group_columns = (
            f"CASE WHEN {candidate} THEN n.kind END, n.unit, n.counted, n.counted_en, n.value, n.value_max, "
            "n.vague, n.article_id, n.start, coalesce(s.root, q.speaker), "  # origin: source_key or source
            'n.sentence_index, n."end", n.qualifier'  # the sentence frame (FrameReader)
        )
        python_json = with_json and not self._sql_json
        if not with_json:
            first = "NULL"
        elif self._sql_json:
            first = _json_sql(_FIGURE_FIELDS)
        else:  # the figure's fields follow; its JSON is made here
            first = "NULL, " + ", ".join(expr for _, expr, _ in _FIGURE_FIELDS)
        with self._store.errors():
            cursor = self._conn.execute(f"SELECT {first}, {group_columns} {self._figures_source()}", self._params)
            while batch := cursor.fetchmany(1024):
                if python_json:
                    n = len(_FIGURE_FIELDS)
                    batch = [(_json_py(_FIGURE_FIELDS, r[1:n + 1]), *r[n + 1:]) for r in batch]
                yield batch

    def _collector(self) -> _GroupCollector:
        with self._store.errors():
            found = topics(self._conn, self._fixes, self._where("id"), self._params)
            gone = dismissed_keys(self._conn)
        return _GroupCollector(self.library.key_func, found, FrameReader(self._conn, self._fixes, self.library.key_func),
                               gone)

    def figure_groups(self) -> list[tuple[dict[str, Any], list[FigureRow]]]:
        """"Reported differently" groups, as :meth:`Library.figure_groups`: per group its JSON object
        (``figures`` = positions in the figures list) and its member rows in the same order."""
        collector = self._collector()
        for batch in self._figure_batches(with_json=False):
            collector.add(batch)
        return collector.groups()

    # --- the document --------------------------------------------------------------------------

    def write_json(self, out: IO[bytes]) -> None:
        """Write the whole document (UTF-8) to a binary stream, list by list, row by row."""
        lib = self.library
        write = out.write

        def items(name: str, chunks: Iterable[bytes], first: bool = False) -> None:
            write(b'"%s":[' % name.encode() if first else b',\n"%s":[' % name.encode())
            sep = b"\n"
            for chunk in chunks:
                write(sep)
                write(chunk)
                sep = b",\n"
            write(b"]")

        entities = lib.entities(entity_keys=self.entity_keys)
        with self._store.errors():  # before the articles: the English tables the lists join
            labels = self._load_english([e.key for e in entities])
        write(b'{"filter":' + _dumps(self.entity_keys) + b",\n")
        items("articles", self._json_chunks(_ARTICLE_FIELDS, self._articles_source()), first=True)
        items("entities", [b",\n".join([_dumps({
            "key": e.key, "canonical": e.canonical, "label_en": e.label_en, "label_source": labels[e.key][1],
            "type": e.type,
            "mentions": e.mentions, "articles": e.articles, "article_ids": list(e.article_ids),
            "aliases": list(e.aliases),
        }) for e in entities])] if entities else [])
        collector = self._collector()

        def figures() -> Iterator[bytes]:
            for batch in self._figure_batches(with_json=True):
                yield b",\n".join([r[0] for r in batch])
                collector.add(batch)

        items("figures", figures())
        groups = collector.groups()
        items("figure_groups", [b",\n".join([_dumps(doc) for doc, _ in groups])] if groups else [])
        items("quotes", self._json_chunks(_QUOTE_FIELDS, self._quotes_source()))
        write(b"}\n")


class _GroupCollector:
    """Collects the groupable figures of a walk (rows of :meth:`FactsDocument._figure_batches`), then
    groups them with :func:`sahifa.core.facts.group_figure_rows` (the code behind
    :meth:`Library.figure_groups`)."""

    def __init__(self, norm: Callable[[str], str], topics: Mapping[int, Collection[str]], frames: FrameReader,
                 dismissed: Collection[str] = ()) -> None:
        self.dismissed = dismissed  # keys of groups the user dismissed: left out
        self.norm = norm
        self.topics = topics
        self.frames = frames
        self.where: list[tuple[int, int, int, int, str | None, str | None]] = []  # what a row's frame needs
        self.index: dict[Counted, int] = {}
        self.rows: list[FigureRow] = []
        self.positions: list[int] = []   # of each row in the figures list
        self.seen = 0

    def add(self, batch: Sequence[tuple[Any, ...]]) -> None:
        index, rows, positions = self.index, self.rows, self.positions
        for pos, r in enumerate(batch, self.seen):
            if r[1] is None:
                continue
            c = (r[1], r[2], r[3], r[4])
            ci = index.get(c)
            if ci is None:
                ci = index[c] = len(index)
            rows.append((ci, r[5], r[6], r[7], r[8], r[9], r[10]))
            self.where.append((r[8], r[11], r[9], r[12], r[13], r[3]))
            positions.append(pos)
        self.seen += len(batch)

    def groups(self) -> list[tuple[dict[str, Any], list[FigureRow]]]:
        if not self.rows:
            return []
        rows, positions, where, frame = self.rows, self.positions, self.where, self.frames.frame
        return [
            ({"counted": counted, "counted_en": counted_en, "kind": kind, "unit": unit,
              "figures": [positions[i] for i in members], "shared": list(shared)}, [rows[i] for i in members])
            for counted, counted_en, kind, unit, members, shared in group_figure_rows(
                rows, list(self.index), topics=self.topics, norm=self.norm, frames=lambda i: frame(*where[i]))
            if group_key(kind, unit, ((rows[i][4], rows[i][5]) for i in members)) not in self.dismissed
        ]
