"""The loader's fast paths give exactly what the plain versions gave (whitespace folding, bounded reads)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sahifa.core import articles
from sahifa.core.articles import (
    _CAPTION,
    _CAPTION_TAIL,
    _SPACES,
    CHROME_LINES,
    _fold_lines,
    _is_caption,
    _is_chrome,
    _repeated_unit,
    read_article_bytes,
)
from sahifa.core.decode import DecodeError

FUZZ = settings(max_examples=int(os.environ.get("SAHIFA_FUZZ_EXAMPLES", "300")), deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow])

SPACES = [" ", "  ", "\t", "\u00a0", "\u2000", "\u2005", "\u200a", "\u202f", "\u205f", "\u3000", "\u2028",
          "\x85", "\x0b", "\x0c", "\n", "\r", "\r\n", "\n\n"]
spacey = st.lists(st.one_of(st.sampled_from(SPACES), st.sampled_from(["ا", "ب", "x", ".", "«"]),
                            st.text(max_size=5)), max_size=80).map("".join)


def plain_fold_lines(text: str) -> list[str]:
    """What clean_text did before: split into lines, then fold each line's spaces."""
    return [_SPACES.sub(" ", x).strip() for x in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


@FUZZ
@given(st.one_of(spacey, st.text(max_size=300)))
@example(" a  b\t\tc \u00a0d\u3000 e \n  f\r\ng\rh ")
@example("\u00a0")
def test_fold_lines_equals_per_line_folding(text: str) -> None:
    assert _fold_lines(text) == plain_fold_lines(text)


LINE_BITS = ["(أرشيف)", "(أ ف ب)", "(صورة لرويترز)", "- أرشيفية", "– صورة أرشيفية", ")", " ", "\u00a0", "\u2028",
             "Connect with us", "CONNECT WITH US", "ß", "İ", "logo", "حجم الخط", "عنوان الخبر", "ab", "-", "…"]
liney = st.lists(st.one_of(st.sampled_from(LINE_BITS), st.text(max_size=6)), max_size=30).map("".join)


def plain_repeated_unit(line: str) -> str | None:
    n = len(line)
    for k in (2, 3, 4, 5):
        if n % k == 0:
            unit = line[: n // k]
            if len(unit) >= 8 and unit * k == line:
                return unit.strip()
    return None


@FUZZ
@given(liney, st.integers(1, 5))
@example("صورة (أرشيف)  ", 1)
@example("CONNECT WITH US", 1)
@example("عنوان الخبر المهم", 2)
def test_line_predicates_equal_their_plain_versions(line: str, times: int) -> None:
    assert _is_caption(line) == (_CAPTION.search(line[-_CAPTION_TAIL:]) is not None)
    assert _is_chrome(line) == (line.casefold() in CHROME_LINES or all(not ch.isalnum() for ch in line))
    assert _repeated_unit(line * times) == plain_repeated_unit(line * times)


def test_every_chrome_line_is_chrome() -> None:
    assert all(_is_chrome(line) and _is_chrome(line.upper()) for line in CHROME_LINES)


def test_read_bounded_by_the_size_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.txt"
    data = "نص المقال\n".encode() * 500
    f.write_bytes(data)
    assert read_article_bytes(f) == data

    real_fstat = os.fstat

    class Shrunk:  # the size fstat saw, before the file grew
        def __init__(self, st: os.stat_result) -> None:
            self._st = st

        def __getattr__(self, name: str) -> Any:
            return len(data) // 3 if name == "st_size" else getattr(self._st, name)

    monkeypatch.setattr(articles.os, "fstat", lambda fd: Shrunk(real_fstat(fd)))
    assert read_article_bytes(f) == data  # the rest is read too
    monkeypatch.setattr(articles, "MAX_ARTICLE_BYTES", len(data) // 2)
    with pytest.raises(DecodeError, match="too large"):
        read_article_bytes(f)  # grew past the limit: refused, as before
