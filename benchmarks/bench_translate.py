"""Translation pipeline overhead.

    .venv/bin/python benchmarks/bench_translate.py [--package DIR] [--repeat N]

Measures, over the sentences of every seed article:
  1. ArgosTranslator.translate_batch (SentencePiece encode, clause splitting, dedup, batching, decode)
     vs raw ctranslate2 translate_batch on the same pre-tokenised sentences with the same options
     — goal: ratio ≤ 1.2×;
  2. fetching a cached article's translation through translate_article + MemoryTranslationCache
     — goal: ≤ 20 ms.
Uses the installed ar→en package when there is one (or --package DIR), otherwise builds the tiny test
package (tests/helpers/tiny_argos.py) with argostranslate's directories in a temp folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]

if TYPE_CHECKING:
    from sahifa.nlp.translate import PackageInfo


def _default_packages_dir() -> Path:
    """argostranslate's packages dir, computed without importing it (the import creates folders)."""
    if os.environ.get("ARGOS_PACKAGES_DIR"):
        return Path(os.environ["ARGOS_PACKAGES_DIR"])
    data = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return data / "argos-translate" / "packages"


def _package(arg: str | None) -> tuple[PackageInfo, str]:
    if arg:
        from sahifa.nlp.translate import read_package_dir

        return read_package_dir(arg), "given"
    if _default_packages_dir().is_dir():
        from sahifa.nlp.translate import find_installed_package

        found = find_installed_package("ar", "en")
        if found is not None:
            return found, "installed"
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers.tiny_argos import build_tiny_argos_package, import_argos_isolated

    tmp = Path(tempfile.mkdtemp(prefix="sahifa-bench-"))
    import_argos_isolated(tmp)
    from sahifa.nlp.modelstore import install_archive

    info = install_archive(build_tiny_argos_package(tmp / "archives"), packages_dir=tmp / "packages")
    return info, "tiny test package"


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--package", metavar="DIR", help="an installed (extracted) Argos package folder")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    from sahifa.core.articles import load_article
    from sahifa.nlp.translate import ArgosTranslator, MemoryTranslationCache, translate_article

    package, origin = _package(args.package)
    seeds = [p for p in sorted((ROOT / "seeds").glob("*.txt")) if not p.name.endswith(".en.txt")]
    articles = [load_article(p) for p in seeds]
    sentences = [s.text for a in articles for s in a.sentences]
    translator = ArgosTranslator(package)
    t = time.perf_counter()
    translator.load()
    load_s = time.perf_counter() - t
    print(f"package: {translator.engine_id} ({origin}); {len(articles)} articles, {len(sentences)} sentences; "
          f"beam {translator.beam_size}, batch {translator.max_batch_size}, {translator.intra_threads} threads; "
          f"model load {load_s * 1000:.0f} ms")

    ct2 = translator._translator
    tokens = [translator.encode(s) for s in sentences]
    options = dict(
        beam_size=translator.beam_size, max_batch_size=translator.max_batch_size, length_penalty=0.2,
        replace_unknowns=True, num_hypotheses=1, max_decoding_length=256,
    )
    translator.translate_batch(sentences[:8])  # warm-up
    ct2.translate_batch(tokens[:8], **options)

    # interleaved, best of N: the machine is shared, this keeps both sides under the same load
    ours_runs: list[float] = []
    raw_runs: list[float] = []
    for _ in range(args.repeat):
        ours_runs.append(timed(lambda: translator.translate_batch(sentences)))
        raw_runs.append(timed(lambda: ct2.translate_batch(tokens, **options)))
    ours, raw = min(ours_runs), min(raw_runs)
    ratio = ours / raw
    print(f"ArgosTranslator.translate_batch: {ours:.3f} s  ({ours / len(sentences) * 1000:.1f} ms/sentence)")
    print(f"raw ctranslate2.translate_batch (pre-tokenised): {raw:.3f} s")
    print(f"overhead ratio: {ratio:.3f}x  (goal <= 1.2x: {'OK' if ratio <= 1.2 else 'MISSED'})")

    article = max(articles, key=lambda a: len(a.sentences))
    cache = MemoryTranslationCache()
    first = translate_article(article, translator, cache)
    runs = []
    for _ in range(200):
        t = time.perf_counter()
        again = translate_article(article, translator, cache)
        runs.append(time.perf_counter() - t)
    assert again == first
    median_ms = statistics.median(runs) * 1000
    print(f"cached article ({len(article.sentences)} sentences) from MemoryTranslationCache: "
          f"median {median_ms:.3f} ms, max {max(runs) * 1000:.3f} ms  (goal <= 20 ms: "
          f"{'OK' if median_ms <= 20 else 'MISSED'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
