#!/usr/bin/env python3
"""How many entities get an English label a reader can recognise (issue: "English for a reader who does
not read Arabic"), and what the label resolver costs per article.

Accuracy: over the real-news gold (tests/data/gold/real/<set>/*.json: every non-optional entity's
canonical Arabic name, type and ``label_en``, the English a newspaper prints), the share of entities
whose label — made from canonical + type alone, no projection — is :func:`sahifa.nlp.labels.recognisable`
as ``label_en``. "before" is today's labeller (``sahifa.nlp.entities._label_for``: gazetteer, else
transliteration), "after" is :class:`sahifa.nlp.labels.LabelResolver` with that labeller as its fallback
(as it will be wired). Counted per mention (the issue's 61 %) and per distinct name; per type and per
source. The held-out sets (heldout, fresh, fresh2) print one aggregate line and nothing else.

Speed (``--speed N``): the entities of the first N SaudiNewsNet articles are extracted first (not timed);
then every article's distinct (canonical, type) pairs are labelled, cold (a new resolver: resources
loaded, nothing cached) and warm (second pass), against ``_label_for`` with its cache cleared — once with
the cyclic garbage collector running and once with it paused, as ``pipeline.analyse_many`` runs the
labeller — and the resolver alone with the engine's own labels already computed, as the pipeline runs it
(there the old labeller's cost is not saved: the resolver's whole cold cost is added to extraction).
Last, the cost later in a session: the pipeline's resolver is process-wide (loaded once, every label
kept); the second half of the articles is timed with a new resolver and with one that labelled the first half.

    python benchmarks/score_labels.py                  # tune: before/after, per type and source
    python benchmarks/score_labels.py --details        # tune: also every unrecognisable label
    python benchmarks/score_labels.py --set heldout    # one aggregate line
    python benchmarks/score_labels.py --speed 1000
    python benchmarks/score_labels.py --seeds          # the sample: projection from its reference English
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT))

from sahifa.nlp.entities import _label_for  # noqa: E402  (read-only: today's labeller)
from sahifa.nlp.labels import LabelResolver, recognisable  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold" / "real"


def gold_entities(part: str, stems: set[str] | None = None) -> list[tuple[str, str, str]]:
    out = []
    for path in sorted((GOLD / part).glob("*.json")):
        if stems is not None and path.stem not in stems:
            continue
        for e in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            if not e.get("optional"):
                out.append((e["canonical"], e["type"], e["label_en"]))
    return out


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "   -"


def score(part: str, details: bool, use_model: bool, stems: set[str] | None = None) -> None:
    items = gold_entities(part, stems)
    if not items:
        sys.exit(f"no gold entity in real/{part}" + (" among the listed stems" if stems is not None else ""))
    res = LabelResolver(fallback=_label_for, use_model=use_model)
    rows = []
    for canonical, typ, gold in items:
        before = _label_for(canonical, typ)
        after = res.resolve(canonical, typ)
        rows.append((canonical, typ, gold, before, after.text, after.source,
                     recognisable(before, gold), recognisable(after.text, gold)))
    n = len(rows)
    ok_before = sum(r[6] for r in rows)
    ok_after = sum(r[7] for r in rows)
    distinct = {(r[0], r[1]): r for r in rows}
    if part in ("heldout", "fresh", "fresh2"):
        print(f"real-{part} labels: before {pct(ok_before, n)}  after {pct(ok_after, n)}  "
              f"(mentions; distinct names: before {pct(sum(r[6] for r in distinct.values()), len(distinct))}"
              f" after {pct(sum(r[7] for r in distinct.values()), len(distinct))})")
        return
    print(f"real-{part}: {n} entity mentions, {len(distinct)} distinct names")
    print(f"  recognisable (mentions)  before {pct(ok_before, n)}   after {pct(ok_after, n)}")
    print(f"  recognisable (distinct)  before {pct(sum(r[6] for r in distinct.values()), len(distinct))}"
          f"   after {pct(sum(r[7] for r in distinct.values()), len(distinct))}")
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in rows:
        t = by_type[r[1]]
        t[0] += 1
        t[1] += r[6]
        t[2] += r[7]
        s = by_source[r[5]]
        s[0] += 1
        s[1] += r[7]
    print("  per type (mentions):")
    for typ, (total, b, a) in sorted(by_type.items()):
        print(f"    {typ:7s} before {pct(b, total)}   after {pct(a, total)}")
    print("  per source of the new label (mentions; recognisable share within the source):")
    for src, (total, a) in sorted(by_source.items(), key=lambda kv: -kv[1][0]):
        print(f"    {src:16s} {total:4d} mentions   {pct(a, total)}")
    if details:
        print("  not recognisable after (type | canonical | gold | new label [source] | old label):")
        for (canonical, typ), r in sorted(distinct.items(), key=lambda kv: kv[0][1]):
            if not r[7]:
                print(f"    {typ:6s} {canonical} | {r[2]} | {r[4]} [{r[5]}] | {r[3]}")
        changed = Counter("better" if r[7] and not r[6] else "worse" for r in distinct.values() if r[6] != r[7])
        print(f"  distinct names changed: {dict(changed)}")


def seeds(details: bool) -> None:
    """The sample articles with their reference translations (seeds/*.en.txt) and gold labels
    (tests/data/gold/*.json): each gold entity's label from the resolver alone ("before") and after
    projection from the reference English of the paragraphs its surface occurs in ("after", through
    :func:`sahifa.services.translation.project_labels`, as ingest runs it)."""
    from sahifa.core.articles import load_article
    from sahifa.core.model import EntityMention
    from sahifa.services.translation import project_labels

    res = LabelResolver(fallback=_label_for)
    rows = []
    for gold_path in sorted((ROOT / "tests" / "data" / "gold").glob("*.json")):
        article = load_article(ROOT / "seeds" / (gold_path.stem + ".txt"))
        gold = [e for e in json.loads(gold_path.read_text(encoding="utf-8"))["entities"] if not e.get("optional")]
        mentions = []
        for e in gold:
            lab = res.resolve(e["canonical"], e["type"])
            start = article.text.find(e["text"])
            if start >= 0:
                mentions.append(EntityMention(e["text"], e["type"], e["canonical"], lab.text, start,
                                              start + len(e["text"]), label_source=lab.source))
        projected = {(m.canonical, m.type): m for m in project_labels(article, mentions)}
        for e in gold:
            before = res.resolve(e["canonical"], e["type"])
            m = projected.get((e["canonical"], e["type"]))
            after = (m.label_en, m.label_source) if m is not None else (before.text, before.source)
            rows.append((gold_path.stem[:3], e["type"], e["canonical"], e["label_en"], before.text, after,
                         recognisable(before.text, e["label_en"]), recognisable(after[0], e["label_en"])))
    n = len(rows)
    print(f"seeds: {n} gold entities (mentions) with reference English")
    print(f"  recognisable  before {pct(sum(r[6] for r in rows), n)}   after projection {pct(sum(r[7] for r in rows), n)}")
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        t = by_type[r[1]]
        t[0] += 1
        t[1] += r[6]
        t[2] += r[7]
    for typ, (total, b, a) in sorted(by_type.items()):
        print(f"    {typ:7s} before {pct(b, total)}   after {pct(a, total)}")
    projected_n = sum(1 for r in rows if r[5][1] == "projection")
    print(f"  labels from the projection: {projected_n}, of which recognisable "
          f"{sum(1 for r in rows if r[5][1] == 'projection' and r[7])}")
    if details:
        for r in rows:
            if r[6] != r[7] or not r[7]:
                print(f"    {r[0]} {r[1]:6s} {r[2]} | gold {r[3]} | before {r[4]} | after {r[5][0]} [{r[5][1]}]")


def _cold_resolver() -> LabelResolver:
    """A new resolver that reads every table itself: the tables a process's resolvers share (and the memos
    of the name index and the sound tables in them) forgotten first, so that "cold" stays cold (#13)."""
    from sahifa.nlp import labels_shared

    labels_shared.SHARED.clear()
    return LabelResolver(fallback=_label_for)


def speed(n_articles: int) -> None:
    from tests.helpers.realnews import corpus_available, corpus_files

    from sahifa.core.articles import load_article
    from sahifa.nlp.entities import extract_entities
    from sahifa.nlp.gazetteer import gazetteer
    from sahifa.nlp.labels_sources import fold_cache_clear
    from sahifa.nlp.translit import transliterate_word

    if not corpus_available():
        print("the SaudiNewsNet corpus is not in ../shared; no speed figures")
        return
    files = corpus_files(n_articles)
    per_article: list[list[tuple[str, str]]] = []
    mentions = 0
    for f in files:
        art = load_article(f)
        ents = extract_entities(art.text)
        mentions += len(ents)
        per_article.append(sorted({(e.canonical, e.type) for e in ents}))
    distinct = len({p for a in per_article for p in a})
    pairs = sum(len(a) for a in per_article)
    print(f"{len(files)} articles, {mentions} mentions, {pairs} (canonical, type) pairs per article summed, "
          f"{distinct} distinct")

    def run(label_fn) -> float:
        t = time.process_time()
        for art in per_article:
            for canonical, typ in art:
                label_fn(canonical, typ)
        return time.process_time() - t

    def clear() -> None:  # every cache a label goes through, so that "cold" is cold for both
        _label_for.cache_clear()
        transliterate_word.cache_clear()
        fold_cache_clear()

    gazetteer()  # loaded by the entity engine in any case
    for paused in (False, True):
        _speed_runs(per_article, run, clear, paused)
    # In the pipeline the entity engine has already run _label_for on every canonical name (it is the
    # engine's own labeller), so the resolver's fallback finds it cached: what labelling adds to
    # extraction there is the resolver's own work, all of it (nothing of the old labeller is saved).
    best = float("inf")
    for _ in range(3):
        clear()
        run(_label_for)
        t0 = time.process_time()
        res = _cold_resolver()
        res.resolve("محمد العنزي", "PERSON")
        loading = time.process_time() - t0
        best = min(best, loading + run(res.resolve))
    print(f"  as in the pipeline (the engine's own labels already computed): the resolver adds "
          f"{1000 * best / len(per_article):.3f} ms/article cold")
    # The pipeline's resolver is process-wide: it loads once and keeps every label, so what labelling adds
    # to an article later in a session is less than the cold figure above (loading and the first sight of
    # each name spread over the first articles). The second half of the articles, labelled by a new
    # resolver (loading included) and by one that labelled the first half before (not timed): the same
    # articles both ways (halves of a day's news differ in how many names an article has).
    half = len(per_article) // 2
    second = per_article[half:]
    cold_half = steady = float("inf")
    for _ in range(3):
        clear()
        run(_label_for)
        t0 = time.process_time()
        res = _cold_resolver()
        for art in second:
            for canonical, typ in art:
                res.resolve(canonical, typ)
        cold_half = min(cold_half, time.process_time() - t0)
        clear()
        run(_label_for)
        res = _cold_resolver()
        for art in per_article[:half]:
            for canonical, typ in art:
                res.resolve(canonical, typ)
        t0 = time.process_time()
        for art in second:
            for canonical, typ in art:
                res.resolve(canonical, typ)
        steady = min(steady, time.process_time() - t0)
    k = max(1, len(second))
    print(f"  later in a session: the last {len(second)} articles add {1000 * cold_half / k:.3f} ms/article "
          f"with a new resolver (loading included), {1000 * steady / k:.3f} with one that labelled the first "
          f"{half} before")


def _speed_runs(per_article: list[list[tuple[str, str]]], run, clear, paused: bool) -> None:
    """Cold and warm label runs, old and new; ``paused``: with the cyclic collector paused, as
    ``pipeline.analyse_many`` runs the labeller (after extracting a batch, the heap is large and a full
    collection during labelling costs more than some labels)."""
    import gc

    print("  collector paused (as analyse_many labels):" if paused else "  collector running:")
    # CPU time of this process (the machine is shared), each figure the best of three runs, caches cleared before each cold run
    old_cold = old_warm = new_cold = new_warm = load = first_load = float("inf")
    was_enabled = gc.isenabled()
    if paused:
        gc.disable()
    for attempt in range(3):
        clear()
        old_cold = min(old_cold, run(_label_for))
        old_warm = min(old_warm, run(_label_for))
        clear()
        t0 = time.process_time()
        res = _cold_resolver()
        res.resolve("محمد العنزي", "PERSON")  # loads the resources, opens the name index
        this_load = time.process_time() - t0
        if attempt == 0:
            first_load = this_load  # includes importing arabic_name_romanizer
        load = min(load, this_load)
        clear()
        new_cold = min(new_cold, run(res.resolve) + this_load)
        new_warm = min(new_warm, run(res.resolve))
    if was_enabled:
        gc.enable()
    k = len(per_article)
    print(f"  today's _label_for: cold {1000 * old_cold / k:.3f} ms/article, warm {1000 * old_warm / k:.4f}")
    print(f"  LabelResolver:      cold {1000 * new_cold / k:.3f} ms/article (of which loading "
          f"{1000 * load:.0f} ms once; {1000 * first_load:.0f} ms in a new process, with the romanizer's "
          f"import), warm {1000 * new_warm / k:.4f} ms/article")
    print(f"  added by the resolver: cold {1000 * (new_cold - old_cold) / k:+.3f} ms/article, "
          f"warm {1000 * (new_warm - old_warm) / k:+.4f} ms/article")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("tune", "train", "heldout", "fresh", "fresh2"), default="tune")
    ap.add_argument("--details", action="store_true", help="list unrecognisable labels (tune/train only)")
    ap.add_argument("--model", action="store_true", help="let the romanizer's ONNX model guess unknown units")
    ap.add_argument("--seeds", action="store_true", help="the sample with its reference translations: "
                    "labels before and after projection")
    ap.add_argument("--speed", type=int, metavar="N", help="time labelling N corpus articles instead")
    ap.add_argument("--stems", type=Path, metavar="FILE",
                    help="score only the gold files whose stems (one per line) FILE lists; tune/train only")
    args = ap.parse_args()
    if args.seeds:
        seeds(args.details)
        return 0
    if args.speed:
        speed(args.speed)
        return 0
    if args.set in ("heldout", "fresh", "fresh2") and args.details:
        ap.error("--details is refused on the held-out sets (heldout, fresh, fresh2)")
    if args.stems and args.set in ("heldout", "fresh", "fresh2"):
        sys.exit("--stems picks items: use it with --set tune or train (held-out sets are read in aggregate only)")
    stems = set(args.stems.read_text(encoding="utf-8").split()) if args.stems else None
    score(args.set, args.details, args.model, stems)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
