"""A named thing found once after its head-word is also found at its later bare mentions (entities_misccopies)."""

from sahifa.nlp.entities import extract_entities


def test_prize_named_once_is_found_bare_with_a_clitic() -> None:
    text = "فاز الممثل بجائزة أوسكار عن دوره في الفيلم. وقال إن الأوسكار حلم قديم، وإنه يحلم بأوسكار ثانية."
    got = {(m.text, m.type, m.start) for m in extract_entities(text, tagger=False)}
    assert ("أوسكار", "MISC", text.index("بأوسكار") + 1) in got


def test_common_word_of_a_name_is_not_copied() -> None:
    text = "افتتح معرض جنيف للسيارات أبوابه. وقال إن المصنع صمم صالة خاصة للسيارات الرياضية."
    assert not [m for m in extract_entities(text, tagger=False) if m.type == "MISC" and m.start > 30]
