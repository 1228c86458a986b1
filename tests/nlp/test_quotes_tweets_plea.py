"""Quote rules of session 11, drawn from the blind batches' errors (short sentences written for these
tests: no article text of the corpus is copied here)."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

# --- a pronoun-subject verb after a source attribution refers to the person of the story ----------------


def test_a_pronoun_verb_does_not_take_the_news_agency() -> None:
    text = ("زار الرئيس مدينة الرياض صباح اليوم، حسب وكالة الأنباء. "
            "وفي حديث طويل مع الصحفيين في نهاية الجولة الأولى من الزيارة تذكر سامي الحربي أيام دراسته. "
            "وقال «قلت لهم إنني أحب هذه المدينة كثيرا».")
    got = pairs(quotes(text, "سامي الحربي", orgs=("وكالة الأنباء",)))
    assert ("سامي الحربي", "قلت لهم إنني أحب هذه المدينة كثيرا") in got


def test_a_person_named_as_the_source_still_speaks_on() -> None:
    # boundary: "بحسب فلان" is a narrator, whom a later pronoun verb goes on quoting
    text = ("كانت الجلسة في المدينة بحسب سامي الحربي. "
            "وفي حديث طويل مع الصحفيين في نهاية الجولة الأولى من الزيارة حضر خالد العمري الاجتماع. "
            "ويواصل قائلا إن الجلسة كانت طويلة جدا.")
    got = pairs(quotes(text, "سامي الحربي", "خالد العمري"))
    assert got[-1] == ("سامي الحربي", "الجلسة كانت طويلة جدا")


# --- a plea participle ends the reported clause even with no comma before it ------------------------------


def test_a_plea_without_a_comma_ends_the_clause() -> None:
    text = "وقدم سامي الحربي عددا من العروض، مؤكدا أن الألعاب الشعبية ما زالت تمارس في القرى داعيا الأطفال إلى العودة إليها."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got == [("سامي الحربي", "الألعاب الشعبية ما زالت تمارس في القرى")]


def test_a_short_clause_keeps_its_plea() -> None:
    # boundary: fewer than four words before the plea, the clause is not cut (it would be too short to keep)
    text = "ورد سامي الحربي أن التوبة للجميع داعيا خالد العمري إليها أيضا."
    got = pairs(quotes(text, "سامي الحربي", "خالد العمري"))
    assert got == [("سامي الحربي", "التوبة للجميع داعيا خالد العمري إليها أيضا")]


# --- an organisation's name in brackets after its head noun is part of the speaker ------------------------


def test_a_bracketed_name_after_the_head_speaks() -> None:
    text = "وقالت جماعة (العدالة أولا) للدفاع عن حقوق الإنسان إن القوانين لا تطبق في كل الولايات."
    got = pairs(quotes(text))
    assert got == [("جماعة (العدالة أولا)", "القوانين لا تطبق في كل الولايات")]


def test_an_age_in_brackets_is_not_part_of_the_speaker() -> None:
    # boundary: only a one-word head of an organisation's kind, and only words in the brackets
    text = "وقال سامي الحربي (45 عاما) إن القوانين لا تطبق في كل الولايات."
    assert pairs(quotes(text, "سامي الحربي"))[0][0] == "سامي الحربي"


# --- "غرد" (tweeted) is a speech verb ---------------------------------------------------------------------


def test_a_tweet_is_speech() -> None:
    text = "وغردت سارة العلي على حسابها في تويتر بأن الفريق سيفوز بالبطولة هذا العام."
    got = pairs(quotes(text, "سارة العلي"))
    assert got == [("سارة العلي", "الفريق سيفوز بالبطولة هذا العام")]


# --- "واصفا إياها بـ«…»": the quoted words are what it was called -----------------------------------------


def test_describing_it_with_a_quotation() -> None:
    text = "وانتقد سامي الحربي تصريحات الوزير، واصفا إياها بـ«غير المسؤولة ولا تخدم العلاقات بين البلدين»."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got == [("سامي الحربي", "غير المسؤولة ولا تخدم العلاقات بين البلدين")]


# --- "تبعا لـ" (according to) attributes to a report, a study or a named body -----------------------------


def test_according_to_a_study() -> None:
    text = "وتبعا للدراسة الحالية فإن هناك نحو ستة ملايين طفل يخضعون للجراحة كل عام."
    got = pairs(quotes(text))
    assert got == [("الدراسة الحالية", "هناك نحو ستة ملايين طفل يخضعون للجراحة كل عام")]


def test_depending_on_a_measure_is_no_source() -> None:
    # boundary: "تبعا لـ" a measure ("depending on") attributes nothing
    text = "وتختلف الأسعار كثيرا بين المدن تبعا للمعطيات الاقتصادية في كل منطقة."
    assert quotes(text) == []


# --- "جاء فيها: …": the words of a text whose author is named just before ---------------------------------


def test_a_tweet_came_in_it() -> None:
    text = "وأعاد الوزير نشر تغريدة للناشط سامي الحربي، جاء فيها «لا مكان لمن يسيء إلى الوطن وأهله»."
    got = pairs(quotes(text, "سامي الحربي"))
    assert got == [("سامي الحربي", "لا مكان لمن يسيء إلى الوطن وأهله")]


def test_came_is_not_speech() -> None:
    # boundary: "جاء" (came) without فيها and a colon or a quotation says nothing
    text = "وجاء سامي الحربي إلى الاجتماع متأخرا، وجاء فيها أيضا عدد من المسؤولين."
    assert quotes(text, "سامي الحربي") == []


# --- "هذا وبيّن X أن …": the writer's "هذا و" opens a clause, so بيّن is the verb ---------------------------


def test_hatha_wa_opens_a_clause() -> None:
    text = "هذا وبينت الشركة الوطنية أن نسبة ملكية الأجانب بلغت واحدا في المائة."
    got = pairs(quotes(text, orgs=("الشركة الوطنية",)))
    assert got == [("الشركة الوطنية", "نسبة ملكية الأجانب بلغت واحدا في المائة")]


# --- a short quoted name right after a noun, before the verb, is not what the speaker said ----------------


def test_a_quoted_outlet_before_the_verb_is_no_quote() -> None:
    text = 'وحسب موقع هيئة الإذاعة "بي بي سي"، قال سامي الحربي إن المركبة لم تتعرض لأي مشاكل خلال رحلتها.'
    got = pairs(quotes(text, "سامي الحربي"))
    assert ("سامي الحربي", "بي بي سي") not in got
    assert ("سامي الحربي", "المركبة لم تتعرض لأي مشاكل خلال رحلتها") in got


def test_a_quotation_before_the_verb_still_counts() -> None:
    # boundary: after punctuation, or four words and more, the quotation before "قال X" is his
    text = "«الفريق جاهز للموسم الجديد»، قال سامي الحربي."
    assert pairs(quotes(text, "سامي الحربي")) == [("سامي الحربي", "الفريق جاهز للموسم الجديد")]


# --- "أثبت" (proved) reports a finding only of a study or figures --------------------------------------------


def test_a_person_who_proved_something_said_nothing() -> None:
    text = "وطلب المدرب من اللاعب سامي الحربي، الذي أثبت أنه غير قادر على التأقلم مع الفريق، الرحيل عن النادي."
    assert quotes(text, "سامي الحربي") == []


def test_a_study_proved_something() -> None:
    # boundary: a study's finding is still reported
    text = "وأثبتت دراسة حديثة أن غسل اليدين يقضي على كثير من الميكروبات."
    assert pairs(quotes(text)) == [("دراسة حديثة", "غسل اليدين يقضي على كثير من الميكروبات")]


# --- "شرح" (explained) reports before إن/بأن, a colon or a quotation; the noun "شرح" says nothing ----------


def test_explained_that() -> None:
    text = "وشرحت سارة العلي بأن الفريق سيحتاج إلى لاعبين جدد هذا الموسم."
    got = pairs(quotes(text, "سارة العلي"))
    assert got == [("سارة العلي", "الفريق سيحتاج إلى لاعبين جدد هذا الموسم")]


def test_the_noun_explanation_is_no_cue() -> None:
    # boundary: "وشرح مواقع …" (and the explanation of) is the verbal noun
    text = "وتضمن البرنامج زيارة المعرض وشرح مواقع الحارة القديمة ومقتنياتها للزوار."
    assert quotes(text) == []


# --- a study as the subject of a feminine verb after its description or a relative pronoun -----------------


def test_a_study_opening_its_sentence_warns() -> None:
    text = ("أحدث دراسة طبية نشرت في مجلة الأطفال في بداية الشهر الجاري، حذرت من أن التخدير "
            "قبل سن الرابعة قد يؤثر على نمو اللغة.")
    assert pairs(quotes(text)) == [("أحدث دراسة طبية", "التخدير قبل سن الرابعة قد يؤثر على نمو اللغة")]


def test_a_study_before_the_relative_pronoun() -> None:
    text = ("وقال سامي الحربي إن الفريق بدأ العمل. وقام الفريق بهذه الدراسة إثر دراسة سابقة أجريت على "
            "الفئران والتي أشارت إلى أن التخدير يضعف القدرات.")
    got = pairs(quotes(text, "سامي الحربي"))
    assert got[-1] == ("دراسة سابقة", "التخدير يضعف القدرات")


def test_a_plural_verb_is_not_one_study() -> None:
    # boundary: "وأشاروا" with no subject does not fall back on the study quoted before
    text = ("أحدث دراسة طبية نشرت في مجلة الأطفال في بداية الشهر الجاري، حذرت من أن التخدير قد يؤثر على نمو اللغة. "
            "وأشاروا إلى أن الهدف هو إيجاد طرق أقل خطرا.")
    got = pairs(quotes(text))
    assert ("أحدث دراسة طبية", "الهدف هو إيجاد طرق أقل خطرا") not in got
