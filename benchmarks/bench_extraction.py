"""Throughput of the default extraction engine (rules, no model), per extractor and end to end.

    .venv/bin/python benchmarks/bench_extraction.py [--articles 2000] [--seed-copies 200] [--repeat 3]
    .venv/bin/python benchmarks/bench_extraction.py --ab OTHER_CHECKOUT [--real 1000] [--rounds 3] [--repeat 2]

Three corpora, each analysed in one process pinned to one core (when the OS allows it):

- **real news** (the figure that counts): the first ``--real`` articles (default 2000; 4655 is the whole
  excerpt) of the SaudiNewsNet excerpt in ``../shared/corpora/saudinewsnet`` (sorted path order), read
  from there and never copied into the repository;
- **synthetic**: N articles built by ``bench_ingest.build_corpus`` (the seeds' paragraphs drawn at random,
  sentences reshuffled, numbers renumbered; ~6 KB each), loaded with Sahifa's own loader;
- **seeds ×K**: the five seed articles repeated K times (every per-surface cache warm: the best case).

For each: entities (``extract_entities``), numbers (``extract_numbers``), quotes (``extract_quotes`` given the
article's entities), cross-article linking (``link_across_articles`` over batches of 200) and the whole
pipeline (``analyse_many`` over batches of 200, as ``sahifa.services.ingest`` calls it). Every figure is the best of
``--repeat`` runs, printed as ms per article, articles per second and the ratio to a **floor** measured in
the same run over the same texts: one ``re.findall(r"\\w+", text)`` pass (tokenising and nothing else).
Machine noise: compare ratios, not absolute numbers, across runs. ``--pure`` measures the pure-Python
extractors when the mypyc-compiled ones (setup.py) are installed. ``--ab OTHER`` compares this checkout
(B) with another (A, e.g. a compiled build of main) on real news in the same run: alternated subprocesses,
each one's first pass (cold per-word caches), best warm pass and the entity tagger alone (``crf``:
``tagger.tag`` on the articles' tokens, warm), and the ratios A ÷ B. The goal for the pipeline is ≥ 500
articles/s on the synthetic corpus. No assertion is made here; tests never time anything.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

BATCH = 200  # what sahifa.services.ingest passes to analyse_many
_WORD = re.compile(r"\w+")


def pin_one_core() -> str:
    """Run on a single CPU (the one we are on) so the figures are one-core figures."""
    if hasattr(os, "sched_setaffinity") and hasattr(os, "sched_getaffinity"):
        cpus = sorted(os.sched_getaffinity(0))
        if cpus:
            os.sched_setaffinity(0, {cpus[-1]})
            return f"pinned to CPU {cpus[-1]}"
    return "not pinned (no sched_setaffinity)"


def best_of(fn: Callable[[], Any], repeat: int) -> float:
    """Best CPU time of ``repeat`` runs (garbage collector on, as in the application).

    CPU time of this process, not wall time: on one pinned core it is the one-core throughput, and it
    does not count the time other jobs on a shared machine take the core away."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def batches(items: Sequence[Any], size: int = BATCH) -> list[Sequence[Any]]:
    return [items[i: i + size] for i in range(0, len(items), size)]


def synthetic_articles(n: int) -> list[Any]:
    from bench_ingest import build_corpus

    from sahifa.core.articles import load_folder

    with tempfile.TemporaryDirectory(prefix="sahifa-bench-extract-") as tmp:
        build_corpus(Path(tmp), n)
        articles, errors = load_folder(tmp)
    assert articles and not errors, errors
    return articles


def real_articles(n: int) -> list[Any]:
    from tests.helpers import realnews

    from sahifa.core.articles import load_article

    if not realnews.corpus_available():
        sys.exit(f"the real-news corpus is not at {realnews.corpus_dir()} (set SAHIFA_SHARED)")
    return [load_article(p) for p in realnews.corpus_files(n)]


def seed_articles(copies: int) -> list[Any]:
    from sahifa.core.articles import load_folder

    articles, errors = load_folder(ROOT / "seeds")
    assert articles and not errors, errors
    return list(articles) * copies


