"""The one progress callback type of Sahifa's long jobs (ingest, downloads of a phase, exports).

``progress(done, total, phase)``: ``done`` of ``total`` items so far, ``phase`` a short English word or
phrase for the user ("Checking", "Analysing"). Called from whichever thread runs the job.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeAlias

Progress: TypeAlias = Callable[[int, int, str], None]  # done, total, phase message
