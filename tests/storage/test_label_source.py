"""The English label's source (sahifa.nlp.labels) is stored with each mention and survives a reload;
a label the user renamed is the user's; a library of schema 3 gains the column on open."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sahifa.core.articles import build_article
from sahifa.nlp.pipeline import analyse
from sahifa.storage import schema
from sahifa.storage.library import Library

TEXT = "زيارة إلى حجة\n\nوصل الوفد إلى مدينة حجة اليمنية قادماً من الرياض يوم الأحد."


def test_label_source_is_stored_and_read_back(tmp_path: Path) -> None:
    article = build_article(str(tmp_path / "a.txt"), TEXT)
    analysis = analyse(article)
    sources = {m.canonical: m.label_source for m in analysis.entities}
    assert sources.get("حجة") == "geonames" and sources.get("الرياض") == "gazetteer"
    with Library(tmp_path / "library.db") as lib:
        lib.save_article(article, analysis, folder=str(tmp_path))
        (aid,) = [a.id for a in lib.articles()]
        _art, stored = lib.article(aid)
        assert [(m.canonical, m.label_source) for m in stored.entities] == \
            [(m.canonical, m.label_source) for m in analysis.entities]
        mentions = dict((m.canonical, (m.label_en, m.label_source)) for m, _k in lib.entity_mentions(aid))
        assert mentions["حجة"] == ("Hajjah", "geonames")
        key = next(k for m, k in lib.entity_mentions(aid) if m.canonical == "حجة")
        lib.rename_entity(key, label_en="Hajja town")
        mentions = dict((m.canonical, (m.label_en, m.label_source)) for m, _k in lib.entity_mentions(aid))
        assert mentions["حجة"] == ("Hajja town", "user")


def test_a_schema_3_library_gains_the_column(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    with Library(path):
        pass
    conn = sqlite3.connect(path)
    with conn:  # make it look like a library written before schema 4
        conn.execute("ALTER TABLE mentions DROP COLUMN label_source")
        conn.execute("PRAGMA user_version = 3")
    conn.close()
    with Library(path) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION >= 4
        cols = {r[1] for r in lib.db.conn.execute("PRAGMA table_info(mentions)")}
        assert "label_source" in cols
