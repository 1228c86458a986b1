"""The English pane fills in with machine translation from a (tiny, real) Argos package, off the UI thread."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from helpers.tiny_argos import build_tiny_argos_package, import_argos_isolated  # noqa: E402

argos_settings = import_argos_isolated()

from sahifa.gui.main_window import MainWindow  # noqa: E402
from sahifa.services import models as modelstore  # noqa: E402
from sahifa.services.translation import ArgosTranslator  # noqa: E402

pytestmark = pytest.mark.gui

ARTICLE = (
    "الحكومة تعلن خطة جديدة للنقل\n\n"
    "أعلنت وزارة النقل المصرية اليوم خطة لتطوير 12 محطة قطار. وقال الوزير إن المشروع سيكتمل خلال عامين.\n\n"
    "وأضاف أن تكلفة الخطة تبلغ 3 مليارات جنيه، بحسب بيان رسمي."
)


@pytest.fixture
def tiny_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    packages = tmp_path / "argos-packages"
    packages.mkdir()
    monkeypatch.setattr(argos_settings, "package_data_dir", packages)
    monkeypatch.setattr(argos_settings, "package_dirs", [packages])
    archive = build_tiny_argos_package(tmp_path / "archives")
    modelstore.install_archive(archive)
    return packages


SLOW = 1.0  # seconds the (tiny, fast) model is made to take, so that a blocked event loop shows as a gap
MAX_GAP = 0.3  # the longest the UI may go without a timer tick while the model works (10 ms ticks)


def _translate_with_a_ticking_clock(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, list[float], list[float]]:  # type: ignore[no-untyped-def]
    """Open a folder, then let the window translate its article with a model slowed to take ``SLOW`` s,
    while a 10 ms QTimer on the UI thread records when it ticks. Returns the window, the tick times and
    the (start, end) times of the model's work (time.monotonic())."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "transport.txt").write_text(ARTICLE, encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(folder), library_path=str(tmp_path / "lib.db"), settings=settings)
    qtbot.addWidget(win)
    working: list[float] = []
    real = ArgosTranslator.translate_batch

    def slow_translate_batch(self: Any, *args: Any, **kwargs: Any) -> list[str]:
        working.append(time.monotonic())
        time.sleep(SLOW)  # sleeping lets go of the GIL: only a blocked event loop stops the ticks
        try:
            return real(self, *args, **kwargs)
        finally:
            working.append(time.monotonic())

    monkeypatch.setattr(ArgosTranslator, "translate_batch", slow_translate_batch)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    shown: list[int] = []
    win.translation_shown.connect(shown.append)
    timer.start()
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    qtbot.wait(50)  # a few ticks after the model's work, to close the last gap
    timer.stop()
    return win, ticks, working


def _longest_gap(ticks: list[float], start: float, end: float) -> float:
    """The longest time between two timer ticks (or the work's start/end and a tick) while the work ran."""
    inside = [start] + [t for t in ticks if start < t < end] + [end]
    after = [t for t in ticks if t >= end]
    inside.append(after[0] if after else float("inf"))
    return max(b - a for a, b in zip(inside, inside[1:], strict=False))


def test_english_pane_fills_with_machine_translation_without_blocking(qtbot, tmp_path: Path, tiny_model: Path,  # type: ignore[no-untyped-def]
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    win, ticks, working = _translate_with_a_ticking_clock(qtbot, tmp_path, monkeypatch)
    assert len(working) == 2, "the model translated the article once"
    start, end = working
    assert end - start >= SLOW
    # the event loop kept turning at its pace all the while the model loaded and translated
    assert _longest_gap(ticks, start, end) < MAX_GAP
    assert len([t for t in ticks if start < t < end]) >= (end - start) / MAX_GAP
    article = win.reader.article
    assert article is not None and article.reference_en is None
    assert win.reader.provenance.text().startswith("Machine translation")
    assert "argos:translate-ar_en" in win.reader.provenance.text()
    english = win.reader.en_sentences
    assert english is not None and len(english) == len(article.sentences)
    assert all(e.strip() for e in english)
    assert len(win.reader.alignment.en) == len(article.sentences)
    # cached in the library: a second look needs no translation
    cached = win.library.get_many(win.translation_ctl.translator.engine_id, [s.text for s in article.sentences])
    assert len(cached) == len({s.text for s in article.sentences})
    win.close()


def test_the_measure_sees_a_translation_on_the_ui_thread(qtbot, tmp_path: Path, tiny_model: Path,  # type: ignore[no-untyped-def]
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same measure on a window whose translation runs on the UI thread (the op run in place instead of on
    a pool): the longest gap is the model's whole work, and the check above would fail."""
    from sahifa.gui import workers

    real_start = workers.BackgroundOp.start

    def start_in_place(op: Any, pool: Any = None) -> Any:
        if op.name != "translate":
            return real_start(op, pool)
        op.running = True
        workers.BackgroundOp._running.add(op)
        workers._Runnable(op).run()  # its signals reach the window directly: all on the UI thread
        return op

    monkeypatch.setattr(workers.BackgroundOp, "start", start_in_place)
    win, ticks, working = _translate_with_a_ticking_clock(qtbot, tmp_path, monkeypatch)
    start, end = working
    assert _longest_gap(ticks, start, end) >= SLOW
    assert win.reader.en_sentences
    win.close()


def test_models_dialog_lists_the_models_on_a_worker_thread(qtbot, tiny_model: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from sahifa.gui.models_dialog import ModelsDialog

    on_ui_thread: list[bool] = []
    real = modelstore.list_models

    def list_models(**kwargs: Any) -> Any:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return real(**kwargs)

    monkeypatch.setattr(modelstore, "list_models", list_models)
    dialog = ModelsDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.listed, timeout=20_000):
        pass
    assert on_ui_thread == [False], "the models were listed on the UI thread"
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert any("ar→en" in n for n in names), names
