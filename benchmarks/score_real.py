"""Score Sahifa's extraction on real news (SaudiNewsNet articles) against hand-annotated gold.

    python benchmarks/score_real.py GOLD_DIR [--names LIST.txt ...] [--details] [--aggregate]

GOLD_DIR holds ``DATE_OUTLET_NNNN.json`` files (format: ``tests/data/gold/README.md``); the article of
``2015-07-21_aawsat_0118.json`` is ``<corpus>/2015-07-21/aawsat/0118.txt`` (``--corpus``, default
``../shared/corpora/saudinewsnet``), loaded with :func:`sahifa.core.articles.load_article` exactly as
Sahifa loads it. ``--names`` restricts the scoring to the gold files listed (one ``….txt`` or ``….json``
name a line; several lists may be given).

Held-out gold must be scored with ``--aggregate``: only the summary lines are printed (no per-file
scores, no misses or false positives). The extraction runs in this process (``analyse``: entities, numbers
and quotes, the same code ``sahifa analyze`` runs). Matching rules: :mod:`sahifa.core.scoring`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from sahifa.core.articles import load_article  # noqa: E402
from sahifa.core.scoring import CATEGORIES, match_items, score_many  # noqa: E402
from sahifa.nlp.pipeline import analyse  # noqa: E402

TYPES = ("PERSON", "ORG", "LOC", "MISC")


def article_path(corpus: Path, stem: str) -> Path:
    """``2015-07-21_aawsat_0118`` → ``corpus/2015-07-21/aawsat/0118.txt``."""
    date, outlet, num = stem.split("_", 2)
    return corpus / date / outlet / f"{num}.txt"


def predict(path: Path) -> dict[str, Any]:
    """One article's extraction as the plain dicts ``sahifa analyze --json`` prints."""
    analysis = analyse(load_article(path))
    return {
        "entities": [dict(m.__dict__) if hasattr(m, "__dict__") else _fields(m) for m in analysis.entities],
        "numbers": [_fields(m) for m in analysis.numbers],
        "quotes": [_fields(m) for m in analysis.quotes],
    }


def _fields(obj: Any) -> dict[str, Any]:
    return {k: getattr(obj, k) for k in obj.__dataclass_fields__}


def by_type(doc: dict[str, Any], typ: str) -> dict[str, Any]:
    """The document with only the entities of one type (numbers/quotes dropped)."""
    return {"entities": [e for e in doc.get("entities", []) if e.get("type") == typ]}


def _line(name: str, s: dict[str, Any]) -> str:
    return (f"  {name:10s} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"   tp {s['tp']:4d} fp {s['fp']:4d} fn {s['fn']:4d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--names", type=Path, action="append", default=[],
                    help="a list of gold/article names to score (repeatable); default: every gold file")
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpora" / "saudinewsnet")
    ap.add_argument("--aggregate", action="store_true", help="held-out use: print only the summary")
    ap.add_argument("--details", action="store_true", help="list misses and false positives per file")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    wanted: set[str] | None = None
    if args.names:
        wanted = set()
        for lst in args.names:
            wanted |= {Path(n.strip()).stem for n in lst.read_text(encoding="utf-8").split() if n.strip()}
    stems = sorted(p.stem for p in args.gold_dir.glob("*.json") if wanted is None or p.stem in wanted)
    if not stems:
        sys.exit("no gold files to score")
    pairs = []
    for stem in stems:
        gold = json.loads((args.gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        pred = predict(article_path(args.corpus, stem))
        pairs.append((stem, pred, gold))
        if args.details and not args.aggregate:
            print(f"\n--- {stem}")
            for cat in ("entities",):
                p_items, g_items = list(pred.get(cat) or []), list(gold.get(cat) or [])
                _p, missed, unmatched, _i = match_items(p_items, g_items, cat)
                for gi in missed:
                    print(f"  MISS {g_items[gi].get('text')} [{g_items[gi].get('type')}]")
                for pi in unmatched:
                    print(f"  FP   {p_items[pi].get('text')} [{p_items[pi].get('type')}]")
    report: dict[str, Any] = {"articles": len(pairs)}
    total = score_many([(p, g) for _s, p, g in pairs])
    for cat in (*CATEGORIES, "all"):
        report[cat] = total[cat]
    for typ in TYPES:
        report[typ] = score_many([(by_type(p, typ), by_type(g, typ)) for _s, p, g in pairs])["entities"]
    if not args.aggregate and not args.json:
        print("\nper article (entities):")
        for stem, p, g in pairs:
            print(_line(stem[-22:], score_many([(p, g)])["entities"]))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"\n{args.gold_dir} ({len(pairs)} articles)")
    for cat in (*CATEGORIES, *TYPES):
        print(_line(cat, report[cat]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
