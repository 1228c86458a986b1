"""General entity rules added while tuning on the dev2 set (short synthetic sentences)."""

from __future__ import annotations

import pytest

from sahifa.nlp import tagger
from sahifa.nlp.entities import _rule_raws, crf_pass, extract_entities
from sahifa.nlp.entities_pedigree import crf_bad_edge


def spans(text: str) -> dict[str, str]:
    return {m.text: m.type for m in extract_entities(text)}


def test_accusative_tanween_word_is_not_a_place_after_the_capital() -> None:
    # العاصمة + an indefinite accusative noun: not "the capital X"
    got = spans("حذر الوزير من أن الفوضى قد تجعل العاصمة رهينةً وتجر العاصمة حربًا طويلة.")
    assert "حربًا" not in got and "رهينةً" not in got
    assert spans("زار الوفد العاصمة نواكشوط أمس.").get("نواكشوط") == "LOC"


def test_mandate_of_a_mission_is_not_a_state() -> None:
    # ولاية = state and mandate: "ولاية البعثة" is a mandate
    got = spans("قرر المجلس تمديد ولاية البعثة الأممية عامًا آخر.")
    assert "البعثة" not in got


def test_one_sports_word_does_not_make_sports_news() -> None:
    # الشباب is a club only in sports news; "بشكل دوري" and a research "الفريق" are not sports
    text = "قال الفريق البحثي إن فحص الشباب بشكل دوري يقلل الإصابات لدى الشباب."
    got = spans(text)
    assert "الشباب" not in got
    assert not any(t == "MISC" for t in got.values())


def test_two_sports_words_still_make_sports_news() -> None:
    got = spans("فاز الشباب على الهلال في مباراة الدوري أمس.")
    assert got.get("الشباب") == "ORG"


def test_letter_d_without_dot_is_not_doctor() -> None:
    got = spans("نقص فيتامين د يرتبط بأمراض القلب، ومستويات فيتامين د المنخفضة خطيرة.")
    assert not any(t == "PERSON" for t in got.values())
    assert spans("وقال د. محمد الحسيني إن النتائج مشجعة.").get("محمد الحسيني") == "PERSON"


def test_form_x_verb_after_ambiguous_rank_is_not_a_name() -> None:
    got = spans("وأكد الباحث أن الفريق استبعد عوامل أخرى.")
    assert not any(t == "PERSON" for t in got.values())


def test_name_with_bin_does_not_swallow_a_definite_noun() -> None:
    got = spans("افتتح الأمير مشعل بن فهد المؤتمر صباح اليوم.")
    assert got.get("مشعل بن فهد") == "PERSON"
    assert spans("قُتل أبو بكر البغدادي في غارة.").get("أبو بكر البغدادي") == "PERSON"


def test_a_crf_span_with_a_bad_edge_is_never_accepted() -> None:
    # a tagger's own span that takes the object after a prince's X بن Y is left out before arbitration, so the
    # rule's mention stands (it was trimmed after arbitration, where it had displaced the rule's mention: source
    # "crf"). The edge test is checked on the span itself, so that the test does not depend on whether the shipped
    # model proposes it (session 16's model did, session 17's does not; no monkeypatching: the compiled build
    # calls the tagger natively).
    text = "افتتح الأمير مشعل بن فهد المؤتمر صباح اليوم."
    eng, raws = _rule_raws(text)
    t0 = next(i for i, t in enumerate(eng.toks) if t.text == "مشعل")
    assert " ".join(t.text for t in eng.toks[t0:t0 + 4]) == "مشعل بن فهد المؤتمر"
    assert crf_bad_edge(eng, "PERSON", t0, t0 + 4)
    assert not crf_bad_edge(eng, "PERSON", t0, t0 + 3)  # the name itself
    crf = tagger.load()
    if crf is None:
        pytest.skip("no CRF model installed")
    kept = crf_pass(eng, raws, crf)[1].spans
    assert not any(crf_bad_edge(eng, c.type, c.t0, c.t1) for c in kept)
    assert [(m.text, m.type, m.source) for m in extract_entities(text)] == [("مشعل بن فهد", "PERSON", "rules")]


def test_a_commoners_family_name_is_no_bad_edge() -> None:
    # without a royal title, X بن Y + a definite word keeps the word: a family name may be a common word
    text = "غنى المطرب محمد بن علي المطرب أغنية جديدة."
    eng, _raws = _rule_raws(text)
    t0 = next(i for i, t in enumerate(eng.toks) if t.text == "محمد")
    assert not crf_bad_edge(eng, "PERSON", t0, t0 + 4)


def test_preposition_plus_trigger_word_does_not_extend_a_name() -> None:
    # "لوكالة" is ل + وكالة (agency), not a surname
    got = spans("وقال العقيد خالد علي لوكالة رويترز إن الهجوم فشل.")
    assert got.get("خالد علي") == "PERSON" and not any("لوكالة" in k for k in got)


def test_port_named_like_a_person() -> None:
    assert spans("وصلت الناقلة إلى ميناء جيهان أمس.").get("جيهان") == "LOC"
    assert spans("وصرحت جيهان السادات بأن الحفل تأجل.").get("جيهان السادات") == "PERSON"


def test_newspaper_named_by_a_common_word() -> None:
    assert spans('وقال الخبير لصحيفة "الأيام" إن الأسعار سترتفع.').get("الأيام") == "ORG"
    assert spans('وصرح لجريدة "الصباح" بأن الحوار مستمر.').get("الصباح") == "ORG"
    # a quotation after a definite head is still not a name
    assert "لم تستشر" not in spans('وقالت النقابة "لم تستشر في القرار".')


def test_government_plus_nationality_is_a_description() -> None:
    got = spans("وقالت الحكومة المغربية إن الموسم الفلاحي جيد.")
    assert "الحكومة المغربية" not in got
    assert got.get("المغربية") is None


def test_verbal_noun_after_an_indefinite_head_is_not_a_name() -> None:
    got = spans("وشكلت الوزارة لجنة تحقيق في الحادث وأحالت الملف إلى هيئة تحكيم مستقلة.")
    assert not any(t == "ORG" and ("تحقيق" in k or "تحكيم" in k) for k, t in got.items())


def test_tribe_names() -> None:
    assert spans("ودعا أعيان قبيلة ورفلة إلى التهدئة.").get("قبيلة ورفلة") == "ORG"
    assert spans("واجتمع شيوخ عشيرة الجبور في الموصل.").get("عشيرة الجبور") == "ORG"
    assert not spans("وقال المتحدث باسم قبيلة كبيرة إن الوضع هادئ.")


def test_government_named_by_its_seat_is_the_city() -> None:
    assert spans("واتهم الجيش حكومة بنغازي بالتقصير.").get("بنغازي") == "LOC"
    assert spans("وقالت حكومة إقليم كردستان إن الرواتب ستصرف.").get("حكومة إقليم كردستان") == "ORG"


def test_punctuation_at_a_model_spans_edge_is_no_part_of_a_name() -> None:
    # a long run of quotation marks before a name: the model took the run into its span (review, session 17)
    got = extract_entities("قال " + '"' * 150 + " محمد")
    assert got and all('"' not in m.text for m in got)
    assert not extract_entities('"' * 150)
