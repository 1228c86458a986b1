"""General attribution structures of Saudi/Arab news found by mining the unannotated SaudiNewsNet
articles (session 6). Every sentence here was written for the test; none is copied from the corpus."""

from __future__ import annotations

from sahifa.core.articles import build_article
from sahifa.core.model import Article, EntityMention, Quote
from sahifa.nlp.quotes import extract_quotes


def art(text: str) -> Article:
    return build_article("/tmp/t.txt", "عنوان الخبر\n" + text)


def mentions(text: str, *names: str, typ: str = "PERSON") -> list[EntityMention]:
    out = []
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            out.append(EntityMention(name, typ, name, name, pos, pos + len(name)))
            pos = text.find(name, pos + 1)
    return out


def quotes(text: str, *names: str, orgs: tuple[str, ...] = ()) -> list[Quote]:
    a = art(text)
    ents = mentions(a.text, *names) + mentions(a.text, *orgs, typ="ORG")
    return extract_quotes(a.text, a.sentences, sorted(ents, key=lambda e: e.start))


def pairs(qs: list[Quote]) -> list[tuple[str, str]]:
    return [(q.speaker, q.quote) for q in qs]


# --- a subject-less speech verb: the subject of the sentence before -----------------------------------


def test_pronoun_verb_takes_the_subject_of_the_sentence_before() -> None:
    text = (
        "استقبل وزير الإسكان خالد الفهد وفدا من رجال الأعمال في مكتبه أمس.\n"
        "وقال في تصريح له: إن المشروع سيكتمل قبل نهاية العام الحالي."
    )
    assert pairs(quotes(text, "خالد الفهد")) == [
        ("خالد الفهد", "إن المشروع سيكتمل قبل نهاية العام الحالي")
    ]


def test_a_new_subject_after_the_last_speaker_takes_the_pronoun_verb() -> None:
    text = (
        "قال سامي العلي إن الطقس سيبقى حارا طوال الأسبوع.\n"
        "وافتتح الأمير فهد الناصر معرض الكتاب مساء أمس.\n"
        "وأضاف أن المعرض يضم مئة جناح من عشرين دولة."
    )
    got = pairs(quotes(text, "سامي العلي", "فهد الناصر"))
    assert ("فهد الناصر", "المعرض يضم مئة جناح من عشرين دولة") in got, got


def test_a_name_late_in_the_sentence_before_does_not_replace_the_speaker() -> None:
    text = (
        "قال سامي العلي إن الطقس سيبقى حارا طوال الأسبوع.\n"
        "وتتعاون الشركة منذ سنوات طويلة في مشاريع الطرق مع المهندس ماجد الحربي.\n"
        "وأضاف أن الموسم سيكون طويلا هذا العام."
    )
    got = pairs(quotes(text, "سامي العلي", "ماجد الحربي"))
    assert ("سامي العلي", "الموسم سيكون طويلا هذا العام") in got, got


def test_participle_after_an_information_noun_is_an_adjective() -> None:
    text = (
        "قال سامي العلي إن الطقس سيبقى حارا طوال الأسبوع.\n"
        "وعلمت الصحيفة من مصادر مؤكدة أن اللجنة ستجتمع غدا لحسم الملف."
    )
    got = pairs(quotes(text, "سامي العلي"))
    assert got and all("اللجنة ستجتمع" not in q for _, q in got), got


# --- a circumstance between the verb and what was said --------------------------------------------------


def test_subjectless_verb_then_a_long_circumstance_then_inna() -> None:
    text = (
        "التقى وزير الإسكان خالد الفهد بالصحفيين في الرياض.\n"
        "وأضاف في بيان أصدره عقب الاجتماع مع وفد الشركة الكورية، إن «العمل سيبدأ قريبا في الموقع الجديد»."
    )
    assert pairs(quotes(text, "خالد الفهد")) == [("خالد الفهد", "العمل سيبدأ قريبا في الموقع الجديد")]


def test_subjectless_verb_with_a_manner_participle_and_an_addressee() -> None:
    text = (
        "التقى وزير الإسكان خالد الفهد بالصحفيين في الرياض.\n"
        "وأضاف قائلا في تصريح لـ«الوطن»: «لن نتأخر في تسليم المشروع للأهالي»."
    )
    assert pairs(quotes(text, "خالد الفهد")) == [("خالد الفهد", "لن نتأخر في تسليم المشروع للأهالي")]


def test_long_circumstance_before_a_quotation_that_ends_the_sentence() -> None:
    text = "وقال ماجد العمر في مؤتمر صحفي عقده في جدة قبل الاجتماع الأخير مع وفد الشركة “نعم.. المشروع يجب أن يكتمل قبل نهاية العام”."
    assert pairs(quotes(text, "ماجد العمر")) == [("ماجد العمر", "نعم.. المشروع يجب أن يكتمل قبل نهاية العام")]


def test_long_circumstance_before_a_short_quoted_name_is_no_quote() -> None:
    text = "وقال ماجد العمر في مؤتمر صحفي عقده في جدة قبل الاجتماع الأخير مع «شركة الأمل» إن العقد سيوقع غدا."
    assert pairs(quotes(text, "ماجد العمر")) == [("ماجد العمر", "العقد سيوقع غدا")]


def test_a_quotation_after_another_clause_is_not_the_first_verbs_content() -> None:
    text = "أعلن المجلس البلدي إغلاقا مؤقتا لسوق الخضار القديم، فيما دعا عدد من تجار السوق القديم وأصحاب المحلات الزبائن إلى \"الالتزام بالتعليمات الجديدة حتى نهاية الشهر\"."
    got = quotes(text, orgs=("المجلس البلدي",))
    assert got == [] or all("الالتزام" not in q.quote for q in got), pairs(got)
