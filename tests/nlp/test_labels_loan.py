"""Session 14 round 2 (issue #13): a loanword's final و is o (:mod:`sahifa.nlp.labels_loan`).
Names here are from training examples or invented; none from a held-out set."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import TRANSLITERATION, LabelResolver
from sahifa.nlp.labels_loan import loan_final_o


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for)


@pytest.mark.parametrize(("arabic", "typ", "english"), [
    ("تالجو", "ORG", "Taljo"),             # train: Talgo (was Talju)
    ("فلامينغو", "ORG", "Flamingo"),       # train: Flamengo (was Flaminghu)
    ("رونالدينيو", "PERSON", "Ronaldinio"),  # train: Ronaldinho (was Runaldiniw)
    ("يايا سانوجو", "PERSON", "Yaya Sanojo"),  # train: Yaya Sanogo (was Yaya Sanuju)
    ("فوردو", "LOC", "Fordo"),             # train: Fordow (was Furdu)
])
def test_a_loanwords_final_waw_is_o(res: LabelResolver, arabic: str, typ: str, english: str) -> None:
    label = res.resolve(arabic, typ)
    assert label.source == TRANSLITERATION
    assert label.text == english


@pytest.mark.parametrize(("arabic", "typ", "english"), [
    ("صانعو الفرح", "MISC", "Sanu Al-Farah"),  # a construct plural (صانع + و), an Arab letter: Arab reading
    ("ميزو", "ORG", "Mizu"),                 # its stem ميز is a word of the lexicon
    ("أبو ظبي", "LOC", "Abu Dhabi"),          # a known place
])
def test_arab_words_ending_in_waw_stay(res: LabelResolver, arabic: str, typ: str, english: str) -> None:
    assert res.resolve(arabic, typ).text == english


def test_loan_final_o_pairs_words_and_leaves_other_sources() -> None:
    assert loan_final_o("تالجو", "Talju") == "Taljo"
    assert loan_final_o("سان تالجو", "San Talju") == "San Taljo"
    assert loan_final_o("تالجو", "Talgo") is None          # not the Arab reading: a table's spelling stays
    assert loan_final_o("سان تالجو", "Talju") is None       # words do not pair up
    assert loan_final_o("ملعب تالجو", "Talju Stadium") is None  # reordered by English: not the same word
    assert loan_final_o("الفالجو", "Al-Falju") is None      # with the article: an Arab word
    assert loan_final_o("بلاو", "Blaw") is None             # ـاو: a diphthong, not a final o


# ---------------------------------------------------------------------------------------------------
# a state named by its official form (sahifa.nlp.labels_states)
@pytest.mark.parametrize(("arabic", "english"), [
    ("الجمهورية اليمنية", "Yemen"),       # train
    ("الجمهورية التونسية", "Tunisia"),
    ("الجمهورية العربية اليمنية", "Yemen"),
    ("الجمهورية الإيرانية", "Iran"),
])
def test_a_state_by_its_official_form_is_the_country(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "LOC").text == english


def test_official_state_needs_a_country_nisba() -> None:
    from sahifa.nlp.labels_states import official_state

    assert official_state("الجمهورية الإسلامية") is None   # no country
    assert official_state("الجمهورية السفير") is None       # no nisba
    assert official_state("الدولة العثمانية") is None       # not a head of a state's official form
    assert official_state("الجمهورية الليبية") == "Libya"   # ليبيا: the nisba of a name ending in يا


# ---------------------------------------------------------------------------------------------------
# an initial written as its letter's name (sahifa.nlp.labels_loan.latin_initials)
@pytest.mark.parametrize(("arabic", "initial"), [
    ("فيليب كيه ديك", "K."),          # train: Philip K. Dick (was Kih)
    ("كيفن إيه هاسيت", "A."),         # train: Kevin A. Hassett (was Aya)
    ("لورا إيه. كولانجيلو", "A."),    # train: Laura A. Colangelo
])
def test_an_inner_letter_name_is_an_initial(res: LabelResolver, arabic: str, initial: str) -> None:
    assert res.resolve(arabic, "PERSON").text.split()[1] == initial


def test_latin_initials_only_inside_the_name() -> None:
    from sahifa.nlp.labels_loan import latin_initials

    assert latin_initials("جون كيه سميث", "John Kih Smith") == "John K. Smith"
    assert latin_initials("كي سميث", "Ki Smith") is None               # two words: no inner word
    assert latin_initials("روبرت دي نيرو", "Robert De Niro") is None   # دي is the particle de
    assert latin_initials("جون كيه سميث", "John Smith") is None        # the words do not pair up


# an initial does not keep the surname from its match by sound (session 15, issue #13)
@pytest.mark.parametrize(("arabic", "english"), [
    ("كيفن إيه هاسيت", "Kevin A. Hassett"),       # train (was Kevin A. Hasit)
    ("ستيفن إم جلاسمان", "Steven M. Glassman"),   # invented (was Steven M. Jalasman)
    ("بريان إس كولانجيلو", "Brian S. Colangelo"),  # invented (was Brian S. Kolanjilo)
])
def test_an_initial_leaves_the_surname_to_the_name_list(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "PERSON").text == english


def test_inner_initial_is_an_inner_letter_name() -> None:
    from sahifa.nlp.labels_loan import inner_initial

    units = ["كيفن", "إيه", "هاسيت"]
    assert inner_initial(units, 1)
    assert not inner_initial(units, 0) and not inner_initial(units, 2)
    assert not inner_initial(["كي", "سميث"], 0)               # the first word is a given name
    assert not inner_initial(["روبرت", "دي", "نيرو"], 1)       # دي is the particle de


# a designation's number stays whole (session 15, issue #13)
@pytest.mark.parametrize(("arabic", "english"), [
    ("اف-16", "F-16"),        # train (was Af1a6)
    ("إف-35", "F-35"),        # invented (was If3a5)
    ("سو-27", "Su-27"),       # invented (was Su27)
])
def test_a_designation_keeps_its_number(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "MISC").text == english


def test_designation_needs_the_hyphen() -> None:
    from sahifa.nlp.labels_loan import designation

    assert designation("كبلر-452") == "Kablar-452"
    assert designation("فيفا 2015") is None      # a name and a year apart
    assert designation("مؤشر داو") is None       # no number
