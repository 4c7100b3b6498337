"""The Export dialog: any format of the exporter registry, the CRS to write, and the file."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
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
from app.i18n import translate
from exporters import EXPORTERS

__all__ = ["ExportDialog"]


class ExportDialog(QDialog):
    """``choice()`` gives ``(format name, EPSG code, path)`` once accepted."""

    def __init__(self, language: str, crs: int, suggested: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(translate("Export", "Export plan"))
        self.language = language
        self.format = QComboBox(self)
        for fmt in EXPORTERS:
            self.format.addItem(fmt.label(language), fmt.name)
        self.crs = QgsProjectionSelectionWidget(self)
        self.crs.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{crs}"))
        self.path = QLineEdit(str(suggested), self)
        browse = QPushButton(translate("Export", "Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("Export", "Format"), self.format)
        form.addRow(translate("Export", "Coordinate reference system"), self.crs)
        form.addRow(translate("Export", "File"), row)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(dialog_buttons(self))
        self.format.currentIndexChanged.connect(self._fix_extension)
        self._fix_extension()

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
        auth = self.crs.crs().authid()
        epsg = int(auth.split(":")[1]) if auth.upper().startswith("EPSG:") else 0
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
