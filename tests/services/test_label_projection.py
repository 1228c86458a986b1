"""Entity labels projected from an article's own English (services.translation): from the reference
translation when the article is analysed, from a machine translation when it is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahifa.core.articles import build_article
from sahifa.core.model import Analysis, EntityMention
from sahifa.services.translation import project_analysis, project_labels, store_english
from sahifa.storage.library import Library

# جوش إيرنست: the transliteration guesses "Josh Ayranasat", the name index "Josh Ernest"
RAW = ("تصريحات البيت الأبيض\n\n"
       "قال جوش إيرنست إن المحادثات ستستمر. وأضاف المتحدث أن الاجتماع كان مثمرا.\n"
       "وأكد جوش إيرنست أن الوفد سيعود.")
NAME = "جوش إيرنست"
REFERENCE = ("White House statements",
             "Josh Earnest said the talks would continue. The spokesman added that the meeting was fruitful.",
             "Josh Earnest confirmed that the delegation would return.")


def _mentions(text: str, source: str = "transliteration") -> list[EntityMention]:
    out, start = [], text.find(NAME)
    while start >= 0:
        out.append(EntityMention(NAME, "PERSON", NAME, "Josh Ayranasat", start, start + len(NAME),
                                 label_source=source))
        start = text.find(NAME, start + 1)
    return out


def test_reference_english_labels_every_mention(tmp_path: Path) -> None:
    art = build_article(str(tmp_path / "a.txt"), RAW, reference_en=REFERENCE)
    mentions = _mentions(art.text)
    assert len(mentions) == 2
    projected = project_labels(art, mentions)
    assert [(m.label_en, m.label_source) for m in projected] == [("Josh Earnest", "projection")] * 2
    analysed = project_analysis(art, Analysis(tuple(mentions)))
    assert [m.label_en for m in analysed.entities] == ["Josh Earnest"] * 2


@pytest.mark.parametrize("source", ["user", "original"])
def test_a_correction_or_a_latin_name_is_kept(tmp_path: Path, source: str) -> None:
    art = build_article(str(tmp_path / "a.txt"), RAW, reference_en=REFERENCE)
    assert [m.label_source for m in project_labels(art, _mentions(art.text, source))] == [source] * 2


def test_without_english_nothing_changes(tmp_path: Path) -> None:
    art = build_article(str(tmp_path / "a.txt"), RAW)
    mentions = _mentions(art.text)
    assert project_labels(art, mentions) == mentions
    assert project_analysis(art, Analysis(tuple(mentions))).entities == tuple(mentions)
    # English that does not write the name: the label stays
    other = ["White House statements", "The talks would continue.", "Nothing more.", "The delegation returns."]
    assert project_labels(art, mentions, other[: len(art.sentences)]) == mentions


def test_storing_a_machine_translation_relabels_the_stored_mentions(tmp_path: Path) -> None:
    art = build_article(str(tmp_path / "a.txt"), RAW)
    english = ["White House statements", "Josh Earnest said the talks would continue.",
               "The spokesman added that the meeting was fruitful.",
               "Josh Earnest confirmed that the delegation would return."]
    assert len(art.sentences) == len(english)
    with Library(tmp_path / "library.db") as lib:
        lib.save_article(art, Analysis(tuple(_mentions(art.text))), folder=str(tmp_path))
        aid = lib.articles()[0].id
        revision = lib.store.conn.execute("SELECT value FROM meta WHERE key = 'facts_revision'").fetchone()[0]
        assert store_english(lib, aid, english) == 2
        _, analysis = lib.article(aid)
        assert {(m.label_en, m.label_source) for m in analysis.entities} == {("Josh Earnest", "projection")}
        # the facts document is rebuilt: its revision changed with the labels
        assert lib.store.conn.execute("SELECT value FROM meta WHERE key = 'facts_revision'").fetchone()[0] != revision
        assert store_english(lib, aid, english) == 0  # nothing left to relabel
        with pytest.raises(ValueError):
            store_english(lib, aid, english[:2])
