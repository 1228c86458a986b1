"""Bodies named by their head-word (sahifa.nlp.entities_bodies): a body named by its field takes in the nationality
after it that agrees with its head (national_bodies; not after a proper name, a club or a party named by a noun); a
country's broadcaster named by its medium and nationality (national_broadcasters); a body named by two media
(media_pairs); a general presidency named by its field (presidency_named); a staff is no body (staff_dropped); the
late passes over head-words share one visit (_head_tokens). The error classes come from real news (batches 4–10);
sentences written for these tests (invented wording)."""

from __future__ import annotations

import pytest

from sahifa.nlp import entities_bodies as B
from sahifa.nlp.entities import _rule_raws, extract_entities
from sahifa.nlp.entities_words import _Raw


def typed(text: str, typ: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == typ]


def national_end_after(text: str, first: str) -> int | None:
    """:func:`B._national_end` of an ORG over the word ``first`` and the next one, as the tagger gives it, minus the
    token after the pair (0: the nationality right after is taken in; None: not)."""
    eng, _raws = _rule_raws(text)
    k = next(i for i, t in enumerate(eng.toks) if t.text == first)
    r = _Raw(eng.toks[k].start, eng.toks[k + 1].end, k, k + 2, "ORG", None, "crf")
    end = B._national_end(eng, r)
    return None if end is None else end - (k + 3)


# --- a body named by its field and its nationality -------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس اتحاد الشطرنج الأردني إن البطولة ستقام في الصيف.", "اتحاد الشطرنج الأردني"),
    ("وأصدر مجلس البحوث الكويتي تقريرا جديدا.", "مجلس البحوث الكويتي"),
    ("وقالت الجمعية الفلكية المصرية إن الهلال سيظهر مساء الخميس.", "الجمعية الفلكية المصرية"),
    ("وقال المعهد الملكي البريطاني إن الدراسة اكتملت.", "المعهد الملكي البريطاني"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_body_named_by_its_field_takes_its_nationality(text: str, name: str, tagger: bool) -> None:
    assert typed(text, "ORG", tagger) == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("وعقد مجلس إدارة الهيئة السعودية اجتماعه.", "الهيئة السعودية"),   # agrees with the body after it
    ("وأعلنت شركة فيات الإيطالية أرباحها.", "شركة فيات"),                # a proper name: the nationality describes it
])
def test_no_nationality_taken_in_after_a_name_or_against_agreement(text: str, name: str) -> None:
    assert name in typed(text, "ORG", tagger=False)
    eng, raws = _rule_raws(text)
    assert raws and all(B._national_end(eng, r) is None for r in raws)


def test_head_tokens_visits_only_arabic_heads_before_the_tail() -> None:
    eng, _raws = _rule_raws("قالت قناة «سما» إن صحيفة يومية نشرت الخبر في قناة")
    heads = frozenset(("قناه", "صحيفه"))
    every = list(B._head_tokens(eng, heads))
    assert [eng.toks[i].text for i in every] == ["قناة", "صحيفة", "قناة"]
    assert [eng.toks[i].text for i in B._head_tokens(eng, heads, 2)] == ["قناة", "صحيفة"]


@pytest.mark.parametrize(("text", "first", "taken"), [
    # an outlet named after its head keeps its nationality out (the tagger's ORG over the outlet's two words)
    ("بحسب ما نقله موقع نبض الشارع السوري المعارض.", "نبض", False),
    ("بحسب ما نقله مجلس نبض الشارع السوري المعارض.", "نبض", True),
    # a club keeps its nationality out; a body's head in its place takes it
    ("وتعاقد اللاعب مع نادي الخور القطري لموسمين.", "نادي", False),
    ("وتعاقد اللاعب مع مجلس الخور القطري لموسمين.", "مجلس", True),
    # a party named by a noun: the nationality describes it (الحزب الشيوعي الصيني takes it)
    ("وقال زعيم حزب الوطن الليبي إن الانتخابات قريبة.", "حزب", False),
    ("وقال زعيم مجلس الوطن الليبي إن الانتخابات قريبة.", "مجلس", True),
])
def test_which_names_keep_their_nationality_out(text: str, first: str, taken: bool) -> None:
    assert (national_end_after(text, first) == 0) is taken


# --- a general presidency --------------------------------------------------------------------------------------
@pytest.mark.parametrize("tagger", [True, False])
def test_a_general_presidency_takes_a_field_read_as_a_club(tagger: bool) -> None:
    # (in a sports text الشباب is read as the club: the presidency's ل-complement still holds it)
    text = "فاز الشباب على الهلال في الدوري بهدفين. وطالب مدرب الفريق الرئاسة العامة لرعاية الشباب بدعم الأندية."
    assert typed(text, "ORG", tagger) == ["الشباب", "الهلال", "الرئاسة العامة لرعاية الشباب"]


