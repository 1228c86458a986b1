"""Session 14 checks of ORG and MISC names (#12), from the errors of batches 4–8 of real news and real/tune: a name
in marks keeps a first letter that looks like a clitic (entities_bodies.marked_whole), a named event, prize or
institution takes the ل-complement after its name in (lam_named), the idiom في معرض + a verbal noun with its
pronoun is no exhibition (idiom_dropped), an outlet named in quotation marks right after its head is an ORG
(broadcast_quoted). Sentences written for these tests (invented names and wording)."""

from __future__ import annotations

import pytest

from sahifa.nlp import entities_bodies as B
from sahifa.nlp.entities import _rule_raws, extract_entities
from sahifa.nlp.entities_engine import _Engine
from sahifa.nlp.entities_words import _Raw


def typed(text: str, typ: str, tagger: bool = True) -> list[str]:
    return [m.text for m in extract_entities(text, tagger=tagger) if m.type == typ]


def _raw_at(text: str, word: str, typ: str, cut: int = 0) -> tuple[_Engine, _Raw]:
    """The engine of ``text`` and a mention of ``typ`` over the token ``word``, its first ``cut`` letters left out
    (as the tagger cuts a clitic)."""
    eng, _raws = _rule_raws(text)
    k = next(i for i, t in enumerate(eng.toks) if t.text == word)
    tok = eng.toks[k]
    return eng, _Raw(tok.start + cut, tok.end, k, k + 1, typ, None, "crf")


@pytest.mark.parametrize("text", [
    "وتأهلت المبادرة لنهائيات «وردتنا» هذا العام.",
    "وتأهلت المبادرة لنهائيات جوائز (وردتنا WARD) هذا العام.",
])
def test_a_name_in_marks_keeps_its_first_letter(text: str) -> None:
    eng, r = _raw_at(text, "وردتنا", "MISC", cut=1)
    (out,) = B.marked_whole(eng, [r])
    assert text[out.start:out.end] == "وردتنا"


def test_a_known_name_after_a_clitic_in_marks_keeps_the_clitic_out() -> None:
    text = "ومن الضروري عقد اجتماع طارئ (لأوبك) هذا الشهر."
    eng, r = _raw_at(text, "لأوبك", "ORG", cut=1)
    (out,) = B.marked_whole(eng, [r])
    assert text[out.start:out.end] == "أوبك"


@pytest.mark.parametrize(("text", "name", "typ"), [
    ("ويقام الحفل في مركز الدمام الدولي للمعارض والمؤتمرات مساء الخميس.", "مركز الدمام الدولي للمعارض والمؤتمرات",
     "ORG"),
    ("وشارك كبار المسؤولين في منظمة الأمم المتحدة للتربية والعلوم والثقافة في الاجتماع.",
     "منظمة الأمم المتحدة للتربية والعلوم والثقافة", "ORG"),
    ("وفاز الشاعر بجائزة الشيخ سالم بن راشد الفهيد للقرآن الكريم هذا العام.",
     "جائزة الشيخ سالم بن راشد الفهيد للقرآن الكريم", "MISC"),
])
def test_a_named_body_or_prize_takes_its_lam_complement(text: str, name: str, typ: str) -> None:
    assert name in typed(text, typ)


def test_the_lam_complement_stops_before_a_second_body() -> None:
    text = "ويقام الحفل في مركز الدمام الدولي للمعارض والجمعية الخيرية مساء الخميس."
    assert not any("الجمعية" in n for n in typed(text, "ORG") if n.startswith("مركز"))


@pytest.mark.parametrize(("text", "word", "dropped"), [
    ("وقال الوزير في معرض رده على سؤال إن الخطة ماضية.", "معرض", True),
    ("وأكد في معرض تعليقه على القرار أن الخطة ماضية.", "معرض", True),
    ("وشارك الفنان في معرض جدة الأسبوع الماضي.", "معرض", False),
])
def test_in_the_course_of_is_no_exhibition(text: str, word: str, dropped: bool) -> None:
    eng, r = _raw_at(text, word, "MISC")
    r.t1 += 1
    r.end = eng.toks[r.t1 - 1].end
    out = B.idiom_dropped(eng, [r])
    assert (out == []) is dropped


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الوزير في مقابلة مع تلفزيون «إن بي سي» إن الخطة ماضية.", "إن بي سي"),
    ("ونقلت قناة “إلي بي سي آي” المؤتمر على الهواء مباشرة.", "إلي بي سي آي"),
])
def test_an_outlet_named_in_marks_after_its_head(text: str, name: str) -> None:
    assert name in typed(text, "ORG")


def test_a_quoted_common_phrase_after_a_network_is_no_outlet() -> None:
    text = "ويتصل الجهاز بشبكة «واي - فاي» المنزلية بسهولة."
    assert not any("واي" in n for n in typed(text, "ORG"))


@pytest.mark.parametrize(("text", "name"), [
    ("ويأتي جهاز «ريشة برو» الجديد بشاشة أكبر من سابقه.", "ريشة برو"),
    ("وأعلنت الشركة طرح جهازها الجديد «ريشة 5» الشهر المقبل.", "ريشة 5"),
    ("وشارك الطيران في عملية «النجم الساطع» في الجنوب.", "النجم الساطع"),
    ("وتناقش ندوة «الرواية والمدينة» أعمال الكتاب الشباب.", "الرواية والمدينة"),
])
def test_a_quoted_device_operation_or_seminar_is_misc(text: str, name: str) -> None:
    assert name in typed(text, "MISC")


@pytest.mark.parametrize(("text", "word"), [
    ("وكان اللاعب يتلقى عملية «تدليك» قبل المباراة.", "تدليك"),  # one indefinite word: no operation's name
    ("وأعلنت شركة الأجهزة الذكية «نجمة» عن هاتف جديد.", "نجمة"),  # the company, after the article
])
def test_no_misc_after_an_operation_or_a_definite_device_head(text: str, word: str) -> None:
    assert word not in typed(text, "MISC")


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الوزير في مقابلة مع إذاعة الكويت إن الخطة ماضية.", "إذاعة الكويت"),
    ("وصرح المتحدث لراديو ألمانيا الدولي مساء أمس بأن المفاوضات مستمرة.", "راديو ألمانيا الدولي"),
])
def test_a_broadcaster_named_by_its_place(text: str, name: str) -> None:
    assert name in typed(text, "ORG")


@pytest.mark.parametrize(("text", "name"), [
    ("وحصل الكاتب على جائزة بوليتزر عام 2010.", "جائزة بوليتزر"),
    ("الحائز على جائزة أوسكار مرتين، والمشهور بأعماله.", "جائزة أوسكار"),
])
def test_a_prize_named_by_a_foreign_word(text: str, name: str) -> None:
    assert typed(text, "MISC") == [name]


@pytest.mark.parametrize("text", [
    "وحصل الفائز على جائزة مالية قدرها ألف ريال.",
    "وحصل الفائز على جائزة قيمتها ألف ريال.",
    "وحصل الفائز على جائزة المركز الأول في المسابقة.",
])
def test_no_prize_named_by_a_dictionary_word(text: str) -> None:
    assert not any(n.startswith("جائزة") for n in typed(text, "MISC"))
