"""Ingest (first step of the move, issue #15: the names of the services API, re-exported)."""

from __future__ import annotations

from sahifa.gui.ingest_runner import ingest_folders
from sahifa.ingest import POOL_MIN_FILES, IngestError, IngestResult, file_sha1, ingest

__all__ = ["POOL_MIN_FILES", "IngestError", "IngestResult", "file_sha1", "ingest", "ingest_folders"]
