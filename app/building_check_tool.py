"""Check ▸ Check a building…: draw or import a proposed footprint and plot, see them against the zone's limits.

The dialog only gathers input and shows the answer; the figures, the limits
and the verdicts come from :mod:`validators.building_check` (the same code as
``plu check-building``), and the PDF from :mod:`validators.building_report`.
The zones are read from a snapshot of the plan as it is on screen, edits
included, in a temporary folder removed straight after.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsAdvancedDigitizingDockWidget, QgsMapCanvas, QgsMapMouseEvent, QgsMapToolCapture, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QKeyEvent
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from app.file_dialogs import open_file, save_file
from app.menu_registry import register_action
from app.validation_runner import profile_choices
from plu_model.crs import reproject
from plu_model.errors import PluError, message_of, os_error_text
from plu_model.geojson_polygon import read_polygon
from plu_model.i18n import Text, Words, say_in
from plu_model.indicators import area_m2
from plu_model.readers import read_dataset
from plu_model.user_numbers import format_user_number
from validators.building_check import BuildingCheck, Proposal, check_building
from validators.building_report import verdict_row, write_building_pdf
from validators.profiles import load_profile

__all__ = ["BuildingCheckDialog", "PolygonCaptureTool", "open_building_check"]

_COLUMNS = ("zone", "authority", "figure", "value", "limit", "verdict", "source")
_HEADERS = Words("app.building_check_tool", {
    "zone": "Zone", "authority": "Limit of", "figure": "Figure", "value": "Building", "limit": "Limit",
    "verdict": "Verdict", "source": "Article / reason",
})
_PLOT_USES = (("", "—"), ("kindergarten", Text("app.building_check_tool", "kindergarten plot")),
              ("school", Text("app.building_check_tool", "school plot")), ("social-care", Text("app.building_check_tool", "social-care plot")),
              ("sport", Text("app.building_check_tool", "sport ground")))


class PolygonCaptureTool(QgsMapToolCapture):
    """Left clicks add corners, a right click closes the polygon; ``polygon_captured(points)``; Esc gives up."""

    polygon_captured = pyqtSignal(list)
    drawing_cancelled = pyqtSignal()

    def __init__(self, canvas: QgsMapCanvas, cad: QgsAdvancedDigitizingDockWidget):
        super().__init__(canvas, cad, QgsMapToolCapture.CaptureMode.CapturePolygon)
        self.corners: list[QgsPointXY] = []  # in map units: the tool has no layer to map its own points to

    def cadCanvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt name
        if e.button() == Qt.MouseButton.LeftButton:
            self.corners.append(QgsPointXY(e.mapPoint()))
            self.addVertex(e.mapPoint(), e.mapPointMatch())
            self.startCapturing()
        elif e.button() == Qt.MouseButton.RightButton:
            points, self.corners = self.corners, []
            self.stopCapturing()
            if len(points) >= 3:
                self.polygon_captured.emit(points)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt name
        """Esc drops the corners drawn so far and ends the drawing."""
        if e.key() == Qt.Key.Key_Escape:
            self.corners = []
            self.stopCapturing()
            e.accept()
            self.drawing_cancelled.emit()
            return
        super().keyPressEvent(e)


class _ShapeRow(QWidget):
    """One polygon of the proposal (footprint, plot or green area): draw it, import it, see its area."""

    def __init__(self, dialog: BuildingCheckDialog, kind: str, colour: QColor):
        super().__init__(dialog)
        self.dialog, self.kind = dialog, kind
        self.geometry: BaseGeometry | None = None
        lang = dialog.language
        self.draw = QPushButton(say_in(lang, "app.building_check_tool", "Draw on the map"), self)
        self.draw.setObjectName(f"draw_{kind}")
        self.draw.setToolTip(say_in(lang, "app.building_check_tool", "The dialog steps aside while you draw: left clicks "
                                                                     "add corners, a right click closes the polygon and "
                                                                     "brings the dialog back; Esc gives up."))
        self.load = QPushButton(say_in(lang, "app.building_check_tool", "Import GeoJSON…"), self)
        self.load.setObjectName(f"import_{kind}")
        self.status = QLabel(say_in(lang, "app.building_check_tool", "not given"), self)
        self.status.setObjectName(f"status_{kind}")
        self.status.setMinimumWidth(self.status.fontMetrics().horizontalAdvance("99 999 999.9 m²") + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.draw, self.load, self.status):
            layout.addWidget(w)
        layout.addStretch(1)
        self.band = QgsRubberBand(dialog.canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setColor(colour)
        self.band.setWidth(2)
        self.draw.clicked.connect(lambda: dialog.start_drawing(self))
        self.load.clicked.connect(self._import)

    def set_geometry(self, geometry: BaseGeometry) -> None:
        """Show a polygon in the plan's CRS on the map and take it as this part of the proposal."""
        self.geometry = geometry
        self.show_on_map()
        area = area_m2(geometry, self.dialog.crs)  # m² also where the plan is in degrees
        self.status.setText(format_user_number(area, self.dialog.language, 1) + " m²")
        self.dialog.input_changed()

    def _import(self) -> None:
        lang = self.dialog.language
        path = open_file(self, say_in(lang, "app.building_check_tool", "GeoJSON polygon"), "GeoJSON (*.geojson *.json)")
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> bool:
        """Read a GeoJSON polygon in any CRS; a refusal is shown under the form, naming file and place."""
        try:
            found = read_polygon(path)
            self.set_geometry(reproject(found.geometry, found.epsg, self.dialog.crs))
        except PluError as exc:
            self.dialog.show_error(exc.message(self.dialog.language))
            return False
        return True

    def show_on_map(self) -> None:
        """Draw the polygon taken (again, when the dialog comes back with it)."""
        if self.geometry is not None:
            self.band.setToGeometry(QgsGeometry.fromWkt(self.geometry.wkt), None)

    def clear(self) -> None:
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)


