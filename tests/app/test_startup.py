"""The desktop app starts on the sample plan and shows its zones in their INSPIRE colours."""

from __future__ import annotations

import pytest

from conftest import SAMPLE

pytestmark = pytest.mark.gui


def test_window_shows_the_sample_on_a_qgis_canvas(qtbot):
    from app.main_window import MainWindow

    window = MainWindow(language="bg")
    qtbot.addWidget(window)
    document = window.open_plan(SAMPLE)
    assert document.crs == 7801
    assert window.layers.zoning.featureCount() == 35
    assert window.layers.regulations_area.featureCount() == 2
    assert window.layers.regulations_line.featureCount() == 2
    assert window.canvas.mapSettings().destinationCrs().authid() == "EPSG:7801"
    extent = window.canvas.extent()
    assert extent.contains(window.layers.plan.extent())
    assert "Зелена поляна" in window.windowTitle()


def test_qt_own_buttons_follow_the_bulgarian_ui(qapp):
    from qgis.PyQt.QtCore import QCoreApplication

    from app.i18n import set_language

    try:
        assert set_language("bg")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отказ"
    finally:
        set_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
