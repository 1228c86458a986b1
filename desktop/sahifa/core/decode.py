"""Turn the bytes of an article file into text, or a clear reason why not.

Order of trust: byte-order marks, strict UTF-8, BOM-less UTF-16 (recognised by its NUL pattern),
then charset-normalizer's best guess (Windows-1256 for Arabic from old Windows tools).
Binary files are refused with a human sentence; nothing here raises on bad bytes.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

MAX_ARTICLE_BYTES = 8 * 1024 * 1024


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


def _utf16_without_bom(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16 by where its NUL bytes fall (ASCII and Arabic both show it)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2]
    odd = data[1::2]
    # Arabic is U+06xx: its high byte is 0x06; ASCII's high byte is 0x00.
    def high_share(part: bytes) -> float:
        return sum(1 for b in part[:20000] if b in (0x00, 0x06)) / min(len(part), 20000)

    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        if high_share(high) > 0.9:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if not sample:
        return False
    if sample.count(b"\x00") > len(sample) * 0.01:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def _text_looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\x1b")
    return "\x00" in sample or controls > len(sample) * 0.05


def decode_bytes(data: bytes) -> Decoded:
    """Decode article bytes. Raises DecodeError with a readable message for binary data."""
    decoded = _decode(data)
    if _text_looks_binary(decoded.text):
        raise DecodeError("this is a binary file, not a text article")
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc.replace("-sig", "") + (" (BOM)"))
            except UnicodeDecodeError:
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
        raise DecodeError("this is a binary file, not a text article")
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(
            data[:200_000],
            cp_isolation=["cp1256", "iso8859_6", "utf_8", "cp1252", "mac_arabic"],
        ).best()
    except Exception:  # noqa: BLE001 - a detector failure must never stop loading
        best = None
    encoding = best.encoding if best is not None else "cp1256"
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding.replace("_", "-"))
