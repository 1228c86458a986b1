"""Offline translation of articles (Argos models run by CTranslate2), for the window and the CLI."""

from __future__ import annotations

from sahifa.nlp.translate import (
    ArgosTranslator,
    MemoryTranslationCache,
    PackageInfo,
    TranslationCancelled,
    TranslationError,
    find_installed_package,
    translate_article,
)

__all__ = [
    "ArgosTranslator",
    "MemoryTranslationCache",
    "PackageInfo",
    "TranslationCancelled",
    "TranslationError",
    "find_installed_package",
    "translate_article",
]
