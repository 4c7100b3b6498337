"""The plan file's tables as QGIS layers, styled the INSPIRE way.

Zoning elements are styled from the style files of :mod:`app.zone_styles` (by
national zone type, or by HILUCS when the plan has none) and labelled with
their national zone code;
supplementary regulations are hatched (areas), dashed (lines) or marked
(points) in a colour and pattern per top-level SupplementaryRegulationValue
class; the plan boundary is drawn on top.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsVectorLayer,
)

from app.i18n import current_language, translate_to
from app.legend import InUseLegend
from app.zone_styles import ZoningStyle
from plu_model.codelists import codelist
from plu_model.geopackage import LAYER_NAMES

__all__ = [
    "KEPT_SOURCE_FIELDS",
    "PlanLayers",
    "hide_kept_source",
    "hilucs_expression",
    "layer_titles",
    "load_documents_layer",
    "load_plan_layers",
    "regulation_classes_in_use",
    "style_regulation_layers",
    "retitle",
    "style_regulations",
    "style_zoning",
    "zone_code_expression",
]

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
    zoning_style: ZoningStyle | None = None
    #: the regulation layers' legends, kept to the classes in use
    regulation_legends: dict[str, InUseLegend] = field(default_factory=dict)

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
    hide_kept_source(layer)
    return layer


#: the columns that keep a feature's source element (docs/exchange.md): machine data, packed, not for people
KEPT_SOURCE_FIELDS = ("source_xml", "source_fingerprint")


def hide_kept_source(layer: QgsVectorLayer) -> None:
    """Keep the source-element columns out of QGIS's attribute table and forms.

    Nobody can read them, and editing one by hand only makes the feature lose its
    original encoding on export; they are hidden, not dropped, so the data stays.
    """
    config = layer.attributeTableConfig()
    config.update(layer.fields())  # a new layer's configuration lists no columns yet
    columns = config.columns()
    for column in columns:
        if column.name in KEPT_SOURCE_FIELDS:
            column.hidden = True
    config.setColumns(columns)
    layer.setAttributeTableConfig(config)
    for name in KEPT_SOURCE_FIELDS:
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Hidden", {}))


def style_zoning(layer: QgsVectorLayer, language: str = "en") -> ZoningStyle:
    """Style the zoning layer from its style file; keep the returned object as long as the layer."""
    style = ZoningStyle(layer, language)
    style.refresh()
    return style


def _regulation_symbol(kind: str, number: int | None) -> object:
    colour, pattern, pen, marker = _REGULATION_STYLES.get(number or 10, _REGULATION_STYLES[10])
    if kind == "area":
        return QgsFillSymbol.createSimple(
            {"style": pattern, "color": colour, "outline_color": colour, "outline_width": "0.6", "outline_style": "dash"}
        )
    if kind == "line":
        return QgsLineSymbol.createSimple({"color": colour, "width": "0.8", "line_style": pen})
    return QgsMarkerSymbol.createSimple({"color": colour, "size": "3", "name": marker})


def style_regulations(layer: QgsVectorLayer, kind: str, language: str = "en") -> QgsCategorizedSymbolRenderer:
    """Categorise a supplementary-regulation layer by its top-level regulation class (every class)."""
    top = {int(v.notation): v for v in codelist("SupplementaryRegulationValue") if v.parent is None and v.notation}
    categories = [
        QgsRendererCategory(number, _regulation_symbol(kind, number), f"{number} — {value.label(language)}")
        for number, value in sorted(top.items())
    ]
    categories.append(QgsRendererCategory(None, _regulation_symbol(kind, None), translate_to(language, "PlanLayers", "Other")))
    renderer = QgsCategorizedSymbolRenderer(regulation_class_expression, categories)
    layer.setRenderer(renderer.clone())
    return renderer


def regulation_classes_in_use(layer: QgsVectorLayer) -> set[str]:
    """The top-level regulation classes (``"1"``…``"10"``, ``""`` for none) of the layer's features."""
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["supplementary_regulation"], layer.fields())
    keys = set()
    for feature in layer.getFeatures(request):
        value = feature["supplementary_regulation"]
        first = str(value[0]) if isinstance(value, (list, tuple)) and value else ""
        match = re.search(r"SupplementaryRegulationValue/([0-9]+)_", first)
        keys.add(str(int(match.group(1))) if match else "")
    return keys


def style_regulation_layers(layers: PlanLayers, language: str) -> None:
    """Style the regulation layers, each legend kept to the classes in use."""
    for key, kind in (("regulations_area", "area"), ("regulations_line", "line"), ("regulations_point", "point")):
        layer = getattr(layers, key)
        full = style_regulations(layer, kind, language)
        legend = layers.regulation_legends.get(key)
        if legend is None:
            legend = layers.regulation_legends[key] = InUseLegend(layer, regulation_classes_in_use,
                                                                  "supplementary_regulation")
        legend.set_renderer(full)


def retitle(layers: PlanLayers, language: str, documents: QgsVectorLayer | None = None) -> None:
    """Rename and re-legend the layers after the UI language changed."""
    titles = layer_titles(language)
    for key in ("zoning", "regulations_area", "regulations_line", "regulations_point", "plan"):
        getattr(layers, key).setName(titles[key])
    if layers.zoning_style is None:
        layers.zoning_style = style_zoning(layers.zoning, language)
    else:
        layers.zoning_style.set_language(language)
    style_regulation_layers(layers, language)
    if documents is not None:
        documents.setName(titles["documents"])
    for layer in layers.all():
        layer.triggerRepaint()


def load_plan_layers(path: Path, language: str = "en") -> PlanLayers:
    """Open a plan file's tables as layers (not yet added to a project)."""
    titles = layer_titles(language)
    zoning = _layer(path, LAYER_NAMES["ZoningElement"], titles["zoning"])
    zoning_style = style_zoning(zoning, language)
    sr = LAYER_NAMES["SupplementaryRegulation"]
    area = _layer(path, sr, titles["regulations_area"], "Polygon")
    line = _layer(path, sr, titles["regulations_line"], "LineString")
    point = _layer(path, sr, titles["regulations_point"], "Point")
    plan = _layer(path, LAYER_NAMES["SpatialPlan"], titles["plan"])
    plan.renderer().setSymbol(
        QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.9"})
    )
    layers = PlanLayers(zoning, area, line, point, plan, zoning_style)
    style_regulation_layers(layers, language)
    for layer in layers.all():
        hide_kept_source(layer)  # after styling: a style file brings its own table configuration
    return layers


def load_documents_layer(path: Path, language: str = "en") -> QgsVectorLayer:
    """The official documents table (no geometry; edited in the plan properties)."""
    return _layer(path, LAYER_NAMES["OfficialDocumentation"], layer_titles(language)["documents"])
