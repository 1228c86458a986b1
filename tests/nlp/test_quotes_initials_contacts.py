"""Quote rules of session 8: structural error classes of real news (short sentences written for these
tests: no article text of the corpus is copied here)."""

from __future__ import annotations

from sahifa.nlp.quotes_bounds import join_initials
from tests.helpers.quote_text import art, pairs, quotes

# --- a name's initial or a one-letter title is no sentence end -----------------------------------------


def test_a_latin_initial_keeps_the_speaker_and_the_quotation() -> None:
    # the splitter cuts after "إم."; the speaker starts with ل (not "to …": a name)
    text = ("وقالت لينا إم. الخطيب، من كلية الطب بجامعة الملك سعود، التي قادت فريق البحث: "
            "«النوم الكافي يحمي قلوب الأطفال الصغار من أمراض كثيرة».")
    assert pairs(quotes(text, orgs=("جامعة الملك سعود",))) == [
        ("لينا إم. الخطيب", "النوم الكافي يحمي قلوب الأطفال الصغار من أمراض كثيرة")]


def test_a_one_letter_title_before_the_name() -> None:
    text = "وأوضح الخبير الاقتصادي د. سامر الحربي أن أسعار النفط ستتعافى مع نهاية العام المقبل."
    assert pairs(quotes(text, "سامر الحربي")) == [("سامر الحربي", "أسعار النفط ستتعافى مع نهاية العام المقبل")]


def test_anonymised_initials_of_the_speaker() -> None:
    text = "وقال المواطن ع. س إن النيران اشتعلت في المطبخ قبل الفجر بقليل."
    assert pairs(quotes(text)) == [("المواطن ع. س", "النيران اشتعلت في المطبخ قبل الفجر بقليل")]


def test_what_is_not_an_initial_keeps_its_sentence_end() -> None:
    a = art("وتلعب السعودية في المجموعة ب. وتضم المجموعة أربعة منتخبات. وافتتح المعرض عام 2015 م. "
            "كما زار الوفد المدينة صباحًا. ثم عاد إلى الرياض.")
    bounds = [(s.start, s.end) for s in a.sentences]
    assert len(bounds) == 6
    assert join_initials(a.text, bounds) == bounds


def test_initials_are_joined_and_nothing_else() -> None:
    a = art("وكتب جورج دبليو. بوش مذكراته. وقال د. سامر إن الكتاب صدر.")
    bounds = [(s.start, s.end) for s in a.sentences]
    joined = [a.text[x:y] for x, y in join_initials(a.text, bounds)]
    assert joined == ["عنوان الخبر", "وكتب جورج دبليو. بوش مذكراته.", "وقال د. سامر إن الكتاب صدر."]


# --- the one the paper reached speaks: "تواصلت الصحيفة مع فلان …، فأكد أن" ------------------------------


def test_the_contacted_person_not_the_first_person_of_the_sentence() -> None:
    text = ("وقدم اللاعب سامر العتيبي شكوى إلى الاتحاد، وتواصلت «الصحيفة» مع رئيس اللجنة الدكتور خالد الحربي "
            "لسؤاله عن موعد القرار، فأكد أن القرار سيصدر نهاية الأسبوع الجاري.")
    assert pairs(quotes(text, "سامر العتيبي", "خالد الحربي")) == [
        ("خالد الحربي", "القرار سيصدر نهاية الأسبوع الجاري")]


def test_the_contacted_unnamed_source() -> None:
    text = "وتواصلت «الصحيفة» مع أحد جيران الأسرة وأكد أن النيران اشتعلت في المطبخ قبل الفجر بقليل."
    assert pairs(quotes(text)) == [("أحد جيران الأسرة", "النيران اشتعلت في المطبخ قبل الفجر بقليل")]


def test_a_verb_with_a_subject_of_its_own_after_a_contact() -> None:
    # the contact is far and the verb is not joined to its clause: the person of the sentence speaks
    text = ("أجريت في صغري لقاء مصورا مع أخي الأكبر في حديقة البيت، وبعد سنوات طويلة قال سامر العتيبي "
            "إن ذلك الشريط كان بداية الطريق.")
    qs = quotes(text, "سامر العتيبي")
    assert [q.speaker for q in qs] == ["سامر العتيبي"], pairs(qs)


