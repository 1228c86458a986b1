"""Number rules of session 9: "من X إلى Y" follows the gold README (a range is one mention; every
"من X إلى Y" of the real-news gold is one, also after a word of change). Sentences written for these tests."""

from __future__ import annotations

from sahifa.nlp.numbers import extract_numbers


def _found(sentence: str) -> list[tuple[str, object, object, str, object, object]]:
    return [(m.text, m.value, m.value_max, m.kind, m.unit, m.qualifier) for m in extract_numbers(sentence)]


def test_from_x_to_a_larger_y_is_one_range_after_a_verb_of_change() -> None:
    assert _found("وارتفع متوسط الطول في البلاد من 160 إلى 170 سنتيمترا خلال عشر سنوات.")[:1] == [
        ("160 إلى 170 سنتيمترا", 160, 170, "distance", "cm", "range")]


def test_a_time_of_day_after_the_second_figure_makes_a_time_range() -> None:
    assert _found("وتقام الورش يوميا من 4 إلى 10 مساء في القاعة الكبرى.") == [
        ("4 إلى 10 مساء", 4, 10, "other", "time", "range")]


def test_a_bare_scale_word_after_ila_does_not_scale_a_larger_first_figure() -> None:
    # "من 800 إلى مليون درهم": not 800 million; since session 12 800 thousand (the scale below), as the
    # blind batches' gold reads it
    assert _found("وتبلغ الكميات المتداولة من 800 إلى مليون درهم يوميا.") == [
        ("800 إلى مليون درهم", 800000, 1000000, "money", "AED", "range")]


def test_more_than_x_to_y_is_an_amount_and_a_level_not_a_range() -> None:
    # boundary of the rule above (passes on the old code too)
    found = _found("وهبط الذهب بأكثر من 40 دولارا إلى 1090 دولارا للأوقية.")
    assert [(f[1], f[2], f[5]) for f in found] == [(40, None, "more_than"), (1090, None, None)]


def test_a_fall_from_x_to_a_smaller_y_is_two_figures() -> None:
    # boundary of the rule above (passes on the old code too)
    assert [f[1] for f in _found("وتراجع عدد المخالفات من 300 إلى 250 مخالفة هذا العام.")] == [300, 250]
