"""The analysis of an ingest's batches: on the calling thread, or in worker processes.

:class:`Analyser` loads, analyses (:func:`sahifa.nlp.pipeline.analyse_many`, which also links entity
names across its batch) and prepares the rows to store (:func:`sahifa.storage.library.prepare_article`)
for one batch of files at a time. :func:`run_pool` runs it in ``spawn``-ed worker processes — nothing
of a Qt application (threads, locks) is inherited, nothing but paths goes to them and plain rows come
back — while the calling thread saves each batch in order. Workers end by themselves when the process
that started them dies (even by ``kill -9``), see :func:`exit_with_parent`.
"""

from __future__ import annotations

import ctypes
import dataclasses
import functools
import gc
import logging
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
from typing import Any, Protocol, cast

from sahifa.core.articles import display_path, human_os_error, load_article
from sahifa.core.decode import DecodeError
from sahifa.core.model import Analysis, Article, LoadError, partial_analysis_message
from sahifa.core.progress import Progress
from sahifa.storage.library import Library, PreparedArticle, prepare_article

from .ingest_dates import dateline_date

log = logging.getLogger(__name__)

# The calling thread writes ~1 ms per article and a worker analyses one in ~3.5 ms: beyond four workers
# the writer is the limit, and each worker holds ~90 MB (interpreter, lexicons, a batch).
MAX_WORKERS = 4
_POLL_S = 0.05  # how often the calling thread looks at cancel and progress while workers run
_STOP_GRACE_S = 3.0  # after a cancel, how long workers may take to notice before they are killed
_PARENT_POLL_S = 0.5  # how often a worker checks that the process that started it is still there
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


class IngestError(RuntimeError):
    """The ingest could not go on (an analysis process died); ``str()`` is a sentence for the user."""


def usable_cpus() -> int:
    """CPUs this process may run on (the affinity mask where there is one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class _Flag(Protocol):
    def is_set(self) -> bool: ...


class _Tally(Protocol):  # what run_pool reports into (an IngestResult)
    cancelled: bool
    analysed: int


# --- the analysis of a batch (in a worker process or on the calling thread) ---------------------


class Analyser:
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
        with gc_paused():
            return self._run(items)

    def _run(self, items: Sequence[tuple[str, str, str]]) -> list[PreparedArticle | LoadError]:
        from sahifa.nlp.pipeline import analyse_many  # the extractors load when first analysing
        from sahifa.services.translation import project_analysis

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
            if article.published is None:  # a dateline or "published" line in the text (ingest_dates)
                published = dateline_date(article, analysis)
                if published is not None:
                    article = dataclasses.replace(article, published=published)
            analysis = project_analysis(article, analysis)  # labels as its reference English writes them
            out.append(prepare_article(article, analysis, folder=folder, key=key, norm=norm))
            if analysis.stopped_after is not None:
                # saved with what was found, and listed: the user should know it is incomplete
                out.append(LoadError(display_path(items[i][0]), partial_analysis_message(analysis.stopped_after)))
            if objects is not None:
                objects[article.path] = (article, analysis)
        return out


_worker: Analyser | None = None


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

    _worker = Analyser(key_func, search_norm, cancel, tick, budget_s=budget_s)


def _worker_run(items: Sequence[tuple[str, str, str]]) -> list[bytes]:
    """The batch's results pickled one by one: the process that receives them unpickles a batch
    article by article instead of in one ~25 ms call that holds its GIL (a GUI's UI thread waits)."""
    assert _worker is not None, "worker not initialised"
    with gc_paused():
        return [pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL) for item in _worker.run(items)]


@contextmanager
def gc_paused() -> Iterator[None]:
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


def picklable(obj: object) -> bool:
    try:
        pickle.dumps(obj)
    except (pickle.PicklingError, AttributeError, TypeError):  # lambdas, local functions …
        return False
    return True


def run_pool(
    library: Library,
    batches: list[list[tuple[str, str, str]]],
    n_workers: int,
    save: Callable[[list[PreparedArticle | LoadError]], None],
    result: _Tally,
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
            with gc_paused():  # the batch's ~30,000 row tuples are freed before collections resume
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
        stop_pool(pool, stop, graceful=finished)


def stop_pool(pool: ProcessPoolExecutor, stop: Any, *, graceful: bool) -> None:
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
