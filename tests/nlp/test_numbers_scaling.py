"""The number stage's date index: a new date is checked only against the spans it can overlap.

``_Scanner._is_blocked`` used to scan every earlier date/time span for each new one (dates² on a long
article: 0.4 → 3.2 MB of dated text took ×19 the time). It now bisects the spans sorted by start; these
tests check that the index answers exactly as the full scan did, including spans that only touch.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sahifa.nlp.numbers import _Scanner, extract_numbers


def _scan(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """The old full scan: does [start, end) overlap any recorded span?"""
    return any(start < b_end and b_start < end for b_start, b_end in spans)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 12)), max_size=40),
       st.lists(st.tuples(st.integers(0, 220), st.integers(1, 15)), min_size=1, max_size=20))
def test_index_answers_like_the_full_scan(candidates: list[tuple[int, int]],
                                          queries: list[tuple[int, int]]) -> None:
    scanner = _Scanner("x")
    kept: list[tuple[int, int]] = []
    for start, length in candidates:          # spans arrive in any order; overlapping ones are refused
        span = (start, start + length)
        assert scanner._is_blocked(*span) == _scan(kept, *span)
        if not _scan(kept, *span):
            scanner._block(*span)
            kept.append(span)
    for start, length in queries:
        assert scanner._is_blocked(start, start + length) == _scan(kept, start, start + length)


def test_touching_spans_do_not_block() -> None:
    scanner = _Scanner("x")
    scanner._block(10, 20)
    scanner._block(30, 40)
    assert not scanner._is_blocked(20, 30)
    assert scanner._is_blocked(19, 21) and scanner._is_blocked(29, 31) and scanner._is_blocked(0, 100)
    assert not scanner._is_blocked(0, 10) and not scanner._is_blocked(40, 50)


def test_many_dates_in_one_text_are_all_found() -> None:
    text = " ".join(f"وقع الحادث يوم {d} مارس 2019 وبعد {d} يوما" for d in range(1, 29)) * 20
    dates = [m for m in extract_numbers(text) if m.kind == "date"]
    assert len(dates) == 28 * 20
    assert dates[0].unit == "2019-03-01" and dates[-1].unit == "2019-03-28"
