"""Reverting one correction of the log undoes exactly that correction: later corrections of other
things stay; later corrections of the same thing are named, and reverted with it only when asked."""

from __future__ import annotations

import pytest

from sahifa.storage.library import Library, LibraryError

from .test_library import key


def _facts(lib: Library) -> dict[str, tuple[str, str, str]]:
    return {e.key: (e.canonical, e.label_en, e.type) for e in lib.entities()}


def _log(lib: Library, kind: str) -> int:
    return next(c.id for c in lib.corrections() if c.kind == kind and not c.reverted)


def test_reverting_an_older_correction_keeps_a_later_one_of_the_same_entity(lib: Library) -> None:
    obs = key("المرصد السوري")
    lib.retype_entity(obs, "PERSON")
    lib.rename_entity(obs, label_en="Syrian Observatory for Human Rights")
    retype = _log(lib, "retype")
    assert lib.dependent_corrections(retype) == []
    assert lib.revert_correction(retype)
    canonical, label, etype = _facts(lib)[obs]
    assert etype == "ORG"  # the retype is gone ...
    assert label == "Syrian Observatory for Human Rights"  # ... and the later rename stays (old code lost it)


def test_reverting_the_older_of_two_renames_names_the_later_one(lib: Library) -> None:
    obs = key("المرصد السوري")
    original = _facts(lib)[obs]
    lib.rename_entity(obs, label_en="Observatory")
    first = _log(lib, "rename")
    lib.rename_entity(obs, label_en="Syrian Observatory for Human Rights")
    (later,) = lib.dependent_corrections(first)
    assert later.kind == "rename" and later.detail == {"label_en": "Syrian Observatory for Human Rights"}
    with pytest.raises(LibraryError, match="revert them together"):
        lib.revert_correction(first)
    assert _facts(lib)[obs][1] == "Syrian Observatory for Human Rights"  # refused: nothing changed
    assert not any(c.reverted for c in lib.corrections())
    assert lib.revert_correction(first, with_dependents=True)
    assert _facts(lib)[obs] == original
    assert all(c.reverted for c in lib.corrections())


def test_a_merge_of_the_merged_entity_depends_on_the_first_merge(lib: Library) -> None:
    sdf, qsd, obs = key("قوات سوريا الديمقراطية"), key("قسد"), key("المرصد السوري")
    before = set(_facts(lib))
    lib.merge_entities(sdf, qsd)  # قسد → SDF
    first = _log(lib, "merge")
    lib.merge_entities(obs, sdf)  # SDF (and قسد with it) → the observatory
    lib.rename_entity(obs, canonical="المرصد")  # another thing: not a dependent
    deps = lib.dependent_corrections(first)
    assert [c.kind for c in deps] == ["merge"] and deps[0].detail == {"into": obs}
    assert lib.revert_correction(first, with_dependents=True)
    assert set(_facts(lib)) == before  # both merges undone
    assert _facts(lib)[obs][0] == "المرصد"  # the rename stays


def test_undo_newest_first_still_restores_everything(lib: Library) -> None:
    before = _facts(lib)
    obs, baghuz = key("المرصد السوري"), key("الباغوز")
    lib.rename_entity(obs, canonical="المرصد")
    lib.retype_entity(obs, "PERSON")
    lib.rename_entity(obs, canonical="مرصد")
    lib.delete_entity(baghuz)
    while (last := lib.last_correction()) is not None:
        assert lib.dependent_corrections(last.id) == []  # the newest never has dependents
        assert lib.revert_correction(last.id)
    assert _facts(lib) == before
    assert lib.store.conn.execute("SELECT count(*) FROM entity_fixes").fetchone()[0] == 0
