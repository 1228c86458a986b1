"""Number classes found on SaudiNewsNet articles outside every gold set (the session-7 transfer sample):
numerals that are part of a quoted name, a rate "per second", a digit that completes a Latin code.
The sentences are written for these tests; no corpus text is copied."""

from __future__ import annotations

from sahifa.nlp.numbers import extract_numbers


def _texts(sentence: str) -> list[str]:
    return [m.text for m in extract_numbers(sentence)]


def test_number_words_inside_a_quoted_name_are_no_number() -> None:
    assert _texts("ونقلت صحيفة «الأسبوع الثالث» عن مصادر أن الجلسة تأجلت.") == []
    assert _texts("وحلت الفنانة ضيفة على إذاعة “ألف ألف” مساء أمس.") == []


def test_a_quoted_quantity_with_its_unit_stays() -> None:
    assert _texts("وطالب المحتجون بـ«ثلاثة أيام» إجازة إضافية.") == ["ثلاثة أيام"]
    assert _texts("وكتب «خمسون ألف زائر في يوم واحد» على لافتة المهرجان.")[:1] == ["خمسون ألف"]


def test_per_second_is_a_rate_not_an_ordinal() -> None:
    texts = _texts("وتصل سرعة النقل إلى 54 ميغابت في الثانية عبر الشبكة الجديدة.")
    assert texts == ["54"]
    # an ordinal after في with no figure before it stays ("في الثانية عشرة ظهرا" is a time)
    assert "الثانية" in _texts("وحلت الطالبة الأولى وزميلتها في الثانية.")


def test_a_digit_after_a_latin_code_and_slash_is_no_number() -> None:
    assert _texts("وزود الجهاز بمنفذ ps/2 وآخر للسماعة.") == []
    assert _texts("ويعمل بنظام Android/5 الجديد.") == []


def test_a_number_between_two_quotations_is_not_inside_one() -> None:
    assert _texts('وقال "الأمر انتهى" ثم وصل ثلاثة "أشخاص آخرين" إلى المكان.') == ["ثلاثة"]
