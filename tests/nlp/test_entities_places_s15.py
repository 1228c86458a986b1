"""Session 15, round 2 (places): what a blind batch's place misses and false positives taught. The states of
the United States are places of the gazetteer (a governor's or a senator's state, a city's state), with the
spellings Arabic newspapers use. Sentences written for these tests (invented people)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities


def typed(text: str, tagger: bool = True) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract_entities(text, tagger=tagger)]


def labelled(text: str) -> dict[str, str | None]:
    return {m.text: m.label_en for m in extract_entities(text) if m.type == "LOC"}


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "state"), [
    ("وقال سامر الحلو، حاكم اوهايو السابق، إن الانتخابات ستكون صعبة.", "اوهايو"),
    ("وترشح النائب عن ويسكونسن للمنصب في الربيع الماضي.", "ويسكونسن"),
    ("وأعلنت السلطات في ولاية كنتاكي حالة الطوارئ بسبب الفيضانات.", "كنتاكي"),
    ("ووصل الوفد إلى كارولاينا الجنوبية صباح الخميس.", "كارولاينا الجنوبية"),
    ("وقع الحادث في مدينة صغيرة بولاية لويزيانا مساء الأحد.", "لويزيانا"),
])
def test_a_us_state_is_a_place(text: str, state: str, tagger: bool) -> None:
    found = [t for t, ty in typed(text, tagger) if ty == "LOC"]
    assert any(t.endswith(state) for t in found), found


def test_a_us_state_has_its_english_name() -> None:
    assert labelled("وقالت الشرطة في بنسلفانيا إن التحقيق مستمر.").get("بنسلفانيا") == "Pennsylvania"


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize(("text", "word"), [
    ("ويطرح الهاتف بثلاثة ألوان هي الفضي والذهبي والرمادي الداكن.", "الرمادي"),
    ("وقال سامر الحلو، القائم بأعمال السفارة لدى المملكة، إن الاجتماع عقد.", "القائم"),
    ("واستدعت الوزارة مساء أمس القائم بأعمال السفارة لدى المملكة.", "القائم"),
    ("الخارجية تستدعي القائم بأعمال السفارة الأجنبية", "القائم"),
])
def test_a_place_named_by_an_adjective_read_as_the_adjective(text: str, word: str, tagger: bool) -> None:
    """A place whose name is a frequent adjective or participle (الرمادي "grey", القائم "acting") followed by a
    second adjective or by the participle's ب-complement is the adjective, not the place."""
    found = [t for t, ty in typed(text, tagger) if ty == "LOC"]
    assert not any(word in t for t in found), found


@pytest.mark.parametrize(("text", "word"), [
    ("وسيطر التنظيم على الرمادي الأسبوع الماضي بعد معارك عنيفة.", "الرمادي"),
    ("وتقع الرمادي على بعد 110 كيلومترات غرب بغداد.", "الرمادي"),
    ("والرمادي الواقعة غرب بغداد شهدت معارك عنيفة.", "الرمادي"),
    ("وسقطت الرمادي بيد التنظيم بعد أيام من القتال.", "الرمادي"),
])
def test_the_place_itself_stays(text: str, word: str) -> None:
    assert any(word in t for t, ty in typed(text) if ty == "LOC"), typed(text)
