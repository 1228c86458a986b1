"""Quote rules for the structures of real Saudi news (short synthetic sentences written for these
tests: no article text of the corpus is copied here)."""

from __future__ import annotations

from tests.helpers.quote_text import pairs, quotes

# --- speakers: titles and roles resolve to the named person ------------------------------------------


def test_title_before_a_named_person_is_dropped() -> None:
    text = "من جانبه أوضح مدير المستشفى الدكتور سامي العتيبي أن الحالة مستقرة تماما."
    assert pairs(quotes(text, "سامي العتيبي")) == [("سامي العتيبي", "الحالة مستقرة تماما")]


def test_long_title_with_a_name_the_tagger_missed() -> None:
    # no entity at all: the name is what follows "X بن Y" or the last military title
    text = "وذكر المتحدث الرسمي للهلال الأحمر بالمنطقة ناصر بن فهد السالم أن الفرق باشرت الحادث فورا."
    assert pairs(quotes(text)) == [("ناصر بن فهد السالم", "الفرق باشرت الحادث فورا")]
    text = "وأوضح المتحدث الرسمي للدفاع المدني بالمنطقة عقيد سعد الحربي أن الحريق أخمد سريعا."
    assert pairs(quotes(text)) == [("سعد الحربي", "الحريق أخمد سريعا")]


def test_relation_before_a_name_keeps_the_phrase() -> None:
    text = "وقال مستشار الرئيس سامي العتيبي إن الزيارة ستتم قريبا."
    qs = quotes(text, "سامي العتيبي")
    assert len(qs) == 1 and qs[0].speaker.startswith("مستشار"), pairs(qs)


def test_quoted_name_as_the_speaker() -> None:
    text = 'وأكد "العتيبي" أن الرحلات الإضافية ستبدأ الأسبوع المقبل.'
    assert pairs(quotes(text)) == [("العتيبي", "الرحلات الإضافية ستبدأ الأسبوع المقبل")]
    text = 'وقالت "الشركة": إن القطعة سقطت فوق مصنع مهجور.'
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["الشركة"] and "القطعة سقطت" in qs[0].quote


def test_quoted_name_then_semicolon_is_not_the_quote() -> None:
    text = 'وأوضح مساعد المدير العام للشؤون التجارية "سامي بن خالد العتيبي"؛ أن الشركة تعيد جدولة رحلاتها.'
    qs = quotes(text, "سامي بن خالد العتيبي")
    assert pairs(qs) == [("سامي بن خالد العتيبي", "الشركة تعيد جدولة رحلاتها")]


def test_a_time_after_the_verb_is_not_the_speaker() -> None:
    text = "وكان المرشد قال أول من أمس، إن «الاتفاق لا يعني أي تحول في سياسات بلاده»."
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["المرشد"], pairs(qs)


# --- cues and structures ----------------------------------------------------------------------------


def test_aban_and_bayyana_report_speech() -> None:
    text = "من جانبه أبان مدير الجمعية علي الغامدي أن العروض ستقام في المتنزهات."
    assert pairs(quotes(text, "علي الغامدي")) == [("علي الغامدي", "العروض ستقام في المتنزهات")]
    text = "وبيّن الغامدي أن المهرجانات أصبحت من أبرز الأنشطة الاقتصادية."
    assert pairs(quotes(text, "الغامدي")) == [("الغامدي", "المهرجانات أصبحت من أبرز الأنشطة الاقتصادية")]


def test_bayna_as_a_preposition_is_no_cue() -> None:
    text = "وقال الوزير إن التعاون بين البلدين أن يتعزز هو الهدف."
    qs = quotes(text)
    assert [(q.speaker, q.cue) for q in qs] == [("الوزير", "قال")]


def test_source_inside_the_verbs_attribution() -> None:
    # "وأوضحت الوزارة وفقًا لما ذكرت صحيفة X، أن …": the ministry said it; the paper only carried it
    text = "وأوضحت الوزارة وفقاً لما ذكرت صحيفة “المدينة”، أن المنشآت يمكنها التعاقد مع العمال."
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["الوزارة"] and qs[0].quote.startswith("المنشآت")


def test_nested_report_after_a_complementizer() -> None:
    # the inner speaker's words: "… أن المديرية العامة أعلنت أنه …"
    text = "جدير بالذكر، أن المديرية العامة للجوازات أعلنت أنه تم تصحيح أوضاع آلاف المخالفين."
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["المديرية العامة للجوازات"], pairs(qs)


