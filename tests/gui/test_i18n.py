"""The Arabic user interface: every UI string is translated, and the app lays out right-to-left."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def _gen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_translations", ROOT / "packaging" / "gen_translations.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["gen_translations"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_every_ui_string_has_arabic() -> None:
    gen = _gen()
    strings = gen.ui_strings()
    assert len(strings) > 50
    assert [s for s in strings if s not in gen.ARABIC] == []


def test_catalogue_is_current(tmp_path: Path) -> None:
    gen = _gen()
    gen.write_ts(tmp_path / "sahifa_ar.ts")
    shipped = (ROOT / "resources" / "i18n" / "sahifa_ar.ts").read_text(encoding="utf-8")
    assert (tmp_path / "sahifa_ar.ts").read_text(encoding="utf-8") == shipped, "run packaging/gen_translations.py"
    assert (ROOT / "resources" / "i18n" / "sahifa_ar.qm").stat().st_size > 1000


def test_arabic_ui_translates_and_is_rtl(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from sahifa.gui import i18n

    monkeypatch.setenv("SAHIFA_LANG", "ar")
    try:
        assert i18n.install_translator(qapp) == "ar"
        assert i18n.tr("Open Folder…") == "فتح مجلد…"
        assert QCoreApplication.translate("Sahifa", "&File") == "&ملف"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        monkeypatch.setenv("SAHIFA_LANG", "en")
        i18n.install_translator(qapp)
    assert i18n.tr("Open Folder…") == "Open Folder…"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
