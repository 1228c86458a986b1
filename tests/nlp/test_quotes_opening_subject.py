"""A participle with no subject of its own after a sentence that opens with a non-speech verb: the
verb's subject speaks, not the last person quoted; a sentence opened by a participle names objects, not the
subject (sentences written for these tests)."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

LEAD = "وقال الوزير سامي الهادي إن الخطة تسير كما رسم لها. "


def test_a_role_subject_of_a_non_speech_verb_speaks() -> None:
    text = LEAD + "وأثنى الزائر الكويتي على مستوى التنظيم في المهرجان، مشيرا إلى أن الفعاليات تناسب الأسرة."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("الزائر الكويتي", "الفعاليات تناسب الأسرة")


def test_a_subject_after_a_side_adverbial_and_a_comma() -> None:
    text = LEAD + "ومن جهته اتهم الزوج، إدارة المدرسة بتغيير رغبات ابنته، مضيفا أن لديه مستندات تثبت ذلك."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("الزوج", "لديه مستندات تثبت ذلك")


def test_the_name_after_a_long_post_speaks() -> None:
    text = LEAD + ("من جانب آخر، توقع القنصل العام في المدينة د. خالد المنصوري صدور التوصيات قريبا، "
                   "لافتا إلى أن القنصلية تتابع الأمر عن كثب.")
    got = pairs(quotes(text, "سامي الهادي", "خالد المنصوري"))
    assert got[1] == ("خالد المنصوري", "القنصلية تتابع الأمر عن كثب")


def test_a_construct_post_without_its_object() -> None:
    text = LEAD + "ووجه مدير التعليم الشكر للمعلمين، مؤكدا أن العام المقبل سيشهد تطويرا كبيرا."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("مدير التعليم", "العام المقبل سيشهد تطويرا كبيرا")


def test_feminine_sources_and_a_feminine_participle() -> None:
    text = LEAD + "وتعقب المصادر نفسها قائلة إن العاصمة كانت الأكثر تشددا في المفاوضات."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("المصادر نفسها", "العاصمة كانت الأكثر تشددا في المفاوضات")


def test_an_object_is_not_the_speaker() -> None:
    # boundary: a thing after the verb is not a person's noun; the last speaker goes on
    text = LEAD + "وافتتح المعرض الجديد في الحي، مشيرا إلى أن المشروع يخدم الأهالي."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("سامي الهادي", "المشروع يخدم الأهالي")


def test_a_bare_post_is_the_one_quoted_before() -> None:
    text = "وقال سامي الهادي إن الخطة تسير كما رسم لها. وافتتح الرئيس العام المستشفى الجديد، مؤكدا أن الخدمات ستتحسن."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("سامي الهادي", "الخدمات ستتحسن")


# --- the subject of the sentence before, after a long opening adverbial ---------------------------------


def test_a_subject_after_a_long_adverbial_is_the_referent() -> None:
    text = LEAD + ("ومع عودة الطلاب إلى المدارس بعد الإجازة الطويلة في المنطقة، طالب النائب خالد المنصوري "
                   "بتوفير الحافلات. وقال إن الأهالي ينتظرون القرار منذ أشهر.")
    got = pairs(quotes(text, "سامي الهادي", "خالد المنصوري"))
    assert got[1:] == [("خالد المنصوري", "الأهالي ينتظرون القرار منذ أشهر")]


def test_a_name_inside_a_long_adverbial_is_not_the_referent() -> None:
    # boundary: the person named inside the adverbial is not its sentence's subject
    text = LEAD + ("ومع عودة الطلاب إلى المدارس بعد زيارة الأمير خالد المنصوري، افتتح المعرض الجديد. "
                   "وأضاف أن المشاريع ستنجز قريبا.")
    got = pairs(quotes(text, "سامي الهادي", "خالد المنصوري"))
    assert got[1:] == [("سامي الهادي", "المشاريع ستنجز قريبا")]


def test_an_honorific_post_is_the_one_quoted_before() -> None:
    text = ("وقال الأمير سامي الهادي إن الخطة تسير كما رسم لها. "
            "وعد سمو رئيس الهيئة القرار اعترافا مهما، مبينا أن العمل استمر عامين.")
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("سامي الهادي", "العمل استمر عامين")


def test_a_post_named_with_the_last_speaker_is_him() -> None:
    text = ("وقال المستشار سامي الهادي إن الخطة تسير كما رسم لها. "
            "وانتقد مستشار الجيش الحظر الدولي، مشيرا إلى أن السلاح منتشر في البلاد.")
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("سامي الهادي", "السلاح منتشر في البلاد")


# --- a subject-less verb: the subject of its own sentence's opening verb, or of the sentence before -------


def test_a_verb_joined_later_takes_the_opening_subject() -> None:
    text = LEAD + "وأثنى الزائر الكويتي على مستوى التنظيم في المهرجان، وقال إن الفعاليات تناسب الأسرة."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("الزائر الكويتي", "الفعاليات تناسب الأسرة")


def test_a_verb_opening_the_next_sentence_takes_that_subject() -> None:
    text = LEAD + "ووجه مدير التعليم الشكر للمعلمين. وأكد أن العام المقبل سيشهد تطويرا كبيرا."
    assert pairs(quotes(text, "سامي الهادي"))[1] == ("مدير التعليم", "العام المقبل سيشهد تطويرا كبيرا")


def test_the_last_speakers_own_sentence_goes_on() -> None:
    # boundary: the sentence before is the last speaker's: he goes on
    text = "قال الزائر الكويتي إن التنظيم ممتاز. وأضاف أن الفعاليات تناسب الأسرة."
    assert pairs(quotes(text))[1] == ("الزائر الكويتي", "الفعاليات تناسب الأسرة")


# --- a one-word PERSON speaker followed by an unrecognised family name -------------------------------------


def test_an_unrecognised_family_name_stays_with_the_given_name() -> None:
    text = "وقالت المطوفة نورة قاسم إن الحجاج وصلوا بسلام."
    assert pairs(quotes(text, "نورة")) == [("نورة قاسم", "الحجاج وصلوا بسلام")]


def test_an_adverb_or_an_object_after_the_name_is_not_a_family_name() -> None:
    # boundary: how it was said, and what, are not the speaker's name
    text = "وقال سامي بهدوء إن الحجاج وصلوا بسلام. وأنهى سامي حديثه قائلا إن الرحلة كانت ناجحة."
    assert [sp for sp, _ in pairs(quotes(text, "سامي"))] == ["سامي", "سامي"]


# --- a sentence opened by a participle names objects, not the subject (quotes_chain) ---------------------

def test_a_participle_sentence_names_no_subject() -> None:
    text = ("وأكد مدير المكتب سامي الحربي أن الاستعدادات اكتملت لإقامة الملتقى في موعده. "
            "مثمناً موافقة الأمير خالد العمري على البرامج الشبابية التي تنفذ في كافة المناطق. "
            "موضحاً أن فعاليات الملتقى ستبدأ مساء الخميس وتستمر لمدة ستة أيام.")
    got = pairs(quotes(text, "سامي الحربي", "خالد العمري"))
    assert ("سامي الحربي", "فعاليات الملتقى ستبدأ مساء الخميس وتستمر لمدة ستة أيام") in got
    assert all(sp != "خالد العمري" for sp, _ in got)


def test_participle_lead_boundaries() -> None:
    from sahifa.nlp.quotes_chain import participle_lead
    assert participle_lead("مثمناً موافقة الأمير ")
    assert participle_lead("ومشيرا إلى دور ")
    assert not participle_lead("مؤخرا قال ")  # an adverb of that shape
    assert not participle_lead("وقال ")
    assert not participle_lead("مثمنا")  # nothing after it


# --- "وهو ما أكده <post> فلان، مضيفا أن": the person named after his post speaks on (quotes_subjects) ----


def test_a_person_named_after_his_post_after_relative_ma_speaks_on() -> None:
    text = ("وتعاملت فرق الدفاع المدني مع الحريق خلال ساعة وهو ما أكده المتحدث الرسمي للدفاع المدني بالمنطقة "
            "سامي العتيبي مضيفا أن غرفة العمليات تلقت خمسين بلاغا، مبينا أن الفرق باشرت الحالات كلها.")
    assert pairs(quotes(text, "سامي العتيبي")) == [
        ("سامي العتيبي", "غرفة العمليات تلقت خمسين بلاغا"), ("سامي العتيبي", "الفرق باشرت الحالات كلها")]
    text2 = "ارتفعت أسعار الخضار هذا الأسبوع، وهو ما أشار إليه مدير السوق سامي العتيبي، موضحا أن الطلب زاد مع الموسم."
    assert pairs(quotes(text2, "سامي العتيبي")) == [("سامي العتيبي", "الطلب زاد مع الموسم")]


def test_a_name_after_a_preposition_is_not_the_subject_of_relative_ma() -> None:
    # boundary: "في حديثه مع فلان": the name is whom he spoke with, not the verb's subject
    text = "ارتفعت أسعار الخضار هذا الأسبوع، وهو ما أشار إليه مدير السوق في حديثه مع سامي العتيبي، موضحا أن الطلب زاد."
    assert all(sp != "سامي العتيبي" for sp, _ in pairs(quotes(text, "سامي العتيبي")))
