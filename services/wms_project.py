"""The view service's QGIS project: the register's layers, styled as on the desktop, for QGIS Server.

The ``.qgs`` file is written as XML here, not through ``qgis.core``: the services stay importable
without Qt (tests/test_layering.py), and the only QGIS-specific parts are the PostGIS data
sources and the ``<renderer-v2>`` copied verbatim from ``resources/styles/*.qml``, so the map
is drawn by the very style the desktop loads.  One project is written per language (titles,
abstracts and legend labels in Bulgarian or English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from plu_model.portrayal import SCHEME_HILUCS, SCHEME_ZONE_TYPE
from services.service_contact import ServiceContact
from services.texts import LANGUAGES, text

__all__ = ["PlanLayer", "WMS_CRS", "plan_layers", "qgis_datasource", "register_extent", "write_project",
           "write_projects"]

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"
#: the CRSs the WMS offers (INSPIRE: ETRS89 and LAEA; Bulgaria: UTM 35N, BGS2005 / CCS2005; web maps)
WMS_CRS = ("EPSG:4258", "EPSG:4326", "EPSG:3035", "EPSG:3046", "EPSG:7801", "EPSG:3857", "CRS:84")
#: INSPIRE layer names (Technical Guidelines for Planned Land Use, Portrayal)
LAYERS = {"SpatialPlan": "LU.SpatialPlan", "ZoningElement": "LU.ZoningElement",
          "SupplementaryRegulation": "LU.SupplementaryRegulation"}
_GEOMETRY_CLASS = {"MultiPolygon": "Polygon", "MultiLineString": "Line", "MultiPoint": "Point"}
#: PostGIS GeometryType() names of each geometry class, for the supplementary regulations' sub-layers
_POSTGIS_TYPES = {"MultiPolygon": "'POLYGON', 'MULTIPOLYGON'", "MultiLineString": "'LINESTRING', 'MULTILINESTRING'",
                  "MultiPoint": "'POINT', 'MULTIPOINT'"}
_SAFE = re.compile(r"[^A-Za-z0-9_.-]+")
#: the column the zone layers' source adds: the zone's planar area, which ``$area`` gives in a project
#: without an ellipsoid (smaller zones are drawn over larger ones)
DRAW_AREA = "draw_area"
#: the scale (denominator) above which the zones in force are drawn from the register's city-scale picture
#: (``in_force_zone_general``, simplified within a fifth of a pixel at this scale: 0005_in_force_table.sql)
GENERAL_SCALE = 20000


@dataclass(frozen=True)
class PlanLayer:
    """One published plan version shown on its own (the 'per plan' layers)."""

    plan: str
    version: int
    title: str
    scheme: str = SCHEME_ZONE_TYPE


def qgis_datasource(dsn: str, table: str, where: str, geometry_type: str | None) -> str:
    """A QGIS PostGIS data source string for a view of the register (libpq DSN or URI in)."""
    from psycopg2.extensions import parse_dsn

    params = parse_dsn(dsn)
    parts = []
    for key in ("service", "dbname", "host", "port", "user", "password", "sslmode"):
        if params.get(key):
            value = str(params[key]).replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"{key}='{value}'")
    parts += ["key='id'", "srid=4326", "checkPrimaryKeyUnicity='0'"]
    if geometry_type:
        parts.append(f"type={geometry_type}")
    relation = f'"public"."{table}"' if table.isidentifier() else f'"{table}"'
    return " ".join(parts) + f" table={relation} (geom) sql={where}"


def zone_source(table: str) -> str:
    """A zones view with the planar area the map sorts by (:data:`DRAW_AREA`; a QGIS query layer)."""
    return f"(SELECT *, ST_Area(geom) AS {DRAW_AREA} FROM public.{table})"


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _zone_renderer(scheme: str, language: str) -> etree._Element:
    """The desktop style's categories and colours, keyed on the view's precomputed code column.

    The style file categorises by an expression on the code-list URI array and draws smaller
    zones on top by ``$area``; QGIS evaluates both per feature.  The register's views already
    hold the same code (``zone_type``/``hilucs``: the last path segment of the first URI, as the
    expression gives) and the layer's source adds the area (:data:`DRAW_AREA`), so the server
    draws the same picture from plain columns and PostgreSQL sorts.
    """
    name = "zoning_zone_type" if scheme == SCHEME_ZONE_TYPE else "zoning_hilucs"
    qml = etree.parse(str(STYLES / f"{name}.{language}.qml"), etree.XMLParser(resolve_entities=False))
    renderer = qml.find("renderer-v2")
    renderer.set("attr", "zone_type" if scheme == SCHEME_ZONE_TYPE else "hilucs")
    for clause in renderer.iterfind("orderby/orderByClause"):
        if clause.text == "$area":
            clause.text = f'"{DRAW_AREA}"'
    return renderer


def _renderer(kind: str, scheme: str, language: str, geometry: str = "MultiPolygon") -> etree._Element:
    """The ``<renderer-v2>`` a layer draws with: the desktop's style file for zones, simple symbols otherwise."""
    if kind == "ZoningElement":
        return _zone_renderer(scheme, language)
    colour = "0,0,0,255" if kind == "SpatialPlan" else "200,0,0,255"
    if geometry == "MultiLineString":
        symbol_type, layer_class = "line", "SimpleLine"
        options = (("line_color", colour), ("line_width", "0.6"), ("line_width_unit", "MM"), ("line_style", "dash"))
    elif geometry == "MultiPoint":
        symbol_type, layer_class = "marker", "SimpleMarker"
        options = (("color", colour), ("name", "circle"), ("size", "2.4"), ("size_unit", "MM"),
                   ("outline_color", "255,255,255,255"))
    else:
        symbol_type, layer_class = "fill", "SimpleFill"
        options = (("color", colour), ("style", "no" if kind == "SpatialPlan" else "b_diagonal"),
                   ("outline_color", colour), ("outline_style", "solid"),
                   ("outline_width", "0.8" if kind == "SpatialPlan" else "0.5"), ("outline_width_unit", "MM"))
    renderer = etree.Element("renderer-v2", type="singleSymbol", symbollevels="0", forceraster="0",
                             enableorderby="0")
    symbols = etree.SubElement(renderer, "symbols")
    symbol = etree.SubElement(symbols, "symbol", name="0", type=symbol_type, alpha="1", clip_to_extent="1",
                              force_rhr="0")
    layer = etree.SubElement(symbol, "layer", {"class": layer_class, "pass": "0", "locked": "0", "enabled": "1"})
    opts = etree.SubElement(layer, "Option", type="Map")
    for key, value in options:
        etree.SubElement(opts, "Option", name=key, type="QString", value=value)
        etree.SubElement(layer, "prop", k=key, v=value)
    return renderer