# --- "نجل X الأمير Y": the son is the subject, not the father ------------------------------------------


def test_the_titled_name_after_a_relation_is_the_subject() -> None:
    text = ("أشاد نجل وزير الرياضة سامي العتيبي المهندس خالد بن سامي العتيبي بجهود المتطوعين، وقال في تصريح "
            'للصحيفة: "هناك مبادرات كثيرة ستنطلق في المنطقة خلال الأشهر المقبلة".')
    assert pairs(quotes(text, "سامي العتيبي", "خالد بن سامي العتيبي")) == [
        ("خالد بن سامي العتيبي", "هناك مبادرات كثيرة ستنطلق في المنطقة خلال الأشهر المقبلة")]


def test_a_related_name_without_a_titled_one_after_it_stays() -> None:
    text = "استقبل نجل الأمير فهد الوفد الزائر في مكتبه، وقال إن الزيارة ستعزز التعاون بين البلدين."
    assert [q.speaker for q in quotes(text, "فهد")] == ["فهد"]


# --- a source in the middle of a sentence: the side it covers ------------------------------------------


def test_a_source_that_opens_its_clause_covers_what_follows() -> None:
    text = ("وافتتح المعرض أبوابه للزوار صباح الأمس في قاعة المدينة الكبرى، وبحسب مصادر مطلعة، فإن عدد الزوار "
            "تجاوز عشرة آلاف في اليوم الأول.")
    qs = quotes(text)
    assert pairs(qs) == [("مصادر مطلعة", "عدد الزوار تجاوز عشرة آلاف في اليوم الأول")]


def test_a_source_that_closes_its_clause_covers_what_precedes() -> None:
    text = ("ويبلغ عدد الفنادق في المدينة 40 فندقا حسب تقرير هيئة السياحة، وتتراوح أسعار الغرف بين 300 "
            "و900 ريال في الليلة.")
    qs = quotes(text, orgs=("هيئة السياحة",))
    assert len(qs) == 1 and qs[0].quote.endswith("يبلغ عدد الفنادق في المدينة 40 فندقا"), pairs(qs)


def test_a_source_as_a_parenthesis_keeps_the_whole_clause() -> None:
    text = "وأسفرت الغارات الجوية المكثفة، بحسب مصادر ميدانية، عن مقتل عشرين مسلحا وتدمير ثلاث آليات في الريف الشرقي."
    qs = quotes(text)
    assert len(qs) == 1 and qs[0].quote.startswith("وأسفرت الغارات") and qs[0].quote.endswith("الريف الشرقي"), pairs(qs)


# --- "وفق الآليات المتبعة": a definite measure after a source word is nobody's report ---------------------


def test_a_definite_measure_is_no_source() -> None:
    for text in (
        "وتوزع الجمعية المساعدات على الأسر المحتاجة في الأحياء الشرقية وفق الآليات المتبعة، وتستقبل الطلبات يوميا.",
        "ويجب ضبط ضغط الإطارات في السيارات الصغيرة حسب القيم المنصوص عليها، كما ينصح بفحصها كل أسبوع.",
        "وانتقل الوفد بعد ذلك إلى مقر القيادة وفق التنسيق المسبق، حيث استمع إلى شرح مفصل عن الخطة.",
    ):
        assert quotes(text) == [], pairs(quotes(text))


def test_a_definite_source_noun_still_reports() -> None:
    text = "ويعيش في المحافظة نحو مليوني نسمة حسب الإحصاءات الرسمية، وتعد من أكبر المحافظات في المنطقة."
    qs = quotes(text)
    assert [q.speaker for q in qs] == ["الإحصاءات الرسمية"], pairs(qs)


# --- "وقال مبتسما: «…»": a manner word after the verb is not the speaker --------------------------------