class BuildingCheckDialog(QDialog):
    """The permit office's question for one proposed building, on the open plan."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window, self.language = window, window.language
        self.canvas, self.crs = window.canvas, window.document.crs
        self.result: BuildingCheck | None = None
        self.tool: PolygonCaptureTool | None = None
        lang = self.language
        self.setObjectName("building_check_dialog")
        self.setWindowTitle(say_in(lang, "app.building_check_tool", "Check a building against its zone"))
        self.footprint = _ShapeRow(self, "footprint", QColor(200, 30, 30))
        self.plot = _ShapeRow(self, "plot", QColor(30, 90, 170))
        self.green = _ShapeRow(self, "green", QColor(40, 140, 60))
        self.height_box = self._spin(QDoubleSpinBox(), 0, 999, 0, " m")  # "not given" until the planner says
        self.height_box.setDecimals(1)
        self.floors_box = self._spin(QSpinBox(), 0, 300, 0, "")
        self.gfa_box = self._spin(QDoubleSpinBox(), 0, 1e7, 0, " m²")
        self.gfa_box.setDecimals(1)
        self.use_box = QComboBox(self)
        for key, label in _PLOT_USES:
            self.use_box.addItem(label.say(lang) if isinstance(label, Text) else label, key)
        self.profile_box = QComboBox(self)
        for name, label in profile_choices(lang):
            if name != "inspire":
                self.profile_box.addItem(label, name)
        self._layout()

    def _spin(self, box: Any, low: float, high: float, value: float, suffix: str) -> Any:
        box.setParent(self)
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(suffix)
        box.setSpecialValueText(say_in(self.language, "app.building_check_tool", "not given"))
        box.valueChanged.connect(lambda _v: self.input_changed())
        return box

    def _layout(self) -> None:
        lang = self.language
        group = QGroupBox(say_in(lang, "app.building_check_tool", "Proposed building"), self)
        form = QFormLayout(group)
        form.addRow(say_in(lang, "app.building_check_tool", "Footprint"), self.footprint)
        form.addRow(say_in(lang, "app.building_check_tool", "Plot"), self.plot)
        form.addRow(say_in(lang, "app.building_check_tool", "Green area (optional)"), self.green)
        form.addRow(say_in(lang, "app.building_check_tool", "Height"), self.height_box)
        form.addRow(say_in(lang, "app.building_check_tool", "Floors"), self.floors_box)
        form.addRow(say_in(lang, "app.building_check_tool", "Gross floor area"), self.gfa_box)
        form.addRow(say_in(lang, "app.building_check_tool", "Plot purpose"), self.use_box)
        form.addRow(say_in(lang, "app.building_check_tool", "Profile"), self.profile_box)
        self.check_button = QPushButton(say_in(lang, "app.building_check_tool", "Check"), self)
        self.check_button.setObjectName("check_building")
        self.pdf_button = QPushButton(say_in(lang, "app.building_check_tool", "Save PDF…"), self)
        self.pdf_button.setObjectName("save_pdf")
        self.summary = QLabel("", self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(_COLUMNS), self)
        self.table.setObjectName("verdicts")
        self.table.setHorizontalHeaderLabels([_HEADERS[lang][c] for c in _COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.check_button.clicked.connect(self.run_check)
        self.pdf_button.clicked.connect(self._save_pdf)
        # Enter after typing the height checks; it started drawing the footprint (the first button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.check_button.setDefault(True)
        self.resize(1240, 720)
        self.input_changed()

    # -- input ---------------------------------------------------------------------------
    def start_drawing(self, row: _ShapeRow) -> None:
        """Let the planner click the polygon's corners on the map; a right click closes it, Esc gives up.

        The dialog steps aside while the planner draws: on a laptop's screen it covers
        most of the map.  It comes back when the polygon is closed or the drawing ends.
        """
        tool = self.tool = PolygonCaptureTool(self.canvas, self.window.cad_dock)
        tool.polygon_captured.connect(lambda points: self._drawn(row, points))
        tool.polygon_captured.connect(lambda _p: self.canvas.unsetMapTool(tool))
        tool.drawing_cancelled.connect(lambda: self.canvas.unsetMapTool(tool))
        tool.deactivated.connect(self._drawing_ended)
        self.canvas.setMapTool(tool)
        self.hide()
        self.canvas.setFocus()
        # with the dialog out of the way, the status bar says how to finish (the button's tooltip is gone too)
        self.window.message(say_in(self.language, "app.building_check_tool", "Left clicks add corners; a right click "
                                                                             "closes the polygon; Esc gives up."), 0)

    def _drawing_ended(self) -> None:
        """The dialog back where it was, once the polygon is closed or the drawing given up."""
        self.window.statusBar().clearMessage()
        if not self.isVisible():
            self.show()
            self.raise_()

    def _drawn(self, row: _ShapeRow, points: list[QgsPointXY]) -> None:
        polygon = Polygon([(p.x(), p.y()) for p in points])
        if not polygon.is_valid or polygon.area <= 0:
            self.show_error(say_in(self.language, "app.building_check_tool", "the drawn polygon is not valid ({polygon}); draw it again",
                                                                             polygon=explain_validity(polygon)))
            return
        row.set_geometry(polygon)

    def input_changed(self) -> None:
        ready = self.footprint.geometry is not None and self.height_box.value() > 0
        self.check_button.setEnabled(ready)
        self.pdf_button.setEnabled(self.result is not None)

    def show_error(self, text: str) -> None:
        self.summary.setStyleSheet("color: #b00000")
        self.summary.setText(text)

    def proposal(self) -> Proposal:
        assert self.footprint.geometry is not None
        floors, gfa = self.floors_box.value() or None, self.gfa_box.value() or None
        return Proposal(self.footprint.geometry, self.height_box.value(), floors, gfa, self.plot.geometry,
                        self.green.geometry, self.use_box.currentData() or None)

    # -- the check -----------------------------------------------------------------------
    def run_check(self) -> BuildingCheck | None:
        """Check the proposal against the plan as it is on screen; show the table or say what is wrong."""
        try:
            with tempfile.TemporaryDirectory(prefix="plu-building-") as folder:
                snapshot = self.window.document.snapshot(Path(folder) / "plan.gpkg")
                data, _ = read_dataset(snapshot)
            profile = load_profile(self.profile_box.currentData())
            self.result = check_building(data.zoning_elements, data.crs, self.proposal(), profile)
        except PluError as exc:
            self.result = None
            self.show_error(exc.message(self.language))
        except OSError as exc:
            self.result = None
            self.show_error(os_error_text(exc).say(self.language))
        except ValueError as exc:
            self.result = None
            self.show_error(message_of(exc, self.language))
        else:
            self._show(self.result)
        self.input_changed()
        return self.result

    def _show(self, result: BuildingCheck) -> None:
        lang = self.language
        rows = [verdict_row(v, lang) for v in result.verdicts]
        self.table.setRowCount(len(rows))
        for r, (row, verdict) in enumerate(zip(rows, result.verdicts, strict=True)):
            for c, key in enumerate(_COLUMNS):
                item = QTableWidgetItem(row[key])
                if verdict.status == "exceeds":
                    item.setForeground(QColor("#b00000"))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        over = sum(v.status == "exceeds" for v in result.verdicts)
        shares = ", ".join(f"{(s.label_bg if lang == 'bg' else s.label_en)} {100 * s.share:.0f} %" for s in result.zones)
        if over:
            text = say_in(lang, "app.building_check_tool", "{n} limit exceeded", plural="{n} limits exceeded", n=over)
        else:
            text = say_in(lang, "app.building_check_tool", "within every known limit")
        notes = "; ".join(note.say(lang) for note in result.notes)
        notes = notes[:1].upper() + notes[1:]
        self.summary.setStyleSheet("color: #b00000" if over else "")
        self.summary.setText(f"{say_in(lang, 'app.building_check_tool', 'Zones')}: {shares} — {text}" + (f". {notes}" if notes else ""))

    def _save_pdf(self) -> None:
        lang = self.language
        path = save_file(self, say_in(lang, "app.building_check_tool", "Save the check as PDF"), "PDF (*.pdf)")
        if not path:
            return
        try:
            self.save_pdf(path)
        except PluError as exc:  # a folder, a read-only place: said under the form, the check stays
            self.show_error(exc.message(lang))
        except OSError as exc:
            self.show_error(os_error_text(exc).say(lang))

    def save_pdf(self, path: str | Path) -> Path:
        """Write the one-page sheet of the last check."""
        assert self.result is not None
        write_building_pdf(self.result, path, self.language, str(self.window.document.title or ""))
        return Path(path)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt name
        """Reopened with its polygons kept, the dialog shows them on the map again (closing took them off)."""
        for row in (self.footprint, self.plot, self.green):
            row.show_on_map()
        super().showEvent(event)

    def done(self, code: int) -> None:
        """Remove the drawn shapes and the drawing tool when the dialog closes."""
        for row in (self.footprint, self.plot, self.green):
            row.clear()
        if self.tool is not None:
            self.tool.deactivated.disconnect(self._drawing_ended)  # closing is not coming back
            if self.canvas.mapTool() is self.tool:
                self.canvas.unsetMapTool(self.tool)
            self.tool = None
        super().done(code)


def open_building_check(window: Any) -> BuildingCheckDialog | None:
    """The menu entry: one dialog per window, non-modal so the planner can draw on the map."""
    if window.document is None:
        return None
    dialog = getattr(window, "_building_check", None)
    if dialog is None or dialog.window is not window or dialog.crs != window.document.crs:
        dialog = BuildingCheckDialog(window)
        window._building_check = dialog
    dialog.show()
    dialog.raise_()
    return dialog


register_action("check", "check.building", Text("app.building_check_tool", "Check a building…"), open_building_check, order=50)
