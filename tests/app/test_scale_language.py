"""The scale in the status bar writes its digits as the UI language does: "1:3 476" in Bulgarian, "1:3,476" in English.

QGIS's scale box formats and reads numbers in Qt's default locale; the Bulgarian window showed
"1:3,476" with the English thousands separator.  The expected texts are written out here from
the two languages' rules (Bulgarian groups thousands with a no-break space), not asked of Qt.
"""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui

NBSP = "\u00a0"


def _said(denominator: int, language: str) -> str:
    grouped = f"{denominator:,}"
    return "1:" + (grouped.replace(",", NBSP) if language == "bg" else grouped)


def _scale_box(window):
    from qgis.PyQt.QtWidgets import QComboBox

    return window.scale_widget.findChild(QComboBox)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_scale_is_written_in_the_ui_language_and_follows_a_switch(make_window, sample_gpkg, qtbot, language):
    window = make_window(language)
    window.open_plan(sample_gpkg)
    window.canvas.zoomScale(3476)
    qtbot.waitUntil(lambda: round(window.canvas.scale()) > 999)
    box = _scale_box(window)
    denominator = round(window.canvas.scale())
    assert box.currentText() == _said(denominator, language)
    assert box.itemText(0) == _said(1_000_000, language)  # the list of scales too
    other = "en" if language == "bg" else "bg"
    window.switch_language(other)
    assert box.currentText() == _said(denominator, other)
    assert box.itemText(0) == _said(1_000_000, other)


def test_a_scale_typed_as_bulgarian_writes_it_is_read(make_window, sample_gpkg):
    window = make_window("bg")
    window.open_plan(sample_gpkg)
    assert window.scale_widget.setScaleString(f"1:2{NBSP}500")
    assert window.scale_widget.scale() == 2500
    assert _scale_box(window).currentText() == f"1:2{NBSP}500"
