"""Property tests of the numbers extractor: never raises; spans are valid, sorted, non-overlapping."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahifa.core.model import NUMBER_KINDS
from sahifa.nlp.numbers import extract_numbers

# Arabic letters, harakat, tatweel, digits of three scripts, separators and the words the rules key on.
ARABIC_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىؤئ" "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹" ".,،؛:٫٬%٪/-–()«»\"“” \n$"
)
KEYWORDS = [
    "ألف", "آلاف", "ألفًا", "مليون", "ملايين", "مليار", "ثلاثة", "عشر", "عشرة", "ست", "واحد", "اثنين",
    "بين", "و", "إلى", "أو", "نحو", "أكثر من", "ما يصل إلى", "على الأقل", "دولار", "كيلومتر", "مربع",
    "أيام", "يومين", "الأشهر", "الستة", "مئات", "عشرات", "الآلاف", "عدة", "من", "مقاتلي", "داعش",
    "شخص", "بالمئة", "في المئة", "عام", "هـ", "م", "ديسمبر", "كانون الأول", "/", "(", ")", "الأول",
    "الحادي", "والعشرين", "الساعة", "13:44", "2019", "20", "7و", "بـ", "موقع", "24", "-", "%",
]

arabic_text = st.text(alphabet=ARABIC_ALPHABET, max_size=300)
keyword_soup = st.lists(
    st.one_of(st.sampled_from(KEYWORDS), st.integers(0, 3_000_000).map(str),
              st.text(alphabet=ARABIC_ALPHABET, max_size=6)),
    max_size=40,
).flatmap(lambda parts: st.sampled_from([" ", "", "  ", "\n"]).map(lambda sep: sep.join(parts)))
any_text = st.text(max_size=300)


def _check_invariants(text: str) -> None:
    mentions = extract_numbers(text)
    last_end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert m.start >= last_end, "sorted and non-overlapping"
        last_end = m.end
        assert m.kind in NUMBER_KINDS
        assert m.value is None or isinstance(m.value, (int, float))
        if m.vague:
            assert m.value is None
    assert extract_numbers(text) == mentions, "pure: same input, same output"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(arabic_text)
def test_arabic_alphabet_text(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(keyword_soup)
def test_keyword_soup(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_arbitrary_unicode(text: str) -> None:
    _check_invariants(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["", "و", "ب", "بـ", "ل"]))
def test_digit_values_round_trip(number: int, clitic: str) -> None:
    text = f"قال إن {clitic}{number} شخص"
    mentions = extract_numbers(text)
    assert len(mentions) == 1
    assert mentions[0].text == str(number)
    assert mentions[0].value == number
