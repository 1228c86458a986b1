"""Turn the bytes of an article file into text, or a clear reason why not.

Order of trust: byte-order marks, strict UTF-8, BOM-less UTF-16 (recognised by its NUL pattern),
UTF-8 with a few damaged sequences (a truncated copy, a bad editor), then charset-normalizer's best
guess (Windows-1256 for Arabic from old Windows tools). A legacy guess that reads as mojibake (Latin-1
letters such as ç è é ê among Arabic ones, or many presentation forms: Mac Arabic read as
Windows-1256 looks like that) is checked against the other Arabic code pages, and the one whose text
has the most Arabic letters wins. Binary files are refused with a human sentence;
:func:`decode_bytes` raises nothing but :class:`DecodeError`, whatever the bytes.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

MAX_ARTICLE_BYTES = 8 * 1024 * 1024

_BINARY = "this is a binary file, not a text article"


class DecodeError(ValueError):
    """The bytes are not a readable text article. ``str(err)`` is a sentence for the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 65536
_REPLACEMENT = "\ufffd"


def _few_replacements(text: str) -> bool:
    """True when U+FFFD (a byte that could not be decoded) is rare: damaged text, not the wrong codec."""
    bad = text.count(_REPLACEMENT)
    return bad <= max(2, len(text) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by where its NUL bytes fall (ASCII and Arabic both show it)."""
    if len(data) % 2:
        data = data[:-1]  # a truncated copy: the last code unit is half there
    if len(data) < 4:
        return None
    even = data[0:2 * 20000:2]
    odd = data[1:2 * 20000:2]

    # Arabic is U+06xx: its high byte is 0x06; ASCII's high byte is 0x00.
    def high_share(part: bytes) -> float:
        return (part.count(0x00) + part.count(0x06)) / len(part)

    for enc, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # the low bytes must not be NUL too, or this is a run of zeros (a sparse or binary file)
        if high_share(high) > 0.9 and low.count(0x00) < len(low) * 0.1:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                text = data.decode(enc, errors="replace")  # a lone surrogate or two: damaged text
                if _few_replacements(text):
                    return text
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    if not sample:
        return False
    if sample.count(b"\x00") > len(sample) * 0.01:
        return True
    controls = sum(sample.count(b) for b in range(32) if b not in (0, 9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


# the control characters _text_looks_binary counts (all but tab, line breaks, form feed and escape)
_CONTROLS = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r\f\x1b")
_CONTROL_OR_NUL = re.compile("[\x00" + re.escape(_CONTROLS) + "]")
_CONTROL_BYTES = _CONTROLS.encode("ascii")


def _text_looks_binary(text: str) -> bool:
    """Many NUL characters (over 1 % of the first 64k) or other controls (over 5 %)."""
    sample = text[:_SAMPLE]
    if not sample:
        return False
    if _CONTROL_OR_NUL.search(sample) is None:  # one scan; nearly every article has neither
        return False
    if sample.count("\x00") > len(sample) * 0.01:
        return True
    controls = sum(sample.count(c) for c in _CONTROLS)
    return controls > len(sample) * 0.05


def _utf8_looks_binary(data: bytes, text: str) -> bool:
    """_text_looks_binary(text) for ``text = data.decode("utf-8", errors=…)`` of at most _SAMPLE
    characters, counted on the bytes (~10× cheaper): in UTF-8 an ASCII character is its own byte and
    never part of a multibyte sequence, damaged or not, so each control character's count is its byte's."""
    n = len(text)
    if b"\x00" in data and data.count(0) > n * 0.01:  # "in" is a memchr
        return True
    return len(data) - len(data.translate(None, _CONTROL_BYTES)) > n * 0.05


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes. Raises DecodeError (only) with a readable message for binary data.

    A few stray NUL characters in otherwise readable text (a bad export, a copy cut short) are
    dropped; many of them mean a binary file.
    """
    try:
        decoded = _decode(data)
    except (UnicodeError, LookupError) as exc:  # a codec we were told about but cannot use
        raise DecodeError("the file's text encoding cannot be recognised") from exc
    text = decoded.text
    if decoded.encoding == "utf-8" and len(text) <= _SAMPLE:  # strict or damaged UTF-8, no BOM
        binary = _utf8_looks_binary(data, text)
    else:
        binary = _text_looks_binary(text)
    if binary:
        raise DecodeError(_BINARY)
    if "\x00" in decoded.text:
        decoded = Decoded(decoded.text.replace("\x00", ""), decoded.encoding)
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            label = enc.replace("-sig", "") + " (BOM)"
            try:
                return Decoded(data.decode(enc), label)
            except UnicodeDecodeError:
                pass
            unit = 4 if "32" in enc else 2 if "16" in enc else 1
            if len(data) % unit:
                try:  # UTF-16/32 cut short: drop the partial code unit at the end
                    return Decoded(data[: len(data) - len(data) % unit].decode(enc), label)
                except UnicodeDecodeError:
                    pass
            text = data.decode(enc, errors="replace")
            if _few_replacements(text):
                return Decoded(text, label)
            break
    # BOM-less UTF-16 first: its bytes (NUL and 0x06 every other byte) are also valid UTF-8.
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return Decoded(utf16, "utf-16")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise DecodeError(_BINARY)
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return Decoded(damaged, "utf-8")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(
            data[:200_000],
            cp_isolation=["cp1256", "iso8859_6", "utf_8", "cp1252", "mac_arabic"],
        ).best()
    except Exception:  # noqa: BLE001 - a detector failure must never stop loading
        best = None
    encoding = best.encoding if best is not None else "cp1256"
    try:
        text = data.decode(encoding, errors="replace")
    except LookupError:
        encoding = "cp1256"
        text = data.decode(encoding, errors="replace")
    if _looks_mojibake(text[:_SAMPLE]):
        encoding, text = _most_arabic(data, encoding, text)
    return Decoded(text, encoding.replace("_", "-"))


# Arabic letters (hamza … yeh); the presentation forms (ligatures and positional shapes: text that
# was shaped for display, or bytes read with the wrong code page); Latin-1 letters, which the Arabic
# code pages also hold (cp1256 has à â ç è é ê ë î ï ô ù û ü where Mac Arabic has Arabic letters)
_ARABIC_LETTER = re.compile("[ء-ي]")
_PRESENTATION = re.compile("[ﭐ-﷿ﹰ-ﻼ]")
_LATIN1_LETTER = re.compile("[À-ÖØ-öø-ÿ]")
# the code pages an Arabic legacy file may be in, tried when the detector's guess looks wrong
_ARABIC_CODEPAGES = ("mac_arabic", "cp1256", "iso8859_6", "cp720", "cp864")


def _arabic_score(text: str) -> int:
    """Arabic letters minus what mojibake is made of (Latin-1 letters, presentation forms, U+FFFD)."""
    return (len(_ARABIC_LETTER.findall(text)) - 2 * len(_LATIN1_LETTER.findall(text))
            - len(_PRESENTATION.findall(text)) - 2 * text.count(_REPLACEMENT))


def _looks_mojibake(text: str) -> bool:
    """Arabic text with Latin-1 letters mixed in (over 2 % of the letters) or many presentation forms:
    what an Arabic file read with the wrong Arabic code page looks like. Plain Arabic, plain Latin
    text, or Arabic with a few French words is left alone."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN1_LETTER.findall(text))
    shaped = len(_PRESENTATION.findall(text))
    if arabic + shaped < 20:
        return False
    return latin > 0.02 * (arabic + latin) or shaped > 0.2 * (arabic + shaped)


def _most_arabic(data: bytes, encoding: str, text: str) -> tuple[str, str]:
    """(encoding, text) of the Arabic code page (or the detector's guess) whose text scores best."""
    sample = data[:200_000]
    best, best_score = encoding, _arabic_score(text[:200_000])
    for candidate in _ARABIC_CODEPAGES:
        if candidate.replace("_", "") == encoding.replace("_", "").replace("-", ""):
            continue
        try:
            score = _arabic_score(sample.decode(candidate, errors="replace"))
        except LookupError:
            continue
        if score > best_score:
            best, best_score = candidate, score
    if best == encoding:
        return encoding, text
    return best, data.decode(best, errors="replace")


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a multibyte character cut in two) → text with U+FFFD.

    Legacy 8-bit Arabic (Windows-1256, ISO-8859-6) almost never forms valid multibyte UTF-8, so
    many valid non-ASCII characters against a handful of errors means damaged UTF-8, not a legacy
    codepage: decoding it as Windows-1256 would turn every character into mojibake.
    """
    sample = data[:200_000].decode("utf-8", errors="replace")  # judged on a sample, like the detector
    bad = sample.count(_REPLACEMENT)
    good = len(sample) - len(sample.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    if good >= 8 and bad * 20 <= good:
        return data.decode("utf-8", errors="replace")
    return None
