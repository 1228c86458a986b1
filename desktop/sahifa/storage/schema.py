"""The library schema and its migrations.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS`` is an ordered list of functions;
migration *i* (0-based) brings a database from version *i* to *i + 1*. Each runs in its own
transaction together with the ``user_version`` bump, so a crash mid-migration leaves the previous
version intact and the migration simply runs again on the next start. Never edit a released
migration: append a new one.

Tables (all offsets are character offsets into ``articles.text``):

- ``articles``        one row per article file (``path`` unique): the small columns lists and joins read;
                      ``topics`` (v3): its most-mentioned entity keys, for grouping figures by story.
- ``article_texts``   the cleaned text, paragraph spans and reference English (JSON), kept apart so that
                      list scans and joins never page through article bodies (10× faster at 10k articles).
- ``sentences``       per sentence span and, once translated, its English (``en``).
- ``mentions``        entity mentions as analysed (``key`` = key_func(canonical)).
- ``article_entities`` one row per (entity key, article) with the mention count — the index that makes
                      entity counts and entity filters cheap. ``entities.mentions`` and
                      ``entities.articles`` are kept in step by ``save_prepared`` on insert (v2) and by
                      triggers on delete, including cascading deletes.
- ``entities``        one row per key: display values from the latest analysis plus global counters.
- ``entity_aliases``  distinct surfaces per key with reference counts (added by ``save_prepared``, removed by a trigger).
- ``entity_fixes``    user corrections keyed by entity key (rename, retype, delete, merge); never
                      touched by re-analysis and applied at query time.
- ``numbers``         figures; ``quote_idx`` points at the innermost quote covering the figure.
- ``quotes``          who said what; ``speaker_key`` = key_func(speaker_canonical).
- ``passages`` + ``passages_fts``  FTS5 (external content) over normalised Arabic sentences and English
                      (reference paragraphs or machine-translated sentences). Since v2 new passages are
                      indexed set-based when their write transaction commits (see ``sahifa.storage.db.Store.flush_fts``);
                      deletes and updates still go through triggers.
- ``translations``    machine-translation cache keyed by (engine, sha1 of the source text).
- ``notes``           user highlights/notes keyed by article path + offsets (no foreign key: they
                      survive re-analysis and removal of the article). AUTOINCREMENT: ids never reused.
                      ``start``/``end`` are always the Arabic span (the aligned sentences of a note made
                      on the English); ``pane`` is the side it was made on and (v5) ``side_start``/
                      ``side_end`` its offsets into that side's text.
- ``corrections``     (v5) the log of entity corrections, with the ``entity_fixes`` rows each one changed
                      as they were before, so that any correction can be reviewed and reverted (undo).
- ``dismissed_groups`` (v6) "reported differently" groups the user dismissed, by group key.
- ``articles.title_en`` (v7) the English title of the article list (NULL without English).
- ``meta``            settings and state; ``facts_revision`` (v3) changes with everything the facts
                      document shows (triggers on ``articles`` and ``entity_fixes``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..core.facts import TOPICS_PER_ARTICLE

if TYPE_CHECKING:  # imported lazily by Library.db: sqlite-utils pulls in pandas/numpy when installed
    import sqlite_utils

V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    folder       TEXT NOT NULL,
    title        TEXT NOT NULL,
    source       TEXT,
    published    TEXT,
    encoding     TEXT NOT NULL,
    sha1         TEXT NOT NULL,
    n_entities   INTEGER NOT NULL DEFAULT 0,
    n_numbers    INTEGER NOT NULL DEFAULT 0,
    n_quotes     INTEGER NOT NULL DEFAULT 0,
    read         INTEGER NOT NULL DEFAULT 0,
    analysed     TEXT NOT NULL
);
CREATE INDEX articles_folder ON articles(folder);
CREATE INDEX articles_order ON articles(published, title);

CREATE TABLE article_texts (
    article_id   INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    paragraphs   TEXT NOT NULL,
    reference_en TEXT,
    text         TEXT NOT NULL
);

CREATE TABLE sentences (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    paragraph  INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    en         TEXT,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE entities (
    key       TEXT PRIMARY KEY,
    canonical TEXT NOT NULL,
    label_en  TEXT NOT NULL,
    type      TEXT NOT NULL,
    mentions  INTEGER NOT NULL DEFAULT 0,
    articles  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE mentions (
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    key            TEXT NOT NULL,
    surface_key    TEXT NOT NULL,
    text           TEXT NOT NULL,
    type           TEXT NOT NULL,
    canonical      TEXT NOT NULL,
    label_en       TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    source         TEXT NOT NULL,
    sentence_index INTEGER NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE article_entities (
    key        TEXT NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    n          INTEGER NOT NULL,
    PRIMARY KEY (key, article_id)
) WITHOUT ROWID;
CREATE INDEX article_entities_article ON article_entities(article_id, key);

CREATE TABLE entity_aliases (
    key         TEXT NOT NULL,
    surface     TEXT NOT NULL,
    surface_key TEXT NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (key, surface)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_surface ON entity_aliases(surface_key);

CREATE TABLE entity_fixes (
    key         TEXT PRIMARY KEY,
    canonical   TEXT,
    label_en    TEXT,
    type        TEXT,
    deleted     INTEGER NOT NULL DEFAULT 0,
    merged_into TEXT,
    updated     TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE numbers (
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    sentence_index INTEGER NOT NULL,
    text           TEXT NOT NULL,
    value,
    value_max,
    kind           TEXT NOT NULL,
    unit           TEXT,
    counted        TEXT,
    counted_en     TEXT,
    qualifier      TEXT,
    vague          INTEGER NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    quote_idx      INTEGER,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE quotes (
    article_id        INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx               INTEGER NOT NULL,
    sentence_index    INTEGER NOT NULL,
    speaker           TEXT NOT NULL,
    speaker_canonical TEXT,
    speaker_key       TEXT,
    cue               TEXT NOT NULL,
    quote             TEXT NOT NULL,
    direct            INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    speaker_start     INTEGER,
    speaker_end       INTEGER,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX quotes_speaker ON quotes(speaker_key) WHERE speaker_key IS NOT NULL;

CREATE TABLE passages (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_index INTEGER NOT NULL,
    lang           TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    en             TEXT,
    norm           TEXT NOT NULL
);
CREATE INDEX passages_article ON passages(article_id, lang);
CREATE VIRTUAL TABLE passages_fts USING fts5(
    norm, content='passages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE translations (
    id      INTEGER PRIMARY KEY,
    engine  TEXT NOT NULL,
    hash    BLOB NOT NULL,
    src     TEXT NOT NULL,
    dst     TEXT NOT NULL,
    created TEXT NOT NULL
);
CREATE UNIQUE INDEX translations_key ON translations(engine, hash);

CREATE TABLE notes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    article_path TEXT NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    passage      TEXT NOT NULL,
    color        TEXT NOT NULL,
    text         TEXT NOT NULL DEFAULT '',
    pane         TEXT NOT NULL DEFAULT 'ar',
    created      TEXT NOT NULL,
    updated      TEXT NOT NULL,
    extra        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX notes_path ON notes(article_path, start);

CREATE TRIGGER article_entities_ai AFTER INSERT ON article_entities BEGIN
    UPDATE entities SET mentions = mentions + NEW.n, articles = articles + 1 WHERE key = NEW.key;
END;
CREATE TRIGGER article_entities_ad AFTER DELETE ON article_entities BEGIN
    UPDATE entities SET mentions = mentions - OLD.n, articles = articles - 1 WHERE key = OLD.key;
END;

CREATE TRIGGER mentions_ai AFTER INSERT ON mentions BEGIN
    INSERT INTO entity_aliases (key, surface, surface_key, n) VALUES (NEW.key, NEW.text, NEW.surface_key, 1)
        ON CONFLICT (key, surface) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
    UPDATE entity_aliases SET n = n - 1 WHERE key = OLD.key AND surface = OLD.text;
    DELETE FROM entity_aliases WHERE key = OLD.key AND surface = OLD.text AND n <= 0;
END;

CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO passages_fts (rowid, norm) VALUES (NEW.id, NEW.norm);
END;
CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, norm) VALUES ('delete', OLD.id, OLD.norm);
END;
CREATE TRIGGER passages_au AFTER UPDATE ON passages BEGIN
    INSERT INTO passages_fts (passages_fts, rowid, norm) VALUES ('delete', OLD.id, OLD.norm);
    INSERT INTO passages_fts (rowid, norm) VALUES (NEW.id, NEW.norm);
END;
"""


