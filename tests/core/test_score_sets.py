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

    isolated: list[bool] = []

    def stop(paths, isolate):  # the scorer's analyze step: record the sets asked for, run nothing
        seen.append([str(p) for p in paths])
        isolated.append(isolate)
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
    assert isolated == [True]  # a temporary data folder unless --user-library: runs side by side share nothing


def test_stems_restricts_a_tuning_set_and_refuses_a_held_out_one(monkeypatch, tmp_path: Path) -> None:
    """``--stems FILE`` scores only the listed gold files of a tuning set (the newest blind batch of
    real/train), and refuses a held-out set, whose items are never picked out."""
    import pytest

    se = _scorer()
    seen: list[list[str]] = []

    def stop(paths, isolate):
        seen.append([str(p) for p in paths])
        raise SystemExit(0)

    monkeypatch.setattr(se, "run_analyze", stop)
    monkeypatch.setattr(se, "load_gold", lambda: {n: {f"{n}-{i}": (Path(f"/{n}/{i}.txt"), {}) for i in "abc"}
                                                  for n in se.SETS})
    stems = tmp_path / "stems.txt"
    stems.write_text("real-train-b\nreal-train-c\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        se.main(["--set", "real-train", "--stems", str(stems)])
    assert seen == [["/real-train/b.txt", "/real-train/c.txt"]]
    for held in se.HELD_OUT:
        with pytest.raises(SystemExit, match="aggregate only"):
            se.main(["--set", held, "--stems", str(stems)])
    assert len(seen) == 1  # no held-out article was asked for
