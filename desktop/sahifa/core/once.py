"""A value made once per process, on first use, thread-safe: the engine's lazy loaders (the gazetteer, the
Arramooz lexicon, the quote engine's name lists) share this one implementation.

``Once(make)`` calls ``make()`` the first time :meth:`Once.get` is called, under a lock so that two threads
never both make it, and returns the same object ever after (``clear`` forgets it: tests). After the first call
a read is one attribute test, no lock. Compiled by mypyc with the rule engine (setup.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["Once"]

T = TypeVar("T")


class Once(Generic[T]):
    """``make()``'s value, made on the first :meth:`get` (one thread makes it; the others wait for it)."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._done = False
        self._value: T | None = None

    def get(self) -> T:
        if not self._done:
            with self._lock:
                if not self._done:
                    self._value = self._make()
                    self._done = True  # (set after the value: a reader that sees it done sees the value)
        return self._value  # type: ignore[return-value]  # made above: T, though None until then

    def done(self) -> bool:
        """Whether the value has been made."""
        return self._done

    def clear(self) -> None:
        """Forget the value (the next :meth:`get` makes it anew)."""
        with self._lock:
            self._done = False
            self._value = None
