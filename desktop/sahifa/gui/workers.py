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

import shiboken6
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
            op._emit("failed", str(exc) or exc.__class__.__name__, traceback.format_exc())
        else:
            op._emit("succeeded", result)
        finally:
            op.done.set()
            op._emit("finished")


class BackgroundOp:
    """One unit of background work with progress, cancel and UI-thread callbacks.

    A started op keeps itself alive until it has finished, so callers need not hold a reference.
    """

    _running: set[BackgroundOp] = set()

    def __init__(self, fn: Callable[[Progress, threading.Event], Any], *, name: str = "", generation: int = 0,
                 known_errors: tuple[type[Exception], ...] = (), finish_on_quit: bool = False) -> None:
        """``known_errors``: exceptions that carry a sentence for the user (logged without a traceback).
        ``finish_on_quit``: at quit the op is waited for, not cancelled (a change to the library)."""
        self.fn = fn
        self.known_errors = known_errors
        self.name = name or getattr(fn, "__name__", "operation")
        self.generation = generation
        self.cancel = threading.Event()
        self.finish_on_quit = finish_on_quit
        self.done = threading.Event()  # set on the worker thread when ``fn`` has returned or raised
        self.signals = _Signals()
        self.running = False
        self.signals.finished.connect(self._on_finished)

    def _emit(self, signal: str, *args: Any) -> None:
        """Emit from the worker thread, unless the signals' QObject is gone: at quit Python deletes it
        while the work may still run ("RuntimeError: Signal source has been deleted" on stderr). Its
        receivers went with it; the work itself is done (see :func:`finish_running`)."""
        signals = self.signals
        if not shiboken6.isValid(signals):
            log.debug("background operation %s: %s after its signals were deleted", self.name, signal)
            return
        try:
            getattr(signals, signal).emit(*args)
        except RuntimeError:  # deleted between the check and the emit
            if shiboken6.isValid(signals):
                raise
            log.debug("background operation %s: %s after its signals were deleted", self.name, signal)

    def _emit_progress(self, done: int, total: int, message: str = "") -> None:
        self._emit("progressed", done, total, message)

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


def finish_running(timeout: float = 3.0) -> list[str]:
    """At quit: cancel the running ops that can be cancelled and wait for them (up to ``timeout`` seconds
    in all), and wait for those that change the library (``finish_on_quit``) until they are done, so that
    no change the user made is cut off. Returns the names of the cancellable ops still running."""
    import time

    running = list(BackgroundOp._running)
    for op in running:
        if not op.finish_on_quit:
            op.request_cancel()
    for op in running:
        if op.finish_on_quit:
            op.done.wait()
    end = time.monotonic() + timeout
    left = []
    for op in running:
        if not op.finish_on_quit and not op.done.wait(max(0.0, end - time.monotonic())):
            left.append(op.name)
    if left:
        log.warning("quitting while still running: %s", ", ".join(left))
    return left
