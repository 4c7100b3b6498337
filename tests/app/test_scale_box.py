"""A scale typed or picked in the status bar's scale box zooms the map; the map's own scale never zooms it again.

The box is driven as a planner drives it: keys typed into its field and Enter, or a click on a
scale in its open list.  The scale expected is read here from the text typed or clicked (the
digits after "1:", grouping spaces dropped), not asked of the code under test.
"""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"
THIN = "\u2009"


#: what groups thousands in a typed scale: any space, and the mark the language does not use for decimals
GROUPING = {"en": (" ", NBSP, NARROW_NBSP, THIN, ","), "bg": (" ", NBSP, NARROW_NBSP, THIN, ".")}


def _denominator(text: str, language: str = "bg") -> int:
    """The scale a planner means by ``text``: "1:2 500" and "2500" both mean 1:2 500."""
    digits = text.split(":")[-1]
    for grouping in GROUPING[language]:
        digits = digits.replace(grouping, "")
    return int(digits)


def _said(denominator: int, language: str) -> str:
    grouped = f"{denominator:,}"
    return "1:" + (grouped.replace(",", NBSP) if language == "bg" else grouped)


def _scale_box(window):
    from qgis.PyQt.QtWidgets import QComboBox

    return window.scale_widget.findChild(QComboBox)


def _type(window, text: str) -> None:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    field = _scale_box(window).lineEdit()
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    _key_in(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _key_in(field, text: str) -> None:
    """Type ``text``; a character past Latin-1 (a narrow no-break space) as a keyboard layout sends it."""
    from qgis.PyQt.QtCore import QEvent, Qt
    from qgis.PyQt.QtGui import QKeyEvent
    from qgis.PyQt.QtTest import QTest
    from qgis.PyQt.QtWidgets import QApplication

    for char in text:
        if ord(char) < 256:
            QTest.keyClicks(field, char)
        else:  # QTest's key table holds Latin-1 only
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    assert field.text() == text


def _pick(window, qtbot, text: str) -> None:
    """Open the box's list and click the scale written ``text``."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    box = _scale_box(window)
    row = box.findText(text)
    assert row >= 0, [box.itemText(i) for i in range(box.count())]
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(box.model().index(row, 0)).center())


def _opened(make_window, sample_gpkg, qtbot, language):
    window = make_window(language)
    window.open_plan(sample_gpkg)
    qtbot.waitUntil(lambda: window.canvas.scale() > 0)
    return window


TYPED = {
    "en": ["1:500", "1:2,500", "7500", "1:1250", "1:1 250", f"1:1{NBSP}250", f"1:2{NARROW_NBSP}500", f"1:3{THIN}500",
           "1 : 1250", " 1:4 000 ", "1:1,250,000", "12 500"],
    "bg": ["1:500", "1:2 500", f"1:2{NBSP}500", "7500", "1:12 000", "1:1250", "1:1.250", f"1:2{NARROW_NBSP}500",
           "1 : 1250", "1:1.250.000", "12 500"],
}
PICKED = {"en": "1:25,000", "bg": f"1:25{NBSP}000"}


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_scale_typed_or_picked_zooms_the_map_to_it(make_window, sample_gpkg, qtbot, language):
    window = _opened(make_window, sample_gpkg, qtbot, language)
    box = _scale_box(window)
    centre = window.canvas.center()
    for text in TYPED[language]:
        _type(window, text)
        expected = _denominator(text, language)
        assert window.canvas.scale() == pytest.approx(expected, rel=1e-6), text
        assert box.currentText() == _said(expected, language)
        assert window.canvas.center().distance(centre) < 0.01  # zoomed about the map's centre, not moved
    _pick(window, qtbot, PICKED[language])
    assert window.canvas.scale() == pytest.approx(_denominator(PICKED[language], language), rel=1e-6)
    assert box.currentText() == PICKED[language]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_the_maps_own_scale_shown_in_the_box_does_not_zoom_it_again(make_window, sample_gpkg, qtbot, language):
    window = _opened(make_window, sample_gpkg, qtbot, language)
    window.canvas.zoomScale(3476.4)  # the box shows 1:3 476; fed back, it would round the map to 3476
    scale = window.canvas.scale()
    assert scale == pytest.approx(3476.4, rel=1e-6) and _scale_box(window).currentText() == _said(3476, language)
    window.switch_language("en" if language == "bg" else "bg")  # the box re-filled in the other digits
    assert window.canvas.scale() == scale
    window.zoom_to_plan()
    assert window.canvas.scale() != pytest.approx(3476.4, rel=1e-3)
    assert _scale_box(window).currentText() == _said(round(window.canvas.scale()), window.language)


@pytest.mark.parametrize("bad", ["abc", "1:0", "1:-500", "0", "1:", ""])
def test_a_bad_entry_leaves_the_map_and_the_box_as_they_were(make_window, sample_gpkg, qtbot, bad):
    window = _opened(make_window, sample_gpkg, qtbot, "bg")
    _type(window, "1:2 500")
    extent = window.canvas.extent()
    _type(window, bad)
    assert window.canvas.extent() == extent and window.canvas.scale() == pytest.approx(2500, rel=1e-6)
    assert _scale_box(window).currentText() == f"1:2{NBSP}500"
    _type(window, "1:500")  # and the box still works
    assert window.canvas.scale() == pytest.approx(500, rel=1e-6)


#: a fraction, and the other language's thousands (a decimal mark here): no map scale, and said so
NO_SCALE = {
    "en": {"1:1250.5": "“1:1250.5” is not a scale: a scale has no decimals; type 1: and a whole number, e.g. 1:1250",
           "1:1.250": "“1:1.250” is not a scale: a scale has no decimals; type 1: and a whole number, e.g. 1:1250",
           "1:12,50": "“1:12,50” is not a scale: type 1: and a whole number, e.g. 1:1250, or the number alone",
           "abc": "“abc” is not a scale: type 1: and a whole number, e.g. 1:1250, or the number alone"},
    "bg": {"1:1250,5": "„1:1250,5“ не е мащаб: мащабът няма дробна част; въведете 1: и цяло число, напр. 1:1250",
           "1:1,250": "„1:1,250“ не е мащаб: мащабът няма дробна част; въведете 1: и цяло число, напр. 1:1250",
           "1:0": "„1:0“ не е мащаб: въведете 1: и цяло число, напр. 1:1250, или само числото"},
}


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_fraction_is_no_scale_and_the_status_bar_says_why(make_window, sample_gpkg, qtbot, translations, language):
    window = _opened(make_window, sample_gpkg, qtbot, language)
    _type(window, "1:2500")
    extent = window.canvas.extent()
    for text, said in NO_SCALE[language].items():
        window.statusBar().clearMessage()
        _type(window, text)
        assert window.canvas.extent() == extent and window.canvas.scale() == pytest.approx(2500, rel=1e-6), text
        assert _scale_box(window).currentText() == _said(2500, language)
        assert window.statusBar().currentMessage() == said


def test_leaving_the_box_reads_the_entry_as_enter_does(make_window, sample_gpkg, qtbot):
    """Typed "1:1 250" in an English window, then a click on the map: the focus leaving ends the entry."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    window = _opened(make_window, sample_gpkg, qtbot, "en")
    window.activateWindow()
    field = _scale_box(window).lineEdit()
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    _key_in(field, "1:1 250")
    window.canvas.setFocus()
    qtbot.waitUntil(lambda: window.canvas.scale() == pytest.approx(1250, rel=1e-6), timeout=2000)
    assert _scale_box(window).currentText() == "1:1,250"
