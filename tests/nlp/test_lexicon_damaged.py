"""A missing or damaged Arabic word list (resources/gazetteer/arramooz.tsv.gz) switches the lexical checks off with
one warning; extraction still runs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from sahifa.nlp import lexicon


class _Fake:
    def __init__(self, data: bytes | None) -> None:
        self.data = data

    def joinpath(self, *parts: str) -> _Fake:
        return self

    def read_bytes(self) -> bytes:
        if self.data is None:
            raise FileNotFoundError("arramooz.tsv.gz")
        return self.data


@pytest.mark.parametrize("data", [None, b"not gzip at all", b"\x1f\x8b\x08\x00truncated"])
def test_a_damaged_word_list_gives_one_warning_and_no_words(monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture,
                                                            data: bytes | None) -> None:
    monkeypatch.setattr(lexicon.resources, "files", lambda _pkg: _Fake(data))
    with caplog.at_level(logging.WARNING, logger="sahifa.nlp.lexicon"):
        assert lexicon._load() == {}
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "unreadable" in caplog.records[0].getMessage()


def test_the_shipped_word_list_loads() -> None:
    """The real list is there and large: the guard above is not what runs in the package."""
    path = Path(lexicon.__file__).resolve().parents[3] / "resources" / "gazetteer" / "arramooz.tsv.gz"
    assert path.is_file()
    assert lexicon.words() > 40_000
