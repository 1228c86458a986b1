"""The index of token positions by folded reading (sahifa.nlp.entities_engine._Engine.form_positions) and the late
passes that visit only the tokens with a head-word (entities_misc._scan with ``heads``): the same names as a
visit of every token. Sentences written for these tests (invented names, the constructions of the pass tests)."""

from __future__ import annotations

from sahifa.core.arabic import fold
from sahifa.nlp import entities_bodies as bodies
from sahifa.nlp import entities_misc as misc
from sahifa.nlp.entities_engine import _Engine

TEXT = ("وقال رئيس الغرفة التجارية الصناعية بأبها إن المعرض ناجح. وارتفع مؤشر داو جونز الصناعي 19 نقطة، "
        "ولمؤشر ناسداك المجمع نصيب. وفاز بجائزة بوليتزر، وبث تلفزيون فرنسا الدولي الخبر، وتحدث ميثاق الأمم المتحدة "
        "عن الرئاسة العامة لهيئة الأمر بالمعروف. وكتبت صحيفة سبق الإلكترونية ولشبكة «ام اس ان بي سي» وموقع التواصل "
        "الاجتماعي «تويتر» عن ذكرى ثورة 23 يوليو وحرب أكتوبر ومؤشر الأسعار.")


def test_form_positions_are_the_tokens_with_that_reading() -> None:
    eng = _Engine(TEXT)
    for words in ("مؤشر", "جائزة", "الغرفة الشؤون", "صحيفة قناة شبكة", "ثورة حرب"):
        keys = frozenset(fold(w) for w in words.split())
        want = [i for i, t in enumerate(eng.toks) if any(k in keys for _o, k, _s in t.info.forms)]
        assert want  # the text has them
        assert eng.form_positions(keys) == want


def test_a_scan_of_the_heads_finds_what_a_scan_of_every_token_finds() -> None:
    passes = [
        (bodies._placed_at, bodies._PLACED_HEADS),
        (bodies._station_at, bodies._STATION_HEADS),
        (bodies._prize_at, frozenset((bodies._PRIZE_HEAD,))),
        (bodies._charter_at, bodies._CHARTER_HEADS),
        (bodies._presidency_at, frozenset((bodies._PRESIDENCY,))),
    ]
    found = 0
    for at, heads in passes:
        eng = _Engine(TEXT)
        every = misc._scan(eng, [], "a", at, "ORG", "org", misc._runs_out)
        only = misc._scan(eng, [], "a", at, "ORG", "org", misc._runs_out, heads)
        assert [(r.start, r.end, r.t0, r.t1) for r in only] == [(r.start, r.end, r.t0, r.t1) for r in every]
        found += len(every)
    assert found >= 3
