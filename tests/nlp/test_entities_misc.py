"""Named things in quotation marks (sahifa.nlp.entities_misc): a quoted "person" after the noun of a kind of thing
is that thing (MISC); a quoted MISC name found once after its head-word is the same thing at its other quoted
occurrences. Sentences written for these tests."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities
from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_misc import _with_found, quoted_things, told_outlets
from sahifa.nlp.entities_veto import checked
from sahifa.nlp.entities_words import _Raw


def _proposed(text: str, name: str) -> list[tuple[str, str]]:
    """The last checks' output when a model proposed ``name`` (each occurrence) as a person."""
    eng, raws = _rule_raws(text)
    people = []
    start = text.find(name)
    while start >= 0:
        t0 = next(i for i, t in enumerate(eng.toks) if t.start <= start < t.end)
        t1 = next(i for i, t in enumerate(eng.toks) if t.start < start + len(name) <= t.end) + 1
        people.append(_Raw(start, start + len(name), t0, t1, "PERSON", None, "crf"))
        start = text.find(name, start + 1)
    kept = [r for r in raws if not any(r.start < p.end and p.start < r.end for p in people)] + people
    kept.sort(key=lambda r: r.start)
    return [(text[r.start:r.end], r.type) for r in quoted_things(eng, checked(eng, kept))]


def test_a_quoted_name_after_a_craft_is_the_craft() -> None:
    text = 'وأطلقت الوكالة مركبة الفضاء "كوزمو فالكون" نحو المريخ، ووصلت المركبة "كوزمو فالكون" أمس.'
    got = _proposed(text, "كوزمو فالكون")
    assert got.count(("كوزمو فالكون", "MISC")) == 2, got
    assert ("كوزمو فالكون", "PERSON") not in got


def test_a_quoted_name_after_a_title_or_a_troupe_stays_a_person() -> None:
    got = _proposed('وقال المدرب "جوزيه بيسيرو" إن الفريق جاهز.', "جوزيه بيسيرو")
    assert ("جوزيه بيسيرو", "PERSON") in got, got
    got = _proposed('وقدمت حملة «أبو فهد» عروضها للأطفال.', "أبو فهد")
    assert ("أبو فهد", "PERSON") in got, got


def test_a_quoted_programme_is_named_at_its_other_quoted_occurrences() -> None:
    text = ("وتستخدم الشرطة برنامج «كرايمسكان» لتوقع الجرائم. ويقول مبتكر «كرايمسكان» إن البرنامج «كرايمسكان» "
            "يتعلم من البيانات.")
    got = [(m.text, m.type) for m in extract_entities(text)]
    assert got.count(("كرايمسكان", "MISC")) == 3, got


def test_a_european_particle_opens_the_family_name() -> None:
    """ديفيد دي خيا: after a given name, a particle (دي، فان، دا) is no family name alone; the word after it goes with
    it, and the article's later "دي خيا" is the person (not the bare خيا)."""
    text = "وتحدث المدرب عن خدمات ديفيد دي خيا الحارس الإسباني. وقال إن دي خيا لم يوقع بعد."
    got = [(m.text, m.type) for m in extract_entities(text, tagger=False)]
    assert ("ديفيد دي خيا", "PERSON") in got, got
    assert ("دي خيا", "PERSON") in got, got
    assert ("خيا", "PERSON") not in got


def test_a_common_noun_after_a_given_name_that_is_a_word_is_not_copied_as_a_person() -> None:
    """تقي الجسم ("protects the body"): whatever the pair is read as, الجسم elsewhere in the article is the body."""
    from sahifa.nlp.entities_engine import _rule_raws

    text = ("وتعمل المكملات الغذائية على حماية العظام وهي تقي الجسم من الكسور. ويحتاج الجسم إلى الكالسيوم، "
            "كما يخزن الجسم الدهون في النخاع.")
    eng, raws = _rule_raws(text)
    assert not any(text[r.start:r.end] == "الجسم" and r.type == "PERSON" for r in raws), \
        [(text[r.start:r.end], r.type, r.how) for r in raws]
    got = [(m.text, m.type) for m in extract_entities(text)]
    assert ("الجسم", "PERSON") not in got, got


