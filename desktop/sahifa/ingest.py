"""Ingest files and folders into the library: discover → check → load → analyse → save.

This is the one place (besides the GUI) that knows core, nlp and storage together. No Qt here: the
GUI runs :func:`ingest` on a worker thread, the CLI runs it directly.

Where each stage runs:

- discovery and the content check, on the calling thread: one query for the stored sha1 of every
  file, and only files already in the library are read to hash them;
- load (read, decode, clean, segment), analysis (:func:`sahifa.nlp.pipeline.analyse_many`, which
  also links entity names across its batch) and the rows to store
  (:func:`sahifa.storage.library.prepare_article`): one batch of ``batch_size`` changed files at a
  time, on the calling thread for small jobs, else in worker processes — started with ``spawn``, so
  nothing of a Qt application (threads, locks) is inherited, and nothing but paths goes to them and
  plain rows come back;
- save, on the calling thread: one transaction per batch, in file order.

Batches are consecutive changed files whichever way they run, so what is stored does not depend on
the number of workers (the ids, the linked canonical names, the counters are the same).

A file reached under two names (two links to it, a path given twice) is analysed once. Every
article has a time budget (:func:`sahifa.nlp.pipeline.default_budget`, 20 s): an article that runs
out of it is saved with what was found and also listed in ``errors`` with
:func:`~sahifa.core.model.partial_analysis_message`. Worker processes end by themselves when the
process that started them dies (even by ``kill -9``), see :func:`exit_with_parent`.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import hashlib
import logging
import math
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, cast

from sahifa.core.articles import discover, display_path, human_os_error, load_article
from sahifa.core.decode import DecodeError
from sahifa.core.model import Analysis, Article, LoadError, partial_analysis_message
from sahifa.core.safe_text import visible
from sahifa.services.library import open_library, remove_articles_under  # noqa: F401 - moved (issue #15)
from sahifa.storage.library import Library, PreparedArticle, prepare_article

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # done, total, phase message

# Fewer changed files than this are analysed on the calling thread: starting two worker processes
# costs ~0.3 s (interpreters, imports), the batches of a small job do not keep both busy and the last
# batch's save is not overlapped. Measured with `bench_ingest.py --crossover` on a quiet 2-vCPU VM:
# two workers break even at ~400 articles, are 1.2× faster at 600 and 1.35× from 800 on.
POOL_MIN_FILES = 500
# The calling thread writes ~1 ms per article and a worker analyses one in ~3.5 ms: beyond four workers
# the writer is the limit, and each worker holds ~90 MB (interpreter, lexicons, a batch).
MAX_WORKERS = 4
_POLL_S = 0.05  # how often the calling thread looks at cancel and progress while workers run
_STOP_GRACE_S = 3.0  # after a cancel, how long workers may take to notice before they are killed
_PARENT_POLL_S = 0.5  # how often a worker checks that the process that started it is still there
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


class IngestError(RuntimeError):
    """The ingest could not go on (an analysis process died); ``str()`` is a sentence for the user."""


@dataclass
class IngestResult:
    articles: list[tuple[int, Article, Analysis]] = field(default_factory=list)  # analysed now
    unchanged: list[int] = field(default_factory=list)  # ids of articles skipped (same content)
    errors: list[LoadError] = field(default_factory=list)
    cancelled: bool = False
    analysed: int = 0  # articles analysed and saved now (== len(articles) unless keep_articles=False)
    workers: int = 0  # worker processes used for the analysis (0: the calling thread)


def file_sha1(path: Path) -> str | None:
    """sha1 of a file's bytes (None when it cannot be read): the re-analysis key."""
    try:
        h = hashlib.sha1()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def usable_cpus() -> int:
    """CPUs this process may run on (the affinity mask where there is one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class _Flag(Protocol):
    def is_set(self) -> bool: ...


# --- the analysis of a batch (in a worker process or on the calling thread) ---------------------


class _Analyser:
    """Loads, analyses and prepares batches of files; one per worker process (or per ingest)."""

    def __init__(self, key_func: Callable[[str], str], search_norm: Callable[[str], str],
                 cancel: _Flag | None, tick: Callable[[], None],
                 objects: dict[str, tuple[Article, Analysis]] | None = None,
                 budget_s: float | None = None) -> None:
        # a batch keys the same few thousand names over and over
        self.key = functools.lru_cache(maxsize=100_000)(key_func)
        self.norm = search_norm
        self.cancel = cancel
        self.tick = tick
        # on the calling thread: filled with the last batch's objects by path (no need to rebuild them)
        self.objects = objects
        self.budget_s = budget_s  # each article's analysis time budget (None: the pipeline's default)

    def run(self, items: Sequence[tuple[str, str, str]]) -> list[PreparedArticle | LoadError]:
        """(file, folder, real path of the file) triples → their prepared rows or load errors, in order ([] when cancelled).

        The cyclic garbage collector is paused for the whole batch, not only for the extractors
        (:func:`~sahifa.nlp.pipeline.analyse_many` pauses it too): loading and preparing allocate
        ~1,000 acyclic containers per article, and the collections they set off scan everything the
        process holds (with ``keep_articles``, every article so far) — measured 0.4 ms per article."""
        with _gc_paused():
            return self._run(items)

    def _run(self, items: Sequence[tuple[str, str, str]]) -> list[PreparedArticle | LoadError]:
        from sahifa.nlp.pipeline import analyse_many  # the extractors load when first analysing

        cancel = self.cancel
        errors: dict[int, LoadError] = {}
        loaded: list[tuple[Article, str]] = []
        for i, (path, folder, real) in enumerate(items):
            if cancel is not None and cancel.is_set():
                return []
            try:
                loaded.append((load_article(path, real_path=real), folder))
                continue
            except DecodeError as exc:
                errors[i] = LoadError(display_path(path), str(exc))
            except OSError as exc:
                errors[i] = LoadError(display_path(path), human_os_error(exc))
            self.tick()
        analyses = analyse_many([a for a, _ in loaded], progress=lambda _done, _total: self.tick(),
                                cancel=cast("threading.Event | None", cancel),  # or a process's Event
                                budget_s=self.budget_s)
        if len(analyses) < len(loaded):
            return []  # cancelled
        key, norm, objects = self.key, self.norm, self.objects
        if objects is not None:
            objects.clear()
        prepared = iter(zip(loaded, analyses, strict=True))
        out: list[PreparedArticle | LoadError] = []
        for i in range(len(items)):
            error = errors.get(i)
            if error is not None:
                out.append(error)
                continue
            (article, folder), analysis = next(prepared)
            out.append(prepare_article(article, analysis, folder=folder, key=key, norm=norm))
            if analysis.stopped_after is not None:
                # saved with what was found, and listed: the user should know it is incomplete
                out.append(LoadError(display_path(items[i][0]), partial_analysis_message(analysis.stopped_after)))
            if objects is not None:
                objects[article.path] = (article, analysis)
        return out


_worker: _Analyser | None = None


def exit_with_parent(parent_pid: int) -> None:
    """End this process when the process ``parent_pid`` that started it is gone.

    A worker blocked on its pipe never sees its parent die: every worker holds both ends of the
    pool's queues, so no end-of-file arrives, and after a ``kill -9`` of ``sahifa analyze`` the
    workers (and multiprocessing's resource tracker, whose pipe they hold) waited forever. On Linux
    the kernel sends SIGKILL when the parent dies (prctl PR_SET_PDEATHSIG); everywhere, a daemon
    thread checks every :data:`_PARENT_POLL_S` seconds that the parent is still the parent (an
    orphan is adopted by another process). A worker holds nothing to clean up: the library is
    written by the parent only.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError) as exc:  # no libc prctl (musl oddities): the thread still watches
            log.debug("prctl(PR_SET_PDEATHSIG) unavailable: %s", exc)
    if os.getppid() != parent_pid:
        os._exit(1)  # the parent died before the signal was asked for

    def watch() -> None:
        while True:
            time.sleep(_PARENT_POLL_S)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="sahifa-parent-watch", daemon=True).start()


