"""Ingest throughput, re-open, CLI start-up, memory and sidebar queries on real-text folders.

    .venv/bin/python benchmarks/bench_ingest.py [--sizes 2000,10000] [--quick] [--keep DIR]

Builds synthetic folders of N articles from the five seeds: each article is 15–28 of the seeds'
cleaned paragraphs drawn at random, with the sentences of a paragraph reshuffled and every ASCII
number replaced by a random one of the same length (so paragraphs rarely repeat verbatim and caches
keyed by text see realistic misses), a title made of a seed title's words reshuffled and a date line.
File contents are all distinct. Every figure is printed with a floor measured in the same run:

- ingest: ``sahifa.ingest.ingest`` into a fresh library, in a child process (one core), with the
  time per stage (load, entities, numbers, quotes, cross-article linking, save, rest) from wrappers
  around the pipeline's functions; floor: read + decode + sqlite-utils ``insert_all`` of the text;
- re-open with nothing changed (the same ``ingest`` call again); floor: read + sha1 of every file;
- peak RSS of that child (``ru_maxrss``; no translation model loaded); goal ≤ 400 MB at 10,000;
- ``sahifa facts --json`` wall time on the first size's library vs ``sahifa --version``; goal ≤ 2×;
- sidebar queries on the largest library: entities(), articles(entity_keys=[k]) and
  figures(entity_keys=[k]) for a mid-frequency and the most frequent entity; floor: the same rows
  fetched with plain SQL; goal ≤ 50 ms each.

``--quick`` uses sizes 300,1000. Machine noise: every number is from this run only; compare ratios.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر")
_DIGITS = re.compile(r"[0-9]+")


# --- corpus ------------------------------------------------------------------------------------


def seed_material() -> tuple[list[list[str]], list[str]]:
    """(paragraphs as lists of sentences, titles) of the five seeds, cleaned by Sahifa's loader."""
    from sahifa.core.articles import load_folder

    articles, errors = load_folder(SEEDS)
    assert articles and not errors, errors
    paragraphs: list[list[str]] = []
    titles: list[str] = []
    for a in articles:
        titles.append(a.title)
        for p in a.paragraphs[1:]:  # paragraph 0 is the title
            sentences = [s.text for s in a.sentences if s.paragraph == p.index]
            if sentences:
                paragraphs.append(sentences)
    return paragraphs, titles


def build_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """Write n distinct article files (1,000 per sub-folder); return the total bytes."""
    paragraphs, titles = seed_material()
    rng = random.Random(seed)

    def renumber(m: re.Match[str]) -> str:
        digits = len(m.group())
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 0, 10**digits - 1))

    seen: set[str] = set()
    total = 0
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        while True:
            body = []
            for sentences in rng.sample(paragraphs, rng.randint(15, min(28, len(paragraphs)))):
                sentences = list(sentences)
                rng.shuffle(sentences)
                body.append(_DIGITS.sub(renumber, " ".join(sentences)))
            words = rng.choice(titles).split()
            rng.shuffle(words)
            date = f"{rng.randint(1, 28)} {rng.choice(AR_MONTHS)} {rng.randint(2015, 2024)}"
            raw = "\n".join([" ".join(words), date, "", *body]) + "\n"
            if raw not in seen:
                seen.add(raw)
                break
        sub = folder / f"{i // 1000:02d}"
        sub.mkdir(exist_ok=True)
        data = raw.encode("utf-8")
        (sub / f"article_{i:05d}.txt").write_bytes(data)
        total += len(data)
    return total


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.txt"))


# --- floors ------------------------------------------------------------------------------------


def floor_insert(folder: Path, db_path: Path) -> float:
    """Seconds to find, read, decode and sqlite-utils-insert the raw text of every file."""
    import sqlite_utils  # imported before timing (its import pulls in pandas)

    t0 = time.perf_counter()
    db = sqlite_utils.Database(db_path)
    rows = ({"path": str(p), "text": p.read_bytes().decode("utf-8")} for p in corpus_files(folder))
    db.table("articles").insert_all(rows, batch_size=200)
    db.close()
    return time.perf_counter() - t0


def floor_reopen(folder: Path) -> float:
    """Seconds to find, read and sha1 every file (what a content check cannot avoid)."""
    t0 = time.perf_counter()
    for p in corpus_files(folder):
        hashlib.sha1(p.read_bytes()).hexdigest()
    return time.perf_counter() - t0


# --- the child: the real pipeline --------------------------------------------------------------


