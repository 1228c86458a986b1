"""Quote rules of session 12, drawn from the blind batches' errors (short sentences written for these
tests: no article text of the corpus is copied here)."""

from __future__ import annotations

from sahifa.nlp.quotes_bounds import split_orphans
from tests.helpers.quote_text import pairs, quotes

# --- a straight quotation mark that can only close ends the sentence ------------------------------------


def test_an_orphan_closing_mark_ends_the_sentence() -> None:
    # the opening mark is missing: the article's splitter keeps the rest of the paragraph as one sentence,
    # and the orphan mark paired with the next one hid the next speech verb inside a "quotation"
    text = ('وقال سامي الحربي إن الامتحانات ستبدأ غدا. '
            'وأضاف أن "الوزارة" ستفتح المدارس في موعدها وستوفر الكتب للطلاب". '
            'وأشار "خالد العمري" إلى أن المباني جاهزة منذ شهر. وقال أيضا إن المعلمين وصلوا إلى القرى.')
    got = pairs(quotes(text, "سامي الحربي", "خالد العمري"))
    assert ("خالد العمري", "المباني جاهزة منذ شهر") in got
    assert ("خالد العمري", "المعلمين وصلوا إلى القرى") in got
    assert got[1][0] == "سامي الحربي" and "المباني" not in got[1][1]


def test_a_paired_mark_is_not_an_orphan() -> None:
    # boundary: a closing mark whose opening one is in the sentence keeps the quotation whole
    text = 'وقال "الطلاب وصلوا". ثم عادوا".'
    assert split_orphans(text, [(0, len(text))]) == [(0, len(text))]
    text2 = 'وقال إن الطلاب وصلوا". ثم عادوا.'
    assert split_orphans(text2, [(0, len(text2))]) == [(0, 22), (23, len(text2))]


# --- a circumstantial participle of the speaker after a comma ends the reported clause -------------------


def test_a_participle_after_a_comma_ends_the_clause() -> None:
    text = "وأكد سامي الحربي أن الطريق سيفتح أمام السيارات غدا، مطالبا الجهات المعنية بمتابعة الأعمال."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got == [("سامي الحربي", "الطريق سيفتح أمام السيارات غدا")]


def test_a_participle_after_a_semicolon_ends_the_clause() -> None:
    text = "وأفاد سامي الحربي بأنه أبلغ البلدية بالمشكلة منذ أيام؛ مناشدا المسؤولين التدخل لحلها."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got == [("سامي الحربي", "أبلغ البلدية بالمشكلة منذ أيام")]


def test_an_adverb_or_a_listed_name_does_not_end_the_clause() -> None:
    # boundary: "مؤخرا" is an adverb; a word before a comma ends a list item, not a clause
    text = "وأكد سامي الحربي أن الوزارة افتتحت، مؤخرا، مدارس جديدة في القرى."
    assert pairs(quotes(text, "سامي الحربي")) == [("سامي الحربي", "الوزارة افتتحت، مؤخرا، مدارس جديدة في القرى")]
    text2 = "وقال سامي الحربي إن الفريق زار فرنسا، مالطا، وإسبانيا في الصيف."
    assert pairs(quotes(text2, "سامي الحربي")) == [("سامي الحربي", "الفريق زار فرنسا، مالطا، وإسبانيا في الصيف")]


def test_commenting_is_a_speech_participle() -> None:
    text = "وأكد سامي الحربي أن الطريق سيفتح أمام السيارات غدا، معلقا: «هذا وعد قطعناه للأهالي منذ سنوات»."
    got = pairs(quotes(text, "سامي الحربي"))
    assert ("سامي الحربي", "هذا وعد قطعناه للأهالي منذ سنوات") in got
    assert ("سامي الحربي", "الطريق سيفتح أمام السيارات غدا") in got


# --- a speech verb's verbal noun before a complementizer reports what was said ----------------------------


def test_a_possessed_verbal_noun_reports_for_the_subject_before_it() -> None:
    text = "وفي رد على تصريحات خالد العمري، جدد رئيس النادي سامي الحربي تحذيره من أن الفريق لن يشارك في البطولة."
    got = pairs(quotes(text, "سامي الحربي", "خالد العمري"))
    assert got == [("سامي الحربي", "الفريق لن يشارك في البطولة")]


def test_a_verbal_noun_after_ila_reports_for_the_subject_before_it() -> None:
    text = "وقال خالد العمري إن المدارس جاهزة. ودفع هذا السؤال الوزير سامي الحربي إلى التأكيد بأن الكتب ستصل غدا."
    got = pairs(quotes(text, "سامي الحربي", "خالد العمري"))
    assert ("سامي الحربي", "الكتب ستصل غدا") in got


def test_a_verbal_noun_with_a_pronoun_subject_takes_the_speaker_before() -> None:
    text = "وقال سامي الحربي إن المدارس جاهزة لاستقبال الطلاب. ويذهب إلى القول إن الكتب ستصل غدا."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got[-1] == ("سامي الحربي", "الكتب ستصل غدا")


def test_a_verbal_noun_without_a_complementizer_is_no_cue() -> None:
    # boundary: "تأكيده حرص الوزارة على …" (his assurance of the ministry's care) reports no clause, and a
    # bare "التأكيد" not after إلى is no cue
    text = "ونقل خالد العمري تأكيده حرص الوزارة على الطلاب. ويبقى التأكيد أن الكتب ستصل غدا أمرا مهما."
    assert pairs(quotes(text, "خالد العمري")) == []


# --- a post with a nationality is held only by the person named with that nationality -------------------


def test_a_post_with_another_nationality_is_not_resolved_to_its_holder() -> None:
    text = ("وقال وزير الخارجية سامي الحربي إن العلاقات قوية جدا. "
            "وأكد وزير الخارجية المصري أن التنسيق مستمر بين البلدين في كل الملفات.")
    got = pairs(quotes(text, "سامي الحربي"))
    assert got[-1] == ("وزير الخارجية المصري", "التنسيق مستمر بين البلدين في كل الملفات")


def test_a_post_with_the_same_nationality_is_resolved_to_its_holder() -> None:
    # boundary: the holder named with the same nationality is still the speaker
    text = ("وقال وزير الخارجية المصري سامي الحربي إن العلاقات قوية جدا. "
            "وأكد وزير الخارجية المصري أن التنسيق مستمر بين البلدين في كل الملفات.")
    got = pairs(quotes(text, "سامي الحربي"))
    assert got[-1] == ("سامي الحربي", "التنسيق مستمر بين البلدين في كل الملفات")


# --- a dateline before the verb opening the sentence ------------------------------------------------------


def test_a_plural_verb_takes_the_group_after_a_dateline() -> None:
    text = "الصحيفة- جدة: اشتكى سكان الحي من الروائح، وأكدوا أن المياه تتدفق في الشارع منذ أيام."
    got = pairs(quotes(text))
    assert got == [("سكان الحي", "المياه تتدفق في الشارع منذ أيام")]


def test_a_colon_without_a_dash_is_no_dateline() -> None:
    # boundary: "قال: …" opens no dateline; the plural verb after it has no group to take
    text = "وقال: اشتكى سكان الحي من الروائح، وأكدوا أن المياه تتدفق في الشارع منذ أيام."
    assert all(not sp.startswith("سكان") for sp, _ in pairs(quotes(text)))
