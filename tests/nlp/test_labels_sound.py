"""Western names written in Arabic letters, matched by sound against the U.S. Census name lists
(sahifa.nlp.labels_sound, the ``name-list`` label source)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from sahifa.nlp import labels_sound as S
from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import NAME_LIST, SOURCES, Label, LabelResolver

from .test_labels import needs_index

NAMES = Path(__file__).resolve().parents[2] / "resources" / "names"


@pytest.mark.parametrize(("arabic", "english"), [
    ("ترامب", "Trump"), ("ريغان", "Reagan"), ("إرنست", "Earnest"), ("دونالد", "Donald"), ("باور", "Power"),
    ("كرونينبيرغ", "Cronenberg"), ("تشرشل", "Churchill"), ("هوكينغ", "Hawking"), ("شومر", "Schumer"),
])
def test_arabic_and_english_spellings_share_a_skeleton(arabic: str, english: str) -> None:
    ar, en = S.arabic_key(arabic), S.latin_key(english)
    assert ar is not None and S.skeleton(ar) == S.skeleton(en)
    assert S.similarity(ar, en) >= S.THRESHOLD


@pytest.mark.parametrize(("arabic", "english"), [
    ("جويان", "John"),     # و and ي are consonants here: not a two-letter name
    ("باور", "Barry"),     # Arabic writes a final vowel
    ("ارسين", "Harrison"),  # and an initial h
    ("سيلفانو", "Silvana"),  # and a final -a (ا ة ى): not a final o
    ("أوليفيه", "Olivia"),
])
def test_vowels_that_do_not_fit_are_refused(arabic: str, english: str) -> None:
    ar, en = S.arabic_key(arabic), S.latin_key(english)
    assert ar is not None
    assert S.skeleton(ar) != S.skeleton(en) or S.similarity(ar, en) < S.THRESHOLD


def test_most_frequent_close_fit_wins() -> None:
    index = S.SoundIndex.from_names([("Trump", S.latin_key("Trump"), 1.0), ("Tramp", S.latin_key("Tramp"), 0.2),
                          ("Terrific", S.latin_key("Terrific"), 50.0)])
    assert index.lookup("ترامب") == ("Trump", pytest.approx(S.similarity("TRAMB", "TROMB")))
    assert index.lookup("رونالد") is None          # nothing with its skeleton
    assert index.lookup("ترامح") is None           # ح: an Arab word, never looked up
    assert index.has_name("trump") and not index.has_name("Ronald")


def test_the_shipped_list_has_the_keys_of_todays_latin_key() -> None:
    """western_names.tsv stores keys made by latin_key, grouped by skeleton: a change of the rules needs
    the file regenerated (packaging/gen_western_names.py)."""
    lines = (NAMES / "western_names.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[-1] == "# end" and "rows=" in lines[0]
    groups = dict(ln.split("\t") for ln in lines[1:-1])
    index = S.SoundIndex(groups)
    assert len(groups) > 15_000 and sum(g.count("|") + 1 for g in groups.values()) > 80_000
    for sk in sorted(groups)[::23]:
        cands = index.candidates(sk)
        assert cands and [c[2] for c in cands] == sorted((c[2] for c in cands), reverse=True)
        for english, key, weight in cands[:3]:
            assert S.latin_key(english) == key and S.skeleton(key) == sk, english
            assert weight > 0
    attribution = (NAMES / "ATTRIBUTION").read_text(encoding="utf-8")
    assert "western_names.tsv" in attribution and "Census" in attribution


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("ستيفن هوكينغ", "Steven Hocking"),   # the most frequent surname that sounds like it
    ("تشاك شومر", "Chuck Schummer"),     # the most frequent surname of that sound (Schumer is rarer)
    ("ديفيد كرونينبيرغ", "David Kronenberg"),
])
def test_foreign_people_get_a_name_that_sounds_like_theirs(arabic: str, english: str) -> None:
    label = LabelResolver(fallback=_label_for).resolve(arabic, "PERSON")
    assert (label.text, label.source) == (english, NAME_LIST)
    assert not label.is_guess and NAME_LIST in SOURCES


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("جريج ابوت", "Greg Abbott"),    # the index's stray "Joreige" for جريج
    ("ألكس فولر", "Alex Fuller"),    # "Vollers"
])
def test_a_western_name_respells_words_other_sources_spell_foreign(arabic: str, english: str) -> None:
    """In a Western name (Alex, Greg: English names that are no Arab given names) a word spelled in a
    way that does not sound as the Arabic is written is matched by sound."""
    label = LabelResolver(fallback=_label_for).resolve(arabic, "PERSON")
    assert (label.text, label.source) == (english, NAME_LIST)


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("إيريك سيوتي", "Eric Ciotti"),            # Cythia before: its final a is not written
    ("سيلفانو كاسانو", "Silvano Cassano"),      # Silvana
])
def test_a_final_a_must_be_written(arabic: str, english: str) -> None:
    assert LabelResolver(fallback=_label_for).resolve(arabic, "PERSON").text == english


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("ليام كوبر", "Liam Cooper"),    # Liam is not on the 1990 list, but sounds as written: it stays
    ("سامي يوسف", "Sami Yousef"),    # Arab given names: no Western name
    ("بندر سلمان", "Bandar Salman"),
])
def test_spellings_that_sound_as_written_stay(arabic: str, english: str) -> None:
    assert LabelResolver(fallback=_label_for).resolve(arabic, "PERSON").text == english


@needs_index
@pytest.mark.parametrize("arabic", ["زهير نواب", "عبدالله أبو راس", "هتون", "محمد الغفيلي"])
def test_arab_names_are_not_matched_by_sound(arabic: str) -> None:
    """A name with an Arab given name (Zuhair is not on the English list), a particle, the article or
    one word only keeps the name index's spelling or its transliteration."""
    assert LabelResolver(fallback=_label_for).resolve(arabic, "PERSON").source != NAME_LIST


