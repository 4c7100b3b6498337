"""The Export dialog: any format of the exporter registry, the CRS to write, and the file.

The CRS list offers the systems a Bulgarian plan is delivered in, the one the
validator recommends for INSPIRE first, each described in the UI language; any
other system is one click away in QGIS's CRS picker.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionDialog
from qgis.PyQt.QtCore import QEvent
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import file_dialogs
from app.forms.feature_form import dialog_buttons
from app.i18n import current_language, translate
from app.validation_runner import export_crs_choices
from exporters import EXPORTERS

__all__ = ["ExportDialog"]


class ExportDialog(QDialog):
    """``choice()`` gives ``(format name, EPSG code, path)`` once accepted."""

    def __init__(self, language: str, crs: int, suggested: Path, parent: QWidget | None = None,
                 longitude: float | None = None, preset: int | None = None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.language = language
        self.format = QComboBox(self)
        for fmt in EXPORTERS:
            self.format.addItem("", fmt.name)
        self.plan_crs = crs
        self.crs_choices = export_crs_choices(crs, longitude)
        self.crs = QComboBox(self)
        self.crs.setObjectName("export_crs")
        for code, recommended in self.crs_choices:
            self._add_crs(code, recommended)
        self.crs.addItem("", 0)
        self.crs.activated.connect(self._crs_activated)
        self.select_crs(preset or next(c for c, rec in self.crs_choices if rec))
        self.path = QLineEdit(str(suggested), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.format, self.crs, row), strict=True):
            form.addRow(label, field)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020")
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.format.currentIndexChanged.connect(self._fix_extension)
        self._fix_extension()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text in the UI language; the dialog may stay open while the language changes."""
        self.language = current_language()
        self.setWindowTitle(translate("Export", "Export plan"))
        for i, fmt in enumerate(EXPORTERS):
            self.format.setItemText(i, fmt.label(self.language))
        recommended = {code for code, rec in self.crs_choices if rec}
        for i in range(self.crs.count()):
            code = self.crs.itemData(i)
            self.crs.setItemText(i, self._crs_label(code, code in recommended) if code else
                                 translate("Export", "Other system…"))
        self.browse.setText(translate("Export", "Browse…"))
        for label, text in zip(self.labels, (translate("Export", "Format"),
                                             translate("Export", "Coordinate reference system"),
                                             translate("Export", "File")), strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Dialogs", "OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Cancel"))

    def _crs_label(self, code: int, recommended: bool) -> str:
        described = {
            3046: translate("Export", "ETRS89 / UTM zone 34N — INSPIRE, western Bulgaria"),
            3047: translate("Export", "ETRS89 / UTM zone 35N — INSPIRE, eastern Bulgaria"),
            3035: translate("Export", "ETRS89 / LAEA Europe — INSPIRE, pan-European maps"),
            4258: translate("Export", "ETRS89 latitude/longitude — INSPIRE, anywhere"),
            7801: translate("Export", "BGS2005 / CCS2005 — Bulgarian national system"),
            32634: translate("Export", "WGS 84 / UTM zone 34N — not accepted by INSPIRE"),
            32635: translate("Export", "WGS 84 / UTM zone 35N — not accepted by INSPIRE"),
        }
        text = described.get(code) or QgsCoordinateReferenceSystem(f"EPSG:{code}").description()
        label = f"EPSG:{code} — {text}"
        if code == self.plan_crs:
            label += " " + translate("Export", "(the plan's own)")
        if recommended:
            label += " " + translate("Export", "(recommended)")
        return label

    def _add_crs(self, code: int, recommended: bool = False) -> None:
        self.crs.insertItem(max(0, self.crs.count() - (1 if self.crs.findData(0) >= 0 else 0)),
                            self._crs_label(code, recommended), code)

    def select_crs(self, code: int) -> None:
        """Choose a system; one that is not listed yet is added to the list."""
        if self.crs.findData(code) < 0:
            self._add_crs(code)
        self.crs.setCurrentIndex(self.crs.findData(code))
        self._chosen = code

    def _crs_activated(self, index: int) -> None:
        if self.crs.itemData(index) != 0:
            self._chosen = self.crs.itemData(index)
            return
        picker = QgsProjectionSelectionDialog(self)
        picker.setWindowTitle(translate("Export", "Coordinate reference system"))
        picker.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{self._chosen}"))
        self.picker = picker
        picker.accepted.connect(lambda: self._picked(picker.crs()))
        picker.rejected.connect(lambda: self.select_crs(self._chosen))
        picker.finished.connect(picker.deleteLater)  # one picker per choice, gone once answered
        picker.open()

    def _picked(self, crs: QgsCoordinateReferenceSystem) -> None:
        auth = crs.authid()
        if auth.upper().startswith("EPSG:"):
            self.select_crs(int(auth.split(":")[1]))
        else:
            self.select_crs(self._chosen)
            self.problems.setText(translate("Export", "Choose a coordinate reference system with an EPSG code."))

    def _fix_extension(self) -> None:
        fmt = EXPORTERS.get(self.format.currentData())
        path = Path(self.path.text() or "plan")
        if path.suffix.lower() not in fmt.extensions:
            self.path.setText(str(path.with_suffix(fmt.extensions[0])))

    def _browse(self) -> None:
        fmt = EXPORTERS.get(self.format.currentData())
        path = file_dialogs.save_file(self, translate("Export", "Export plan"), fmt.filter(self.language),
                                      self.path.text())
        if path:
            self.path.setText(path)

    def choice(self) -> tuple[str, int, Path]:
        epsg = int(self.crs.currentData() or 0)
        return self.format.currentData(), epsg, Path(self.path.text().strip())

    def accept(self) -> None:
        name, epsg, path = self.choice()
        if not epsg:
            self.problems.setText(translate("Export", "Choose a coordinate reference system with an EPSG code."))
            return
        if not path.name or not path.parent.is_dir():
            self.problems.setText(translate("Export", "Choose a file in an existing folder."))
            return
        super().accept()
