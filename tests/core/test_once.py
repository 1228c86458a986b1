"""sahifa.core.once.Once: the shared lazy loader of the gazetteer, the Arramooz lexicon and the quote engine's
name lists makes its value once, even when threads ask for it together, and a failure is not remembered."""

from __future__ import annotations

import threading
import time

import pytest

from sahifa.core.once import Once


def test_made_once_under_concurrent_first_use() -> None:
    calls: list[int] = []

    def make() -> list[int]:
        calls.append(1)
        time.sleep(0.05)  # the other threads arrive while it is being made
        return [len(calls)]

    once: Once[list[int]] = Once(make)
    got: list[list[int]] = []
    threads = [threading.Thread(target=lambda: got.append(once.get())) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert calls == [1] and len(got) == 8 and all(g is got[0] for g in got) and got[0] == [1]
    assert once.get() is got[0] and once.done()


def test_a_failed_make_is_tried_again_and_clear_forgets() -> None:
    tries: list[int] = []

    def make() -> int:
        tries.append(1)
        if len(tries) == 1:
            raise OSError("not yet")
        return len(tries)

    once: Once[int] = Once(make)
    with pytest.raises(OSError):
        once.get()
    assert not once.done() and once.get() == 2 and once.get() == 2
    once.clear()
    assert not once.done() and once.get() == 3


def test_the_engine_loaders_share_it() -> None:
    from sahifa.nlp import gazetteer, lexicon, quotes_gender

    assert gazetteer.gazetteer() is gazetteer._ONCE.get() and len(gazetteer.gazetteer()) > 1000
    assert lexicon.words() > 10_000 and lexicon._ONCE.done()
    gulf, census = quotes_gender._SETS.get()
    assert len(gulf) > 500 and "john" in census
