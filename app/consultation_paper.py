"""The desktop form for an objection received on paper, and for the minutes of a public meeting.

A clerk types in what the registry stamped on the letter (registry number,
date received, sender), attaches the scanned pages, and says what the
objection is about: a zone, a paragraph of the rules, or a place picked on the
map with :class:`PlacePickTool`.  The rules (dates, sizes, file types, zones
that exist) are :mod:`participation.paper`'s; the form only collects and shows
what the core refuses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from qgis.core import QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent, QgsMapTool, QgsRubberBand, QgsVertexMarker
from qgis.PyQt.QtCore import QDate, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from participation.attachments import Attachment, read_attachment
from participation.comments_layer import CommentRecord
from participation.paper import PaperObjection, parse_received_date
from participation.paragraphs import plan_paragraphs
from participation.web_data import zone_code
from plu_model.dataset import PlanDataset
from plu_model.errors import PluError
from plu_model.i18n import Text, say_in

__all__ = ["AreaDrawTool", "MinutesDialog", "PaperObjectionDialog", "PlacePickTool"]

_FILES = Text("app.consultation_paper", "Scans (*.pdf *.jpg *.jpeg)")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlacePickTool(QgsMapTool):
    """Click on the map to say where an objection is about; emits the point in the map's CRS."""

    picked = pyqtSignal(float, float)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt name
        point = e.mapPoint()
        self.picked.emit(point.x(), point.y())


