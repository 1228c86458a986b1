"""Property tests for the cleaner, the sentence splitter and the decoder over arbitrary input.

Whatever the text (mixed scripts, RTL/LTR and bidi marks, combining marks, emoji, odd line breaks),
cleaning and segmentation never raise and their offsets always point at the text they claim; whatever
the bytes, decoding returns text or raises DecodeError, nothing else.
"""

from __future__ import annotations

import codecs
import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sahifa.core.articles import build_article, clean_text, split_sentences
from sahifa.core.decode import Decoded, DecodeError, decode_bytes

# 200 examples each keeps CI fast; SAHIFA_FUZZ_EXAMPLES=5000 for a deeper hunt. No example database:
# the tests must not leave a .hypothesis folder in the checkout.
FUZZ = settings(
    max_examples=int(os.environ.get("SAHIFA_FUZZ_EXAMPLES", "200")),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# Pieces real articles are made of, so that random draws reach the interesting branches
# (titles glued to themselves, chrome lines, dates, captions, quotes, decimals, signatures).
FRAGMENTS = [
    "قال", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", ".", "..", "…", "؟", "!", "?", "،", ":", '"', "«",
    "»", "“", "”", "„", "‹", "›", "(", ")", "[", "]", "'", "’", "3.5", "٣٫٥", "300", "٢٠١٩", "2019-02-20",
    "الأربعاء 20 فبراير 2019 / 13:44", "المصدر: رويترز", "Source: AFP", "(أرشيف)", "(صورة", "- أرشيفية",
    "Connect with us", "logo", "حجم الخط", "www.example.com", "موقع ما", "39", "اقرأ أيضا",
    "\u202e", "\u202d", "\u202c", "\u2066", "\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\ufeff",
    "\u200d", "\u00a0", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x00",
    "\u0651", "\u064e", "\u0301", "e\u0301", "ﻻ", "ﷺ", "😀", "🇸🇾", "👩‍👩‍👧", "𝔸", "עברית", "中文", "Ελληνικά",
    "عنوان الخبر المهم جدا", "عنوان الخبر المهم جداعنوان الخبر المهم جدا", "<script>alert(1)</script>",
]

# Any Unicode text without lone surrogates (str from files can never hold them after decoding).
unicode_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
articleish = st.lists(st.one_of(st.sampled_from(FRAGMENTS), unicode_text), max_size=60).map("".join)
any_text = st.one_of(unicode_text, articleish)


def check_article(raw: str) -> None:
    a = build_article("fuzz.txt", raw)
    text = a.text
    prev_end = 0
    for i, p in enumerate(a.paragraphs):
        assert p.index == i
        assert prev_end <= p.start <= p.end <= len(text)
        chunk = text[p.start:p.end]
        assert chunk and chunk.strip() == chunk
        if i:
            assert text[prev_end:p.start] == "\n\n"
        prev_end = p.end
    assert prev_end == len(text)
    if a.paragraphs:
        first = a.paragraphs[0]
        assert first.start == 0 and text[first.start:first.end] == a.title  # the title is paragraph 0
    else:
        assert text == ""
    prev_end = 0
    for i, s in enumerate(a.sentences):
        assert s.index == i
        assert prev_end <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text
        assert s.text and s.text.strip() == s.text
        para = a.paragraphs[s.paragraph]
        assert para.start <= s.start and s.end <= para.end
        prev_end = s.end
    # nothing invisible survives cleaning
    for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\ufeff\x00":
        assert ch not in text


@FUZZ
@given(any_text)
@example("")
@example("\u202e\u202c")
@example("عنوان\n" + "جملة. " * 400)
@example("x" * 230 + "\n\nنص.")
@example('"' * 3 + ". " + "«" * 5 + "نص. " * 50)
@example("a." * 300 + " x\nwww.example.com")
def test_build_article_offsets(raw: str) -> None:
    check_article(raw)


@FUZZ
@given(any_text)
def test_clean_text_shape(raw: str) -> None:
    title, body, source, published = clean_text(raw)
    assert isinstance(title, str) and title.strip() == title
    for line in body:
        assert line and line.strip() == line and "\n" not in line
    assert source is None or (source.strip() == source and source)
    assert published is None or published[:4].isdigit()


@FUZZ
@given(any_text, st.data())
def test_split_sentences_any_span(raw: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(raw)), label="start")
    end = data.draw(st.integers(start, len(raw)), label="end")
    prev = start
    for s, e in split_sentences(raw, start, end):
        assert prev <= s < e <= end
        prev = e


_BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, b"\x89PNG\r\n\x1a\n"]


@FUZZ
@given(st.sampled_from(_BOMS), st.binary(max_size=2000))
@example(b"", b"")
@example(codecs.BOM_UTF16_LE, b"\x00\xd8")  # a lone surrogate after a BOM
@example(codecs.BOM_UTF32_LE, b"\xff\xff\xff\xff")
@example(b"", b"\x00" * 64)
@example(b"", "خبر".encode()[:-1])
def test_decode_arbitrary_bytes(prefix: bytes, data: bytes) -> None:
    try:
        decoded = decode_bytes(prefix + data)
    except DecodeError as exc:
        assert str(exc) and "Error" not in str(exc)
        return
    assert isinstance(decoded, Decoded) and isinstance(decoded.text, str)
    decoded.text.encode("utf-8")  # no lone surrogates
    assert "\x00" not in decoded.text and decoded.encoding


@FUZZ
@given(
    any_text,
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]),
)
def test_decode_round_trips_unicode_encodings(raw: str, encoding: str) -> None:
    raw = raw.replace("\x00", "")
    data = raw.encode(encoding)
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return  # text that is mostly control characters is fairly called binary
    if encoding in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
        # with a BOM, or as strict UTF-8, the text comes back exactly (a leading BOM char aside)
        assert decoded.text.lstrip("\ufeff") == raw.lstrip("\ufeff")


@FUZZ
@given(any_text, st.sampled_from(["utf-8", "utf-16", "cp1256"]))
def test_decode_then_build(raw: str, encoding: str) -> None:
    data = raw.encode(encoding, errors="ignore")
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        return
    check_article(decoded.text)
