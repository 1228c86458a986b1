"""The default engine against our hand-made gold: floors that only ever go up.

Seeds (the engine was developed on them), `unseen` (held out, 4 articles) and `heldout2` (a second held-out
set written without looking at the engine, 6 articles). The `dev` set was used for tuning and is not here.
Figures at the time the floors were set (seeds / unseen / heldout2, F1): entities 0.99 / 0.85 / 0.77,
numbers 0.99 / 0.96 / 0.99, quotes 0.93 / 0.89 / 0.82.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from sahifa.core.articles import load_folder
from sahifa.core.scoring import score_many
from sahifa.nlp.pipeline import analyse_many

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "data" / "gold"),
    "unseen": (ROOT / "tests" / "data" / "unseen", ROOT / "tests" / "data" / "gold" / "unseen"),
    "heldout2": (ROOT / "tests" / "data" / "heldout2", ROOT / "tests" / "data" / "gold" / "heldout2"),
}
FLOORS = {  # F1 per category
    "seeds": {"entities": 0.95, "numbers": 0.95, "quotes": 0.88},
    "unseen": {"entities": 0.80, "numbers": 0.93, "quotes": 0.80},
    "heldout2": {"entities": 0.72, "numbers": 0.95, "quotes": 0.75},
}


def _scores(name: str) -> dict[str, dict[str, float]]:
    folder, gold_dir = SETS[name]
    articles, errors = load_folder(folder)
    assert errors == []
    pairs = []
    for article, analysis in zip(articles, analyse_many(articles), strict=True):
        gold = json.loads((gold_dir / (Path(article.path).stem + ".json")).read_text(encoding="utf-8"))
        pred = {
            "text": article.text,
            "entities": [asdict(e) for e in analysis.entities],
            "numbers": [asdict(n) for n in analysis.numbers],
            "quotes": [asdict(q) for q in analysis.quotes],
        }
        pairs.append((pred, gold))
    return score_many(pairs)


@pytest.mark.parametrize("name", sorted(SETS))
def test_extraction_meets_floors(name: str) -> None:
    scores = _scores(name)
    for category, floor in FLOORS[name].items():
        f1 = scores[category]["f1"]
        print(f"{name} {category}: F1 {f1:.3f} (floor {floor})")
        assert f1 >= floor, f"{name} {category} F1 {f1:.3f} fell below {floor}"
