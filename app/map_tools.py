"""Map tools for drawing and editing the plan, on QGIS's digitizing and snapping machinery.

* :class:`AddFeatureTool` — QGIS's ``QgsMapToolDigitizeFeature`` (snapping,
  advanced digitizing, backspace to undo a vertex, right click to finish).
* :class:`LineCaptureTool` — a ``QgsMapToolCapture`` line, for split and reshape.
* :class:`VertexTool` — drag a vertex (every feature of the plan that shares it
  moves along: topological editing), double-click a segment to add a vertex,
  *Delete* or right click to remove the selected one.
* :class:`SelectTool` — click or drag a rectangle; *Shift* adds to the selection;
  double click opens the feature's form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsAdvancedDigitizingDockWidget,
    QgsMapCanvas,
    QgsMapMouseEvent,
    QgsMapTool,
    QgsMapToolCapture,
    QgsMapToolDigitizeFeature,
    QgsRubberBand,
    QgsVertexMarker,
)
from qgis.PyQt.QtCore import QPoint, QRect, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent

__all__ = ["AddFeatureTool", "LineCaptureTool", "SelectTool", "VertexTool", "coincident_vertices"]

_EDIT_COLOUR = QColor(255, 0, 0, 160)


class AddFeatureTool(QgsMapToolDigitizeFeature):
    """Digitizes one feature of ``layer``; ``captured(geometry)`` when finished."""

    captured = pyqtSignal(QgsGeometry)

    def __init__(self, canvas: QgsMapCanvas, cad: QgsAdvancedDigitizingDockWidget, layer: QgsVectorLayer):
        mode = {
            QgsWkbTypes.GeometryType.PolygonGeometry: QgsMapToolCapture.CaptureMode.CapturePolygon,
            QgsWkbTypes.GeometryType.LineGeometry: QgsMapToolCapture.CaptureMode.CaptureLine,
            QgsWkbTypes.GeometryType.PointGeometry: QgsMapToolCapture.CaptureMode.CapturePoint,
        }[layer.geometryType()]
        super().__init__(canvas, cad, mode)
        self.target = layer
        self.setLayer(layer)
        self.setCheckGeometryType(False)
        self.digitizingCompleted.connect(lambda f: self.captured.emit(QgsGeometry(f.geometry())))


class LineCaptureTool(QgsMapToolCapture):
    """Captures a line (left clicks, right click to finish); ``line_captured(points)``."""

    line_captured = pyqtSignal(list)

    def __init__(self, canvas: QgsMapCanvas, cad: QgsAdvancedDigitizingDockWidget):
        super().__init__(canvas, cad, QgsMapToolCapture.CaptureMode.CaptureLine)

    def cadCanvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt name
        if e.button() == Qt.MouseButton.LeftButton:
            self.addVertex(e.mapPoint(), e.mapPointMatch())
            self.startCapturing()
        elif e.button() == Qt.MouseButton.RightButton:
            points = [QgsPointXY(p.x(), p.y()) for p in self.pointsZM()]
            self.stopCapturing()
            if len(points) >= 2:
                self.line_captured.emit(points)


def coincident_vertices(layers: Iterable[QgsVectorLayer], point: QgsPointXY) -> list[tuple[QgsVectorLayer, int, int]]:
    """Every ``(layer, feature id, vertex index)`` lying exactly on ``point``.

    Snapping and topological points copy coordinates exactly, so shared
    vertices are equal up to rounding; the tolerance is relative to the
    coordinates' size.
    """
    eps = 1e-10 * max(abs(point.x()), abs(point.y()), 1.0)
    rect = QgsRectangle(point.x() - eps, point.y() - eps, point.x() + eps, point.y() + eps)
    out = []
    for layer in layers:
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect).setNoAttributes()):
            geometry = feature.geometry()  # the vertex iterator needs it alive
            for index, vertex in enumerate(geometry.vertices()):
                if abs(vertex.x() - point.x()) <= eps and abs(vertex.y() - point.y()) <= eps:
                    out.append((layer, feature.id(), index))
    return out


class VertexTool(QgsMapTool):
    """Moves, adds and removes vertices of every plan layer at once (topological editing).

    It reports what to do through callbacks the window supplies, so that each
    change becomes one step of the plan's undo history.
    """

    def __init__(
        self,
        canvas: QgsMapCanvas,
        layers: Callable[[], list[QgsVectorLayer]],
        move: Callable[[QgsPointXY, QgsPointXY], None],
        insert: Callable[[QgsPointXY], None],
        delete: Callable[[QgsPointXY], None],
    ):
        super().__init__(canvas)
        self.layers = layers
        self.move, self.insert, self.delete = move, insert, delete
        self.selected: QgsPointXY | None = None
        self.dragging = False
        self.marker: QgsVertexMarker | None = None
        self.band: QgsRubberBand | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _tolerance(self) -> float:
        return QgsMapTool.searchRadiusMU(self.canvas())

    def nearest_vertex(self, point: QgsPointXY) -> QgsPointXY | None:
        tol = self._tolerance()
        rect = QgsRectangle(point.x() - tol, point.y() - tol, point.x() + tol, point.y() + tol)
        best: tuple[float, QgsPointXY] | None = None
        for layer in self.layers():
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect).setNoAttributes()):
                vertex, _index, _before, _after, sqr = feature.geometry().closestVertex(point)
                if sqr <= tol * tol and (best is None or sqr < best[0]):
                    best = (sqr, QgsPointXY(vertex))
        return best[1] if best else None

    def _show_selection(self) -> None:
        if self.marker is None:
            self.marker = QgsVertexMarker(self.canvas())
            self.marker.setIconType(QgsVertexMarker.IconType.ICON_BOX)
            self.marker.setColor(_EDIT_COLOUR)
            self.marker.setIconSize(12)
            self.marker.setPenWidth(3)
        if self.selected is None:
            self.marker.hide()
        else:
            self.marker.setCenter(self.selected)
            self.marker.show()

    def canvasPressEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() != Qt.MouseButton.LeftButton:
            return
        self.selected = self.nearest_vertex(e.mapPoint())
        self.dragging = self.selected is not None
        self._show_selection()

    def canvasMoveEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if not self.dragging or self.selected is None:
            return
        if self.band is None:
            self.band = QgsRubberBand(self.canvas(), QgsWkbTypes.GeometryType.LineGeometry)
            self.band.setColor(_EDIT_COLOUR)
            self.band.setWidth(2)
        target = e.snapPoint()
        self.band.setToGeometry(QgsGeometry.fromPolylineXY([self.selected, target]), None)

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() == Qt.MouseButton.RightButton:
            vertex = self.nearest_vertex(e.mapPoint())
            if vertex is not None:
                self.delete(vertex)
            self.selected = None
            self._show_selection()
            return
        if not self.dragging or self.selected is None:
            return
        self.dragging = False
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.LineGeometry)
        press = self.toCanvasCoordinates(self.selected)
        if (e.pos() - press).manhattanLength() < 3:
            return  # a click: the vertex stays selected
        target = e.snapPoint()
        origin = self.selected
        self.selected = QgsPointXY(target)
        self._show_selection()
        self.move(origin, QgsPointXY(target))

    def canvasDoubleClickEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        self.insert(e.snapPoint())

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802
        if e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            vertex, self.selected = self.selected, None
            self._show_selection()
            self.delete(vertex)
            e.accept()
            return
        e.ignore()

    def deactivate(self) -> None:
        self.selected = None
        if self.marker is not None:
            self.marker.hide()
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.LineGeometry)
        super().deactivate()


class SelectTool(QgsMapTool):
    """Selects plan features by click or rectangle; ``activated(layer, fid)`` on double click."""

    activated = pyqtSignal(QgsVectorLayer, int)

    def __init__(self, canvas: QgsMapCanvas, layers: Callable[[], list[QgsVectorLayer]]):
        super().__init__(canvas)
        self.layers = layers
        self.start: QPoint | None = None
        self.band: QgsRubberBand | None = None
        self.setCursor(Qt.CursorShape.ArrowCursor)

    def canvasPressEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() == Qt.MouseButton.LeftButton:
            self.start = e.pos()

    def canvasMoveEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if self.start is None or (e.pos() - self.start).manhattanLength() < 4:
            return
        if self.band is None:
            self.band = QgsRubberBand(self.canvas(), QgsWkbTypes.GeometryType.PolygonGeometry)
            self.band.setColor(QColor(0, 120, 255, 60))
            self.band.setStrokeColor(QColor(0, 120, 255))
        self.band.setToCanvasRectangle(QRect(self.start, e.pos()).normalized())

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        if e.button() != Qt.MouseButton.LeftButton or self.start is None:
            return
        add = bool(e.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if (e.pos() - self.start).manhattanLength() >= 4:
            transform = self.canvas().getCoordinateTransform()
            a = transform.toMapCoordinates(self.start)
            b = transform.toMapCoordinates(e.pos())
            self.select_rect(QgsRectangle(a, b), add, point=False)
        else:
            self.select_at(e.mapPoint(), add)
        self.start = None
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def select_at(self, point: QgsPointXY, add: bool = False) -> tuple[QgsVectorLayer, int] | None:
        tol = QgsMapTool.searchRadiusMU(self.canvas())
        rect = QgsRectangle(point.x() - tol, point.y() - tol, point.x() + tol, point.y() + tol)
        return self.select_rect(rect, add, point=True)

    def select_rect(self, rect: QgsRectangle, add: bool, point: bool) -> tuple[QgsVectorLayer, int] | None:
        hit: tuple[QgsVectorLayer, int] | None = None
        for layer in self.layers():
            request = QgsFeatureRequest().setFilterRect(rect).setFlags(QgsFeatureRequest.Flag.ExactIntersect)
            request.setNoAttributes()
            ids = [] if (point and hit) else [f.id() for f in layer.getFeatures(request)]
            if point and ids:
                ids = ids[-1:]  # the top-most feature under the click
                hit = (layer, ids[0])
            if add:
                layer.select(ids)
            else:
                layer.selectByIds(ids)
        return hit

    def canvasDoubleClickEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802
        hit = self.select_at(e.mapPoint())
        if hit is not None:
            self.activated.emit(hit[0], hit[1])

    def deactivate(self) -> None:
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        super().deactivate()
