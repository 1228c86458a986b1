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


def test_the_source_is_that_of_the_label_shown(tmp_path: Path) -> None:
    """An entity labelled by a transliteration in most mentions but shown with a gazetteer label says
    "gazetteer": the source belongs to the label the entity shows, not to most of its mentions."""
    from sahifa.core.model import Analysis, EntityMention

    with Library(tmp_path / "library.db") as lib:
        for i, (label, sources) in enumerate([("Hajja", ["transliteration"] * 3), ("Hajjah", ["gazetteer"])]):
            art = build_article(str(tmp_path / f"{i}.txt"), TEXT)
            mentions = tuple(EntityMention("حجة", "LOC", "حجة", label, 10 + j, 13 + j, label_source=s)
                             for j, s in enumerate(sources))
            lib.save_article(art, Analysis(mentions, (), ()), folder=str(tmp_path))
        (entity,) = lib.entities()
        assert entity.label_en == "Hajjah"  # the latest analysis names it
        assert lib.entity_labels([entity.key]) == {entity.key: ("Hajjah", "gazetteer")}


def test_the_most_common_source_of_the_shown_label_wins(tmp_path: Path) -> None:
    """One label from two sources: the one most of its mentions give."""
    from sahifa.core.model import Analysis, EntityMention

    with Library(tmp_path / "library.db") as lib:
        art = build_article(str(tmp_path / "a.txt"), TEXT)
        sources = ["projection", "gazetteer", "gazetteer", "transliteration"]
        mentions = tuple(EntityMention("حجة", "LOC", "حجة", "Hajjah" if s != "transliteration" else "Haja",
                                       10 + j, 13 + j, label_source=s) for j, s in enumerate(sources))
        lib.save_article(art, Analysis(mentions, (), ()), folder=str(tmp_path))
        (entity,) = lib.entities()
        assert lib.entity_labels([entity.key])[entity.key][1] == ("gazetteer" if entity.label_en == "Hajjah"
                                                                 else "transliteration")
