"""News outlets and bodies with an official English name (resources/names/glossary.tsv ``outlet`` and
``phrase`` rows, :meth:`sahifa.nlp.labels_compose.Composer._outlet`): an organisation named by a place or a
common word is the outlet (الرياض → Al-Riyadh), a word naming the medium picks the outlet of that medium,
and a body is named as it names itself (a هيئة is a Commission or an Authority as its English name says)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import GAZETTEER, GLOSSARY, Label, LabelResolver
from sahifa.nlp.labels_sources import _default_names_dir


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for, use_name_index=False)


@pytest.mark.parametrize(("arabic", "english"), [
    ("الرياض", "Al-Riyadh"),             # a place, but as an organisation the paper
    ("الشرق الأوسط", "Asharq Al-Awsat"),  # the gazetteer's region "Middle East"
    ("اليوم", "Al-Yaum"),
    ("الاقتصادية", "Al-Eqtisadiah"),      # an adjective alone
    ("سبق", "Sabq"),
    ("صحيفة المدينة", "Al-Madina"),       # with the word for its medium
    ("جريدة الوطن", "Al-Watan"),
    ("صحيفة الوطن السعودية", "Al-Watan"),  # a nationality after the name is not part of it
    ("صحيفة عاجل الإلكترونية", "Ajel"),    # nor "electronic"
    ("قناة الإخبارية", "Al Ekhbariya"),
])
def test_outlets_as_organisations(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "ORG") == Label(english, GLOSSARY)


def test_places_stay_places(res: LabelResolver) -> None:
    assert res.resolve("الرياض", "LOC").text == "Riyadh"
    assert res.resolve("الشرق الأوسط", "LOC").text == "Middle East"


def test_the_medium_picks_the_outlet(res: LabelResolver) -> None:
    # الجزيرة is the channel to the gazetteer; the paper of that name is named by its medium
    assert res.resolve("الجزيرة", "ORG") == Label("Al Jazeera", GAZETTEER)
    assert res.resolve("صحيفة الجزيرة", "ORG") == Label("Al-Jazirah", GLOSSARY)
    assert res.resolve("قناة الجزيرة", "ORG").text == "Al Jazeera"
    # a newspaper is not a channel: قناة + a paper's name is not that paper
    assert res.resolve("قناة المدينة", "ORG").text != "Al-Madina"


@pytest.mark.parametrize(("arabic", "english"), [
    ("هيئة السوق المالية", "Capital Market Authority"),
    ("هيئة حقوق الإنسان", "Human Rights Commission"),
    ("الهيئة الملكية للجبيل وينبع", "Royal Commission for Jubail and Yanbu"),
    ("الهيئة العامة للإحصاء", "General Authority for Statistics"),
    ("الهيئة العامة للطيران المدني", "General Authority of Civil Aviation"),
    ("هيئة الاتصالات وتقنية المعلومات", "Communications and Information Technology Commission"),
    ("المؤسسة العامة لتحلية المياه المالحة", "Saline Water Conversion Corporation"),
])
def test_official_names(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "ORG") == Label(english, GLOSSARY)


def test_an_outlet_row_of_an_unknown_medium_damages_the_glossary(tmp_path: Path,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    names = tmp_path / "names"
    shutil.copytree(_default_names_dir(), names)
    path = names / "glossary.tsv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("outlet\tسبق\tSabq\tnewspaper", "outlet\tسبق\tSabq\tpodcast"), encoding="utf-8")
    resolver = LabelResolver(names, fallback=_label_for, use_name_index=False)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        label = resolver.resolve("الرياض", "ORG")
    assert label == Label(_label_for("الرياض", "ORG"), GAZETTEER)  # as before outlets existed
    assert any("glossary.tsv" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("arabic", "typ", "english"), [
    # session 13: international bodies and events whose English name is not the word-by-word one
    ("منظمة الأمم المتحدة للأغذية والزراعة", "ORG", "Food and Agriculture Organization"),
    ("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "ORG", "UN Office for the Coordination of Humanitarian Affairs"),
    ("المحكمة الرياضية الدولية", "ORG", "Court of Arbitration for Sport"),
    ("مجلس الاحتياطي الاتحادي", "ORG", "Federal Reserve"),
    ("الاحتياطي الفيدرالي الأميركي", "ORG", "Federal Reserve"),
    ("برنامج الأمم المتحدة الإنمائي", "ORG", "UN Development Programme"),
    ("الإعلان العالمي لحقوق الإنسان", "MISC", "Universal Declaration of Human Rights"),
    ("كوبا أمريكا", "MISC", "Copa America"),
    ("الليبرتادوريس", "MISC", "Copa Libertadores"),
])
def test_international_bodies_by_their_own_names(res: LabelResolver, arabic: str, typ: str, english: str) -> None:
    assert res.resolve(arabic, typ) == Label(english, GLOSSARY)


def test_the_energy_agency_is_not_named_from_an_ambiguous_short_form(res: LabelResolver) -> None:
    # الوكالة الدولية للطاقة is written for the atomic energy agency too: no official name is forced on it
    assert res.resolve("الوكالة الدولية للطاقة", "ORG").text != "International Energy Agency"


@pytest.mark.parametrize("arabic", ["دوري عبداللطيف جميل", "دوري عبد اللطيف جميل للمحترفين"])
def test_the_league_by_its_sponsors_own_spelling(res: LabelResolver, arabic: str) -> None:
    assert res.resolve(arabic, "MISC") == Label("Abdul Latif Jameel League", GLOSSARY)
