"""A reader who does not read Arabic searches for a name in English in articles that have no English yet
(seen on 20 real SaudiNewsNet articles: "Saudi" found nothing). The results list the entities whose
English name matches; a click filters the article list by the entity."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tests.gui.conftest import window_on_text

pytestmark = pytest.mark.gui

TEXT = ("الرياض تستقبل وزير الخارجية الأمريكي\n\nاستقبل الملك سلمان بن عبد العزيز في الرياض أمس وزير الخارجية "
        "الأمريكي جون كيري، وبحث معه الأوضاع في اليمن وسوريا.\n")


def test_english_name_search_lists_the_entity_and_filters_by_it(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path, TEXT)
    results = win.search_results
    win.search_edit.setText("kerry")
    with qtbot.waitSignal(results.searched, timeout=20_000):
        win.run_search()
    assert not results.hits(), "the article has no English: no text hit"
    shown = [c.text(0) for i in range(results.topLevelItemCount()) if (g := results.topLevelItem(i)) is not None
             for c in [g, *(g.child(j) for j in range(g.childCount()))]]
    assert any("John Kerry" in t for t in shown), shown
    items = results.entity_items()
    assert [i.text(0).split(" · ")[0] for i in items] == ["John Kerry"], [i.text(0) for i in items]
    assert "جون كيري" in items[0].text(0)
    assert results.article_counts() == []  # the entities' heading is not an article group
    results.step(1)  # next match: none (entity rows are not matches)
    assert not win.filter
    results.itemClicked.emit(items[0], 0)
    qtbot.waitUntil(lambda: [lbl for _k, lbl in win.filter] == ["John Kerry"], timeout=10_000)
    assert win.articles_dock.isVisible()
    # an Arabic query lists no entities by English name
    win.search_edit.setText("كيري")
    with qtbot.waitSignal(results.searched, timeout=20_000):
        win.run_search()
    assert results.hits() and not results.entity_items()
    win.close()


def test_english_names_match_by_word_starts_without_case_or_accents() -> None:
    from sahifa.gui.search import english_named

    people = [SimpleNamespace(label_en="Saud Al-Faisal"), SimpleNamespace(label_en="Arsène Wenger"),
              SimpleNamespace(label_en="Saudi Arabia"), SimpleNamespace(label_en="")]
    names = lambda q: [e.label_en for e in english_named(people, q)]  # noqa: E731
    assert names("saud") == ["Saud Al-Faisal", "Saudi Arabia"]
    assert names("al-faisal") == ["Saud Al-Faisal"]
    assert names("arsene") == ["Arsène Wenger"]
    assert names("audi") == [] and names("سعود") == [] and names("  ") == []