def _worker_init(key_func: Callable[[str], str], search_norm: Callable[[str], str], cancel: Any,
                 counter: Any, parent_pid: int | None = None, budget_s: float | None = None) -> None:
    global _worker

    if parent_pid is not None:
        exit_with_parent(parent_pid)

    def tick() -> None:
        with counter.get_lock():
            counter.value += 1

    _worker = _Analyser(key_func, search_norm, cancel, tick, budget_s=budget_s)


def _worker_run(items: Sequence[tuple[str, str, str]]) -> list[bytes]:
    """The batch's results pickled one by one: the process that receives them unpickles a batch
    article by article instead of in one ~25 ms call that holds its GIL (a GUI's UI thread waits)."""
    assert _worker is not None, "worker not initialised"
    with _gc_paused():
        return [pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL) for item in _worker.run(items)]


# --- ingest --------------------------------------------------------------------------------------


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
    analysis and there is more than one CPU (with ``offload`` also on one CPU: a GUI's Python thread
    then never waits for the extractors); else 0, everything on this thread. The stored result is
    the same either way. ``cancel`` is honoured between articles; what was saved stays saved.
    ``article_budget_s``: each article's analysis time budget (None:
    :func:`sahifa.nlp.pipeline.default_budget`; ``SAHIFA_ARTICLE_SECONDS`` sets it for the CLI and GUI).
    Raises :class:`IngestError` when a worker process dies.
    """
    result = IngestResult()
    files: list[tuple[Path, str]] = []  # (file, folder it was found in)
    for raw in paths:
        p = Path(raw)
        try:
            found, errors = discover(p)
        except (NotADirectoryError, OSError) as exc:
            result.errors.append(LoadError(display_path(p), f"cannot open: {visible(str(exc))}"))
            continue
        folder = str(p.resolve() if p.is_dir() else p.resolve().parent)
        files.extend((f, folder) for f in found)
        result.errors.extend(errors)

    files, resolved = _unique(files)
    total = len(files)
    todo = _changed(library, files, resolved, force, result, progress, cancel)
    if result.cancelled or not todo:
        return result

    n_workers = workers
    if n_workers is None:
        cpus = usable_cpus()
        n_workers = min(cpus, MAX_WORKERS) if len(todo) >= pool_min and (cpus > 1 or offload) else 0
    n_workers = min(max(0, n_workers), math.ceil(len(todo) / batch_size))
    if n_workers and not _picklable((library.key_func, library.search_norm)):
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
        _run_pool(library, batches, n_workers, save, result, progress, cancel, done_before, total,
                  article_budget_s)
    else:
        count = [done_before]

        def tick() -> None:
            count[0] += 1
            if progress is not None:
                progress(count[0], total, "Analysing")

        analyser = _Analyser(library.key_func, library.search_norm, cancel, tick,
                             kept if keep_articles or on_saved is not None else None, article_budget_s)
        for batch in batches:
            with _gc_paused():  # from loading to saving: the batch's rows are freed before it resumes
                items = analyser.run(batch)
                if cancel is not None and cancel.is_set():
                    result.cancelled = True
                    break
                save(items)
                del items
    return result


def _unique(files: list[tuple[Path, str]]) -> tuple[list[tuple[Path, str]], list[str]]:
    """(files, their real paths) without the files already listed under another name: one article
    per real file, however many links or path arguments lead to it (the first one found is kept)."""
    resolved = _real_paths([f for f, _ in files])  # what load_article stores as the path
    if len(set(resolved)) == len(resolved):
        return files, resolved
    seen: set[str] = set()
    kept: list[tuple[Path, str]] = []
    kept_real: list[str] = []
    for item, real in zip(files, resolved, strict=True):
        if real not in seen:
            seen.add(real)
            kept.append(item)
            kept_real.append(real)
    return kept, kept_real


def _changed(library: Library, files: list[tuple[Path, str]], resolved: list[str], force: bool,
             result: IngestResult, progress: Progress | None,
             cancel: threading.Event | None) -> list[tuple[str, str, str]]:
    """The (file, folder, real path) triples to analyse; unchanged files go to ``result.unchanged``."""
    total = len(files)
    stored = {} if force else library.article_states(resolved)
    todo: list[tuple[str, str, str]] = []
    for i, ((path, folder), real) in enumerate(zip(files, resolved, strict=True)):
        if cancel is not None and cancel.is_set():
            result.cancelled = True
            return []
        state = stored.get(real)
        if state is not None and file_sha1(path) == state[0]:
            result.unchanged.append(state[1])
        else:
            todo.append((str(path), folder, real))
        if progress is not None and state is not None:
            progress(i + 1, total, "Checking")
    return todo


def _real_paths(files: Sequence[Path]) -> list[str]:
    """[os.path.realpath(f) for f in files], resolving each folder once (a file costs one lstat
    instead of one per component of its path)."""
    folders: dict[str, str] = {}
    out: list[str] = []
    for f in files:
        folder, name = os.path.split(f)
        real = folders.get(folder)
        if real is None:
            real = folders[folder] = os.path.realpath(folder)
        path = os.path.join(real, name)
        out.append(os.path.realpath(path) if os.path.islink(path) else path)
    return out


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch is saved: its rows are acyclic and freed at the end.
    Collections set off by them would promote them first, then scan the whole heap (in a GUI's
    process, ~100 ms) once enough of them seemed long-lived."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _picklable(obj: object) -> bool:
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError, TypeError):  # lambdas, local functions …
        return False
    return True


def _run_pool(
    library: Library,
    batches: list[list[tuple[str, str, str]]],
    n_workers: int,
    save: Callable[[list[PreparedArticle | LoadError]], None],
    result: IngestResult,
    progress: Progress | None,
    cancel: threading.Event | None,
    done_before: int,
    total: int,
    budget_s: float | None = None,
) -> None:
    """Batches analysed by n_workers spawned processes, saved here in order as they come back.

    At most n_workers + 1 batches are in flight, so memory does not grow with the folder and a worker
    never waits for this thread to save. A worker that dies raises :class:`IngestError`.
    """
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    stop = ctx.Event()
    counter = ctx.Value("q", 0)
    pool = ProcessPoolExecutor(
        n_workers, mp_context=ctx, initializer=_worker_init,
        initargs=(library.key_func, library.search_norm, stop, counter, os.getpid(), budget_s),
    )
    queued = iter(batches)
    inflight: deque[Future[list[bytes]]] = deque()

    def submit_next() -> None:
        batch = next(queued, None)
        if batch is not None:
            inflight.append(pool.submit(_worker_run, batch))

    reported = -1
    finished = False
    try:
        for _ in range(n_workers + 1):
            submit_next()
        while inflight:
            head = inflight[0]
            while True:
                if cancel is not None and cancel.is_set():
                    result.cancelled = True
                    return
                if progress is not None and counter.value != reported:
                    reported = counter.value
                    progress(min(done_before + reported, total), total, "Analysing")
                if wait([head], timeout=_POLL_S).done:
                    break
            blobs = head.result()  # a worker's exception is raised here, as it would be in-process
            inflight.popleft()
            submit_next()  # keep the workers busy while this batch is saved
            with _gc_paused():  # the batch's ~30,000 row tuples are freed before collections resume
                save([pickle.loads(b) for b in blobs])
                del blobs
        if progress is not None and counter.value != reported:
            progress(min(done_before + counter.value, total), total, "Analysing")
        finished = True
    except BrokenProcessPool as exc:
        raise IngestError(
            "An analysis process stopped unexpectedly (it may have run out of memory or been stopped "
            f"from outside); the {result.analysed} article(s) analysed before that are saved."
        ) from exc
    finally:
        _stop_pool(pool, stop, graceful=finished)


def _stop_pool(pool: ProcessPoolExecutor, stop: Any, *, graceful: bool) -> None:
    """Shut the pool down; after a cancel or an error, workers get a short grace time, then are killed."""
    if graceful:
        pool.shutdown(wait=True)
        return
    stop.set()  # running batches stop at their next article
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + _STOP_GRACE_S
    for proc in processes:
        proc.join(max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            log.warning("ingest: worker process %s did not stop, killing it", proc.pid)
            proc.kill()
            proc.join(1.0)
