"""Gazetteer data, normalisation and transliteration."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahifa.core.arabic import fold, normalize_ar, search_key, strip_article
from sahifa.nlp.gazetteer import fast_fold, gazetteer
from sahifa.nlp.translit import transliterate

ROOT = Path(__file__).resolve().parents[2]


def test_normalize_matches_camel_tools_pipeline() -> None:
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
    )

    rng = random.Random(7)
    alphabet = "ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآٱءؤئ" + "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670" + " ab1."
    for _ in range(500):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        expected = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(s))))
        assert normalize_ar(s) == expected
        assert fold(s) == expected


def test_fast_fold_is_fold() -> None:
    """fast_fold (the gazetteer's and the labeller's fold, issue #13) gives fold's result on random text
    with every letter fold folds, every mark it deletes, marks it keeps and Latin letters."""
    rng = random.Random(13)
    alphabet = ("ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآٱءؤئیک" + "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
                "\u0670\u0640\u0653\u0654\u0655" + " ab1.،")
    for _ in range(2000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert fast_fold(s) == fold(s), s
    assert fast_fold("إِسْرائيلـيّة") == "اسرائيليه"


def test_normalize_examples() -> None:
    assert normalize_ar("إسرائيل") == "اسرائيل"
    assert normalize_ar("مصطفى") == "مصطفي"
    assert normalize_ar("المدرسة") == "المدرسه"
    assert normalize_ar("عمّان") == "عمان"
    assert normalize_ar("بـريف") == "بريف"  # tatweel
    assert search_key("  Reuters  ترامب ") == "reuters ترامب"
    assert strip_article("الباغوز") == "باغوز"
    assert strip_article("الي") == "الي"


def test_normalize_imports_no_heavy_camel_modules() -> None:
    # camel_tools.utils.charsets (0.4 s to import) and camel_tools.data (downloads) must not be imported
    code = "import sys, sahifa.nlp.entities; print('camel_tools.utils.charsets' in sys.modules, 'camel_tools.data' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_all_iso_countries_have_arabic_names() -> None:
    import pycountry

    g = gazetteer()
    codes = {e.code for e in g.country_by_code.values()}
    missing = [c.alpha_2 for c in pycountry.countries if c.alpha_2 not in codes]
    assert len(missing) <= 3, missing
    for name, en in [("الولايات المتحدة", "United States"), ("أمريكا", "United States"), ("أميركا", "United States"),
                     ("بريطانيا", "United Kingdom"), ("المملكة المتحدة", "United Kingdom"), ("روسيا", "Russia"),
                     ("إسرائيل", "Israel"), ("سوريا", "Syria"), ("السعودية", "Saudi Arabia"), ("مصر", "Egypt"),
                     ("الإمارات", "United Arab Emirates"), ("تركيا", "Turkey"), ("إيران", "Iran")]:
        entry = g.lookup(name)
        assert entry is not None and entry.label_en == en and entry.type == "LOC", name


def test_generator_is_reproducible(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging/gen_gazetteer.py"), "--out", str(tmp_path)], check=True)
    for name in ("countries.tsv", "given_names.tsv"):
        shipped = (ROOT / "resources/gazetteer" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == shipped, name


@pytest.mark.parametrize(
    ("name", "typ", "en"),
    [
        ("دمشق", "LOC", "Damascus"), ("حلب", "LOC", "Aleppo"), ("الموصل", "LOC", "Mosul"),
        ("إدلب", "LOC", "Idlib"), ("ادلب", "LOC", "Idlib"), ("دير الزور", "LOC", "Deir ez-Zor"),
        ("عمّان", "LOC", "Amman"), ("عمان", "LOC", "Oman"), ("واشنطن", "LOC", "Washington"),
        ("الشرق الأوسط", "LOC", "Middle East"), ("نهر الفرات", "LOC", "Euphrates"), ("دجلة", "LOC", "Tigris"),
        ("الأمم المتحدة", "ORG", "United Nations"), ("حلف الناتو", "ORG", "NATO"),
        ("منظمة الصحة العالمية", "ORG", "World Health Organization"), ("رويترز", "ORG", "Reuters"),
        ("فرانس برس", "ORG", "AFP"), ("أسوشيتد برس", "ORG", "Associated Press"),
        ("داعش", "ORG", "ISIS"), ("تنظيم الدولة الإسلامية", "ORG", "ISIS"),
        ("حزب الله", "ORG", "Hezbollah"), ("قسد", "ORG", "Syrian Democratic Forces"),
        ("تويتر", "ORG", "Twitter"), ("ترامب", "PERSON", "Donald Trump"),
    ],
)
def test_lookup(name: str, typ: str, en: str) -> None:
    entry = gazetteer().lookup(name)
    assert entry is not None, name
    assert (entry.type, entry.label_en) == (typ, en)


def test_gazetteer_sizes_and_tables() -> None:
    g = gazetteer()
    places = {e.canonical for e in g.by_key.values() if e.type == "LOC" and e.kind != "country"}
    assert len(places) >= 300
    assert len(g.given_names) >= 700
    for word, en in (("مصطفى", "Mustafa"), ("فلورانس", "Florence")):
        name = g.given_name(word)
        assert name is not None and name.en == en
    amal = g.given_name("أمل")
    assert amal is not None and amal.ambiguous
    assert g.given_name("آن") is None  # folds like أن: dropped
    nat = g.nationalities.get(fold("الأمريكية"))
    assert nat is not None and nat.code == "US"
    kurds = g.nationalities.get(fold("الأكراد"))
    assert kurds is not None and kurds.code == "KURDS"
    assert fold("قال") in g.lexicon and fold("الخارجية") in g.lexicon


def test_seed_specific_names_are_not_in_the_gazetteer() -> None:
    g = gazetteer()
    for name in ["باغوز", "الباغوز", "مصطفى بالي", "جيا فرات", "شون راين", "آسو", "فرات بوست", "دان كوتس", "ماكنزي"]:
        assert g.lookup(name) is None, name
    for word in ["بالي", "ماكنزي", "راين", "كوتس", "باغوز"]:
        assert g.given_name(word) is None


@pytest.mark.parametrize(
    ("ar", "en"),
    [("مصطفى بالي", "Mustafa Bali"), ("الباغوز", "Al-Baghuz"), ("باغوز", "Baghuz"), ("فرانك", "Frank"),
     ("عبد الله", "Abdullah"), ("أبو بكر البغدادي", "Abu Bakr Al-Baghdadi"), ("شاناهان", "Shanahan")],
)
def test_transliteration(ar: str, en: str) -> None:
    assert transliterate(ar) == en


def test_transliteration_is_readable_ascii() -> None:
    g = gazetteer()
    words = list(g.lexicon)[:400] + ["ماكنزي", "جياكر", "ساراتوفا", "نيوزويك", "ؤئء", "ـــ"]
    for w in words:
        out = transliterate(w)
        assert re.fullmatch(r"[A-Za-z' \-]*", out), (w, out)
        if out:
            assert out[0].isupper() or out.startswith(("bin", "ibn", "bint", "de", "von", "da")), (w, out)


def _search_key_reference(s: str) -> str:
    """The original definition: fold() after dropping bidi marks / ZWJ / ZWNJ and NBSP → space."""
    spaces = str.maketrans({"\u00a0": " ", "\u200f": None, "\u200e": None, "\u200c": None, "\u200d": None})
    return " ".join(fold(s.translate(spaces)).lower().split())


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ابةىيأإآٱءؤئـ\u064b\u064e\u0650\u0651\u0652\u0670 \u00a0\n\t\u200f\u200e\u200c\u200dAbZİß1٣،.",
               max_size=60))
def test_search_key_equals_its_reference_definition(s: str) -> None:
    assert search_key(s) == _search_key_reference(s)
