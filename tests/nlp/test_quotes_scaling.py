"""Quote extraction stays linear in the length of one article, and its faster de-duplication keeps
the old semantics.

No wall-clock timing: the work is counted as the number of Python lines of the quote engine
(``quotes.py`` and its ``quotes_*.py`` siblings) executed (sys.settrace on the modules loaded from their
sources, so a compiled build does not hide them). An
article four times longer must execute at most ~4× the lines; the old comparison of every quote with
every earlier one (and the walk back over every earlier mention of a speaker's head noun) made it
~16×. benchmarks/bench_scaling.py prints the times.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sahifa.core.articles import build_article
from sahifa.core.model import Quote
from sahifa.nlp.entities import extract_entities

NLP = Path(__file__).resolve().parents[2] / "desktop" / "sahifa" / "nlp"
#: the quote engine: quotes.py (the public API) and its flat siblings quotes_*.py
QUOTES_FILES = frozenset(str(p) for p in NLP.glob("quotes*.py"))
_SOURCE: dict[str, ModuleType] = {}


def _source_modules() -> dict[str, ModuleType]:
    """The quote engine's modules loaded from their .py files (traceable even when the installed ones
    are compiled), by leaf name. The installed modules stay what ``sahifa.nlp.quotes*`` names."""
    if _SOURCE:
        return _SOURCE
    import sahifa.nlp
    import sahifa.nlp.quotes

    names = [f"sahifa.nlp.{Path(p).stem}" for p in sorted(QUOTES_FILES)]
    installed = {n: sys.modules.pop(n) for n in names if n in sys.modules}
    finder = sahifa._SourceFirst()  # the accelerated modules come from their .py files
    sys.meta_path.insert(0, finder)
    try:
        importlib.import_module("sahifa.nlp.quotes")
        for n in names:
            module = sys.modules[n]
            assert module.__file__ in QUOTES_FILES, module.__file__
            _SOURCE[n.rsplit(".", 1)[1]] = module
    finally:
        sys.meta_path.remove(finder)
        for n in names:
            sys.modules.pop(n, None)
        sys.modules.update(installed)
        for n, module in installed.items():
            setattr(sahifa.nlp, n.rsplit(".", 1)[1], module)
    return _SOURCE


def _lines_executed(fn: Callable[[], Any]) -> int:
    count = 0
    targets = QUOTES_FILES

    def tracer(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if frame.f_code.co_filename not in targets:
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(None)
    return count


PATTERNS = {
    # the reported case: a named speaker, then "the president" that names no one near it
    "attributions": ("قال دونالد ترامب إن الاقتصاد الأمريكي يشهد نموا قويا هذا العام.",
                     "وأضاف الرئيس الأمريكي أن الإدارة ستواصل دعم الشركات الصغيرة في الولايات المتحدة."),
    # one run-on sentence of direct quotes and source attributions (no full stop anywhere)
    "run-on quotes": ("وقال أحمد حافظ: «إن مصر ترفض أي تدخل في شؤونها»،",
                      "وأكد المرصد أن «المعارك استمرت طوال الليل في ريف حلب»،",
                      "وذكرت وكالة الأنباء، نقلا عن مصادر، أن «الوضع خطير جدا في المدينة»،"),
}


def _work(extract: Callable[..., list[Quote]], pattern: tuple[str, ...], repeats: int) -> tuple[int, int]:
    body = " ".join(pattern[k % len(pattern)] for k in range(repeats))
    article = build_article("/t/long.txt", "عنوان\n\n" + body)
    entities = extract_entities(article.text)
    found: list[list[Quote]] = []
    lines = _lines_executed(lambda: found.append(extract(article.text, article.sentences, entities)))
    return lines, len(found[0])


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_quote_extraction_work_grows_linearly_with_the_article(pattern: str) -> None:
    extract = _source_modules()["quotes"].extract_quotes
    short_lines, short_quotes = _work(extract, PATTERNS[pattern], 60)
    long_lines, long_quotes = _work(extract, PATTERNS[pattern], 240)
    assert short_quotes >= 30 and long_quotes >= 4 * short_quotes - 8  # the quotes are found
    ratio = long_lines / short_lines
    assert ratio < 5.5, f"4× the article executed {ratio:.1f}× the lines of the quote engine (quadratic?)"


# --- the de-duplication against the old linear scan ------------------------------------------------


def _reference_add(quotes: list[tuple[int, Quote]], prio: int, quote: Quote) -> bool:
    """The old emit(): compare with every earlier quote, in order."""
    start, end = quote.start, quote.end
    for k, (p, q) in enumerate(quotes):
        overlap = min(q.end, end) - max(q.start, start)
        if overlap > 0 and overlap * 2 >= min(q.end - q.start, end - start):
            if prio > p:
                quotes[k] = (prio, quote)
                return True
            return False
    quotes.append((prio, quote))
    return True


def _quote(start: int, end: int, tag: int) -> Quote:
    return Quote(speaker=f"s{tag}", speaker_canonical=None, cue="قال", quote="x", direct=False,
                 start=start, end=end)


@st.composite
def _emissions(draw: st.DrawFn) -> tuple[int, list[tuple[int, int, int]]]:
    length = draw(st.integers(1, 3000))
    ops = []
    for _ in range(draw(st.integers(0, 60))):
        start = draw(st.integers(0, length - 1))
        # mostly short quotes, some spanning much of the text (they overlap many others)
        span = draw(st.one_of(st.integers(1, 80), st.integers(1, length)))
        ops.append((draw(st.integers(0, 4)), start, min(length, start + span)))
    return length, ops


@settings(max_examples=400, deadline=None)
@given(_emissions())
def test_quote_set_keeps_the_semantics_of_the_linear_scan(case: tuple[int, list[tuple[int, int, int]]]) -> None:
    length, ops = case
    fast = _source_modules()["quotes_speakers"]._QuoteSet(length)
    slow: list[tuple[int, Quote]] = []
    for tag, (prio, start, end) in enumerate(ops):
        quote = _quote(start, end, tag)
        assert fast.add(prio, quote) == _reference_add(slow, prio, quote)
    assert fast.all() == [q for _, q in slow]
