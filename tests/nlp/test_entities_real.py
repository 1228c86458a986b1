"""Real-news false positives of the entity engine (SaudiNewsNet patterns), with the CRF tagger and with
the rules alone (what runs when no model is installed). Each sentence also holds a real entity, so an
engine that finds nothing does not pass."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities
from sahifa.nlp.gazetteer import gazetteer


def _found(text: str, tagger: bool) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


# (sentence, an entity that must be found, surfaces that must not be a PERSON)
NOT_PEOPLE = [
    # a title (الكاتب) then a verb with an object suffix and a common noun
    ("قال الكاتب أعجبني كتاب الرحلة الذي نشره محمد العتيبي في الرياض.", ("الرياض", "LOC"), ("أعجبني", "كتاب")),
    # a form-X verb and a noun read as a name
    ("وقال إن الطائرات استهدف منزل المسؤول في صنعاء.", ("صنعاء", "LOC"), ("استهدف", "منزل")),
    # على written with ي (Saudi spelling): the preposition, not Ali
    ("وأكد أنه حريص علي تنفيذ المشروع في جدة.", ("جدة", "LOC"), ("علي", "تنفيذ")),
    # ولاية = و + ل + آية once its clitics are stripped: the word is a place head, not a given name
    ("وأقيم الحفل في ولاية بنسلفانيا الأمريكية وحضره سفير السعودية.", ("بنسلفانيا", "LOC"), ("اية", "بنسلفانيا")),
    # الفريق (a military rank) then ل + a verbal noun and an adjective
    ("استعد الفريق لمواجهة قاسية أمام الهلال في الرياض.", ("الرياض", "LOC"), ("لمواجهة", "قاسية")),
    # a given name followed by an imperfect verb
    ("نقدم عرفان تعجز الكلمات عن وصفه لأهالي جدة.", ("جدة", "LOC"), ("عرفان", "تعجز")),
    # an imperfect verb and ب + a verbal noun
    ("وقال نقوم بنشر الأخبار يوميا من الرياض.", ("الرياض", "LOC"), ("نقوم", "بنشر")),
]


@pytest.mark.parametrize("tagger", [True, False], ids=["crf", "rules"])
@pytest.mark.parametrize(("text", "must", "never"), NOT_PEOPLE, ids=[n[2][0] for n in NOT_PEOPLE])
def test_common_words_and_verbs_are_no_people(text: str, must: tuple[str, str], never: tuple[str, ...],
                                                tagger: bool) -> None:
    found = _found(text, tagger)
    assert must in found
    people = [s for s, t in found if t == "PERSON"]
    assert not any(w in p for p in people for w in never), found


@pytest.mark.parametrize("tagger", [True, False], ids=["crf", "rules"])
def test_common_words_are_no_places(tagger: bool) -> None:
    # كيف (how) is not Kyiv; وقف إطلاق النار (ceasefire) has no place; العيون (the eyes) is not Laayoune
    found = _found("وقال الوزير كيف نقبل بذلك؟ ودعت الأمم المتحدة إلى وقف إطلاق النار في اليمن. "
                   "ودمعت العيون في حفل التخرج الذي أقيم في جدة.", tagger)
    assert ("اليمن", "LOC") in found and ("جدة", "LOC") in found
    surfaces = [s for s, _t in found]
    assert not {"كيف", "وقف", "إطلاق", "النار", "العيون", "إطلاق النار"} & set(surfaces), found


@pytest.mark.parametrize("tagger", [True, False], ids=["crf", "rules"])
def test_syria_old_spelling(tagger: bool) -> None:
    ms = extract_entities("قتل عشرة مدنيين في سورية أمس.", tagger=tagger)
    assert [(m.text, m.type, m.label_en) for m in ms] == [("سورية", "LOC", "Syria")]


def test_kyiv_still_found() -> None:
    assert ("كييف", "LOC") in _found("وصل الوزير إلى كييف أمس.", True)


@pytest.mark.parametrize("tagger", [True, False], ids=["crf", "rules"])
def test_two_coordinated_given_names_are_not_one_person(tagger: bool) -> None:
    found = _found("وقال المدرب إن حمزة ومعاذ سيغيبان عن مباراة الهلال في الرياض.", tagger)
    assert ("الرياض", "LOC") in found
    assert not any(t == "PERSON" and "ومعاذ" in s for s, t in found), found


@pytest.mark.parametrize("tagger", [True, False], ids=["crf", "rules"])
def test_month_name_is_no_person(tagger: bool) -> None:
    found = _found("ويبدأ المهرجان منتصف شهر شعبان الجاري في مدينة جدة.", tagger)
    assert ("جدة", "LOC") in found
    assert not any(t == "PERSON" for _s, t in found), found


@pytest.mark.parametrize("tagger", [True, False], ids=["crf", "rules"])
def test_quoted_titles_of_works_are_misc(tagger: bool) -> None:
    text = ("وشارك الممثل في فيلم «ظلال على النهر» ثم في فيلم Chappie، وغنت الفرقة أغنية \"عيدنا كدا\" "
            "في مهرجان لوكارنو.")
    found = _found(text, tagger)
    for title in ("ظلال على النهر", "Chappie", "عيدنا كدا", "مهرجان لوكارنو"):
        assert (title, "MISC") in found, found


def test_common_word_list_is_shipped_and_keeps_given_names() -> None:
    g = gazetteer()
    assert len(g.common) > 1000
    assert "مواجهه" in g.common and "الجاري" in g.common
    assert not g.common & set(g.given_names)  # a given name is never silenced by the list


@pytest.mark.parametrize("tagger", [True, False], ids=["crf", "rules"])
def test_month_and_adverb_are_no_places(tagger: bool) -> None:
    # آب (August) folds like إب (Ibb, Yemen); دوماً (always) like دوما (Douma)
    found = _found("وفي شهر آب الماضي كنا دوماً نزور مدينة إب اليمنية ونتذكر قصف دوما.", tagger)
    assert ("إب", "LOC") in found and ("دوما", "LOC") in found
    assert ("آب", "LOC") not in found and ("دوماً", "LOC") not in found, found
