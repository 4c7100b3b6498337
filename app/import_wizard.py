"""The import wizard: bring a shapefile, drawing, database table or foreign PLU GML into a plan file.

The wizard builds the same mapping file ``plu import`` reads
(:class:`plu_model.importing.ImportMapping`), step by step:

1. *Source* — a format from the shared readers registry, a file, folder or
   connection string; or an existing mapping file to start from;
2. *Layers* — which source layer becomes which PLU class (a layer may be mapped
   more than once with different filters, as CAD layers are), and the CRS;
3. *Attributes* — for each mapped layer, which field or constant fills each
   attribute, with value maps from local codes to HILUCS and the national lists;
4. *Preview* — the first rows as the import will turn them, unmapped values
   highlighted;
5. *Plan* — the plan's title and type, the output file, *Save mapping…*;
6. *Import* — runs in a :class:`QgsTask` with progress and *Cancel*, then shows
   the report (read, written, skipped and why).

PLU GML needs no mapping and goes from *Source* straight to *Plan*.

Importing this module adds *File ▸ Import plan data…* to the main window
(:func:`app.menu_registry.register_action`); the application imports it at start-up.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsTask
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import QEvent, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.i18n import current_language
from app.menu_registry import register_action
from plu_model.codelists import codelist, codelists_extending, label_for
from plu_model.errors import Cancelled, PluError, message_of
from plu_model.i18n import Text, say_in
from plu_model.importing import ImportMapping, ImportReport, LayerMapping, load_mapping, run_import, save_mapping
from plu_model.importing.importer import NothingImported, import_format, open_ogr, preview_layer
from plu_model.importing.mapping import AttributeRule, mappable_attributes
from plu_model.importing.ogr_source import FALLBACK_ENCODING, TEXT_ENCODINGS, OgrSource, is_connection_string
from plu_model.importing.plan_file import suggested_plan_file
from plu_model.importing.report import SKIP_REASONS
from plu_model.importing.rules import CodeResolver
from plu_model.progress import Progress
from plu_model.readers import READERS
from plu_model.schema import CLASS_ATTRIBUTES

__all__ = ["ImportTask", "ImportWizard", "ValueMapDialog", "open_import_wizard"]

#: highlight of values the import could not map
UNMAPPED_COLOUR = QColor("#f4b4b4")
_NOT_MAPPED = "—"
_CLASS_LABELS = {
    "ZoningElement": Text("app.import_wizard", "Zoning element"),
    "SupplementaryRegulation": Text("app.import_wizard", "Supplementary regulation"),
    "SpatialPlan": Text("app.import_wizard", "Spatial plan (boundary)"),
}
_ATTRIBUTE_LABELS = {
    "specific_land_use": Text("app.import_wizard", "Zone type (national list)"),
    "hilucs_land_use": Text("app.import_wizard", "HILUCS land use"),
    "regulation_nature": Text("app.import_wizard", "Regulation nature"),
    "specific_supplementary_regulation": Text("app.import_wizard", "Regulation type (national list)"),
    "supplementary_regulation": Text("app.import_wizard", "INSPIRE regulation type"),
    "valid_from": Text("app.import_wizard", "Valid from"),
    "valid_to": Text("app.import_wizard", "Valid to"),
    "name": Text("app.import_wizard", "Name"),
    "official_title": Text("app.import_wizard", "Official title"),
    "plan_type_name": Text("app.import_wizard", "Plan type"),
    "level_of_spatial_plan": Text("app.import_wizard", "Plan level"),
    "process_step_general": Text("app.import_wizard#attribute", "Process step"),
}
#: dimensioning indications the wizard offers (docs/indicators.md): name, unit
DIMENSIONING = [("maxHeight", "m"), ("maxDensity", "%"), ("maxFloorAreaRatio", None), ("minGreenShare", "%")]
_DIM_LABELS = {
    "maxHeight": Text("app.import_wizard", "Maximum height, m"),
    "maxDensity": Text("app.import_wizard", "Maximum density, %"),
    "maxFloorAreaRatio": Text("app.import_wizard", "Floor-area ratio (Кинт)"),
    "minGreenShare": Text("app.import_wizard", "Minimum green share, %"),
}


class _Texts:
    """The wizard's texts in its language; it remembers every :class:`Text` it said.

    The memory lets an open wizard change language: :meth:`retranslate` finds each
    shown text among those said and says it in the other language.
    """

    def __init__(self, language: str):
        self.language = "bg" if language == "bg" else "en"
        self.said: dict[str, Text] = {}

    def __call__(self, text: Text) -> str:
        for language in ("en", "bg"):
            self.said.setdefault(text.say(language), text)
        return text.say(self.language)

    def _again(self, shown: str) -> str:
        text = self.said.get(shown)
        return text.say(self.language) if text else shown

    def retranslate(self, root: QWidget, language: str) -> None:
        """Say every text shown under ``root`` that this object said before in ``language``."""
        self.language = "bg" if language == "bg" else "en"
        for widget in [root, *root.findChildren(QWidget)]:
            _say_again(widget, self._again)


    def error(self, exc: Exception) -> str:
        """A core error's text in the wizard's language."""
        return message_of(exc, self.language)

    def problem(self, exc: Exception) -> str:
        """A core error for a label, introduced as a gap in the mapping."""
        return self(Text("app.import_wizard", "The mapping is not complete: ")) + self.error(exc)


def _say_again(widget: QWidget, again: Any) -> None:
    """Replace each text of one widget by ``again(text)`` (titles, labels, buttons, items, headers).

    Methods are called through their class: a page may name an attribute ``title``.
    """
    if isinstance(widget, QWizardPage):
        QWizardPage.setTitle(widget, again(QWizardPage.title(widget)))
        QWizardPage.setSubTitle(widget, again(QWizardPage.subTitle(widget)))
    elif isinstance(widget, QLabel) and QLabel.text(widget):
        QLabel.setText(widget, again(QLabel.text(widget)))
    elif isinstance(widget, QAbstractButton) and QAbstractButton.text(widget):
        QAbstractButton.setText(widget, again(QAbstractButton.text(widget)))
    elif isinstance(widget, QLineEdit) and QLineEdit.placeholderText(widget):
        QLineEdit.setPlaceholderText(widget, again(QLineEdit.placeholderText(widget)))
    elif isinstance(widget, QComboBox):
        for i in range(QComboBox.count(widget)):
            QComboBox.setItemText(widget, i, again(QComboBox.itemText(widget, i)))
    elif isinstance(widget, QTableWidget):
        for i in range(QTableWidget.columnCount(widget)):
            item = QTableWidget.horizontalHeaderItem(widget, i)
            if item is not None:
                item.setText(again(item.text()))
    if isinstance(widget, QWizard):
        QWizard.setWindowTitle(widget, again(QWizard.windowTitle(widget)))


#: where the user settings keep the folder the last import came from
LAST_FOLDER_KEY = "import/last_folder"


def _start_folder(typed: str = "") -> str:
    """Where a file chooser opens: at what is typed, else where the last import came from, else Documents."""
    from app.settings import settings, user_documents

    for candidate in (typed.strip(), str(settings().value(LAST_FOLDER_KEY, "") or "")):
        if candidate and not is_connection_string(candidate):
            path = Path(candidate).expanduser()
            folder = path if path.is_dir() else path.parent
            if folder.is_dir() and str(folder) not in ("", "."):
                return str(folder)
    return str(user_documents())


def _remember_folder(source: str) -> None:
    from app.settings import settings

    if is_connection_string(source):
        return
    path = Path(source).expanduser().resolve()
    store = settings()
    store.setValue(LAST_FOLDER_KEY, str(path if path.is_dir() else path.parent))
    store.sync()


def _layer_title(texts: _Texts, lm: LayerMapping) -> str:
    """"zones → Устройствена зона": the source layer and the PLU class it becomes, in the wizard's language."""
    label = _CLASS_LABELS.get(lm.target)
    return f"{lm.title} → {texts(label) if label else lm.target}"


