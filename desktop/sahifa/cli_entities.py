"""Temporary shim: moved to :mod:`sahifa.services.entities` (issue #15); deleted after the merge."""

from sahifa.services.entities import EXIT_NO_ENTITY, describe, resolve_names

__all__ = ["EXIT_NO_ENTITY", "describe", "resolve_names"]
