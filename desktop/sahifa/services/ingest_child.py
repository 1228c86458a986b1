"""A big ingest for the window, in a child process, so that the window's process stays smooth.

:func:`sahifa.services.ingest.ingest_folders` walks and checks the folders on the window's worker
thread; when many files are new or changed, the analysis and the saving run here, in a spawned child
process. In the window's process the thread that received the workers' results and wrote them to the
library shared the GIL and the garbage collector with the UI thread: unpickling and saving 200-article
batches, and the full collections that the batches' objects set off, stopped the event loop for
100–300 ms at a time (benchmarks/bench_gui.py). The child is handed the walk's result (no second walk
or check); it saves, and lets :func:`~sahifa.services.ingest.analyse` start worker processes of its own
where they pay (from :data:`~sahifa.services.ingest.POOL_MIN_FILES` files; below that a pool is
slower than analysing in the child). The window's worker thread only relays progress and cancel.

No Qt here: the child process imports this module.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from pathlib import Path
from typing import Any

from sahifa.core.progress import Progress

from .ingest_files import Scan

log = logging.getLogger(__name__)

_STOP_GRACE_S = 5.0
_PROGRESS_S = 0.05  # the child sends at most one progress message this often (and the last one)


def _child(library_path: str | Path | None, found: Scan, q: Any, cancel: Any, parent_pid: int | None = None) -> None:
    try:
        from .ingest import update_library
        from .ingest_workers import exit_with_parent

        if parent_pid is not None:
            exit_with_parent(parent_pid)  # a killed window must not leave this process (and its workers) behind

        last = [0.0]

        def progress(done: int, total: int, phase: str) -> None:
            now = time.monotonic()
            if now - last[0] > _PROGRESS_S or done == total:
                last[0] = now
                q.put(("progress", done, total, phase))

        q.put(("done", update_library(library_path, found, progress=progress, cancel=cancel, workers=None)))
    except BaseException as exc:  # reported to the window as a sentence
        log.exception("ingest child failed")
        q.put(("error", f"{exc.__class__.__name__}: {exc}"))


def ingest_in_child(library_path: str | Path | None, found: Scan, *, progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> Any:
    """:func:`~sahifa.services.ingest.update_library` with ``found`` in a spawned child process;
    progress and cancel are relayed. Returns its IngestSummary; raises RuntimeError with the child's
    message when it fails."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    child_cancel = ctx.Event()
    # not a daemon: the child may start worker processes of its own
    proc = ctx.Process(target=_child, args=(library_path, found, q, child_cancel, os.getpid()), name="sahifa-ingest")
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
