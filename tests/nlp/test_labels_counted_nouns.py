"""English for the counted noun of a figure (issue #13, "Figures in English"): common countable nouns of
news text carry their English (counted_en) through resources/lexicon/numbers/counted_nouns.tsv. Sentences
written for this test; each case had no English before session 9's rows (checked against the file of
66512e0)."""

from __future__ import annotations

import pytest

from sahifa.nlp.numbers import extract_numbers

CASES = [
    ("استمعت المحكمة إلى 15 شاهدا في القضية.", "15", "witnesses"),  # singular with tanween (was "-")
    ("فتحت الشرطة 4 تحقيقات في الحادث.", "4", "investigations"),
    ("شارك في الحفل 300 ضيف من الخارج.", "300", "guests"),
    # a count noun's dual is emitted only as a range's first end since session 13 (optional in the gold)
    ("أضيفي ملعقتين إلى 3 ملاعق من السكر.", "ملعقتين إلى 3", "spoons"),
    ("ودمر الجيش 3 قنابل لم تنفجر.", "3", "bombs"),
    ("عقد الزعماء 3 قمم خلال العام.", "3", "summits"),
    ("نشرت الصحيفة 5 مقالات عن 7 شخصيات بارزة.", "7", "personalities"),
    ("هاجمت 3 ميليشيات المدينة.", "3", "militias"),
    ("أجرى الفريق 12 تجربة ناجحة.", "12", "experiments"),
    ("نقلت الوكالة عن 3 مصادر مطلعة.", "3", "sources"),
]


@pytest.mark.parametrize(("sentence", "figure", "english"), CASES)
def test_counted_noun_has_english(sentence: str, figure: str, english: str) -> None:
    found = [n for n in extract_numbers(sentence) if n.text == figure]
    assert found, f"no figure {figure!r} in {sentence!r}"
    assert found[0].counted_en == english


def test_verb_homographs_stay_without_a_singular_row() -> None:
    """A singular that is also a verb (أمر 'ordered', رأس 'headed') has no singular row: only its plural
    and dual count (أمرين → matters), so the verb after a number is not read as a counted noun."""
    found = extract_numbers("ناقش المجلس أمرين إلى 3 أمور مهمة.")   # a dual counts only opening a range
    assert [(n.value, n.counted_en) for n in found] == [(2, "matters")]
