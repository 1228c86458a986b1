"""sahifa.core.safe_text.visible: file names shown without their control, bidi or zero-width tricks."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sahifa.core.safe_text import visible


@pytest.mark.parametrize(("raw", "shown"), [
    ("تقرير\u202etxt.exe", "تقرير\\u202etxt.exe"),            # right-to-left override
    ("a\u2066b\u2069c\u200fd\u200ee\u061cf", "a\\u2066b\\u2069c\\u200fd\\u200ee\\u061cf"),  # isolates, marks
    ("zero\u200bwidth\u200d\ufeff", "zero\\u200bwidth\\u200d\\ufeff"),
    ("bell\x07esc\x1b[31mred\x7f\x85", "bell\\u0007esc\\u001b[31mred\\u007f\\u0085"),
    ("line\nbreak\ttab\rcr", "line\\u000abreak\\u0009tab\\u000dcr"),
    ("sep\u2028para\u2029", "sep\\u2028para\\u2029"),
    ("tag\U000e0041", "tag\\U000e0041"),
    ("bad-\udcff-byte", "bad-\\udcff-byte"),                     # an undecodable byte (surrogateescape)
])
def test_tricky_characters_are_escaped(raw: str, shown: str) -> None:
    assert visible(raw) == shown
    shown.encode("utf-8")  # always printable as UTF-8


@pytest.mark.parametrize("plain", [
    "/home/user/الأخبار/تقرير الجزيرة ٢٠٢٥.txt",
    "C:\\Users\\me\\news\\a b.txt",
    "ترامب يلتقي الشرع — «الرياض»، ٢٠٢٥",
    "قُتِلَ 12 مدنيًا",  # harakat (Mn) are letters' marks, not format characters
    "non\u00a0breaking",
])
def test_ordinary_text_is_unchanged(plain: str) -> None:
    assert visible(plain) == plain


@given(st.text())
def test_nothing_invisible_survives(s: str) -> None:
    out = visible(s)
    for ch in out:
        assert unicodedata.category(ch) not in ("Cc", "Cf", "Cs") and ch not in "\u2028\u2029"
    if all(unicodedata.category(ch) not in ("Cc", "Cf", "Cs") and ch not in "\u2028\u2029" for ch in s):
        assert out == s
