"""The status bar's scale box: it shows the map's scale, and a scale typed or picked in it zooms the map.

QGIS's scale widget only holds a number; QGIS itself ties it to the canvas in its own status bar
class, which a standalone application does not get.  The tie runs both ways, so each way must not
start the other: the box follows the canvas with its signals blocked (a rounded "1:3 581" fed back
would move the map by a fraction), and only what the user enters reaches ``zoomScale``.

What the box accepts is what planners type, read by :func:`plu_model.user_numbers.read_scale` in
the UI language: "1:500", "500" (read as 1:500), "1 : 1 250", thousands grouped by any space (a
no-break or narrow one too) or by the language's other mark ("1:1,250" in English, "1:1.250" in
Bulgarian), or a scale picked from its list.  QGIS's own reading knows only the locale's grouping
(an English window refused "1:1 250"), so the entry is rewritten as plain digits just before QGIS
reads it (Enter, or the focus leaving).  An entry that is no scale ("abc", "1:0", "1:1250.5") zooms
nothing: the box shows the map's scale again and :attr:`ScaleBoxLink.refused` says why.
"""

from __future__ import annotations

import math

from typing import Any

from qgis.gui import QgsMapCanvas, QgsScaleWidget
from qgis.PyQt.QtCore import QEvent, QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QLineEdit

from app.i18n import current_language
from plu_model.user_numbers import read_scale

__all__ = ["ScaleBoxLink", "connect_scale_box", "refill_scale_box", "show_scale"]


class ScaleBoxLink(QObject):
    """The tie between the box and the canvas (a child of the box, gone with it)."""

    #: why an entry was no scale, in the UI language (for the status bar)
    refused = pyqtSignal(str)

    def __init__(self, box: QgsScaleWidget, canvas: QgsMapCanvas):
        super().__init__(box)
        self.setObjectName("scale_box_link")
        self.box, self.canvas = box, canvas
        canvas.scaleChanged.connect(self.map_scale_changed)
        box.scaleChanged.connect(self.zoom_to)
        self.field = box.findChild(QLineEdit)
        if self.field is not None:
            self.field.editingFinished.connect(self.entry_ended)
            # keys and the focus reach the field through its combo box (its focus proxy) or directly
            for watched in (self.field, box.findChild(QComboBox)):
                if watched is not None:
                    watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802
        """Before QGIS reads an entry (Enter, the focus leaving), put it in the words QGIS reads."""
        kind = event.type()
        if (kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)) \
                or kind == QEvent.Type.FocusOut:
            self.read_entry()
        return False

    def read_entry(self) -> None:
        """Rewrite what the user typed as "1:<digits>", or put the map's scale back and say why it is no scale."""
        if not self.field.isModified():  # the box's own text (the map's scale, or a scale picked)
            return
        entry = read_scale(self.field.text(), current_language())
        if entry.denominator is not None:
            self.field.setText(f"1:{entry.denominator}")
            return
        self.show_map_scale()
        if entry.problem is not None:
            self.refused.emit(entry.problem.say(current_language()))

    def map_scale_changed(self, scale: float) -> None:
        show_scale(self.box, scale)

    def show_map_scale(self) -> None:
        """The box shows the map's scale, and does not take it for the user's entry."""
        if self.canvas.scale() > 0:  # none before the first draw
            show_scale(self.box, self.canvas.scale())

    def zoom_to(self, scale: float) -> None:
        """The user entered ``scale`` in the box."""
        if math.isfinite(scale) and scale > 0:
            self.canvas.zoomScale(scale)
        else:  # "1:0": no map has it
            self.show_map_scale()

    def entry_ended(self) -> None:
        """Put the map's scale back over text that is no scale; a scale QGIS reads it zooms to itself.

        QGIS reads the entry on the same signal, before or after this (Qt does not say): the check is
        of the text, not of what QGIS made of it.
        """
        if read_scale(self.field.text(), current_language()).denominator is None:
            self.show_map_scale()


def connect_scale_box(box: QgsScaleWidget, canvas: QgsMapCanvas) -> ScaleBoxLink:
    """Keep ``box`` showing the canvas's scale, and zoom the canvas to a scale the user enters in it."""
    return ScaleBoxLink(box, canvas)


def show_scale(box: QgsScaleWidget, scale: float) -> None:
    """Write ``scale`` in the box without the box taking it for the user's entry."""
    was_blocked = box.blockSignals(True)
    try:
        box.setScale(scale)
    finally:
        box.blockSignals(was_blocked)


def refill_scale_box(link: ScaleBoxLink) -> None:
    """Re-write the box's list and number (in Qt's default locale, after a language switch); the map stays."""
    was_blocked = link.box.blockSignals(True)
    try:
        link.box.updateScales()
        link.show_map_scale()
    finally:
        link.box.blockSignals(was_blocked)