def _attribute(class_name: str, name: str) -> Any:
    return next(a for a in CLASS_ATTRIBUTES[class_name] if a.name == name)


def code_choices(class_name: str, name: str, explicit: str | None = None) -> list[tuple[str, str]]:
    """``(code, label)`` choices for a code attribute: its INSPIRE list or the national lists extending it."""
    attr = _attribute(class_name, name)
    lists, _ = CodeResolver.lists_for(attr, explicit)
    out = []
    for cl in lists:
        for v in cl:
            out.append((v.code, f"{v.notation + ' ' if v.notation and cl.country else ''}{v.label('bg')} / {v.code}"))
    return out


# -- background import ----------------------------------------------------------------
class ImportTask(QgsTask):
    """Runs :func:`run_import` in QGIS's task manager; the result comes back by signal in the GUI thread."""

    completed = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, source: str, mapping: ImportMapping | None, out: str, language: str = "en",
                 format: str | None = None):
        title = say_in(language, "app.import_wizard", "Importing plan data")
        super().__init__(title, QgsTask.Flag.CanCancel)
        self.source, self.mapping, self.out, self.format = source, mapping, out, format
        self.language = language
        self.report: ImportReport | None = None
        self.error: str | None = None
        self.was_cancelled = False

    def run(self) -> bool:
        shown = [-1]

        def report(done: int, total: int | None) -> None:
            percent = min(99, int(100 * done / total)) if total else 0
            if percent != shown[0]:  # one signal per percent, not per feature
                shown[0] = percent
                self.setProgress(float(percent))

        # asked at every feature, so Cancel takes effect at once even on a small source
        progress = Progress(report=report, cancelled=self.isCanceled, every=1)
        try:
            _, self.report = run_import(self.source, self.mapping, self.out, progress=progress, format=self.format)
        except Cancelled:
            self.was_cancelled = True
            return False
        except NothingImported as exc:  # every feature was skipped: the report says which and why
            self.error = message_of(exc, self.language) + "\n\n" + exc.report.format_text(self.language)
            return False
        except PluError as exc:
            self.error = message_of(exc, self.language)
            return False
        except Exception as exc:  # noqa: BLE001 - shown to the user instead of a crashed worker thread
            self.error = f"{type(exc).__name__}: {exc}"
            return False
        return True

    def finished(self, ok: bool) -> None:  # called by QGIS in the GUI thread
        if ok and self.report is not None:
            self.completed.emit(self.report)
        elif self.was_cancelled or self.isCanceled():
            self.failed.emit(say_in(self.language, "app.import_wizard", "The import was cancelled; nothing was written."))
        else:
            self.failed.emit(self.error or "the import stopped")


