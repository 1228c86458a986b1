"""Entity corrections in the sidebar: filter keeps groups open with counts, merge candidates, undo."""

from __future__ import annotations

import pytest

from sahifa.gui.facts import TOTAL_ROLE, merge_candidates
from sahifa.gui.main_window import MainWindow
from sahifa.gui.ops import LibraryChanges

pytestmark = pytest.mark.gui


def test_entity_filter_keeps_groups_open_with_counts(window: MainWindow) -> None:
    facts = window.facts
    facts.entity_search.setText("syria")
    proxy, view = facts.entity_proxy, facts.entity_view
    heads = [proxy.index(r, 0) for r in range(proxy.rowCount())]
    assert heads and all(view.isExpanded(h) for h in heads)
    for h in heads:
        shown = proxy.rowCount(h)
        assert proxy.data(h).endswith(f"({shown}/{facts.entity_model.item(proxy.mapToSource(h).row()).data(TOTAL_ROLE)})")


def test_merge_offers_same_type_similar_names_first(window: MainWindow) -> None:
    facts = window.facts.entity_facts()
    place = next(f for f in facts if f.type == "LOC" and f.label_en == "Syria")
    ranked = merge_candidates(place, [f for f in facts if f.key != place.key])
    assert ranked[0].type == "LOC" and ranked[0].label_en != "Donald Trump"
    assert all(f.type == "LOC" for f in ranked[: sum(1 for f in facts if f.type == "LOC") - 1])


def test_undo_reverts_the_last_correction(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    items = _entity_keys(window)
    keep, other = items["ISIS"], items["Syrian Democratic Forces"]
    lib = window.library
    assert lib is not None
    before = {f.key for f in lib.entities()}
    changed = window.events.library_changed  # corrections are saved on a worker, then this is emitted

    def entities(changes: LibraryChanges) -> bool:
        return changes.entities

    with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=entities):
        window.facts.merge_requested.emit(keep, other)
    assert other not in {f.key for f in lib.entities()}
    with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=entities):
        window.undo_action.trigger()
    assert {f.key for f in lib.entities()} == before
    assert window.status_label.text().startswith("Undone:")
    (log,) = lib.corrections()
    assert log.kind == "merge" and log.reverted
    seen: list[LibraryChanges] = []
    changed.connect(seen.append)
    window.undo_action.trigger()  # nothing left to undo: a sentence, no change
    qtbot.waitUntil(lambda: "No correction" in window.status_label.text(), timeout=10_000)
    qtbot.wait(100)
    assert not any(c.entities for c in seen)


def _entity_keys(window: MainWindow) -> dict[str, str]:
    """The sidebar's entities, English name → key."""
    return {label.split(" · ")[0]: key for key, label in window.facts.entity_items()}


def _entities(changes: LibraryChanges) -> bool:
    return changes.entities  # not the mark-read of the article shown meanwhile


def test_reverting_an_older_correction_asks_about_later_ones_of_the_same_entity(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot, monkeypatch) -> None:
    lib = window.library
    assert lib is not None
    sdf = _entity_keys(window)["Syrian Democratic Forces"]
    ctl = window.notes_ctl
    changed = window.events.library_changed

    def labels() -> str:
        return next(f.label_en for f in lib.entities() if f.key == sdf)

    for label in ("SDF", "Syrian Democratic Forces (SDF)"):
        with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=_entities):
            ctl.rename_entity(sdf, "", label)
    older = lib.corrections()[-1]
    asked: list[list[str]] = []

    def answer(yes: bool):  # type: ignore[no-untyped-def]
        def confirm(dependents) -> bool:  # type: ignore[no-untyped-def]
            asked.append([c.detail.get("label_en") for c in dependents])
            return yes
        return confirm

    logs: list[object] = []
    monkeypatch.setattr(ctl, "confirm_revert_together", answer(False))
    ctl.revert_correction(older.id, logs.append)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    qtbot.wait(200)
    assert asked == [["Syrian Democratic Forces (SDF)"]]  # the later rename is named
    assert not logs and labels() == "Syrian Democratic Forces (SDF)"  # No: nothing reverted
    monkeypatch.setattr(ctl, "confirm_revert_together", answer(True))
    with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=_entities):
        ctl.revert_correction(older.id, logs.append)
    qtbot.waitUntil(lambda: bool(logs), timeout=10_000)
    assert labels() == "Syrian Democratic Forces"
    assert all(c.reverted for c in lib.corrections())


def test_reverting_an_older_correction_keeps_a_later_one_of_another_field(  # type: ignore[no-untyped-def]
        window: MainWindow, qtbot, monkeypatch) -> None:
    lib = window.library
    assert lib is not None
    sdf = _entity_keys(window)["Syrian Democratic Forces"]
    ctl = window.notes_ctl
    changed = window.events.library_changed
    with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=_entities):
        ctl.retype_entity(sdf, "PERSON")
    with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=_entities):
        ctl.rename_entity(sdf, "", "SDF")
    retype = next(c for c in lib.corrections() if c.kind == "retype")
    monkeypatch.setattr(ctl, "confirm_revert_together", lambda _deps: pytest.fail("nothing depends on it"))
    with qtbot.waitSignal(changed, timeout=10_000, check_params_cb=_entities):
        ctl.revert_correction(retype.id)
    fact = next(f for f in lib.entities() if f.key == sdf)
    assert fact.type != "PERSON" and fact.label_en == "SDF"  # the later rename stays (the old code lost it)
