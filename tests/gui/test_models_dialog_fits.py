"""The translation models dialog fits a 1024x700 screen without sideways scrolling: on it the row that
matters most ("Arabic→English: not installed") was cut to "Download it, or install a .argosmodel fil"
behind a horizontal scroll bar. Every cell is whole in its tooltip."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.gui


def test_models_table_fits_the_dialog(qtbot: Any) -> None:
    from sahifa.gui.models_dialog import ModelsDialog

    dialog = ModelsDialog()
    qtbot.addWidget(dialog)
    dialog.resize(720, 340)
    with qtbot.waitSignal(dialog.listed, timeout=20_000):  # the listing on its worker, then ours
        dialog.show()
    long_path = "/root/.local/share/argos-translate/packages/translate-ar_en-1_0/" + "x" * 40
    dialog._fill([{"kind": "ner", "name": "CAMeL Tools Arabic NER (AraBERT)", "installed": False,
                   "path": long_path, "size": 0}])
    table = dialog.table
    assert table.rowCount() == 2
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    help_cell = table.item(0, 3)
    assert help_cell is not None and help_cell.toolTip() == help_cell.text() and help_cell.text()
    path_cell = table.item(1, 3)
    assert path_cell is not None and path_cell.toolTip() == f"\u2066{long_path}\u2069"  # isolated left to right
    dialog.close()
