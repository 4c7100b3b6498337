"""The New plan dialog: title, level, plan type, CRS, namespace and where the boundary comes from."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shapely
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shapely.geometry.base import BaseGeometry

from app import file_dialogs
from app.document import NewPlanSpec
from app.forms.feature_form import dialog_buttons
from app.forms.fields import CodeComboEditor, code_lists_for
from app.i18n import current_language, translate
from app.live_language import RebuiltBody
from app.settings import settings
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["NewPlanDialog", "read_boundary"]

gdal.UseExceptions()


def read_boundary(path: str | Path, epsg: int) -> BaseGeometry:
    """The union of the polygons of any vector file OGR reads, in the plan's CRS."""
    try:
        ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError as exc:
        raise PluInputError(
            Text("app.forms.new_plan", "{path}: not a vector file GDAL can read ({exc})", path=path, exc=exc),
        ) from exc
    target = osr.SpatialReference()
    target.ImportFromEPSG(int(epsg))
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    parts = []
    for i in range(ds.GetLayerCount()):
        layer = ds.GetLayer(i)
        srs = layer.GetSpatialRef()
        transform = None
        if srs is not None:
            srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            if not srs.IsSame(target):
                transform = osr.CoordinateTransformation(srs, target)
        for feature in layer:
            geom = feature.GetGeometryRef()
            if geom is None:
                continue
            geom = geom.Clone()
            if transform is not None:
                geom.Transform(transform)
            shape = shapely.from_wkb(bytes(geom.ExportToIsoWkb()))
            if shape.geom_type in ("Polygon", "MultiPolygon"):
                parts.append(shapely.force_2d(shape))
    if not parts:
        raise PluInputError(
            Text("app.forms.new_plan", "{path}: holds no polygon to use as the plan boundary", path=path),
        )
    union = shapely.union_all([shapely.make_valid(p) for p in parts])
    polygons = [g for g in getattr(union, "geoms", [union]) if g.geom_type == "Polygon"]
    return shapely.MultiPolygon(polygons)


#: The plan type a new plan starts with: ПУП (подробен устройствен план).
DEFAULT_PLAN_TYPE = "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP"


