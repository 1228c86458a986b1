"""The letter-by-letter transliteration (:mod:`sahifa.nlp.translit`): the short vowels it inserts and the
nisba's feminine ending. Words here are common Arabic nouns and made-up names, none from a gold set."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import TRANSLITERATION, Label, LabelResolver
from sahifa.nlp.translit import diminutive, foreign_word, place_diminutive, transliterate, transliterate_word


@pytest.mark.parametrize(("arabic", "expected"), [
    # one inserted vowel breaks a cluster; the consonants after it count from that vowel, so a word is not
    # filled with a vowel between every pair (Mamlaka, not Mamalaka; Mastashfa, not Masatashafa)
    ("مملكة", "Mamlaka"),
    ("مستشفى", "Mastashfa"),
    ("الحمدانية", "Al-Hamdaniya"),
    ("المفتاحة", "Al-Maftaha"),
    ("مستشار", "Mastashar"),  # s-t-sh after a vowel: one vowel before the third consonant
])
def test_one_vowel_per_cluster(arabic: str, expected: str) -> None:
    assert transliterate(arabic) == expected


@pytest.mark.parametrize(("arabic", "expected"), [
    # the feminine active participle C1 ا C2 C3 ة is read C1-a-C2-i-C3-a (faa'ila), not with the i dropped
    ("العاصفة", "Al-Asifa"),      # ع first: its sign is left unwritten
    ("الصافرة", "Al-Safira"),
    ("ساهرة", "Sahira"),          # without the article too
    ("الزارعة", "Al-Zaria"),      # ع as C3
    ("نادية", "Nadia"),           # ي is no root letter: the word keeps its own reading
    ("الساحة", "Al-Saha"),        # four letters: no such pattern
    # the verbal noun of form III, م C1 ا C2 C3 ة: mu-C1-a-C2-a-C3-a
    ("مناقشة", "Munaqasha"),
    ("المساهمة", "Al-Musahama"),
    ("مقاومة", "Maqawma"),        # و is no root letter here: the default reading
])
def test_patterns_that_fix_short_vowels(arabic: str, expected: str) -> None:
    assert transliterate(arabic) == expected


@pytest.mark.parametrize(("arabic", "expected"), [
    # the feminine nisba ـية after a consonant is -iya, as papers write it (Al-Sharqiya, Jamiya), not -ya
    ("الشرقية", "Al-Sharqiya"),
    ("جمعية", "Jamiya"),
    ("البلادية", "Al-Baladiya"),
])
def test_feminine_nisba(arabic: str, expected: str) -> None:
    assert transliterate(arabic) == expected


@pytest.mark.parametrize(("arabic", "expected"), [
    ("رعاية", "Raya"),   # ي after a long vowel stays a glide
    ("قرية", "Qriya"),    # ية only at the end of the word
    ("ترامب", "Tramb"),   # a Western cluster at the start keeps no vowel
])
def test_glides_and_clusters_unchanged(arabic: str, expected: str) -> None:
    assert transliterate(arabic) == expected



@pytest.mark.parametrize(("arabic", "expected"), [
    ("الخبيبة", "Al-Khubaibah"),   # (ال) C1 C2 ي C3 ة: the feminine diminutive, C1-u-C2-ai-C3-ah
    ("رويضة", "Ruwaidah"),         # و as the second root letter
    ("عميرة", "Umairah"),          # ع first: the name starts with its vowel
    ("رقية", None),                # three letters before ة: not the pattern
    ("الحميد", None),              # masculine: faʿīl places (Al-Aqiq, Qatif) are as common as fuʿayl ones
    ("مستشفى", None),
])
def test_place_diminutive(arabic: str, expected: str | None) -> None:
    assert place_diminutive(arabic) == expected


def test_unknown_places_read_as_diminutives() -> None:
    from sahifa.nlp.entities import _label_for
    from sahifa.nlp.labels import TRANSLITERATION, Label, LabelResolver

    res = LabelResolver(fallback=_label_for, use_name_index=False)
    # alone and inside a composed name; still marked as a guess
    assert res.resolve("الرويضة", "LOC") == Label("Al-Ruwaidah", TRANSLITERATION)
    assert res.resolve("حديقة الحميضة", "LOC") == Label("Al-Humaidah Park", TRANSLITERATION)
    assert res.resolve("قرية الحميضة", "LOC") == Label("Al-Humaidah", TRANSLITERATION)  # a village: no head
    assert res.resolve("مستشفى رويضة", "ORG") == Label("Ruwaidah Hospital", TRANSLITERATION)


@pytest.mark.parametrize(("arabic", "expected"), [
    # the Gulf spellings of the name index: an ع first is O (Al-Otaibi, Al-Obaid), an ع third ends in -e
    ("العديلي", "Al-Odaili"),
    ("العبيدي", "Al-Obaidi"),
    ("الزريع", "Al-Zuraie"),
    ("السبيعي", "Al-Subaie"),
    ("الدحيم", "Al-Duhaim"),  # unchanged without ع
])
def test_diminutive_with_ain(arabic: str, expected: str) -> None:
    assert diminutive(arabic) == expected


@pytest.mark.parametrize(("arabic", "foreign", "arab"), [
    # a word of a foreign name reads و as o (Romance, Slavic, Greek spellings), an Arab name's as u
    ("تيستينو", "Tistino", "Tistinu"),
    ("ماكارينكو", "Makarinko", "Makarinku"),
    ("بافلوبولوس", "Baflobolos", "Baflubulus"),
    ("ماريو", "Mario", "Mario"),  # a glide stays a glide
])
def test_foreign_word(arabic: str, foreign: str, arab: str) -> None:
    assert foreign_word(arabic) == foreign
    assert transliterate_word(arabic) == arab  # the Arab reading is unchanged


def test_a_foreign_name_no_list_knows_is_spelled_as_foreign_names_are() -> None:
    """A foreign name (a Western given name of the Census list) with a word neither a source nor the
    list knows: that word is a guess in the foreign spelling (was "Mario Tistinu", "Victoria Makarinku")."""
    res = LabelResolver(fallback=_label_for)
    assert res.resolve("ماريو تيستينو", "PERSON") == Label("Mario Tistino", TRANSLITERATION)
    assert res.resolve("فيكتوريا ماكارينكو", "PERSON") == Label("Victoria Makarinko", TRANSLITERATION)
    assert res.resolve("محمود العتيبي", "PERSON").text == "Mahmoud Al-Otaibi"  # an Arab name: untouched
