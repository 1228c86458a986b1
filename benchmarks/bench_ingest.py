"""Ingest throughput, re-open, CLI start-up, memory and sidebar queries on real-text folders.

    .venv/bin/python benchmarks/bench_ingest.py [--sizes 2000,10000] [--quick] [--keep DIR] [--workers 0,1,2]
    .venv/bin/python benchmarks/bench_ingest.py --crossover

Builds synthetic folders of N articles from the five seeds: each article is 15–28 of the seeds'
cleaned paragraphs drawn at random, with the sentences of a paragraph reshuffled and every ASCII
number replaced by a random one of the same length (so paragraphs rarely repeat verbatim and caches
keyed by text see realistic misses), a title made of a seed title's words reshuffled and a date line.
File contents are all distinct. Every figure is printed with a floor measured in the same run:

- ingest: ``sahifa.services.ingest.ingest`` into a fresh library, in a child process, with the analysis on
  the calling thread and with 1 and 2 worker processes (``--workers``), each against the floor:
  read + decode + sqlite-utils ``insert_all`` of the text; the time per stage (load, entities,
  numbers, quotes, cross-article linking, prepare rows, save, sha1 check, rest) from wrappers around
  the pipeline's functions (with workers: the calling thread's stages, the rest is waiting);
- re-open with nothing changed (the same ``ingest`` call again); floor: read + sha1 of every file;
- peak RSS (``ru_maxrss``; no translation model loaded) of the ingesting process and of its largest
  worker; goal ≤ 400 MB at 10,000 with ``keep_articles=False``;
- ``--crossover``: small ingests on the calling thread vs with 2 workers (where a pool starts to pay);
- ``sahifa facts --json`` (and the text ``sahifa facts``) on the first size's library vs ``sahifa --version``,
  goal ≤ 2×; floor: a bare interpreter streaming the same rows as JSON made by SQLite (``--facts DIR``:
  only this, on a library kept with ``--keep``: DIR is the home folder or the library file);
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
from collections.abc import Callable, Sequence
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


def child_ingest(folder: Path, library_path: Path, keep_articles: bool = True, workers: int = 0,
                 reopen: bool = True) -> dict[str, Any]:
    """Ingest folder into a fresh library with ``workers`` analysis processes; then ingest it again
    (nothing changed). Stages are timed by wrappers around the pipeline's functions in this process:
    all of them with workers=0; with workers only the calling thread's (check, save) — the rest of
    its time is waiting for the workers."""
    import sahifa.nlp.pipeline as pipeline
    import sahifa.services.ingest as ingest_mod
    from sahifa.services import ingest_files, ingest_workers
    from sahifa.services.library import open_library
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

    ingest_workers.load_article = timed("load", ingest_workers.load_article)  # type: ignore[assignment]
    ingest_files.file_sha1 = timed("sha1 check", ingest_files.file_sha1)
    ingest_workers.prepare_article = timed("prepare rows", ingest_workers.prepare_article)
    pipeline.extract_entities = timed("entities", pipeline.extract_entities)
    pipeline.extract_numbers = timed("numbers", pipeline.extract_numbers)
    pipeline.extract_quotes_until = timed("quotes", pipeline.extract_quotes_until)
    pipeline.link_across_articles = timed("link", pipeline.link_across_articles)
    Library.save_prepared = timed("save", Library.save_prepared)  # type: ignore[method-assign]

    # warm-up (lazy gazetteer and lexicon loading, imports) on the seeds, into a throw-away library
    warm = open_library(library_path.with_name(library_path.stem + "-warmup.db"))
    ingest_mod.ingest(warm, [SEEDS], workers=0)
    warm.close()
    stages.clear()

    library = open_library(library_path)
    c0 = resource.getrusage(resource.RUSAGE_SELF)
    w0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    result = ingest_mod.ingest(library, [folder], keep_articles=keep_articles, workers=workers)
    seconds = time.perf_counter() - t0
    c1 = resource.getrusage(resource.RUSAGE_SELF)
    w1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    first = dict(stages)
    n = result.analysed
    errors = len(result.errors)
    used = result.workers
    del result
    library.close()
    out = {
        "articles": n, "errors": errors, "seconds": seconds, "workers": used,
        "cpu_seconds": (c1.ru_utime + c1.ru_stime) - (c0.ru_utime + c0.ru_stime),
        "worker_cpu_seconds": (w1.ru_utime + w1.ru_stime) - (w0.ru_utime + w0.ru_stime),
        "stages": first, "maxrss_mb": c1.ru_maxrss / 1024, "worker_maxrss_mb": w1.ru_maxrss / 1024,
        "library_mb": library_path.stat().st_size / 1e6,
    }
    if reopen:
        library = open_library(library_path)
        t0 = time.perf_counter()
        again = ingest_mod.ingest(library, [folder])
        out["reopen_seconds"] = time.perf_counter() - t0
        out["reopen_unchanged"] = len(again.unchanged)
        library.close()
    return out


def run_child(folder: Path, library_path: Path, keep_articles: bool = True, workers: int = 0,
              reopen: bool = True) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(folder), str(library_path), "keep" if keep_articles else "lean",
         str(workers), "reopen" if reopen else "once"],
        check=True, capture_output=True, text=True,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


MODES = {0: "on the calling thread", 1: "1 worker process", 2: "2 worker processes"}


def bench_ingest_modes(corpus: Path, n: int, floor_rate: float, library: Path, modes: Sequence[int]) -> dict[str, Any]:
    """Print ingest throughput for each number of workers against the floor, and the stages."""
    print("ingest into a fresh library (sahifa.services.ingest.ingest, keep_articles=True: every Article and Analysis "
          "rebuilt, as the GUI and `sahifa analyze` use them); goal ≥ 500 articles/s, ≤ 5× floor (≤ 10× at least)")
    runs: dict[int, dict[str, Any]] = {}
    for w in modes:
        path = library if w == modes[0] else library.with_name(f"{library.stem}-w{w}.db")
        r = runs[w] = run_child(corpus, path, workers=w, reopen=w == modes[0])
        rate = r["articles"] / r["seconds"]
        cpu = r["cpu_seconds"] + r["worker_cpu_seconds"]
        split = (f" (calling process {r['cpu_seconds'] * 1000 / n:.2f} + workers "
                 f"{r['worker_cpu_seconds'] * 1000 / n:.2f})" if w else "")
        rss = f"{r['maxrss_mb']:.0f} MB" + (f", each worker ≤ {r['worker_maxrss_mb']:.0f} MB" if w else "")
        print(f"  {MODES.get(w, f'{w} worker processes'):<22} {rate:6.0f} articles/s  ×{floor_rate / rate:5.1f} floor   "
              f"{r['seconds']:5.1f} s wall, CPU {cpu * 1000 / n:.2f} ms per article{split}   peak RSS {rss}"
              + (f"   ({r['errors']} errors)" if r["errors"] else ""))
        if r["workers"] != w:
            print(f"    warning: asked for {w} workers, ingest used {r['workers']}")
    for w, r in runs.items():
        stages = dict(r["stages"])
        stages["rest"] = r["seconds"] - sum(stages.values())
        label = "per stage on the calling thread" if w == 0 else f"calling thread with {MODES.get(w, w)}"
        rest = "rest" if w == 0 else "waiting for workers + rest"
        print(f"  {label}, ms per article: " + ", ".join(
            f"{rest if k == 'rest' else k} {v * 1000 / n:.2f}" for k, v in sorted(stages.items(), key=lambda kv: -kv[1])
        ))
    return runs[modes[0]]


def bench_analyze_cli(corpus: Path, n: int, floor_rate: float, root: Path) -> None:
    """``sahifa analyze CORPUS`` (text and --json, output to /dev/null) in a fresh process and library,
    end to end: start-up, imports, worker processes, output, and the facts cache it leaves."""
    for label, extra in (("sahifa analyze (text)", []), ("sahifa analyze --json", ["--json"])):
        home = root / f"analyze-home{n}{'-json' if extra else ''}"
        shutil.rmtree(home, ignore_errors=True)
        home.mkdir(parents=True)
        env = dict(os.environ, SAHIFA_HOME=str(home))
        t0 = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "sahifa", "analyze", str(corpus), *extra], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - t0
        failed = os.waitstatus_to_exitcode(status) != 0
        rate = n / seconds
        print(f"  {label + ', end to end':<34} {rate:6.0f} articles/s  ×{floor_rate / rate:5.1f} floor   "
              f"{seconds:5.1f} s wall (process, workers and the facts cache included)"
              + ("   FAILED" if failed else ""))
        shutil.rmtree(home, ignore_errors=True)


def bench_crossover(root: Path, sizes: Sequence[int] = (100, 200, 400, 600, 800, 1200), repeat: int = 3) -> None:
    """Wall time of small ingests on this thread vs with 2 workers (best of ``repeat``): where a pool pays."""
    print("crossover: fresh-library ingest, best of "
          f"{repeat}, on the calling thread vs 2 worker processes (pool start-up included)")
    for n in sizes:
        corpus = root / f"crossover{n}"
        if corpus.exists():
            shutil.rmtree(corpus)
        build_corpus(corpus, n, seed=n)
        best = {}
        for w in (0, 2):
            times = []
            for i in range(repeat):
                db = root / f"crossover{n}-w{w}-{i}.db"
                times.append(run_child(corpus, db, workers=w, reopen=False)["seconds"])
            best[w] = min(times)
        print(f"  {n:5d} articles: {best[0]:6.2f} s here, {best[2]:6.2f} s with 2 workers   "
              f"×{best[0] / best[2]:.2f}")


# --- CLI start-up and queries ------------------------------------------------------------------


# A floor for ``sahifa facts --json``: a bare interpreter streaming every article, figure and quote
# row as a JSON object made by SQLite (the document's field names; table order, no joins, corrections,
# groups or entities): what getting the same rows out costs at least.
FACTS_FLOOR = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], uri=True)
out = sys.stdout.buffer
for sql in sys.argv[2:]:
    out.write(b"[")
    for (row,) in conn.execute(sql):
        out.write(row)
        out.write(b",\\n")
    out.write(b"]")
"""


