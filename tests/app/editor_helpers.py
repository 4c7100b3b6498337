"""Helpers for driving the main window in tests: modal dialogs and map clicks."""

from __future__ import annotations

from collections.abc import Callable


def answer_modal(qtbot, handle: Callable[[object], None], timeout_ms: int = 10000) -> dict:
    """Call ``handle(widget)`` on the next application-modal dialog (e.g. a QMessageBox.exec()).

    Returns a dict whose ``"done"`` key turns True once it was handled.
    """
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication

    state = {"done": False, "ticks": 0}
    timer = QTimer()
    state["timer"] = timer

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        state["ticks"] += 1
        if widget is not None and widget.isVisible():
            timer.stop()
            state["done"] = True
            handle(widget)
        elif state["ticks"] * 20 > timeout_ms:
            timer.stop()

    timer.timeout.connect(poll)
    timer.start(20)
    return state


def click_button(box, text: str) -> None:
    """Click the button of a message box whose text is ``text``."""
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def map_to_pixel(canvas, x: float, y: float):
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QPoint

    p = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(p.x()), round(p.y()))


def click_map(qtbot, canvas, pixel, button=None) -> None:
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    QTest.mouseMove(canvas.viewport(), pixel)
    QTest.mouseClick(canvas.viewport(), button or Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel)


def wait_rendered(qtbot, canvas) -> None:
    with qtbot.waitSignal(canvas.mapCanvasRefreshed, timeout=20000):
        canvas.refresh()
