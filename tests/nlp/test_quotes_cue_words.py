"""Which words are speech cues, and which quotation marks pair: a verb form after a preposition is its verbal
noun, "فيما بين" is "among", and a straight mark written as an opening one after a sentence end opens a
quotation when the one before it was never closed. Sentences written for these tests, names invented."""

from __future__ import annotations

from sahifa.nlp.quotes_tokens import _tokenize
from tests.helpers.quote_text import pairs, quotes

# --- a verb form after a preposition is a verbal noun ------------------------------------------------------


def test_a_verb_form_after_a_preposition_is_no_cue() -> None:
    text = ('وأكد سامي العتيبي أن للإعلام دورا كبيرا في كشف كل مخططات تلك الجماعات سواء كانت "الجماعات القديمة '
            'منها أو الجديدة" في المنطقة.')
    got = [(q.speaker, q.cue) for q in quotes(text, "سامي العتيبي")]
    assert got == [("سامي العتيبي", "أكد")]  # not "كل مخططات تلك الجماعات" / كشف


# --- "فيما بين" is "among" unless a complementizer follows ----------------------------------------------


def test_fima_bayn_is_among() -> None:
    text = "وأضاف سامي العتيبي أن التنسيق فيما بين الأجهزة يجب أن يكون أكبر في المرحلة المقبلة."
    got = [(q.speaker, q.cue, q.quote) for q in quotes(text, "سامي العتيبي")]
    assert got == [("سامي العتيبي", "أضاف", "التنسيق فيما بين الأجهزة يجب أن يكون أكبر في المرحلة المقبلة")]


def test_fima_bayyana_with_a_complementizer_reports() -> None:
    # boundary: "فيما بيّن X أن …" (while X explained that) is still a report
    text = "وأعلنت الشركة نتائجها، فيما بين المدير سامي العتيبي أن الأرباح سترتفع."
    assert [(q.speaker, q.cue) for q in quotes(text, "سامي العتيبي")] == [("سامي العتيبي", "بين")]


# --- a straight mark never closed: the next one shaped as an opening mark after a full stop opens ------------


def test_an_unclosed_straight_mark_gives_way_to_the_next_opening_one() -> None:
    text = ('كشف مسؤول في الوزارة لوكالة الأنباء "عن تنسيق بين الفريقين لتبادل المعلومات والخطط. '
            'وقال سامي العتيبي إن الاجتماع سيعقد غدا، وأفادت شبكة "أخبار اليوم" بوصول الوفود.')
    s = _tokenize(text, 0, len(text))
    assert [(s.toks[o + 1], s.toks[c - 1]) for o, c in s.pairs] == [("أخبار", "اليوم")]
    got = [(q.speaker, q.quote) for q in quotes(text, "سامي العتيبي")]
    assert ("سامي العتيبي", "الاجتماع سيعقد غدا") in got


def test_a_straight_pair_around_a_sentence_end_still_closes() -> None:
    # boundary: a closing mark attached to the word before it closes, across a full stop
    text = 'وقال سامي العتيبي: "الاجتماع سيعقد غدا. وسنعلن النتائج بعده". وأضاف أن الوفود وصلت.'
    s = _tokenize(text, 0, len(text))
    assert len(s.pairs) == 1 and s.toks[s.pairs[0][0] + 1] == "الاجتماع"


def test_a_verb_never_takes_a_kaf_clitic() -> None:
    # "كلفت الحدائق الدولة الكثير" (cost): not ك + the cue لفت (a batch-11 false speaker "الدولة الكثير")
    qs = quotes("وهي حدائق كلفت الدولة الكثير من المال، ومن الواجب أن يتحمل الجميع مسؤولية العناية بها.")
    assert [q.cue for q in qs] == []
    assert pairs(quotes("ولفت الموظف إلى أن المشروع تأخر كثيرا.")) == [("الموظف", "المشروع تأخر كثيرا")]