class AreaDrawTool(QgsMapTool):
    """Click the corners of an area, right-click to close it; emits the corners in the map's CRS."""

    drawn = pyqtSignal(list)

    def __init__(self, canvas: QgsMapCanvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.corners: list[tuple[float, float]] = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setColor(QColor(176, 58, 46, 90))
        self.band.setStrokeColor(QColor("#b03a2e"))
        self.band.setWidth(2)

    def canvasReleaseEvent(self, e: QgsMapMouseEvent) -> None:  # noqa: N802 - Qt name
        if e.button() == Qt.MouseButton.RightButton:
            if len(self.corners) >= 3:
                self.drawn.emit(list(self.corners))
            self.corners = []
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            return
        point = e.mapPoint()
        self.corners.append((point.x(), point.y()))
        self.band.addPoint(point)

    def deactivate(self) -> None:
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.corners = []
        super().deactivate()


class PaperObjectionDialog(QDialog):
    """Enter one paper objection; ``submit`` stores it and returns the stored record (or raises PluError)."""

    def __init__(self, parent: Any, data: PlanDataset, submit: Callable[[PaperObjection], CommentRecord],
                 *, language: str = "bg", canvas: QgsMapCanvas | None = None):
        super().__init__(parent)
        self.language = language
        self.submit = submit
        self.canvas = canvas
        self.attachments: list[Attachment] = []
        self.point: tuple[float, float] | None = None
        self.outline: tuple[tuple[float, float], ...] | None = None
        self._area_band: QgsRubberBand | None = None
        self.record: CommentRecord | None = None
        self._previous_tool: QgsMapTool | None = None
        self._marker: QgsVertexMarker | None = None
        self.tool: QgsMapTool | None = None
        self.setWindowTitle(say_in(language, "app.consultation_paper", "Objection received on paper"))
        self._build(data)

    def _build(self, data: PlanDataset) -> None:
        """The fields; the zone and paragraph lists come from the plan."""
        t = self.language
        self.registry_edit = QLineEdit(self)
        self.received_edit = QDateEdit(_qdate(date.today()), self)
        self.received_edit.setDisplayFormat("dd.MM.yyyy")
        self.received_edit.setCalendarPopup(True)
        self.sender_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(say_in(t, "app.consultation_paper", "The objection's text (or attach the scanned pages)"))
        self.files_list = QListWidget(self)
        self.files_list.setMaximumHeight(80)
        self.add_file_button = QPushButton(say_in(t, "app.consultation_paper", "Attach scan…"), self)
        self.add_file_button.clicked.connect(lambda: self.choose_files())
        self.remove_file_button = QPushButton(say_in(t, "app.consultation_paper", "Remove"), self)
        self.remove_file_button.clicked.connect(self._remove_file)
        data.assign_gml_ids()
        self.zone_combo = QComboBox(self)
        self.zone_combo.addItem(say_in(t, "app.consultation_paper", "— no zone —"), None)
        for zone in data.zoning_elements:
            _code, notation, labels = zone_code(zone)
            name = f"{notation} · {zone.inspire_id.local_id}" if notation else zone.inspire_id.local_id
            self.zone_combo.addItem(f"{name} — {labels['bg' if t == 'bg' else 'en']}", zone.gml_id)
        self.paragraph_combo = QComboBox(self)
        self.paragraph_combo.addItem(say_in(t, "app.consultation_paper", "— no paragraph —"), None)
        for p in plan_paragraphs(data):
            short = p.text if len(p.text) <= 70 else p.text[:69] + "…"
            self.paragraph_combo.addItem(f"{say_in(t, 'app.consultation_paper', 'item')} {p.number} — {short}", p.ref)
        self.place_label = QLabel(say_in(t, "app.consultation_paper", "no place picked"), self)
        self.pick_button = QPushButton(say_in(t, "app.consultation_paper", "Pick on the map"), self)
        self.pick_button.setCheckable(True)
        self.pick_button.setEnabled(self.canvas is not None)
        self.pick_button.toggled.connect(lambda on: self._picking(on, "point"))
        self.area_button = QPushButton(say_in(t, "app.consultation_paper", "Draw an area"), self)
        self.area_button.setToolTip(say_in(t, "app.consultation_paper", "Click the corners, right-click to close"))
        self.area_button.setCheckable(True)
        self.area_button.setEnabled(self.canvas is not None)
        self.area_button.toggled.connect(lambda on: self._picking(on, "area"))
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b03a2e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()

    def _lay_out(self) -> None:
        t = self.language
        form = QFormLayout()
        form.addRow(say_in(t, "app.consultation_paper", "Registry number"), self.registry_edit)
        form.addRow(say_in(t, "app.consultation_paper", "Received on"), self.received_edit)
        form.addRow(say_in(t, "app.consultation_paper", "Sender"), self.sender_edit)
        form.addRow(say_in(t, "app.consultation_paper", "Sender's address"), self.address_edit)
        form.addRow(say_in(t, "app.consultation_paper", "Text"), self.text_edit)
        files = QWidget(self)
        files_box = QVBoxLayout(files)
        files_box.setContentsMargins(0, 0, 0, 0)
        files_box.addWidget(self.files_list)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.add_file_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)
        files_box.addLayout(file_buttons)
        form.addRow(say_in(t, "app.consultation_paper", "Scanned pages"), files)
        form.addRow(say_in(t, "app.consultation_paper", "Zone"), self.zone_combo)
        form.addRow(say_in(t, "app.consultation_paper", "Paragraph"), self.paragraph_combo)
        place = QHBoxLayout()
        place.addWidget(self.place_label, 1)
        place.addWidget(self.pick_button)
        place.addWidget(self.area_button)
        form.addRow(say_in(t, "app.consultation_paper", "Place"), place)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error_label)
        box.addWidget(self.buttons)
        self.resize(620, 640)

    # -- attachments ------------------------------------------------------------------------------
    def add_files(self, paths: list[str]) -> bool:
        """Attach files (checked by the core); shows why one is refused and returns False."""
        for path in paths:
            try:
                attachment = read_attachment(path)
            except PluError as exc:
                self.error_label.setText(exc.message(self.language))
                return False
            self.attachments.append(attachment)
            size = f"{attachment.size / 1024:.0f} KB" if attachment.size >= 1024 else f"{attachment.size} B"
            self.files_list.addItem(f"{attachment.name} ({size})")
        self.error_label.clear()
        return True

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.add_file_button.text(), "", _FILES.say(self.language))
        if paths:
            self.add_files(paths)

    def _remove_file(self) -> None:
        row = self.files_list.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self.files_list.takeItem(row)

    # -- place on the map -----------------------------------------------------------------------------
    def _picking(self, on: bool, kind: str) -> None:
        if self.canvas is None:
            return
        if on:
            other = self.area_button if kind == "point" else self.pick_button
            other.setChecked(False)
            self._previous_tool = self._previous_tool or self.canvas.mapTool()
            if kind == "point":
                self.tool = PlacePickTool(self.canvas)
                self.tool.picked.connect(self.set_point)
            else:
                self.tool = AreaDrawTool(self.canvas)
                self.tool.drawn.connect(self.set_outline)
            self.canvas.setMapTool(self.tool)
        elif self.tool is not None and not (self.pick_button.isChecked() or self.area_button.isChecked()):
            self.canvas.unsetMapTool(self.tool)
            if self._previous_tool is not None:
                self.canvas.setMapTool(self._previous_tool)
            self.tool = None
            self._previous_tool = None

    def set_outline(self, corners: list[tuple[float, float]]) -> None:
        """The area the objection concerns (its corners in the plan's CRS), shown until the form closes."""
        self.outline, self.point = tuple(corners), None
        self._clear_marks()
        self.place_label.setText(say_in(self.language, "app.consultation_paper", "area, {n} corner",
                                                                                 plural="area, {n} corners",
                                                                                 n=len(corners)))
        if self.canvas is not None:
            self._area_band = QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
            self._area_band.setColor(QColor(176, 58, 46, 70))
            self._area_band.setStrokeColor(QColor("#b03a2e"))
            self._area_band.setWidth(2)
            for x, y in corners:
                self._area_band.addPoint(QgsPointXY(x, y))
        self.area_button.setChecked(False)

    def _clear_marks(self) -> None:
        if self.canvas is None:
            return
        for item in (self._marker, self._area_band):
            if item is not None:
                self.canvas.scene().removeItem(item)
        self._marker = self._area_band = None

    def set_point(self, x: float, y: float) -> None:
        """The place the objection concerns, in the plan's CRS (from the map tool, or typed by a test)."""
        self.outline = None
        if self._area_band is not None:
            self._clear_marks()
        self.point = (x, y)
        self.place_label.setText(f"{x:.2f}, {y:.2f}")
        if self.canvas is not None:
            if self._marker is None:
                self._marker = QgsVertexMarker(self.canvas)
                self._marker.setColor(QColor("#b03a2e"))
                self._marker.setIconSize(14)
                self._marker.setPenWidth(3)
                self._marker.setIconType(QgsVertexMarker.IconType.ICON_CROSS)
            self._marker.setCenter(QgsPointXY(x, y))
        if self.pick_button.isChecked():
            self.pick_button.setChecked(False)

    # -- saving -----------------------------------------------------------------------------------------
    def objection(self) -> PaperObjection:
        """What the form holds, as the core's objection (raises PluError for a bad date)."""
        received = parse_received_date(self.received_edit.date().toPyDate().isoformat())
        zone = self.zone_combo.currentData()
        return PaperObjection(
            registry_number=self.registry_edit.text(), received=received, sender=self.sender_edit.text(),
            text=self.text_edit.toPlainText(), address=self.address_edit.text(), attachments=tuple(self.attachments),
            zones=(zone,) if zone else (), paragraph=self.paragraph_combo.currentData(), point=self.point,
            outline=self.outline,
        )

    def save(self) -> None:
        try:
            self.record = self.submit(self.objection())
        except PluError as exc:
            self.error_label.setText(exc.message(self.language))
            return
        self.accept()

    def done(self, result: int) -> None:  # noqa: D102 - Qt override: leave the map as it was
        self.pick_button.setChecked(False)
        self.area_button.setChecked(False)
        self._clear_marks()
        super().done(result)


