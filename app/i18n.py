"""The user-interface language: the one catalogue for the app's words, Qt's and QGIS's for theirs.

English is the source language of every string; Bulgarian comes from the product's one
catalogue, ``resources/i18n/plu_studio_bg.ts``, read by :mod:`plu_model.i18n` (no ``.qm``
to compile).  :func:`translate` is :func:`plu_model.i18n.say` in the UI language, and
:func:`set_language` sets that language for every module (``say`` and ``Text`` too).
Qt translators remain only for Qt's own widgets (``qtbase_bg``) and QGIS's
(``qgis_bg``); the app has no ``.ui`` forms that would need its own ``.qm``.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any

from qgis.PyQt.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from app import qt_translators
from plu_model import i18n
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

_state: dict[str, object] = {"language": "en"}
#: the Qt translators installed for the UI language (:func:`_qt_catalogues`)
_installed: list[QTranslator] = []


def translate(
    context: str, text: str, disambiguation: str | None = None, /, *, plural: str | None = None, **values: Any
) -> str:
    """``text`` of ``context`` in the UI language (:func:`plu_model.i18n.say`); the extractor looks for it.

    Its ``{name}`` placeholders are filled with ``values`` after the translation is looked up,
    so a translator may move them: ``translate("MainWindow", "Saved {path}", path=...)``.  A text
    that counts gives its English plural and its count: ``translate("MainWindow", "{n} feature
    deleted.", plural="{n} features deleted.", n=count)`` (Qt's ``tr(..., n)`` numerus forms).
    """
    return say_in(current_language(), context, text, plural=plural, **values)


def translate_to(language: str, context: str, text: str, /, *, plural: str | None = None, **values: Any) -> str:
    """``text`` in a given language, whatever the UI language is (print layouts, exports)."""
    return say_in(language if language in LANGUAGES else "en", context, text, plural=plural, **values)


def _qt_translations() -> str:
    """Where Qt keeps its own catalogues (``QLibraryInfo.path`` in Qt 6, ``location`` in Qt 5)."""
    if hasattr(QLibraryInfo, "path"):
        return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath)


def catalogue(language: str) -> Path:
    """The product's catalogue of a language (:func:`plu_model.i18n.catalogue_path`)."""
    return i18n.catalogue_path(language)


def current_language() -> str:
    return str(_state["language"])


#: each UI language's locale; kept for the app's life, so the one Qt's default shares is never deleted
#: while another thread (QGIS's renderer) copies the default (``QLocale::setDefault`` swaps it unguarded)
_LOCALES: dict[str, QLocale] = {
    "bg": QLocale(QLocale.Language.Bulgarian, QLocale.Country.Bulgaria),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),  # "Sep", not the UK "Sept"
}


def ui_locale() -> QLocale:
    """The locale of the UI language (month names, decimal separator), whatever the system's is."""
    return QLocale(_LOCALES[current_language()])


def date_format() -> str:
    """Qt's display format of a date: "4 Dec 2026" in English, "4.12.2026 г." in Bulgarian.

    The same forms as :func:`plu_model.dates.format_user_date`, for the date editors.
    """
    return say_in(current_language(), "app.i18n", "d MMM yyyy")


def set_language(language: str) -> bool:
    """Speak ``language`` from now on; False when its catalogue is missing (English is shown).

    Every window gets a ``LanguageChange`` event and re-translates itself on it
    (:mod:`app.live_language`), as it did when the app had its own Qt translator.
    """
    language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            qt_translators.remove(old)
    _installed.clear()
    _state["language"] = language
    i18n.set_language(language)
    # Qt's and QGIS's own numbers (the scale "1:3 476", not "1:3,476") are written and read in the default locale
    QLocale.setDefault(_LOCALES[language])
    found = language == "en" or i18n.catalogue_path(language).is_file()
    if not found:
        log.warning("no translation catalogue %s", i18n.catalogue_path(language))
    if language != "en":
        _installed.extend(t for t in _qt_catalogues(language) if not t.isEmpty())
        if app is not None:
            for translator in _installed:
                qt_translators.install(translator)
    if app is not None:
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return found


def qgis_catalogue_dir() -> str:
    """Where QGIS keeps its own catalogues (``qgis_bg.qm``, from Debian's qgis-common)."""
    from qgis.core import QgsApplication

    found = QgsApplication.i18nPath()
    return found if Path(found, "qgis_bg.qm").is_file() else "/usr/share/qgis/i18n"


@cache
def _qt_catalogues(language: str) -> tuple[QTranslator, QTranslator]:
    """QGIS's and Qt's own catalogues of ``language`` (either may be empty), loaded once and kept.

    QGIS's covers its widgets in the app (snapping, CRS chooser, Advanced Digitizing);
    it is incomplete, what it lacks stays English, and the app's own catalogue covers
    the texts the app sets on QGIS widgets (dock titles).  Qt's covers its own dialogs
    and buttons (file dialogs, OK/Cancel), from Debian's qttranslations5-l10n.
    Installed in this order, Qt's is asked first.

    Kept for the app's life, not made anew at each switch: a translator made in Python
    takes the GIL the first time QGIS's renderer thread asks it, and deleting one waits
    for Qt's translator lock with the GIL held (:mod:`app.qt_translators`).
    """
    qgis, qt = QTranslator(), QTranslator()
    if not qgis.load(f"qgis_{language}", qgis_catalogue_dir()):
        log.warning("QGIS's own %s catalogue is missing (Debian package qgis-common)", language)
    qt.load(f"qtbase_{language}", _qt_translations())
    return qgis, qt
