"""Plan-file rows written straight into the GeoPackage tables with SQLite, geometries a batch at a time.

GDAL creates the empty plan file (tables, columns, spatial indexes, feature counts: its own
layout); the rows then go in with one ``executemany`` per batch.  Each geometry's GeoPackage
blob (the header GDAL writes, its envelope, ISO WKB) comes from vectorised shapely calls
instead of an OGR call per field and a WKB round trip per geometry, which made the OGR writer
most of the cost of ``plu convert plan.gml plan.gpkg`` after reading.  GDAL's insert triggers
(spatial index, feature count) are set aside during the load, since the index's need GDAL's
SQL functions, and their work is done in one go at the end, as ``register/version_file.py``
does for a version opened from the register.  A test compares the file table by table with
the one OGR writes from the same rows (:func:`plu_model.geopackage.write_plan_rows`).
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

__all__ = ["BulkTable", "geometry_blobs", "open_for_load", "record_table", "set_aside_triggers"]

_POINT = struct.Struct("<2sBBi")
_XY = struct.Struct("<2sBBi4d")
_XYZ = struct.Struct("<2sBBi6d")
_POINT_TYPE = 0


def open_for_load(path: Any) -> sqlite3.Connection:
    """A connection for loading a new file that is deleted if anything fails: no journal, no waiting for the disk."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    db.execute("BEGIN")
    return db


def _non_finite(geoms: np.ndarray, with_z: np.ndarray) -> int | None:
    """Index of the first geometry with a NaN or infinite coordinate (Z too where it has one), or ``None``."""
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    bad = index[~np.isfinite(coords).all(axis=1)]
    if with_z.any():
        where = np.flatnonzero(with_z)
        zs, zindex = shapely.get_coordinates(geoms[where], include_z=True, return_index=True)
        bad = np.concatenate([bad, where[zindex[~np.isfinite(zs[:, 2])]]])
    return int(bad.min()) if bad.size else None


def geometry_blobs(
    geoms: Sequence[BaseGeometry], srid: int, wkbs: Sequence[bytes] | None = None
) -> tuple[list[bytes], np.ndarray, np.ndarray, int | None]:
    """GeoPackage blobs as GDAL writes them, the XY bounds, which have Z, and the first non-finite geometry.

    ``wkbs``: the geometries' ISO WKB when the caller has made it already (for fingerprints).

    GDAL's header is little-endian with no envelope for a point, an XYZ envelope for another 3D
    geometry and an XY envelope otherwise; the geometry follows as ISO WKB.
    """
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = geoms
    with_z = shapely.has_z(arr)
    bad = _non_finite(arr, with_z)
    if bad is not None:
        return [], np.empty((0, 4)), with_z, bad
    if wkbs is None:
        wkbs = shapely.to_wkb(arr, flavor="iso").tolist()
    bounds = shapely.bounds(arr)
    points = shapely.get_type_id(arr) == _POINT_TYPE
    blobs = []
    pack_xy = _XY.pack
    for i, (wkb, (x0, y0, x1, y1)) in enumerate(zip(wkbs, bounds.tolist(), strict=True)):
        if points[i]:
            blobs.append(_POINT.pack(b"GP", 0, 1, srid) + wkb)
        elif with_z[i]:
            z = shapely.get_coordinates(arr[i], include_z=True)[:, 2]
            blobs.append(_XYZ.pack(b"GP", 0, 5, srid, x0, x1, y0, y1, float(z.min()), float(z.max())) + wkb)
        else:
            blobs.append(pack_xy(b"GP", 0, 3, srid, x0, x1, y0, y1) + wkb)
    return blobs, bounds, with_z, None


