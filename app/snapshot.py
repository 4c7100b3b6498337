"""The plan as the user sees it: the working copy plus what the layers' edit buffers hold.

The editor never commits the layers' edit buffers, so the undo history survives
*Save*.  Saving, autosave, validation and export all write a *snapshot*
instead: a consistent copy of the working copy (SQLite online backup) with the
buffered edits replayed into it with OGR, and each plan's ``member`` and
``restriction`` lists rebuilt from the features' ``plan`` references.

Capturing the edits must happen in the GUI thread (it reads the layers);
writing them needs no Qt, so it can run in a background task.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from osgeo import gdal, ogr

from app.qt_values import py_value
from app.written_state import remember_written, writing
from plu_model.atomic import atomic_path
from plu_model.geopackage import LAYER_NAMES, save_copy
from plu_model.progress import Progress

gdal.UseExceptions()
ogr.UseExceptions()

__all__ = ["PendingEdits", "capture_edits", "relink_members", "write_snapshot"]


@dataclass
class PendingEdits:
    """What one layer's edit buffer holds, as plain values (column name → value, WKB)."""

    table: str
    added: list[tuple[dict[str, Any], bytes | None]] = field(default_factory=list)
    changed_attributes: dict[int, dict[str, Any]] = field(default_factory=dict)
    changed_geometries: dict[int, bytes | None] = field(default_factory=dict)
    deleted: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed_attributes or self.changed_geometries or self.deleted)


def _geometry_wkb(geometry: Any) -> bytes | None:
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return bytes(geometry.asWkb())


def capture_edits(layer: Any, table: str) -> PendingEdits:
    """Copy a ``QgsVectorLayer``'s uncommitted edits (GUI thread only)."""
    edits = PendingEdits(table)
    buffer = layer.editBuffer()
    if buffer is None:
        return edits
    names = layer.fields().names()
    for feature in buffer.addedFeatures().values():
        attrs = {name: py_value(feature.attribute(i)) for i, name in enumerate(names) if name != "fid"}
        edits.added.append((attrs, _geometry_wkb(feature.geometry())))
    for fid, changes in buffer.changedAttributeValues().items():
        if fid < 0:
            continue  # changes of added features are already in addedFeatures()
        edits.changed_attributes[fid] = {names[i]: py_value(v) for i, v in changes.items() if names[i] != "fid"}
    for fid, geometry in buffer.changedGeometries().items():
        if fid >= 0:
            edits.changed_geometries[fid] = _geometry_wkb(geometry)
    edits.deleted = [fid for fid in buffer.deletedFeatureIds() if fid >= 0]
    return edits


def _set_field(feature: ogr.Feature, name: str, value: Any) -> None:
    index = feature.GetFieldIndex(name)
    if index < 0:
        return
    if value is None:
        feature.SetFieldNull(index)
    elif isinstance(value, (list, dict)):
        feature.SetField(index, json.dumps(value, ensure_ascii=False))
    elif isinstance(value, bool):
        feature.SetField(index, int(value))
    elif isinstance(value, datetime):
        feature.SetField(index, value.isoformat())
    elif isinstance(value, date):
        feature.SetField(index, value.year, value.month, value.day, 0, 0, 0, 0)
    else:
        feature.SetField(index, value)


def _set_geometry(feature: ogr.Feature, wkb: bytes | None) -> None:
    if feature.GetGeomFieldCount() == 0:
        return  # official documents have no geometry
    if wkb is None:
        feature.SetGeometryDirectly(None)
    else:
        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(wkb))


def _apply(ds: Any, edits: PendingEdits, progress: Progress) -> list[int]:
    """Replay one layer's edits into a copy of the working copy; returns the ids the added rows got."""
    layer = ds.GetLayerByName(edits.table)
    for fid in edits.deleted:
        layer.DeleteFeature(fid)
        progress.step()
    for fid in sorted(set(edits.changed_attributes) | set(edits.changed_geometries)):
        feature = layer.GetFeature(fid)
        if feature is None:
            continue
        for name, value in edits.changed_attributes.get(fid, {}).items():
            _set_field(feature, name, value)
        if fid in edits.changed_geometries:
            _set_geometry(feature, edits.changed_geometries[fid])
        layer.SetFeature(feature)
        progress.step()
    return add_rows(layer, edits, progress)


