"""Background work for the GUI: a small operation object in the spirit of Anki's CollectionOp.

    BackgroundOp(fn).on_success(cb).on_failure(cb).on_progress(cb).start(pool)

``fn`` receives ``(progress, cancel)`` — a plain callable and a threading.Event — and never touches
Qt widgets. Callbacks run on the UI thread (queued signals). Each op carries a ``generation`` so a
view can drop stale results after the user has moved on.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from sahifa.core.progress import Progress

log = logging.getLogger(__name__)



class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # human message, traceback text
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, op: BackgroundOp) -> None:
        super().__init__()
        self.op = op
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a pool thread
        op = self.op
        try:
            result = op.fn(op._emit_progress, op.cancel)
        except Exception as exc:
            if isinstance(exc, op.known_errors):  # a sentence for the user, not a bug: no traceback
                log.warning("background operation %s: %s", op.name, exc)
            else:
                log.exception("background operation %s failed", op.name)
            op.signals.failed.emit(str(exc) or exc.__class__.__name__, traceback.format_exc())
        else:
            op.signals.succeeded.emit(result)
        finally:
            op.signals.finished.emit()


class BackgroundOp:
    """One unit of background work with progress, cancel and UI-thread callbacks.

    A started op keeps itself alive until it has finished, so callers need not hold a reference.
    """

    _running: set[BackgroundOp] = set()

    def __init__(self, fn: Callable[[Progress, threading.Event], Any], *, name: str = "", generation: int = 0,
                 known_errors: tuple[type[Exception], ...] = ()) -> None:
        """``known_errors``: exceptions that carry a sentence for the user (logged without a traceback)."""
        self.fn = fn
        self.known_errors = known_errors
        self.name = name or getattr(fn, "__name__", "operation")
        self.generation = generation
        self.cancel = threading.Event()
        self.signals = _Signals()
        self.running = False
        self.signals.finished.connect(self._on_finished)

    def _emit_progress(self, done: int, total: int, message: str = "") -> None:
        self.signals.progressed.emit(done, total, message)

    def _on_finished(self) -> None:
        self.running = False
        BackgroundOp._running.discard(self)

    def on_success(self, cb: Callable[[Any], None]) -> BackgroundOp:
        self.signals.succeeded.connect(cb)
        return self

    def on_failure(self, cb: Callable[[str, str], None]) -> BackgroundOp:
        self.signals.failed.connect(cb)
        return self

    def on_progress(self, cb: Callable[[int, int, str], None]) -> BackgroundOp:
        self.signals.progressed.connect(cb)
        return self

    def on_finished(self, cb: Callable[[], None]) -> BackgroundOp:
        self.signals.finished.connect(cb)
        return self

    def start(self, pool: QThreadPool | None = None) -> BackgroundOp:
        self.running = True
        BackgroundOp._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def request_cancel(self) -> None:
        self.cancel.set()