@needs_index
def test_a_damaged_list_leaves_people_as_before(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    names = tmp_path / "names"
    shutil.copytree(NAMES, names)
    path = names / "western_names.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines[: len(lines) // 2]) + "\n", encoding="utf-8")
    res = LabelResolver(names, fallback=_label_for)
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.labels"):
        label = res.resolve("تشاك شومر", "PERSON")
        res.resolve("ستيفن هوكينغ", "PERSON")
    assert label.source != NAME_LIST and label.text
    warnings = [r.getMessage() for r in caplog.records if "western_names.tsv" in r.getMessage()]
    assert len(warnings) == 1


@pytest.mark.parametrize(("arabic", "english"), [
    # (the US states, Mississippi and Massachusetts once here, are the gazetteer's since session 15)
    ("كاربونديل", "Carbondale"), ("بوزمان", "Bozeman"), ("شيبويغان", "Sheboygan"),
    ("كنزنغتون", "Kensington"),
])
def test_foreign_places_without_an_arabic_name_by_sound(arabic: str, english: str) -> None:
    res = LabelResolver(fallback=_label_for, use_name_index=False)
    assert res.resolve(arabic, "LOC") == Label(english, NAME_LIST)


@pytest.mark.parametrize(("arabic", "typ"), [
    ("كيندل", "ORG"),       # a brand is not the town it sounds like (Kindle, not Kendall)
    ("كفريا", "LOC"),       # three consonants: too short to tell (Kifri)
    ("غرفتين", "LOC"),      # vowels that do not fit well enough (Grafton)
    ("الراكة", "LOC"),      # the article: an Arab place
])
def test_places_are_not_matched_by_sound_loosely(arabic: str, typ: str) -> None:
    res = LabelResolver(fallback=_label_for, use_name_index=False)
    assert res.resolve(arabic, typ).source != NAME_LIST


# --- session 12 (labw): given names and surnames apart, European names, French -ier ----------------------

def _index(*rows: tuple[str, float | tuple[float, float]]) -> S.SoundIndex:
    return S.SoundIndex.from_names([(e, S.latin_key(e), w) for e, w in rows])


def test_a_surname_is_matched_against_surnames() -> None:
    """جيرود as a name's last word is the surname Giroud, not the more frequent given name Jerrod."""
    index = _index(("Jerrod", (5.0, 0.0)), ("Giroud", (0.0, 1.0)))
    assert index.lookup("جيرود", role=S.SURNAME) == ("Giroud", 1.0)
    assert index.lookup("جيرود", role=S.GIVEN) == ("Jerrod", 1.0)
    assert index.lookup("جيرود") == ("Jerrod", 1.0)  # no role: both frequencies count


def test_weights_are_stored_by_role_and_read_back() -> None:
    groups = S.group_rows([("Jerrod", "GIROD", (5.0, 0.25)), ("Giroud", "GIROD", (0.0, 1.0)),
                           ("Paris", "BARIS", 3.0)])
    assert groups["GRD"] == "Jerrod GIROD 5/0.25|Giroud GIROD 0/1"
    assert S.SoundIndex(groups).candidates("GRD") == [("Jerrod", "GIROD", 5.25), ("Giroud", "GIROD", 1.0)]
    assert S.SoundIndex(groups).candidates("BRS") == [("Paris", "BARIS", 3.0)]  # one weight (places)


def test_a_fit_vowel_for_vowel_outranks_a_fit_of_shared_vowels() -> None:
    """سياني: Ciani writes its very vowels (i-a-i); Sweeney fits only by sharing them (ee ~ ia)."""
    index = _index(("Sweeney", (0.0, 1.5)), ("Ciani", (0.0, 1.0)))
    assert index.lookup("سياني", role=S.SURNAME) == ("Ciani", 1.0)


def test_a_french_final_ier_has_a_silent_r() -> None:
    index = _index(("Didi", (1.0, 0.0)), ("Didier", (5.0, 0.0)))
    assert index.lookup("ديدييه", role=S.GIVEN) == ("Didier", 1.0)
    assert _index(("Didi", (1.0, 0.0))).lookup("ديدييه") == ("Didi", 1.0)  # no -ier name: as before


def test_the_shipped_list_has_european_names_and_roles() -> None:
    """Faker's European lists fill what the 1990 Census lacks (Thiago, Ciani); roles are kept apart."""
    lines = (NAMES / "western_names.tsv").read_text(encoding="utf-8").splitlines()
    index = S.SoundIndex(dict(ln.split("\t") for ln in lines[1:-1]))
    assert index.has_name("Thiago") and index.has_name("Ciani") and index.has_name("Wenger")
    assert "Faker" in (NAMES / "ATTRIBUTION").read_text(encoding="utf-8")
    assert "/" in lines[1]  # given/surname weights


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("تياجو نيفيز", "Thiago"),          # a Portuguese given name the Census lacks (was Teague)
    ("كريستيان جروس", "Christian Gross"),
])
def test_european_names_are_matched(arabic: str, english: str) -> None:
    label = LabelResolver(fallback=_label_for).resolve(arabic, "PERSON")
    assert label.text.startswith(english) and label.source == NAME_LIST


