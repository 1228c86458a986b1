"""The dictionary's word on a person's mention (sahifa.nlp.entities_lexical, with Arramooz's word list in
sahifa.nlp.lexicon): a given name that is also a common word, followed by another common word, is no person
without a title, a speech verb or a list of people around it; nor is one common word alone. Sentences written
for these tests; the error classes come from the People sidebar of random unannotated SaudiNewsNet articles
(sessions 9 and 10)."""

from __future__ import annotations

import pytest

from sahifa.nlp import lexicon
from sahifa.nlp.entities import extract_entities
from sahifa.nlp.entities_engine import _rule_raws
from sahifa.nlp.entities_lexical import common_pair, common_word
from sahifa.nlp.entities_words import _Raw
from tests.helpers.people import mention as _mention
from tests.helpers.people import people


def test_the_dictionary_knows_words_and_how_often_they_are_names() -> None:
    assert lexicon.words() > 40_000  # Arramooz's nouns, adjectives and verbs, shipped gzipped
    assert lexicon.entry("الرئيس") is None and lexicon.entry("رئيس") is not None  # its own lines: no article
    tags, share, level = lexicon.reading("سيره") or ("", -1, -1)
    assert "n" in tags and share == 0 and level >= 8  # سيرة (conduct): a frequent noun, never a name
    tags, share, _level = lexicon.reading("كريم") or ("", -1, -1)
    assert "a" in tags and 0 < share <= 5  # كريم: generous, and a name less often than not
    assert (lexicon.reading("محمد") or ("", -1, -1))[1] == 10  # always a name
    assert "v" in (lexicon.reading("رفعت") or ("", -1, -1))[0]  # رفع + ت: she raised (and the name Rifaat)
    assert "a" in (lexicon.reading("المضاعفات") or ("", -1, -1))[0] + "a"  # (an inflection is read through its stem)
    assert lexicon.reading("الرئيس") is not None  # the article is no part of the word
    assert lexicon.reading("كواكيكو") is None


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize("text", [
    "ويشترط في المتقدم أن يكون حسن السيرة والسلوك وأن يجتاز المقابلة.",
    "ونصح الطبيب القراء بحسن الإنصات إلى أبنائهم في الإجازة.",
    "وعلى المرء أن يتحلى بجميل الأخلاق في كل حين.",
    "اعط كل متحدث اهتماما ورعاية، فحسن الإنصات يكسبك الاحترام.",  # (the comma lists nothing: ف starts a clause)
])
def test_common_words_after_a_given_name_that_is_also_a_word_are_no_person(text: str, tagger: bool) -> None:
    assert people(text, tagger) == []


@pytest.mark.parametrize(("text", "first", "clitic"), [
    ("وقد رفعت مضاعف السعر إلى مستويات لم تعرفها السوق.", "رفعت", 0),  # "raised the multiple"
    ("ويشترط أن يكون حسن السيرة والسلوك.", "حسن", 0),  # "of good conduct"
    ("ونصح القراء بحسن الإنصات إلى أبنائهم.", "بحسن", 1),  # "good listening", after a preposition
])
def test_a_pair_of_common_words_is_no_name(text: str, first: str, clitic: int) -> None:
    eng, raws, r = _mention(text, first, 2, clitic=clitic)
    assert common_pair(eng, raws, r)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "first"), [
    ("وقال كريم النصيري إن الفريق جاهز.", "كريم"),  # a family nisba
    ("وقال المدرب عادل فقيه إن الفريق جاهز.", "عادل"),  # a title before it (فقيه: a name often enough anyway)
    ("وقدم الفنانون: رنا مغربل وأمل النابلسي عرضا.", "رنا"),  # a list after a colon; مغربل is a rare word
    ("ووصفها هادي البحرة عضو وفد الائتلاف بالإيجابية.", "هادي"),  # a role after it
    ("وأكد المخرج أن براد بت سيشارك في الفيلم.", "براد"),  # a two-letter second word proves nothing
])
def test_names_stay_names(text: str, first: str) -> None:
    eng, raws, r = _mention(text, first, 2)
    assert not common_pair(eng, raws, r)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "word", "clitic"), [
    ("وتسبب الإهمال في هدر مالي وبشري كبير في المشاريع.", "وبشري", 1),  # human (مالي: no nationality here)
    ("ويلتقي برشلونة اليوم بطل الدوري الإيطالي في النهائي.", "بطل", 0),  # the champion
    ("وقال المتهم بخطف الطفل إنه لم يكن في المدينة.", "بخطف", 0),  # after a title too: "of kidnapping"
    ("وعلى المرء أن يتحلى بجميل الأخلاق.", "بجميل", 1),  # a given name that is mostly a word, after ب
])
def test_one_common_word_is_no_name(text: str, word: str, clitic: int) -> None:
    eng, raws, r = _mention(text, word, 1, clitic=clitic)
    assert common_word(eng, raws, r)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "word"), [
    ("وكان بلاتيني قد أعلن ترشحه للرئاسة.", "بلاتيني"),  # ب + a nisba adjective: a foreign name as often
    ("ولم يشارك المسلم والبيشي في التدريبات أمس.", "المسلم"),  # a family name alone
    ("وأكد الأب أن ولديه حمزة ومعاذ بخير.", "ومعاذ"),  # a list of people
    ("وقال كريم النصيري إن الفريق جاهز، وأضاف كريم أن المدرب راض.", "كريم"),  # the article's longer name
])
def test_one_word_names_stay(text: str, word: str) -> None:
    eng, raws, r = _mention(text, word, 1)
    if word == "كريم":  # the second كريم
        t0 = [k for k, t in enumerate(eng.toks) if t.text == word][1]
        r = _Raw(eng.toks[t0].start, eng.toks[t0].end, t0, t0 + 1, "PERSON", None, "prop")
    if word == "ومعاذ":
        k = r.t0 - 1
        raws = [*raws, _Raw(eng.toks[k].start, eng.toks[k].end, k, k + 1, "PERSON", None, "name")]  # type: ignore[attr-defined]
    assert not common_word(eng, raws, r)  # type: ignore[arg-type]