# -- value maps -----------------------------------------------------------------------
class ValueMapDialog(QDialog):
    """Source values of a field (with counts) → codes; values that map to nothing are highlighted."""

    def __init__(self, parent: QWidget | None, texts: _Texts, class_name: str, attribute: str,
                 values: list[tuple[str, int]], current: dict[str, Any], explicit_list: str | None):
        super().__init__(parent)
        self.t = texts
        self.class_name, self.attribute, self.explicit_list = class_name, attribute, explicit_list
        self.setWindowTitle(texts(Text("app.import_wizard#dialog", "Value map")) + f" — {attribute}")
        self.choices = code_choices(class_name, attribute, explicit_list)
        self.resolver = CodeResolver()
        self.table = QTableWidget(len(values), 3, self)
        self.table.setHorizontalHeaderLabels([texts(Text("app.import_wizard", "Source value")), texts(Text("app.import_wizard", "Count")),
                                              texts(Text("app.import_wizard", "Code"))])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for row, (value, count) in enumerate(values):
            self.table.setItem(row, 0, QTableWidgetItem(value))
            self.table.setItem(row, 1, QTableWidgetItem(str(count)))
            combo = QComboBox(self.table)
            combo.addItem(texts(Text("app.import_wizard", "(as in the source)")), None)
            for code, label in self.choices:
                combo.addItem(label, code)
            if value in current and current[value] is not None:
                target = current[value] if isinstance(current[value], str) else current[value][0]
                index = combo.findData(target)
                if index < 0:
                    combo.addItem(str(target), target)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._mark(r))
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)
            self._mark(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(texts(Text("app.import_wizard", "Highlighted values map to no code yet.")), self))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _resolves(self, row: int) -> bool:
        code = self.combos[row].currentData()
        text = code if code is not None else self.table.item(row, 0).text()
        uri, _ = self.resolver.resolve(_attribute(self.class_name, self.attribute), text, self.explicit_list)
        return uri is not None

    def _mark(self, row: int) -> None:
        brush = QBrush() if self._resolves(row) else QBrush(UNMAPPED_COLOUR)
        self.table.item(row, 0).setBackground(brush)

    def unmapped_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if not self._resolves(r)]

    def set_code(self, source_value: str, code: str) -> None:
        """Choose the code for one source value (what a click in its combo box does)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == source_value:
                combo = self.combos[row]
                index = combo.findData(code)
                if index < 0:
                    raise KeyError(f"{code} is not a choice for {self.attribute}")
                combo.setCurrentIndex(index)
                return
        raise KeyError(source_value)

    def value_map(self) -> dict[str, Any]:
        return {self.table.item(r, 0).text(): self.combos[r].currentData()
                for r in range(self.table.rowCount()) if self.combos[r].currentData() is not None}


# -- pages --------------------------------------------------------------------------------
class SourcePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        t = wizard.t
        self.setTitle(t(Text("app.import_wizard", "Source")))
        self.setSubTitle(t(Text("app.import_wizard", "Choose what to import: a file, a folder of shapefiles, a database "
                                                  "table or PLU GML.")))
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(t(Text("app.import_wizard", "(from the file name)")), None)
        for fmt in wizard.import_formats():
            self.format_combo.addItem(fmt.label(t.language), fmt.name)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(t(Text("app.import_wizard", "automatic (UTF-8, else {fallback})",
                                           fallback=TEXT_ENCODINGS[FALLBACK_ENCODING])), None)
        for code, name in TEXT_ENCODINGS.items():
            self.encoding_combo.addItem(name, code)
        self.encoding_combo.setToolTip(t(Text("app.import_wizard", "How the source's text is written. Choose it when "
                                                                   "the preview shows wrong letters.")))
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(t(Text("app.import_wizard", "file, folder or PG:dbname=… tables=…")))
        browse = QPushButton(t(Text("app.import_wizard", "Browse…")), self)
        browse.clicked.connect(self._browse)
        folder = QPushButton(t(Text("app.import_wizard", "Folder…")), self)
        folder.clicked.connect(self._browse_folder)
        load = QPushButton(t(Text("app.import_wizard", "Load mapping…")), self)
        load.clicked.connect(self._load_mapping)
        self.mapping_label = QLabel("", self)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(folder)
        form = QFormLayout(self)
        form.addRow(t(Text("app.import_wizard", "Format")), self.format_combo)
        form.addRow(t(Text("app.import_wizard", "Source")), row)
        form.addRow(t(Text("app.import_wizard", "Text encoding")), self.encoding_combo)
        form.addRow(load, self.mapping_label)
        form.addRow(self.error)

    def _browse(self) -> None:
        filters = ";;".join(f.filter(self.w.t.language) for f in self.w.import_formats() if f.extensions)
        path, _ = QFileDialog.getOpenFileName(self, self.w.t(Text("app.import_wizard", "Source")),
                                              _start_folder(self.path_edit.text()), filters)
        if path:
            self.path_edit.setText(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.w.t(Text("app.import_wizard", "Folder of shapefiles")),
                                                _start_folder(self.path_edit.text()))
        if path:
            self.path_edit.setText(path)

    def _load_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.w.t(Text("app.import_wizard", "Mapping file")),
                                              _start_folder(self.path_edit.text()), "YAML / JSON (*.yaml *.yml *.json)")
        if path:
            self.load_mapping(path)

    def load_mapping(self, path: str) -> bool:
        try:
            mapping = load_mapping(path)
        except PluError as exc:
            self.error.setText(self.w.t.error(exc))
            return False
        self.w.mapping = mapping
        self.mapping_label.setText(Path(path).name)
        if mapping.source_format:
            index = self.format_combo.findData(mapping.source_format)
            if index >= 0:
                self.format_combo.setCurrentIndex(index)
        if mapping.resolved_source() and not self.path_edit.text():
            self.path_edit.setText(mapping.resolved_source())
        if mapping.source_encoding:
            index = self.encoding_combo.findData(mapping.source_encoding.lower())
            if index < 0:
                self.encoding_combo.addItem(mapping.source_encoding, mapping.source_encoding)
                index = self.encoding_combo.count() - 1
            self.encoding_combo.setCurrentIndex(index)
        self.error.setText("")
        return True

    def validatePage(self) -> bool:
        source = self.path_edit.text().strip()
        if not source:
            self.error.setText(self.w.t(Text("app.import_wizard", "Choose a source first.")))
            return False
        try:
            self.w.open_source(source, self.format_combo.currentData(), self.encoding_combo.currentData())
        except PluError as exc:
            self.error.setText(self.w.t.error(exc))
            return False
        _remember_folder(source)
        self.error.setText("")
        return True

    def nextId(self) -> int:
        return ImportWizard.PAGE_PLAN if self.w.is_gml else ImportWizard.PAGE_LAYERS


class LayersPage(QWizardPage):
    COLUMNS = 6

    def __init__(self, wizard: ImportWizard):
        t = wizard.t
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(t(Text("app.import_wizard", "Layers")))
        self.setSubTitle(t(Text("app.import_wizard", "Which source layer becomes which PLU class. A layer can be used "
                                                  "twice with different filters (CAD layers: Layer = 'ZONI').")))
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([t(Text("app.import_wizard", "Layer")), t(Text("app.import_wizard", "Geometry")), t(Text("app.import_wizard", "Features")),
                                              t(Text("app.import_wizard", "CRS")), t(Text("app.import_wizard", "PLU class")),
                                              t(Text("app.import_wizard", "Filter (SQL)"))])
        for column in (0, 1, 2, 3, 5):  # each title and value whole; the class choice takes the rest
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        duplicate = QPushButton(t(Text("app.import_wizard", "Use the selected layer again")), self)
        duplicate.clicked.connect(self.duplicate_selected)
        self.namespace = QLineEdit(self)
        self.source_crs = QgsProjectionSelectionWidget(self)
        self.target_crs = QgsProjectionSelectionWidget(self)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(t(Text("app.import_wizard", "inspireId namespace")), self.namespace)
        form.addRow(t(Text("app.import_wizard", "Source CRS (when the source has none)")),
                    self.source_crs)
        form.addRow(t(Text("app.import_wizard", "Plan CRS")), self.target_crs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(duplicate)
        layout.addLayout(form)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        self.table.setRowCount(0)
        mapping = self.w.mapping
        planned = list(mapping.layers) if mapping else []
        for info in self.w.layers:
            mine = [lm for lm in planned if (lm.name or info.name) == info.name]
            for lm in mine or [None]:
                self._add_row(info, lm.target if lm else None, lm.where if lm else "")
        self.namespace.setText(mapping.namespace if mapping else "BG.PLU.IMPORT")
        epsg = (mapping.source_crs if mapping else None) or next((i.epsg for i in self.w.layers if i.epsg), None)
        if epsg:
            self.source_crs.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{epsg}"))
        target = (mapping.target_crs if mapping else None) or epsg
        if target:
            self.target_crs.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{target}"))

    def _add_row(self, info: Any, target: str | None, where: str | None, at: int | None = None) -> int:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        cells = [info.name, info.geometry_type, str(info.feature_count),
                 f"EPSG:{info.epsg}" if info.epsg else (info.crs_name or "—")]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)
        combo = QComboBox(self.table)
        combo.addItem(_NOT_MAPPED, None)
        for cls, label in _CLASS_LABELS.items():
            combo.addItem(self.w.t(label), cls)
        if target:
            combo.setCurrentIndex(combo.findData(target))
        self.table.setCellWidget(row, 4, combo)
        self.table.setItem(row, 5, QTableWidgetItem(where or ""))
        return row

    def duplicate_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        info = next(i for i in self.w.layers if i.name == self.table.item(row, 0).text())
        self._add_row(info, None, "", row + 1)

    def set_class(self, row: int, class_name: str | None, where: str = "") -> None:
        """Choose the PLU class of a table row (what the combo box in the row does)."""
        combo: QComboBox = self.table.cellWidget(row, 4)
        combo.setCurrentIndex(combo.findData(class_name))
        self.table.item(row, 5).setText(where)

    def row_of(self, layer: str) -> int:
        return next(r for r in range(self.table.rowCount()) if self.table.item(r, 0).text() == layer)

    def validatePage(self) -> bool:
        t = self.w.t
        chosen = []
        for row in range(self.table.rowCount()):
            target = self.table.cellWidget(row, 4).currentData()
            if target:
                chosen.append((self.table.item(row, 0).text(), target, self.table.item(row, 5).text().strip() or None))
        if not chosen:
            self.error.setText(t(Text("app.import_wizard", "Map at least one layer to a PLU class.")))
            return False
        if not self.namespace.text().strip():
            self.error.setText(t(Text("app.import_wizard", "The namespace is needed for the inspireIds.")))
            return False
        self.w.set_layers(chosen, self.namespace.text().strip(), _epsg(self.source_crs), _epsg(self.target_crs))
        self.error.setText("")
        return True


def _epsg(widget: QgsProjectionSelectionWidget) -> int | None:
    crs = widget.crs()
    if not crs.isValid():
        return None
    auth = crs.authid()
    return int(auth.split(":", 1)[1]) if auth.upper().startswith("EPSG:") else None


class AttributesPage(QWizardPage):
    """Per mapped layer: a row per attribute (and dimensioning indication) with its source."""

    def __init__(self, wizard: ImportWizard):
        t = wizard.t
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(t(Text("app.import_wizard", "Attributes")))
        self.setSubTitle(t(Text("app.import_wizard", "Fill each attribute from a field or with a constant; translate "
                                                  "local codes with a value map.")))
        self.layer_combo = QComboBox(self)
        self.layer_combo.currentIndexChanged.connect(self._show_layer)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([t(Text("app.import_wizard", "Attribute")), t(Text("app.import_wizard", "Source")),
                                              t(Text("app.import_wizard", "Constant")), t(Text("app.import_wizard", "Value map"))])
        for column in (0, 1, 3):  # the constant takes what the others leave
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.layer_combo)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        self._rows: list[tuple[str, str]] = []  # (kind, name): kind "attr" or "dim"
        self._current = -1

    def initializePage(self) -> None:
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for lm in self.w.mapping.layers:
            self.layer_combo.addItem(_layer_title(self.w.t, lm))
        self.layer_combo.blockSignals(False)
        self._current = -1
        self._show_layer(0)

    def _fields(self, lm: LayerMapping) -> list[str]:
        info = next(i for i in self.w.layers if i.name == lm.name)
        names = list(info.field_names)
        if lm.labels is not None:
            names.append(lm.labels.as_)
        return names

    def _show_layer(self, index: int) -> None:
        if self._current >= 0:
            self.store()
        self._current = index
        if index < 0 or index >= len(self.w.mapping.layers):
            return
        lm = self.w.mapping.layers[index]
        t = self.w.t
        rows = [("attr", a) for a in mappable_attributes(lm.target)
                if a not in ("dimensioning_indication", "hilucs_presence", "specific_presence", "background_map",
                             "ordinance", "official_document", "member", "restriction")]
        if any(a.name == "dimensioning_indication" for a in CLASS_ATTRIBUTES[lm.target]):
            rows += [("dim", name) for name, _ in DIMENSIONING]
        self._rows = rows
        self.table.setRowCount(len(rows))
        fields = self._fields(lm)
        for row, (kind, name) in enumerate(rows):
            labels = _DIM_LABELS.get(name) if kind == "dim" else _ATTRIBUTE_LABELS.get(name)
            attr = None if kind == "dim" else _attribute(lm.target, name)
            text = t(labels) if labels else (attr.xml if attr else name)
            required = attr is not None and attr.required and not attr.voidable
            item = QTableWidgetItem(text + (" *" if required else ""))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(attr.xml if attr else f"dimensioningIndication {name}")
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            combo.addItem(_NOT_MAPPED, None)
            combo.addItem(t(Text("app.import_wizard", "constant")), "=")
            if kind == "attr" and name in ("hilucs_land_use", "supplementary_regulation", "level_of_spatial_plan"):
                combo.addItem(t(Text("app.import_wizard", "from the national list")), "derive")
            for f in fields:
                combo.addItem(t(Text("app.import_wizard", "field ")) + f, f)
            rule = (lm.dimensioning.get(name) if kind == "dim" else lm.attributes.get(name))
            constant = ""
            if rule is not None:
                if rule.field:
                    combo.setCurrentIndex(max(0, combo.findData(rule.field)))
                elif rule.derive:
                    combo.setCurrentIndex(combo.findData("derive"))
                elif rule.value is not None:
                    combo.setCurrentIndex(combo.findData("="))
                    constant = ", ".join(rule.value) if isinstance(rule.value, list) else str(rule.value)
            self.table.setCellWidget(row, 1, combo)
            self.table.setItem(row, 2, QTableWidgetItem(constant))
            if attr is not None and attr.kind == "code":
                button = QPushButton(self._map_text(rule), self.table)
                button.clicked.connect(lambda _c=False, r=row: self.edit_value_map(r))
                self.table.setCellWidget(row, 3, button)
            else:
                self.table.setCellWidget(row, 3, None)
                self.table.setItem(row, 3, QTableWidgetItem(""))

    def _map_text(self, rule: AttributeRule | None) -> str:
        n = len(rule.map) if rule is not None and rule.map else 0
        return self.w.t(Text("app.import_wizard", "Edit… ({n})", n=n))

    def row_of(self, name: str) -> int:
        return next(i for i, (_, n) in enumerate(self._rows) if n == name)

    def set_source(self, name: str, source: str | None, constant: str = "") -> None:
        """Set one attribute's source: None, a field name, ``"="`` for a constant or ``"derive"``."""
        row = self.row_of(name)
        combo: QComboBox = self.table.cellWidget(row, 1)
        index = combo.findData(source)
        if index < 0:
            raise KeyError(f"{source!r} is not a choice for {name}")
        combo.setCurrentIndex(index)
        self.table.item(row, 2).setText(constant)

    def store(self) -> None:
        """Write the table of the shown layer back into the mapping."""
        if self._current < 0 or self._current >= len(self.w.mapping.layers):
            return
        lm = self.w.mapping.layers[self._current]
        for row, (kind, name) in enumerate(self._rows):
            source = self.table.cellWidget(row, 1).currentData()
            constant = self.table.item(row, 2).text().strip()
            target = lm.dimensioning if kind == "dim" else lm.attributes
            old = target.get(name)
            if source is None:
                target.pop(name, None)
                continue
            rule = copy.copy(old) if old is not None else AttributeRule()
            rule.field = rule.derive = None
            rule.value = None
            if source == "=":
                attr = None if kind == "dim" else _attribute(lm.target, name)
                rule.value = [v.strip() for v in constant.split(",")] if attr is not None and attr.many else constant
                rule.map = None
                rule.map_name = None
            elif source == "derive":
                rule.derive = {"hilucs_land_use": "hilucs", "supplementary_regulation": "supplementary_regulation",
                               "level_of_spatial_plan": "level_of_spatial_plan"}[name]
            else:
                rule.field = source
            if kind == "dim" and rule.uom is None and rule.type is None:
                rule.uom = dict(DIMENSIONING).get(name)
            if kind == "attr" and name in ("specific_land_use", "specific_supplementary_regulation") and not rule.codelist:
                lists = codelists_extending(_attribute(lm.target, name).codelist)
                if lists:
                    rule.codelist = f"{lists[0].country}/{lists[0].name}"
            target[name] = rule

    def edit_value_map(self, row: int, dialog_hook: Any = None) -> ValueMapDialog:
        """Open the value map of one attribute; ``dialog_hook`` (tests) acts on the dialog instead of a person."""
        self.store()
        lm = self.w.mapping.layers[self._current]
        kind, name = self._rows[row]
        rule = lm.attributes.get(name)
        if rule is None or not rule.field:
            self.error.setText(self.w.t(Text("app.import_wizard", "Choose a source field first.")))
            raise ValueError("no field")
        values = self.w.source.distinct_values(lm.name, rule.field, lm.where) if rule.field in self._fields(lm) else []
        dialog = ValueMapDialog(self, self.w.t, lm.target, name, values, rule.map or {}, rule.codelist)
        accepted = dialog_hook(dialog) if dialog_hook else dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            rule.map = dialog.value_map() or None
            rule.map_name = None
            self.table.cellWidget(row, 3).setText(self._map_text(rule))
        self.error.setText("")
        return dialog

    def validatePage(self) -> bool:
        self.store()
        try:
            self.w.checked_mapping()
            for lm in self.w.mapping.layers:
                fields = set(self._fields(lm))
                for key, rule in list(lm.attributes.items()) + list(lm.dimensioning.items()):
                    if rule.field and rule.field not in fields:
                        raise PluError(
                            Text("app.import_wizard", "{title}: {key}: field {field!r} is not in the layer",
                                                      title=lm.title, key=key, field=rule.field),
                        )
        except PluError as exc:
            self.error.setText(self.w.t.problem(exc))
            return False
        self.error.setText("")
        return True


