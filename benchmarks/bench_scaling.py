"""How each extractor's time grows with the length of ONE article (repeated patterns, 0.1–0.8 MB).

    .venv/bin/python benchmarks/bench_scaling.py [--pattern attributions] [--sizes 0.1,0.2,0.4,0.8]

A hostile or broken file can be one huge article: the same sentence pasted thousands of times, a
whole archive without a paragraph break. Every extractor must stay near-linear on such input: the
goal is that an article 8× longer (0.8 MB against 0.1 MB) takes at most 12× the time. For each
pattern and size this prints the CPU time of

- load: cleaning and sentence splitting (``build_article``);
- entities (``extract_entities``), numbers (``extract_numbers``), quotes (``extract_quotes`` given
  the article's entities), linking (``link_across_articles`` over the one article);

and each one's ratio to its time at the first size. Patterns (all built from one or two sentences
repeated until the article has the size asked for, in UTF-8 bytes):

- ``attributions``: ``قال دونالد ترامب إن …`` sentences (the case reported: quotes were quadratic);
- ``figures``: sentences dense in numbers, money, percentages and dates;
- ``quoted``: direct quotes «…» attributed to named people and organisations;
- ``run-on``: attributions joined by commas, no full stop: one sentence of the whole article.

No assertion is made: this prints ratios; the tests never time anything. Figures are CPU time of
this process (best of ``--repeat``), so other jobs on a shared machine count less.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))

PATTERNS: dict[str, tuple[str, ...]] = {
    "attributions": (
        "قال دونالد ترامب إن الاقتصاد الأمريكي يشهد نموا قويا هذا العام.",
        "وأضاف الرئيس الأمريكي أن الإدارة ستواصل دعم الشركات الصغيرة في الولايات المتحدة.",
    ),
    "figures": (
        "قتل 25 شخصا وأصيب أكثر من 300 آخرين في انفجار وقع يوم 12 مارس 2019 قرب بغداد.",
        "وبلغت الخسائر نحو 5 ملايين دولار، أي 12.5% من ميزانية العام، بحسب وزارة المالية العراقية.",
    ),
    "quoted": (
        "وقال المتحدث باسم وزارة الخارجية أحمد حافظ: «إن مصر ترفض أي تدخل في شؤونها الداخلية».",
        "وأكد المرصد السوري لحقوق الإنسان أن «المعارك استمرت طوال الليل في ريف حلب الشمالي».",
    ),
    "run-on": (
        "قال دونالد ترامب إن الاقتصاد قوي،",
        "وأضاف وزير الخارجية مايك بومبيو أن المفاوضات مستمرة،",
    ),
}

STAGES = ("load", "entities", "numbers", "quotes", "linking")


def build_text(pattern: str, size_bytes: int) -> str:
    """A title, then the pattern's sentences repeated (a paragraph every 10 sentences, none for
    ``run-on``) until the text has at least ``size_bytes`` UTF-8 bytes."""
    sentences = PATTERNS[pattern]
    per_paragraph = 0 if pattern == "run-on" else 10
    parts: list[str] = ["مقال طويل للاختبار\n\n"]
    size = len(parts[0].encode("utf-8"))
    k = 0
    while size < size_bytes:
        s = sentences[k % len(sentences)]
        sep = "\n\n" if per_paragraph and (k + 1) % per_paragraph == 0 else " "
        piece = s + sep
        parts.append(piece)
        size += len(piece.encode("utf-8"))
        k += 1
    return "".join(parts)


def best_of(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best = float("inf")
    out: Any = None
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        out = fn()
        best = min(best, time.process_time() - t0)
    return best, out


def measure(pattern: str, size_bytes: int, repeat: int) -> dict[str, float]:
    from sahifa.core.articles import build_article
    from sahifa.nlp.entities import extract_entities, link_across_articles
    from sahifa.nlp.numbers import extract_numbers
    from sahifa.nlp.quotes import extract_quotes

    raw = build_text(pattern, size_bytes)
    times: dict[str, float] = {}
    times["load"], article = best_of(lambda: build_article("/bench/long.txt", raw), repeat)
    text = article.text
    times["entities"], ents = best_of(lambda: extract_entities(text), repeat)
    times["numbers"], _ = best_of(lambda: extract_numbers(text), repeat)
    times["quotes"], _ = best_of(lambda: extract_quotes(text, article.sentences, ents), repeat)
    times["linking"], _ = best_of(lambda: link_across_articles([ents]), repeat)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pattern", action="append", choices=sorted(PATTERNS),
                    help="pattern to measure (repeatable; default: all)")
    ap.add_argument("--sizes", default="0.1,0.2,0.4,0.8", help="article sizes in MB (default 0.1,0.2,0.4,0.8)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per figure; the best is kept (default 1)")
    ap.add_argument("--pure", action="store_true", help="run the pure-Python extractors")
    args = ap.parse_args(argv)
    if args.pure:
        os.environ["SAHIFA_PURE"] = "1"
    import sahifa.nlp

    sizes = [float(x) for x in args.sizes.split(",") if x.strip()]
    print(f"bench_scaling: Python {sys.version.split()[0]}, {sahifa.nlp.build()} extractors, "
          f"CPU seconds (best of {args.repeat}); ratio = time / time at {sizes[0]} MB "
          f"(goal: at most 12 at 8x the size)")
    measure("attributions", 20_000, 1)  # warm-up: lexicons, gazetteer, imports
    for pattern in args.pattern or list(PATTERNS):
        print(f"\n{pattern}")
        print(f"  {'MB':>5s} " + " ".join(f"{s:>17s}" for s in STAGES))
        first: dict[str, float] | None = None
        for mb in sizes:
            times = measure(pattern, int(mb * 1_000_000), args.repeat)
            if first is None:
                first = times
            cells = []
            for s in STAGES:
                ratio = times[s] / first[s] if first[s] > 0 else float("nan")
                cells.append(f"{times[s]:8.3f}s ×{ratio:6.1f}")
            print(f"  {mb:5.2f} " + " ".join(f"{c:>17s}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
