"""Session 14 label conventions (issue #13; sahifa.nlp.labels_local): a local place named by one common
noun is transliterated with its English head (ساحة العدل → Al-Adl Square, not Justice Square), and a
member of a Gulf ruling house is styled Sheikh. Names here are from training examples or made up; none
from a held-out set."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import LabelResolver, recognisable
from sahifa.nlp.labels_local import local_named_place, ruling_house_member
from sahifa.nlp.translit import transliterate

from .test_labels import needs_index


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for)


@pytest.mark.parametrize(("arabic", "english"), [
    ("ساحة العدل", "Al-Adl Square"),
    ("حديقة المناخ", "Al-Manakh Park"),
    ("ميدان التحرير", "Tahrir Square"),
    ("مقبرة العدل", "Al-Adl Cemetery"),
])
def test_a_local_place_named_by_a_common_noun_is_transliterated(res: LabelResolver, arabic: str,
                                                                 english: str) -> None:
    label = res.resolve(arabic, "LOC").text
    assert recognisable(label, english), label
    assert label.split()[-1] in ("Square", "Park", "Cemetery")


@pytest.mark.parametrize("arabic", [
    "قصر الثقافة",        # a palace of culture is an institution English translates
    "شارع الملك فهد",     # more than one word after the head
    "ساحة الشرقية",       # an adjective, not a noun
    "حديقة الحيوان",      # not a glossary noun: unchanged path
])
def test_other_places_are_not_taken_for_local_names(res: LabelResolver, arabic: str) -> None:
    res.resolve("ساحة العدل", "LOC")  # loads the glossary
    assert res.glossary is not None
    assert local_named_place(res.glossary, arabic) is None


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("محمد بن راشد آل مكتوم", "Sheikh Mohammed bin Rashid Al Maktoum"),
    ("عبد الله بن زايد آل نهيان", "Sheikh Abdullah bin Zayed Al Nahyan"),
    ("راشد بن عبدالله آل خليفة", "Sheikh Rashid bin Abdullah Al Khalifa"),
])
def test_a_gulf_ruling_house_member_is_a_sheikh(res: LabelResolver, arabic: str, english: str) -> None:
    label = res.resolve(arabic, "PERSON").text
    assert label.startswith("Sheikh "), label
    assert recognisable(label, english), label


def test_the_sheikh_style_keeps_other_titles_and_other_houses() -> None:
    assert ruling_house_member("سعد بن حمد آل ثاني", "King Saad Al Thani") is None
    assert ruling_house_member("سعد بن حمد آل ثاني", "Sheikh Saad bin Hamad Al Thani") is None
    assert ruling_house_member("سلمان بن عبدالعزيز آل سعود", "Salman bin Abdulaziz") is None
    assert ruling_house_member("خالد النعيمي", "Khalid Al-Nuaimi") is None  # the surname, not the house
    assert ruling_house_member("سعد بن حمد آل ثاني", "Saad bin Hamad Al Thani") == "Sheikh Saad bin Hamad Al Thani"


@pytest.mark.parametrize(("arabic", "english"), [
    ("الاحتفالات", "Al-Ihtifalat"),     # VIII
    ("الاستقلال", "Al-Istiqlal"),       # X
    ("استثمار", "Istithmar"),
    ("الانسحاب", "Al-Insihab"),         # VII
    ("الاعتماد", "Al-Itimad"),          # ع a root consonant
])
def test_a_derived_masdar_is_read_with_its_pattern_vowels(arabic: str, english: str) -> None:
    assert transliterate(arabic) == english


@pytest.mark.parametrize(("arabic", "english"), [
    ("امريكا", "Amrika"),       # no pattern
    ("انطونيو", "Antonio"),
    ("استراليا", "Astaralya"),  # a foreign St- without the article is no form VIII
    ("انجلاند", "Anjaland"),    # form VII only with the article
    ("الاطفال", "Al-Atfal"),    # the plural aCCāC, not form IV
])
def test_other_words_starting_with_a_bare_alif_keep_their_reading(arabic: str, english: str) -> None:
    assert transliterate(arabic) == english


@pytest.mark.parametrize(("arabic", "english"), [
    ("كليات البيان", "Al-Bayan Colleges"),        # a train example
    ("معاهد الأمل", "Al-Amal Institutes"),         # made up
])
def test_plural_heads_of_institutions(res: LabelResolver, arabic: str, english: str) -> None:
    assert recognisable(res.resolve(arabic, "ORG").text, english)