def test_a_circumstantial_participle_is_not_the_speaker() -> None:
    text = ("واستقبل الوزير سامي العتيبي الوفد الزائر في مكتبه صباح اليوم. ثم قال مبتسما: "
            "«سنفتتح المرحلة الأولى قبل نهاية العام المقبل بإذن الله».")
    qs = quotes(text, "سامي العتيبي")
    assert [q.speaker for q in qs] == ["سامي العتيبي"], pairs(qs)


def test_a_manner_word_and_an_adverb_are_not_the_speaker() -> None:
    text = ("وشرحت سارة الخطيب موقف بلادها أمام الصحفيين في المؤتمر. وقالت بهدوء: «الحوار هو الطريق الوحيد "
            "لحل هذه الأزمة». وأكدت مجددا أن بلادها لن تتخلى عن حلفائها في المنطقة.")
    qs = quotes(text, "سارة الخطيب")
    assert [q.speaker for q in qs] == ["سارة الخطيب", "سارة الخطيب"], pairs(qs)


def test_a_name_ending_like_a_participle_stays_the_speaker() -> None:
    text = "وقالت ساشا إن المحققين كانوا حريصين على معرفة كل التفاصيل منذ البداية."
    assert [q.speaker for q in quotes(text)] == ["ساشا"]


# --- «…«name»…»: one quotation, not cut at the inner name ------------------------------------------------


def test_a_name_in_guillemets_inside_a_quotation_in_guillemets() -> None:
    text = "وقال الوزير سامي العتيبي: «إن ما يسمى «الربيع العربي» لم يجلب سوى الخراب للمنطقة ولشعوبها كلها»."
    assert pairs(quotes(text, "سامي العتيبي")) == [
        ("سامي العتيبي", "إن ما يسمى «الربيع العربي» لم يجلب سوى الخراب للمنطقة ولشعوبها كلها")]


def test_an_unclosed_outer_quotation_keeps_the_old_pairing() -> None:
    text = "وقال الوزير سامي العتيبي: «إن ما يسمى «الربيع العربي» لم يجلب سوى الخراب للمنطقة. وأضاف أن البلاد بخير."
    qs = quotes(text, "سامي العتيبي")
    assert [q.quote for q in qs][-1] == "البلاد بخير", pairs(qs)


# --- "وحسب المعلومات عثر على …": a source opening its sentence with no comma -------------------------------


def test_a_definite_source_then_its_clause_without_a_comma() -> None:
    text = "وحسب المعلومات عثر على السيارة التي أقلتهم من المطار مساء الجمعة في بلدة قريبة."
    assert pairs(quotes(text)) == [("المعلومات", "عثر على السيارة التي أقلتهم من المطار مساء الجمعة في بلدة قريبة")]


def test_the_same_source_keeps_its_emphasis_and_its_comma() -> None:
    text = "ووفق التقرير نفسه، فإن عدد المهاجرين قفز بنسبة كبيرة في الأشهر الخمسة الأولى."
    qs = quotes(text)
    assert [q.quote for q in qs] == ["عدد المهاجرين قفز بنسبة كبيرة في الأشهر الخمسة الأولى"], pairs(qs)


def test_whom_a_relative_clause_reached_is_not_the_speaker() -> None:
    """'X, the journalist who interviewed Obama about his deal with Iran, said …': X speaks, not Iran."""
    text = ("واللافت أن جون سميث ، الصحفي الأمريكي الذي حاور أوباما مؤخرا حول اتفاقه النووي مع إيران ، "
            "قال في حديث متلفز له أن المنطقة بحاجة إلى توازن جديد.")
    got = pairs(quotes(text, "جون سميث", "أوباما"))
    assert got and all("إيران" not in sp for sp, _ in got)


def test_a_source_that_fights_is_a_source() -> None:
    """بحسب + forces, police, government: an attribution, not a measure (وفق الآليات المتبعة)."""
    text = "ودار قتال عنيف في الحي الذي يتحصن فيه المسلحون، بحسب القوات الموالية للحكومة."
    got = pairs(quotes(text))
    assert any("القوات" in sp and "قتال" in quote for sp, quote in got), got
