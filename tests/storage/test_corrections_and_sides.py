"""The corrections log (undo, review, revert) and notes that keep the side they were made on (v5)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sahifa.core.model import Note
from sahifa.storage import schema
from sahifa.storage.library import Library

from .test_library import article_a, key, norm


def _entities(lib: Library) -> dict[str, tuple[str, str, int]]:
    return {e.key: (e.canonical, e.type, e.mentions) for e in lib.entities()}


def test_every_correction_is_logged_and_undone_exactly(lib: Library) -> None:
    before = _entities(lib)
    sdf, qsd, obs = key("قوات سوريا الديمقراطية"), key("قسد"), key("المرصد السوري")
    lib.merge_entities(sdf, qsd)
    lib.rename_entity(obs, canonical="المرصد السوري لحقوق الإنسان")
    lib.retype_entity(obs, "PERSON")
    lib.delete_entity(key("الباغوز"))
    log = lib.corrections()
    assert [c.kind for c in log] == ["delete", "retype", "rename", "merge"]
    assert log[3].key == qsd and log[3].detail == {"into": sdf}
    assert _entities(lib) != before
    # undo, newest first, brings back exactly what was there
    while (last := lib.last_correction()) is not None:
        assert lib.revert_correction(last.id)
    assert _entities(lib) == before
    assert all(c.reverted for c in lib.corrections())
    assert not lib.revert_correction(log[0].id)  # already reverted


def test_reverting_one_correction_from_the_log_keeps_the_others(lib: Library) -> None:
    obs, qsd, sdf = key("المرصد السوري"), key("قسد"), key("قوات سوريا الديمقراطية")
    lib.merge_entities(sdf, qsd)
    lib.rename_entity(obs, label_en="Syrian Observatory for Human Rights")
    merge = next(c for c in lib.corrections() if c.kind == "merge")
    assert lib.revert_correction(merge.id)
    facts = {e.key: e for e in lib.entities()}
    assert qsd in facts and sdf in facts  # unmerged
    assert facts[obs].label_en == "Syrian Observatory for Human Rights"  # the rename stays


def test_a_note_keeps_the_english_side_and_span(lib: Library) -> None:
    aid = next(a.id for a in lib.articles())
    art, _ = lib.article(aid)
    s = art.sentences[1]
    english = "The observatory said 300 fighters remain."
    nid = lib.add_note(Note(art.path, s.start, s.end, "green", "check", pane="en", passage=s.text,
                            extra={"en_passage": "300 fighters"}), side_span=(21, 33))
    old = lib.add_note(Note(art.path, s.start, s.end, "yellow"))
    rows = {r.id: r for r in lib.notes()}
    assert rows[nid].pane == "en" and (rows[nid].side_start, rows[nid].side_end) == (21, 33)
    assert english[21:33] == rows[nid].side_passage == "300 fighters"
    assert (rows[nid].start, rows[nid].end) == (s.start, s.end)  # its aligned Arabic span
    assert rows[old].pane == "ar" and (rows[old].side_start, rows[old].side_end) == (s.start, s.end)
    with pytest.raises(ValueError):
        lib.add_note(Note(art.path, s.start, s.end, "green", pane="fr"))


def test_v4_library_migrates_old_notes_to_arabic(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    lib = Library(path, key_func=key, search_norm=norm)
    art, an = article_a()
    lib.save_article(art, an, folder="/news")
    lib.close()
    conn = sqlite3.connect(path)
    # back to a v4 library with a note as v4 wrote it
    conn.execute("DROP TABLE corrections")
    conn.execute("ALTER TABLE notes DROP COLUMN side_start")
    conn.execute("ALTER TABLE notes DROP COLUMN side_end")
    conn.execute("""INSERT INTO notes (article_path, start, "end", passage, color, created, updated)
                    VALUES (?, 5, 9, 'x', 'yellow', 'now', 'now')""", (art.path,))
    conn.execute("PRAGMA user_version = 4")
    conn.commit()
    conn.close()
    with Library(path, key_func=key, search_norm=norm) as lib:
        assert lib.schema_version == schema.SCHEMA_VERSION >= 5
        (row,) = lib.notes()
        assert row.pane == "ar" and (row.side_start, row.side_end) == (5, 9)
        assert lib.corrections() == []