def facts_floor_argv(library: Path) -> list[str]:
    def obj(table: str, columns: str) -> str:
        pairs = ", ".join(f"'{c.strip()}', \"{c.strip()}\"" for c in columns.split(","))
        return f"SELECT CAST(json_object({pairs}) AS BLOB) FROM {table}"

    return ["-c", FACTS_FLOOR, library.resolve().as_uri() + "?mode=ro",
            obj("articles", "id, title, source, published, path"),
            obj("numbers", "article_id, sentence_index, text, value, value_max, kind, unit, counted, counted_en, "
                           "qualifier, vague, start, end, quote_idx"),
            obj("quotes", "article_id, sentence_index, speaker, speaker_key, cue, quote, direct, start, end")]


# ``sahifa facts --json`` with its cache deleted first: a miss (the document built, printed and cached).
FACTS_COLD = """
import os, sys
from pathlib import Path
from sahifa.storage.paths import default_library_path, facts_cache_path
try:
    os.unlink(facts_cache_path(default_library_path()))
except FileNotFoundError:
    pass
from sahifa.cli import main
raise SystemExit(main(["facts", "--json"]))
"""


def cli_times(commands: dict[str, list[str]], home: Path, repeat: int = 11) -> dict[str, dict[str, Any]]:
    """Per command (``python ARGV``): wall and CPU milliseconds of each of ``repeat`` runs, stdout to
    /dev/null (to a fresh regular file for names ending in "> file"), the commands interleaved so that
    machine noise hits them alike; the size of the output and the last line of stderr when a run
    failed. A first run of each writes the bytecode (a PYTHONDONTWRITEBYTECODE environment would
    otherwise time compiling instead of running) and warms the page cache."""
    env = dict(os.environ, SAHIFA_HOME=str(home))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out: dict[str, dict[str, Any]] = {}
    for name, argv in commands.items():
        proc = subprocess.run([sys.executable, *argv], env=env, capture_output=True)
        error = ""
        if proc.returncode != 0:
            error = (proc.stderr.decode("utf-8", "replace").strip().splitlines() or [f"exit {proc.returncode}"])[-1]
        out[name] = {"bytes": len(proc.stdout), "error": error, "wall": [], "cpu": []}
    sink_path = home / "bench-stdout.tmp"
    for _ in range(repeat):
        for name, argv in commands.items():
            sink = open(sink_path, "wb") if name.endswith("> file") else None
            t0 = time.perf_counter()
            child = subprocess.Popen([sys.executable, *argv], env=env,
                                     stdout=sink if sink is not None else subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(child.pid, 0)
            if sink is not None:
                sink.close()
            out[name]["wall"].append((time.perf_counter() - t0) * 1000)
            child.returncode = os.waitstatus_to_exitcode(status)
            out[name]["cpu"].append((usage.ru_utime + usage.ru_stime) * 1000)
    sink_path.unlink(missing_ok=True)
    return out


def bench_facts_cli(library: Path, label: str) -> list[str]:
    """``sahifa facts --json`` (from its cache, to /dev/null and to a file; and a cache miss) and
    ``sahifa facts`` vs ``sahifa --version`` (goal ≤ 2×) and vs the floor."""
    runs = cli_times({
        "version": ["-m", "sahifa", "--version"],
        "facts --json": ["-m", "sahifa", "facts", "--json"],
        "facts --json > file": ["-m", "sahifa", "facts", "--json"],
        "facts --json, cache miss": ["-c", FACTS_COLD],
        "facts": ["-m", "sahifa", "facts"],
        "floor": facts_floor_argv(library),
    }, library.parent)

    def ms(name: str) -> str:
        r = runs[name]
        return (f"{min(r['wall']):6.0f} ms (median {statistics.median(r['wall']):.0f}; "
                f"CPU {min(r['cpu']):.0f})")

    best = {name: min(r["wall"]) for name, r in runs.items()}
    lines = [
        f"CLI on the {label} library (min of {len(runs['version']['wall'])} interleaved runs):",
        f"  sahifa --version           {ms('version')}",
        f"  sahifa facts --json        {ms('facts --json')}   ratio ×{best['facts --json'] / best['version']:.1f} "
        f"(goal ≤ 2×); {runs['facts --json']['bytes'] / 1e6:.1f} MB of JSON, from its cache",
        f"    … > a file               {ms('facts --json > file')}   ratio "
        f"×{best['facts --json > file'] / best['version']:.1f}",
        f"    … cache miss (built, printed, cached) {ms('facts --json, cache miss')}   ratio "
        f"×{best['facts --json, cache miss'] / best['version']:.1f}",
        f"  sahifa facts (text)        {ms('facts')}   ratio ×{best['facts'] / best['version']:.1f}",
        f"  floor (bare python + sqlite3 streaming the same rows as JSON, {runs['floor']['bytes'] / 1e6:.1f} MB) "
        f"{ms('floor')};  facts --json ×{best['facts --json'] / best['floor']:.1f} the floor, "
        f"the floor ×{best['floor'] / best['version']:.1f} --version",
    ]
    for name, r in runs.items():
        if r["error"]:
            lines.append(f"  warning: {name} failed: {r['error']}")
    return lines


def median_ms(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, Any]:
    result = fn()  # warm-up
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def bench_queries(library_path: Path) -> list[str]:
    from sahifa.services.library import open_library

    lib = open_library(library_path)
    conn = lib.store.conn  # the floors are plain SQL on the same connection
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
    ap.add_argument("--workers", default="0,1,2",
                    help="worker processes to measure ingest with (default 0,1,2; 0 = on the calling thread)")
    ap.add_argument("--crossover", action="store_true",
                    help="only measure small ingests on the calling thread vs with 2 workers")
    ap.add_argument("--facts", type=Path, metavar="DIR",
                    help="only the CLI figures, on an existing library (its home folder or library.db)")
    ap.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        folder, library_path, mode, workers, reopen = args.child
        print(json.dumps(child_ingest(Path(folder), Path(library_path), keep_articles=mode == "keep",
                                      workers=int(workers), reopen=reopen == "reopen")))
        return
    if args.facts:
        library = args.facts / "library.db" if args.facts.is_dir() else args.facts
        print("\n".join(bench_facts_cli(library, str(library))))
        return
    modes = [int(x) for x in args.workers.split(",") if x.strip()]

    sizes = [300, 1000] if args.quick else [int(x) for x in args.sizes.split(",") if x.strip()]
    root = args.keep or Path(tempfile.mkdtemp(prefix="sahifa-bench-ingest-"))
    root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"SQLite {__import__('sqlite3').sqlite_version}; corpora in {root}\n")
    libraries: dict[int, Path] = {}
    if args.crossover:
        try:
            bench_crossover(root)
        finally:
            if not args.keep:
                shutil.rmtree(root, ignore_errors=True)
        return
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
            floor_rate = n / floor_s
            print(f"== {n:,} articles ({size / 1e6:.1f} MB of text, {size / n / 1e3:.1f} kB each) ==")
            print(f"floor (read + decode + sqlite-utils insert_all): {floor_rate:8.0f} articles/s")
            r = bench_ingest_modes(corpus, n, floor_rate, libraries[n], modes)
            bench_analyze_cli(corpus, n, floor_rate, root)
            print(f"re-open, nothing changed: {r['reopen_seconds'] * 1000:8.0f} ms "
                  f"({r['reopen_unchanged']:,} unchanged)   floor (read + sha1): {reopen_floor_s * 1000:.0f} ms   "
                  f"ratio ×{r['reopen_seconds'] / reopen_floor_s:.1f}")
            print(f"library file {r['library_mb']:.0f} MB")
            if n == sizes[-1]:
                w = max(modes)
                lean = run_child(corpus, root / f"lean{n}.db", keep_articles=False, workers=w, reopen=False)
                print(f"peak RSS with ingest(keep_articles=False), {MODES.get(w, w)} (goal ≤ 400 MB): "
                      f"{lean['maxrss_mb']:.0f} MB"
                      + (f" + {w} × ≤ {lean['worker_maxrss_mb']:.0f} MB" if w else "")
                      + f"   ({lean['articles'] / lean['seconds']:.0f} articles/s)")
            print()

        first = sizes[0]
        print("\n".join(bench_facts_cli(libraries[first], f"{first:,}-article")))
        largest = sizes[-1]
        print(f"\nsidebar queries at {largest:,} articles (median of 7; goal ≤ 50 ms each):")
        print("\n".join(bench_queries(libraries[largest])))
        print(f"\nbenchmark wall time {time.perf_counter() - started:.0f} s")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
