"""Temporary shim: moved to :mod:`sahifa.services.ingest` (``ingest_folders``) and
:mod:`sahifa.services.ingest_child` (issue #15); deleted after the merge."""

from sahifa.services.ingest import CHILD_THRESHOLD, ingest_folders

__all__ = ["CHILD_THRESHOLD", "ingest_folders"]
