"""The loader's fast paths give exactly what the plain versions gave (whitespace folding, bounded reads)."""

from __future__ import annotations

import html
import os
import unicodedata
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


# --- cleaning, binary check, references: fast paths against the plain versions ------------------------

INVISIBLE = ["\u200b", "\ufeff", "\u202a", "\u202e", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\x00"]
NFC_BITS = ["e\u0301", "\u0627\u0653", "\u2000", "\u2001", "\u212b", "\u0340"]  # compose, or change under NFC
messy = st.lists(st.one_of(st.sampled_from(SPACES + INVISIBLE + NFC_BITS), st.sampled_from(["ا", "ب", "x", ".", "«"]),
                           st.text(max_size=5)), max_size=80).map("".join)


@FUZZ
@given(st.one_of(messy, spacey, st.text(max_size=300)))
@example("a \u200b b")  # dropping the invisible character leaves a "  " run
@example("a\u2000b")  # NFC turns U+2000 into U+2002, which is folded
@example("x  y\r\n\r\n  z \u00a0")
@example("&quot;a&quot;\u200b &amp b")
@example("\ufefb\u200b \ufe8d\ufeea")
def test_clean_lines_equals_the_plain_steps(raw: str) -> None:
    if articles._CHAR_REF.search(raw):
        raw = html.unescape(raw)
    raw = "".join(unicodedata.normalize("NFKC", c) if "\ufe80" <= c <= "\ufefc" else c for c in raw)
    plain = [x for x in _fold_lines(unicodedata.normalize("NFC", raw.translate(articles._INVISIBLE))) if x]
    assert articles._clean_lines(raw) == plain


CONTROL_CHARS = [chr(c) for c in range(32)] + ["\x7f", "\x85"]


def plain_text_looks_binary(text: str) -> bool:
    """decode.py's check before the fast paths: 27 counts over the first 64k characters."""
    sample = text[:65536]
    if not sample:
        return False
    if sample.count("\x00") > len(sample) * 0.01:
        return True
    controls = sum(sample.count(chr(c)) for c in range(1, 32) if chr(c) not in "\t\n\r\f\x1b")
    return controls > len(sample) * 0.05


controlled = st.lists(st.one_of(st.sampled_from(CONTROL_CHARS), st.sampled_from(["ا", "x", " ", "\n"]),
                                st.text(max_size=4)), max_size=200).map("".join)


@FUZZ
@given(st.one_of(controlled, st.text(max_size=200)), st.binary(max_size=40), st.integers(0, 200))
@example("abc\x00", b"", 0)
@example("x" * 50 + "\x01" * 3, b"", 0)  # 3 controls of 53 characters: over 5 %
def test_binary_checks_equal_the_plain_check(text: str, junk: bytes, cut: int) -> None:
    from sahifa.core import decode

    assert decode._text_looks_binary(text) == plain_text_looks_binary(text)
    # bytes of UTF-8 with damage (junk bytes spliced in), decoded as decode_bytes does
    data = text.encode("utf-8", "surrogatepass")
    data = data[:cut] + junk + data[cut:]
    damaged = data.decode("utf-8", errors="replace")
    assert decode._utf8_looks_binary(data, damaged) == plain_text_looks_binary(damaged)


@FUZZ
@given(st.one_of(controlled.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=300)))
@example(b"\xef\xbb\xbfabc\x01\x01\x01")
@example("نص\x00".encode())
def test_decode_bytes_refuses_what_the_plain_check_refuses(data: bytes) -> None:
    from sahifa.core import decode

    try:
        plain = decode._decode(data)
    except (UnicodeError, LookupError, DecodeError):  # refused before the check
        with pytest.raises(DecodeError):
            decode.decode_bytes(data)
        return
    if plain_text_looks_binary(plain.text):
        with pytest.raises(DecodeError):
            decode.decode_bytes(data)
    else:
        assert decode.decode_bytes(data).text == plain.text.replace("\x00", "")


def test_load_article_takes_the_real_path_it_is_given(tmp_path: Path) -> None:
    folder = tmp_path / "real"
    folder.mkdir()
    (folder / "a.txt").write_text("العنوان\n\nنص المقال هنا.", encoding="utf-8")
    (folder / "a.en.txt").write_text("Title\n\nThe text here.", encoding="utf-8")
    (tmp_path / "link").symlink_to(folder)
    via_link = tmp_path / "link" / "a.txt"
    loaded = articles.load_article(via_link)
    assert loaded.path == str(folder / "a.txt") == os.path.realpath(via_link)
    assert loaded.reference_en == ("Title", "The text here.")  # the reference next to it, found cheaply
    given_path = articles.load_article(via_link, real_path=str(folder / "a.txt"))
    assert given_path == loaded
    (folder / "a.en.txt").unlink()
    assert articles.load_article(via_link).reference_en is None
