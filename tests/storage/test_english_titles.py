"""The English title, one rule everywhere (core.english.english_title): the article list, ``sahifa facts
--json`` and the exports agree, from a machine translation or a reference translation."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from sahifa.core.english import english_title
from sahifa.services.notes_export import english_titles_for
from sahifa.storage.facts_json import FactsDocument
from sahifa.storage.library import Library
from tests.helpers import titled_library


@pytest.mark.parametrize(("english", "title"), [
    ("Title", "Title"),
    ("  Title  \nDateline, 3 May", "Title"),       # the first line only
    ("\n\n  Title\nmore", "Title"),                 # the first line with text
    ("", ""), (None, ""), ("  \n ", ""),
])
def test_english_title(english: str | None, title: str) -> None:
    assert english_title(english) == title


def test_list_facts_and_exports_agree(tmp_path: Path) -> None:
    with Library(tmp_path / "library.db") as lib:
        ids = titled_library.fill(lib, tmp_path)
        listed = {Path(a.path).name: a.title_en for a in lib.articles()}
        assert listed == {"a.txt": "", "b.txt": "Reference title", "c.txt": "Machine title"}
        out = io.BytesIO()
        with FactsDocument(lib, []) as doc:
            doc.write_json(out)
        facts = {Path(a["path"]).name: a["title_en"] for a in json.loads(out.getvalue())["articles"]}
        assert facts == {"a.txt": None, "b.txt": "Reference title", "c.txt": "Machine title"}
        exported = english_titles_for(lib, [SimpleNamespace(article_id=i) for i in ids.values()])
        assert exported == {ids["b.txt"]: "Reference title", ids["c.txt"]: "Machine title"}
