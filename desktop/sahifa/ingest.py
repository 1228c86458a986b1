"""Temporary shim: ingest moved to :mod:`sahifa.services.ingest` and the library's wiring to
:mod:`sahifa.services.library` (issue #15); deleted after the merge."""

from sahifa.services.ingest import POOL_MIN_FILES, IngestError, IngestResult, file_sha1, ingest
from sahifa.services.library import open_library, remove_articles_under

__all__ = ["POOL_MIN_FILES", "IngestError", "IngestResult", "file_sha1", "ingest", "open_library",
           "remove_articles_under"]