@needs_index
def test_arab_given_names_of_european_lists_do_not_make_a_name_western() -> None:
    """Faker's German lists hold Khaled: not taken, so خالد بووشل stays an Arab name (not Khaled Poschl)."""
    assert LabelResolver(fallback=_label_for).resolve("خالد بووشل", "PERSON").source != NAME_LIST


def _latin_key_by_all_rules(name: str) -> str:
    """latin_key as it was written before issue #13: every rule tried at each letter, in order."""
    import re

    any_rule = re.compile("|".join(f"({pat.pattern})" for pat, _ in S._LATIN_RULES))
    s = name.casefold()
    out: list[str] = []
    i = 0
    while i < len(s):
        m = any_rule.match(s, i) if s[i].isalpha() else None
        if m is not None and m.end() > i and m.lastindex is not None:
            out.append(S._LATIN_RULES[m.lastindex - 1][1])
            i = m.end()
        else:
            i += 1
    return S._collapse(out)


def test_latin_key_by_letter_is_latin_key_by_all_rules() -> None:
    """latin_key tries only the rules that start with the letter at hand (issue #13): the same key as
    trying all of them, on every name of the two sound tables and on random text."""
    import random

    words = {item.split(" ")[0] for file in ("western_names.tsv", "place_sounds.tsv")
             for line in (NAMES / file).read_text(encoding="utf-8").splitlines() if not line.startswith("#")
             for item in line.split("\t")[1].split("|")}
    rng = random.Random(13)
    alphabet = "abcdefghijklmnopqrstuvwxyzABCHSXéèüßø-' .1"
    words |= {"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20_000)}
    assert len(words) > 100_000
    assert [w for w in words if S.latin_key(w) != _latin_key_by_all_rules(w)] == []