def bench(name: str, articles: list[Any], repeat: int) -> None:
    from sahifa.nlp.entities import extract_entities, link_across_articles
    from sahifa.nlp.numbers import extract_numbers
    from sahifa.nlp.pipeline import analyse_many
    from sahifa.nlp.quotes import extract_quotes

    n = len(articles)
    texts = [a.text for a in articles]
    analyse_many(articles[:50])  # warm-up: gazetteer, lexicons, imports
    entities = [extract_entities(t) for t in texts]
    ent_batches = batches(entities)
    art_batches = batches(articles)

    def floor() -> None:
        for t in texts:
            _WORD.findall(t)

    def run_entities() -> None:
        for t in texts:
            extract_entities(t)

    def run_numbers() -> None:
        for t in texts:
            extract_numbers(t)

    def run_quotes() -> None:
        for a, ents in zip(articles, entities, strict=True):
            extract_quotes(a.text, a.sentences, ents)

    def run_link() -> None:
        for b in ent_batches:
            link_across_articles(b)

    def run_pipeline() -> None:
        for b in art_batches:
            analyse_many(b)

    kb = sum(len(t.encode("utf-8")) for t in texts) / n / 1024
    t_floor = best_of(floor, repeat)
    print(f"\n{name}: {n} articles, {kb:.1f} KB each on average (UTF-8), best of {repeat}")
    print(f"  {'stage':30s} {'ms/article':>10s} {'articles/s':>11s} {'× floor':>8s}")
    rows: list[tuple[str, Callable[[], None]]] = [
        ("entities", run_entities), ("numbers", run_numbers), ("quotes", run_quotes),
        (f"link (batches of {BATCH})", run_link), (f"pipeline (analyse_many/{BATCH})", run_pipeline),
    ]
    floor_label = "floor: findall(\\w+)"
    print(f"  {floor_label:30s} {t_floor / n * 1e3:10.3f} {n / t_floor:11.0f} {1.0:8.1f}")
    for label, fn in rows:
        t = best_of(fn, repeat)
        print(f"  {label:30s} {t / n * 1e3:10.3f} {n / t:11.0f} {t / t_floor:8.1f}")


def ab_worker(n: int, repeat: int) -> int:
    """One side of ``--ab``: the pipeline over the first n real articles, as one JSON line (CPU seconds):
    ``cold`` = the first pass (the gazetteer, lexicons and model already loaded on the seeds, every
    per-word cache empty: what ingesting new articles costs), ``warm`` = the best of ``repeat`` more."""
    import json

    from sahifa.nlp import build
    from sahifa.nlp.pipeline import analyse_many

    real = real_articles(n)
    pin_one_core()
    analyse_many(seed_articles(1))
    art_batches = batches(real)

    def run() -> None:
        for b in art_batches:
            analyse_many(b)

    gc.collect()
    t0 = time.process_time()
    run()
    cold = time.process_time() - t0
    got = {"build": build(), "n": len(real), "cold": cold, "warm": best_of(run, repeat)}
    got.update(crf_stage(real, repeat))
    print(json.dumps(got))
    return 0


def crf_stage(articles: Sequence[Any], repeat: int) -> dict[str, float]:
    """The entity tagger alone (``tagger.tag`` on each article's tokens, the rule engine's work done
    beforehand), best of ``repeat`` warm passes: {"crf": CPU seconds}, or {} when no model is loaded."""
    from sahifa.nlp import entities, entities_engine, tagger

    crf = tagger.load()
    if crf is None:
        return {}
    runs = [entities._rule_raws(a.text) for a in articles]
    tag_fn = tagger.tag  # what the entity engine runs (crf_pass): its own token records
    if hasattr(tagger, "tag_tokens"):  # a checkout of session 12 (--ab): tag took view tuples, tag_tokens records
        tags = [(eng.toks, *entities_engine.tagger_tags(eng, raws)) for eng, raws in runs]
        tag_fn = tagger.tag_tokens
    elif not hasattr(entities, "tagger_view"):  # one path: tag reads the records
        tags = [(eng.toks, *entities_engine.tagger_tags(eng, raws)) for eng, raws in runs]
    else:  # an older checkout (--ab): the view tuples
        tags = [entities.tagger_view(eng, raws) for eng, raws in runs]
        tag_fn = tagger.tag

    def run() -> None:
        for toks, rule_tags, gaz_tags in tags:
            tag_fn(crf, toks, rule_tags, gaz_tags)

    run()
    return {"crf": best_of(run, repeat)}