def test_an_office_and_a_place_is_no_name() -> None:
    from sahifa.nlp.entities_veto import _office

    eng, _raws, r = _mention("وأشار أمين جدة إلى افتتاح الكورنيش قريبا.", "أمين", 2)
    assert _office(eng, r)  # type: ignore[arg-type]
    eng, _raws, r = _mention("وقال أمير الكبيسي إن المنطقة آمنة.", "أمير", 2)
    assert not _office(eng, r)  # type: ignore[arg-type]


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize("text", [
    "وعبر الأهالي عن عرفان وامتنان كبيرين للمتطوعين.",  # "gratitude and thanks": و + a common word
    "والتقطت سيلفي الحلقة الأخيرة من المسلسل.",  # a given name nobody's dictionary knows + a feminine noun
    "وتصدرت مرسى دبي المناطق من حيث عدد المبايعات.",  # the marina, not Morsi (written with ي)
])
def test_more_common_words_are_no_person(text: str, tagger: bool) -> None:
    assert people(text, tagger) == []


def test_a_name_written_with_its_own_final_letter_stays() -> None:
    got = people("وقال الرئيس المصري السابق محمد مرسي إن المحكمة باطلة، وأضاف مرسي أنه لن يعترف بها.")
    assert "محمد مرسي" in got and "مرسي" in got
    assert "موسى" in " ".join(people("وقال موسى العمر إن الفريق جاهز."))  # a name listed with ى


def test_a_definite_feminine_noun_alone_is_no_name() -> None:
    eng, raws, r = _mention("ويقدم الفندق خدمات الضيافة للزوار.", "الضيافة", 1)
    assert common_word(eng, raws, r)  # type: ignore[arg-type]


def test_a_copy_of_a_split_mention_is_no_alias_of_its_first_part() -> None:
    # a model's span "هادي يعين نايف البكري" (a verb inside) is split by the veto into two people; the later
    # "نايف البكري", copied from that span, must not become an alias of "هادي" (one canonical name for both)
    from sahifa.nlp.entities_veto import checked

    text = "الرئيس هادي يعين نايف البكري محافظا لعدن. وكان نايف البكري وكيلا للمحافظة."
    eng, _raws = _rule_raws(text)
    toks = eng.toks
    t0 = next(k for k, t in enumerate(toks) if t.text == "هادي")
    c0 = [k for k, t in enumerate(toks) if t.text == "نايف"][1]
    whole = _Raw(toks[t0].start, toks[t0 + 3].end, t0, t0 + 4, "PERSON", None, "crf")
    copy = _Raw(toks[c0].start, toks[c0 + 1].end, c0, c0 + 2, "PERSON", None, "crf", 0)
    got = checked(eng, [whole, copy])  # type: ignore[arg-type]
    names = [(text[r.start:r.end], r.alias_of) for r in got]
    assert [n for n, _a in names] == ["هادي", "نايف البكري", "نايف البكري"], names
    assert names[2][1] == -1


