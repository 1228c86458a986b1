"""A clitic and a common word at a person's edge (session 17, :mod:`sahifa.nlp.entities_cliticnouns`): ب/ل + a
noun or س + a verb opens no name; ب + a frequent three-letter noun, ف + the article + a word, or an indefinite plural
of a common noun after a full name ends none."""

from __future__ import annotations

from sahifa.nlp.entities import extract_entities
from sahifa.nlp.entities_cliticnouns import clitic_noun_tail, lead_no_name
from sahifa.nlp.entities_engine import _Engine


def _people(text: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.type == "PERSON"]


def _at(text: str, word: str) -> tuple[_Engine, int]:
    eng = _Engine(text)
    return eng, next(k for k, t in enumerate(eng.toks) if t.text == word)


def test_a_preposition_and_a_noun_or_a_future_verb_opens_no_name() -> None:
    assert _people("وقالت إن المعايير لا تختلف باختلاف جنس الإعلامي في الميدان.") == []
    assert _people("وذكرت مصادر أن الاتحاد الأسيوي سيدعم بلاتيني إذا قرر الترشح.") == ["بلاتيني"]
    eng, k = _at("قدمت الهدايا للفريق بشاطئ العقير أمس.", "بشاطئ")
    assert lead_no_name(eng, k) == "prep"
    # ب + an adjective (بلاتيني: Platini, not ب + "Latin"), a Maghrebi family name: no clitic
    # (س + a verb-shaped word that is no verb: سيندي، سيلسو are Cindy and Celso)
    for text, word in (("قال بلاتيني أمس", "بلاتيني"), ("قال بوعلام صنصال أمس", "بوعلام"),
                       ("وقال سيندي مارسيليو أمس", "سيندي"), ("وقال سيلسو كارفالهو أمس", "سيلسو")):
        eng, k = _at(text, word)
        assert lead_no_name(eng, k) == ""


def test_a_preposition_and_a_frequent_short_noun_or_a_definite_word_after_fa_ends_a_name() -> None:
    # (the test asked for ["سعد"] here; session 17's retrained CRF reads دار سعد as the place it is, so the tail
    # test is checked on the span itself, and no mention may end in بقصف)
    eng, k = _at("ارتكبت الميليشيات مجزرة في دار سعد بقصف عشوائي.", "بقصف")
    assert clitic_noun_tail(eng, k - 1, k + 1)
    assert not any(p.endswith("بقصف") for p in _people("ارتكبت الميليشيات مجزرة في دار سعد بقصف عشوائي."))
    assert _people("وقال إنه أجد العذر لسامي فالمساعدين الكبار لن يوافقوا.") == ["سامي"]
    eng, k = _at("ترك كلام الأمير عبد الله بن مساعد تساؤلات كثيرة", "تساؤلات")
    assert clitic_noun_tail(eng, k - 4, k + 1)
    # family names: ب + a rarer three-letter word (بدوي), a plural-shaped name word (بركات)
    eng, k = _at("قال عبد الرحمن بدوي أمس", "بدوي")
    assert not clitic_noun_tail(eng, k - 2, k + 1)
    eng, k = _at("قال محمد بن علي بركات أمس", "بركات")
    assert not clitic_noun_tail(eng, k - 3, k + 1)
