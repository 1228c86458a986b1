"""Quote speakers linked to no entity are shown in English in the Quotes tab (#13): a role (مصادر مطلعة,
مسؤول أمريكي) as a description the tooltip marks as one, a name the entity engine missed by its label with
its source (a transliterated guess marked as one); before, the Arabic as written. A phrase that is neither
stays as written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from sahifa.gui.models import label_note, quote_views
from sahifa.services.entities import speaker_descriptions
from tests.gui.conftest import window_on_text

pytestmark = pytest.mark.gui


class _Quote:
    def __init__(self, speaker: str, key: str | None) -> None:
        self.speaker, self.speaker_key, self.speaker_display = speaker, key, speaker


def test_services_describe_roles_and_label_names() -> None:
    out = speaker_descriptions(["مصادر مطلعة", "مسؤول أمريكي", "مصادر مطلعة", "زيد الكفخاتي", "ثلاثة أرباع", ""])
    assert out == {"مصادر مطلعة": ("informed sources", "description"),
                   "مسؤول أمريكي": ("an American official", "description"),
                   "زيد الكفخاتي": ("Zaid Al-Kafkhati", "transliteration")}


def test_quote_views_use_the_description_of_an_unlinked_speaker() -> None:
    quotes = [_Quote("مصادر مطلعة", None), _Quote("زيد الكفخاتي", None), _Quote("ثلاثة أرباع", None),
              _Quote("اوباما", "اوباما")]
    labels = {"اوباما": ("Barack Obama", "gazetteer"), **speaker_descriptions(q.speaker for q in quotes[:3])}
    views = quote_views(quotes, None, labels)
    assert [(v.speaker_en, v.speaker_source) for v in views] == [
        ("informed sources", "description"), ("Zaid Al-Kafkhati", "transliteration"), ("ثلاثة أرباع", ""),
        ("Barack Obama", "gazetteer")]
    assert views[1].guess and not views[0].guess
    assert label_note("description") == "(a role described in English)"


def test_quotes_tab_shows_role_speakers_in_english(qtbot: Any, tmp_path: Path) -> None:
    win = window_on_text(qtbot, tmp_path,
                         "عنوان الخبر\n\nوقالت مصادر مطلعة إن \"الخطة ستنفذ خلال عامين\" في بيان رسمي.\n")
    qtbot.wait(300)
    win.facts.flush()
    model = win.facts.quotes_model
    rows = [(model.data(model.index(r, 0)), model.data(model.index(r, 0), Qt.ItemDataRole.ToolTipRole))
            for r in range(model.rowCount())]
    assert rows, "the article's quote was not found"
    assert rows[0][0] == "informed sources"
    assert "role described in English" in str(rows[0][1]) and "مصادر مطلعة" in str(rows[0][1])
    win.close()


class _Figure:
    def __init__(self, source: str | None, key: str | None) -> None:
        self.source, self.source_key = source, key


def test_figure_sources_named_by_their_role_are_described() -> None:
    from sahifa.gui.models import FiguresModel

    model = FiguresModel()
    figures = [_Figure("مصادر أمنية", None), _Figure("زيد الكفخاتي", None), _Figure("ثلاثة أرباع", None),
               _Figure(None, None)]
    model.set_source_labels(speaker_descriptions(f.source for f in figures if f.source))
    assert [model.source_text(f) for f in figures] == ["security sources", "Zaid Al-Kafkhati", "ثلاثة أرباع", ""]
