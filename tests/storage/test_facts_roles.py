"""The facts document names a speaker or a figure's source that is linked to no entity by the English
description of its role, when it is given a describer (the services pass the engine's: مصادر مطلعة →
"informed sources"); linked speakers keep their entity's label, and without a describer nothing changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from .test_facts_json import SPEAKERS, document, random_library


class Describer:
    """Describes the speakers of the random library that are roles (مصدر محلي, a local source), and
    records what it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def __call__(self, speakers: Sequence[str]) -> Mapping[str, str]:
        self.asked += speakers
        return {s: "a local source" for s in speakers if s == "مصدر محلي"}


@pytest.mark.parametrize("seed", [1, 10])  # libraries with the role unlinked, in quotes and figures
@pytest.mark.parametrize("sql_json", [True, False])
def test_unlinked_speakers_are_described(tmp_path: Path, seed: int, sql_json: bool) -> None:
    lib = random_library(tmp_path / "lib.db", seed)
    try:
        plain = document(lib, [], sql_json=sql_json)
        describer = Describer()
        described = document(lib, [], sql_json=sql_json, describe=describer)
    finally:
        lib.close()
    unlinked = [q for q in described["quotes"] if not q["speaker_key"]]
    assert any(q["speaker"] == "مصدر محلي" for q in unlinked), "the random library has an unlinked role"
    for q in unlinked:
        assert q["speaker_en"] == ("a local source" if q["speaker"] == "مصدر محلي" else None)
    # asked once per distinct unlinked speaker, never about a linked one
    assert sorted(describer.asked) == sorted({q["speaker"] for q in unlinked})
    assert set(describer.asked) <= set(SPEAKERS)
    # figures quoted from an unlinked role get the same English; everything else is as without a describer
    assert any(f["source"] == "مصدر محلي" and not f["source_key"] for f in described["figures"])
    for f in described["figures"]:
        if f["source"] and not f["source_key"]:
            assert f["source_en"] == ("a local source" if f["source"] == "مصدر محلي" else None)
    for before, after in zip(plain["quotes"], described["quotes"], strict=True):
        if after["speaker_key"] or after["speaker"] != "مصدر محلي":
            assert before == after
    assert plain["entities"] == described["entities"] and plain["articles"] == described["articles"]
