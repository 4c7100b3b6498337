"""Saving by rewriting only the rows that changed, in one SQLite transaction in the plan file itself.

The editor never commits its layers' edit buffers, so at every save the buffers
hold *all* edits since the plan was opened.  The target is known to hold the
working copy plus the edits of the last write (:mod:`app.written_state`); every
row either write touched is set to working copy + current edits (or deleted),
rows of features added in the editor are written anew, and the plans'
``member``/``restriction`` lists are rebuilt only when an edit can change them.
The result holds the same rows as a whole snapshot (a test compares them).

Why this is still crash-safe: SQLite writes the old content of every page it
changes to a rollback journal (``plan.gpkg-journal``) and syncs it before
touching the file; if the process or machine dies before the commit, the next
connection to the file rolls the journal back
(:func:`plu_model.geopackage.settle_interrupted_write`), so the file is the old
plan or the new one, never a mix; a cancelled or failed save rolls back at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from osgeo import gdal, ogr

from app.snapshot import PendingEdits, _set_field, _set_geometry, add_rows, relink_members
from app.written_state import WrittenState
from plu_model.geopackage import LAYER_NAMES
from plu_model.progress import Progress

__all__ = ["update_in_place"]

#: columns whose change can change a plan's member/restriction lists
_MEMBERSHIP = {"gml_id", "plan"}


def _by_table(edits: list[PendingEdits]) -> dict[str, PendingEdits]:
    """The three regulation layers share one table: one set of edits per table."""
    out: dict[str, PendingEdits] = {}
    for e in edits:
        merged = out.setdefault(e.table, PendingEdits(e.table))
        merged.added.extend(e.added)
        merged.changed_attributes.update(e.changed_attributes)
        merged.changed_geometries.update(e.changed_geometries)
        merged.deleted.extend(e.deleted)
    return out


def _touched(edits: PendingEdits) -> set[int]:
    return set(edits.changed_attributes) | set(edits.changed_geometries) | set(edits.deleted)


def _moves_members(edits: PendingEdits) -> bool:
    if edits.table == LAYER_NAMES["SpatialPlan"]:
        return bool(edits)  # a plan row is rewritten from the working copy: rebuild its lists
    return bool(edits.added or edits.deleted) or any(_MEMBERSHIP & set(c) for c in edits.changed_attributes.values())


def _delete(layer: Any, fid: int) -> None:
    if layer.GetFeature(fid) is not None:
        layer.DeleteFeature(fid)


def _rewrite(layer: Any, base: Any, fid: int, edits: PendingEdits) -> None:
    """Make row ``fid`` what the working copy has plus the current edits (or delete it)."""
    source = base.GetFeature(fid)
    if fid in edits.deleted or source is None:
        _delete(layer, fid)
        return
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetFrom(source)
    feature.SetFID(fid)
    for name, value in edits.changed_attributes.get(fid, {}).items():
        _set_field(feature, name, value)
    if fid in edits.changed_geometries:
        _set_geometry(feature, edits.changed_geometries[fid])
    if layer.GetFeature(fid) is not None:
        layer.SetFeature(feature)
    else:
        layer.CreateFeature(feature)


def _update_table(
    ds: Any,
    base_ds: Any,
    table: str,
    earlier: WrittenState,
    before: PendingEdits,
    now: PendingEdits,
    progress: Progress,
) -> list[int]:
    layer, base = ds.GetLayerByName(table), base_ds.GetLayerByName(table)
    for fid in earlier.added.get(table, []):
        _delete(layer, fid)
    for fid in sorted(_touched(before) | _touched(now)):
        _rewrite(layer, base, fid, now)
        progress.step()
    return add_rows(layer, now, progress)


def update_in_place(
    working: Path, target: Path, earlier: WrittenState, edits: list[PendingEdits], progress: Progress
) -> dict[str, list[int]]:
    """Bring ``target`` from ``earlier`` to working copy + ``edits`` in one transaction; returns the added rows' ids."""
    progress.check()
    before, now = _by_table(earlier.edits), _by_table(edits)
    tables = sorted(set(before) | set(now) | set(earlier.added))
    added: dict[str, list[int]] = {}
    base_ds = gdal.OpenEx(str(working), gdal.OF_VECTOR | gdal.OF_READONLY)
    ds = gdal.OpenEx(str(target), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        ds.StartTransaction()
        try:
            relink = False
            for table in tables:
                old, new = before.get(table, PendingEdits(table)), now.get(table, PendingEdits(table))
                relink |= _moves_members(old) or _moves_members(new) or bool(earlier.added.get(table))
                added[table] = _update_table(ds, base_ds, table, earlier, old, new, progress)
            if relink:
                relink_members(ds)
            progress.check()
            ds.CommitTransaction()
        except BaseException:
            ds.RollbackTransaction()
            raise
    finally:
        ds = base_ds = None  # noqa: F841 - closes the files
    return added
