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


# Calls whose text argument the user reads. A literal (or f-string) with letters passed straight to one
# of them is English in the Arabic interface: it must go through tr() (``tr("… {n} …").format(n=…)``).
_SHOWN = {"setText", "QStandardItem", "QLabel", "QAction", "setToolTip", "setStatusTip", "setWindowTitle",
          "addMenu", "QPushButton", "setPlaceholderText", "showMessage", "information", "warning", "critical",
          "question", "addAction", "setTitle", "QCheckBox", "QRadioButton", "QGroupBox", "setLabelText",
          "getText", "getItem", "setHorizontalHeaderLabels"}
# (file, text) pairs that are data or file names, not sentences
_NOT_SENTENCES = {"dialogs.py": ("/sahifa-notes.md", "{stem}.{ext}", "{path}\n    {why}")}


def _untranslated_literals(source: str, name: str) -> list[str]:
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if called not in _SHOWN:
            continue
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("log", "logger"):
            continue  # logging, not the UI
        for arg in node.args:
            text = ast.unparse(arg)
            literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            if not (literal or isinstance(arg, ast.JoinedStr)):
                continue
            words = arg.value if literal else "".join(
                v.value for v in arg.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if sum(c.isalpha() for c in words) >= 2 and not any(ok in text for ok in _NOT_SENTENCES.get(name, ())):
                found.append(f"{name}:{node.lineno}: {text}")
    return found


def test_no_english_sentence_bypasses_tr() -> None:
    gui = ROOT / "desktop" / "sahifa" / "gui"
    found = [hit for path in sorted(gui.glob("*.py"))
             for hit in _untranslated_literals(path.read_text(encoding="utf-8"), path.name)]
    assert found == []


def test_the_literal_scan_finds_an_untranslated_sentence() -> None:
    bad = 'label.setText(f"Opened {n} files")\nQMessageBox.warning(self, tr("Title"), "Plain English")\n'
    assert len(_untranslated_literals(bad, "x.py")) == 2
    good = 'label.setText(tr("Opened {n} files").format(n=n))\nlog.warning("cannot read %s", p)\n'
    assert _untranslated_literals(good, "x.py") == []


def test_translations_keep_their_placeholders() -> None:
    """tr("… {n} …").format(n=…): a translation without a placeholder, or with another one, would
    raise or lose the value in the Arabic interface."""
    import string

    def fields(text: str) -> list[str]:
        return sorted(f for _, f, _, _ in string.Formatter().parse(text) if f is not None)

    gen = _gen()
    placeholders = {en: ar for en, ar in gen.ARABIC.items() if fields(en)}
    assert len(placeholders) >= 15
    assert [en for en, ar in placeholders.items() if fields(en) != fields(ar)] == []


def test_reported_differently_heading_in_the_interface_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from sahifa.core.facts import FigureFact, FigureGroup
    from sahifa.gui.facts import FactsPanel

    def fig(article_id: int, value: int) -> FigureFact:
        return FigureFact(article_id, "t", 0, str(value), value, None, "count", None, "مقاتل", "fighters", None,
                          False, 0, 3, None)

    group = FigureGroup("مقاتل", "fighters", "count", None, (fig(1, 300), fig(2, 400)))
    panel = FactsPanel()
    try:
        panel._fill_figures(list(group.figures), [group])
        assert panel.groups_model.item(0, 0).text().startswith("fighters — ")
        panel.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        panel._fill_figures(list(group.figures), [group])
        assert panel.groups_model.item(0, 0).text().startswith("مقاتل — ")
    finally:
        panel.deleteLater()
