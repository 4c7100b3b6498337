"""Bring the open plan to the state of another plan file, as one undoable step.

Repairs from the validation engine return a whole repaired plan.  Replacing the
working copy would lose the undo history, so instead the differences (by
``gml_id``) are applied through the layers' edit buffers: changed attributes and
geometries, added and removed features.  They form one
:class:`~app.edit_history.PlanEditCommand`, so *Undo* takes the repair back.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from app.qt_values import feature_row, qt_value
from plu_model.geopackage import LAYER_NAMES

__all__ = ["apply_plan_file"]


def _ogr_rows(path: Path, table: str) -> dict[str, tuple[dict[str, Any], bytes | None]]:
    ds = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_READONLY)
    layer = ds.GetLayerByName(table)
    defn = layer.GetLayerDefn()
    fields = [defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())]
    out: dict[str, tuple[dict[str, Any], bytes | None]] = {}
    for row in layer:
        values: dict[str, Any] = {}
        for i, fd in enumerate(fields):
            if not row.IsFieldSetAndNotNull(i):
                values[fd.GetName()] = None
            elif fd.GetSubType() == ogr.OFSTJSON:
                values[fd.GetName()] = json.loads(row.GetField(i))
            elif fd.GetType() == ogr.OFTDate:
                y, m, d, *_ = row.GetFieldAsDateTime(i)
                values[fd.GetName()] = date(y, m, d)
            elif fd.GetSubType() == ogr.OFSTBoolean:
                values[fd.GetName()] = bool(row.GetField(i))
            else:
                values[fd.GetName()] = row.GetField(i)
        geom = row.GetGeometryRef()
        out[values.get("gml_id") or f"fid:{row.GetFID()}"] = (values, bytes(geom.ExportToIsoWkb()) if geom else None)
    ds = None  # noqa: F841
    return out


def _same_geometry(a: QgsGeometry, wkb: bytes | None) -> bool:
    if wkb is None:
        return a.isNull() or a.isEmpty()
    other = QgsGeometry()
    other.fromWkb(wkb)
    return a.isGeosEqual(other) if not a.isNull() else False


def _layer_for(layers: list[QgsVectorLayer], wkb: bytes | None) -> QgsVectorLayer:
    if len(layers) == 1 or wkb is None:
        return layers[0]
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    for layer in layers:
        if layer.geometryType() == geom.type():
            return layer
    return layers[0]


def apply_plan_file(document: Any, path: str | Path, text: Any, only: set[str] | None = None) -> int:
    """Edit the document's layers until they hold what ``path`` holds; returns the number of changed features.

    ``only`` limits the edit to the features with these ``gml_id`` (the ones a repair
    says it changed), so a value that merely reads back differently is not counted as a change.
    """
    if document.layers is None:
        return 0
    groups: dict[str, list[QgsVectorLayer]] = {
        LAYER_NAMES["SpatialPlan"]: [document.layers.plan],
        LAYER_NAMES["ZoningElement"]: [document.layers.zoning],
        LAYER_NAMES["SupplementaryRegulation"]: [
            document.layers.regulations_area, document.layers.regulations_line, document.layers.regulations_point
        ],
    }
    if document.documents is not None:
        groups[LAYER_NAMES["OfficialDocumentation"]] = [document.documents]
    changed = 0
    with document.history.group(text):
        for table, layers in groups.items():
            target = _ogr_rows(Path(path), table)
            seen: set[str] = set()
            for layer in layers:
                layer.beginEditCommand(str(text))
                before = changed
                names = layer.fields().names()
                for feature in layer.getFeatures():
                    row = feature_row(feature)
                    key = row.get("gml_id") or f"fid:{feature.id()}"
                    seen.add(key)
                    if only is not None and key not in only:
                        continue
                    if key not in target:
                        layer.deleteFeature(feature.id())
                        changed += 1
                        continue
                    values, wkb = target[key]
                    updates = {
                        names.index(n): qt_value(v) for n, v in values.items()
                        if n in names and n != "fid" and row.get(n) != v
                    }
                    touched = False
                    if updates:
                        layer.changeAttributeValues(feature.id(), updates)
                        touched = True
                    if layer.isSpatial() and not _same_geometry(feature.geometry(), wkb):
                        geom = QgsGeometry()
                        if wkb is not None:
                            geom.fromWkb(wkb)
                        layer.changeGeometry(feature.id(), geom)
                        touched = True
                    changed += touched
                if changed > before:
                    layer.endEditCommand()
                else:
                    layer.destroyEditCommand()
            additions: dict[str, list[QgsFeature]] = {}
            for key, (values, wkb) in target.items():
                if key in seen or (only is not None and key not in only):
                    continue
                layer = _layer_for(layers, wkb)
                feature = QgsFeature(layer.fields())
                for n, v in values.items():
                    if n != "fid" and layer.fields().indexOf(n) >= 0:
                        feature.setAttribute(n, qt_value(v))
                if wkb is not None:
                    geom = QgsGeometry()
                    geom.fromWkb(wkb)
                    feature.setGeometry(geom)
                additions.setdefault(layer.id(), []).append(feature)
            for layer in layers:
                features = additions.get(layer.id())
                if features:
                    layer.beginEditCommand(str(text))
                    layer.addFeatures(features)
                    layer.endEditCommand()
                    changed += len(features)
    return changed
