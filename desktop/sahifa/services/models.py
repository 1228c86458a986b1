"""Translation and NER models: list, install an archive, download from Argos's package index."""

from __future__ import annotations

from sahifa.nlp.modelstore import (
    DownloadCancelled,
    ModelStoreError,
    NetworkUnavailableError,
    default_index_url,
    download_model,
    install_archive,
    list_models,
)

__all__ = [
    "DownloadCancelled",
    "ModelStoreError",
    "NetworkUnavailableError",
    "default_index_url",
    "download_model",
    "install_archive",
    "list_models",
]
