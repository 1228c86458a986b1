"""Shared storage fixtures. A test module that defines its own ``lib`` fixture (an empty library, a
random one) uses that one instead: pytest prefers the module's fixture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sahifa.storage.library import Library

from .test_library import article_a, article_b, key, norm


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    """A library holding the two articles of test_library (article_a, article_b), saved from /news."""
    library = Library(tmp_path / "library.db", key_func=key, search_norm=norm)
    for art, an in (article_a(), article_b()):
        library.save_article(art, an, folder="/news")
    yield library
    library.close()
