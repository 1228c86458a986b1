"""The architecture move keeps the analysis byte-identical (#15).

``tests/data/analyze_digests.json`` holds SHA-256 digests of ``sahifa analyze --json`` per article, on
the five sample articles and on 200 real SaudiNewsNet articles, recorded from the code before the move
(commit 2638fa6). An intended change to the analysis regenerates them
(``python -m tests.helpers.analyze_digest --write``) in a commit that says so.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers import analyze_digest
from tests.helpers.realnews import corpus_available


def _diff(recorded: dict[str, str], now: dict[str, str]) -> list[str]:
    changed = [k for k in recorded if now.get(k) != recorded[k]]
    extra = [k for k in now if k not in recorded]
    return changed + [f"(new) {k}" for k in extra]


def test_sample_analysis_is_unchanged() -> None:
    recorded = json.loads(analyze_digest.DIGESTS.read_text(encoding="utf-8"))["seeds"]
    seeds = sorted(p for p in (analyze_digest.ROOT / "seeds").glob("*.txt") if not p.name.endswith(".en.txt"))
    now = analyze_digest.digests(analyze_digest.analyze(seeds))
    assert len(recorded) == 6
    assert _diff(recorded, now) == []


@pytest.mark.skipif(not corpus_available(), reason="../shared/corpora/saudinewsnet is not beside the checkout")
def test_real_news_analysis_is_unchanged() -> None:
    recorded = json.loads(analyze_digest.DIGESTS.read_text(encoding="utf-8"))["real"]
    now = analyze_digest.digests(analyze_digest.analyze(analyze_digest.real_sample()))
    assert len(recorded) == 201
    assert _diff(recorded, now) == []


def test_the_digest_sees_a_one_character_change() -> None:
    """The guard can fail: one changed offset changes the article's digest."""
    doc = {"articles": [{"path": "/x/a.txt", "entities": [{"start": 5}]}], "errors": []}
    before = analyze_digest.digests(doc)
    doc["articles"][0]["entities"][0]["start"] = 6
    assert analyze_digest.digests(doc) != before