def child_ingest(folder: Path, library_path: Path, keep_articles: bool = True) -> dict[str, Any]:
    """Ingest folder into a fresh library with per-stage timers; then ingest again (nothing changed)."""
    import sahifa.ingest as ingest_mod
    import sahifa.nlp.pipeline as pipeline
    from sahifa.storage.library import Library

    stages: dict[str, float] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                stages[name] = stages.get(name, 0.0) + time.perf_counter() - t0
        return wrapper

    ingest_mod.load_article = timed("load", ingest_mod.load_article)
    ingest_mod._sha1_of = timed("sha1 check", ingest_mod._sha1_of)
    pipeline.extract_entities = timed("entities", pipeline.extract_entities)
    pipeline.extract_numbers = timed("numbers", pipeline.extract_numbers)
    pipeline.extract_quotes = timed("quotes", pipeline.extract_quotes)
    pipeline.link_across_articles = timed("link", pipeline.link_across_articles)
    Library.save_article = timed("save", Library.save_article)  # type: ignore[method-assign]

    # warm-up (lazy gazetteer and lexicon loading, imports) on the seeds, into a throw-away library
    warm = ingest_mod.open_library(library_path.with_name("warmup.db"))
    ingest_mod.ingest(warm, [SEEDS])
    warm.close()
    stages.clear()

    library = ingest_mod.open_library(library_path)
    c0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    result = ingest_mod.ingest(library, [folder], keep_articles=keep_articles)
    seconds = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_SELF)
    first = dict(stages)
    n = result.analysed
    errors = len(result.errors)
    del result
    library.close()

    library = ingest_mod.open_library(library_path)
    t0 = time.perf_counter()
    again = ingest_mod.ingest(library, [folder])
    reopen = time.perf_counter() - t0
    library.close()
    return {
        "articles": n, "errors": errors, "seconds": seconds,
        "cpu_seconds": (c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime),
        "stages": first, "reopen_seconds": reopen, "reopen_unchanged": len(again.unchanged),
        "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "library_mb": library_path.stat().st_size / 1e6,
    }


def run_child(folder: Path, library_path: Path, keep_articles: bool = True) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), str(library_path), "keep" if keep_articles else "lean"],
        check=True, capture_output=True, text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


# --- CLI start-up and queries ------------------------------------------------------------------


def cli_wall(args: list[str], home: Path, repeat: int = 3) -> tuple[float, str]:
    """Median wall seconds of ``python -m sahifa ARGS`` (stdout discarded), and an error if it failed."""
    env = dict(os.environ, SAHIFA_HOME=str(home))
    times = []
    error = ""
    for _ in range(repeat):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "sahifa", *args], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            error = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
    return statistics.median(times), error


def median_ms(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, Any]:
    result = fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def bench_queries(library_path: Path) -> list[str]:
    from sahifa.ingest import open_library

    lib = open_library(library_path)
    conn = lib._conn  # the floors are plain SQL on the same connection
    ents = lib.entities()
    n_articles = len(lib.articles())
    top = ents[0]
    mid = min(ents, key=lambda e: abs(e.articles - n_articles / 20))  # in ~5 % of the articles
    lines = [f"keys: most frequent {top.canonical!r} ({top.articles:,} articles, {top.mentions:,} mentions); "
             f"mid-frequency {mid.canonical!r} ({mid.articles:,} articles)"]

    def row(label: str, fn: Callable[[], Any], floor_sql: str, params: tuple[Any, ...] = ()) -> None:
        ms, result = median_ms(fn)
        floor_ms, _ = median_ms(lambda: conn.execute(floor_sql, params).fetchall())
        verdict = "OK" if ms <= 50 else "over 50 ms"
        lines.append(f"  {label:<44} {ms:7.1f} ms  {len(result):>7,} rows   floor {floor_ms:6.1f} ms  "
                     f"×{ms / max(floor_ms, 1e-3):5.1f}   {verdict}")

    row("entities()", lib.entities,
        "SELECT key, canonical, label_en, type, mentions, articles FROM entities WHERE articles > 0")
    for name, e in (("mid", mid), ("top", top)):
        row(f"articles(entity_keys=[{name}])", functools.partial(lib.articles, entity_keys=[e.key]),
            "SELECT a.id, a.path, a.title, a.source, a.published, a.n_entities, a.n_numbers, a.n_quotes, a.read "
            "FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.key = ?", (e.key,))
    for name, e in (("mid", mid), ("top", top)):
        row(f"figures(entity_keys=[{name}])", functools.partial(lib.figures, entity_keys=[e.key]),
            "SELECT n.* FROM article_entities ae JOIN numbers n ON n.article_id = ae.article_id WHERE ae.key = ?",
            (e.key,))
    row("figures(entity_keys=[top], limit=500)", lambda: lib.figures(entity_keys=[top.key], limit=500),
        "SELECT n.* FROM article_entities ae JOIN numbers n ON n.article_id = ae.article_id WHERE ae.key = ? "
        "LIMIT 500", (top.key,))
    lib.close()
    return lines


