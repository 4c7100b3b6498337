"""The plan file's tables as QGIS layers, styled the INSPIRE way.

Zoning elements are filled by their HILUCS class with the colours of the INSPIRE
Land Use portrayal rules and labelled with their national zone code; supplementary
regulations are outlined; the plan boundary is drawn on top.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from plu_model.codelists import codelist
from plu_model.geopackage import LAYER_NAMES
from plu_model.portrayal import portrayal_classes

__all__ = ["PlanLayers", "hilucs_expression", "load_plan_layers", "portrayal_classes", "zone_code_expression"]

#: The first HILUCS value of a zoning element, as a QGIS expression on the JSON column.
hilucs_expression = "array_first(\"hilucs_land_use\")"
#: The national zone code (the last path segment of the first specific land use).
zone_code_expression = (
    "regexp_substr(coalesce(array_first(\"specific_land_use\"), ''), '[^/]+$')"
)


@dataclass
class PlanLayers:
    zoning: QgsVectorLayer
    regulations_area: QgsVectorLayer
    regulations_line: QgsVectorLayer
    regulations_point: QgsVectorLayer
    plan: QgsVectorLayer

    def all(self) -> list[QgsVectorLayer]:
        return [self.plan, self.regulations_point, self.regulations_line, self.regulations_area, self.zoning]


def _layer(path: Path, table: str, name: str, geometry_type: str | None = None) -> QgsVectorLayer:
    uri = f"{path}|layername={table}"
    if geometry_type:
        uri += f"|geometrytype={geometry_type}"
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"QGIS cannot open {table} in {path}")
    return layer


def _zone_label(language: str) -> str:
    """Label text: the zone's national notation (Жм, Смф…) from the national list."""
    zones = codelist("bg/ZoneTypeValue")
    pairs = ", ".join(f"'{v.code}', '{v.notation or v.label(language)}'" for v in zones)
    return f"coalesce(map_get(map({pairs}), {zone_code_expression}), {zone_code_expression})"


def style_zoning(layer: QgsVectorLayer, language: str = "en") -> None:
    classes = portrayal_classes(language)
    cases = " ".join(
        f"WHEN {hilucs_expression} IN ({', '.join(repr(u) for u in uris)}) THEN '{colour}'" for colour, _, uris in classes
    )
    categories = [
        QgsRendererCategory(
            colour,
            QgsFillSymbol.createSimple({"color": colour, "outline_color": "#202020", "outline_width": "0.3"}),
            label,
        )
        for colour, label, _ in classes
    ]
    fallback = QgsFillSymbol.createSimple({"color": "#ffffff", "outline_color": "#ff0000", "outline_width": "0.5"})
    categories.append(QgsRendererCategory(None, fallback, "?"))
    layer.setRenderer(QgsCategorizedSymbolRenderer(f"CASE {cases} END", categories))
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = _zone_label(language)
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans", 9))
    fmt.setSize(9)
    fmt.setColor(QColor("#000000"))
    settings.setFormat(fmt)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def load_plan_layers(path: Path, language: str = "en") -> PlanLayers:
    """Open a plan file's tables as layers (not yet added to a project)."""
    title = {"en": ("Zoning elements", "Supplementary regulations (areas)", "Supplementary regulations (lines)",
                    "Supplementary regulations (points)", "Plan boundary"),
             "bg": ("Устройствени зони", "Допълнителни регулации (площи)", "Допълнителни регулации (линии)",
                    "Допълнителни регулации (точки)", "Граница на плана")}[language if language == "bg" else "en"]
    zoning = _layer(path, LAYER_NAMES["ZoningElement"], title[0])
    style_zoning(zoning, language)
    sr = LAYER_NAMES["SupplementaryRegulation"]
    area = _layer(path, sr, title[1], "Polygon")
    area.setRenderer(area.renderer().clone())
    area.renderer().setSymbol(
        QgsFillSymbol.createSimple(
            {"style": "b_diagonal", "color": "#c0392b", "outline_color": "#c0392b", "outline_width": "0.6",
             "outline_style": "dash"}
        )
    )
    line = _layer(path, sr, title[2], "LineString")
    line.renderer().setSymbol(QgsLineSymbol.createSimple({"color": "#1f4fd1", "width": "0.8"}))
    point = _layer(path, sr, title[3], "Point")
    point.renderer().setSymbol(QgsMarkerSymbol.createSimple({"color": "#1f4fd1", "size": "2.5"}))
    plan = _layer(path, LAYER_NAMES["SpatialPlan"], title[4])
    plan.renderer().setSymbol(
        QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.9"})
    )
    return PlanLayers(zoning, area, line, point, plan)