def test_a_family_name_that_is_a_word_is_still_copied_after_a_name() -> None:
    text = "وأوضح أحمد العمود رئيس البرنامج أن الخطة جاهزة. وأضاف العمود أن التسجيل يبدأ الأحد."
    got = [(m.text, m.type) for m in extract_entities(text)]
    assert ("العمود", "PERSON") in got, got


def test_an_event_named_by_a_noun_and_a_place() -> None:
    """ملتقى ليالي أبها: an indefinite noun (even one written with ل or ending in ي) and a known place name the
    event; a preposition before the place does not (مؤتمر في المكسيك)."""
    got = [(m.text, m.type) for m in extract_entities("وافتتح ملتقى ليالي أبها الرمضانية أمس فعالياته.")]
    assert ("ملتقى ليالي أبها الرمضانية", "MISC") in got, got
    got = [(m.text, m.type) for m in extract_entities("وألقى الوزير كلمة في مؤتمر في المكسيك أمس.")]
    assert ("المكسيك", "LOC") in got, got


def test_a_competition_name_does_not_start_with_and_and_a_word() -> None:
    got = [(m.text, m.type) for m in extract_entities("ويبقى كأقوى دوري وأفضل من يصنع الإثارة في المنطقة.",
                                                      tagger=False)]
    assert not any(t == "MISC" for _s, t in got), got
    assert ("بطولة ويمبلدون", "MISC") in [(m.text, m.type) for m in extract_entities("وفاز ببطولة ويمبلدون أمس.")]


# --- the passes that replace or drop mentions keep ``alias_of`` pointing at the same mention ----------------------
def test_with_found_keeps_an_alias_pointing_at_its_full_name() -> None:
    raws = [_Raw(0, 5, 0, 1, "ORG", None, "crf"), _Raw(10, 20, 2, 4, "PERSON", None, "name"),
            _Raw(30, 35, 6, 7, "PERSON", None, "prop", 1)]
    out = _with_found(raws, [_Raw(0, 5, 0, 1, "MISC", None, "misc")])   # the first mention replaced
    assert [(r.type, r.start) for r in out] == [("MISC", 0), ("PERSON", 10), ("PERSON", 30)]
    assert out[2].alias_of == 1   # (the full name, not itself)


def test_an_outlet_replacing_a_place_keeps_an_alias_pointing_at_its_full_name() -> None:
    text = ('وقال مصدر مطلع لـ"الرياض" إن الخطة جاهزة. وقال المهندس سامر الحلواني إن العمل بدأ. '
            "وأضاف الحلواني أن المشروع سيكتمل.")
    eng, raws = _rule_raws(text)
    assert [(r.type, r.alias_of) for r in raws] == [("LOC", -1), ("PERSON", -1), ("PERSON", 1)]
    out = told_outlets(eng, raws)
    assert [(r.type, r.alias_of) for r in out] == [("ORG", -1), ("PERSON", -1), ("PERSON", 1)]


@pytest.mark.parametrize("noun", ["في تصريحات", "خلال حديثه", "في حديث"])
def test_an_outlet_after_a_noun_of_what_was_told(noun: str) -> None:
    text = f"وأوضح المهندس سالم العتيبي، {noun} لـ«الشرق الأوسط» إن المشروع تأخر."
    got = [(m.text, m.type) for m in extract_entities(text)]
    assert ("الشرق الأوسط", "ORG") in got, got


@pytest.mark.parametrize("tagger", [True, False])
def test_a_leagues_season_is_not_its_name(tagger: bool) -> None:
    got = [(m.text, m.type) for m in extract_entities("وتوج نادي الوحدة بلقب دوري أبطال آسيا 2016/2017 في مباراة مثيرة.",
                                                        tagger=tagger)]
    assert ("دوري أبطال آسيا", "MISC") in got, got