def _srs(parent: etree._Element, epsg: int, tag: str = "srs") -> None:
    """A ``spatialrefsys`` QGIS reads without guessing (an authid alone leaves the project CRS unset)."""
    from osgeo import osr

    ref = osr.SpatialReference()
    ref.ImportFromEPSG(epsg)
    srs = etree.SubElement(etree.SubElement(parent, tag), "spatialrefsys")
    etree.SubElement(srs, "wkt").text = ref.ExportToWkt(["FORMAT=WKT2_2019"])
    etree.SubElement(srs, "proj4").text = ref.ExportToProj4()
    etree.SubElement(srs, "srid").text = str(epsg)
    etree.SubElement(srs, "authid").text = f"EPSG:{epsg}"
    etree.SubElement(srs, "description").text = ref.GetName()
    etree.SubElement(srs, "geographicflag").text = "true" if ref.IsGeographic() else "false"


def _maplayer(parent: etree._Element, layer_id: str, short_name: str, title: str, abstract: str,
              source: str, kind: str, scheme: str, language: str, wkb_type: str = "MultiPolygon",
              scales: tuple[int, int] | None = None, identifiable: bool = True) -> None:
    """One QGIS layer; ``scales`` (the largest and smallest denominators it is drawn at, 0: no limit) limits it."""
    ml = etree.SubElement(parent, "maplayer", type="vector", geometry=_GEOMETRY_CLASS[wkb_type],
                          wkbType=wkb_type, styleCategories="AllStyleCategories",
                          hasScaleBasedVisibilityFlag="1" if scales else "0",
                          minScale=str(scales[0] if scales else 100000000), maxScale=str(scales[1] if scales else 0),
                          readOnly="1")
    etree.SubElement(ml, "id").text = layer_id
    etree.SubElement(ml, "datasource").text = source
    etree.SubElement(ml, "shortname").text = short_name
    etree.SubElement(ml, "title").text = title
    etree.SubElement(ml, "abstract").text = abstract
    etree.SubElement(ml, "layername").text = title
    _srs(ml, 4326)
    etree.SubElement(ml, "provider", encoding="UTF-8").text = "postgres"
    flags = etree.SubElement(ml, "flags")
    for flag in ("Identifiable", "Searchable"):
        etree.SubElement(flags, flag).text = "1" if identifiable else "0"
    etree.SubElement(flags, "Removable").text = "1"
    ml.append(_renderer(kind, scheme, language, wkb_type))
    etree.SubElement(ml, "excludeAttributesWMS")
    excluded = ml.find("excludeAttributesWMS")
    for hidden in ("row_data", "geom", "version_pk", "amends", "level_rank", DRAW_AREA):
        etree.SubElement(excluded, "attribute").text = hidden


