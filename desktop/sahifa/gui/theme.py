"""Colours, fonts and the application style: Okabe–Ito (colour-blind safe) layers, light or dark."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QPalette, QPixmap

from .layers import ENTITY_COLORS, NUMBER_COLOR, QUOTE_COLOR  # noqa: F401 - the palette lives with the layers

log = logging.getLogger(__name__)


# The linked (lit) sentence is drawn as a side bar and an outline, never a fill: a fill would cover
# the user's highlights and the entity colours under it. Neutral slate, unlike every layer and note.
SENTENCE_COLOR = "#3B4A6B"
SENTENCE_COLOR_DARK = "#C9D3EA"

NOTE_COLORS: dict[str, str] = {
    "yellow": "#FFE066",
    "green": "#9BE39B",
    "blue": "#9CCBFF",
    "pink": "#FFA8D0",
    "orange": "#FFC27A",
}

# Default reader families, best first: naskh faces with compact shaping tables, which Qt lays out and
# paints about twice as fast as Amiri (an article: ~17 ms instead of ~33 ms), and which ship with the
# desktops (Noto on Linux, Geeza Pro on macOS, Segoe UI/Tahoma on Windows). The bundled Amiri stays
# the fallback that always renders Arabic, and an option in View ▸ Arabic Font.
FAST_ARABIC_FAMILIES = ("Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", "Tahoma")
BUNDLED_ARABIC_FAMILY = "Amiri"

_ARABIC_FAMILY: str | None = None
_BUNDLED_FAMILY: str | None = None


def resources_dir() -> Path:
    import sahifa.resources

    return Path(sahifa.resources.__file__).parent


def bundled_arabic_family() -> str:
    """Register the bundled Amiri (OFL) once and return its family name."""
    global _BUNDLED_FAMILY
    if _BUNDLED_FAMILY is not None:
        return _BUNDLED_FAMILY
    family = ""
    for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf"):
        path = resources_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    _BUNDLED_FAMILY = family or BUNDLED_ARABIC_FAMILY
    return _BUNDLED_FAMILY


def load_fonts() -> str:
    """Register the bundled fonts and return the default Arabic family of the reader: the first
    installed family of FAST_ARABIC_FAMILIES that has Arabic glyphs, else the bundled Amiri."""
    global _ARABIC_FAMILY
    if _ARABIC_FAMILY is not None:
        return _ARABIC_FAMILY
    bundled = bundled_arabic_family()
    installed = set(QFontDatabase.families())
    family = next((f for f in FAST_ARABIC_FAMILIES if f in installed
                   and QFontDatabase.WritingSystem.Arabic in QFontDatabase.writingSystems(f)), "")
    if not family:
        family = bundled if bundled in installed else next(
            (f for f in ("Noto Naskh Arabic", "DejaVu Sans") if f in installed), QFont().family())
    _ARABIC_FAMILY = family
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


def color_icon(hex_color: str) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(hex_color))
    return QIcon(pix)


def with_arabic(font: QFont) -> QFont:
    """``font`` with the reader's Arabic family as its fallback for Arabic text (lists and tables of
    Arabic titles): Qt then need not search the system for a font per script, and lays the titles
    out in the fast face."""
    out = QFont(font)
    out.setFamilies([font.family(), load_fonts()])
    return out