def ab(other: Path, n: int, repeat: int, rounds: int) -> int:
    """Same-run A/B: this tree (B) against ``other`` (A), each in its own process, alternated ``rounds``
    times (A B A B …); the best figure of each is kept and printed with the ratio A ÷ B, and the median
    of the rounds' own ratios (each round's A and B ran back to back: steadier on a shared machine)."""
    import json
    import subprocess

    trees = {"A": other.resolve(), "B": ROOT}
    for tree in trees.values():
        if not (tree / "desktop" / "sahifa").is_dir():
            sys.exit(f"{tree} is not a Sahifa checkout")
    best: dict[str, dict[str, float]] = {}
    builds: dict[str, str] = {}
    ratios: dict[str, list[float]] = {"cold": [], "warm": [], "crf": []}  # A ÷ B within each round
    for r in range(rounds):
        got_round: dict[str, dict[str, float]] = {}
        for side, tree in trees.items():
            env = dict(os.environ, PYTHONPATH=str(tree / "desktop"))
            env.pop("SAHIFA_PURE", None)
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--ab-worker", str(tree),
                                  "--real", str(n), "--repeat", str(repeat)], env=env, check=True,
                                 capture_output=True, text=True).stdout
            got = json.loads(out.strip().splitlines()[-1])
            builds[side] = got["build"]
            for k in ratios:
                if k in got:
                    best.setdefault(side, {})[k] = min(best.get(side, {}).get(k, float("inf")), got[k])
            got_round[side] = got
            crf = f", CRF alone {got['crf'] / n * 1e3:.3f}" if "crf" in got else ""
            print(f"  round {r + 1} {side}: cold {got['cold'] / n * 1e3:.3f} ms/article, "
                  f"warm {got['warm'] / n * 1e3:.3f}{crf}", flush=True)
        for k in ratios:
            if k in got_round["A"] and k in got_round["B"]:
                ratios[k].append(got_round["A"][k] / got_round["B"][k])
    print(f"\nA/B, pipeline (analyse_many/{BATCH}) on the first {n} SaudiNewsNet articles, one pinned core, "
          f"CPU time, best of {rounds} alternated processes")
    for side, tree in trees.items():
        print(f"  {side} = {tree} ({builds[side]} extractors)")
    print(f"  {'':6s} {'A ms/art':>9s} {'B ms/art':>9s} {'A art/s':>8s} {'B art/s':>8s} {'A ÷ B':>6s} "
          f"{'median of rounds':>16s}")
    for k in ratios:
        if not ratios[k]:
            continue
        a, b = best["A"][k], best["B"][k]
        med = sorted(ratios[k])[len(ratios[k]) // 2]
        print(f"  {k:6s} {a / n * 1e3:9.3f} {b / n * 1e3:9.3f} {n / a:8.0f} {n / b:8.0f} {a / b:6.2f} {med:16.2f}")
    print("  (cold: first pass, per-word caches empty; warm: best later pass; crf: the entity tagger alone, warm)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ab", type=Path, metavar="OTHER",
                    help="same-run A/B of the pipeline on real news against another checkout OTHER (e.g. a "
                         "compiled build of main): both run as alternated subprocesses, --rounds times")
    ap.add_argument("--rounds", type=int, default=3, help="--ab: alternations (default 3)")
    ap.add_argument("--ab-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--real", type=int, default=2000,
                    help="real-news articles from ../shared (default 2000; 4655 for all; 0 to skip)")
    ap.add_argument("--articles", type=int, default=2000, help="size of the synthetic corpus (default 2000)")
    ap.add_argument("--seed-copies", type=int, default=200, help="copies of the five seeds (default 200)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is kept (default 3)")
    ap.add_argument("--pure", action="store_true",
                    help="run the pure-Python extractors even when the mypyc-compiled ones are installed")
    args = ap.parse_args(argv)
    if args.ab_worker:
        sys.path.insert(0, str(args.ab_worker / "desktop"))
        return ab_worker(args.real, args.repeat)
    if args.ab:
        return ab(args.ab, args.real or 1000, args.repeat, args.rounds)
    if args.pure:
        os.environ["SAHIFA_PURE"] = "1"  # read when sahifa.nlp is first imported (below)
    import sahifa.nlp

    print(f"bench_extraction: Python {sys.version.split()[0]}, {pin_one_core()}, "
          f"{sahifa.nlp.build()} extractors (CPU time of this process)")
    if args.real:
        real = real_articles(args.real)
        bench(f"real news (SaudiNewsNet, first {len(real)})", real, args.repeat)
    if args.articles:
        bench("synthetic", synthetic_articles(args.articles), args.repeat)
    if args.seed_copies:
        bench(f"seeds ×{args.seed_copies}", seed_articles(args.seed_copies), args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
