"""benchmarks/score_extraction.py's default never scores a held-out set: those are read once a round, by name."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", ROOT / "benchmarks" / "score_extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_extraction", module)
    spec.loader.exec_module(module)
    return module


def test_default_scores_the_tuning_sets_and_no_held_out_one() -> None:
    se = _scorer()
    tuning = se.chosen_sets("tuning")
    assert {"seeds", "real-train", "real-tune"} <= set(tuning)
    assert not set(tuning) & set(se.HELD_OUT)
    assert set(se.chosen_sets("all")) >= set(se.HELD_OUT)
    assert se.chosen_sets("real-heldout") == ["real-heldout"]


def test_a_bare_run_defaults_to_the_tuning_sets(monkeypatch) -> None:
    se = _scorer()
    seen: list[list[str]] = []

    def stop(paths, isolate):  # the scorer's analyze step: record the sets asked for, run nothing
        seen.append([str(p) for p in paths])
        raise SystemExit(0)

    monkeypatch.setattr(se, "run_analyze", stop)
    monkeypatch.setattr(se, "load_gold", lambda: {n: {f"{n}-x": (Path(f"/{n}/x.txt"), {})} for n in se.SETS})
    try:
        se.main([])
    except SystemExit:
        pass
    assert seen and seen[0], "the scorer asked for no articles"
    asked = {p.split("/")[1] for p in seen[0]}
    assert "real-train" in asked
    assert not asked & set(se.HELD_OUT), asked
