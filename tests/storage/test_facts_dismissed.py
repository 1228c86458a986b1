"""Dismissing a "reported differently" group (v6): persisted in the library, left out of the groups and
of the facts document, restorable; a v5 library upgrades."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

from sahifa.core.articles import build_article
from sahifa.core.model import Analysis, EntityMention, NumberMention
from sahifa.storage import schema
from sahifa.storage.facts_json import FactsDocument
from sahifa.storage.library import Library

from .test_library import key, norm

REPORTS = {
    "/a.txt": "تفجير سروج\n\nقالت وزارة الداخلية إن انفجارا في بلدة سروج قرب الحدود أسفر عن مقتل 27 شخصا.",
    "/b.txt": "سروج\n\nذكرت وزارة الداخلية أن انفجارا في بلدة سروج قرب الحدود أسفر عن مقتل 30 شخصا.",
}


def bombing_library(path: Path) -> Library:
    lib = Library(path, key_func=key, search_norm=norm)
    for p, raw in REPORTS.items():
        art = build_article(p, raw)
        text = art.text
        mentions = [EntityMention(name, "LOC", name, "", at, at + len(name))
                    for name in ("سروج", "وزارة الداخلية") for at in [text.find(name, text.find("\n"))]]
        value = 27 if "27" in text else 30
        at = text.find(f"{value} شخصا")
        numbers = (NumberMention(str(value), value, "count", None, at, at + 2, "شخصا", "people"),)
        lib.save_article(art, Analysis(tuple(mentions), numbers, ()), folder="/")
    return lib


def groups_in_document(lib: Library) -> list[dict[str, object]]:
    out = io.BytesIO()
    with FactsDocument(lib, []) as doc:
        doc.write_json(out)
    groups: list[dict[str, object]] = json.loads(out.getvalue())["figure_groups"]
    return groups


def test_a_dismissed_group_stays_dismissed_until_restored(tmp_path: Path) -> None:
    lib = bombing_library(tmp_path / "library.db")
    (group,) = lib.figure_groups(figures=lib.figures())
    assert len(groups_in_document(lib)) == 1
    lib.dismiss_figure_group(group.key, "people: 27, 30")
    assert lib.figure_groups(figures=lib.figures()) == []
    assert groups_in_document(lib) == []  # sahifa facts --json agrees (and its cache is renewed)
    lib.close()
    with Library(tmp_path / "library.db", key_func=key, search_norm=norm) as again:  # persisted
        assert again.figure_groups(figures=again.figures()) == []
        ((k, label, _when),) = again.dismissed_figure_groups()
        assert (k, label) == (group.key, "people: 27, 30")
        assert again.restore_figure_group(k) == 1
        assert [g.key for g in again.figure_groups(figures=again.figures())] == [group.key]
        assert again.dismissed_figure_groups() == []


def test_restore_all(tmp_path: Path) -> None:
    lib = bombing_library(tmp_path / "library.db")
    (group,) = lib.figure_groups(figures=lib.figures())
    lib.dismiss_figure_group(group.key, "x")
    lib.dismiss_figure_group("count||9:9,10:10", "another")
    assert lib.restore_figure_group() == 2 and len(lib.figure_groups(figures=lib.figures())) == 1
    lib.close()


def test_v5_library_upgrades_with_no_dismissed_group(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    bombing_library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE dismissed_groups")  # back to a v5 library
    conn.execute("PRAGMA user_version = 5")
    conn.commit()
    conn.close()
    with Library(path, key_func=key, search_norm=norm) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION >= 6
        assert lib.dismissed_figure_groups() == []
        (group,) = lib.figure_groups(figures=lib.figures())
        lib.dismiss_figure_group(group.key, "people")
        assert lib.figure_groups(figures=lib.figures()) == []
