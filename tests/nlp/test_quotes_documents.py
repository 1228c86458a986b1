"""Session 13 quote rules (quotes_documents and later): sentences written for the tests, names invented."""

from __future__ import annotations

from tests.nlp.test_quotes import art, ents, quotes_of


def test_document_came_in_is_the_speaker() -> None:
    # "جاء في بيان/تقرير X أن …": the document phrase speaks (batch 5 and 7 constructions), the whole
    # phrase even when a person is named inside it, and the body that issued it as the canonical name
    text = "وجاء في بيان للمكتب الإعلامي لرئيس الوزراء سامي الراشد أن الطائرات قصفت مقرين عامين قبل أن تعود."
    a = art(text)
    qs = quotes_of(a, ents(a.text, ("سامي الراشد", "PERSON", "سامي الراشد")))
    assert [(q.speaker, q.cue, q.quote, q.direct) for q in qs] == [
        ("بيان للمكتب الإعلامي لرئيس الوزراء سامي الراشد", "جاء في", "الطائرات قصفت مقرين عامين قبل أن تعود", False)]
    qs = quotes_of(art("جاء في تقرير لجنة حكومية أن الولاية يجب أن تضع قواعد واضحة قبل التقنين."))
    assert [(q.speaker, q.cue) for q in qs] == [("تقرير لجنة حكومية", "جاء في")]
    qs = quotes_of(art("وجاء في البيان: لا صحة لما تردد عن موافقة الإدارة على بيع اللاعب."))
    assert [(q.speaker, q.quote) for q in qs] == [("البيان", "لا صحة لما تردد عن موافقة الإدارة على بيع اللاعب")]


def test_came_in_without_a_document_is_not_a_report() -> None:
    assert quotes_of(art("وجاء في المركز الثاني العداء سالم الحربي بعد سباق طويل أن الجميع فرح.")) == []
    assert quotes_of(art("جاء في وقت متأخر أن الفريق وصل إلى المطار بعد رحلة طويلة.")) == []


def test_time_word_before_the_verbs_own_preposition() -> None:
    # "حذرت X اليوم الاثنين من أن …": a time word between the subject and the verb's preposition; "من أن"
    # is then the verb's report, not "من" + a complementizer of another clause (batch 4 miss)
    text = "حذرت منظمة الزراعة الدولية (فاو) اليوم الاثنين من أن دول غرب أفريقيا قد تواجه قريبا أزمة خطيرة."
    a = art(text)
    qs = quotes_of(a, ents(a.text, ("منظمة الزراعة الدولية", "ORG", "منظمة الزراعة الدولية")))
    assert [(q.speaker, q.cue, q.quote) for q in qs] == [
        ("منظمة الزراعة الدولية", "حذرت", "دول غرب أفريقيا قد تواجه قريبا أزمة خطيرة")]
    qs = quotes_of(art("وحذر الوزير أمس من أن الأسعار سترتفع خلال الأشهر المقبلة بسبب الجفاف."))
    assert [(q.speaker, q.quote) for q in qs] == [("الوزير", "الأسعار سترتفع خلال الأشهر المقبلة بسبب الجفاف")]


def test_present_verb_after_however_with_its_preposition_and_that() -> None:
    # "غير أن الاختصاصيين يشيرون إلى أن …": a subject after "غير أن" / "إلا أن" reports when the present
    # verb's own preposition and a complementizer follow (batch 6 miss); people only (a sound masculine
    # plural, a speaker noun, a study), not things that "indicate", and not "يحذرون من استمرار …" (no أن)
    qs = quotes_of(art("غير أن الاختصاصيين يشيرون إلى أن ذلك لا يمت بصلة إلى الأزمة، حيث بدأ التوجه قبلها."))
    assert [(q.speaker, q.cue, q.quote) for q in qs] == [
        ("الاختصاصيين", "يشيرون", "ذلك لا يمت بصلة إلى الأزمة، حيث بدأ التوجه قبلها")]
    qs = quotes_of(art("إلا أن المحللين يحذرون من أن الأسعار سترتفع كثيرا خلال الأشهر المقبلة."))
    assert [(q.speaker, q.cue) for q in qs] == [("المحللين", "يحذرون")]
    assert quotes_of(art("غير أن الواقع يشير إلى أن رغبة الشركات في التوظيف تعود إلى انخفاض التكاليف.")) == []
    assert quotes_of(art("غير أن خبراء يحذرون من استمرار ارتفاع الأسعار خلال الأشهر المقبلة.")) == []


def test_concessive_min_anna_is_not_the_verbs_preposition() -> None:
    # "يحذر X منها … على الرغم من أن …": "من أن" of "على الرغم" (however) is no report of حذر (unannotated check)
    qs = quotes_of(art("وهي طائفة كثيرا ما يحذر الأميركيون منها لاختلافها، على الرغم من أن أعدادها تقدر بالملايين في العالم."))
    assert all(q.cue != "يحذر" for q in qs)


def test_long_clause_before_a_present_verb_is_no_subject() -> None:
    # the present-verb rule takes a short subject only: "إن السعودية ألغت عقدا … مما يشير إلى أن" is a
    # clause's comment, not a speaker's report (unannotated check); the company keeps its report
    a = art("وقالت شركة تالجو إن السعودية ألغت عقدا وقعته معها لتشغيل ستة قطارات مما يشير إلى أن المملكة تقلص مشروعاتها.")
    qs = quotes_of(a, ents(a.text, ("السعودية", "LOC", "السعودية"), ("شركة تالجو", "ORG", "شركة تالجو")))
    assert [(q.speaker, q.cue) for q in qs] == [("شركة تالجو", "قالت")]
