"""The screens' language: French or English, from the settings or the system's locale.

The compiled catalogue (``resources/translations/campaign_desktop_fr.qm``) is loaded with
Qt's own (standard buttons, dialogs), and the locale of dates and numbers follows the
language chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: Languages the screens are translated into, besides English (the source).
SHIPPED = ("fr",)
_installed: list[QTranslator] = []


def language_for(setting: str) -> str:
    """The language to show: the setting's, else the system's when shipped, else English."""
    if setting:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SHIPPED else "en"


def install_language(language: str) -> str:
    """Load the catalogues of ``language`` ("" for the system's) into the application; returns
    the language now shown. Calling it again replaces the previous choice."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = language_for(language)
    system = QLocale.system()
    if system.name().split("_")[0] == chosen:
        locale = system  # the system's own country conventions for dates and numbers
    elif chosen == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    else:
        locale = QLocale(chosen)
    QLocale.setDefault(locale)
    if chosen == "en":
        return chosen
    for name, folder in (("campaign_desktop", str(TRANSLATIONS)),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return chosen
