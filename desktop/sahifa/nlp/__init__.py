"""Sahifa's language layer: entities, numbers, quotes, translation. No Qt here.

The rule engine's modules (:data:`ACCELERATED`) may be compiled by mypyc at install time (see setup.py).
Whether the compiled modules or their sources run is decided for the whole engine (with
``sahifa.core.arabic``) in ``sahifa/__init__.py``: ``SAHIFA_PURE=1``, or a source edited after the build,
makes every accelerated module come from source.
"""

from __future__ import annotations

from .. import ACCELERATED as _ALL_ACCELERATED
from .. import SOURCE_REASON

__all__ = ["ACCELERATED", "SOURCE_REASON", "build"]

#: leaf names of the compiled modules of this package (setup.py compiles them; sahifa.ACCELERATED says
#: so for the whole engine)
ACCELERATED = tuple(m.split(".", 1)[1] for m in _ALL_ACCELERATED if m.startswith("nlp."))


def build() -> str:
    """"compiled" or "pure": how the rule engine runs in this process (imports it)."""
    from ..core import arabic
    from . import entities, numbers, quotes

    modules = (arabic, entities, numbers, quotes)
    compiled = [m for m in modules if not (m.__file__ or "").endswith(".py")]
    return "compiled" if len(compiled) == len(modules) else "pure" if not compiled else "mixed"
