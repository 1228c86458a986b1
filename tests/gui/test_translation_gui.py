"""The English pane fills in with machine translation from a (tiny, real) Argos package, off the UI thread."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from helpers.tiny_argos import build_tiny_argos_package, import_argos_isolated  # noqa: E402

argos_settings = import_argos_isolated()

from sahifa.gui.main_window import MainWindow  # noqa: E402
from sahifa.nlp import modelstore  # noqa: E402

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


def test_english_pane_fills_with_machine_translation_without_blocking(qtbot, tmp_path: Path, tiny_model: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "transport.txt").write_text(ARTICLE, encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(str(folder), library_path=str(tmp_path / "lib.db"), settings=settings)
    qtbot.addWidget(win)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    with qtbot.waitSignal(win.ingest_finished, timeout=60_000):
        win.show()
    timer.start()
    with qtbot.waitSignal(win.translation_shown, timeout=60_000):
        pass
    timer.stop()
    assert ticks, "the event loop kept running while the model loaded and translated"
    article = win.reader.article
    assert article is not None and article.reference_en is None
    assert win.reader.provenance.text().startswith("Machine translation")
    assert "argos:translate-ar_en" in win.reader.provenance.text()
    english = win.reader.en_sentences
    assert english is not None and len(english) == len(article.sentences)
    assert all(e.strip() for e in english)
    assert len(win.reader.alignment.en) == len(article.sentences)
    # cached in the library: a second look needs no translation
    cached = win.library.get_many(win._translator_holder["translator"].engine_id, [s.text for s in article.sentences])
    assert len(cached) == len({s.text for s in article.sentences})
    win.close()
