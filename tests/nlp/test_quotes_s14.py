"""Session 14 quote rules (quotes_agency and later): sentences written for the tests, names invented."""

from __future__ import annotations

from sahifa.nlp.quotes_agency import agency_nisba
from tests.nlp.test_quotes import art, quotes_of


def test_agency_named_by_its_nationality_closes_the_sentence() -> None:
    # "….وفقا للالمانية." / "…، وفقا للفرنسية.": wire copy closing with the agency, its head-word وكالة
    # elided (batch 4-8 miss; 13 fires on unannotated articles, all right)
    qs = quotes_of(art("وسيحصل الفائز في المسابقة على جائزة قدرها مليون يورو من اللجنة المنظمة.وفقا للالمانية. "
                       "ورشح الخبراء لاعبين آخرين."))
    assert [(q.speaker, q.quote) for q in qs] == [
        ("الالمانية", "وسيحصل الفائز في المسابقة على جائزة قدرها مليون يورو من اللجنة المنظمة")]
    qs = quotes_of(art("وارتفعت الإيرادات بنسبة كبيرة على أساس سنوي في الربع الثاني، وفقا للفرنسية."))
    assert [(q.speaker, q.cue) for q in qs] == [("الفرنسية", "وفقا لـ")]


def test_bare_definite_noun_after_a_source_cue_is_still_a_measure() -> None:
    # "بحسب الأهمية." (a measure, no nationality), "حسب الفرنسية الجديدة" (not alone at the end)
    assert quotes_of(art("ويتم ترتيب الطلبات في المسابقة الكبرى بحسب الأهمية. ورشح الخبراء لاعبين آخرين.")) == []
    toks = ["حسب", "الفرنسية", "الجديدة", "."]
    assert not agency_nisba(toks, 1, 3)
    assert not agency_nisba(["حسب", "الفرنسية", "اليوم"], 1, 2)
    assert agency_nisba(["حسب", "الفرنسية", "."], 1, 2)
    assert agency_nisba(["وفقا", "للألمانية"], 1, 2)


def test_a_fused_complementizer_is_kept_in_the_reported_clause() -> None:
    # the gold conventions keep إن/أن with its pronoun ("أنها …"): 153 of 158 reported clauses after one in
    # train+tune; the engine dropped it unless one word followed
    qs = quotes_of(art("وأكد الموظف أنه لا داعي للكشف عليه في المستشفى."))
    assert [(q.speaker, q.quote) for q in qs] == [("الموظف", "أنه لا داعي للكشف عليه في المستشفى")]
    qs = quotes_of(art("وقالت الموظفة إنهم لا يعرفون شيئا عن الموضوع."))
    assert [q.quote for q in qs] == ["إنهم لا يعرفون شيئا عن الموضوع"]
    # a bare complementizer, or one with a preposition before it, is still left out
    assert [q.quote for q in quotes_of(art("وأكد الموظف أن الوضع مستقر في المستشفى."))] == ["الوضع مستقر في المستشفى"]
    assert [q.quote for q in quotes_of(art("وأضاف الموظف بأنه لا يعرف شيئا عن الموضوع."))] == [
        "لا يعرف شيئا عن الموضوع"]
