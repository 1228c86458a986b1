"""Ingest files and folders into the library: walk → check → load → analyse → save.

Where each stage runs:

- the walk and the content check (:func:`sahifa.services.ingest_files.scan`), once, on the calling
  thread;
- load (read, decode, clean, segment), analysis and the rows to store
  (:class:`sahifa.services.ingest_workers.Analyser`): one batch of ``batch_size`` changed files at a
  time, on the calling thread for small jobs, else in worker processes
  (:func:`sahifa.services.ingest_workers.run_pool`);
- save, on the calling thread: one transaction per batch, in file order.

Batches are consecutive changed files whichever way they run, so what is stored does not depend on
the number of workers (the ids, the linked canonical names, the counters are the same).

Every article has a time budget (:func:`sahifa.nlp.pipeline.default_budget`, 20 s): an article that
runs out of it is saved with what was found and also listed in ``errors`` with
:func:`~sahifa.core.model.partial_analysis_message`.

The window calls :func:`ingest_folders` from a worker thread: the walk and the check happen there, and
a big job's analysis and saving move to a child process (:mod:`sahifa.services.ingest_child`).
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sahifa.core.model import Analysis, Article, LoadError
from sahifa.core.progress import Progress
from sahifa.storage.library import Library, PreparedArticle

from .ingest_files import Scan, file_sha1, scan
from .ingest_workers import MAX_WORKERS, Analyser, IngestError, gc_paused, picklable, run_pool, usable_cpus
from .library import open_library

__all__ = [
    "CHILD_THRESHOLD",
    "MAX_WORKERS",
    "POOL_MIN_FILES",
    "IngestError",
    "IngestResult",
    "IngestSummary",
    "Scan",
    "analyse",
    "file_sha1",
    "ingest",
    "ingest_folders",
    "scan",
    "update_library",
]

log = logging.getLogger(__name__)

# Fewer changed files than this are analysed on the calling thread: starting two worker processes
# costs ~0.3 s (interpreters, imports), the batches of a small job do not keep both busy and the last
# batch's save is not overlapped. Measured with `bench_ingest.py --crossover` on a quiet 2-vCPU VM:
# two workers break even at ~400 articles, are 1.2× faster at 600 and 1.35× from 800 on.
POOL_MIN_FILES = 500
# The window's jobs with more new or changed files than this are analysed and saved in a child process
# (see sahifa.services.ingest_child); smaller ones — a warm start, a file that changed — on the calling
# thread: starting a child costs about half a second.
CHILD_THRESHOLD = 40


@dataclass
class IngestResult:
    articles: list[tuple[int, Article, Analysis]] = field(default_factory=list)  # analysed now
    unchanged: list[int] = field(default_factory=list)  # ids of articles skipped (same content)
    errors: list[LoadError] = field(default_factory=list)
    cancelled: bool = False
    analysed: int = 0  # articles analysed and saved now (== len(articles) unless keep_articles=False)
    workers: int = 0  # worker processes used for the analysis (0: the calling thread)


@dataclass
class IngestSummary:
    """What the window shows of an ingest (plain data: it comes back from a child process)."""

    analysed: int = 0
    unchanged: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    workers: int = 0  # analysis processes used (0: the process that saved)


def ingest(
    library: Library,
    paths: Sequence[str | Path],
    *,
    force: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch_size: int = 200,
    keep_articles: bool = True,
    on_saved: Callable[[int, Article, Analysis], None] | None = None,
    workers: int | None = None,
    pool_min: int = POOL_MIN_FILES,
    offload: bool = False,
    article_budget_s: float | None = None,
) -> IngestResult:
    """Analyse files and folders into ``library``; only files whose content changed are re-analysed.

    ``result.articles`` keeps every analysed (id, Article, Analysis): ~60 kB per seed-sized article,
    600 MB for a folder of 10,000. Callers that only need a count or a summary pass
    ``keep_articles=False`` (``result.analysed`` still counts them) and, if they want each one,
    ``on_saved`` — called after each batch is committed — so memory stays flat at any folder size.

    ``workers``: processes loading and analysing batches while this thread saves them; None =
    automatic: one per CPU (at most :data:`MAX_WORKERS`) when at least ``pool_min`` files need
    analysis and there is more than one CPU (with ``offload`` also on one CPU); else 0, everything on
    this thread. The stored result is the same either way. ``cancel`` is honoured between articles;
    what was saved stays saved. ``article_budget_s``: each article's analysis time budget (None:
    :func:`sahifa.nlp.pipeline.default_budget`; ``SAHIFA_ARTICLE_SECONDS`` sets it for the CLI and GUI).
    Raises :class:`IngestError` when a worker process dies.
    """
    found = scan(library, paths, force=force, progress=progress, cancel=cancel)
    return analyse(library, found, progress=progress, cancel=cancel, batch_size=batch_size,
                   keep_articles=keep_articles, on_saved=on_saved, workers=workers, pool_min=pool_min,
                   offload=offload, article_budget_s=article_budget_s)


def analyse(
    library: Library,
    found: Scan,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    batch_size: int = 200,
    keep_articles: bool = True,
    on_saved: Callable[[int, Article, Analysis], None] | None = None,
    workers: int | None = None,
    pool_min: int = POOL_MIN_FILES,
    offload: bool = False,
    article_budget_s: float | None = None,
) -> IngestResult:
    """Analyse and save what :func:`~sahifa.services.ingest_files.scan` found to be new or changed
    (the parameters as for :func:`ingest`)."""
    result = IngestResult(unchanged=list(found.unchanged), errors=list(found.errors), cancelled=found.cancelled)
    todo, total = found.todo, found.total
    if result.cancelled or not todo:
        return result

    n_workers = workers
    if n_workers is None:
        cpus = usable_cpus()
        n_workers = min(cpus, MAX_WORKERS) if len(todo) >= pool_min and (cpus > 1 or offload) else 0
    n_workers = min(max(0, n_workers), math.ceil(len(todo) / batch_size))
    if n_workers and not picklable((library.key_func, library.search_norm)):
        log.warning("ingest: the library's normalisers cannot go to a worker process; analysing here")
        n_workers = 0
    result.workers = n_workers
    log.info("ingest: %d of %d file(s) to analyse, %s", len(todo), total,
             f"{n_workers} worker process(es)" if n_workers else "on this thread")
    batches = [todo[i : i + batch_size] for i in range(0, len(todo), batch_size)]
    done_before = total - len(todo)

    kept: dict[str, tuple[Article, Analysis]] = {}  # objects of the batch when analysed on this thread

    def save(batch: list[PreparedArticle | LoadError]) -> None:
        prepared: list[PreparedArticle] = []
        for item in batch:
            if isinstance(item, LoadError):
                result.errors.append(item)
            else:
                prepared.append(item)
        # One write transaction per batch. A failure rolls the whole batch back, and nothing of it
        # is reported as analysed.
        ids = library.save_prepared(prepared)
        result.analysed += len(ids)
        if keep_articles or on_saved is not None:
            for article_id, p in zip(ids, prepared, strict=True):
                article, analysis = kept.get(p.path) or p.objects()
                if keep_articles:
                    result.articles.append((article_id, article, analysis))
                if on_saved is not None:
                    on_saved(article_id, article, analysis)

    if n_workers:
        run_pool(library, batches, n_workers, save, result, progress, cancel, done_before, total,
                 article_budget_s)
    else:
        count = [done_before]

        def tick() -> None:
            count[0] += 1
            if progress is not None:
                progress(count[0], total, "Analysing")

        analyser = Analyser(library.key_func, library.search_norm, cancel, tick,
                            kept if keep_articles or on_saved is not None else None, article_budget_s)
        for batch in batches:
            with gc_paused():  # from loading to saving: the batch's rows are freed before it resumes
                items = analyser.run(batch)
                if cancel is not None and cancel.is_set():
                    result.cancelled = True
                    break
                save(items)
                del items
    return result


def update_library(library_path: str | Path | None, found: Scan, *, progress: Progress | None = None,
                   cancel: threading.Event | None = None, remove_missing: bool = True,
                   workers: int | None = None) -> IngestSummary:
    """Analyse what ``found`` lists into the library at ``library_path`` (worker processes where they pay,
    see :func:`ingest`); then, unless cancelled, forget the articles of the folders walked whose file is
    gone."""
    with open_library(library_path) as lib:
        result = analyse(lib, found, progress=progress, cancel=cancel, keep_articles=False, workers=workers)
        if remove_missing and not result.cancelled:
            for folder, files in found.folders.items():
                lib.remove_articles_not_in(folder, files)
    return IngestSummary(result.analysed, len(result.unchanged), [(e.path, e.error) for e in result.errors],
                         result.cancelled, result.workers)


def ingest_folders(library_path: str | Path | None, folders: Sequence[str | Path], *,
                   progress: Progress | None = None, cancel: threading.Event | None = None,
                   threshold: int = CHILD_THRESHOLD) -> IngestSummary:
    """Bring the library at ``library_path`` up to date with ``folders`` (the window's "open folder"),
    from a worker thread: walk and check the folders once here, then analyse and save the new or changed
    files in a child process when there are more than ``threshold`` of them, else here. The articles
    whose file left a folder are forgotten. Returns an :class:`IngestSummary`; raises RuntimeError
    with a sentence when the child process fails."""
    with open_library(library_path) as lib:
        found = scan(lib, folders, progress=progress, cancel=cancel)
    big = len(found.todo) > threshold
    log.info("ingest: %d of %d file(s) to analyse%s", len(found.todo), found.total, " in a child process" if big else "")
    if big:
        from .ingest_child import ingest_in_child

        return ingest_in_child(library_path, found, progress=progress, cancel=cancel)
    return update_library(library_path, found, progress=progress, cancel=cancel, workers=0)
