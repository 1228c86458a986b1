"""Session 15 checks of ORG names (#12), from the ORG errors of batches 4–9 of real news: a body named by its field
(a head and dictionary words) takes in the nationality after it that agrees with its head
(entities_bodies.national_bodies); the late passes over head-words share one visit (_head_tokens). Sentences
written for these tests (invented wording)."""

from __future__ import annotations

import pytest

from sahifa.nlp import entities_bodies as B
from sahifa.nlp.entities import _rule_raws, extract_entities
from sahifa.nlp.entities_words import _Raw


def typed(text: str, typ: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == typ]


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


def test_an_outlet_named_after_its_head_keeps_its_nationality_out() -> None:
    # (the tagger's ORG over the outlet's two words, as it read one in an unannotated article)
    for text, taken in (("بحسب ما نقله موقع نبض الشارع السوري المعارض.", False),
                        ("بحسب ما نقله مجلس نبض الشارع السوري المعارض.", True)):
        eng, _raws = _rule_raws(text)
        k = next(i for i, t in enumerate(eng.toks) if t.text == "نبض")
        r = _Raw(eng.toks[k].start, eng.toks[k + 1].end, k, k + 2, "ORG", None, "crf")
        assert (B._national_end(eng, r) == k + 3) is taken


@pytest.mark.parametrize("tagger", [True, False])
def test_a_general_presidency_takes_a_field_read_as_a_club(tagger: bool) -> None:
    # (in a sports text الشباب is read as the club: the presidency's ل-complement still holds it)
    text = "فاز الشباب على الهلال في الدوري بهدفين. وطالب مدرب الفريق الرئاسة العامة لرعاية الشباب بدعم الأندية."
    assert typed(text, "ORG", tagger) == ["الشباب", "الهلال", "الرئاسة العامة لرعاية الشباب"]


def test_a_club_keeps_its_nationality_out() -> None:
    # (an ORG over a club's head and name, as the tagger gives it; a body's head in its place takes the nationality)
    for head, taken in (("نادي", False), ("مجلس", True)):
        text = f"وتعاقد اللاعب مع {head} الخور القطري لموسمين."
        eng, _raws = _rule_raws(text)
        k = next(i for i, t in enumerate(eng.toks) if t.text == head)
        r = _Raw(eng.toks[k].start, eng.toks[k + 1].end, k, k + 2, "ORG", None, "crf")
        assert (B._national_end(eng, r) == k + 3) is taken


@pytest.mark.parametrize(("head", "taken"), [("حزب", False), ("مجلس", True)])
def test_a_party_named_by_a_noun_keeps_its_nationality_out(head: str, taken: bool) -> None:
    # (حزب الوطن الليبي: the nationality describes a party named by a noun; الحزب الشيوعي الصيني takes it)
    text = f"وقال زعيم {head} الوطن الليبي إن الانتخابات قريبة."
    eng, _raws = _rule_raws(text)
    k = next(i for i, t in enumerate(eng.toks) if t.text == head)
    r = _Raw(eng.toks[k].start, eng.toks[k + 1].end, k, k + 2, "ORG", None, "crf")
    assert (B._national_end(eng, r) == k + 3) is taken