class NewPlanDialog(RebuiltBody):
    """Asks for what a new plan needs; ``spec()`` gives it (with the boundary read if imported).

    It follows View ▸ Language while open, keeping what was entered.
    """

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_plan")
        self._start_body()
        self.language = language
        stored = settings()
        self.build_body({
            "title": "",
            # a municipality draws detailed plans (ПУП) far more often than anything else
            "plan_type": str(stored.value("new_plan/plan_type", DEFAULT_PLAN_TYPE)),
            "level": "http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/local",
            "crs": QgsCoordinateReferenceSystem(str(stored.value("new_plan/crs", "EPSG:7801"))),
            "namespace": str(stored.value("new_plan/namespace", "BG.PLU")),
            "from_file": False, "boundary_path": "",
        })
        self._suggest_level()
        self._spec: NewPlanSpec | None = None
        self.resize(620, 320)

    def entered(self) -> dict[str, Any]:
        return {"title": self.title.text(), "plan_type": self.plan_type.get(), "level": self.level.get(),
                "crs": self.crs.crs(), "namespace": self.namespace.text(),
                "from_file": self.import_file.isChecked(), "boundary_path": self.boundary_path.text()}

    def build_body(self, entered: dict[str, Any]) -> None:
        """The fields in the UI language, showing ``entered``."""
        body = QWidget(self)
        self.setWindowTitle(translate("NewPlan", "New plan"))
        self.title = QLineEdit(entered["title"], body)
        self.title.setObjectName("title")
        self.plan_type = CodeComboEditor(code_lists_for("PlanTypeNameValue"), self.language, body)
        self.plan_type.set(entered["plan_type"])
        self.level = CodeComboEditor(code_lists_for("LevelOfSpatialPlanValue"), self.language, body)
        self.level.set(entered["level"])
        self.crs = QgsProjectionSelectionWidget(body)
        self.crs.setCrs(entered["crs"])
        self.namespace = QLineEdit(entered["namespace"], body)
        self.draw = QRadioButton(translate("NewPlan", "Draw the boundary on the map"), body)
        self.import_file = QRadioButton(translate("NewPlan", "Take the boundary from a file:"), body)
        self.boundary_path = QLineEdit(entered["boundary_path"], body)
        (self.import_file if entered["from_file"] else self.draw).setChecked(True)
        self.browse = QPushButton(translate("NewPlan", "Browse…"), body)
        self.browse.clicked.connect(self._browse)
        self.problems = QLabel(body)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(body)
        layout.addLayout(self._form())
        layout.addWidget(self.problems)
        layout.addWidget(dialog_buttons(self))
        self.plan_type.changed.connect(self._suggest_level)
        self.boundary_path.textChanged.connect(lambda t: self.import_file.setChecked(bool(t)) if t else None)
        self._set_body(body)

    def _form(self) -> QFormLayout:
        file_row = QHBoxLayout()
        file_row.addWidget(self.import_file)
        file_row.addWidget(self.boundary_path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(translate("NewPlan", "Official title"), self.title)
        form.addRow(translate("NewPlan", "Plan type"), self.plan_type)
        form.addRow(translate("NewPlan", "Level"), self.level)
        form.addRow(translate("NewPlan", "Coordinate reference system"), self.crs)
        form.addRow(translate("NewPlan", "Identifier namespace"), self.namespace)
        form.addRow(translate("NewPlan", "Boundary"), self.draw)
        form.addRow("", file_row)
        return form

    def _suggest_level(self) -> None:
        uri = self.plan_type.get()
        for cl in code_lists_for("PlanTypeNameValue"):
            value = cl.get(uri or "")
            if value is not None and value.extra.get("level_of_spatial_plan"):
                self.level.set(f"http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/"
                               f"{value.extra['level_of_spatial_plan']}")

    def _browse(self) -> None:
        path = file_dialogs.open_file(self, translate("NewPlan", "Plan boundary"),
                                      translate("NewPlan", "Vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml)"))
        if path:
            self.boundary_path.setText(path)

    def epsg(self) -> int | None:
        auth = self.crs.crs().authid()
        return int(auth.split(":")[1]) if auth.upper().startswith("EPSG:") else None

    def spec(self) -> NewPlanSpec:
        """What was entered; raises :class:`PluInputError` with a message to show."""
        title = self.title.text().strip()
        if not title:
            raise PluInputError(translate("NewPlan", "Enter the plan's official title."))
        epsg = self.epsg()
        if epsg is None:
            raise PluInputError(translate("NewPlan", "Choose a coordinate reference system with an EPSG code."))
        namespace = self.namespace.text().strip()
        if not namespace:
            raise PluInputError(translate("NewPlan", "Enter the namespace of the plan's identifiers."))
        boundary = None
        if self.import_file.isChecked():
            if not self.boundary_path.text().strip():
                raise PluInputError(translate("NewPlan", "Choose the file that holds the boundary."))
            boundary = read_boundary(self.boundary_path.text().strip(), epsg)
        return NewPlanSpec(title, self.level.get() or "", self.plan_type.get() or "", epsg, namespace, boundary)

    def accept(self) -> None:
        try:
            self._spec = self.spec()
        except PluInputError as exc:
            self.problems.setText(exc.message(current_language()))
            return
        s = settings()
        s.setValue("new_plan/crs", f"EPSG:{self._spec.crs}")
        s.setValue("new_plan/namespace", self._spec.namespace)
        s.setValue("new_plan/plan_type", self._spec.plan_type)
        super().accept()

    def result_spec(self) -> NewPlanSpec | None:
        return self._spec
