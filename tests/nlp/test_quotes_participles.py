"""Session 13 round 2 quote rules (quotes_participles and later): sentences written for the tests, names invented."""

from __future__ import annotations

from tests.nlp.test_quotes import art, quotes_of


def test_marked_participles_report_before_a_complementizer() -> None:
    # "…، مفيدا أن", "…، مؤملا أن", "…، متوقعا أن", "…، مدّعين أنهم": participles of informing, hoping,
    # expecting and claiming are a speaker's حال when a complementizer follows (batch 8 misses)
    qs = quotes_of(art("وأشاد المدير بالمشاركين، مؤملاً أن تكون المشاركة للعام القادم بضعف العدد."))
    assert [(q.speaker, q.cue, q.quote) for q in qs] == [
        ("المدير", "مؤملاً", "تكون المشاركة للعام القادم بضعف العدد")]
    qs = quotes_of(art("وقال الخبير إن الأسواق هادئة، متوقعا أن يكون الصيف أكثر هدوءا من العام الماضي."))
    assert [(q.speaker, q.cue, q.quote) for q in qs] == [("الخبير", "متوقعا", "يكون الصيف أكثر هدوءا من العام الماضي")]
    qs = quotes_of(art("ونشر المخترقون رسالة على الموقع، مدّعين أنهم حريصون على إيصال صوت المواطن."))
    assert [(q.speaker, q.cue, q.quote) for q in qs] == [
        ("المخترقون", "مدّعين", "أنهم حريصون على إيصال صوت المواطن")]


def test_marked_participles_are_adjectives_otherwise() -> None:
    # "مفيدا للجميع" (useful), "متوقعا" (expected): no complementizer right after it, or no comma before it
    # (a predicate of كان), no report; the colon further on belongs to the sentence (fails without the check)
    qs = quotes_of(art("وقال المدير إن العمل كبير، مفيدا للجميع: ويشمل ذلك كل العاملين في المشروع الكبير."))
    assert [q.cue for q in qs] == ["قال"]
    qs = quotes_of(art("وكان الطالب متوقعا أن ينجح في الامتحان بعد أسابيع من الدراسة الطويلة."))
    assert [q.cue for q in qs] == []
    assert quotes_of(art("وجاء العلاج مفيدا للصحة كثيرا بعد أسابيع من التجربة في المستشفى.")) == []
    assert quotes_of(art("وكان الفوز متوقعا بعد أداء الفريق الجيد في المباريات الأخيرة من الموسم.")) == []


def test_only_before_but_is_no_source() -> None:
    # "وليس ذلك وحسب بل …": حسب is the adverb "only" before بل (batch 8 false positive with the speaker
    # "بل"); a source after حسب is a noun phrase, and keeps its report
    assert quotes_of(art("وهي لعبة يلعبها 11 لاعبا وليس ذلك وحسب بل أثبتوا أن الروح قوة لا يمكن هزيمتها أبدا.")) == []
    qs = quotes_of(art("وارتفعت الأسعار في الأسواق المحلية، حسب وكالة الأنباء الرسمية في تقرير لها اليوم."))
    assert [(q.speaker, q.cue) for q in qs] == [("وكالة الأنباء الرسمية", "حسب")]
    # (session 17: a clause opening with its own speaker's verb, "وأكد المتحدث أن …، حسب وكالة …", is the
    # speaker's; the agency that carried it is at most optional in gold — tests/nlp/test_quotes_s17.py)


def test_reaction_at_once_is_no_reply() -> None:
    # "رد على الفور بفتح النار": على of the adverb "على الفور", no reply (batch 8 false positive)
    qs = quotes_of(art("وقال الوزير إن الجيش قوي جدا. وعملا بالقواعد، رد على الفور بفتح النار على المواقع المتطرفة."))
    assert [(q.speaker, q.cue, q.quote) for q in qs] == [("الوزير", "قال", "الجيش قوي جدا")]


def test_short_quotation_alone_after_a_colon() -> None:
    # 'فسأله الوزير: "أين الموظفون؟"، فكان رد الموظف …': a short quotation right after a colon and closed
    # before a comma is what was said, not a fragment of a clause that runs on (batch 8 miss)
    qs = quotes_of(art('وكان الموظف لا يعرف الوزير، فسأله الوزير: "أين الموظفون؟"، فكان رد الموظف لا يوجد أحد هنا.'))
    assert [(q.speaker, q.cue, q.quote, q.direct) for q in qs] == [("الوزير", "سأله", "أين الموظفون", True)]
    qs = quotes_of(art("وقال المدرب: «انتهى العمل اليوم»، ثم غادر المبنى مسرعا بعد المباراة."))
    assert [(q.speaker, q.quote, q.direct) for q in qs] == [("المدرب", "انتهى العمل اليوم", True)]


def test_marked_participle_after_a_comma_that_ends_a_copula_clause() -> None:
    # "… ليست للبيع، متمنية أن": the comma ends the copula's clause; the participle is the speaker's حال
    # (unannotated check)
    qs = quotes_of(art("إلا أن الفنانة قالت إن اللوحة ليست للبيع، متمنية أن تسنح لها الفرصة لتقديمها للمعرض."))
    assert [(q.speaker, q.cue) for q in qs] == [("الفنانة", "قالت"), ("الفنانة", "متمنية")]


def test_plural_verb_after_a_construct_sound_plural() -> None:
    # "فإن مصممي البرنامج …، أكدوا أن": a plural speech verb after a participle-shaped construct plural
    # (ـي before its genitive) has it as its subject (batch 4-7 miss); a singular verb does not
    text = "وفي حقيقة الأمر فإن مصممي البرنامج في المعهد الفني في مدينة كبيرة، أكدوا أن الفيلم كان مصدر إلهام لهم."
    qs = quotes_of(art(text))
    assert [(q.speaker, q.cue) for q in qs] == [("مصممي البرنامج", "أكدوا")]
    assert quotes_of(art("وفي حقيقة الأمر فإن مصممي البرنامج أكد أن الفيلم كان مصدر إلهام بالنسبة لهم.")) == []