def add_rows(layer: Any, edits: PendingEdits, progress: Progress) -> list[int]:
    """Insert the features added in the editor; returns their row ids."""
    fids = []
    for attrs, wkb in edits.added:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in attrs.items():
            _set_field(feature, name, value)
        _set_geometry(feature, wkb)
        layer.CreateFeature(feature)
        fids.append(feature.GetFID())
        progress.step()
    return fids


def relink_members(ds: Any) -> None:
    """Rebuild each plan's ``member``/``restriction`` from the features' ``plan`` (as PlanDataset.link_members).

    Same-document references (``#gml_id``) follow the features, so adding or
    deleting a zone keeps the plan consistent without the planner editing the
    plan; references to features elsewhere (full URIs) are kept as they are.
    """
    plans = ds.GetLayerByName(LAYER_NAMES["SpatialPlan"])
    by_plan: dict[str, dict[str, list[str]]] = {}
    for class_name, attr in (("ZoningElement", "member"), ("SupplementaryRegulation", "restriction")):
        table = LAYER_NAMES[class_name]
        fid = ds.GetLayerByName(table).GetFIDColumn() or "fid"
        # SQL through the same connection (it sees this transaction), 5× faster than reading the layer
        rows = ds.ExecuteSQL(f'SELECT gml_id, plan FROM "{table}" ORDER BY "{fid}"')
        try:
            for row in rows:
                gml_id = row.GetField(0)
                if gml_id:
                    lists = by_plan.setdefault(row.GetField(1) or "", {"member": [], "restriction": []})
                    lists[attr].append(f"#{gml_id}")
        finally:
            ds.ReleaseResultSet(rows)
    plans.ResetReading()
    rows = list(plans)
    for plan in rows:
        lists = by_plan.get(f"#{plan.GetField('gml_id')}", {"member": [], "restriction": []})
        for attr in ("member", "restriction"):
            old = json.loads(plan.GetField(attr)) if plan.GetField(attr) else []
            new = [m for m in old if not str(m).startswith("#")] + lists[attr]
            if new != old:
                plan.SetField(attr, json.dumps(new, ensure_ascii=False))
                plans.SetFeature(plan)


def _write_whole(working: Path, target: Path, edits: list[PendingEdits], progress: Progress) -> dict[str, list[int]]:
    """Copy the working copy beside ``target``, replay the edits, move it over ``target``."""
    added: dict[str, list[int]] = {}
    with atomic_path(target, ".gpkg") as tmp:
        save_copy(working, tmp)
        progress.check()
        ds = gdal.OpenEx(str(tmp), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            ds.StartTransaction()
            for e in edits:
                if e:
                    added.setdefault(e.table, []).extend(_apply(ds, e, progress))
            relink_members(ds)
            ds.CommitTransaction()
        finally:
            ds = None  # noqa: F841 - closes the file
    return added


def write_snapshot(
    working: str | os.PathLike[str],
    dest: str | os.PathLike[str],
    edits: Iterable[PendingEdits],
    progress: Progress | None = None,
) -> Path:
    """Write working copy + edits to ``dest`` atomically (no Qt; any thread).

    When ``dest`` is known to hold the working copy plus edits written earlier
    (the plan file this session opened or last wrote, untouched since), only the
    rows whose content differs are rewritten, in one SQLite transaction in the
    file itself (:mod:`app.snapshot_in_place`); otherwise the whole plan is copied.
    """
    target = Path(dest)
    target.parent.mkdir(parents=True, exist_ok=True)
    progress = progress or Progress()
    edits = list(edits)
    from app.snapshot_in_place import update_in_place  # it builds on this module's row writers

    with writing(target) as earlier:
        if earlier is not None and earlier.holds(Path(working)):
            added = update_in_place(Path(working), target, earlier, edits, progress)
        else:
            added = _write_whole(Path(working), target, edits, progress)
        remember_written(target, Path(working), edits, added)
    progress.finish()
    return target
