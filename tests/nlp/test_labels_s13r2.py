"""Session 13 round 2 label fixes (issue #13), drawn from the eighth blind batch's unrecognisable labels:
the patronymic chain of one link before a family name, a titled person written without his house.
Names here are from training examples; none from a held-out set."""

from __future__ import annotations

import pytest

from sahifa.nlp.entities import _label_for
from sahifa.nlp.labels import GAZETTEER, NAME_INDEX, LabelResolver

from .test_labels import needs_index


@pytest.fixture(scope="module")
def res() -> LabelResolver:
    return LabelResolver(fallback=_label_for)


@needs_index
@pytest.mark.parametrize(("arabic", "english"), [
    ("عبدالله بن عبدالمحسن التركي", "Abdullah bin Abdulmohsen Al-Turki"),
    ("عبدالعزيز بن عبدالله الفالح", "Abdulaziz bin Abdullah Al-Faleh"),
])
def test_one_link_before_the_family_name_is_kept(res: LabelResolver, arabic: str, english: str) -> None:
    """Given name, one bin, family name: printed whole (the train gold keeps that link 76 times of 110)."""
    label = res.resolve(arabic, "PERSON")
    assert label.text == english and label.source == NAME_INDEX, label


@needs_index
def test_a_longer_chain_before_the_family_name_is_dropped(res: LabelResolver) -> None:
    assert res.resolve("أمين بن علي بن راشد الغفيلي", "PERSON").text.split() == ["Amin", "Al-Ghufaili"]


@needs_index
def test_a_titled_name_keeps_its_title_without_the_house(res: LabelResolver) -> None:
    """سلمان بن عبدالعزيز alone is the gazetteer's King Salman (the gold: 15 of 18); written in full with
    the house it is the name as written (Salman bin Abdulaziz: the gold, 17 of 29)."""
    short = res.resolve("سلمان بن عبدالعزيز", "PERSON")
    assert short.text == "King Salman" and short.source == GAZETTEER, short
    assert res.resolve("سلمان بن عبد العزيز", "PERSON").text == "King Salman"
    assert res.resolve("سلمان بن عبدالعزيز آل سعود", "PERSON").text == "Salman bin Abdulaziz"