def _tree_layer(group: etree._Element, layer_id: str, title: str, source: str) -> None:
    etree.SubElement(group, "layer-tree-layer", id=layer_id, name=title, providerKey="postgres", source=source,
                     checked="Qt::Checked", expanded="0")


def _properties(root: etree._Element, language: str, extent: tuple[float, float, float, float] | None,
                online: str | None, contact: ServiceContact) -> None:
    props = etree.SubElement(root, "properties")

    def entry(name: str, value: str, kind: str = "QString") -> None:
        etree.SubElement(props, name, type=kind).text = value

    entry("WMSServiceCapabilities", "true", "bool")
    entry("WMSServiceTitle", text("wms.title", language))
    entry("WMSServiceAbstract", text("wms.abstract", language))
    entry("WMSRootName", "LU.PlannedLandUse")
    entry("WMSKeywordList", "")
    kw = props.find("WMSKeywordList")
    kw.set("type", "QStringList")
    for word in ("Planned Land Use", "INSPIRE", "infoMapAccessService", text("wms.keyword", language)):
        etree.SubElement(kw, "value").text = word
    entry("WMSFees", text("wms.fees", language))
    entry("WMSAccessConstraints", text("wms.constraints", language))
    entry("WMSContactOrganization", contact.organisation_or_missing(language))
    entry("WMSContactMail", contact.email_or_missing(language))
    entry("WMSFeatureInfoUseAttributeFormSettings", "false", "bool")
    entry("WMSAddWktGeometry", "false", "bool")
    entry("WMSMaxWidth", "4096", "int")
    entry("WMSMaxHeight", "4096", "int")
    if online:
        entry("WMSOnlineResource", online)
        entry("WMSUrl", online)
    crs = etree.SubElement(props, "WMSCrsList", type="QStringList")
    for code in WMS_CRS:
        etree.SubElement(crs, "value").text = code
    if extent:
        ext = etree.SubElement(props, "WMSExtent", type="QStringList")
        for value in extent:
            etree.SubElement(ext, "value").text = repr(float(value))
    entry("WMSUseLayerIDs", "false", "bool")


def _supplementary_group(tree: etree._Element, layers: etree._Element, dsn: str, name: str, title: str,
                         language: str) -> None:
    """LU.SupplementaryRegulation: one WMS layer made of a sub-layer per geometry class (QGIS draws one each)."""
    group = etree.SubElement(tree, "layer-tree-group", name=title, checked="Qt::Checked", expanded="1")
    etree.SubElement(etree.SubElement(group, "customproperties"), "property", key="wmsShortName", value=name)
    for wkb_type, pg_types in _POSTGIS_TYPES.items():
        where = f"\"class\" = 'SupplementaryRegulation' AND GeometryType(\"geom\") IN ({pg_types})"
        source = qgis_datasource(dsn, "service_in_force", where, wkb_type)
        layer_id = f"in_force_SupplementaryRegulation_{_GEOMETRY_CLASS[wkb_type]}"
        sub_title = f"{title} ({_GEOMETRY_CLASS[wkb_type]})"
        _tree_layer(group, layer_id, sub_title, source)
        _maplayer(layers, layer_id, f"{name}.{_GEOMETRY_CLASS[wkb_type]}", sub_title,
                  text("abstract.SupplementaryRegulation", language), source, "SupplementaryRegulation",
                  SCHEME_ZONE_TYPE, language, wkb_type)


def _zoning_group(tree: etree._Element, layers: etree._Element, dsn: str, name: str, title: str,
                  language: str) -> None:
    """LU.ZoningElement: each zone below :data:`GENERAL_SCALE`, the city-scale picture above it.

    One WMS layer to clients (a group named as the layer was).  QGIS Server leaves a layer out of
    GetFeatureInfo at the scales it is not drawn at, so above the threshold the zones answer through
    a third layer that draws nothing (QGIS's null renderer still answers for every feature).
    """
    group = etree.SubElement(tree, "layer-tree-group", name=title, checked="Qt::Checked", expanded="1")
    etree.SubElement(etree.SubElement(group, "customproperties"), "property", key="wmsShortName", value=name)
    abstract = text("abstract.ZoningElement", language)
    zones = qgis_datasource(dsn, zone_source("service_in_force"), "\"class\" = 'ZoningElement'", "MultiPolygon")
    general = qgis_datasource(dsn, "service_in_force_general", "", "MultiPolygon")
    for layer_id, suffix, source, scales, queryable, note in (  # titles without words: nothing to translate
            ("in_force_ZoningElement", "zones", zones, (GENERAL_SCALE, 0), True, f"< 1:{GENERAL_SCALE}"),
            ("in_force_ZoningElement_general", "city", general, (0, GENERAL_SCALE), False, f"≥ 1:{GENERAL_SCALE}"),
            ("in_force_ZoningElement_answer", "answer", zones, (0, GENERAL_SCALE), True, "GetFeatureInfo")):
        sub_title = f"{title} ({note})"
        _tree_layer(group, layer_id, sub_title, source)
        _maplayer(layers, layer_id, f"{name}_{suffix}", sub_title, abstract, source, "ZoningElement",
                  SCHEME_ZONE_TYPE, language, scales=scales, identifiable=queryable)
    answer = layers[-1]
    answer.replace(answer.find("renderer-v2"), etree.Element("renderer-v2", type="nullSymbol"))


