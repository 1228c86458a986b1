"""Colours, fonts and the application style: Okabe–Ito (colour-blind safe) layers, light or dark."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette

log = logging.getLogger(__name__)

ENTITY_COLORS = {
    "PERSON": "#0072B2",  # blue
    "ORG": "#D55E00",     # vermillion
    "LOC": "#009E73",     # bluish green
    "MISC": "#CC79A7",    # reddish purple
}
NUMBER_COLOR = "#E69F00"  # orange
QUOTE_COLOR = "#56B4E9"   # sky blue
SENTENCE_COLOR = "#F0E442"  # yellow, for the linked sentence
ENTITY_TYPE_NAMES = {"PERSON": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}

NOTE_COLORS: dict[str, str] = {
    "yellow": "#FFE066",
    "green": "#9BE39B",
    "blue": "#9CCBFF",
    "pink": "#FFA8D0",
    "orange": "#FFC27A",
}

_ARABIC_FAMILY: str | None = None


def resources_dir() -> Path:
    import sahifa.resources

    return Path(sahifa.resources.__file__).parent


def load_fonts() -> str:
    """Register the bundled Amiri (OFL) and return the Arabic font family to use."""
    global _ARABIC_FAMILY
    if _ARABIC_FAMILY is not None:
        return _ARABIC_FAMILY
    family = ""
    for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf"):
        path = resources_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    if not family:
        for candidate in ("Amiri", "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans"):
            if candidate in QFontDatabase.families():
                family = candidate
                break
    _ARABIC_FAMILY = family or QFont().family()
    log.debug("Arabic font: %s", _ARABIC_FAMILY)
    return _ARABIC_FAMILY


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return True
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tint(hex_color: str, alpha: int) -> QColor:
    c = QColor(hex_color)
    c.setAlpha(alpha if not is_dark() else min(255, alpha + 40))
    return c
