"""The plan file's tables as QGIS layers, styled the INSPIRE way.

Zoning elements are filled by their HILUCS class with the colours of the INSPIRE
Land Use portrayal rules and labelled with their national zone code;
supplementary regulations are hatched (areas), dashed (lines) or marked
(points) in a colour and pattern per top-level SupplementaryRegulationValue
class; the plan boundary is drawn on top.
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

from app.i18n import current_language, translate_to
from plu_model.codelists import codelist
from plu_model.geopackage import LAYER_NAMES
from plu_model.portrayal import portrayal_classes

__all__ = [
    "PlanLayers",
    "hilucs_expression",
    "layer_titles",
    "load_documents_layer",
    "load_plan_layers",
    "portrayal_classes",
    "retitle",
    "style_regulations",
    "style_zoning",
    "zone_code_expression",
]

#: The most zone labels drawn at once.
LABEL_LIMIT = 1500
#: The first HILUCS value of a zoning element, as a QGIS expression on the JSON column.
hilucs_expression = "array_first(\"hilucs_land_use\")"
#: The national zone code (the last path segment of the first specific land use).
zone_code_expression = (
    "regexp_substr(coalesce(array_first(\"specific_land_use\"), ''), '[^/]+$')"
)
#: The top-level SupplementaryRegulationValue class (1…10) of a regulation.
regulation_class_expression = (
    "to_int(regexp_substr(coalesce(array_first(\"supplementary_regulation\"), ''), "
    "'SupplementaryRegulationValue/([0-9]+)_'))"
)

#: Per top-level class: colour, area fill pattern, line pen style, point marker.
_REGULATION_STYLES: dict[int, tuple[str, str, str, str]] = {
    1: ("#2e8b57", "b_diagonal", "dash", "triangle"),
    2: ("#d35400", "cross", "dot", "diamond"),
    3: ("#8e44ad", "f_diagonal", "dash dot", "star"),
    4: ("#1f4fd1", "horizontal", "dash", "square"),
    5: ("#7f8c8d", "vertical", "dot", "cross2"),
    6: ("#c0392b", "diagonal_x", "solid", "circle"),
    7: ("#16a085", "dense6", "dash dot dot", "pentagon"),
    8: ("#e67e22", "b_diagonal", "dash dot", "hexagon"),
    9: ("#34495e", "f_diagonal", "dot", "arrowhead"),
    10: ("#95a5a6", "cross", "dash", "circle"),
}


@dataclass
class PlanLayers:
    zoning: QgsVectorLayer
    regulations_area: QgsVectorLayer
    regulations_line: QgsVectorLayer
    regulations_point: QgsVectorLayer
    plan: QgsVectorLayer

    def all(self) -> list[QgsVectorLayer]:
        """Top of the layer tree first."""
        return [self.plan, self.regulations_point, self.regulations_line, self.regulations_area, self.zoning]

    def snapping_layers(self) -> list[QgsVectorLayer]:
        return [self.zoning, self.regulations_area, self.regulations_line, self.regulations_point, self.plan]


def layer_titles(language: str | None = None) -> dict[str, str]:
    """Layer names in ``language`` (default: the UI language)."""
    lang = language or current_language()
    return {
        "zoning": translate_to(lang, "PlanLayers", "Zoning elements"),
        "regulations_area": translate_to(lang, "PlanLayers", "Supplementary regulations (areas)"),
        "regulations_line": translate_to(lang, "PlanLayers", "Supplementary regulations (lines)"),
        "regulations_point": translate_to(lang, "PlanLayers", "Supplementary regulations (points)"),
        "plan": translate_to(lang, "PlanLayers", "Plan boundary"),
        "documents": translate_to(lang, "PlanLayers", "Official documents"),
    }


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
    categories.append(QgsRendererCategory(None, fallback, translate_to(language, "PlanLayers", "No HILUCS value")))
    layer.setRenderer(QgsCategorizedSymbolRenderer(f"CASE {cases} END", categories))
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = _zone_label(language)
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans", 9))
    fmt.setSize(9)
    fmt.setColor(QColor("#000000"))
    settings.setFormat(fmt)
    # Label placement is what makes a city-wide plan slow to draw: labels appear from
    # 1:25 000 in, and never more than LABEL_LIMIT at once.
    settings.scaleVisibility = True
    settings.minimumScale = 25000
    settings.maximumScale = 0
    thinning = settings.thinningSettings()
    thinning.setLimitNumberLabelsEnabled(True)
    thinning.setMaximumNumberLabels(LABEL_LIMIT)
    settings.setThinningSettings(thinning)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _regulation_symbol(kind: str, number: int | None) -> object:
    colour, pattern, pen, marker = _REGULATION_STYLES.get(number or 10, _REGULATION_STYLES[10])
    if kind == "area":
        return QgsFillSymbol.createSimple(
            {"style": pattern, "color": colour, "outline_color": colour, "outline_width": "0.6", "outline_style": "dash"}
        )
    if kind == "line":
        return QgsLineSymbol.createSimple({"color": colour, "width": "0.8", "line_style": pen})
    return QgsMarkerSymbol.createSimple({"color": colour, "size": "3", "name": marker})


def style_regulations(layer: QgsVectorLayer, kind: str, language: str = "en") -> None:
    """Categorise a supplementary-regulation layer by its top-level regulation class."""
    top = {int(v.notation): v for v in codelist("SupplementaryRegulationValue") if v.parent is None and v.notation}
    categories = [
        QgsRendererCategory(number, _regulation_symbol(kind, number), f"{number} {value.label(language)}")
        for number, value in sorted(top.items())
    ]
    categories.append(QgsRendererCategory(None, _regulation_symbol(kind, None), translate_to(language, "PlanLayers", "Other")))
    layer.setRenderer(QgsCategorizedSymbolRenderer(regulation_class_expression, categories))


def retitle(layers: PlanLayers, language: str, documents: QgsVectorLayer | None = None) -> None:
    """Rename and re-legend the layers after the UI language changed."""
    titles = layer_titles(language)
    for key in ("zoning", "regulations_area", "regulations_line", "regulations_point", "plan"):
        getattr(layers, key).setName(titles[key])
    style_zoning(layers.zoning, language)
    style_regulations(layers.regulations_area, "area", language)
    style_regulations(layers.regulations_line, "line", language)
    style_regulations(layers.regulations_point, "point", language)
    if documents is not None:
        documents.setName(titles["documents"])
    for layer in layers.all():
        layer.triggerRepaint()


def load_plan_layers(path: Path, language: str = "en") -> PlanLayers:
    """Open a plan file's tables as layers (not yet added to a project)."""
    titles = layer_titles(language)
    zoning = _layer(path, LAYER_NAMES["ZoningElement"], titles["zoning"])
    style_zoning(zoning, language)
    sr = LAYER_NAMES["SupplementaryRegulation"]
    area = _layer(path, sr, titles["regulations_area"], "Polygon")
    style_regulations(area, "area", language)
    line = _layer(path, sr, titles["regulations_line"], "LineString")
    style_regulations(line, "line", language)
    point = _layer(path, sr, titles["regulations_point"], "Point")
    style_regulations(point, "point", language)
    plan = _layer(path, LAYER_NAMES["SpatialPlan"], titles["plan"])
    plan.renderer().setSymbol(
        QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.9"})
    )
    return PlanLayers(zoning, area, line, point, plan)


def load_documents_layer(path: Path, language: str = "en") -> QgsVectorLayer:
    """The official documents table (no geometry; edited in the plan properties)."""
    return _layer(path, LAYER_NAMES["OfficialDocumentation"], layer_titles(language)["documents"])
