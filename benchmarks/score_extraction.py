"""Score Sahifa's extraction (entities, numbers, quotes) against the hand-annotated gold files.

    python benchmarks/score_extraction.py                 # runs `python -m sahifa analyze … --json`
    python benchmarks/score_extraction.py --pred out.json # scores a saved `sahifa analyze --json` output
    python benchmarks/score_extraction.py --details       # also lists misses and false positives

Sets: ``seeds/*.txt`` (gold in ``tests/data/gold/``), ``tests/data/unseen/*.txt`` (gold in
``tests/data/gold/unseen/``) and ``tests/data/dev/*.txt`` (gold in ``tests/data/gold/dev/``; entities
only — read its ``entities`` row), ``tests/data/dev2/*.txt`` (gold in ``tests/data/gold/dev2/``; entities
and quotes, numbers not annotated) and ``tests/data/heldout2/*.txt`` (gold in ``tests/data/gold/heldout2/``).
The unseen and heldout2 articles are held-out checks: do not tune rules on them; the dev and dev2 articles
are the ones to tune on.
Real news (the ground truth from now on): ``real-train``, ``real-tune`` and ``real-heldout``, gold in
``tests/data/gold/real/{train,tune,heldout}/`` over articles read from ``../shared/corpora/saudinewsnet``
(never copied into the repository; see tests/helpers/realnews.py). ``real-heldout`` is held out:
its per-item details are refused; read its aggregate scores only, at the end of a round of work.
``--by-type`` adds per-type entity scores (PERSON precision, ORG F1 …).

Predicted articles are paired with gold files by the article's real path. Matching rules: ``sahifa.core.scoring``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from tests.helpers import realnews  # noqa: E402

from sahifa.core.scoring import CATEGORIES, match_items, score, score_many  # noqa: E402

SETS = {
    "seeds": (ROOT / "seeds", ROOT / "tests" / "data" / "gold"),
    "unseen": (ROOT / "tests" / "data" / "unseen", ROOT / "tests" / "data" / "gold" / "unseen"),
    # development set for the entity rules (entities only: its numbers/quotes lists are empty)
    "dev": (ROOT / "tests" / "data" / "dev", ROOT / "tests" / "data" / "gold" / "dev"),
    # second development set (six fictional articles written in session 3): entities and quotes
    "dev2": (ROOT / "tests" / "data" / "dev2", ROOT / "tests" / "data" / "gold" / "dev2"),
    # second held-out set (six fictional articles): do not tune rules on it
    "heldout2": (ROOT / "tests" / "data" / "heldout2", ROOT / "tests" / "data" / "gold" / "heldout2"),
    # real Saudi news (SaudiNewsNet, July 2015): a tuning half and a held-out half
    "real-train": (realnews.corpus_dir(), realnews.REAL_GOLD / "train"),
    "real-tune": (realnews.corpus_dir(), realnews.REAL_GOLD / "tune"),
    "real-heldout": (realnews.corpus_dir(), realnews.REAL_GOLD / "heldout"),
    # annotated in session 7 from the text alone, scored first on the engine of then; never tuned on
    "real-fresh": (realnews.corpus_dir(), realnews.REAL_GOLD / "fresh"),
    "real-fresh2": (realnews.corpus_dir(), realnews.REAL_GOLD / "fresh2"),
}
HELD_OUT = ("unseen", "heldout2", "real-heldout", "real-fresh", "real-fresh2")
ENTITY_TYPES = ("PERSON", "ORG", "LOC", "MISC")


# what each set's gold annotates (the dev set: entities only — its other categories are not scored)
ANNOTATED: dict[str, tuple[str, ...]] = {"dev": ("entities",), "dev2": ("entities", "quotes")}


def load_gold() -> dict[str, dict[str, tuple[Path, dict[str, Any]]]]:
    """{set name: {stem: (article path, gold)}} for every gold file whose article exists."""
    out: dict[str, dict[str, tuple[Path, dict[str, Any]]]] = {}
    for name, (articles, gold_dir) in SETS.items():
        out[name] = {}
        for gold_path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            article = articles / gold.get("file", gold_path.stem + ".txt")
            if article.exists():
                out[name][gold_path.stem] = (article, gold)
            else:
                print(f"warning: {name}: no article {article} for {gold_path.name}", file=sys.stderr)
    return out


def by_type(pairs: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Entity scores per type: each side's entities of that type alone (types must match anyway)."""
    out = {}
    for typ in ENTITY_TYPES:
        typed = [
            ({"entities": [e for e in p.get("entities") or [] if e.get("type") == typ]},
             {"entities": [e for e in g.get("entities") or [] if e.get("type") == typ]})
            for p, g in pairs
        ]
        out[typ] = score_many(typed)["entities"]
    return out


