"""A status bar whose passing messages wrap instead of running under the statuses on its right.

Qt's own status bar draws a message on one line up to its first permanent
widget and cuts the rest: "Отворен BG.CITY.TEST:pup-north@1 от регистъра; само
за четене: …" lost its end behind "Не е проверен | Записан | 1:3 581 | EPSG:7801"
on a laptop's screen.  Here the message is a word-wrapped label that takes the
room left of those statuses; the bar grows by a line or two while a long message
shows (at most :data:`MAX_LINES`; the whole text is its tooltip).
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy, QStatusBar

__all__ = ["MAX_LINES", "MessageStatusBar"]

#: The most lines a message takes of the window's height.
MAX_LINES = 3
class _MessageLabel(QLabel):
    """A wrapped label as tall as its text needs at its current width (up to :data:`MAX_LINES` lines)."""

    def __init__(self, parent: Any):
        super().__init__(parent)
        self.setObjectName("status_message")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # a long text never widens the window: the label takes the room the statuses leave
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def fit_height(self) -> None:
        lines = self.fontMetrics().lineSpacing() * MAX_LINES
        needed = self.heightForWidth(self.width()) if self.text() else 0
        self.setMinimumHeight(min(max(needed, 0), lines))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_height()


class MessageStatusBar(QStatusBar):
    """``showMessage``/``currentMessage``/``clearMessage`` as Qt's, the message shown wrapped in a label."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.message_label = _MessageLabel(self)
        self.addWidget(self.message_label, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802
        self.message_label.setText(text)
        self.message_label.setToolTip(text)
        self.message_label.fit_height()
        if timeout > 0:
            self._timer.start(timeout)
        else:
            self._timer.stop()
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:  # noqa: N802
        had = bool(self.message_label.text())
        self._timer.stop()
        self.message_label.clear()
        self.message_label.setToolTip("")
        self.message_label.fit_height()
        super().clearMessage()  # one Qt itself put up (a menu item's status tip)
        if had:
            self.messageChanged.emit("")

    def currentMessage(self) -> str:  # noqa: N802
        return self.message_label.text() or super().currentMessage()