class BulkTable:
    """One table of a new GeoPackage filled by ``executemany``: its rows, spatial index, count and extent."""

    def __init__(self, db: sqlite3.Connection, table: str, columns: Sequence[str], spatial: bool, srid: int):
        self.db = db
        self.table = table
        self.columns = list(columns)
        self.spatial = spatial
        self.srid = srid
        names = (["geom"] if spatial else []) + self.columns
        marks = ", ".join("?" * len(names))
        self.insert = f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) VALUES ({marks})'
        self.count = 0
        self.has_z = False
        #: the table's extent so far (min x, min y, max x, max y), None before its first geometry
        self.extent: list[float] | None = None
        self.triggers = set_aside_triggers(db, table)

    def write(
        self, rows: list[list[Any]], geoms: list[BaseGeometry | None], wkbs: list[bytes | None] | None = None
    ) -> int | None:
        """Append rows (values in :attr:`columns` order) with their geometries (``None``: no geometry).

        ``wkbs``, when given, holds each geometry's ISO WKB (made by the caller already).

        Returns the index of a geometry with non-finite coordinates, which a plan file cannot hold
        (nothing of the batch is written then), else ``None``.
        """
        boxes: list[tuple[int, float, float, float, float]] = []
        if self.spatial:
            present = [i for i, g in enumerate(geoms) if g is not None]
            known = None if wkbs is None else [wkbs[i] for i in present]
            blobs, bounds, with_z, bad = geometry_blobs([geoms[i] for i in present], self.srid, known)  # type: ignore[arg-type]
            if bad is not None:
                return present[bad]
            cells: list[Any] = [None] * len(rows)
            for k, i in enumerate(present):
                cells[i] = blobs[k]
            self.has_z = self.has_z or bool(with_z.any())
            rows = [[cell, *row] for cell, row in zip(cells, rows, strict=True)]
            # the spatial index as GDAL's trigger fills it: the row's fid and its XY box
            boxes = [
                (self.count + i + 1, b[0], b[2], b[1], b[3]) for i, b in zip(present, bounds.tolist(), strict=True)
            ]
            self._extend(bounds)
        self.db.executemany(self.insert, rows)
        if self.spatial and boxes:
            self.db.executemany(f'INSERT INTO "rtree_{self.table}_geom" VALUES (?, ?, ?, ?, ?)', boxes)
        self.count += len(rows)
        return None

    def _extend(self, bounds: np.ndarray) -> None:
        if not len(bounds):
            return
        low, high = bounds[:, :2].min(axis=0).tolist(), bounds[:, 2:].max(axis=0).tolist()
        if self.extent is None:
            self.extent = [*low, *high]
        else:
            e = self.extent
            self.extent = [min(e[0], low[0]), min(e[1], low[1]), max(e[2], high[0]), max(e[3], high[1])]

    def finish(self) -> None:
        """The spatial index, feature count, extent and Z flag GDAL keeps for a table it wrote; its triggers back."""
        if self.count:
            last = self.db.execute(f'SELECT max(fid), count(*) FROM "{self.table}"').fetchone()
            if tuple(last) != (self.count, self.count):  # the boxes are numbered as the rows were inserted
                raise sqlite3.DatabaseError(f"{self.table}: rows numbered {last}, {self.count} written")
        record_table(self.db, self.table, self.count or None, self.extent, self.has_z)
        for _name, sql in self.triggers:
            self.db.execute(sql)


def record_table(
    db: sqlite3.Connection, table: str, count: int | None, extent: Sequence[float] | None, has_z: bool
) -> None:
    """What GDAL keeps about a table it wrote: the feature count (left as it is for ``None``), the extent
    (min x, min y, max x, max y; none for ``None``) and the Z flag (2 = "Z optional": 3D and 2D
    geometries both keep their dimension, as :mod:`plu_model.geopackage` marks a table with a 3D one)."""
    if count is not None:
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (count, table))
    if extent is not None:
        db.execute(
            "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
            (*extent, table),
        )
    if has_z:
        db.execute("UPDATE gpkg_geometry_columns SET z = 2 WHERE table_name = ?", (table,))


def set_aside_triggers(db: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """Drop GDAL's triggers on inserting into ``table`` (spatial index, feature count) and return them (name,
    SQL) to be run again after the load: the index's need GDAL's SQL functions, and a bulk load does their
    work in one go."""
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        (f"rtree_{table}_geom_insert", f"trigger_insert_feature_count_{table}"),
    ).fetchall()
    for name, _sql in triggers:
        db.execute(f'DROP TRIGGER "{name}"')
    return triggers
