"""Legacy Arabic code pages: Mac Arabic is not read as Windows-1256 mojibake, and Windows-1256 text
stays Windows-1256."""

from __future__ import annotations

from pathlib import Path

import pytest

from sahifa.core.articles import load_article
from sahifa.core.decode import decode_bytes

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted(p for p in (ROOT / "seeds").glob("*.txt") if not p.name.endswith(".en.txt"))


def _legacy(text: str, encoding: str) -> tuple[bytes, str]:
    """The bytes of ``text`` in ``encoding`` and the text they stand for (characters the code page
    lacks, such as “ ”, become ?)."""
    data = text.encode(encoding, errors="replace")
    return data, data.decode(encoding)


@pytest.mark.parametrize("encoding", ["mac_arabic", "cp1256"])
@pytest.mark.parametrize("seed", SEEDS[:3], ids=lambda p: p.name[:3])
def test_arabic_code_pages_decode_to_the_arabic_text(encoding: str, seed: Path) -> None:
    data, expected = _legacy(seed.read_text(encoding="utf-8").lstrip("\ufeff"), encoding)
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding.replace("_", "-")
    assert decoded.text == expected
    assert "ç" not in decoded.text and "ê" not in decoded.text


def test_a_mac_arabic_file_loads_as_arabic(tmp_path: Path) -> None:
    data, expected = _legacy(SEEDS[0].read_text(encoding="utf-8").lstrip("\ufeff"), "mac_arabic")
    (tmp_path / "old-mac.txt").write_bytes(data)
    article = load_article(tmp_path / "old-mac.txt")
    assert article.encoding == "mac-arabic"
    assert article.title == expected.split("\n", 1)[0].strip()
    assert "قوات سوريا الديمقراطية" in article.text


def test_latin_text_with_accents_is_not_taken_for_arabic() -> None:
    data = ("Le président a déclaré que la réunion était très importante pour l'économie. " * 20).encode("cp1252")
    assert "président" in decode_bytes(data).text
