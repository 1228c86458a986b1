"""Session 12 checks of MISC and ORG rules drawn from the seventh blind batch's misses: market indices named by a
proper name (sahifa.nlp.entities_misc.named_indices). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def miscs(text: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == "MISC"]


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وارتفع مؤشر شنغهاي المركب 2 في المائة أمس.", "مؤشر شنغهاي المركب"),
    ("وزاد مؤشر داو جونز الصناعي 19 نقطة في التعاملات.", "مؤشر داو جونز الصناعي"),
    ("وصعد مؤشر ستاندرد أند بورز 500 إلى مستوى قياسي.", "مؤشر ستاندرد أند بورز 500"),
    ("وتراجع المؤشر العام بينما ارتفع مؤشر نيكاي للأسهم اليابانية.", "مؤشر نيكاي"),
    ("وهبطت الأسهم ولمؤشر ناسداك المجمع نصيب من الخسائر.", "مؤشر ناسداك المجمع"),
])
def test_a_market_index_named_by_a_proper_name(text: str, name: str, tagger: bool) -> None:
    assert name in miscs(text, tagger)


def test_the_index_move_is_not_part_of_its_name() -> None:
    got = miscs("وارتفع مؤشر داكس 120 نقطة في ختام التعاملات.")
    assert got == ["مؤشر داكس"]


@pytest.mark.parametrize("text", [
    "وأغلق مؤشر سوق الأسهم السعودية مرتفعا 16 نقطة.",
    "وقاسوا مؤشر كتلة الجسم لكل المشاركين.",
    "وهذا مؤشر يدل على تماسك السوق.",
    "وارتفع مؤشر بورصة البحرين أمس.",
])
def test_an_index_of_common_words_is_no_name(text: str) -> None:
    assert not any(m.startswith("مؤشر") for m in miscs(text, tagger=False))


def orgs(text: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == "ORG"]


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس مجلس الأعمال السعودي الفرنسي إن التعاون مستمر.", "مجلس الأعمال السعودي الفرنسي"),
    ("وعقد مجلس الأعمال السعودي الياباني اجتماعه في طوكيو.", "مجلس الأعمال السعودي الياباني"),
])
def test_two_countries_name_a_joint_body(text: str, name: str, tagger: bool) -> None:
    assert name in orgs(text, tagger)


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "name"), [
    ("وحذرت الجمعية السعودية لطب العيون من الألعاب النارية.", "الجمعية السعودية لطب العيون"),
    ("وأعلنت المديرية العامة لحرس الحدود عن وظائف شاغرة.", "المديرية العامة لحرس الحدود"),
    ("وقال مدير الشركة الوطنية لنقل الكهرباء إن العمل بدأ.", "الشركة الوطنية لنقل الكهرباء"),
])
def test_a_short_field_noun_after_the_bodys_adjective(text: str, name: str, tagger: bool) -> None:
    assert name in orgs(text, tagger)


def test_no_field_when_another_body_follows() -> None:
    got = orgs("وحددت اللجنة التنفيذية للاتحاد الدولي لعقد الجمعية العمومية موعدا.", tagger=False)
    assert not any("لعقد" in o for o in got), got


@pytest.mark.parametrize("tagger", [True, False])
def test_a_bracketed_programme_is_copied_at_its_quoted_and_bracketed_mentions(tagger: bool) -> None:
    text = ("وسجل الباحثون في برنامج (نطاقات) منذ بدايته. وقال المدير إن «نطاقات» ساعد الشباب، "
            "وإن أعداد المسجلين في (نطاقات) زادت.")
    assert miscs(text, tagger).count("نطاقات") == 3


@pytest.mark.parametrize("tagger", [True, False])
def test_a_festival_of_something_takes_its_adjective(tagger: bool) -> None:
    got = miscs("وافتتح مهرجان روتردام للسينما العربية دورته الجديدة.", tagger)
    assert "مهرجان روتردام للسينما العربية" in got


def test_a_verb_after_festival_names_none() -> None:
    got = miscs("وهو مهرجان تدعمه وتقدمه القناة لطرح إبداعات الشباب.", tagger=False)
    assert not any(m.startswith("مهرجان") for m in got), got
