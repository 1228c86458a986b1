"""Benchmark the library at 10,000 articles.

Builds a synthetic library by saving the five seed articles 2,000 times each (different paths) with
their analyses, then times the queries the GUI runs on every click. Until the extractors in
``sahifa.nlp`` exist, analyses are synthesised from the real seed texts: entity mentions from a small
gazetteer found in the text, figures from "<digits> <noun>", quotes from reporting verbs. Each copy
re-labels ~40 % of the entity mentions with names drawn from a Zipf-distributed vocabulary of 5,000
synthetic entities (a realistic long tail) and jitters some figures.

    .venv/bin/python benchmarks/bench_queries.py [--copies 2000] [--keep DIR]

Targets: entities(), articles(entity_keys=[k]), figures(entity_keys=[k]) ≤ 50 ms each.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlite_utils

from sahifa.core.articles import load_folder
from sahifa.core.model import Analysis, Article, EntityMention, NumberMention, Quote
from sahifa.storage.library import Library

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

GAZETTEER = {
    "داعش": ("ORG", "ISIS"), "تنظيم داعش": ("ORG", "ISIS"), "قوات سوريا الديمقراطية": ("ORG", "SDF"),
    "قسد": ("ORG", "SDF"), "سوريا": ("LOC", "Syria"), "باغوز": ("LOC", "Baghouz"),
    "الباغوز": ("LOC", "Baghouz"), "دير الزور": ("LOC", "Deir ez-Zor"), "الولايات المتحدة": ("LOC", "United States"),
    "واشنطن": ("LOC", "Washington"), "العراق": ("LOC", "Iraq"), "إدلب": ("LOC", "Idlib"),
    "المرصد السوري لحقوق الإنسان": ("ORG", "Syrian Observatory for Human Rights"), "الجارديان": ("ORG", "The Guardian"),
    "روسيا": ("LOC", "Russia"), "أوروبا": ("LOC", "Europe"), "ترامب": ("PERSON", "Trump"),
    "مصطفى بالي": ("PERSON", "Mustafa Bali"), "الفرات": ("LOC", "Euphrates"), "تركيا": ("LOC", "Turkey"),
}
CANONICAL = {"تنظيم داعش": "داعش", "قسد": "قوات سوريا الديمقراطية", "باغوز": "الباغوز"}
CUES = re.compile(r"(قال|أكد|أفاد|أوضح|وفقًا ل|بحسب|ذكر|أعلن)")
NUMBER = re.compile(r"([0-9٠-٩][0-9٠-٩,.]*)\s+([^\s،.]+)")
EN_COUNTED = {"مقاتل": "fighters", "مدني": "civilians", "شخص": "people", "عنصر": "members", "كيلومتر": "km"}


def analyse_seed(art: Article) -> Analysis:
    text = art.text
    ents: list[EntityMention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(GAZETTEER, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            etype, label = GAZETTEER[name]
            ents.append(EntityMention(name, etype, CANONICAL.get(name, name), label, m.start(), m.end()))
    ents.sort(key=lambda e: e.start)
    numbers = []
    for m in NUMBER.finditer(text):
        digits = m.group(1).translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")).replace(",", "")
        try:
            value: float | int = int(digits)
        except ValueError:
            try:
                value = float(digits)
            except ValueError:
                continue
        counted = m.group(2)
        kind = "year" if 1900 < value < 2100 and isinstance(value, int) else "count"
        numbers.append(NumberMention(m.group(0), value, kind, None, m.start(), m.end(), counted,
                                     EN_COUNTED.get(counted), None, False))
    quotes = []
    for s in art.sentences:
        cue = CUES.search(s.text)
        if cue:
            start = s.start + cue.end()
            words = s.text[cue.end():].split()
            speaker = " ".join(words[:2]) if words else "مصدر"
            canonical = next((CANONICAL.get(n, n) for n in GAZETTEER if speaker.startswith(n)), None)
            quotes.append(Quote(speaker, canonical, cue.group(1), text[start:s.end], False, start, s.end))
    return Analysis(tuple(ents), tuple(numbers), tuple(quotes))


def synthetic_vocabulary(n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    out = []
    for i in range(n):
        name = "".join(rng.choice(letters) for _ in range(rng.randint(4, 8)))
        if rng.random() < 0.4:
            name += " " + "".join(rng.choice(letters) for _ in range(rng.randint(3, 7)))
        out.append((name, rng.choice(("PERSON", "ORG", "LOC", "MISC")), f"Entity {i}"))
    return out


def perturb(an: Analysis, rng: random.Random, vocab: list[tuple[str, str, str]], weights: list[float]) -> Analysis:
    ents = []
    picks = rng.choices(range(len(vocab)), weights=weights, k=len(an.entities))
    for m, pick in zip(an.entities, picks, strict=True):
        if rng.random() < 0.4:
            name, etype, label = vocab[pick]
            m = replace(m, text=name, canonical=name, type=etype, label_en=label)
        ents.append(m)
    nums = [
        replace(n, value=int(n.value * rng.choice((1, 1, 1, 2, 3)))) if isinstance(n.value, int) and n.kind == "count"
        else n
        for n in an.numbers
    ]
    return Analysis(tuple(ents), tuple(nums), an.quotes)


def timed(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, Any]:
    fn()  # warm up (page cache, statement cache)
    times = []
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, default=2000)
    ap.add_argument("--keep", type=Path, help="build the library in this folder and keep it")
    args = ap.parse_args()

    seeds, errors = load_folder(SEEDS)
    assert seeds and not errors, errors
    analyses = [analyse_seed(a) for a in seeds]
    print(f"seeds: {len(seeds)}; per seed entities/numbers/quotes: "
          + ", ".join(f"{len(a.entities)}/{len(a.numbers)}/{len(a.quotes)}" for a in analyses))

    rng = random.Random(42)
    vocab = synthetic_vocabulary(5000, rng)
    weights = [1 / (i + 1) ** 1.1 for i in range(len(vocab))]
    items = []
    for c in range(args.copies):
        for art, an in zip(seeds, analyses, strict=True):
            path = f"/library/batch{c // 100:03d}/{c:05d}_{Path(art.path).name}"
            published = f"2019-{1 + c % 12:02d}-{1 + c % 28:02d}"
            items.append((replace(art, path=path, published=published), perturb(an, rng, vocab, weights)))
    n = len(items)

    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="sahifa-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    for f in tmp.glob("*.db*"):
        f.unlink()

    # floor: plain sqlite-utils insert of just the text
    plain = sqlite_utils.Database(tmp / "plain.db")
    t0 = time.perf_counter()
    plain.table("articles").insert_all(({"path": a.path, "text": a.text} for a, _ in items), batch_size=500)
    floor = n / (time.perf_counter() - t0)
    plain.close()

    lib = Library(tmp / "library.db")
    t0 = time.perf_counter()
    for art, an in items[: n // 2]:  # one transaction per article (how the analysis worker saves)
        lib.save_article(art, an, folder=str(Path(art.path).parent))
    single = (n // 2) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    rest = items[n // 2:]
    for i in range(0, len(rest), 200):  # batched (lib.batch())
        with lib.batch():
            for art, an in rest[i: i + 200]:
                lib.save_article(art, an, folder=str(Path(art.path).parent))
    batched = len(rest) / (time.perf_counter() - t0)
    size = (tmp / "library.db").stat().st_size / 1e6
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.db.execute("ANALYZE")

    print(f"\nsave_article: {single:,.0f} articles/s (one transaction each), {batched:,.0f} articles/s "
          f"(batches of 200); floor (sqlite-utils insert_all of path+text only): {floor:,.0f} articles/s")
    total = lib.db.execute(
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), "
        "(SELECT count(*) FROM article_entities), (SELECT count(*) FROM entities WHERE articles > 0), "
        "(SELECT count(*) FROM numbers), (SELECT count(*) FROM quotes), (SELECT count(*) FROM passages)"
    ).fetchone()
    print("rows: articles {:,}, mentions {:,}, article_entities {:,}, entities {:,}, figures {:,}, "
          "quotes {:,}, passages {:,}; file {:.0f} MB".format(*total, size))

    ents = lib.entities()
    top = ents[0]
    median = ents[len(ents) // 50]  # a frequently clicked but not ubiquitous entity
    tail = ents[len(ents) // 2]
    print(f"\nkeys: top {top.canonical!r} ({top.articles:,} articles), "
          f"p2 {median.canonical!r} ({median.articles:,}), p50 {tail.canonical!r} ({tail.articles:,})\n")
    rows = []

    def bench(label: str, fn: Callable[[], Any], target: float | None = None) -> None:
        ms, result = timed(fn)
        count = len(result) if hasattr(result, "__len__") else ""
        ok = "" if target is None else ("  OK" if ms <= target else f"  over {target:.0f} ms")
        rows.append(f"{label:<52} {ms:8.1f} ms  {count!s:>7} rows{ok}")

    bench("entities()", lib.entities, 50)
    bench("entities() + every article_ids", lambda: [len(e.article_ids) for e in lib.entities()])
    for name, e in (("p50", tail), ("p2", median), ("top", top)):
        bench(f"articles(entity_keys=[{name}])", functools.partial(lib.articles, entity_keys=[e.key]), 50)
    for name, e in (("p50", tail), ("p2", median), ("top", top)):
        bench(f"figures(entity_keys=[{name}])", functools.partial(lib.figures, entity_keys=[e.key]), 50)
    bench("entities(entity_keys=[p2])", lambda: lib.entities(entity_keys=[median.key]))
    bench("articles(entity_keys=[top, p2])", lambda: lib.articles(entity_keys=[top.key, median.key]))
    bench("articles()", lib.articles)
    # its floor: the same rows' columns (without the English title) by plain SQL, no row objects
    bench("  floor: plain SQL, same order, no English title", lambda: lib.db.execute(
        "SELECT id, path, title, source, published, n_entities, n_numbers, n_quotes, read FROM articles "
        "ORDER BY published IS NULL, published, title, id").fetchall())
    with_english = lib.db.execute("SELECT count(*) FROM articles a JOIN article_texts t ON t.article_id = a.id "
                                  "WHERE t.reference_en IS NOT NULL").fetchone()[0]
    rows.append(f"  (articles with a reference English title: {with_english:,})")
    bench("articles(folder=one batch folder)", lambda: lib.articles(folder="/library/batch007"))
    bench("entities(folder=one batch folder)", lambda: lib.entities(folder="/library/batch007"))
    bench("figure_groups(folder=one batch folder)", lambda: lib.figure_groups(folder="/library/batch007"))
    bench("figure_groups(entity_keys=[p50])", lambda: lib.figure_groups(entity_keys=[tail.key]))
    bench("quotes(entity_keys=[p2])", lambda: lib.quotes(entity_keys=[median.key]))
    bench("speakers()", lib.speakers)
    bench("search('مقاتل')", lambda: lib.search("مقاتل"))
    bench("search('قوات سوريا الديمقراطية')", lambda: lib.search("قوات سوريا الديمقراطية"))
    bench("articles(search='الباغوز', entity_keys=[p2])",
          lambda: lib.articles(search="الباغوز", entity_keys=[median.key]))
    some_id = lib.articles(folder="/library/batch007")[0].id
    bench("article(id) + entity_mentions(id)", lambda: (lib.article(some_id), lib.entity_mentions(some_id)))
    bench("resolve_entity('قسد')", lambda: [lib.resolve_entity("قسد")])
    # the article list's "About" lines (English interface, articles with no English title): a folder of
    # 1,000 articles read one article at a time (the floor: how it was done) and in batches
    thousand = [r.id for r in lib.articles()[:1000]]
    bench("  floor: entity_mentions(id) for 1,000 articles", lambda: [lib.entity_mentions(i) for i in thousand])
    bench("entity_mentions_many(1,000 ids)", lambda: lib.entity_mentions_many(thousand))
    print("\n".join(rows))
    lib.close()
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
