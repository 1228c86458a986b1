"""packaging/train_tagger.py: the share of NewsFANE it trains on (``--newsfane-fraction``)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tt() -> ModuleType:
    pytest.importorskip("pycrfsuite")
    spec = importlib.util.spec_from_file_location("train_tagger", ROOT / "packaging" / "train_tagger.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["train_tagger"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_thin_keeps_an_even_share(tt: ModuleType) -> None:
    arts = list(range(238))
    assert tt.thin(arts, 1.0) == arts
    assert tt.thin(arts, 0) == []
    half = tt.thin(arts, 0.5)
    assert half == list(range(1, 238, 2))
    third = tt.thin(arts, 1 / 3)
    assert len(third) == 79
    # spread over the whole corpus, not its first part (what --limit does)
    assert third[0] < 3 and third[-1] > 234
    assert all(b - a == 3 for a, b in zip(third, third[1:], strict=False))
    assert len(tt.thin(arts, 0.7)) == 166  # int(238 * 0.7)
    for bad in (-0.1, 1.5):
        with pytest.raises(ValueError):
            tt.thin(arts, bad)


def test_fraction_reaches_the_training_data(tt: ModuleType, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A tiny NewsFANE file of 4 pseudo-articles: half of them trains the model, and its description says so."""
    sent = ["التقى\tO", "محمد\tB-Politician", "العلي\tI-Politician", "في\tO", "الرياض\tB-Population-Center",
            ".\tO", "\t"]
    nf = tmp_path / "nf.txt"
    nf.write_text("\n".join(sent * (tt.PSEUDO_ARTICLE * 4)) + "\n", encoding="utf-8")
    out = tmp_path / "model"
    args = ["--newsfane", str(nf), "--no-fictional", "--folds", "0", "--workdir", str(tmp_path / "w"),
            "--out", str(out), "--max-iterations", "5"]
    before = dict(tt.PARAMS)
    try:
        assert tt.main([*args, "--newsfane-fraction", "0.5"]) == 0
        with pytest.raises(SystemExit):
            tt.main([*args, "--newsfane-fraction", "1.5"])
    finally:
        tt.PARAMS.update(before)  # main() writes its options into the module's PARAMS
    printed = capsys.readouterr().out
    total = re.search(r"NewsFANE: 80 sentences, 4 pseudo-articles, (\d+) tokens", printed)
    kept = re.search(r"NewsFANE for training: 2 of 4 pseudo-articles, (\d+) tokens", printed)
    assert total and kept, printed
    assert int(total[1]) > 0 and int(kept[1]) * 2 == int(total[1])  # the four pseudo-articles are alike
    meta = json.loads((out / tt.tagger.META_NAME).read_text(encoding="utf-8"))
    assert meta["data"]["newsfane_fraction"] == 0.5
    assert meta["attributes"]  # a model was trained on the kept half


def test_cross_validation_grid_is_optional(tt: ModuleType, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    """``--no-grid`` scores the three systems and skips the arbiter grid (four seed articles, two folds)."""
    real = []
    for k, gp in enumerate(sorted((ROOT / "tests" / "data" / "gold").glob("00[0-3]_*.json"))):
        gold = json.loads(gp.read_text(encoding="utf-8"))
        text = tt.load_article(ROOT / "seeds" / gold["file"]).text
        real.append((gp.stem, k % 2, text, gold))
    assert len(real) == 4
    seqs = {stem: tt.article_sequences(text, tt.gold_spans(text, gold)[0]) for stem, _f, text, gold in real}
    before = dict(tt.PARAMS)
    tt.PARAMS["max_iterations"] = 10
    try:
        for grid in (False, True):
            report = tt.cross_validate(real, seqs, [], 1, tmp_path, False, None, grid)
            printed = capsys.readouterr().out
            assert set(report) == {"rules alone", "CRF alone", "arbiter"}
            assert report["rules alone"]["all"]["f1"] > 0.5
            assert ("best arbiter settings" in printed) is grid
    finally:
        tt.PARAMS.update(before)
