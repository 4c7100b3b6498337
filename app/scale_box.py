"""The status bar's scale box: it shows the map's scale, and a scale typed or picked in it zooms the map.

QGIS's scale widget only holds a number; QGIS itself ties it to the canvas in its own status bar
class, which a standalone application does not get.  The tie runs both ways, so each way must not
start the other: the box follows the canvas with its signals blocked (a rounded "1:3 581" fed back
would move the map by a fraction), and only what the user enters reaches ``zoomScale``.

What the box accepts is QGIS's: "1:500", "500" (read as 1:500), "1:2 500" with the UI language's
digit grouping (in Bulgarian a plain space too), or a scale picked from its list.  An entry that is
no scale ("abc", "1:0", "1:-500"; QGIS leaves some of them standing) zooms nothing, and the box
shows the map's scale again once the entry ends (Enter, or the focus leaving).
"""

from __future__ import annotations

import math

from qgis.gui import QgsMapCanvas, QgsScaleWidget
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QLineEdit

__all__ = ["ScaleBoxLink", "connect_scale_box", "refill_scale_box", "show_scale"]


class ScaleBoxLink(QObject):
    """The tie between the box and the canvas (a child of the box, gone with it)."""

    def __init__(self, box: QgsScaleWidget, canvas: QgsMapCanvas):
        super().__init__(box)
        self.setObjectName("scale_box_link")
        self.box, self.canvas = box, canvas
        canvas.scaleChanged.connect(self.map_scale_changed)
        box.scaleChanged.connect(self.zoom_to)
        self.field = box.findChild(QLineEdit)
        if self.field is not None:
            self.field.editingFinished.connect(self.entry_ended)

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
        scale, readable = QgsScaleWidget.toDouble(self.field.text())
        if not (readable and math.isfinite(scale) and scale > 0):
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
