"""Figures and entity names for a reader who does not read Arabic (#13, seen on real SaudiNewsNet news):
a counted thing or a source with no English says it is the Arabic as written, instead of showing a
bare Arabic word; the Arabic interface shows the Arabic wording first; and a long entity name keeps
its English label whole when the sidebar cuts it ("Ministry of Foreign …irs · وزارة الخارجية")."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sahifa.gui.models import FiguresModel

pytestmark = pytest.mark.gui

SHOWN = Qt.ItemDataRole.DisplayRole
COUNTED, SOURCE = 2, 3  # the Figures columns


@contextmanager
def arabic_strings() -> Iterator[None]:
    """The interface's strings in Arabic (the translator installed) for the duration."""
    from PySide6.QtCore import QTranslator

    from sahifa.gui.theme import resources_dir

    arabic = QTranslator()
    assert arabic.load(str(resources_dir() / "i18n" / "sahifa_ar.qm"))
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.installTranslator(arabic)
    try:
        yield
    finally:
        app.removeTranslator(arabic)


def _figure(counted: str | None, counted_en: str | None, source: str | None = None,
            source_key: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(text="نص", kind="count", value=60000, value_max=None, unit=None, qualifier=None,
                           counted=counted, counted_en=counted_en, source=source, source_key=source_key,
                           article_title="t")


def _cells(model: FiguresModel, figures: list[SimpleNamespace]) -> list[tuple[str, str]]:
    model.set_rows(figures)
    return [(str(model.data(model.index(r, COUNTED), SHOWN)),
             str(model.data(model.index(r, SOURCE), SHOWN))) for r in range(model.rowCount())]


def test_arabic_without_english_is_marked_in_the_english_interface(qapp: Any) -> None:
    model = FiguresModel()
    model.set_source_labels({"k1": ("Asem Dahlan", "name-index")})
    cells = _cells(model, [
        _figure("مشاهدة", None, 'تقرير "أبين كابيتال"'),   # no English for either
        _figure("جنديا", "soldiers", "عاصم دحلان", "k1"),   # English for both
    ])
    (counted, source), (counted_en, source_en) = cells
    assert counted.startswith("Arabic: ") and "مشاهدة" in counted, counted
    assert source.startswith("Arabic: ") and 'تقرير "أبين كابيتال"' in source, source
    assert (counted_en, source_en) == ("soldiers", "Asem Dahlan")
    # laid out left to right from the marker, the Arabic isolated so that its quotes stay in place
    align = model.data(model.index(0, SOURCE), Qt.ItemDataRole.TextAlignmentRole)
    assert align is None or not int(align) & int(Qt.AlignmentFlag.AlignRight)
    assert "\u2068" in source and source.endswith("\u2069")
    # sorting goes by the words, not by the marker
    assert model.data(model.index(0, COUNTED), model_sort_role()) == "مشاهدة"
    tip = model.headerData(COUNTED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip and "Arabic" in str(tip)


def model_sort_role() -> int:
    from sahifa.gui.models import SORT_ROLE

    return int(SORT_ROLE)


def test_the_arabic_interface_shows_the_arabic_wording_first(qapp: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        model = FiguresModel()
        model.set_source_labels({"k1": ("Asem Dahlan", "name-index")})
        cells = _cells(model, [_figure("جنديا", "soldiers", "عاصم دحلان", "k1"), _figure(None, "cars")])
        assert cells == [("جنديا", "عاصم دحلان"), ("cars", "")]
        # the English stays one hover away
        tip = str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
        assert "soldiers" in tip and "Asem Dahlan" in tip
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_long_entity_name_keeps_its_english_label_whole(qapp: Any) -> None:
    from sahifa.gui.facts import FactsPanel

    panel = FactsPanel()
    english = "Ministry of Foreign Affairs"
    fact = SimpleNamespace(key="ORG:1", type="ORG", label_en=english, canonical="وزارة الخارجية السعودية",
                           mentions=2, articles=1, aliases=())
    panel.set_entities([fact])
    view = panel.entity_view
    index = view.model().index(0, 0, view.model().index(0, 0))
    text = str(index.data())
    assert text.startswith(english)
    metrics = view.fontMetrics()
    # a sidebar wide enough for the English label and a little more, not for the whole text
    width = metrics.horizontalAdvance(english + " · وزارة") + 4
    assert width < metrics.horizontalAdvance(text)
    shown = metrics.elidedText(text, view.textElideMode(), width)  # what the view paints in that width
    assert shown.startswith(english), shown
    for other in (panel.figures_view,):
        assert metrics.elidedText("Jeddah Municipality", other.textElideMode(),
                                  metrics.horizontalAdvance("Jeddah Munic…") + 2).startswith("Jeddah")


def test_units_of_real_news_have_names_in_both_interfaces(qapp: Any) -> None:
    """Square metres and the region's currencies, seen in SaudiNewsNet figures as "m2" and "SAR" even in
    the Arabic interface (beside "دولار أمريكي")."""
    from sahifa.gui.models import unit_name

    assert unit_name("m2") == "m²"
    assert unit_name("SAR") == "SAR" and unit_name("hour") == "hour"
    with arabic_strings():
        assert unit_name("m2") == "م²"
        assert unit_name("SAR") == "ريال سعودي"
        assert unit_name("hour") == "ساعة"
        assert unit_name("USD") == "دولار أمريكي"


def test_a_figures_kind_is_named_in_words_in_its_tooltip(qapp: Any) -> None:
    """The tooltip said "kind: money" in English and "النوع: money" in the Arabic interface."""
    model = FiguresModel()
    money = _figure(None, None)
    money.kind, money.unit = "money", "SAR"
    model.set_rows([money])
    tip = lambda: str(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))  # noqa: E731
    assert "kind: amount of money" in tip()
    with arabic_strings():
        assert "النوع: مبلغ مالي" in tip(), tip()


def test_speakers_without_english_are_marked_in_the_english_interface(qapp: Any) -> None:
    """Quotes tab on real news: "مسؤولون أفغان" and "المؤسسة" stood bare among English names."""
    from sahifa.gui.models import QuotesModel, QuoteView, SpeakersModel

    speakers = SpeakersModel()
    speakers.set_rows([("David Cameron", "gazetteer", 7), ("مسؤولون أفغان", "", 3)])
    shown = [str(speakers.data(speakers.index(r, 0), SHOWN)) for r in range(2)]
    assert shown[0] == "David Cameron"
    assert shown[1].startswith("Arabic: ") and "مسؤولون أفغان" in shown[1], shown[1]
    quotes = QuotesModel()
    fact = SimpleNamespace(speaker="مسؤولون أفغان", speaker_display=None, cue="قال", direct=True, quote="نص",
                           article_title="t", article_id=1, sentence_index=0)
    quotes.set_rows([QuoteView(fact, "مسؤولون أفغان")])
    cell = str(quotes.data(quotes.index(0, 0), SHOWN))
    assert cell.startswith("Arabic: ") and "مسؤولون أفغان" in cell, cell
    assert speakers.row_at(1)[0] == "مسؤولون أفغان"  # the speaker filter still matches the name itself
