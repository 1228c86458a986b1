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
        ("المخترقون", "مدّعين", "حريصون على إيصال صوت المواطن")]


def test_marked_participles_are_adjectives_otherwise() -> None:
    # "مفيدا للجميع" (useful), "متوقعا" (expected): no complementizer right after it, or no comma before it
    # (a predicate of كان), no report; the colon further on belongs to the sentence (fails without the check)
    qs = quotes_of(art("وقال المدير إن العمل كبير، مفيدا للجميع: ويشمل ذلك كل العاملين في المشروع الكبير."))
    assert [q.cue for q in qs] == ["قال"]
    qs = quotes_of(art("وكان الطالب متوقعا أن ينجح في الامتحان بعد أسابيع من الدراسة الطويلة."))
    assert [q.cue for q in qs] == []
    assert quotes_of(art("وجاء العلاج مفيدا للصحة كثيرا بعد أسابيع من التجربة في المستشفى.")) == []
    assert quotes_of(art("وكان الفوز متوقعا بعد أداء الفريق الجيد في المباريات الأخيرة من الموسم.")) == []