class PreviewPage(QWizardPage):
    """The first rows of a mapped layer as the import will turn them; unmapped values highlighted."""

    LIMIT = 20

    def __init__(self, wizard: ImportWizard):
        t = wizard.t
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(t(Text("app.import_wizard", "Preview")))
        self.setSubTitle(t(Text("app.import_wizard", "The first rows as they will be imported. Highlighted cells map to "
                                                  "nothing.")))
        self.layer_combo = QComboBox(self)
        self.layer_combo.currentIndexChanged.connect(self.show_layer)
        self.table = QTableWidget(0, 0, self)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.layer_combo)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        self.rows: list[Any] = []

    def initializePage(self) -> None:
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for lm in self.w.mapping.layers:
            self.layer_combo.addItem(_layer_title(self.w.t, lm))
        self.layer_combo.blockSignals(False)
        self.show_layer(0)

    def show_layer(self, index: int) -> None:
        t = self.w.t
        if index < 0 or index >= len(self.w.mapping.layers):
            return
        lm = self.w.mapping.layers[index]
        try:
            self.rows = preview_layer(self.w.source, self.w.checked_mapping(), lm, self.LIMIT)
        except PluError as exc:
            self.table.setRowCount(0)
            self.summary.setText(t.error(exc))
            return
        fields = [r.field for r in list(lm.attributes.values()) + list(lm.dimensioning.values()) if r.field]
        fields = list(dict.fromkeys(fields))
        implied = [a for a in ("hilucs_land_use", "supplementary_regulation")
                   if a not in lm.attributes and any(x.name == a for x in CLASS_ATTRIBUTES[lm.target])]
        attrs = list(lm.attributes) + implied + [f"dimensioning:{k}" for k in lm.dimensioning]
        headers = ([t(Text("app.import_wizard", "Feature"))] + fields + [_attribute_title(t, a) for a in attrs]
                   + [t(Text("app.import_wizard", "Note"))])
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(self.rows))
        self.table.setHorizontalHeaderLabels(headers)
        for c, a in enumerate(attrs, start=1 + len(fields)):  # the schema's own name for those who know it
            self.table.horizontalHeaderItem(c).setToolTip(a.replace("dimensioning:", "dimensioningIndication "))
        skipped = unmapped = 0
        for r, row in enumerate(self.rows):
            bad_attrs = row.unmapped_attributes
            bad_raw = {p.raw for p in row.problems}
            first = QTableWidgetItem(row.fid + ("  ✗" if row.skip else ""))
            note = QTableWidgetItem("")
            if row.skip:
                reason = SKIP_REASONS[row.skip].say(t.language)
                for item in (first, note):
                    item.setBackground(QBrush(UNMAPPED_COLOUR))
                    item.setToolTip(reason)
                note.setText(reason)
                skipped += 1
            self.table.setItem(r, 0, first)
            self.table.setItem(r, len(headers) - 1, note)
            for c, f in enumerate(fields, start=1):
                value = row.source.get(f)
                item = QTableWidgetItem("" if value is None else str(value))
                rules = [x for x in list(lm.attributes.items()) if x[1].field == f]
                if any(name in bad_attrs for name, _ in rules) and str(value).strip() in bad_raw | {""}:
                    item.setBackground(QBrush(UNMAPPED_COLOUR))
                self.table.setItem(r, c, item)
            for c, a in enumerate(attrs, start=1 + len(fields)):
                if a.startswith("dimensioning:"):
                    ref = a.split(":", 1)[1]
                    dims = row.mapped.get("dimensioning_indication") or []
                    value = next((d.value for d in dims if d.indication_reference == ref), None)
                else:
                    value = row.mapped.get(a)
                item = QTableWidgetItem(_display(value, t.language))
                if _display(value, t.language) != _display(value, None):  # the code itself, for who maps by codes
                    item.setToolTip(_display(value, None))
                problems = [p for p in row.problems if p.attribute == a]
                if problems:
                    item.setBackground(QBrush(UNMAPPED_COLOUR))
                    item.setToolTip("\n".join(p.message for p in problems))
                    unmapped += 1
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        unmapped_said = Text("app.import_wizard", "{n} value maps to nothing", plural="{n} values map to nothing",
                             n=unmapped)
        skipped_said = Text("app.import_wizard", "{n} row would be skipped", plural="{n} rows would be skipped",
                            n=skipped)
        summary = t(Text("app.import_wizard", "{n} row shown; {unmapped}; {skipped}.",
                         plural="{n} rows shown; {unmapped}; {skipped}.",
                         n=len(self.rows), unmapped=unmapped_said, skipped=skipped_said))
        guessed = sorted({name for (layer, name) in self.w.source.fallback_fields if layer == lm.name})
        if guessed:  # the planner is the one who can tell whether the letters read right
            summary += "\n" + t(Text("app.import_wizard", "The text of {fields} is not UTF-8 and was read as {encoding}: "
                                                          "if its letters look wrong, go back to Source and choose the "
                                                          "text encoding.",
                                     fields=", ".join(guessed), encoding=TEXT_ENCODINGS[FALLBACK_ENCODING]))
        self.summary.setText(summary)

    def highlighted_cells(self) -> list[tuple[int, int]]:
        out = []
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None and item.background().color() == UNMAPPED_COLOUR:
                    out.append((r, c))
        return out


