"""Analyse a folder for the window without slowing the window's process down.

:func:`sahifa.ingest_process.ingest_auto` analyses a big job in worker processes, but the thread that
calls it receives their results and writes them to the library. In the GUI's process that thread
shares the GIL and the garbage collector with the UI thread: unpickling and saving 200-article
batches, and the full collections that the batches' objects set off, stopped the event loop for
100–300 ms at a time (benchmarks/bench_gui.py). So a job with more than ``threshold`` new or changed
files runs ``ingest_auto`` in a spawned child process (which may start its own workers); the GUI's
worker thread only relays progress and cancel. Small jobs — a warm start, a file that changed —
stay on the calling thread: starting a child costs about half a second.

No Qt here: the child process imports this module.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
CHILD_THRESHOLD = 40  # more new or changed files than this: analyse in a child process
_STOP_GRACE_S = 5.0


def changed_files(library_path: str | None, folders: Sequence[str], limit: int) -> int:
    """How many article files under ``folders`` are new or changed (stat + sha1, no analysis);
    counting stops past ``limit``."""
    from sahifa.core.articles import discover
    from sahifa.ingest import file_sha1, open_library

    n = 0
    with open_library(library_path) as lib:
        for folder in folders:
            try:
                files, _ = discover(folder)
            except OSError:
                continue
            for f in files:
                if lib.article_state(os.path.realpath(f)) != file_sha1(Path(f)):
                    n += 1
                    if n > limit:
                        return n
    return n


def _child(library_path: str | None, folders: list[str], q: Any, cancel: Any, parent_pid: int | None = None) -> None:
    try:
        from sahifa.ingest import exit_with_parent
        from sahifa.ingest_process import ingest_here

        if parent_pid is not None:
            exit_with_parent(parent_pid)  # a killed window must not leave this process (and its workers) behind

        last = [0.0]

        def progress(done: int, total: int, phase: str) -> None:
            now = time.monotonic()
            if now - last[0] > 0.05 or done == total:
                last[0] = now
                q.put(("progress", done, total, phase))

        # this process is already off the GUI: let ingest choose worker processes only where they pay
        # (from ~500 files; below that a pool is slower than analysing here)
        q.put(("done", ingest_here(library_path, folders, progress=progress, cancel=cancel, workers=None)))
    except BaseException as exc:  # reported to the window as a sentence
        log.exception("ingest child failed")
        q.put(("error", f"{exc.__class__.__name__}: {exc}"))


def ingest_in_child(library_path: str | None, folders: Sequence[str], *, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> Any:
    """``ingest_auto`` in a spawned child process; progress and cancel are relayed. Returns its
    IngestSummary; raises RuntimeError with the child's message when it fails."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    child_cancel = ctx.Event()
    # not a daemon: ingest_auto may start worker processes of its own
    proc = ctx.Process(target=_child, args=(library_path, list(folders), q, child_cancel, os.getpid()),
                       name="sahifa-ingest")
    proc.start()
    cancelled_at: float | None = None
    try:
        while True:
            if cancel is not None and cancel.is_set() and cancelled_at is None:
                child_cancel.set()
                cancelled_at = time.monotonic()
            if cancelled_at is not None and time.monotonic() - cancelled_at > _STOP_GRACE_S and proc.is_alive():
                log.warning("ingest child did not stop after a cancel; terminating it")
                proc.terminate()
            try:
                msg = q.get(timeout=0.1)
            except queue.Empty:
                if not proc.is_alive():
                    raise RuntimeError(f"the analysis process stopped unexpectedly (exit code {proc.exitcode})") from None
                continue
            if msg[0] == "progress":
                if progress is not None:
                    progress(msg[1], msg[2], msg[3])
            elif msg[0] == "error":
                raise RuntimeError(msg[1])
            else:
                return msg[1]
    finally:
        proc.join(_STOP_GRACE_S)
        if proc.is_alive():
            proc.kill()
            proc.join(1.0)
        q.close()


def ingest_folders(library_path: str | None, folders: Sequence[str], *, progress: Progress | None = None,
                   cancel: threading.Event | None = None, threshold: int = CHILD_THRESHOLD) -> Any:
    """Bring the library up to date with ``folders``: in a child process when more than
    ``threshold`` files need analysis, else on the calling thread. Returns an IngestSummary."""
    from sahifa.ingest_process import ingest_auto

    pending = changed_files(library_path, folders, threshold)
    log.info("ingest: %s file(s) to analyse", f"more than {threshold}" if pending > threshold else pending)
    if pending > threshold:
        return ingest_in_child(library_path, folders, progress=progress, cancel=cancel)
    return ingest_auto(library_path, folders, progress=progress, cancel=cancel)
