"""The head-word index kept across articles (sahifa.nlp.entities_index): it holds only the keys asked for so far,
so a key asked for the first time, in the middle of an article or in a later one, must rebuild it — never read a
stale index that misses it. Invented sentences (the constructions of test_entities_form_index)."""

from __future__ import annotations

import pytest

from sahifa.core.arabic import fold
from sahifa.nlp import entities_index
from sahifa.nlp.entities_engine import _Engine

TEXTS = ("وقال رئيس الغرفة التجارية إن المعرض ناجح. وارتفع مؤشر داو جونز 19 نقطة، ولمؤشر ناسداك نصيب. وفاز بجائزة "
         "بوليتزر، وكتبت صحيفة سبق ولشبكة «ام اس ان بي سي» عن ذكرى ثورة 23 يوليو وحرب أكتوبر ومؤشر الأسعار.",
         "وأعلنت الغرفة التجارية في جدة عن جائزة جديدة، ونشرت صحيفة محلية أن حرب الأسعار مستمرة والمؤشر ثابت.")
ASKED = ("مؤشر", "جائزة", "الغرفة الشؤون", "صحيفة قناة شبكة", "ثورة حرب", "مؤشر", "جائزة صحيفة")


def _want(eng: _Engine, keys: frozenset[str]) -> list[int]:
    return [i for i, t in enumerate(eng.toks) if any(k in keys for _o, k, _s in t.info.forms)]


@pytest.mark.parametrize("order", [ASKED, tuple(reversed(ASKED))])
def test_keys_asked_one_set_after_another_find_every_token(monkeypatch: pytest.MonkeyPatch,
                                                          order: tuple[str, ...]) -> None:
    monkeypatch.setattr(entities_index, "_STATE", [(frozenset(), {})])  # a process that has asked for nothing
    hits = 0
    for text in TEXTS:
        eng = _Engine(text)
        for words in order:
            keys = frozenset(fold(w) for w in words.split())
            want = _want(eng, keys)
            assert eng.form_positions(keys) == want, words
            hits += len(want)
    assert hits >= 12  # the texts have the heads