def _attribute_title(texts: _Texts, name: str) -> str:
    """A preview column's title: the attribute as the Attributes page names it, else its schema name."""
    if name.startswith("dimensioning:"):
        label = _DIM_LABELS.get(name.split(":", 1)[1])
        return texts(label) if label else name.split(":", 1)[1]
    label = _ATTRIBUTE_LABELS.get(name)
    return texts(label) if label else name


def _display(value: Any, language: str | None) -> str:
    """A mapped value as the preview shows it: a code by its label in ``language`` (``None``: the code itself)."""
    from plu_model.voidable import Nil

    if value is None:
        return ""
    if isinstance(value, Nil):
        return "—"
    if isinstance(value, list):
        return ", ".join(_display(v, language) for v in value)
    text = str(value)
    if "://" in text:
        return label_for(text, language) if language else text.rstrip("/").rsplit("/", 1)[-1]
    return text


class PlanPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.w = wizard
        t = wizard.t
        self.setTitle(t(Text("app.import_wizard", "Plan and output")))
        self.title = QLineEdit(self)
        self.plan_type = QComboBox(self)
        # no plan type is chosen for the planner: the zones do not say whether they are an ОУП or a ПУП
        self.plan_type.addItem(t(Text("app.import_wizard", "— choose —")), None)
        for cl in codelists_extending("PlanTypeNameValue"):
            for v in cl:
                self.plan_type.addItem(f"{v.notation} — {v.label(t.language)}", v.code)
        self.step = QComboBox(self)
        for v in codelist("ProcessStepGeneralValue"):
            self.step.addItem(v.label(t.language), v.code)
        self.local_id = QLineEdit(self)
        self.output = QLineEdit(self)
        self.confirmed_output = ""  # a file the planner agreed to replace (in the file chooser or when asked)
        browse = QPushButton(t(Text("app.import_wizard", "Save as…")), self)
        browse.clicked.connect(self._browse)
        self.save_button = QPushButton(t(Text("app.import_wizard", "Save mapping…")), self)
        self.save_button.clicked.connect(self._save_mapping)
        self.saved_label = QLabel("", self)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        out_row = QHBoxLayout()
        out_row.addWidget(self.output, 1)
        out_row.addWidget(browse)
        self.form = QFormLayout(self)
        self.form.addRow(t(Text("app.import_wizard", "Official title")), self.title)
        self.form.addRow(t(Text("app.import_wizard", "Plan type")), self.plan_type)
        self.form.addRow(t(Text("app.import_wizard", "Process step")), self.step)
        self.form.addRow(t(Text("app.import_wizard", "Plan local id")), self.local_id)
        self.form.addRow(t(Text("app.import_wizard", "Plan file")), out_row)
        self.form.addRow(self.save_button, self.saved_label)
        self.form.addRow(self.error)

    def initializePage(self) -> None:
        gml = self.w.is_gml
        for widget in (self.title, self.plan_type, self.step, self.local_id, self.save_button):
            widget.setEnabled(not gml)
        if not self.output.text().strip():
            from app.settings import user_documents

            self.output.setText(str(suggested_plan_file(self.w.source_path, user_documents())))
        if gml:
            self.setSubTitle(self.w.t(Text("app.import_wizard", "PLU GML is read as it is; choose where the plan file goes.")))
            return
        plan = self.w.mapping.plan
        if "official_title" in plan and plan["official_title"].value:
            self.title.setText(str(plan["official_title"].value))
        if "plan_type_name" in plan and plan["plan_type_name"].value:
            index = self.plan_type.findData(str(plan["plan_type_name"].value))
            if index < 0:
                index = next((i for i in range(self.plan_type.count())
                              if self.plan_type.itemText(i).startswith(str(plan["plan_type_name"].value) + " ")), -1)
            if index >= 0:
                self.plan_type.setCurrentIndex(index)
        if "process_step_general" in plan and plan["process_step_general"].value:
            index = self.step.findData(str(plan["process_step_general"].value))
            if index >= 0:
                self.step.setCurrentIndex(index)
        self.local_id.setText(self.w.mapping.plan_local_id or "")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.w.t(Text("app.import_wizard", "Plan file")), self.output.text(),
                                              READERS.get("plu-gpkg").filter(self.w.t.language))
        if path:
            self.output.setText(path if path.lower().endswith(".gpkg") else path + ".gpkg")
            self.confirmed_output = self.output.text()  # the chooser asked about replacing it

    def store(self) -> None:
        if self.w.is_gml:
            return
        mapping = self.w.mapping
        if self.title.text().strip():
            mapping.plan["official_title"] = AttributeRule.constant(self.title.text().strip())
        if self.plan_type.currentData() is not None:
            mapping.plan["plan_type_name"] = AttributeRule.constant(self.plan_type.currentData())
        mapping.plan["process_step_general"] = AttributeRule.constant(self.step.currentData())
        mapping.plan_local_id = self.local_id.text().strip() or None

    def _save_mapping(self) -> None:
        beside = Path(self.output.text()).with_suffix(".yaml") if self.output.text().strip() else ""
        path, _ = QFileDialog.getSaveFileName(self, self.w.t(Text("app.import_wizard", "Save mapping")), str(beside),
                                              "YAML (*.yaml);;JSON (*.json)")
        if path:
            self.save_mapping_to(path)

    def save_mapping_to(self, path: str) -> bool:
        self.store()
        source = self.w.source_path
        if source and not is_connection_string(source) and Path(source).exists():
            # relative to the mapping, so the folder can move as a whole; connection strings are not stored
            self.w.mapping.source_path = os.path.relpath(Path(source).resolve(), Path(path).resolve().parent)
            self.w.mapping.path = Path(path)
        try:
            saved = save_mapping(self.w.checked_mapping(), path)
        except PluError as exc:
            self.error.setText(self.w.t.error(exc))
            return False
        self.w.mapping.path = saved
        self.saved_label.setText(saved.name)
        self.error.setText("")
        return True

    def validatePage(self) -> bool:
        t = self.w.t
        out = self.output.text().strip()
        if not out.lower().endswith(".gpkg"):
            self.error.setText(t(Text("app.import_wizard", "Give the plan file (.gpkg) to write.")))
            return False
        self.store()
        if not self.w.is_gml:
            if not self.title.text().strip():
                self.error.setText(t(Text("app.import_wizard", "The plan needs an official title.")))
                return False
            boundary = any(lm.target == "SpatialPlan" for lm in self.w.mapping.layers)
            if self.plan_type.currentData() is None and not boundary:
                self.error.setText(t(Text("app.import_wizard", "Choose the plan type: the zones do not say whether "
                                                               "they are an ОУП or a ПУП.")))
                return False
            try:
                self.w.checked_mapping()
            except PluError as exc:
                self.error.setText(self.w.t.problem(exc))
                return False
        if Path(out).exists() and out != self.confirmed_output and not self._replace(out):
            return False
        self.w.output = out
        self.error.setText("")
        return True

    def _replace(self, out: str) -> bool:
        """Ask before the import replaces a file that is there (it may be a plan with weeks of work)."""
        t = self.w.t
        box = QMessageBox(QMessageBox.Icon.Warning, self.w.windowTitle(),
                          t(Text("app.import_wizard", "{name} is already there. Replace it with the imported plan?",
                                 name=Path(out).name)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(t(Text("app.import_wizard", "Replace")))
        box.button(QMessageBox.StandardButton.No).setText(t(Text("app.import_wizard", "Keep it")))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.exec()
        if box.clickedButton() is not box.button(QMessageBox.StandardButton.Yes):
            self.error.setText(t(Text("app.import_wizard", "Choose another plan file: {name} is kept.", name=Path(out).name)))
            return False
        self.confirmed_output = out
        return True


class RunPage(QWizardPage):
    """Runs the import in the background with progress and Cancel, then shows the report."""

    def __init__(self, wizard: ImportWizard):
        t = wizard.t
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(t(Text("app.import_wizard", "Import")))
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.start_button = QPushButton(t(Text("app.import_wizard", "Start")), self)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(t(Text("app.import_wizard", "Cancel import")), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.report_view = QPlainTextEdit(self)
        self.report_view.setReadOnly(True)
        self.status = QLabel("", self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.report_view)
        self.task: ImportTask | None = None
        self.report: ImportReport | None = None
        self.done = False

    def initializePage(self) -> None:
        self.done = False
        self.report = None
        self.progress.setValue(0)
        self.report_view.clear()
        self.status.setText(self.w.t(Text("app.import_wizard", "Ready to write {output}.", output=self.w.output)))

    def isComplete(self) -> bool:
        return self.done

    def start(self) -> ImportTask:
        mapping = None if self.w.is_gml else self.w.checked_mapping()
        task = ImportTask(self.w.source_path, mapping, self.w.output, self.w.t.language, self.w.format_name)
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        task.completed.connect(self._completed)
        task.failed.connect(self._failed)
        self.task = task
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.w.t(Text("app.import_wizard", "Importing…")))
        QgsApplication.taskManager().addTask(task)
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _completed(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setValue(100)
        self.report_view.setPlainText(report.format_text(self.w.t.language))
        ok = report.clean
        self.status.setText(self.w.t(Text("app.import_wizard", "Imported.") if ok
                                     else Text("app.import_wizard", "Imported, with problems listed below.")))
        self._finish()

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.report_view.setPlainText(message)
        self.start_button.setEnabled(True)
        self._finish(done=False)

    def _finish(self, done: bool = True) -> None:
        self.cancel_button.setEnabled(False)
        self.task = None
        self.done = done
        self.completeChanged.emit()


# -- the wizard ------------------------------------------------------------------------------
class ImportWizard(QWizard):
    """Builds a mapping interactively and runs the import; see the module docstring for the steps."""

    PAGE_SOURCE, PAGE_LAYERS, PAGE_ATTRIBUTES, PAGE_PREVIEW, PAGE_PLAN, PAGE_RUN = range(6)

    def __init__(self, parent: QWidget | None = None, language: str = "en"):
        super().__init__(parent)
        self.t = _Texts(language)
        self.setWindowTitle(self.t(Text("app.import_wizard", "Import plan data")))
        self._built = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.mapping: ImportMapping | None = None
        self.source: OgrSource | None = None
        self.source_path = ""
        self.format_name: str | None = None
        self.layers: list[Any] = []
        self.is_gml = False
        self.output = ""
        self.source_page = SourcePage(self)
        self.layers_page = LayersPage(self)
        self.attributes_page = AttributesPage(self)
        self.preview_page = PreviewPage(self)
        self.plan_page = PlanPage(self)
        self.run_page = RunPage(self)
        for page_id, page in enumerate((self.source_page, self.layers_page, self.attributes_page, self.preview_page,
                                        self.plan_page, self.run_page)):
            self.setPage(page_id, page)
        self.setStartId(self.PAGE_SOURCE)
        self.resize(1180, 640)  # the layers table whole on a 1366 × 768 screen, in Bulgarian too
        self._built = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        """View ▸ Language while the wizard is open: every text it shows is said again."""
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.t.retranslate(self, current_language())
        super().changeEvent(event)

    @staticmethod
    def import_formats() -> list[Any]:
        return [f for f in READERS if f.options.get("kind") == "ogr" or f.name == "inspire-gml"]

    def open_source(self, source: str, format_name: str | None, encoding: str | None = None) -> None:
        """Open the source (raises :class:`PluError` with a message for the page).

        ``encoding`` is the text encoding chosen on the page (``None``: automatic, or
        what a loaded mapping says).
        """
        if self.source is not None:
            self.source.close()
            self.source = None
        fmt = import_format(source, self.mapping, format_name)
        self.source_path, self.format_name = source, fmt.name
        self.is_gml = fmt.name == "inspire-gml"
        if self.is_gml:
            self.layers = []
            return
        if self.mapping is None:
            self.mapping = ImportMapping(namespace="BG.PLU.IMPORT")
        self.mapping.source_encoding = encoding
        self.source = open_ogr(source, self.mapping, fmt.name)
        self.layers = self.source.layers()
        self.mapping.source_format = fmt.name

    def set_layers(self, chosen: list[tuple[str, str, str | None]], namespace: str, source_epsg: int | None,
                   target_epsg: int | None) -> None:
        """Rebuild the mapping's layers from the layers page, keeping what was already set for each."""
        assert self.mapping is not None
        old = list(self.mapping.layers)
        layers = []
        for name, target, where in chosen:
            keep = next((lm for lm in old if (lm.name or name) == name and lm.target == target and lm.where == where),
                        None)
            if keep is not None:
                old.remove(keep)
                keep.name = name
                layers.append(keep)
            else:
                layers.append(LayerMapping(target=target, name=name, where=where))
        self.mapping.layers = layers
        self.mapping.namespace = namespace
        declared = {i.name: i.epsg for i in self.layers}
        if source_epsg and any(declared.get(n) is None for n, _, _ in chosen):
            self.mapping.source_crs = source_epsg
        self.mapping.target_crs = target_epsg

    def mapping_document(self) -> dict[str, Any]:
        assert self.mapping is not None
        return self.mapping.to_data()

    def checked_mapping(self) -> ImportMapping:
        """The mapping as the import will load it (raises :class:`PluError` when incomplete)."""
        from plu_model.importing.mapping import mapping_from_dict

        data = self.mapping_document()
        if not any(lm.target == "SpatialPlan" for lm in self.mapping.layers):
            data.setdefault("plan", {}).setdefault("official_title", self.t(Text("app.import_wizard", "Imported plan")))
            data["plan"].setdefault("plan_type_name", "OUP")
        checked = mapping_from_dict(data, self.mapping.path)
        checked.path = self.mapping.path
        return checked

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        if self.run_page.task is not None:
            self.run_page.task.cancel()
        if self.source is not None:
            self.source.close()
            self.source = None
        super().done(result)


def open_import_wizard(window: Any) -> ImportWizard:
    """The menu action: run the wizard and open the imported plan in the main window."""
    wizard = ImportWizard(window, getattr(window, "language", "en"))
    if wizard.exec() == QDialog.DialogCode.Accepted and wizard.output and hasattr(window, "open_plan"):
        try:
            window.open_plan(wizard.output)
        except PluError as exc:
            from qgis.PyQt.QtWidgets import QMessageBox

            QMessageBox.warning(window, wizard.windowTitle(), wizard.t.error(exc))
    return wizard


register_action("file", "import", Text("app.import_wizard", "Import plan data…"), open_import_wizard,
                order=20, needs_plan=False)
