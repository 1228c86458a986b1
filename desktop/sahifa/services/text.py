"""Sahifa's Arabic text keys: ``search_key`` (search folding) and ``canonical_key`` (an entity's
database key)."""

from __future__ import annotations

from sahifa.nlp.entities import canonical_key
from sahifa.nlp.normalize import search_key

__all__ = ["canonical_key", "search_key"]
