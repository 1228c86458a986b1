#!/usr/bin/env python3
"""Where the label resolver's cold cost per article goes (issue #13): by entity type, and for people the
share spent computing name units (``LabelResolver._unit_uncached``), split by whether a table built at
build time from the name index could answer the unit (its exact spelling is a key of ``name_units.tsv``),
not (a unit no source attests: foreign names, guesses) or is a particle group (بن …, عبد …, آل …); and the
resolver's heavier steps (``STEPS``: a person's name, its match by sound, composition, places).

It bounds the lever "one precomputed lookup per person-name unit": such a table can save at most the
"in index" figure (less its loading), since a unit's answer depends on its exact spelling (hamza forms,
the article) and units outside the index cannot be listed without the corpus.

As ``score_labels.py --speed`` runs the pipeline case: the entities of the first N SaudiNewsNet articles
are extracted (not timed), the engine's own labels computed, then a new resolver (loading included)
labels every article's distinct (canonical, type) pairs; CPU time, the best of three runs per figure.
The timing wrappers add a little to every figure (compare figures of one run, not with other tools).

    python benchmarks/label_cost_breakdown.py --articles 500
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


# the resolver's heavier steps (people: the foreign-name match by sound; institutions: composition)
STEPS = ("_person", "_sound_alike", "_composed", "_place")


def _timed(fn, name: str, spent: dict[str, float], seen: dict[str, int]):
    depth = [0]

    def wrapper(*args, **kwargs):
        depth[0] += 1
        t = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[name] += time.process_time() - t
                seen[name] += 1
    return wrapper


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=500)
    args = ap.parse_args()

    from score_labels import _cold_resolver
    from tests.helpers.realnews import corpus_available, corpus_files

    from sahifa.core.articles import load_article
    from sahifa.nlp.entities import _label_for, extract_entities
    from sahifa.nlp.labels_sources import fold_cache_clear
    from sahifa.nlp.translit import transliterate_word

    if not corpus_available():
        print("the SaudiNewsNet corpus is not in ../shared; no figures")
        return 1
    per_article = []
    for f in corpus_files(args.articles):
        ents = extract_entities(load_article(f).text)
        per_article.append(sorted({(e.canonical, e.type) for e in ents}))
    n = len(per_article)
    units_file = ROOT / "resources" / "names" / "name_units.tsv"
    index_units = {line.partition("\t")[0] for line in units_file.read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#")}

    best: dict[str, float] = defaultdict(lambda: float("inf"))
    counts: dict[str, int] = {}
    for _ in range(3):
        _label_for.cache_clear()
        transliterate_word.cache_clear()
        fold_cache_clear()
        for art in per_article:
            for canonical, typ in art:
                _label_for(canonical, typ)
        spent: dict[str, float] = defaultdict(float)
        seen: dict[str, int] = defaultdict(int)
        t0 = time.process_time()
        res = _cold_resolver()
        res.resolve("محمد العنزي", "PERSON")
        spent["loading"] = time.process_time() - t0
        unit_uncached, resolve = res._unit_uncached, res.resolve
        depth = [0, 0]  # nesting of resolve, of _unit_uncached: only the outermost call is counted

        def timed_unit(unit: str, spent=spent, seen=seen, depth=depth,
                       unit_uncached=unit_uncached) -> tuple[str, int]:
            depth[1] += 1
            t = time.process_time()
            try:
                return unit_uncached(unit)
            finally:
                depth[1] -= 1
                if depth[1] == 0:
                    kind = "units: particle group" if " " in unit else \
                        "units: in index" if unit in index_units else "units: not in index"
                    spent[kind] += time.process_time() - t
                    seen[kind] += 1

        def timed_resolve(canonical: str, typ: str, spent=spent, seen=seen, depth=depth, resolve=resolve):
            depth[0] += 1
            t = time.process_time()
            try:
                return resolve(canonical, typ)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    spent[typ] += time.process_time() - t
                    seen[typ] += 1

        for method in STEPS:  # the heavier steps of a label, each timed at its outermost call
            setattr(res, method, _timed(getattr(res, method), method, spent, seen))
        res._unit_uncached = timed_unit  # type: ignore[method-assign]
        res.resolve = timed_resolve  # type: ignore[method-assign]
        t0 = time.process_time()
        for art in per_article:
            for canonical, typ in art:
                res.resolve(canonical, typ)
        spent["total (labelling)"] = time.process_time() - t0
        for key, value in spent.items():
            best[key] = min(best[key], value)
        counts = dict(seen)
    print(f"{n} articles; cold resolver as in the pipeline, ms/article (best of 3), calls in one run")
    for key in ("loading", "total (labelling)", "PERSON", "ORG", "LOC", "MISC", "units: in index",
                "units: not in index", "units: particle group", *STEPS):
        if key in best:
            print(f"  {key:24s} {1000 * best[key] / n:7.3f}   {counts.get(key, '')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
