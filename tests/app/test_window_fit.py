"""The main window opens inside the screen's available area: the status bar stays on a laptop's screen.

The offscreen platform's screen (800×600) is smaller than the window's default
1280×800, as a 1366×768 laptop's is shorter; a stand-in screen tells the sizes of
other monitors.
"""

from __future__ import annotations

import pytest
from editor_helpers import *  # noqa: F403 - fixtures

pytestmark = pytest.mark.gui


class _Screen:
    """A monitor of the given available size (what ``fit_to_screen`` asks of a screen)."""

    def __init__(self, width: int, height: int):
        from qgis.PyQt.QtCore import QRect

        self.area = QRect(0, 0, width, height)

    def availableGeometry(self):  # noqa: N802 - QScreen's name
        return self.area


def _on_screen(widget, available) -> bool:
    from qgis.PyQt.QtCore import QPoint, QRect

    return widget.isVisible() and available.contains(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


def test_a_screen_smaller_than_the_default_size_shows_the_whole_window(make_window):
    window = make_window("bg")
    available = window.screen().availableGeometry()
    assert (available.width(), available.height()) == (800, 600)  # the offscreen screen: smaller than 1280×800
    assert available.contains(window.frameGeometry())
    assert _on_screen(window.statusBar(), available)
    assert _on_screen(window.canvas, available)


def test_a_saved_geometry_larger_than_the_screen_is_fitted(make_window):
    first = make_window("bg")
    available = first.screen().availableGeometry()
    first.resize(1600, 1000)  # as left on a bigger monitor
    first.move(300, 200)
    assert first.size().width() == 1600
    first.save_layout()
    again = make_window("bg")
    assert available.contains(again.frameGeometry())
    assert _on_screen(again.statusBar(), available)


def test_the_default_size_stays_where_it_fits(qapp, monkeypatch, make_window):
    from app import window_fit

    monkeypatch.setattr(window_fit, "screen_of", lambda _w: _Screen(1920, 1080))
    window = make_window("bg")
    assert (window.width(), window.height()) == (1280, 800)


def test_a_laptop_screen_keeps_the_width_and_shortens_the_window(qapp, monkeypatch, make_window):
    from app import window_fit

    monkeypatch.setattr(window_fit, "screen_of", lambda _w: _Screen(1366, 768))
    window = make_window("bg")
    frame = window.frameGeometry()
    assert window.width() == 1280  # the width was never cut
    assert frame.height() <= 768 and frame.top() >= 0


def test_a_window_that_fits_keeps_its_size_and_place(qapp, qtbot):
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QWidget

    from app.window_fit import fit_to_screen

    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 200)
    widget.move(40, 30)
    fit_to_screen(widget, _Screen(800, 600))
    assert (widget.width(), widget.height(), widget.pos()) == (300, 200, QPoint(40, 30))
    widget.move(700, 500)  # partly past the right and bottom edges
    fit_to_screen(widget, _Screen(800, 600))
    assert widget.pos() == QPoint(500, 400)
    assert (widget.width(), widget.height()) == (300, 200)
