"""Ingest for the GUI: folders into the library at a path, with progress and cancel, as a summary.

The GUI calls :func:`ingest_auto` from a worker thread. Analysis is CPU-bound pure Python: on a
thread of the GUI process it would compete with the UI thread for the GIL and stall the event loop
for 50–100 ms at a time. So jobs with more than a handful of changed files have their analysis done
in worker processes — :func:`sahifa.ingest.ingest`'s pool, spawned (no Qt state or threads are
inherited), at least one process even on a single CPU, one per CPU otherwise. The calling thread only
checks files and writes the rows the workers prepared (sqlite releases the GIL while it works).
Small jobs stay on the calling thread: starting a worker costs about half a second.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class IngestSummary:
    analysed: int = 0
    unchanged: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    workers: int = 0  # analysis processes used (0: the calling thread)


def ingest_here(
    library_path: str | None,
    paths: Sequence[str],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    remove_missing: bool = True,
    workers: int | None = 0,
    pool_min: int | None = None,
    offload: bool = False,
) -> IngestSummary:
    """Ingest paths into the library at library_path (analysis on this thread unless ``workers``, see
    :func:`sahifa.ingest.ingest`); then forget the articles of those folders whose file is gone."""
    from sahifa.core.articles import discover
    from sahifa.ingest import POOL_MIN_FILES, ingest, open_library

    lib = open_library(library_path)
    try:
        result = ingest(lib, list(paths), progress=progress, cancel=cancel, keep_articles=False, workers=workers,
                        pool_min=POOL_MIN_FILES if pool_min is None else pool_min, offload=offload)
        if remove_missing and not result.cancelled:
            for folder in paths:
                if Path(folder).is_dir():
                    found, _ = discover(folder)
                    lib.remove_articles_not_in(str(Path(folder).resolve()), [str(p.resolve()) for p in found])
    finally:
        lib.close()
    return IngestSummary(result.analysed, len(result.unchanged), [(e.path, e.error) for e in result.errors],
                         result.cancelled, result.workers)


def ingest_auto(library_path: str | None, paths: Sequence[str], *, progress: Progress | None = None,
                cancel: threading.Event | None = None, threshold: int = 40) -> IngestSummary:
    """:func:`ingest_here` with the analysis in worker processes when more than ``threshold`` files need it."""
    return ingest_here(library_path, paths, progress=progress, cancel=cancel, workers=None,
                       pool_min=threshold + 1, offload=True)