# --- main --------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="2000,10000", help="comma-separated corpus sizes (default 2000,10000)")
    ap.add_argument("--quick", action="store_true", help="sizes 300,1000")
    ap.add_argument("--keep", type=Path, help="build corpora and libraries in this folder and keep them")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        folder, library_path, mode = args.child
        print(json.dumps(child_ingest(Path(folder), Path(library_path), keep_articles=mode == "keep")))
        return

    sizes = [300, 1000] if args.quick else [int(x) for x in args.sizes.split(",") if x.strip()]
    root = args.keep or Path(tempfile.mkdtemp(prefix="sahifa-bench-ingest-"))
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"SQLite {__import__('sqlite3').sqlite_version}; corpora in {root}\n")
    libraries: dict[int, Path] = {}
    try:
        for n in sizes:
            corpus = root / f"corpus{n}"
            if corpus.exists():
                shutil.rmtree(corpus)
            size = build_corpus(corpus, n)
            home = root / f"home{n}"
            if home.exists():
                shutil.rmtree(home)
            home.mkdir()
            libraries[n] = home / "library.db"
            floor_s = floor_insert(corpus, root / f"floor{n}.db")
            reopen_floor_s = floor_reopen(corpus)
            r = run_child(corpus, libraries[n])
            rate, floor_rate = r["articles"] / r["seconds"], n / floor_s
            print(f"== {n:,} articles ({size / 1e6:.1f} MB of text, {size / n / 1e3:.1f} kB each) ==")
            print(f"ingest (sahifa.ingest.ingest, fresh library): {rate:8.0f} articles/s "
                  f"({r['seconds']:.1f} s wall, {r['articles'] / r['cpu_seconds']:.0f} articles/s of CPU time; "
                  f"{r['errors']} errors)")
            print(f"floor (read + decode + sqlite-utils insert_all): {floor_rate:8.0f} articles/s   "
                  f"ratio ×{floor_rate / rate:.1f}  (goal ≤ 5×, at least ≤ 10×)")
            print("per stage, ms per article: " + ", ".join(
                f"{k} {v * 1000 / n:.2f}" for k, v in sorted(r["stages"].items(), key=lambda kv: -kv[1])
            ) + f", rest {(r['seconds'] - sum(r['stages'].values())) * 1000 / n:.2f}")
            print(f"re-open, nothing changed: {r['reopen_seconds'] * 1000:8.0f} ms "
                  f"({r['reopen_unchanged']:,} unchanged)   floor (read + sha1): {reopen_floor_s * 1000:.0f} ms   "
                  f"ratio ×{r['reopen_seconds'] / reopen_floor_s:.1f}")
            print(f"peak RSS of the ingesting process: {r['maxrss_mb']:.0f} MB (goal ≤ 400 MB); "
                  f"library file {r['library_mb']:.0f} MB")
            if n == sizes[-1]:
                lean = run_child(corpus, root / f"lean{n}.db", keep_articles=False)
                print(f"peak RSS with ingest(keep_articles=False): {lean['maxrss_mb']:.0f} MB "
                      f"({lean['articles'] / lean['seconds']:.0f} articles/s)")
            print()

        first = sizes[0]
        facts_s, facts_err = cli_wall(["facts", "--json"], libraries[first].parent)
        version_s, version_err = cli_wall(["--version"], libraries[first].parent)
        print(f"sahifa facts --json on the {first:,} library: {facts_s * 1000:.0f} ms   "
              f"sahifa --version: {version_s * 1000:.0f} ms   ratio ×{facts_s / version_s:.1f} (goal ≤ 2×)")
        for what, err in (("facts", facts_err), ("--version", version_err)):
            if err:
                print(f"  warning: sahifa {what} failed: {err}")

        largest = sizes[-1]
        print(f"\nsidebar queries at {largest:,} articles (median of 7; goal ≤ 50 ms each):")
        print("\n".join(bench_queries(libraries[largest])))
        print(f"\nbenchmark wall time {time.perf_counter() - started:.0f} s")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