# --- broadcasters and media ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "name"), [
    ("وقال التلفزيون الأردني إن البث سيبدأ مساء الخميس.", "التلفزيون الأردني"),
    ("ونقلت الإذاعة الإسرائيلية عن مصدر عسكري قوله إن الهجوم فشل.", "الإذاعة الإسرائيلية"),
    ("وعرض المسلسل على شاشة التليفزيون المصري خلال الشهر.", "التليفزيون المصري"),
    ("وقال في مقابلة بالتلفزيون الألماني إن الاتفاق قريب.", "التلفزيون الألماني"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_broadcaster_named_by_its_medium_and_nationality(text: str, name: str, tagger: bool) -> None:
    assert typed(text, "ORG", tagger) == [name]


@pytest.mark.parametrize("text", [
    "وقال مراسل قناة التلفزيون العراقية إن الطريق مغلق.",   # the nationality agrees with قناة
    "وأضاف أن الإذاعة المحلية ستغطي الحدث.",                 # no nationality
    "وقال الإذاعة السعودي إن البث توقف.",                    # no agreement (an invented slip)
])
def test_no_broadcaster_without_an_agreeing_nationality(text: str) -> None:
    assert not any(m.text.startswith(("التلفزيون", "الإذاعة")) for m in extract_entities(text, tagger=False))


@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس هيئة الإذاعة والتلفزيون إن الخطة جاهزة.", "هيئة الإذاعة والتلفزيون"),
    ("وأصدر اتحاد الإذاعة والتليفزيون بيانا أمس.", "اتحاد الإذاعة والتليفزيون"),
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_body_of_two_media_takes_the_second(text: str, name: str, tagger: bool) -> None:
    assert typed(text, "ORG", tagger) == [name]


def test_the_second_medium_of_a_body_is_no_broadcaster_of_its_own() -> None:
    # (the nationality after the second medium: no second ORG cut out of the body's name)
    got = typed("وتنتج هيئة الإذاعة والتلفزيون الأردني مسلسلا جديدا.", "ORG", tagger=False)
    assert got and not any(t.startswith("التلفزيون") for t in got)
    eng, _raws = _rule_raws("ودخل الوفد مبنى الإذاعة والتلفزيون الأردني أمس.")
    at = [i for i, t in enumerate(eng.toks) if t.text == "والتلفزيون"]
    assert at and B._broadcaster_at(eng, at[0]) is None
    eng, _raws = _rule_raws("وقال للصحفيين، والتلفزيون الأردني ينقل كلمته، إن الخطة جاهزة.")
    at = [i for i, t in enumerate(eng.toks) if t.text == "والتلفزيون"]
    assert at and B._broadcaster_at(eng, at[0]) == (1, at[0] + 2)   # after a comma: a broadcaster


# --- a staff ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وقال الدكتور سامي الحربي عضو هيئة التدريس بجامعة الملك سعود إن الدراسة اكتملت.",
    "وشكلت أعضاء هيئة التدريس والموظفين بجامعة الملك خالد نصف المشاركين.",
    "وأشاد بجهود أعضاء هيئة التمريض في مستشفى الملك فهد.",
])
@pytest.mark.parametrize("tagger", [True, False])
def test_a_staff_is_no_body(text: str, tagger: bool) -> None:
    got = extract_entities(text, tagger=tagger)
    assert got   # (the rest of the sentence is still read)
    assert not any("هيئة" in m.text for m in got)


def test_a_staff_dropped_keeps_an_alias_pointing_at_its_full_name() -> None:
    eng, _raws = _rule_raws("وقال عضو هيئة التدريس إن الخطة جاهزة. وقال المهندس سامر الحلواني إن العمل بدأ. "
                            "وأضاف الحلواني أن المشروع سيكتمل.")
    toks = eng.toks
    h = next(i for i, t in enumerate(toks) if t.text == "هيئة")
    s = next(i for i, t in enumerate(toks) if t.text == "سامر")
    k = max(i for i, t in enumerate(toks) if t.text == "الحلواني")
    raws = [_Raw(toks[h].start, toks[h + 1].end, h, h + 2, "ORG", None, "org"),
            _Raw(toks[s].start, toks[s + 1].end, s, s + 2, "PERSON", None, "name"),
            _Raw(toks[k].start, toks[k].end, k, k + 1, "PERSON", None, "prop", 1)]
    out = B.staff_dropped(eng, raws)
    assert [r.t0 for r in out] == [s, k] and out[1].alias_of == 0
