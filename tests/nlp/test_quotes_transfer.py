"""Quote rules for error classes seen on SaudiNewsNet articles outside every gold set (a transfer sample
judged by hand in session 7). The sentences are written for these tests; no corpus text is copied."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

# --- who speaks --------------------------------------------------------------------------------------


def test_participle_takes_the_person_its_own_sentence_names() -> None:
    # the sentence before names another person first; the participle's subject is in its own sentence
    text = (
        "أصدر الوزير خالد المالكي قرارا بتعيين سامي العتيبي مديرا للمصنع. "
        "وكان سامي العتيبي يعمل نائبا للمدير، وطالب مرارا بتحسين الطرق، مشيرا إلى أن الحوادث زادت كثيرا هذا العام."
    )
    qs = quotes(text, "خالد المالكي", "سامي العتيبي")
    assert pairs(qs) == [("سامي العتيبي", "الحوادث زادت كثيرا هذا العام")]


def test_colon_and_quotation_after_a_person_without_a_speech_verb() -> None:
    text = (
        "ودافعت المدربة هند الزهراني عن لاعباتها في حديث للإذاعة: «الفريق قدم مباراة كبيرة رغم الغيابات». "
        "وأضافت: «سنعود أقوى في المباراة المقبلة أمام المتصدر»."
    )
    qs = quotes(text, "هند الزهراني")
    assert pairs(qs) == [
        ("هند الزهراني", "الفريق قدم مباراة كبيرة رغم الغيابات"),
        ("هند الزهراني", "سنعود أقوى في المباراة المقبلة أمام المتصدر"),
    ]
    assert all(q.direct for q in qs)


def test_colon_quotation_needs_a_person_before_it() -> None:
    # a slogan after a colon with nobody named in its clause stays unattributed
    text = "ورفعت اللافتات في الساحة الكبيرة عبارة واحدة: «معا من أجل مدينة أنظف وأجمل»."
    assert quotes(text) == []


def test_akmala_before_a_quotation_continues_the_speaker() -> None:
    text = (
        'وقال المخرج فيصل البقمي: "العرض الأول لاقى إقبالا كبيرا من الجمهور". '
        'وأكمل "سنقدم ثلاثة عروض أخرى قبل نهاية الشهر الحالي".'
    )
    qs = quotes(text, "فيصل البقمي")
    assert pairs(qs) == [
        ("فيصل البقمي", "العرض الأول لاقى إقبالا كبيرا من الجمهور"),
        ("فيصل البقمي", "سنقدم ثلاثة عروض أخرى قبل نهاية الشهر الحالي"),
    ]


def test_akmala_without_a_quotation_is_no_cue() -> None:
    text = "وأكمل الطالب دراسته الجامعية في كندا قبل أن يعود إلى بلده."
    assert quotes(text) == []


def test_addressee_between_the_verb_and_its_subject() -> None:
    text = 'وأكد لـ"الصحيفة" مصدر في إحدى الشركات أن أسعار التأمين سترتفع قريبا.'
    assert pairs(quotes(text)) == [("مصدر", "أسعار التأمين سترتفع قريبا")]
    text = "وقال لـ«الوطن» المدير التنفيذي للشركة فهد السبيعي إن المشروع سيكتمل في الربيع."
    assert pairs(quotes(text, "فهد السبيعي")) == [("فهد السبيعي", "المشروع سيكتمل في الربيع")]


def test_quotation_after_a_long_apposition() -> None:
    text = (
        "وقال خالد المطيري وهو باحث في مركز الدراسات الفلكية بجامعة الملك سعود في مدينة الرياض للصحفيين "
        'خلال لقاء عبر الإنترنت "إنها خطوة مهمة نحو فهم أعمق لهذه الظاهرة."'
    )
    qs = quotes(text, "خالد المطيري")
    assert pairs(qs) == [("خالد المطيري", "إنها خطوة مهمة نحو فهم أعمق لهذه الظاهرة")] and qs[0].direct


def test_quoted_name_with_an_apposition_before_bianna() -> None:
    text = 'وتقول "منى" البالغة من العمر 40 عاما وهي أم لثلاثة أطفال بأنها تمشي كل يوم ساعتين.'
    qs = quotes(text, "منى")
    assert pairs(qs) == [("منى", "تمشي كل يوم ساعتين")]


def test_role_phrase_with_ala_leads_to_the_named_person() -> None:
    text = "وأوضح المشرف على المهرجان بأمانة المنطقة المهندس ماجد الشهري، أن عدد الزوار تجاوز التوقعات."
    assert pairs(quotes(text, "ماجد الشهري")) == [("ماجد الشهري", "عدد الزوار تجاوز التوقعات")]
    # the tagger missed the name: the title before it still marks it
    assert pairs(quotes(text)) == [("ماجد الشهري", "عدد الزوار تجاوز التوقعات")]


def test_subject_before_the_verb_is_a_noun_not_a_clause() -> None:
    text = (
        "تحدثت الفنانة منى الشمري للإذاعة عن ألبومها الجديد. "
        "وعن شائعة قالت فيها إنها ستعتزل الغناء بعد زواجها من اللاعب سعد القرني، أكدت أنها لن تعتزل أبدا."
    )
    qs = quotes(text, "منى الشمري", "سعد القرني")
    got = [(q.speaker, q.quote) for q in qs if q.quote.startswith("أنها لن")]
    assert got == [("منى الشمري", "أنها لن تعتزل أبدا")], pairs(qs)


def test_report_nested_after_anna_belongs_to_the_inner_speaker() -> None:
    text = "وأضاف البيان أن الوزيرة الأسترالية شددت على أهمية التعاون في مكافحة الإرهاب."
    qs = quotes(text)
    assert pairs(qs) == [("الوزيرة الأسترالية", "أهمية التعاون في مكافحة الإرهاب")]


# --- what is not a quote -----------------------------------------------------------------------------


def test_a_feeling_is_not_the_prayer_after_it() -> None:
    text = "وأعرب زملاء الفقيد عن حزنهم الشديد لرحيله المفاجئ، داعين الله أن يتغمده برحمته."
    assert quotes(text) == []


def test_hasab_before_an_abstract_noun_is_no_source() -> None:
    text = "وسلمت الفرق الموقع إلى الشرطة لإكمال الإجراءات النظامية حسب الاختصاص."
    assert quotes(text) == []


# --- attribution after the words -----------------------------------------------------------------------


def test_verb_with_dhalika_attributes_the_sentence_before() -> None:
    text = (
        "ينظم النادي الأدبي أمسية شعرية مساء الأحد بمشاركة عدد من الشعراء الشباب. "
        "أوضح ذلك رئيس النادي الدكتور سعد الحربي، وأضاف أن الأمسية مفتوحة للجميع."
    )
    qs = quotes(text, "سعد الحربي")
    assert pairs(qs) == [
        ("سعد الحربي", "ينظم النادي الأدبي أمسية شعرية مساء الأحد بمشاركة عدد من الشعراء الشباب"),
        ("سعد الحربي", "الأمسية مفتوحة للجميع"),
    ]


def test_plural_participle_does_not_take_the_last_single_speaker() -> None:
    text = (
        "وقال الوزير سامي العتيبي إن الطرق ستفتح غدا. "
        "في الأثناء دعت قيادات محلية المنظمات الإغاثية إلى زيارة المدينة، مؤكدين أن الأوضاع باتت آمنة."
    )
    qs = quotes(text, "سامي العتيبي")
    assert pairs(qs) == [("سامي العتيبي", "الطرق ستفتح غدا")]


def test_title_before_the_name_outweighs_bismi() -> None:
    text = "وأوضح المتحدث باسم الدفاع المدني بالمنطقة العقيد سالم الدوسري أن الحريق لم يسفر عن إصابات."
    assert pairs(quotes(text, "سالم الدوسري")) == [("سالم الدوسري", "الحريق لم يسفر عن إصابات")]


def test_qala_then_a_long_circumstance_then_comma_anna() -> None:
    text = (
        "وكان الرئيس قد قال في كلمة ألقاها أمام أعضاء البرلمان في قاعة المجلس بالعاصمة، رافقتها هتافات "
        "النواب «نعم للإصلاح» و«لا للتراجع»، أن الحكومة لن تتراجع عن خطتها الاقتصادية."
    )
    assert pairs(quotes(text)) == [("الرئيس", "الحكومة لن تتراجع عن خطتها الاقتصادية")]


def test_source_between_a_continuation_verb_and_its_clause() -> None:
    text = (
        "وقالت المديرة العامة للمنظمة سارة الخالدي إن العمل سيتواصل. "
        "وتابعت وفقا لما ذكرته إذاعة محلية إن المتورطين سيحالون إلى القضاء قريبا."
    )
    qs = quotes(text, "سارة الخالدي")
    assert ("سارة الخالدي", "المتورطين سيحالون إلى القضاء قريبا") in pairs(qs), pairs(qs)


def test_content_stops_at_the_next_speech_verb_joined_by_wa() -> None:
    # no full stop between the two clauses, and the second verb (تساءل عن) reports no clause itself
    text = (
        "وأشار عدد من السكان إلى أن انقطاع المياه المتكرر سبب لهم متاعب كثيرة خلال الصيف "
        "وتساءل آخرون عن غياب الصيانة الدورية في الحي"
    )
    assert pairs(quotes(text)) == [("عدد من السكان", "انقطاع المياه المتكرر سبب لهم متاعب كثيرة خلال الصيف")]


def test_a_verb_that_is_mostly_not_speech_does_not_cut_the_content() -> None:
    text = "وأضاف المهندس أن متبرعا شرع في بناء المسجد وأكمل دورة المياه ثم أسس المكتبة الملحقة به"
    assert pairs(quotes(text)) == [
        ("المهندس", "متبرعا شرع في بناء المسجد وأكمل دورة المياه ثم أسس المكتبة الملحقة به")
    ]


def test_a_cue_glued_to_the_full_stop_before_it() -> None:
    text = "بدأ فريق من الهيئة أعمال المسح في الموقع.وأوضح الدكتور سامي العتيبي أن العمل سيستمر شهرين."
    qs = quotes(text, "سامي العتيبي")
    assert pairs(qs) == [("سامي العتيبي", "العمل سيستمر شهرين")]


def test_a_trailing_source_reports_the_clause_after_lakin() -> None:
    text = (
        "وتحدثت تقارير خلال الأسبوع عن رغبة النادي في ضم لاعبين جدد، لكن الناديين رفضا بيع اللاعبين، "
        'حسب ما ذكرته صحيفة "الأخبار".'
    )
    qs = quotes(text, orgs=("الأخبار",))
    got = [(q.speaker, q.quote) for q in qs if q.cue.startswith("حسب")]
    assert got == [('صحيفة "الأخبار"', "الناديين رفضا بيع اللاعبين")], pairs(qs)


def test_a_source_inside_a_verbs_report_is_a_parenthesis() -> None:
    text = "كما أفاد المدرب خلال اجتماعه باللاعبين حسب ما ذكرته المصادر أنه سيغادر النادي بعد نهاية الموسم."
    assert pairs(quotes(text)) == [("المدرب", "أنه سيغادر النادي بعد نهاية الموسم")]


# --- classes from a second sample (30 more unseen articles) ----------------------------------------------


def test_a_subject_that_opens_with_ahad_after_illa_anna() -> None:
    text = "ورغم اعتقاد الكثيرين بأن الصيام يرهق الجسم، إلا أن أحد الباحثين الألمان أكد أن العكس هو الصحيح."
    assert pairs(quotes(text)) == [("أحد الباحثين الألمان", "العكس هو الصحيح")]


def test_nabbaha_ila_reports_speech() -> None:
    text = "ونبه الطبيب سامي العتيبي إلى أن قلة النوم تضعف المناعة."
    assert pairs(quotes(text, "سامي العتيبي")) == [("سامي العتيبي", "قلة النوم تضعف المناعة")]


def test_trailing_source_with_naqalat_and_its_object_pronoun() -> None:
    text = "وتراجع سعر الفضة بنسبة طفيفة في التعاملات الصباحية، بحسب ما نقلته وكالة الأنباء."
    qs = quotes(text)
    assert [(q.speaker, q.quote) for q in qs] == [("وكالة الأنباء", "وتراجع سعر الفضة بنسبة طفيفة في التعاملات الصباحية")]


def test_second_role_with_ala_after_wa() -> None:
    text = "وأوضح رئيس القسم والمشرف على الرحلة الأستاذ فهد الشمري أن الرحلة تستمر شهرا."
    assert pairs(quotes(text)) == [("فهد الشمري", "الرحلة تستمر شهرا")]


def test_ma_qalahu_names_the_speaker_not_the_reporter() -> None:
    text = "وأوردت الصحف المحلية ما قاله الباحثون في المؤتمر إن النتائج مشجعة جدا."
    assert pairs(quotes(text)) == [("الباحثون", "النتائج مشجعة جدا")]


def test_a_source_between_dashes_before_the_verbs_preposition() -> None:
    # (a complementizer clause after على: a noun phrase there is no quote since session 14, quotes_npreport)
    text = "وشدد الوزير سامي العتيبي - وفقا لما نقلته وكالة الأنباء - على أن الحدود يجب حمايتها."
    assert pairs(quotes(text, "سامي العتيبي")) == [("سامي العتيبي", "الحدود يجب حمايتها")]


def test_an_impersonal_expectation_is_not_what_was_said() -> None:
    text = "وكشفت الشركة عن تفاصيل جهازها الجديد، ومن المتوقع أن تنمو مبيعاته بسرعة في الأسواق."
    assert quotes(text) == []


def test_rudda_in_a_match_report_is_no_speech() -> None:
    text = "وتقدم الضيوف بهدف في الشوط الأول، ورد أصحاب الأرض في الشوط الثاني بهدفين، إلا أن الحكم ألغى الثاني."
    assert quotes(text) == []


def test_a_quoted_name_before_a_verb_joined_by_wa_is_not_its_quote() -> None:
    text = "الأمير يثمن جهود «جمعية البر» ويؤكد دعم «الشركة» لبرامجها"
    assert quotes(text) == []


# --- classes from a third sample (30 more unseen articles) -----------------------------------------------


def test_hasab_before_an_indefinite_noun_that_names_no_source() -> None:
    assert quotes("وتأمل الحكومة في إنجاز المشاريع وفق عقود طويلة المدى مع الشركات.") == []
    assert quotes("وتقبل الطلبات من المتقدمين حسب دليل التصنيف المعتمد لدى الوزارة.") == []


def test_hasab_before_a_source_noun_still_attributes() -> None:
    text = "وبحسب مصادر محلية، فإن الطريق أغلق أمام حركة السير منذ الصباح."
    assert pairs(quotes(text)) == [("مصادر محلية", "الطريق أغلق أمام حركة السير منذ الصباح")]


def test_the_subject_of_a_report_without_a_clause_speaks_on_in_its_sentence() -> None:
    text = (
        "وكشفت صحيفة محلية عن راتب المدرب سامي العتيبي الجديد، حيث قالت إنه الأعلى في تاريخ النادي."
    )
    qs = quotes(text, "سامي العتيبي")
    assert pairs(qs) == [("صحيفة محلية", "إنه الأعلى في تاريخ النادي")]


def test_a_three_word_post_resolves_to_its_holder_named_before() -> None:
    text = (
        "أعلن رئيس لجنة المسابقات الدكتور سامي العتيبي جدول الموسم. وحضر المؤتمر اللاعب خالد المطيري. "
        "وكشف رئيس لجنة المسابقات عن موعد القرعة، مشيرا إلى أن الموسم يبدأ في سبتمبر."
    )
    qs = quotes(text, "سامي العتيبي", "خالد المطيري")
    assert pairs(qs) == [("سامي العتيبي", "الموسم يبدأ في سبتمبر")]


def test_an_abbreviated_title_between_the_post_and_its_holder() -> None:
    text = (
        "أعلن رئيس لجنة المسابقات د. سامي العتيبي جدول الموسم. وحضر المؤتمر اللاعب خالد المطيري. "
        "وكشف رئيس لجنة المسابقات عن موعد القرعة، مشيرا إلى أن الموسم يبدأ في سبتمبر."
    )
    qs = quotes(text, "سامي العتيبي", "خالد المطيري")
    assert pairs(qs) == [("سامي العتيبي", "الموسم يبدأ في سبتمبر")]


def test_khalasa_ila_anna_reports_a_conclusion() -> None:
    text = "وخلص التقرير إلى أن الاقتصاد سيتعافى خلال عامين."
    assert pairs(quotes(text)) == [("التقرير", "الاقتصاد سيتعافى خلال عامين")]
    assert quotes("وخلص الاجتماع إلى نتائج مهمة في ختام أعماله.") == []


def test_an_opening_adverbial_does_not_push_the_subject_out_of_reach() -> None:
    text = (
        "وقال النائب خالد المطيري إن التصويت سيؤجل. "
        "في غضون ذلك، دافع وزير الخارجية الأمريكي سامي العتيبي أمس عن الاتفاق أمام اللجنة. "
        "وقال «الاتفاق يحمي مصالحنا ويمنع أي سباق للتسلح في المنطقة»."
    )
    qs = quotes(text, "خالد المطيري", "سامي العتيبي")
    assert pairs(qs)[-1] == ("سامي العتيبي", "الاتفاق يحمي مصالحنا ويمنع أي سباق للتسلح في المنطقة")


def test_the_speaker_of_a_relative_clause_is_its_antecedent() -> None:
    text = "وأغضب القرار بعض النواب الذين يقولون إن الحكومة تجاهلت البرلمان."
    assert pairs(quotes(text)) == [("بعض النواب", "الحكومة تجاهلت البرلمان")]


def test_al_amr_alladhi_yushir_is_no_speaker() -> None:
    text = "وتعافت الطفلة تماما بعد العلاج، الأمر الذي يشير إلى أنها أول حالة من نوعها."
    assert quotes(text) == []


# --- classes from a fourth sample (25 more unseen articles) ----------------------------------------------


def test_a_participle_takes_the_subject_after_a_long_post() -> None:
    text = (
        "وأوضح المتحدث خالد المطيري أن المراكز فتحت أبوابها. "
        "وقدم مدير جوازات منطقة الرياض العميد سامي العتيبي شكره للعاملين، لافتا إلى أن العمل يستأنف الاثنين."
    )
    qs = quotes(text, "خالد المطيري", "سامي العتيبي")
    assert pairs(qs)[-1] == ("سامي العتيبي", "العمل يستأنف الاثنين")


def test_kama_aalana_then_a_day_closes_the_sentence() -> None:
    text = "عين الصندوق خبيرا اقتصاديا جديدا في منصب كبير الاقتصاديين، كما أعلن الصندوق الاثنين."
    assert pairs(quotes(text)) == [("الصندوق", "عين الصندوق خبيرا اقتصاديا جديدا في منصب كبير الاقتصاديين")]


def test_a_name_after_a_plain_noun_is_no_subject_of_the_participle() -> None:
    text = (
        "وقال الوزير خالد المطيري إن الحدود آمنة. "
        "واستنكرت الحكومة وبشدة تصريحات سامي العتيبي ضد الجيران، معتبرة أنها إساءة مرفوضة."
    )
    qs = quotes(text, "خالد المطيري", "سامي العتيبي")
    assert all(q.speaker != "سامي العتيبي" for q in qs), pairs(qs)