@pytest.mark.parametrize("tagger", [True, False])
def test_a_verbs_feminine_past_starts_no_name(tagger: bool) -> None:
    assert people("وفي الأمسية قرأت الممثلة قرأت مقاطع من روايتين قديمتين.", tagger) == []  # "read passages"


@pytest.mark.parametrize("tagger", [True, False])
def test_a_festival_named_like_a_person_is_the_festival(tagger: bool) -> None:
    got = [(m.text, m.type) for m in extract_entities("مهرجان بسمة العيد ينطلق غدا في المحافظة.", tagger=tagger)]
    assert ("مهرجان بسمة العيد", "MISC") in got and not any(t == "PERSON" for _s, t in got)


@pytest.mark.parametrize("tagger", [True, False])
def test_an_adjective_after_a_title_is_no_name(tagger: bool) -> None:
    # الفريق is "the team" as well as "General": its predicate جاهز (ready) is no one
    assert "جاهز" not in people("وقال المدرب إن الفريق جاهز للمباراة.", tagger)
    assert "جاهز" not in people("وقال بريت لي إن الفريق جاهز.", tagger)


@pytest.mark.parametrize("tagger", [True, False])
def test_an_office_and_a_region_the_article_names_is_no_name(tagger: bool) -> None:
    text = "وصرح أمير منطقة عسير بأن الملتقى الأول من نوعه. وصرح أمير عسير أن الملتقى يعد الأول في المنطقة."
    assert people(text, tagger) == []
    assert "أمير الكبيسي" in people("وقال أمير الكبيسي إن الفريق جاهز.", tagger)


@pytest.mark.parametrize("tagger", [True, False])
def test_a_given_name_in_the_accusative_after_a_title_is_an_adjective(tagger: bool) -> None:
    assert people("وخرج الشاب سالما من المياه بعد دقائق.", tagger) == []  # safe


@pytest.mark.parametrize("tagger", [True, False])
def test_names_after_a_plural_profession_stay(tagger: bool) -> None:
    # خلود (immortality) and النمر (the tiger) are both words: the profession before them says they are names
    got = people("وشارك في الحلقة الكاتب أحمد العرفج مقدم برنامج المساء، والإعلاميتان خلود النمر ومنى النصر.", tagger)
    assert "خلود النمر" in got


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize("text", [
    "ورصد نادي الاتحاد عرضا مغريا لضم لاعب وسط المنتخب الغاني إلى صفوفه.",  # an accusative adjective, then ل
    "وتسعى الإدارة إلى شراء المدة المتبقية من عقد اللاعب ليتسنى لها ضمه خلال فترة التسجيل.",  # ل + a verb
])
def test_accusatives_and_purpose_verbs_are_no_person(text: str, tagger: bool) -> None:
    assert people(text, tagger) == []


def test_a_title_keeps_a_name_that_looks_like_an_accusative() -> None:
    eng, raws, r = _mention("وقال الرئيس سلفا كير إن المفاوضات مستمرة.", "سلفا", 2)
    from sahifa.nlp.entities_lexical import accusative_first

    assert not accusative_first(eng, raws, r)  # type: ignore[arg-type]


@pytest.mark.parametrize("tagger", [True, False])
@pytest.mark.parametrize("text", [
    "وتراجع اليورو أمام الجنيه الاسترليني إلى 70.67 بنس مع تأثر العملة الموحدة.",  # pence, not Mike Pence
    "وأكد رئيس النادي أن لديه قضية شائكة مع اللاعب طرقت أبواب المحكمة الرياضية الدولية.",  # "knocked"
])
def test_a_unit_after_a_number_and_a_verb_after_a_title_are_no_person(text: str, tagger: bool) -> None:
    assert people(text, tagger) == []


def test_a_name_after_a_number_and_a_conjunction_stays() -> None:
    got = people("وسجل للفريق محمد السهلاوي في الدقيقة 14 وفابيان في الدقيقة 72 من المباراة.")
    assert "محمد السهلاوي" in got


def test_a_given_name_before_a_family_name_is_no_construct() -> None:
    # a model may take only تركي of تركي العلي: العلي is a family name, not the noun of a construct
    eng, raws, r = _mention("وحضر اللقاء سفير المملكة لدى النيجر تركي العلي.", "تركي", 1)
    assert not common_word(eng, raws, r)  # type: ignore[arg-type]
