"""Work on a later turn of the UI event loop, after the timers and the repaint already due.

``QTimer.singleShot(0, …)`` is a posted call. Qt's event loop delivers posted events before it looks
at its timers, so a step deferred with it runs straight after the step that deferred it: the window's
repaint (driven by a timer) and every other due timer wait for both. Measured with a 5 ms timer on the
UI thread: two 25 ms steps chained with ``singleShot(0)`` are one 54 ms stall; chained with a 1 ms
timer they are two stalls of 29–30 ms, with a tick (and the paint) in between.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def next_turn(context: QObject, fn: Callable[[], None]) -> None:
    """Run ``fn`` on the UI thread once the timers and paints now due have run (a 1 ms precise timer).
    ``context`` owns the call: if it is deleted first, ``fn`` never runs."""
    QTimer.singleShot(1, context, fn)
