"""Deferred GUI work (highlights re-applied on the next turn of the event loop, splitter sizes, scroll
sync) is tied to its widget: a reader deleted before the timer fires never runs it. (It once ran on the
deleted panes of a closed window and raised inside the next test's event loop.)"""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6

from sahifa.core.articles import build_article
from sahifa.core.model import Analysis
from sahifa.gui.reader import ReaderView

pytestmark = pytest.mark.gui


def test_a_deleted_reader_runs_no_deferred_highlights(qtbot: Any, qapp: Any) -> None:
    article = build_article("/x/a.txt", "عنوان\n\nقال الوزير إن الخطة ستنفذ.")
    reader = ReaderView()
    reader.show_article(article, Analysis((), (), ()), keys={})
    reader.refresh_highlights()  # queued for the next turn of the loop
    errors: list[BaseException] = []
    with qtbot.capture_exceptions() as caught:
        shiboken6.delete(reader)
        qapp.processEvents()
        qtbot.wait(20)
    errors.extend(e for _t, e, _tb in caught)
    assert not errors
