"""Session 14 quote rules (quotes_agency and later): sentences written for the tests, names invented."""

from __future__ import annotations

from sahifa.nlp.quotes_agency import agency_nisba
from tests.nlp.test_quotes import art, ents, quotes_of


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


def _pairs_with(text: str, *people: str) -> list[tuple[str, str]]:
    a = art(text)
    es = ents(a.text, *((p, "PERSON", p) for p in people))
    return [(q.speaker, q.cue) for q in quotes_of(a, es)]


def test_a_coordinated_speech_verb_shares_the_subject_of_the_verb_before_it() -> None:
    # "التفت إليه نظيره فلان وقال «…»", "انضم النجم فلان للجدل … وأكد أن": the named subject of the nearest
    # verb before it speaks, not the first person the sentence names (batch 4-8 and train misses)
    text = ("بينما سار الوزير سامي الخالدي بطول الحدود التفت إليه نظيره كريم العلي وقال «ربما كانوا يراقبوننا الآن».")
    assert _pairs_with(text, "سامي الخالدي", "كريم العلي") == [("كريم العلي", "قال")]
    text = ("وكانت الانتقادات التي طالت سامي الخالدي حادة، حيث انضم النجم السابق كريم العلي للجدل الدائر حول اللاعب "
            "وأكد أن على الجميع التوقف عن تدليله.")
    assert _pairs_with(text, "سامي الخالدي", "كريم العلي") == [("كريم العلي", "أكد")]


def test_a_name_after_a_preposition_is_not_the_coordinated_subject() -> None:
    # "تحدث الوزير فلان عن علان وقال": علان is no subject; the first person of the sentence speaks
    text = "وتحدث الوزير سامي الخالدي في المؤتمر عن كريم العلي وقال إن العمل مستمر في المشروع الكبير."
    assert _pairs_with(text, "سامي الخالدي", "كريم العلي") == [("سامي الخالدي", "قال")]


def test_a_noun_phrase_after_the_verbs_preposition_is_no_quote() -> None:
    # "أشار إلى عودة …", "مشيرا إلى ارتفاع …": noun-phrase reports, optional in the gold and mostly left out
    # (8 false positives, 15 optional, 2 hits in train+tune); the participle still ends the clause before it
    assert quotes_of(art("وأشار المدير إلى عودة بعض مرافق الشرطة وتفعيل بعض الدوائر الحكومية في المدينة.")) == []
    qs = quotes_of(art("وقال المدير إن الوضع جيد جدا في المدينة، مشيرا إلى ارتفاع أعداد الزوار يوميا وتنوع الفعاليات."))
    assert [(q.cue, q.quote) for q in qs] == [("قال", "الوضع جيد جدا في المدينة")]


def test_a_clause_or_a_quotation_after_the_preposition_is_still_a_quote() -> None:
    qs = quotes_of(art("وأشار المدير إلى أن بعض مرافق الشرطة عادت إلى العمل في المدينة."))
    assert [(q.cue, q.quote) for q in qs] == [("أشار", "بعض مرافق الشرطة عادت إلى العمل في المدينة")]
    qs = quotes_of(art("وقال الوزير مشيرا إلى المسؤول «سمعته يقول إن الاتفاق مجرد خيال ونحن نرفض هذا تماما»."))
    assert [q.quote for q in qs] == ["سمعته يقول إن الاتفاق مجرد خيال ونحن نرفض هذا تماما"]