def test_fa_verb_after_a_comma_has_no_subject_in_the_clause_before() -> None:
    text = ("وتواصلت الصحيفة مع رئيس اللجنة سامي العتيبي لسؤاله عما إذا كان اجتماع اللجنة حاسما، "
            "فأكد أن القرارات ستكون نهائية.")
    qs = quotes(text, "سامي العتيبي")
    assert all(not q.speaker.startswith("اجتماع") for q in qs) and qs, pairs(qs)


def test_opinion_after_a_complementizer_is_not_a_report() -> None:
    text = "غير أن خبراء يحذرون من استمرار الاعتماد على النفط. وقال الوزير إن الخطة جاهزة للتنفيذ."
    assert [q.speaker for q in quotes(text)] == ["الوزير"]


def test_quotation_after_a_short_circumstance() -> None:
    text = 'وقالت سلمى عن كتاب صديقتها في بيان "ساعدني الكتاب على فهم تجربة الأطفال مع الحرب."'
    qs = quotes(text, "سلمى")
    assert [(q.speaker, q.direct) for q in qs] == [("سلمى", True)]
    assert qs[0].quote.startswith("ساعدني")


# --- who actually said it ----------------------------------------------------------------------------


def test_report_nested_in_another_speakers_words_goes_to_its_own_subject() -> None:
    # the president quotes his opponents: their words are theirs, not his
    text = "وقال الرئيس باراك أوباما إن البعض منهم سبق وأن قال إن الاتفاق سيفشل خلال عام."
    qs = quotes(text, "باراك أوباما")
    inner = [q for q in qs if q.quote.startswith("الاتفاق سيفشل")]
    assert [q.speaker for q in inner] == ["البعض منهم"], pairs(qs)


def test_role_then_the_name_in_apposition() -> None:
    text = "وقال كبير الباحثين في المعهد، سيث بولاك، إن النتائج مشجعة للغاية."
    assert pairs(quotes(text, "سيث بولاك")) == [("سيث بولاك", "النتائج مشجعة للغاية")]


def test_pronoun_and_honorific_subjects() -> None:
    text = ("وقال خبير الآثار ماريو باهلو إن الكنز دفن في نهاية الحرب. "
            "وقال هو وخبراء آخرون: إنها جزء من احتياطيات الذهب.")
    qs = quotes(text, "ماريو باهلو")
    assert [q.speaker for q in qs] == ["ماريو باهلو", "ماريو باهلو"], pairs(qs)
    text = ("رفع الأمير فهد بن سلطان التهنئة للقيادة بنجاح الخطط الأمنية.\n"
            "وقال سموه: ونحن نتابع بكل الفخر ما تحقق من نجاح.")
    qs = quotes(text, "فهد بن سلطان")
    assert [q.speaker for q in qs] == ["فهد بن سلطان"], pairs(qs)


def test_madha_yaqul_continues_the_speaker() -> None:
    text = "وقال رئيس الحكومة إن الاتفاق سيئ للغاية. ومضى يقول إن «البديل هو استمرار العقوبات وتقويتها»."
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["رئيس الحكومة", "رئيس الحكومة"], pairs(qs)


def test_role_speaker_resolves_to_the_holder_named_in_another_sentence() -> None:
    text = ("وأضاف أن سيث بولاك، كبير الباحثين في المعهد، قاد الدراسة منذ بدايتها.\n"
            "وقال كبير الباحثين في المعهد إن العينة شملت ألف طفل في ثلاث مدن.")
    qs = quotes(text, "سيث بولاك")
    q = next(q for q in qs if q.quote.startswith("العينة"))
    assert (q.speaker, q.speaker_canonical) == ("سيث بولاك", "سيث بولاك")


def test_an_organisation_or_unnamed_source_is_not_resolved_to_a_person() -> None:
    text = ("وأوضح المتحدث الرسمي لوزارة العمل تيسير الحربي أن المكاتب ملتزمة.\n"
            "وقالت وزارة العمل إن الغرامات ستطبق على المخالفين.")
    qs = quotes(text, "تيسير الحربي", orgs=("وزارة العمل",))
    assert [q.speaker for q in qs] == ["تيسير الحربي", "وزارة العمل"], pairs(qs)


def test_very_long_title_before_the_name() -> None:
    text = ("وذكر أمين منطقة جازان رئيس اللجنة المحلية للانتخابات البلدية بالمنطقة محمد بن حمود الشايع "
            "إن مهام اللجنة تتمثل في النظر في الطعون.")
    assert [q.speaker for q in quotes(text)] == ["محمد بن حمود الشايع"]
