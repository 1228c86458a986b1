"""The arbiter keeps the rules' full name when the CRF read only its start (session 17): a CRF person that is the
first word(s) of a rule person whose other words are all name words (:func:`sahifa.nlp.entities_stacking._name_words`)
does not replace it."""

from __future__ import annotations

from sahifa.nlp.arbiter import DEFAULT, RuleSpan, arbitrate
from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_stacking import _rule_spans
from sahifa.nlp.tagger import CrfSpan, Tagged


def _spans(text: str) -> list[tuple[list[str], int]]:
    eng, raws = _rule_raws(text)
    return [([eng.toks[k].text for k in range(s.t0, s.t1)], s.name_words) for s in _rule_spans(raws, eng)
            if s.type == "PERSON"]


def test_the_words_of_a_full_name_are_name_words_and_a_common_word_is_not() -> None:
    # given name, given name, a kunya and the word after it; a prince's name with بن; a given name + ب + a noun
    assert _spans("وثق عثمان علي ابو الليرات تاريخ المدينة.") == [(["عثمان", "علي", "ابو", "الليرات"], 0b1111)]
    assert _spans("قال الأمير عبد الله بن مساعد إن الموسم طويل.")[0] == (["عبد", "الله", "بن", "مساعد"], 0b1111)
    got = _spans("ارتكبت الميليشيات مجزرة في دار سعد بقصف عشوائي أمس.")
    assert got == [(["سعد", "بقصف"], 0b01)]
    # آبي (Abe) folds like the kunya أبي, but the word after it is no name for that
    assert [bits for words, bits in _spans("وحققت حكومة آبي خطوات كبيرة في الإصلاح.") if words[0] == "آبي"] == [0b01]


def test_a_crf_span_that_is_only_the_start_of_a_full_name_does_not_replace_it() -> None:
    tagged = Tagged([CrfSpan(1, 2, "PERSON", 0.8)], [1.0] * 6)
    full = [RuleSpan(1, 5, "PERSON", False, 0, how="name", name_words=0b1111)]
    assert [(s.t0, s.t1) for s in arbitrate(full, tagged, DEFAULT)] == [(1, 5)]
    # a word the CRF left out that is no name word (سعد بقصف): the CRF's shorter span wins as before
    part = [RuleSpan(1, 3, "PERSON", False, 0, how="name", name_words=0b01)]
    assert [(s.t0, s.t1) for s in arbitrate(part, tagged, DEFAULT)] == [(1, 2)]
    # the CRF span does not start where the rule span does (a title or adjective before the name): as before
    later = Tagged([CrfSpan(2, 4, "PERSON", 0.8)], [1.0] * 6)
    assert [(s.t0, s.t1) for s in arbitrate(full, later, DEFAULT)] == [(2, 4)]
