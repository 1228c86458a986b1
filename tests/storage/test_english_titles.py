"""The English title, one rule everywhere (core.english.english_title): the article list, ``sahifa facts
--json`` and the exports agree, from a machine translation or a reference translation."""

from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from sahifa.core.articles import build_article
from sahifa.core.english import english_title
from sahifa.core.model import Analysis
from sahifa.services.notes_export import english_titles_for
from sahifa.storage.facts_json import FactsDocument
from sahifa.storage.library import Library

RAW = "عنوان المقال\n\nقال المتحدث إن القوات تقدمت. ثم انسحبت بعد المعارك."


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
        plain = build_article(str(tmp_path / "a.txt"), RAW)
        lib.save_article(plain, Analysis(), folder=str(tmp_path))
        lib.save_article(build_article(str(tmp_path / "b.txt"), RAW, reference_en=(
            " Reference title \nwith a second line", "The spokesman said the forces advanced.")),
            Analysis(), folder=str(tmp_path))
        lib.save_article(build_article(str(tmp_path / "c.txt"), RAW), Analysis(), folder=str(tmp_path))
        ids = {Path(a.path).name: a.id for a in lib.articles()}
        lib.index_english(ids["c.txt"], ["Machine title\nsecond line", "He said so.", "Then they withdrew."]
                          [: len(plain.sentences)])
        listed = {Path(a.path).name: a.title_en for a in lib.articles()}
        assert listed == {"a.txt": "", "b.txt": "Reference title", "c.txt": "Machine title"}
        out = io.BytesIO()
        with FactsDocument(lib, []) as doc:
            doc.write_json(out)
        facts = {Path(a["path"]).name: a["title_en"] for a in json.loads(out.getvalue())["articles"]}
        assert facts == {"a.txt": None, "b.txt": "Reference title", "c.txt": "Machine title"}
        exported = english_titles_for(lib, [SimpleNamespace(article_id=i) for i in ids.values()])
        assert exported == {ids["b.txt"]: "Reference title", ids["c.txt"]: "Machine title"}
