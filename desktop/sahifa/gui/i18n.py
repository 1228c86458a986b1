"""User-interface language: English (default) or Arabic with a right-to-left layout.

Qt's own strings come from Qt's translations (qtbase_ar.qm); Sahifa's from resources/i18n/sahifa_<lang>.qm.
The choice lives in QSettings ("ui_language": "system" | "en" | "ar") or the SAHIFA_LANG variable.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from .theme import resources_dir

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
CONTEXT = "Sahifa"


def N_(text: str) -> str:
    """Mark a string for translation where it is defined; translate it with tr() where it is shown."""
    return text


def tr(text: str) -> str:
    """Translate a user-interface string (Qt's translation system, one context for the app)."""
    return QCoreApplication.translate(CONTEXT, text)


def app_settings() -> QSettings:
    """Sahifa's Qt settings (window state, last folder, recent folders, language…).

    With SAHIFA_HOME set they live in ``$SAHIFA_HOME/settings.ini`` beside the library, so that a
    SAHIFA_HOME is a whole, isolated Sahifa (tests, a second profile, a portable copy); otherwise in
    the platform's usual place (QSettings "Sahifa"/"Sahifa")."""
    home = os.environ.get("SAHIFA_HOME")
    if home:
        return QSettings(os.path.join(home, "settings.ini"), QSettings.Format.IniFormat)
    return QSettings("Sahifa", "Sahifa")


def ui_language(choice: str | None = None) -> str:
    """The interface language, "ar" or "en": ``choice`` ("system" | "en" | "ar"), else SAHIFA_LANG,
    else the saved setting."""
    lang = choice or os.environ.get("SAHIFA_LANG") or str(app_settings().value("ui_language", "system"))
    if lang == "system":
        lang = QLocale.system().name().split("_")[0]
    return "ar" if lang == "ar" else "en"


def install_translator(app: QApplication, choice: str | None = None) -> str:
    """Install the translators of the interface language (see :func:`ui_language`) and its layout
    direction. Also a live switch: Qt then posts QEvent.LanguageChange to every widget and sends
    LayoutDirectionChange, and the widgets re-set their texts (``changeEvent``, the main window's
    ``retranslate``)."""
    lang = ui_language(choice)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "ar":
        qt_tr = QTranslator(app)
        if qt_tr.load(QLocale("ar"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / "sahifa_ar.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    else:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    log.debug("UI language %s (%d translators)", lang, len(_installed))
    return lang
