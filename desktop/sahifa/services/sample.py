"""The sample articles shipped with Sahifa (the ``seeds`` folder) and how to recognise them.

The sample has a library of its own (:func:`sahifa.storage.paths.sample_library_path`), kept apart
from the user's.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bundled_seeds() -> Path | None:
    """The sample articles shipped with Sahifa (source checkout, PyInstaller bundle or install)."""
    candidates = []
    if getattr(sys, "frozen", False):
        candidates.append(Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "seeds")
        candidates.append(Path(sys.executable).parent / "seeds")
    candidates.append(Path(__file__).resolve().parents[3] / "seeds")  # services → sahifa → desktop → checkout
    candidates.append(Path(sys.prefix) / "share" / "sahifa" / "seeds")
    for c in candidates:
        if c.is_dir() and any(c.glob("*.txt")):
            return c
    return None


def is_bundled_sample(folder: str | os.PathLike[str]) -> bool:
    """True when ``folder`` is the bundled sample folder (real paths compared): its articles go to
    the sample's own library (:func:`sahifa.storage.paths.sample_library_path`), not the user's."""
    seeds = bundled_seeds()
    if seeds is None:
        return False
    return os.path.realpath(folder) == os.path.realpath(seeds)
