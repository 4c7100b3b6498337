"""The user-interface language: Qt translation catalogues and the switch between them.

English is the source language of every string; Bulgarian comes from
``resources/i18n/plu_studio_bg.ts``, compiled to ``.qm`` by ``scripts/setup.sh``
(``lrelease``).  All user-visible text goes through :func:`translate`, so
``scripts/update_translations.py`` can collect it from the source.
"""

from __future__ import annotations

import logging
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from plu_model.codelists import resources_dir
from plu_model.i18n import say_in

__all__ = [
    "LANGUAGES",
    "catalogue",
    "current_language",
    "qgis_catalogue_dir",
    "date_format",
    "set_language",
    "translate",
    "translate_to",
    "ui_locale",
]

log = logging.getLogger(__name__)

#: UI languages, with their names as shown in the language menu (each in its own language).
LANGUAGES: dict[str, str] = {"en": "English", "bg": "Български"}

_state: dict[str, object] = {"language": "en", "translator": None, "qt_translator": None, "qgis_translator": None}


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``QCoreApplication.translate``; the name the string extractor looks for."""
    return QCoreApplication.translate(context, text, disambiguation)


_catalogues: dict[str, QTranslator | None] = {}


def translate_to(language: str, context: str, text: str) -> str:
    """``text`` in a given language, whatever the UI language is (print layouts, exports)."""
    if language == current_language():
        return translate(context, text)
    if language == "en" or language not in LANGUAGES:
        return text
    if language not in _catalogues:
        translator = QTranslator()
        _catalogues[language] = translator if translator.load(str(catalogue(language))) else None
    translator = _catalogues[language]
    return (translator.translate(context, text) or text) if translator is not None else text


def _qt_translations() -> str:
    """Where Qt keeps its own catalogues (``QLibraryInfo.path`` in Qt 6, ``location`` in Qt 5)."""
    if hasattr(QLibraryInfo, "path"):
        return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)


def catalogue(language: str) -> Path:
    """The compiled catalogue of a language (it may not exist before set-up ran)."""
    return resources_dir() / "i18n" / f"plu_studio_{language}.qm"


def current_language() -> str:
    return str(_state["language"])


def ui_locale() -> QLocale:
    """The locale of the UI language (month names, decimal separator), whatever the system's is."""
    if current_language() == "bg":
        return QLocale(QLocale.Language.Bulgarian, QLocale.Country.Bulgaria)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)  # "Sep", not the UK "Sept"


def date_format() -> str:
    """Qt's display format of a date: "4 Dec 2026" in English, "4.12.2026 г." in Bulgarian.

    The same forms as :func:`plu_model.dates.format_user_date`, for the date editors.
    """
    return say_in(current_language(), "app.i18n", "d MMM yyyy")


def set_language(language: str) -> bool:
    """Install the catalogue of ``language``; False when it is missing (English is shown).

    Qt sends a ``LanguageChange`` event to every widget, and the windows
    re-translate themselves on it.
    """
    language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    for key in ("translator", "qt_translator", "qgis_translator"):
        old = _state[key]
        if old is not None and app is not None:
            app.removeTranslator(old)  # type: ignore[arg-type]
        _state[key] = None
    _state["language"] = language
    if language == "en":
        return True
    # installed first, so searched last: the app's own words win where QGIS has the same context ("MainWindow")
    _state["qgis_translator"] = _install_qgis_catalogue(language)
    translator = QTranslator()
    path = catalogue(language)
    if not path.is_file() or not translator.load(str(path)):
        log.warning("no translation catalogue %s; run scripts/setup.sh to build it", path)
        return False
    if app is not None:
        app.installTranslator(translator)
    _state["translator"] = translator
    # Qt's own dialogs and buttons (file dialogs, OK/Cancel), from Debian's qttranslations5-l10n
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", _qt_translations()):
        if app is not None:
            app.installTranslator(qt)
        _state["qt_translator"] = qt
    return True


def qgis_catalogue_dir() -> str:
    """Where QGIS keeps its own catalogues (``qgis_bg.qm``, from Debian's qgis-common)."""
    from qgis.core import QgsApplication

    found = QgsApplication.i18nPath()
    return found if Path(found, "qgis_bg.qm").is_file() else "/usr/share/qgis/i18n"


def _install_qgis_catalogue(language: str) -> QTranslator | None:
    """QGIS's widgets in the app (snapping, CRS chooser, Advanced Digitizing) in the UI language.

    QGIS's Bulgarian catalogue is incomplete; what it lacks stays English, and the
    app's own catalogue covers the texts the app sets on QGIS widgets (dock titles).
    """
    translator = QTranslator()
    if not translator.load(f"qgis_{language}", qgis_catalogue_dir()):
        log.warning("QGIS's own %s catalogue is missing (Debian package qgis-common)", language)
        return None
    app = QCoreApplication.instance()
    if app is not None:
        app.installTranslator(translator)
    return translator
