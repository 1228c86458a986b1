"""The thin database layer (sahifa.storage.db): known errors vs bugs, and the default normalisers whose
results existing libraries have stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sahifa.core.model import Note
from sahifa.storage.library import Library, LibraryError, default_key, default_norm

from .test_library import article_a


def test_a_programming_error_is_not_shown_as_a_library_problem(tmp_path: Path) -> None:
    """Using a closed library, or binding the wrong number of values, is a bug in Sahifa: it must
    surface as the sqlite3 error it is, not as a sentence telling the user the library "could not be
    used" (which would send them to repair a healthy file)."""
    lib = Library(tmp_path / "library.db")
    lib.save_article(*article_a(), folder="/news")
    with pytest.raises(sqlite3.ProgrammingError):
        with lib.store.write() as conn:
            conn.execute("UPDATE articles SET read = ? WHERE id = ?", (1,))
    assert lib.articles()[0].read is False  # rolled back
    lib.close()
    for call in (lib.articles, lib.entities, lambda: lib.get_meta("k"), lambda: lib.set_meta("k", "v"),
                 lambda: lib.add_note(Note("/news/a.txt", 0, 3, "yellow"))):
        with pytest.raises(sqlite3.ProgrammingError) as info:
            call()
        assert not isinstance(info.value, LibraryError)


def test_a_damaged_library_is_still_a_sentence(tmp_path: Path) -> None:
    """What the environment does to the file stays a LibraryError (the user can act on it)."""
    with Library(tmp_path / "library.db") as lib:
        lib.save_article(*article_a(), folder="/news")
        lib.store.conn.execute("DROP TABLE quotes")
        with pytest.raises(LibraryError, match="could not be used .*no such table: quotes"):
            lib.quotes()


# Stored search keys (passages.norm) and entity keys of libraries made with the default normalisers
# depend on these exact results.
PINNED = [
    ("أَحْمَد", "احمد", "احمد"),
    ("إسلامـــية", "اسلاميه", "اسلاميه"),
    ("آمنة", "امنه", "امنه"),
    ("ٱلقرية", "القريه", "القريه"),
    ("مستشفى", "مستشفي", "مستشفي"),
    ("ＡＢＣ Straße", "abc strasse", "abc strasse"),
    ("١٢٣ 456", "١٢٣ 456", "١٢٣ 456"),
    ("الرئيس  السيسي\u0640", "الرئيس  السيسي", "الرئيس السيسي"),
    ("ﻻ", "لا", "لا"),
    ("ﷺ", "صلي الله عليه وسلم", "صلي الله عليه وسلم"),
    ("قُرْآنٌ\u06e1 ۝", "قران ", "قران"),
]


@pytest.mark.parametrize(("text", "norm", "key"), PINNED)
def test_default_normalisers_keep_their_results(text: str, norm: str, key: str) -> None:
    assert default_norm(text) == norm
    assert default_key(text) == key
