"""Run a large ingest in a child process, so the GUI's Python thread is never starved of the GIL.

Analysis is CPU-bound pure Python: on a worker *thread* it competes with the UI thread for the GIL and
the event loop stalls for 50–100 ms at a time. A child process (spawned, so no Qt state is inherited)
gets its own interpreter and core; progress comes back over a queue and cancel goes down an event.
Small jobs (a handful of changed files) stay in-thread: spawning costs about half a second.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class IngestSummary:
    analysed: int = 0
    unchanged: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False


def _child(library_path: str | None, paths: list[str], remove_missing: bool, q: Any, cancel: Any) -> None:
    try:
        last = [0.0]

        def progress(done: int, total: int, phase: str) -> None:
            now = time.monotonic()
            if now - last[0] > 0.05 or done == total:
                last[0] = now
                q.put(("progress", done, total, phase))

        q.put(("done", ingest_here(library_path, paths, progress=progress, cancel=cancel, remove_missing=remove_missing)))
    except BaseException as exc:  # reported to the parent as a sentence
        log.exception("ingest child failed")
        q.put(("error", f"{exc.__class__.__name__}: {exc}"))


def changed_files(library: Any, paths: Sequence[str]) -> int:
    """How many article files under paths are new or changed (cheap: stat + sha1, no analysis)."""
    from sahifa.core.articles import discover
    from sahifa.ingest import file_sha1

    n = 0
    for raw in paths:
        try:
            files, _ = discover(raw)
        except OSError:
            continue
        for f in files:
            resolved = str(f.resolve())
            if library.article_state(resolved) != file_sha1(f):
                n += 1
    return n


def ingest_here(library_path: str | None, paths: Sequence[str], *, progress: Progress | None = None,
                cancel: threading.Event | None = None, remove_missing: bool = True) -> IngestSummary:
    """The same as :func:`ingest_in_process`, on the calling thread (for small jobs)."""
    from sahifa.core.articles import discover
    from sahifa.ingest import ingest, open_library

    lib = open_library(library_path)
    try:
        result = ingest(lib, list(paths), progress=progress, cancel=cancel, keep_articles=False)
        if remove_missing and not result.cancelled:
            for folder in paths:
                if Path(folder).is_dir():
                    found, _ = discover(folder)
                    lib.remove_articles_not_in(str(Path(folder).resolve()), [str(p.resolve()) for p in found])
    finally:
        lib.close()
    return IngestSummary(result.analysed, len(result.unchanged), [(e.path, e.error) for e in result.errors],
                         result.cancelled)


def ingest_auto(library_path: str | None, paths: Sequence[str], *, progress: Progress | None = None,
                cancel: threading.Event | None = None, threshold: int = 40) -> IngestSummary:
    """In a child process when more than ``threshold`` files need analysis, else on this thread."""
    from sahifa.ingest import open_library

    lib = open_library(library_path)
    try:
        pending = changed_files(lib, paths)
    finally:
        lib.close()
    run = ingest_in_process if pending > threshold else ingest_here
    log.info("ingest: %d file(s) to analyse, %s", pending, "child process" if run is ingest_in_process else "in-thread")
    return run(library_path, paths, progress=progress, cancel=cancel)


def ingest_in_process(
    library_path: str | None,
    paths: Sequence[str],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    remove_missing: bool = True,
) -> IngestSummary:
    """Ingest paths into the library at library_path in a spawned child process."""
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    child_cancel = ctx.Event()
    proc = ctx.Process(target=_child, args=(library_path, list(paths), remove_missing, q, child_cancel),
                       name="sahifa-ingest", daemon=True)
    proc.start()
    try:
        while True:
            if cancel is not None and cancel.is_set():
                child_cancel.set()
            try:
                msg = q.get(timeout=0.1)
            except queue.Empty:
                if not proc.is_alive():
                    raise RuntimeError(f"the analysis process stopped unexpectedly (exit code {proc.exitcode})") from None
                continue
            if msg[0] == "progress" and progress is not None:
                progress(msg[1], msg[2], msg[3])
            elif msg[0] == "done":
                summary: IngestSummary = msg[1]
                return summary
            elif msg[0] == "error":
                raise RuntimeError(msg[1])
    finally:
        proc.join(timeout=10)
        if proc.is_alive():
            proc.kill()