def _v1(db: sqlite_utils.Database) -> None:
    """Create everything."""
    db.executescript(V1)


V2 = """
DROP TRIGGER IF EXISTS article_entities_ai;
DROP TRIGGER IF EXISTS mentions_ai;
DROP TRIGGER IF EXISTS passages_ai;
CREATE INDEX IF NOT EXISTS articles_sort ON articles(published IS NULL, published, title, id);
CREATE INDEX IF NOT EXISTS numbers_order ON numbers(article_id, start);
"""


def _v2(db: sqlite_utils.Database) -> None:
    """Bulk-friendly writes: the per-row INSERT triggers go; ``Library.save_article`` maintains the same
    state set-based (entity counters in its ``entities`` upsert, alias counts aggregated per article,
    the FTS index with one ``INSERT … SELECT`` per transaction). The data itself is unchanged, so a
    v1 library is upgraded by dropping three triggers. The DELETE/UPDATE triggers stay.

    Two indexes in list order (articles by published/title/id, figures by position in their article)
    let a page of ``Library.figures(limit=…)`` stop after its rows instead of sorting every figure of
    the matching articles (an entity in all of 10,000 articles: 75 ms → 4 ms for 500 rows)."""
    for stmt in V2.split(";"):
        if stmt.strip():
            db.conn.execute(stmt)


