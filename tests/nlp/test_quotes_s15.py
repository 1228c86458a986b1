"""Session 15 quote rules: sentences written for the tests, names invented."""

from __future__ import annotations

from tests.nlp.test_quotes import art, quotes_of


def test_min_bayn_is_the_preposition_not_the_verb() -> None:
    # "من بين شفتيه" (from between his lips): بين after من is the preposition, never the verb بيّن, so the
    # words after it are no speaker (an unannotated column gave the phrase after "من بين" as the speaker of
    # 7 quotes, passed on to the continuations after it)
    qs = quotes_of(art("وكان ينتظر الحكم من بين شفتي الرجل وراح يمر بأصابعه بين الأوراق، ثم سألني: هل انتهيت من العمل؟"))
    assert [q.speaker for q in qs] == []  # was "شفتي الرجل وراح يمر بأصابعه", cue بين
    qs = quotes_of(art("واختار المدرب من بين اللاعبين أن يلعب الحارس الجديد في المباراة."))
    assert [q.speaker for q in qs] == []  # was "اللاعبين"
    # the verb still opens a clause after a clause opener
    qs = quotes_of(art("ومن جانبه بين الوزير أن المشروع سيكتمل خلال عامين."))
    assert [(q.speaker, q.cue) for q in qs] == [("الوزير", "بين")]
