"""Windows that stay open across View ▸ Language: their texts follow the new language at once.

Two ways, for two kinds of window:

* :func:`follow_language` re-runs a small function that sets a window's texts
  (message boxes, the shortcuts list) whenever the language changes;
* :class:`RebuiltBody` is for forms whose fields are built in one language (code
  lists, labels, limits): the form's content is built again in the new language
  and shows what the user had entered, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.PyQt.QtCore import QEvent, QObject, QTimer
from qgis.PyQt.QtWidgets import QDialog, QVBoxLayout, QWidget

from app.i18n import current_language

__all__ = ["RebuiltBody", "Text", "follow_language", "text_of"]

#: a text, or a function that says it in the UI language of the moment
Text = str | Callable[[], str]


def text_of(text: Text) -> str:
    """The text itself, or what the function says now."""
    return text() if callable(text) else text


class _LanguageFollower(QObject):
    """Watches one window for ``LanguageChange`` and runs its text setter."""

    def __init__(self, widget: QWidget, set_texts: Callable[[], None]):
        super().__init__(widget)
        self._set_texts = set_texts
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.parent() and event.type() == QEvent.Type.LanguageChange:
            self._set_texts()
            # Qt's own widgets (a button box's OK) re-set their texts after this filter: ours win
            QTimer.singleShot(0, self._set_texts)
        return False


def follow_language(widget: QWidget, set_texts: Callable[[], None]) -> None:
    """Set ``widget``'s texts now, and again whenever the UI language changes while it is open."""
    set_texts()
    _LanguageFollower(widget, set_texts)


class RebuiltBody(QDialog):
    """A dialog whose whole content (its *body*) is built in the UI language by ``build_body``.

    On a language change the body is built again from :meth:`entered`, what
    the user has typed so far, and replaces the old one in place: the dialog
    stays open, keeps its signals and its place on the screen.
    """

    def _start_body(self) -> None:
        self.language = current_language()
        self.body: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

    def _set_body(self, body: QWidget) -> None:
        old, self.body = self.body, body
        self.layout().addWidget(body)
        if old is not None:
            self.layout().removeWidget(old)
            old.hide()
            old.deleteLater()

    def entered(self) -> dict:
        """What the user has entered, in the form ``build_body`` takes."""
        raise NotImplementedError

    def build_body(self, entered: dict) -> None:
        """Build the content in the UI language showing ``entered``, and :meth:`_set_body` it."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.LanguageChange and getattr(self, "body", None) is not None
                and self.language != current_language()):
            shown = self.entered()
            self.language = current_language()
            self.build_body(shown)
        super().changeEvent(event)
