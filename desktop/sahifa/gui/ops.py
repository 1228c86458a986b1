"""Library operations on worker threads, in the manner of Anki's ``aqt.operations``.

- :class:`QueryOp` reads: the query is handed a library opened on the worker thread; its result is
  delivered on the UI thread.
- :class:`CollectionOp` changes data: the change is handed a library opened for writing on the worker
  thread and returns a value; on the UI thread its success callback runs, then the one
  :attr:`LibraryEvents.library_changed` signal says what changed (:class:`LibraryChanges`), and the
  views that listen to it refresh.

Nothing in the GUI writes to the library on the UI thread: a write may wait for another writer's lock.
The work functions run on another thread: they must not touch widgets nor the window's state. They
get what they need as arguments (captured values) and return what the UI thread is to store.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

from sahifa.core.progress import Progress

from .workers import BackgroundOp

if TYPE_CHECKING:
    from sahifa.services.library import Library

T = TypeVar("T")

__all__ = ["BackgroundOp", "CollectionOp", "LibraryAt", "LibraryChanges", "LibraryEvents", "QueryOp", "open_library"]


def open_library(path: str | None, *, read_only: bool = False) -> Library:
    """The one place the GUI opens a library (the window's own reading connection included)."""
    from sahifa.services.library import open_library as _open

    return _open(path, read_only=read_only)


@dataclass(frozen=True)
class LibraryAt:
    """Where an operation's library is: its path (None: the default library) and whether it is read-only."""

    path: str | None
    read_only: bool = False


@dataclass(frozen=True)
class LibraryChanges:
    """What a :class:`CollectionOp` changed, for the views to refresh what shows it."""

    articles: bool = False  # articles added or removed
    read: bool = False  # an article's read state
    notes: bool = False
    entities: bool = False  # corrections: merge, rename, retype, removal, revert

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


class LibraryEvents(QObject):
    """The one "library changed" signal (Anki's ``operation_did_execute``): emitted on the UI thread after
    each successful :class:`CollectionOp`, with its :class:`LibraryChanges`."""

    library_changed = Signal(object)


class _Op(Generic[T]):
    """An op whose callbacks are dropped once ``context`` (the window, its events) is deleted: a worker may
    finish after the window closed."""

    def __init__(self, fn: Callable[[Progress, threading.Event], T], *, name: str, generation: int,
                 context: QObject | None, finish_on_quit: bool = False) -> None:
        from sahifa.services.library import LibraryError

        self._op = BackgroundOp(fn, name=name, generation=generation, known_errors=(LibraryError,),
                                finish_on_quit=finish_on_quit)
        self._context = context

    def _alive(self) -> bool:
        return self._context is None or shiboken6.isValid(self._context)

    @property
    def running(self) -> bool:
        return self._op.running

    @property
    def generation(self) -> int:
        return self._op.generation

    def on_success(self, cb: Callable[[T], None]) -> _Op[T]:
        self._op.on_success(lambda result: cb(result) if self._alive() else None)
        return self

    def on_failure(self, cb: Callable[[str, str], None]) -> _Op[T]:
        """``cb(message, traceback)``: the message is the error's sentence (a LibraryError's says that
        nothing of the change was saved)."""
        self._op.on_failure(lambda message, tb: cb(message, tb) if self._alive() else None)
        return self

    def on_finished(self, cb: Callable[[], None]) -> _Op[T]:
        self._op.on_finished(lambda: cb() if self._alive() else None)
        return self

    def start(self, pool: QThreadPool | None = None) -> _Op[T]:
        self._op.start(pool)
        return self

    def request_cancel(self) -> None:
        self._op.request_cancel()


class QueryOp(_Op[T]):
    """Read from the library on a worker thread; the result goes to ``on_success`` on the UI thread."""

    def __init__(self, where: LibraryAt, query: Callable[[Library], T], *, name: str = "query",
                 generation: int = 0, context: QObject | None = None) -> None:
        def work(progress: Progress, cancel: threading.Event) -> T:
            with open_library(where.path, read_only=where.read_only) as lib:
                return query(lib)

        super().__init__(work, name=name, generation=generation, context=context)


class CollectionOp(_Op[T]):
    """Change the library on a worker thread. On the UI thread, when the change is saved: the success
    callbacks with its result, then ``events.library_changed`` with ``changes`` (or ``changes(result)``;
    nothing is emitted when that says nothing changed)."""

    def __init__(self, events: LibraryEvents, where: LibraryAt, change: Callable[[Library], T], *,
                 changes: LibraryChanges | Callable[[T], LibraryChanges], name: str = "change") -> None:
        if where.read_only:
            raise ValueError("a read-only library cannot be changed")

        def work(progress: Progress, cancel: threading.Event) -> T:
            with open_library(where.path) as lib:
                return change(lib)

        super().__init__(work, name=name, generation=0, context=events, finish_on_quit=True)  # a change is never cut off
        self._events = events
        self._changes = changes
        self._succeeded: list[Callable[[T], None]] = []
        self._op.on_success(lambda result: self._done(result) if self._alive() else None)

    def on_success(self, cb: Callable[[T], None]) -> CollectionOp[T]:
        self._succeeded.append(cb)
        return self

    def _done(self, result: T) -> None:
        for cb in self._succeeded:
            cb(result)
        changed = self._changes(result) if callable(self._changes) else self._changes
        if changed:
            self._events.library_changed.emit(changed)
