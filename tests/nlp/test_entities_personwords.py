"""Words that are no one's name whatever stands around them (sahifa.nlp.entities_personwords): a future or a
verb-only word in the subject's place, a common word a title detector took for a name, a noun with "his", and
أبي "my father". Sentences written for these tests; the error classes come from the People lists of 200 random
unannotated SaudiNewsNet articles (session 11)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import extract_entities
from sahifa.nlp.entities_personwords import no_name_word, verb_tail
from sahifa.nlp.entities_words import _Raw
from tests.helpers.people import mention as _mention
from tests.helpers.people import people


@pytest.mark.parametrize(("text", "word"), [
    ("وأوضح المتحدث أن مكتب رئيس مجلس النواب سيحدد جلسة عامة في وقت لاحق للتصويت على القانون.", "سيحدد"),
    ("ونقلت الوكالة عن قائد الحرس الثوري الإيراني قوله إن القرار لا يعني شيئا.", "قوله"),
    ("وفي نهاية المشهد يضحك المخرج معلقا على ذلك ويقول إن العمل انتهى.", "معلقا"),
    ("وقال الشيخ إن المواطنة موجودة في الإسلام نصا وممارسة منذ قرون.", "موجودة"),
    ("وبذل رئيس الوزراء اليوناني قصارى جهده لإقناع الناخبين بالخطة.", "قصارى"),
    ("وقال محامي المتهم إن القاضي تحيز لمصلحة الادعاء في الجلسة.", "تحيز"),
    ("وقرأ أبي إعلانا في الصحف يطلب صغارا للتمثيل، فوافق أبي على الفور.", "أبي"),
])
def test_words_of_the_sentence_are_no_person(text: str, word: str) -> None:
    assert all(word not in p.split() for p in people(text))


@pytest.mark.parametrize(("text", "first", "n", "how", "no_name"), [
    ("وأي لاعب يطلبه الفريق سنقدم له عرضا مفتوحا.", "سنقدم", 1, "title", True),  # "we will offer"
    ("مهرجان أبها دشن أمير المنطقة المعارض.", "دشن", 1, "crf", True),  # "inaugurated": a verb-only word
    ("قال المدرب لويس فان جال إن الفريق جاهز.", "لويس", 3, "crf", False),  # (three words: not judged here)
    ("قال المدرب الأمريكي سيمون إن الفريق جاهز.", "سيمون", 1, "title", False),  # a name, not the future س
    ("وقال الرئيس أوباما إن الاتفاق جيد.", "أوباما", 1, "title", False),
])
def test_one_word_checks(text: str, first: str, n: int, how: str, no_name: bool) -> None:
    eng, raws, r = _mention(text, first, n, how)
    assert no_name_word(eng, raws, r) is no_name  # type: ignore[arg-type]


def test_a_verb_only_word_ends_a_name_but_not_after_a_family_particle() -> None:
    eng, raws, r = _mention("وفور وصول الأمير فيصل بن خالد دشن المعارض المحلية.", "فيصل", 4)
    assert verb_tail(eng, r)  # type: ignore[arg-type]
    eng, raws, r = _mention("قال المدرب لويس فان جال إن الفريق جاهز.", "لويس", 3)
    assert not verb_tail(eng, r)  # type: ignore[arg-type]  # جال ("roamed") after فان is a name's
    eng, raws, r = _mention("وقال جال إن الفريق جاهز بعد أن قال لويس فان جال ذلك.", "جال", 1)
    k = next(j for j, t in enumerate(eng.toks) if t.text == "لويس")  # type: ignore[attr-defined]
    raws = [*raws, _Raw(0, 0, k, k + 3, "PERSON", None, "crf")]  # the article's لويس فان جال
    assert not no_name_word(eng, raws, r)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "وقال الرئيس الأمريكي باراك أوباما إن الاتفاق تاريخي، وأضاف أوباما أن بلاده ستراقب تنفيذه.",
    "وصرح المتحدث باسم الوزارة سعيد الغامدي بأن العمل مستمر.",
    "استقبل رئيس الوزراء الياباني شينزو آبي أمس وفدا صينيا، وقال آبي إن العلاقات جيدة.",
    "وتحدث الشاعر عن سيرة أبي بكر الصديق في الأمسية.",
])
def test_names_stay(text: str) -> None:
    found = people(text)
    assert found, text


@pytest.mark.parametrize(("text", "name"), [
    ("وتابع المتحدث حديثه عن الخطة. وأكد سعيد أن المؤسسات العسكرية ما زالت نافذة.", "سعيد"),
    ("وأشار حسين إلى أن الوضع صعب في المدينة.", "حسين"),
    ("وقالت هيفاء بأن المسلسل سيعرض في رمضان.", "هيفاء"),
])
def test_a_given_name_between_a_speech_verb_and_its_complementizer_is_a_person(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "وأكد على أن الاتفاق يخدم الطرفين.",  # على "that", not Ali
    "وشدد علي أن الاتفاق يخدم الطرفين.",  # (على written with ي after a verb that takes it)
    "وقال لي إن الاتفاق يخدم الطرفين.",  # "told me", not Lee
    "وقال مصدر إن الاتفاق يخدم الطرفين.",  # no given name
])
def test_prepositions_after_a_speech_verb_are_no_speaker(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(("text", "span", "typ"), [
    ("وأقيمت المباراة على ملعب مدينة الملك خالد الرياضية بتبوك أمس.", "مدينة الملك خالد الرياضية", "LOC"),
    ("وقال مدير مدينة الملك سعود الطبية إن العمل مستمر.", "مدينة الملك سعود الطبية", "ORG"),
    ("واستقبل رئيس مدينة الملك عبدالله للطاقة الذرية والمتجددة الدكتور هاشم يماني.",
     "مدينة الملك عبدالله للطاقة الذرية والمتجددة", "ORG"),
    ("وهو عضو مجلس إدارة دارة الملك عبدالعزيز منذ سنوات.", "دارة الملك عبدالعزيز", "ORG"),
])
def test_a_city_or_foundation_named_after_a_king_is_no_person(text: str, span: str, typ: str) -> None:
    rules = [(m.text, m.type) for m in extract_entities(text, tagger=False)]
    assert (span, typ) in rules  # the rules take the whole name
    found = [(m.text, m.type) for m in extract_entities(text)]
    assert not any(t == "PERSON" for _s, t in found if _s in span)
    # with the tagger the name stays one mention of that type from its head-word (the CRF of session 14 ends
    # مدينة الملك عبدالله للطاقة الذرية before its و-joined adjective; the rules' span is checked above)
    assert any(t == typ and s.startswith(" ".join(span.split()[:3])) and s in span for s, t in found)


@pytest.mark.parametrize(("text", "name"), [
    ("والتقى الرئيس ماكي سال رئيس جمهورية السنغال أمس.", "ماكي سال"),  # سال "flowed": a name's second word
    ("ووقع النادي مع المهاجم الغاني جون أنطوي أمس.", "جون أنطوي"),  # (the verb انطوى ends in ى)
    ("وقال العقيد ميلود الزوي إن القوات صدت الهجوم.", "ميلود الزوي"),  # (ال + a verb's letters: a family name)
    ("وروى ابن أبي أصيبعة في كتابه عن أبي هريرة حديثا.", "أبي هريرة"),  # the kunya before a name
])
def test_names_with_verb_like_words_stay_whole(text: str, name: str) -> None:
    assert name in people(text)


def test_amina_before_a_city_is_its_mayor_and_ban_without_hamza_is_a_name() -> None:
    # a name ends before بأن "that", not before بان written without hamza (Ban): the tail check on the mention
    # a tagger proposes (the rule detectors never take the second word; session 13's CRF proposed أحمد بان
    # here, session 14's retrained CRF does not, so the check is tested on the mention itself)
    eng, _raws, r = _mention("ويعتقد الباحث أحمد بان أنه لا مستقبل للتنظيم.", "أحمد", 2)
    assert not verb_tail(eng, r)  # type: ignore[arg-type]
    eng, _raws, r = _mention("وقالت هيفاء بأن العمل مستمر.", "هيفاء", 2)
    assert verb_tail(eng, r)  # type: ignore[arg-type]
    assert "أحمد" in people("ويعتقد الباحث أحمد بان أنه لا مستقبل للتنظيم.")
    assert people("ووجهت أمينة بغداد الوكالة بفتح الشوارع أمام المواطنين.") == []
    assert people("وقالت أمينة السعيد إن العمل مستمر.") == ["أمينة السعيد"]
