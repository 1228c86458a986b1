"""General attribution structures of Saudi/Arab news found by mining the unannotated SaudiNewsNet
articles (session 6). Every sentence here was written for the test; none is copied from the corpus."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

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
    assert got and all(sp != "سامي العلي" for sp, q in got if "اللجنة ستجتمع" in q), got


def test_ilmat_min_masadir_the_sources_are_the_speaker() -> None:
    text = "وعلمت الصحيفة من مصادر مؤكدة أن الاجتماع تأجل إلى الأسبوع المقبل."
    assert pairs(quotes(text)) == [("مصادر مؤكدة", "الاجتماع تأجل إلى الأسبوع المقبل")]
    assert quotes("علم الطفل من والده أن العيد قريب جدا هذا العام.") == []


def test_ablagha_a_quoted_addressee_is_not_the_speaker() -> None:
    for text in (
        "مصادر ميدانية في المنطقة أبلغت «الصحيفة» أن الأهالي فقدوا الاتصال بالسائق منذ الجمعة.",
        "وأبلغت مصادر ميدانية «الصحيفة» أن الأهالي فقدوا الاتصال بالسائق منذ الجمعة.",
    ):
        assert pairs(quotes(text, orgs=("الصحيفة",))) == [
            ("مصادر ميدانية", "الأهالي فقدوا الاتصال بالسائق منذ الجمعة")
        ], text
    text = (
        "وقال رئيس الشركة سامي العلي إن المبيعات ارتفعت.\n"
        "وأبلغ صحيفة «الأخبار» الألمانية أن الشركة ستطرح سيارة جديدة العام المقبل."
    )
    got = pairs(quotes(text, "سامي العلي"))
    assert ("سامي العلي", "الشركة ستطرح سيارة جديدة العام المقبل") in got, got


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


# --- verbs that report speech only before a colon, a quotation or إن ------------------------------------


def test_zada_reports_speech_before_a_quotation_but_not_an_increase() -> None:
    text = (
        "قال الوزير خالد الفهد إن المشروع سيكتمل قريبا.\n"
        "وزاد: «سنفتتح المرحلة الأولى بعد شهرين».\n"
        "وزاد الإنتاج إلى ثلاثمئة ألف برميل بعد أن توسعت المصافي."
    )
    got = pairs(quotes(text, "خالد الفهد"))
    assert ("خالد الفهد", "سنفتتح المرحلة الأولى بعد شهرين") in got, got
    assert all("الإنتاج" not in q and "توسعت" not in q for _, q in got), got


def test_question_and_answer_verbs_with_a_colon() -> None:
    text = "وتساءل الكاتب خالد العمر: كيف يمكن أن نصمت على هذا الإهمال؟"
    assert pairs(quotes(text, "خالد العمر")) == [("خالد العمر", "كيف يمكن أن نصمت على هذا الإهمال")]
    text = "وسأل المعلم سالم الحربي عن موعد الاختبار النهائي للطلاب."
    assert quotes(text, "سالم الحربي") == []


def test_an_answer_after_a_question_clause_keeps_the_interviewee() -> None:
    text = (
        "قالت الفنانة هدى سالم إن العمل الجديد ممتع.\n"
        "وعما إذا كانت تتابع أعمال زميلاتها، أجابت: بالكاد أجد وقتا لمشاهدة التلفزيون هذه الأيام."
    )
    got = pairs(quotes(text, "هدى سالم"))
    assert ("هدى سالم", "بالكاد أجد وقتا لمشاهدة التلفزيون هذه الأيام") in got, got


def test_closing_with_bil_qawl_after_the_subject() -> None:
    text = (
        "قال سامي العلي إن الطقس سيبقى حارا.\n"
        "واختتم الوزير خالد الفهد حديثه بالقول: إن الوزارة لن تتهاون مع المقصرين."
    )
    got = pairs(quotes(text, "سامي العلي", "خالد الفهد"))
    assert ("خالد الفهد", "إن الوزارة لن تتهاون مع المقصرين") in got, got


def test_an_object_after_the_verb_is_not_the_participles_subject() -> None:
    text = (
        "قال الأمير خالد الفهد إن الأندية ستعود للمنافسة.\n"
        "وأكد حبه لنادي الوحدة لافتا إلى أنه سيدعم النادي بكل قوة."
    )
    got = quotes(text, "خالد الفهد", orgs=("نادي الوحدة",))
    assert [q.speaker for q in got if "سيدعم" in q.quote] == ["خالد الفهد"], pairs(got)


# --- "كما يقول X" and a long apposition before إن ----------------------------------------------------


def test_kama_yaqul_after_the_clause_attributes_it() -> None:
    text = "ويستغرق الحصول على التصريح نحو أربعين يوما في المعتاد، كما يقول المحامي سامي الفارغ."
    assert pairs(quotes(text, "سامي الفارغ")) == [
        ("سامي الفارغ", "ويستغرق الحصول على التصريح نحو أربعين يوما في المعتاد")
    ]


def test_kama_yaqul_after_a_quotation_gives_a_direct_quote() -> None:
    text = "«هذا من سابع المستحيلات في الظروف الحالية»، كما يقول الضابط عادل السالم."
    qs = quotes(text, "عادل السالم")
    assert [(q.speaker, q.quote, q.direct) for q in qs] == [
        ("عادل السالم", "هذا من سابع المستحيلات في الظروف الحالية", True)
    ]


def test_kama_qala_with_a_complementizer_is_an_ordinary_report() -> None:
    text = "كما قال الوزير خالد الفهد إن المشروع سيكتمل قبل نهاية العام."
    assert pairs(quotes(text, "خالد الفهد")) == [("خالد الفهد", "المشروع سيكتمل قبل نهاية العام")]


def test_qala_then_a_long_apposition_then_inna() -> None:
    text = (
        "من جهته، قال ماجد العتيبي، أحد مؤسسي الشركة والمستثمر في عدد من الشركات الناشئة المعنية "
        "بالأجهزة الطبية، خلال مقابلة أجريت معه أمس، إنه يتوقع نموا كبيرا في السوق."
    )
    assert pairs(quotes(text, "ماجد العتيبي")) == [("ماجد العتيبي", "إنه يتوقع نموا كبيرا في السوق")]


def test_a_definite_title_before_a_name_is_not_a_relation() -> None:
    text = "وقال المستشار ماهر الدوسري إن القضية ستحال إلى المحكمة الأسبوع المقبل."
    assert pairs(quotes(text, "ماهر الدوسري")) == [("ماهر الدوسري", "القضية ستحال إلى المحكمة الأسبوع المقبل")]
    text = "وقال مستشار الوزير ماهر الدوسري إن القضية ستحال إلى المحكمة الأسبوع المقبل."
    assert [q.speaker for q in quotes(text, "ماهر الدوسري")] != ["ماهر الدوسري"]


# --- precision: what looks like a cue and is not -------------------------------------------------------


def test_a_verbal_noun_after_adam_or_rafada_is_no_cue() -> None:
    text = "ونقلت الصحيفة عن المسؤول، الذي رفض ذكر اسمه، قوله إن الهجوم كان متوقعا منذ أسابيع."
    assert all(q.speaker not in ("اسمه",) for q in quotes(text)), pairs(quotes(text))


def test_aaraba_an_a_feeling_is_no_report_but_a_clause_after_it_is() -> None:
    text = "وأعرب المدير سامي العلي عن سعادته بهذا المشروع الكبير في المحافظة."
    assert quotes(text, "سامي العلي") == []
    text = "وأعرب المدير سامي العلي عن أمله في أن يكتمل المشروع قبل نهاية العام."
    assert [q.speaker for q in quotes(text, "سامي العلي")] == ["سامي العلي"]


def test_according_to_the_procedures_is_no_attribution() -> None:
    text = "وأكدت الوزارة أنها ستحاسب أي مقصر وفق الإجراءات النظامية، وأنها ستعلن النتائج قريبا."
    qs = quotes(text, orgs=("الوزارة",))
    assert [q.cue for q in qs] == ["أكدت"] and "ستعلن النتائج" in qs[0].quote, pairs(qs)


# --- organisations as the subject of a feminine verb ------------------------------------------------------


def test_a_feminine_verb_takes_the_organisation_that_opens_its_sentence() -> None:
    text = "حققت شركة النخيل ربحا فصليا أفضل من المتوقع، وقالت إنها قد تقلص الإنفاق هذا العام."
    got = pairs(quotes(text, orgs=("شركة النخيل",)))
    assert got == [("شركة النخيل", "إنها قد تقلص الإنفاق هذا العام")], got


def test_a_feminine_verb_after_an_organisation_sentence_with_no_speaker_yet() -> None:
    text = (
        "أعلنت وزارة التعليم فتح باب التقديم للوظائف الجديدة أمس.\n"
        "وأوضحت أن عدد المتقدمين بلغ عشرة آلاف متقدم حتى الآن."
    )
    got = pairs(quotes(text, orgs=("وزارة التعليم",)))
    assert ("وزارة التعليم", "عدد المتقدمين بلغ عشرة آلاف متقدم حتى الآن") in got, got


def test_a_person_two_sentences_back_beats_an_organisation_in_between() -> None:
    text = (
        "وقالت الباحثة هدى سالم إن النتائج مشجعة.\n"
        "وتعمل هدى سالم في مختبر الجامعة منذ سنوات.\n"
        "كلية الطب بالجامعة شاركت في الدراسة الأخيرة أيضا.\n"
        "وأضافت أن الدراسة ستنشر قريبا في مجلة علمية."
    )
    got = pairs(quotes(text, "هدى سالم", orgs=("كلية الطب",)))
    assert ("هدى سالم", "الدراسة ستنشر قريبا في مجلة علمية") in got, got


def test_yaqul_then_a_long_apposition_then_a_colon() -> None:
    text = (
        "يقول الدكتور سامي العلي، الباحث الطبي المنتقل حديثا إلى مختبر الأبحاث الوطني الذي نشر أبحاثه "
        "على صفحات مجلة «العلوم» الأسبوعية المعروفة: «سوف نرى نتائج أفضل في العام المقبل»."
    )
    assert pairs(quotes(text, "سامي العلي")) == [("سامي العلي", "سوف نرى نتائج أفضل في العام المقبل")]


def test_wa_verb_after_a_comma_takes_no_subject_from_the_clause_before() -> None:
    text = (
        "قال الرقيب سامي العلي إن الدوريات منتشرة في كل الأحياء.\n"
        "فنحن موجودون مهما كانت الظروف، وأكد أن العمل في العيد شرف لخدمة المواطن."
    )
    got = pairs(quotes(text, "سامي العلي"))
    assert ("سامي العلي", "العمل في العيد شرف لخدمة المواطن") in got, got


def test_bihasab_a_measure_is_no_source_and_ablagh_al_athar_no_cue() -> None:
    text = "وأوضح التاجر سامي العلي أن الأسعار تختلف بحسب السن والحجم وتتراوح بين ألف وألفي ريال."
    assert [q.speaker for q in quotes(text, "سامي العلي")] == ["سامي العلي"]
    assert quotes("وكان للاستقبال الجيد أبلغ الأثر في ترسيخ الاعتقاد بأن الزيارة ناجحة.") == []


def test_hasab_its_own_measure_is_no_source() -> None:
    text = "وتتولى الوزارة معالجة الشكاوى وتتابع جهود التعامل معها حسب اختصاصها في جميع المناطق."
    assert quotes(text) == []


# --- how some outlets write quotation marks and cue verbs --------------------------------------------------


def test_a_quotation_opened_with_a_closing_guillemet_after_a_colon() -> None:
    text = "أما التاجر أحمد سالم فقال:»إنَّ الإقبال على العطور يزداد كثيرا في أيام العيد»."
    qs = quotes(text, "أحمد سالم")
    assert [(q.speaker, q.quote, q.direct) for q in qs] == [
        ("أحمد سالم", "إنَّ الإقبال على العطور يزداد كثيرا في أيام العيد", True)
    ]


def test_a_hamzaless_verb_and_a_mark_never_closed() -> None:
    text = (
        "وقال التاجر أحمد سالم إن الإقبال كبير هذا الموسم.\n"
        "واضاف :» هذا العام ارتفع سعر دهن العود بنسبة كبيرة عن العام الماضي."
    )
    got = pairs(quotes(text, "أحمد سالم"))
    assert ("أحمد سالم", "هذا العام ارتفع سعر دهن العود بنسبة كبيرة عن العام الماضي") in got, got


def test_bihasab_ma_yushir_ilayhi_the_observers() -> None:
    text = "وأصبح شهر رمضان فرصة ثمينة للجماعات المتطرفة من أجل التجنيد، بحسب ما يشير إليه المراقبون."
    assert [q.speaker for q in quotes(text)] == ["المراقبون"]


def test_a_present_verb_of_saying_before_a_colon_continues_the_speaker() -> None:
    text = (
        "وقال الخبير سامي العلي إن المخطط قديم جدا.\n"
        "ويقول: «هذا مخطط مستمر منذ سنوات طويلة لتدمير المنطقة»."
    )
    got = pairs(quotes(text, "سامي العلي"))
    assert ("سامي العلي", "هذا مخطط مستمر منذ سنوات طويلة لتدمير المنطقة") in got, got
    text = "وقال الخبير سامي العلي إن المخطط قديم جدا.\nويعتقد أن الأسعار سترتفع قريبا في المنطقة."
    assert [q.quote for q in quotes(text, "سامي العلي")] == ["المخطط قديم جدا"]


def test_a_report_ends_at_a_full_stop_glued_to_the_next_sentence() -> None:
    text = "وقال رئيس النادي سامي العلي إن راتب اللاعب سيبلغ ألف دولار في الشهر.وسيرتدي اللاعب القميص رقم 10."
    assert pairs(quotes(text, "سامي العلي")) == [("سامي العلي", "راتب اللاعب سيبلغ ألف دولار في الشهر")]
    text = "وقال رئيس النادي سامي العلي إن النسبة بلغت 3.5 في المئة هذا العام."
    assert pairs(quotes(text, "سامي العلي")) == [("سامي العلي", "النسبة بلغت 3.5 في المئة هذا العام")]
