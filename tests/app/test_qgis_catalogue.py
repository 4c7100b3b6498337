"""QGIS's own widgets in the app (the Advanced Digitizing panel) speak Bulgarian when the UI does.

Debian's qgis-common ships QGIS's catalogue ``qgis_bg.qm``; the app loads it with its own.
The Bulgarian below is QGIS's, as its translators wrote it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui

CAD_OFF_EN = "CAD tools are not enabled for the current map tool"
CAD_OFF_BG = "CAD инструментите не са включени за текущия картен инструмент"


def _cad_texts(window) -> set[str]:
    from qgis.PyQt.QtWidgets import QLabel

    return {label.text() for label in window.cad_dock.findChildren(QLabel)}


def test_debian_ships_the_bulgarian_qgis_catalogue_and_the_app_finds_it():
    from app.i18n import qgis_catalogue_dir

    assert (Path(qgis_catalogue_dir()) / "qgis_bg.qm").stat().st_size > 100_000


def test_the_advanced_digitizing_panel_is_bulgarian_in_a_bulgarian_window(translations, make_window):
    window = make_window("bg")
    texts = _cad_texts(window)
    assert CAD_OFF_BG in texts and CAD_OFF_EN not in texts
    assert window.cad_dock.windowTitle() != "Advanced Digitizing"


def test_english_drops_qgis_catalogue_again(translations, make_window):
    from app.i18n import set_language

    assert CAD_OFF_BG in _cad_texts(make_window("bg"))
    set_language("en")
    window = make_window("en")
    assert CAD_OFF_EN in _cad_texts(window)
