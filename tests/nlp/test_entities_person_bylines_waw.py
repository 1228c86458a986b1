"""Session 13, round 2 person checks, from the eighth blind batch and batches 4-8: a reporter's byline whose
second name is also a dictionary word (خالد علي – سبق – جدة). Sentences written for these tests (invented names
or names from train examples)."""

from __future__ import annotations

import pytest

from tests.helpers.people import people


@pytest.mark.parametrize(("text", "name"), [
    ("عنوان الخبر\nخالد علي– سبق– جدة: أعلنت الوزارة اليوم عن خطة جديدة للطرق.", "خالد علي"),
    ("عنوان الخبر\nأحمد علي- سبق- القاهرة: أعلنت الشركة عن هاتف جديد.", "أحمد علي"),
])
def test_a_byline_keeps_a_second_given_name_that_is_a_word(text: str, name: str) -> None:
    assert people(text)[0] == name


@pytest.mark.parametrize(("text", "name"), [
    ("واستقبل رئيس هيئة الأركان العامة الفريق أول ركن سامي بن صالح الحربي الوفد الزائر.", "سامي بن صالح الحربي"),
    ("وكان في استقباله اللواء طيار ركن ماجد الغامدي، وعدد من الضباط.", "ماجد الغامدي"),
    ("وأوضح العقيد مظلي عايض بن عبيد الزهراني، أن المراكز جاهزة.", "عايض بن عبيد الزهراني"),
])
def test_a_rank_qualifier_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in people(text, tagger=False)
    assert name in people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("وخلال ذلك التقت مع المخرج عز الدين ذو الفقار في القاهرة.", "عز الدين ذو الفقار"),
    ("حتى أصبح في نفس موقف صلاح ذو الفقار بالفيلم.", "صلاح ذو الفقار"),
    ("وقال المخرج نور الدين الزهراني إن العمل جاهز.", "نور الدين الزهراني"),
])
def test_a_compound_given_name_and_dhu_family_name_stay_whole(text: str, name: str) -> None:
    assert people(text, tagger=False) == [name]


def test_a_compound_given_name_alone_is_the_full_name_s_copy() -> None:
    text = ("وخلال ذلك التقت مع المخرج نور الدين ذو الفقار في القاهرة. وكان نور الدين يستعد لإخراج فيلم جديد. "
            "واستمع إليّ نور الدين طويلا.")
    assert people(text, tagger=False) == ["نور الدين ذو الفقار", "نور الدين", "نور الدين"]


def test_a_nationality_family_name_alone_after_a_title_or_speech_verb_is_the_person() -> None:
    text = ("وأوضح الأمين العام للرابطة الدكتور عبدالله بن عبدالمحسن التركي، أن المؤتمر يدرس خمسة محاور. "
            "وأوضح التركي، أن المؤتمر أحد المناشط. وكشف الدكتور التركي أن الرابطة تدعم كل مسعى. "
            "وقال الرئيس التركي إن بلاده تدعم المؤتمر.")
    assert people(text) == ["عبدالله بن عبدالمحسن التركي", "التركي", "التركي"]


def test_a_nationality_adjective_without_the_full_name_stays_an_adjective() -> None:
    text = "وقال الرئيس التركي إن بلاده تدعم المؤتمر. وأوضح التركي، أن الوفد وصل."
    assert "التركي" not in people(text)


@pytest.mark.parametrize(("text", "name"), [
    ("ومثل أمام اللجنة وزير الخارجية ووزير الطاقة إرنست مونيز بشهاداتهم حول الاتفاق.", "إرنست مونيز"),
    ("وقبل شهرين، أعلنت ويندي شيرمان، وكيلة وزير الخارجية، أنها ستغادر.", "ويندي شيرمان"),
    ("وبدأت سيرينا ويليامز الأسبوع الـ250 لها في الصدارة.", "سيرينا ويليامز"),
])
def test_a_foreign_given_name_and_an_unknown_family_name_are_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "وكثيرة هي تطبيقات أجهزة آيفون وآيباد التي تعمل بها.",
    "ويمكنك ضبط المواقع التي تستخدمها في هاتف آيفون خاصتك.",
])
def test_no_foreign_pair_of_a_product_or_a_possessed_word(text: str) -> None:
    assert people(text) == []


def test_the_foreign_given_names_are_no_dictionary_words() -> None:
    from sahifa.nlp.entities_foreign import foreign_given_names
    from sahifa.nlp.gazetteer import gazetteer
    names = foreign_given_names()
    assert {"ارنست", "ويندي", "سيرينا"} <= names
    g = gazetteer()
    assert not names & (set(g.given_names) | g.common | g.lexicon)


@pytest.mark.parametrize(("text", "name"), [
    ("ويلعب دور البطولة في المسلسل الممثل بيل ورثمور إلى جانب آخرين.", "بيل ورثمور"),
    ("ويشارك في البطولة كل من جاك وندلتون وآنا سميث.", "جاك وندلتون"),
])
def test_a_foreign_family_name_that_starts_with_waw_stays_with_its_given_name(text: str, name: str) -> None:
    # the models read و as "and" (بيل + رثمور): a given name and an unknown word without the و are one name
    assert name in people(text)


def test_a_given_name_after_waw_is_a_second_person() -> None:
    assert "بيل وجاك" not in people("ويشارك في البطولة كل من الممثل بيل وجاك في الفيلم.")


def _two_people(text: str, first: str, second: str) -> list[str]:
    """waw_surnames on the mentions ``first`` and ``second`` (given without its و) the models would propose."""
    from sahifa.nlp.entities_engine import _rule_raws
    from sahifa.nlp.entities_foreign import waw_surnames
    from sahifa.nlp.entities_words import _Raw
    eng, _ = _rule_raws(text)
    raws = []
    for word in (first, second):
        start = text.index(word)
        t0 = next(k for k in range(eng.n) if eng.toks[k].start <= start < eng.toks[k].end)
        raws.append(_Raw(start, start + len(word), t0, t0 + 1, "PERSON", None, "crf"))
    return [text[r.start:r.end] for r in waw_surnames(eng, raws)]


@pytest.mark.parametrize(("text", "second"), [
    ("وكان ماريو وكمبو أكثر حركة في الملعب.", "كمبو"),
    ("وكان ماريو وكاسبيرا عموري أكثر حركة في الملعب.", "كاسبيرا"),
])
def test_a_short_word_or_one_before_a_family_name_after_waw_is_the_next_person(text: str, second: str) -> None:
    # كمبو: four letters; كاسبيرا عموري: the word after و opens a name of its own
    assert _two_people(text, "ماريو", second) == ["ماريو", second]


def test_the_waw_surname_join_on_the_models_split() -> None:
    assert _two_people("وكان ماريو وكاسبيرا أكثر حركة في الملعب.", "ماريو", "كاسبيرا") == ["ماريو وكاسبيرا"]
