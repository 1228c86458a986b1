"""Family names with the article in the press's Al- form when the name index glues the article to the
name (Alhamrani → Al-Hamrani), but not Western names whose Arabic spelling starts with the same letters
(الكسندر → Alexander, الفريد → Alfred)."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import LabelResolver
from tests.nlp.test_labels import needs_index

pytestmark = needs_index


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for)


@pytest.mark.parametrize(("arabic", "english"), [
    ("عبدالله الحمراني", "Abdullah Al-Hamrani"),  # the index: Alhamrani
    ("ثامر الحميد", "Thamer Al-Hameed"),          # the index's whole-name spelling: Thamer Alhameed
])
def test_glued_article_is_split(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "PERSON").text == english


@pytest.mark.parametrize(("arabic", "english"), [
    ("الكسندر", "Alexander"),      # ك is not written with an "e"
    ("الفريد نوبل", "Alfred Nobel"),  # a common Western given name stays whole
    ("محمد العتيبي", "Mohammed Al-Otaibi"),
])
def test_other_spellings_stay(res: LabelResolver, arabic: str, english: str) -> None:
    assert res.resolve(arabic, "PERSON").text == english
