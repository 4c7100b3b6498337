"""Keep a top-level window, frame included, inside its screen's available area.

The main window opens at 1280×800; on a 1366×768 laptop (common in municipal
offices) that put its bottom rows — the status bar with "Не е проверен |
Записан" and the messages — below the screen's edge.  A geometry saved on a
bigger monitor does the same when the plan is next opened on the laptop.
Qt's ``restoreGeometry`` only rescues a window that would be lost off-screen;
it keeps a window taller than the screen as tall as it was.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QPoint, QRect
from qgis.PyQt.QtGui import QGuiApplication, QScreen
from qgis.PyQt.QtWidgets import QWidget

__all__ = ["fit_to_screen", "screen_of"]


def screen_of(window: QWidget) -> QScreen:
    """The screen under the middle of ``window``'s frame, else the one Qt gives it, else the primary one."""
    return (QGuiApplication.screenAt(window.frameGeometry().center()) or window.screen()
            or QGuiApplication.primaryScreen())


def fit_to_screen(window: QWidget, screen: QScreen | None = None) -> None:
    """Shrink ``window`` only where it is larger than ``screen``'s available area, then move it inside.

    A window that already fits keeps its size and place; a maximised or full-screen
    one is the window system's to place.  Before the window is shown its frame is
    not known yet and counts as none: call it again once shown.
    """
    if window.isMaximized() or window.isFullScreen():
        return
    available = (screen or screen_of(window)).availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    width = min(inner.width(), available.width() - (frame.width() - inner.width()))
    height = min(inner.height(), available.height() - (frame.height() - inner.height()))
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    if not available.contains(frame):
        window.move(_inside(frame, available))  # move() places the frame's corner


def _inside(frame: QRect, available: QRect) -> QPoint:
    """The top-left corner that brings ``frame`` inside ``available`` (its top-left edge first)."""
    x = max(available.left(), min(frame.left(), available.right() - frame.width() + 1))
    y = max(available.top(), min(frame.top(), available.bottom() - frame.height() + 1))
    return QPoint(x, y)
