"""A status bar whose passing messages stay on one line beside the statuses on its right, whole on hover.

Qt's own status bar draws a message up to its first permanent widget and cuts the rest
mid-letter: "Отворен BG.CITY.TEST:pup-north@1 от регистъра; версия 1 е публикувана; …"
lost its end behind "Не е проверен | Записан | 1:3 581 | EPSG:7801" on a laptop's screen.
A message that wrapped onto more lines instead made the bar taller, which took the height
from the map: the map re-fitted its extent and its scale changed (1:3 538 became 1:3 576)
each time a long message came and went, and in a narrow window the bar grew to a dozen lines.

Here the message is a label on the one line the bar always has: a text longer than its room
ends in "…" and is whole in the label's tooltip (and in :meth:`MessageStatusBar.currentMessage`).
The bar's height never changes with a message, so the map never moves for one.

The pointer's coordinates (:class:`CoordinatesLabel`) take their room only while the pointer is
over the map: the 200 pixels they held empty before are the message's the rest of the time.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

__all__ = ["CoordinatesLabel", "MessageStatusBar"]

#: the widest coordinates the label is sized for (a projected CRS's millions of metres, two decimals)
WIDEST_POINT = "-0000000.00, -0000000.00"


class _MessageLabel(QLabel):
    """One line of text, elided at its end to the room the statuses leave it; the whole text is its tooltip."""

    def __init__(self, parent: Any):
        super().__init__(parent)
        self.setObjectName("status_message")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # a long text never widens the window: the label takes the room the statuses leave
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.whole = ""

    def say(self, text: str) -> None:
        self.whole = text
        self.setToolTip(text)
        self._fit()

    def _fit(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideRight, room) if room > 0 else ""
        super().setText(shown if self.whole else "")

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()


class MessageStatusBar(QStatusBar):
    """``showMessage``/``currentMessage``/``clearMessage`` as Qt's, the message shown in a one-line label."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.message_label = _MessageLabel(self)
        self.addWidget(self.message_label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802
        self.message_label.say(text)
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:  # noqa: N802
        had = bool(self.message_label.whole)
        self._timer.stop()
        self.message_label.say("")
        super().clearMessage()  # one Qt itself put up (a menu item's status tip)
        if had:
            self.messageChanged.emit("")

    def currentMessage(self) -> str:  # noqa: N802
        return self.message_label.whole or super().currentMessage()


class CoordinatesLabel(QLabel):
    """The map coordinates under the pointer, shown while it is over ``canvas``; no room taken otherwise.

    While shown the label keeps the width of the widest coordinates, so the message beside it does
    not re-elide at each move of the mouse.
    """

    def __init__(self, parent: Any, canvas: QWidget):
        super().__init__(parent)
        self.setObjectName("coordinates_status")
        canvas.installEventFilter(self)

    def show_point(self, point: Any) -> None:
        if not self.text():
            margins = self.contentsMargins()
            self.setMinimumWidth(self.fontMetrics().horizontalAdvance(WIDEST_POINT) + margins.left() + margins.right())
        self.setText(f"{point.x():.2f}, {point.y():.2f}")

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802
        """The pointer left the map: its last coordinates say nothing any more, and their room is freed."""
        if event.type() == QEvent.Type.Leave:
            self.clear()
            self.setMinimumWidth(0)
        return False
