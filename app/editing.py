"""Edits of the plan's layers, each one step of the plan's undo history.

Map tools and forms say *what* should change; these functions make the change
through the layers' edit buffers (``beginEditCommand``/``endEditCommand``) inside
a history group, with the plan's rules applied: new features get their
identifiers and their link to the plan, split parts get identifiers of their
own, and with topological editing the neighbours of a new or reshaped feature
get the shared vertices.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from app.edit_history import UndoText
from app.map_tools import coincident_vertices
from app.qt_values import feature_row, qt_value
from plu_model.codelists import INSPIRE_CODELIST_BASE
from plu_model.dataset import GML_ID_PREFIX, make_gml_id
from plu_model.voidable import VOID_UNPOPULATED

__all__ = [
    "add_feature",
    "apply_plan_properties",
    "change_attributes",
    "class_of_layer",
    "delete_selected",
    "delete_vertex",
    "insert_vertex",
    "merge_selected",
    "move_vertex",
    "new_feature_row",
    "reshape",
    "set_plan_boundary",
    "split",
]


def class_of_layer(document: Any, layer: QgsVectorLayer) -> str:
    layers = document.layers
    if layer is layers.zoning:
        return "ZoningElement"
    if layer is layers.plan:
        return "SpatialPlan"
    if layer is document.documents:
        return "OfficialDocumentation"
    return "SupplementaryRegulation"


def _feature_layers(document: Any) -> list[QgsVectorLayer]:
    layers = document.layers
    return [layers.regulations_point, layers.regulations_line, layers.regulations_area, layers.zoning]


def _topology_layers(document: Any) -> list[QgsVectorLayer]:
    layers = document.layers
    return [layers.zoning, layers.regulations_area, layers.regulations_line, layers.plan]


def _new_identifiers(document: Any, class_name: str) -> dict[str, Any]:
    local = uuid.uuid4().hex[:12]
    plan = document.plan_feature()
    namespace = plan["inspire_namespace"] if plan is not None else ""
    return {
        "gml_id": make_gml_id(GML_ID_PREFIX[class_name], local),
        "inspire_local_id": local,
        "inspire_namespace": namespace,
        "inspire_version_id": None,
        "inspire_version_id_nil": None,
    }


def new_feature_row(document: Any, class_name: str) -> dict[str, Any]:
    """The attributes a newly drawn feature starts with (before its form is filled)."""
    plan = document.plan_feature()
    plan_row = feature_row(plan) if plan is not None else {}
    row: dict[str, Any] = _new_identifiers(document, class_name)
    now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    row.update(
        plan=document.plan_href(),
        regulation_nature=INSPIRE_CODELIST_BASE + "RegulationNatureValue/generallyBinding",
        begin_lifespan_version=now,
        process_step_general=plan_row.get("process_step_general"),
        process_step_general_nil=plan_row.get("process_step_general_nil"),
        background_map=plan_row.get("background_map"),
        background_map_nil=plan_row.get("background_map_nil") or (None if plan_row.get("background_map")
                                                                    else VOID_UNPOPULATED),
        official_document=None,
        official_document_nil=VOID_UNPOPULATED,
    )
    if class_name == "ZoningElement":
        row.update(hilucs_land_use=None, specific_land_use=None, specific_land_use_nil="unknown",
                   hilucs_presence_nil=VOID_UNPOPULATED, specific_presence_nil=VOID_UNPOPULATED)
    else:
        row.update(supplementary_regulation=None, specific_supplementary_regulation_nil="unknown",
                   inherited_from_other_plans_nil="unknown", specific_regulation_nature_nil=VOID_UNPOPULATED)
    return row


def _topological(document: Any, geometry: QgsGeometry) -> None:
    if QgsProject.instance().topologicalEditing():
        for layer in _topology_layers(document):
            layer.addTopologicalPoints(geometry)


def _as_layer_geometry(layer: QgsVectorLayer, geometry: QgsGeometry) -> QgsGeometry:
    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isMultiType(layer.wkbType()) and not geometry.isMultipart():
        geometry.convertToMultiType()
    return geometry


def add_feature(document: Any, layer: QgsVectorLayer, geometry: QgsGeometry, values: dict[str, Any]) -> int:
    """Add a feature with ``values`` (column → plain value); returns its (temporary) id."""
    class_name = class_of_layer(document, layer)
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        if layer.fields().indexOf(name) >= 0 and name != "fid":
            feature.setAttribute(name, qt_value(value))
    feature.setGeometry(_as_layer_geometry(layer, geometry))
    text = UndoText("Editing", "Add {class_name}", class_name=lambda: _class_text(class_name))
    with document.history.group(text):
        layer.beginEditCommand(str(text))
        layer.addFeature(feature)
        layer.endEditCommand()
        _topological(document, feature.geometry())
    return feature.id()


def _class_text(class_name: str) -> str:
    from app.forms.labels import class_label

    return class_label(class_name).lower()


def change_attributes(document: Any, layer: QgsVectorLayer, fid: int, changes: dict[str, Any],
                      text: str | UndoText) -> None:
    if not changes:
        return
    names = layer.fields().names()
    updates = {names.index(k): qt_value(v) for k, v in changes.items() if k in names and k != "fid"}
    with document.history.group(text):
        layer.beginEditCommand(str(text))
        layer.changeAttributeValues(fid, updates)
        layer.endEditCommand()


def move_vertex(document: Any, origin: QgsPointXY, target: QgsPointXY) -> int:
    """Move every vertex of the plan on ``origin`` to ``target``; returns how many moved."""
    found = coincident_vertices(_topology_layers(document), origin)
    if not found:
        return 0
    text = UndoText("Editing", "Move vertex")
    with document.history.group(text):
        for layer in {id(lyr): lyr for lyr, _, _ in found}.values():
            layer.beginEditCommand(str(text))
            for other, fid, index in found:
                if other is layer:
                    layer.moveVertex(target.x(), target.y(), fid, index)
            layer.endEditCommand()
        if QgsProject.instance().topologicalEditing():
            for layer in _topology_layers(document):
                layer.addTopologicalPoints(QgsPoint(target.x(), target.y()))
    return len(found)


def insert_vertex(document: Any, point: QgsPointXY) -> None:
    """Add a vertex where ``point`` lies on segments (of every layer that has one there)."""
    text = UndoText("Editing", "Add vertex")
    with document.history.group(text):
        for layer in _topology_layers(document):
            layer.beginEditCommand(str(text))
            layer.addTopologicalPoints(QgsPoint(point.x(), point.y()))
            layer.endEditCommand()


def delete_vertex(document: Any, point: QgsPointXY) -> int:
    found = coincident_vertices(_topology_layers(document), point)
    text = UndoText("Editing", "Delete vertex")
    with document.history.group(text):
        for layer in {id(lyr): lyr for lyr, _, _ in found}.values():
            layer.beginEditCommand(str(text))
            for other, fid, index in sorted(found, key=lambda t: -t[2]):
                if other is layer:
                    layer.deleteVertex(fid, index)
            layer.endEditCommand()
    return len(found)


def delete_selected(document: Any) -> int:
    text = UndoText("Editing", "Delete features")
    count = 0
    with document.history.group(text):
        for layer in _feature_layers(document):
            ids = layer.selectedFeatureIds()
            if ids:
                layer.beginEditCommand(str(text))
                layer.deleteFeatures(ids)
                layer.endEditCommand()
                count += len(ids)
    return count


def merge_selected(document: Any, layer: QgsVectorLayer) -> int | None:
    """Merge the selected features of ``layer`` into the largest of them; returns its id."""
    features = list(layer.getSelectedFeatures())
    if len(features) < 2:
        return None
    keep = max(features, key=lambda f: f.geometry().area() or f.geometry().length())
    union = QgsGeometry.unaryUnion([f.geometry() for f in features])
    if union.isNull() or union.isEmpty():
        return None
    text = UndoText("Editing", "Merge features")
    with document.history.group(text):
        layer.beginEditCommand(str(text))
        layer.changeGeometry(keep.id(), _as_layer_geometry(layer, union))
        layer.deleteFeatures([f.id() for f in features if f.id() != keep.id()])
        layer.endEditCommand()
    layer.selectByIds([keep.id()])
    return keep.id()


def split(document: Any, points: list[QgsPointXY]) -> int:
    """Split features crossed by the line (the selected ones, if any are); returns the parts added."""
    text = UndoText("Editing", "Split features")
    added = 0
    with document.history.group(text):
        for layer in [document.layers.zoning, document.layers.regulations_area, document.layers.regulations_line]:
            before = set(layer.allFeatureIds())
            layer.beginEditCommand(str(text))
            curve = QgsLineString([QgsPoint(p.x(), p.y()) for p in points])
            layer.splitFeatures(curve, False, QgsProject.instance().topologicalEditing())
            new = sorted(set(layer.allFeatureIds()) - before)
            class_name = class_of_layer(document, layer)
            names = layer.fields().names()
            for fid in new:
                ids = _new_identifiers(document, class_name)
                layer.changeAttributeValues(fid, {names.index(k): qt_value(v) for k, v in ids.items()})
            if new:
                layer.endEditCommand()
                added += len(new)
            else:
                layer.destroyEditCommand()
    return added


def reshape(document: Any, points: list[QgsPointXY]) -> int:
    """Reshape the features the line crosses (the selected ones, if any are)."""
    line = QgsLineString([QgsPoint(p.x(), p.y()) for p in points])
    line_geometry = QgsGeometry(line.clone())
    text = UndoText("Editing", "Reshape features")
    changed = 0
    with document.history.group(text):
        for layer in _topology_layers(document):
            candidates = list(layer.getSelectedFeatures()) or [
                f for f in layer.getFeatures(line_geometry.boundingBox()) if f.geometry().intersects(line_geometry)
            ]
            layer.beginEditCommand(str(text))
            before = changed
            for feature in candidates:
                geometry = QgsGeometry(feature.geometry())
                if geometry.reshapeGeometry(line) == QgsGeometry.OperationResult.Success:
                    layer.changeGeometry(feature.id(), geometry)
                    changed += 1
            if changed > before:
                layer.endEditCommand()
            else:
                layer.destroyEditCommand()
        if changed:
            _topological(document, line_geometry)
    return changed


def set_plan_boundary(document: Any, geometry: QgsGeometry) -> None:
    layer = document.layers.plan
    plan = document.plan_feature()
    if plan is None:
        return
    text = UndoText("Editing", "Draw plan boundary")
    with document.history.group(text):
        layer.beginEditCommand(str(text))
        layer.changeGeometry(plan.id(), _as_layer_geometry(layer, geometry))
        layer.endEditCommand()


def apply_plan_properties(document: Any, plan_changes: dict[str, Any], document_ops: list) -> None:
    """Write the Plan properties dialog's result as one undoable step."""
    text = UndoText("Editing", "Edit plan properties")
    plan = document.plan_feature()
    docs = document.documents
    with document.history.group(text):
        if plan is not None and plan_changes:
            change_attributes(document, document.layers.plan, plan.id(), plan_changes, text)
        if docs is None:
            return
        names = docs.fields().names()
        by_gml = {f["gml_id"]: f.id() for f in docs.getFeatures()}
        for op, gml_id, columns in document_ops:
            docs.beginEditCommand(str(text))
            if op == "add":
                feature = QgsFeature(docs.fields())
                for name, value in columns.items():
                    if name in names and name != "fid":
                        feature.setAttribute(name, qt_value(value))
                docs.addFeature(feature)
            elif op == "change" and gml_id in by_gml:
                docs.changeAttributeValues(
                    by_gml[gml_id], {names.index(k): qt_value(v) for k, v in columns.items() if k in names}
                )
            elif op == "remove" and gml_id in by_gml:
                docs.deleteFeature(by_gml[gml_id])
            docs.endEditCommand()
