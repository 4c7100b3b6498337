"""Capture what is on the screen once the map canvas has finished drawing."""

from __future__ import annotations

from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMainWindow

__all__ = ["capture_when_drawn"]


def capture_when_drawn(window: QMainWindow, path: str, settle_ms: int = 500, timeout_ms: int = 30000) -> None:
    """Save a screen capture of ``window`` to ``path`` after its canvas renders, then quit.

    The capture is taken from the screen (the X server), not from the widget's
    own paint, so it shows what a person would see.
    """
    canvas = getattr(window, "canvas", None)
    done = {"saved": False}

    def grab() -> None:
        if done["saved"]:
            return
        done["saved"] = True
        screen = window.screen() or QApplication.primaryScreen()
        geo = window.frameGeometry()
        pixmap = screen.grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
        pixmap.save(path)
        window.close()
        QApplication.quit()

    if canvas is not None:
        canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(settle_ms, grab))
        canvas.refresh()
    QTimer.singleShot(timeout_ms, grab)
