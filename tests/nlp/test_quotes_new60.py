"""Quote classes found on the 60 real-train articles annotated in session 7: curricula, standards and
teachings after حسب/وفق/استنادًا إلى are no source; "قال كل من X وY" names X and Y; "قال عنه X" is
said by X. The sentences are written for these tests; no corpus text is copied."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes


def test_a_curriculum_or_a_standard_is_no_source() -> None:
    assert quotes("وتعرض المنصة دروسا قصيرة للطلاب حسب منهج الوزارة بالفصل والمادة.") == []
    assert quotes("وقبلت الجامعة المتقدمين حسب معايير القبول المعلنة في الدليل.") == []
    assert quotes("وتعد المشروبات الغازية بحسب التصنيف الغذائي من الأطعمة الضارة.") == []
    assert quotes("واستنادا إلى تعاليم الدين نرفض هذا السلوك في الأماكن العامة.") == []
    # a body or a report after حسب still speaks
    assert [sp for sp, _ in pairs(quotes("وارتفعت الأسعار خمسة في المئة حسب تقرير البنك المركزي."))] == [
        "تقرير البنك المركزي"]


def test_kull_min_names_the_speakers() -> None:
    found = pairs(quotes("وقال كل من سامي الأحمد وخالد العمر إن الخطوات الأخيرة تعطي مؤشرا إيجابيا."))
    assert found == [("سامي الأحمد وخالد العمر", "الخطوات الأخيرة تعطي مؤشرا إيجابيا")]


def test_qala_anhu_x_is_said_by_x() -> None:
    found = pairs(quotes("وزار الوفد القلعة التي قال عنها المؤرخ الشهير: «إنها مفتاح المدينة كلها»."))
    assert [sp for sp, _ in found] == ["المؤرخ الشهير"]


def test_a_subject_after_lakin_or_kana_must_look_like_one() -> None:
    # "سرعان" (soon) and "هناك" (there is) open no subject: the verb is evidential, nobody speaks
    assert quotes("بدت المجموعة هادئة، لكن سرعان ما ظهرت قطع جريئة تؤكد بأن المصمم يريد التغيير.") == []
    assert quotes("وكانت هناك تفاصيل كثيرة في العرض تؤكد أن الدار تتجه إلى جمهور الشباب.") == []
    # a real subject after لكن still speaks
    found = pairs(quotes("ورفض المتحدث التعليق، لكن المسؤول الإعلامي أكد أن الاجتماع سيعقد غدا."))
    assert [sp for sp, _ in found] == ["المسؤول الإعلامي"]


def test_a_manner_phrase_after_the_verb_is_not_the_speaker() -> None:
    text = ("وقالت الباحثة سلمى الراشد إن النتائج مشجعة. "
            "وقالت لـ«الرياض» بالبريد الإلكتروني: «نحتاج إلى دراسة أوسع قبل التعميم».")
    found = pairs(quotes(text, "سلمى الراشد"))
    assert found[-1] == ("سلمى الراشد", "نحتاج إلى دراسة أوسع قبل التعميم")
    text = "وقالت الباحثة سلمى الراشد إن النتائج مشجعة. وقالت بلهجة حازمة إن الدراسة تحتاج إلى توسيع."
    assert [sp for sp, _ in pairs(quotes(text, "سلمى الراشد"))] == ["سلمى الراشد", "سلمى الراشد"]


def test_abbara_an_itiqadihi_reports_a_belief() -> None:
    found = pairs(quotes("وعبر المحلل ناصر الخالد عن اعتقاده بأن السوق ستتعافى قبل نهاية العام.", "ناصر الخالد"))
    assert found == [("ناصر الخالد", "السوق ستتعافى قبل نهاية العام")]
    # the preposition عبر and a feeling are no report
    assert quotes("وشاهد الجمهور المباراة عبر الشاشات العملاقة أن تنتهي بالتعادل.") == []
    assert quotes("وعبر اللاعب عن سعادته بالفوز الكبير أمس.") == []


def test_a_quoted_apposition_before_inna_is_not_the_quote() -> None:
    found = pairs(quotes('ويقول سعد المالكي "صاحب مكتب عقاري في الحي": إن الطلب ارتفع كثيرا هذا الصيف.',
                         "سعد المالكي"))
    assert found == [("سعد المالكي", "الطلب ارتفع كثيرا هذا الصيف")]


def test_present_itabara_without_its_complementizer_is_is_considered() -> None:
    # "يعتبر X من …" (is considered); a far أن belongs to another clause
    assert quotes("ويعتبر هذا الطبق تقريبا من الأكلات الشعبية إلا أن ما يجهله الناس هو أن مكوناته مفيدة.") == []
    found = pairs(quotes("ويعتبر الخبير الاقتصادي أن الأسعار ستنخفض قريبا."))
    assert found == [("الخبير الاقتصادي", "الأسعار ستنخفض قريبا")]


def test_ajmaa_ala_anna_reports_and_ajmaa_alone_does_not() -> None:
    found = pairs(quotes("وأجمع المدربان على أن الفريق يحتاج إلى مهاجم جديد قبل الموسم."))
    assert found == [("المدربان", "الفريق يحتاج إلى مهاجم جديد قبل الموسم")]
    assert quotes("وتابع الحدث الناس في العالم أجمع عبر الشاشات.") == []


def test_athbata_anna_reports_a_finding() -> None:
    found = pairs(quotes("وأثبتت الدراسة الجديدة أن النوم المبكر يحسن الذاكرة."))
    assert found == [("الدراسة الجديدة", "النوم المبكر يحسن الذاكرة")]
    assert quotes("وأثبت اللاعب الشاب جدارته في المباراة الأخيرة.") == []


def test_wafq_after_a_verb_of_conduct_is_no_source() -> None:
    text = "وأكد المدرب أن الإدارة تسير وفق عمل ممنهج بدعم من المدرب لبعض القرارات، ها هو الفريق يسير بثقة."
    assert pairs(quotes(text)) == [
        ("المدرب", "الإدارة تسير وفق عمل ممنهج بدعم من المدرب لبعض القرارات، ها هو الفريق يسير بثقة")]


def test_a_named_person_before_alladhi_speaks() -> None:
    text = "وجاءت تصريحات المدير الجديد سالم الحربي الذي يؤكد أن النادي مثقل بالديون."
    assert pairs(quotes(text, "سالم الحربي")) == [("سالم الحربي", "النادي مثقل بالديون")]
    # no person before الذي: nobody speaks
    assert quotes("وهو الأمر الذي يؤكد أن النادي مثقل بالديون.") == []


def test_mutabaa_the_noun_is_no_cue() -> None:
    text = ("وقال المدرب سالم الحربي إن الفريق جاهز. ومن واقع متابعة لتصريحات اللاعبين نرى فريقا قويا من الممكن ان "
            "ينافس على اللقب.")
    assert [sp for sp, _ in pairs(quotes(text, "سالم الحربي"))] == ["سالم الحربي"]


def test_ma_yani_ends_the_reported_clause() -> None:
    found = pairs(quotes("وأكد الرئيس سالم الحربي أن هناك ديونا كبيرة على النادي، ما يعني أن الإدارة السابقة أخفت الأرقام.",
                         "سالم الحربي"))
    assert found == [("سالم الحربي", "هناك ديونا كبيرة على النادي")]


def test_tabaa_with_an_object_is_followed_not_went_on() -> None:
    text = ("وقال القنصل سالم الحربي إن الحادثة مؤسفة. وقال ان القنصلية تبلغت بالحادثة صباح الثلاثاء، مبينا، "
            "ان القنصلية تابعت الحادثة ووقفت على اخر التطورات، مضيفا، ان حالة من الهلع انتابت النزلاء.")
    assert {sp for sp, _ in pairs(quotes(text, "سالم الحربي"))} == {"سالم الحربي"}


def test_a_thing_right_before_a_present_verb_is_its_subject() -> None:
    text = ("وقال المصمم سالم الحربي إن المجموعة جديدة. وظهرت قطع مفصلة تؤكد بأن الدار تريد مكانة جديدة. "
            "وأرقام كثيرة تقول إن الشباب يحبون السينما.")
    assert [sp for sp, _ in pairs(quotes(text, "سالم الحربي"))] == ["سالم الحربي"]
    # a colon or a quotation after the verb is speech: the person quoted before goes on
    text = "وقال المصمم سالم الحربي إن المجموعة جديدة. وفي رسالة له يقول: «سنفتتح متجرا جديدا في المدينة»."
    assert [sp for sp, _ in pairs(quotes(text, "سالم الحربي"))] == ["سالم الحربي", "سالم الحربي"]


def test_nested_report_with_an_honorific_subject_and_a_colon() -> None:
    text = "وأفاد البيان أن سمو أمير المنطقة قال في خطابه: نشكر معاليكم على هذا التقرير المتميز."
    assert pairs(quotes(text)) == [("أمير المنطقة", "نشكر معاليكم على هذا التقرير المتميز")]


def test_alimat_with_a_quoted_agency_name_before_min() -> None:
    text = "وعلمت وكالة «الأنباء المحلية» من مصدر موثوق بأن الوزير التقى نظيره أمس."
    assert pairs(quotes(text)) == [("مصدر موثوق", "الوزير التقى نظيره أمس")]


def test_bayna_after_a_quoted_name_is_the_preposition() -> None:
    text = 'ويعيش المهندس "سامي العمر" بين أهله في المدينة بعد رحلة طويلة من العلاج.'
    assert quotes(text) == []