def run_analyze(paths: list[Path], isolate: bool) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT / "desktop") + os.pathsep + env.get("PYTHONPATH", "")
    tmp = None
    if isolate:  # keep the benchmark's articles out of the user's library
        tmp = tempfile.TemporaryDirectory(prefix="sahifa-bench-")
        env["XDG_DATA_HOME"] = env["XDG_STATE_HOME"] = tmp.name
        env["SAHIFA_HOME"] = os.path.join(tmp.name, "sahifa")  # a SAHIFA_HOME set by the caller wins over XDG
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "sahifa", "analyze", *map(str, paths), "--json"],
            capture_output=True, text=True, env=env, cwd=ROOT, check=False,
        )
    finally:
        if tmp is not None:
            tmp.cleanup()
    if proc.returncode != 0:
        sys.exit(f"sahifa analyze failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout)


def _fmt(s: dict[str, Any]) -> str:
    return (f"{s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}"
            f"   {s['tp']:4d} {s['fp']:4d} {s['fn']:4d}")


def print_table(title: str, result: dict[str, dict[str, Any]]) -> None:
    print(f"\n{title}")
    print(f"  {'category':10s} {'P':>6s} {'R':>6s} {'F1':>6s}   {'tp':>4s} {'fp':>4s} {'fn':>4s}")
    for cat in (*CATEGORIES, "all"):
        if cat in result and result[cat]["tp"] + result[cat]["fp"] + result[cat]["fn"]:
            print(f"  {cat:10s} {_fmt(result[cat])}")
        elif cat in result:
            print(f"  {cat:10s} {'(not annotated in this set)':>20s}")


def _label(cat: str, item: dict[str, Any]) -> str:
    if cat == "entities":
        return f"{item.get('text')} [{item.get('type')}]"
    if cat == "numbers":
        return f"{item.get('text')} = {item.get('value')} ({item.get('kind')})"
    return f"{item.get('speaker')} / {item.get('cue')}: {str(item.get('quote'))[:70]}"


def print_details(stem: str, pred: dict[str, Any], gold: dict[str, Any]) -> None:
    print(f"\n--- {stem}")
    for cat in CATEGORIES:
        p_items, g_items = list(pred.get(cat) or []), list(gold.get(cat) or [])
        _pairs, missed, unmatched, _ign = match_items(p_items, g_items, cat)
        for gi in missed:
            print(f"  {cat:8s} MISS {_label(cat, g_items[gi])}")
        for pi in unmatched:
            print(f"  {cat:8s} FP   {_label(cat, p_items[pi])}")


def chosen_sets(choice: str) -> list[str]:
    """The sets a --set choice names: 'all' every set, 'tuning' those not held out, else the one named."""
    if choice == "all":
        return list(SETS)
    if choice == "tuning":
        return [n for n in SETS if n not in HELD_OUT]
    return [choice]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", type=Path, help="a saved `sahifa analyze --json` output instead of running it")
    # the default scores the tuning sets only: the held-out ones are read once a round, by naming them
    # (a bare run printed their aggregates to anyone who only wanted the tuning figures)
    ap.add_argument("--set", choices=[*SETS, "tuning", "all"], default="tuning",
                    help="one set; 'tuning' (default): every set that is not held out; 'all': every set")
    ap.add_argument("--details", action="store_true", help="list misses and false positives per file")
    # analyze always ran into the user's library unless --isolate: scorers run side by side (helpers, an A/B)
    # then shared one library, and a run was seen to print another engine's figures; isolation is the default
    ap.add_argument("--isolate", action="store_true", default=True,
                    help="(the default) run analyze with a temporary data folder: the user's library is untouched")
    ap.add_argument("--user-library", dest="isolate", action="store_false",
                    help="analyse into the user's library instead (it then holds the scored articles)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--by-type", action="store_true", help="also score entities per type")
    ap.add_argument("--stems", type=Path, metavar="FILE",
                    help="score only the gold files whose stems (one per line) FILE lists, e.g. the newest blind "
                         "batch of real/train; tuning sets only")
    args = ap.parse_args(argv)

    gold = load_gold()
    names = chosen_sets(args.set)
    if args.stems:
        if any(n in HELD_OUT for n in names):
            sys.exit("--stems picks items: name a tuning set with --set (held-out sets are read in aggregate only)")
        keep = set(args.stems.read_text(encoding="utf-8").split())
        gold = {n: {s: v for s, v in files.items() if s in keep} for n, files in gold.items()}
        if not any(gold[n] for n in names):
            sys.exit(f"--stems: no gold file of {', '.join(names)} is listed in {args.stems}")
    if args.details and any(n in HELD_OUT for n in names):
        sys.exit("--details lists items: name a tuning set with --set (held-out sets are read in aggregate only)")
    if args.pred:
        doc = json.loads(args.pred.read_text(encoding="utf-8"))
    else:
        doc = run_analyze([path for n in names for path, _ in gold[n].values()], args.isolate)
    by_path = {os.path.realpath(a["path"]): a for a in doc.get("articles", [])}

    report: dict[str, Any] = {}
    all_pairs = []
    for name in names:
        pairs = []
        for stem, (path, g) in gold[name].items():
            pred = by_path.get(os.path.realpath(path))
            if pred is None:
                print(f"warning: no prediction for {stem} (scored as empty)", file=sys.stderr)
                pred = {}
            only = ANNOTATED.get(name)
            if only is not None:  # score the annotated categories alone: drop the rest on both sides
                pred = {k: v for k, v in pred.items() if k in only or k not in ("numbers", "quotes", "entities")}
                g = {k: v for k, v in g.items() if k in only or k not in ("numbers", "quotes", "entities")}
            pairs.append((pred, g))
            if name not in HELD_OUT:  # held-out sets: aggregates only
                report.setdefault("files", {})[stem] = score(pred, g)
            if args.details:
                print_details(stem, pred, g)
        report[name] = score_many(pairs)
        if args.by_type:
            report[name]["by_type"] = by_type(pairs)
        all_pairs.extend(pairs)
    if len(names) > 1:
        report["overall"] = score_many(all_pairs)

    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    for name in names:
        print_table(f"{name} ({len(gold[name])} articles)", report[name])
        for typ, r in report[name].get("by_type", {}).items():
            if r["tp"] + r["fp"] + r["fn"]:
                print(f"    {typ:8s} {_fmt(r)}")
    if "overall" in report:
        print_table("overall", report["overall"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