def write_project(path: Path, dsn: str, language: str, plans: list[PlanLayer],
                  extent: tuple[float, float, float, float] | None = None, online: str | None = None,
                  contact: ServiceContact | None = None) -> Path:
    """Write one language's project: INSPIRE layers of what is in force today, then one group per plan."""
    root = etree.Element("qgis", version="3.22.16", projectname=text("wms.title", language))
    etree.SubElement(root, "title").text = text("wms.title", language)
    _srs(root, 4258, "projectCrs")
    tree = etree.SubElement(root, "layer-tree-group")
    layers = etree.SubElement(root, "projectlayers")
    for kind, name in LAYERS.items():
        title = text(f"layer.{kind}", language) + " — " + text("layer.in_force", language)
        if kind == "SupplementaryRegulation":
            _supplementary_group(tree, layers, dsn, name, title, language)
            continue
        if kind == "ZoningElement":
            _zoning_group(tree, layers, dsn, name, title, language)
            continue
        source = qgis_datasource(dsn, "service_in_force", f"\"class\" = '{kind}'", "MultiPolygon")
        layer_id = f"in_force_{kind}"
        _tree_layer(tree, layer_id, title, source)
        _maplayer(layers, layer_id, name, title, text(f"abstract.{kind}", language), source, kind,
                  SCHEME_ZONE_TYPE, language)
    if plans:
        group = etree.SubElement(tree, "layer-tree-group", name=text("layer.per_plan", language),
                                 checked="Qt::Unchecked", expanded="0")
        etree.SubElement(etree.SubElement(group, "customproperties"), "property", key="wmsShortName",
                         value="LU.Plans")
        for plan in plans:
            safe = _SAFE.sub("_", plan.plan)
            where = f"\"class\" = 'ZoningElement' AND \"plan\" = {_sql_text(plan.plan)} AND \"version\" = {plan.version}"
            source = qgis_datasource(dsn, zone_source("service_feature"), where, "MultiPolygon")
            layer_id = f"plan_{safe}_{plan.version}"
            title = f"{plan.title} ({text('layer.version', language)} {plan.version})"
            _tree_layer(group, layer_id, title, source)
            _maplayer(layers, layer_id, f"LU.ZoningElement.{safe}", title, text("abstract.ZoningElement", language),
                      source, "ZoningElement", plan.scheme, language)
    _properties(root, language, extent, online, contact or ServiceContact())
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = etree.tostring(root, xml_declaration=False, encoding="unicode", pretty_print=True)
    path.write_text("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + doc, encoding="utf-8")
    return path


def write_projects(folder: Path, dsn: str, plans: list[PlanLayer],
                   extent: tuple[float, float, float, float] | None = None,
                   online: dict[str, str] | None = None, contact: ServiceContact | None = None) -> dict[str, Path]:
    """One project per language (``plu_wms.bg.qgs``, ``plu_wms.en.qgs``); language → path."""
    return {lang: write_project(folder / f"plu_wms.{lang}.qgs", dsn, lang, plans, extent,
                                (online or {}).get(lang), contact) for lang in LANGUAGES}


def plan_layers(provider: Any) -> list[PlanLayer]:
    """The latest published version of every plan in the register, drawn by zone type when it has any."""
    latest: dict[str, dict[str, Any]] = {}
    for item in provider.published_plans():
        latest[item["plan"]] = item
    return [PlanLayer(p["plan"], p["version"], p["title"],
                      SCHEME_ZONE_TYPE if p["zones_with_type"] else SCHEME_HILUCS) for p in latest.values()]


def register_extent(provider: Any) -> tuple[float, float, float, float] | None:
    """The lon/lat box around every published plan (the WMS's advertised extent)."""
    boxes = [p["bbox"] for p in provider.published_plans() if p["bbox"]]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
