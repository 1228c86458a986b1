"""Sahifa's language layer: entities, numbers, quotes, translation. No Qt here.

The rule engine's modules (:data:`ACCELERATED`) may be compiled by mypyc at install time (see setup.py):
the compiled modules sit beside their sources and Python prefers them. Two cases must not run them:

- ``SAHIFA_PURE=1`` in the environment (comparing builds, debugging);
- an editable install whose sources were edited after the build — the compiled module would silently
  run the old code.

In either case every accelerated module is imported from its source instead. It is all or nothing:
compiled modules call each other directly, so mixing a stale compiled module with a fresh source one
would still run old code.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType

ACCELERATED = ("normalize", "gazetteer", "translit", "tagger", "arbiter", "entities", "numbers", "quotes")
_HERE = os.path.dirname(os.path.abspath(__file__))


def _compiled_path(folder: str, leaf: str) -> str | None:
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        candidate = os.path.join(folder, leaf + suffix)
        if os.path.exists(candidate):
            return candidate
    return None


def source_wins(folder: str = _HERE, environ: Mapping[str, str] = os.environ) -> str | None:
    """Why the accelerated modules in ``folder`` must come from source (None: use what is there)."""
    compiled = {leaf: _compiled_path(folder, leaf) for leaf in ACCELERATED}
    if not any(compiled.values()):
        return None  # pure install: nothing to decide
    if environ.get("SAHIFA_PURE") == "1":
        return "SAHIFA_PURE=1"
    for leaf, so in compiled.items():
        src = os.path.join(folder, leaf + ".py")
        if not os.path.exists(src):
            continue  # a frozen bundle ships no sources: the compiled module is all there is
        if so is None:
            return f"{leaf}.py has no compiled module"
        if os.path.getmtime(src) > os.path.getmtime(so):
            return f"{leaf}.py is newer than its compiled module"
    return None


class _SourceFirst:
    """A meta-path finder: the accelerated modules come from their .py files."""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        package, _, leaf = fullname.rpartition(".")
        if package != __name__ or leaf not in ACCELERATED:
            return None
        return importlib.util.spec_from_file_location(fullname, os.path.join(_HERE, leaf + ".py"))


SOURCE_REASON = source_wins()
if SOURCE_REASON is not None:
    sys.meta_path.insert(0, _SourceFirst())


def build() -> str:
    """"compiled" or "pure": how the rule engine runs in this process (imports it)."""
    from . import entities, numbers, quotes

    compiled = [m for m in (entities, numbers, quotes) if not (m.__file__ or "").endswith(".py")]
    return "compiled" if len(compiled) == 3 else "pure" if not compiled else "mixed"