class MinutesDialog(QDialog):
    """Attach the minutes of a public meeting: file, date and title; ``submit(attachment, title, day)``."""

    def __init__(self, parent: Any, submit: Callable[[Attachment, str, date], int], *, language: str = "bg"):
        super().__init__(parent)
        self.language = language
        self.submit = submit
        self.attachment: Attachment | None = None
        t = language
        self.setWindowTitle(say_in(t, "app.consultation_paper", "Minutes of a public meeting"))
        self.title_edit = QLineEdit(self)
        self.date_edit = QDateEdit(_qdate(date.today()), self)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.file_label = QLabel(say_in(t, "app.consultation_paper", "no file"), self)
        choose = QPushButton(say_in(t, "app.consultation_paper", "Choose file…"), self)
        choose.clicked.connect(self._choose)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b03a2e")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(say_in(t, "app.consultation_paper", "Title"), self.title_edit)
        form.addRow(say_in(t, "app.consultation_paper", "Date of the meeting"), self.date_edit)
        row = QHBoxLayout()
        row.addWidget(self.file_label, 1)
        row.addWidget(choose)
        form.addRow(say_in(t, "app.consultation_paper", "File"), row)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error_label)
        box.addWidget(buttons)

    def set_file(self, path: str) -> bool:
        try:
            self.attachment = read_attachment(path)
        except PluError as exc:
            self.error_label.setText(exc.message(self.language))
            return False
        self.file_label.setText(Path(path).name)
        self.error_label.clear()
        return True

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), "", _FILES.say(self.language))
        if path:
            self.set_file(path)

    def save(self) -> None:
        if self.attachment is None:
            self.error_label.setText(say_in(self.language, "app.consultation_paper", "Choose the minutes file."))
            return
        try:
            day = parse_received_date(self.date_edit.date().toPyDate().isoformat(), field_name="date")
            self.submit(self.attachment, self.title_edit.text(), day)
        except PluError as exc:
            self.error_label.setText(exc.message(self.language))
            return
        self.accept()