# Columns of ``articles`` whose change can change the facts document (all but ``read``).
_FACT_COLUMNS = "path, folder, title, source, published, encoding, sha1, n_entities, n_numbers, n_quotes, analysed"
_NEW_REVISION = "UPDATE meta SET value = lower(hex(randomblob(12))) WHERE key = 'facts_revision';"

V3 = f"""
INSERT OR IGNORE INTO meta (key, value) VALUES ('facts_revision', lower(hex(randomblob(12))));
CREATE TRIGGER IF NOT EXISTS facts_revision_articles_ai AFTER INSERT ON articles BEGIN {_NEW_REVISION} END;
CREATE TRIGGER IF NOT EXISTS facts_revision_articles_ad AFTER DELETE ON articles BEGIN {_NEW_REVISION} END;
CREATE TRIGGER IF NOT EXISTS facts_revision_articles_au AFTER UPDATE OF {_FACT_COLUMNS} ON articles
    BEGIN {_NEW_REVISION} END;
CREATE TRIGGER IF NOT EXISTS facts_revision_fixes_ai AFTER INSERT ON entity_fixes BEGIN {_NEW_REVISION} END;
CREATE TRIGGER IF NOT EXISTS facts_revision_fixes_ad AFTER DELETE ON entity_fixes BEGIN {_NEW_REVISION} END;
CREATE TRIGGER IF NOT EXISTS facts_revision_fixes_au AFTER UPDATE ON entity_fixes BEGIN {_NEW_REVISION} END;
ALTER TABLE articles ADD COLUMN topics TEXT NOT NULL DEFAULT '[]';
UPDATE articles SET topics = (
    SELECT json_group_array(key) FROM (
        SELECT key FROM article_entities WHERE article_id = articles.id ORDER BY n DESC, key LIMIT {TOPICS_PER_ARTICLE}));
"""


def _v3(db: sqlite_utils.Database) -> None:
    """Two things the facts need, set-based.

    A revision token for the facts document (``meta.facts_revision``): a new random value whenever
    something the document shows may have changed, so that a cached document (``sahifa facts
    --json``, see :mod:`sahifa.storage.facts_cache`) is served only for the exact state it was built
    from. Random rather than a counter: a library restored from a backup and changed again never
    reaches a token it had before. Every analysed change writes its ``articles`` row (mentions,
    figures, quotes, entities and aliases are written only with it) and every correction is a row of
    ``entity_fixes``, so triggers on those two tables cover every change; marking an article read does
    not count. One trigger per article row, not per figure: nothing measurable on ingest.

    ``articles.topics``: the article's ``TOPICS_PER_ARTICLE`` most-mentioned entity keys (JSON list;
    ties by key), which "reported differently" groups use to keep figures of different stories apart
    (:mod:`sahifa.core.facts`); written by ``save_prepared``, filled here for existing articles."""
    for stmt in _statements(V3):
        db.conn.execute(stmt)


def _statements(script: str) -> list[str]:
    """The statements of ``script`` (triggers kept whole), for running inside an open transaction."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


V4 = """
ALTER TABLE mentions ADD COLUMN label_source TEXT NOT NULL DEFAULT '';
"""


def _v4(db: sqlite_utils.Database) -> None:
    """Where each English label comes from (``label_source``: gazetteer, geonames, name-index, glossary,
    projection, original, transliteration — see :mod:`sahifa.nlp.labels`), so that a transliterated
    guess can be shown as one. Rows analysed before have '' (unknown) until their file is analysed again."""
    for stmt in _statements(V4):
        db.conn.execute(stmt)


V5_COLUMNS = ("side_start", "side_end")
V5 = """
UPDATE notes SET pane = 'ar' WHERE pane IS NULL OR pane NOT IN ('ar', 'en');
UPDATE notes SET side_start = start, side_end = "end" WHERE pane = 'ar';
CREATE TABLE IF NOT EXISTS corrections (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind     TEXT NOT NULL,
    key      TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT '{}',
    before   TEXT NOT NULL,
    created  TEXT NOT NULL,
    reverted TEXT
);
"""


def _v5(db: sqlite_utils.Database) -> None:
    """Notes keep the side they were made on: ``side_start``/``side_end`` are offsets into that side's
    text (the English as shown when the note was made), while ``start``/``end`` stay the Arabic span
    (the aligned sentences) that entity filters, exports and re-anchoring use. Every note made before
    was made on the Arabic (the English selection was stored as its Arabic sentences), so old notes are
    Arabic with their side span equal to their span.

    ``corrections``: one row per entity correction (merge, rename, retype, delete) with ``before`` — a
    JSON object of every ``entity_fixes`` row the correction changed, as it was (null: no row) — so that
    reverting writes those rows back exactly."""
    have = {row[1] for row in db.conn.execute("PRAGMA table_info(notes)")}
    for column in V5_COLUMNS:
        if column not in have:  # a library faked or half-upgraded by hand may have it already
            db.conn.execute(f"ALTER TABLE notes ADD COLUMN {column} INTEGER")
    for stmt in _statements(V5):
        db.conn.execute(stmt)


V6 = f"""
CREATE TABLE IF NOT EXISTS dismissed_groups (
    key      TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    created  TEXT NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER IF NOT EXISTS facts_revision_dismissed_ai AFTER INSERT ON dismissed_groups BEGIN {_NEW_REVISION} END;
CREATE TRIGGER IF NOT EXISTS facts_revision_dismissed_ad AFTER DELETE ON dismissed_groups BEGIN {_NEW_REVISION} END;
"""


def _v6(db: sqlite_utils.Database) -> None:
    """``dismissed_groups``: the "reported differently" groups the user dismissed (not one fact), by
    :func:`sahifa.core.facts.group_key`, with the label shown when they were dismissed (to list them for
    restoring). A dismissal changes the facts document, so it renews ``facts_revision``."""
    for stmt in _statements(V6):
        db.conn.execute(stmt)


def _v7(db: sqlite_utils.Database) -> None:
    """``articles.title_en``: the English title the article list shows, stored where the English is
    stored (an article saved with its reference or carried machine English, a machine translation
    indexed) instead of read from each article's first sentence and reference on every listing (56 →
    185 ms at 10,000 articles with English). Filled here for every article, in the migration's
    transaction: a library killed meanwhile stays at v6 and is migrated again when next opened."""
    from .articles import store_titles_en  # articles imports this module's users; not at import time

    have = {row[1] for row in db.conn.execute("PRAGMA table_info(articles)")}
    if "title_en" not in have:  # a library faked or half-upgraded by hand may have it already
        db.conn.execute("ALTER TABLE articles ADD COLUMN title_en TEXT")
    store_titles_en(db.conn)


Migration = Callable[["sqlite_utils.Database"], None]

MIGRATIONS: list[Migration] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(db: sqlite_utils.Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite_utils.Database) -> int:
    """Apply the pending migrations, each in its own IMMEDIATE transaction; return the new version.

    Idempotent: at the current version nothing runs. The version is re-read inside the write lock, so
    two windows starting at once do not both migrate.
    """
    conn = db.conn
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(db)
            if version >= len(MIGRATIONS):
                conn.execute("COMMIT")
                return version
            MIGRATIONS[version](db)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
