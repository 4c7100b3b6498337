"""A version's rows written as a plan file with SQLite directly: opening a big plan in the desktop.

GDAL creates the empty plan file (tables, columns, spatial indexes, the file's metadata);
the rows then go in with one ``executemany`` per table, and each spatial index is packed in one go
(:mod:`plu_model.gpkg_rtree`). PostgreSQL takes each plan-file
column out of ``row_data`` (one ``jsonb_to_record`` per row) and the geometry's envelope out of the geometry, so Python
only packs each geometry's GeoPackage header: no JSON decoding and no OGR call per value.
The file holds the same rows, values and geometry bytes as :func:`plu_model.geopackage.write_plan_rows`
writes from the same rows (a test compares them table by table).
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from osgeo import ogr

from plu_model.geopackage import LAYER_NAMES, columns_of, write_plan_rows
from plu_model.gpkg_bulk import record_table, set_aside_triggers
from plu_model.gpkg_rtree import pack_rtree
from plu_model.progress import Progress

__all__ = ["OverlayOf", "write_rows_fast"]

#: ``(class, localId)`` → what to change in that row (the register's lifecycle), or None to keep it as stored
OverlayOf = Callable[[str, str], Callable[[dict[str, Any]], dict[str, Any]] | None]

_SELECT = (
    "SELECT f.local_id, f.id, f.lock_version, {columns}, ST_AsBinary(f.geom), ST_XMin(f.geom), "
    "ST_XMax(f.geom), ST_YMin(f.geom), ST_YMax(f.geom), ST_ZMin(f.geom), ST_ZMax(f.geom), ST_NDims(f.geom), "
    "GeometryType(f.geom) = 'POINT' FROM feature f, jsonb_to_record(f.row_data) AS r({names}) "
    "WHERE f.version_pk = %s AND f.class = %s ORDER BY f.ord"
)
_FIXED = 3  # local_id, id, lock_version before the plan-file columns
_BATCH = 5000


def _column_sql(name: str, ftype: int, subtype: int) -> str:
    """How PostgreSQL hands over one plan-file column: text, or 0/1 for a boolean (as OGR writes it)."""
    if ftype == ogr.OFTInteger and subtype == ogr.OFSTBoolean:
        return f"CASE r.\"{name}\" WHEN 'true' THEN 1 WHEN 'false' THEN 0 ELSE r.\"{name}\"::numeric::int END"
    return f'r."{name}"'


# the GeoPackage geometry header GDAL writes: little-endian, no envelope for a point, else XY or XYZ
_POINT = struct.Struct("<2sBBi")
_XY = struct.Struct("<2sBBi4d")
_XYZ = struct.Struct("<2sBBi6d")


class _Table:
    """One class's table: its rows as SQLite parameters, and what the GeoPackage keeps about them."""

    def __init__(self, class_name: str, srid: int):
        self.class_name = class_name
        self.table = LAYER_NAMES[class_name]
        self.columns = [name for name, _t, _s in columns_of(class_name)]
        self.types = [(t, s) for _n, t, s in columns_of(class_name)]
        self.srid = srid
        self.spatial = class_name != "OfficialDocumentation"
        self.boxes: list[tuple[int, float, float, float, float]] = []
        self.has_z = False
        self.count = 0

    def select(self) -> str:
        """One ``jsonb_to_record`` per row: its ``row_data`` is read (and decompressed) once, not per column."""
        exprs = [
            _column_sql(name, ftype, subtype) for name, (ftype, subtype) in zip(self.columns, self.types, strict=True)
        ]
        names = ", ".join(f'"{name}" text' for name in self.columns)
        return _SELECT.format(columns=", ".join(exprs), names=names)

    def insert_sql(self) -> str:
        names = (["geom"] if self.spatial else []) + self.columns
        quoted = ", ".join(f'"{n}"' for n in names)
        return f'INSERT INTO "{self.table}" ({quoted}) VALUES ({", ".join("?" * len(names))})'

    def values(self, record: tuple[Any, ...], overlay: Callable[[dict[str, Any]], dict[str, Any]] | None) -> tuple:
        """One row's SQLite parameters (run per feature: kept to tuple slices and one header)."""
        n = len(self.columns)
        cols = record[_FIXED : _FIXED + n]
        if overlay is not None:
            row = overlay(dict(zip(self.columns, cols, strict=True)))
            cols = tuple(row.get(name) for name in self.columns)
        self.count += 1
        if not self.spatial:
            return cols
        wkb, xmin, xmax, ymin, ymax, zmin, zmax, dims, point = record[_FIXED + n :]
        if wkb is None:
            return (None, *cols)
        if point:
            head = _POINT.pack(b"GP", 0, 1, self.srid)
        elif dims >= 3 and zmin is not None:
            head = _XYZ.pack(b"GP", 0, 1 | (2 << 1), self.srid, xmin, xmax, ymin, ymax, zmin, zmax)
        else:
            head = _XY.pack(b"GP", 0, 1 | (1 << 1), self.srid, xmin, xmax, ymin, ymax)
        if dims >= 3:
            self.has_z = True
        if xmin is not None:  # an empty geometry has no box, and GDAL's trigger leaves it out of the index
            self.boxes.append((self.count, xmin, xmax, ymin, ymax))
        return (head + wkb, *cols)


def _finish_table(db: sqlite3.Connection, t: _Table) -> None:
    """The spatial index (packed in one go), feature count, extent and Z flag that GDAL keeps for a table it wrote."""
    extent = None
    if t.spatial and t.boxes:
        pack_rtree(db, f"rtree_{t.table}_geom", t.boxes)
        extent = (
            min(b[1] for b in t.boxes),
            min(b[3] for b in t.boxes),
            max(b[2] for b in t.boxes),
            max(b[4] for b in t.boxes),
        )
    record_table(db, t.table, t.count, extent, t.has_z and t.spatial and bool(t.boxes))


def write_rows_fast(
    cur: Any,
    version_pk: int,
    path: str | Path,
    *,
    crs: int,
    dataset_id: Any,
    metadata: dict[str, str],
    overlay_of: OverlayOf,
    kept: list[tuple[Any, ...]],
    progress: Progress | None = None,
) -> Path:
    """Write a version's rows as a plan file at ``path``; append (localId, key, lock, class, None, None) to ``kept``.

    ``overlay_of`` says which rows the register's lifecycle changes (the plan, features whose
    lifespan ended): only those are made into a mapping and back. ``progress`` counts the rows
    (and stops the copy when cancelled: the file is then deleted).
    """
    dest = Path(path)
    write_plan_rows(dest, iter(()), crs=crs, dataset_id=dataset_id, metadata=metadata)
    db = sqlite3.connect(dest)
    try:
        # a new file that is deleted if anything fails: no journal, no waiting for the disk
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -65536")
        cur.execute("SET LOCAL enable_bitmapscan = off")  # the rows in ord through (version_pk, class, ord): no sort
        cur.execute("SET LOCAL jit = off")  # compiling the per-row expressions costs more than it saves here
        for class_name in LAYER_NAMES:
            t = _Table(class_name, crs)
            triggers = set_aside_triggers(db, t.table)
            db.executemany(t.insert_sql(), _records(cur, version_pk, t, overlay_of, kept, progress))
            _finish_table(db, t)
            for _name, sql in triggers:
                db.execute(sql)
        db.commit()
    except BaseException:
        db.close()
        dest.unlink(missing_ok=True)
        raise
    db.close()
    return dest


def _records(
    cur: Any,
    version_pk: int,
    t: _Table,
    overlay_of: OverlayOf,
    kept: list[tuple[Any, ...]],
    progress: Progress | None = None,
) -> Iterator[list[Any]]:
    stream = cur.connection.cursor(name=f"plu_open_{version_pk}_{t.table}")
    try:
        stream.execute(t.select(), (version_pk, t.class_name))
        for batch in _fetched_ahead(stream):
            if progress is not None:
                progress.step(len(batch))
                progress.check()  # every batch, however few rows it has
            for record in batch:
                kept.append((record[0], record[1], record[2], t.class_name, None, None))
                yield t.values(record, overlay_of(t.class_name, record[0]))
    finally:
        stream.close()


def _fetched_ahead(stream: Any) -> Iterator[list[tuple[Any, ...]]]:
    """The cursor's rows a batch at a time, the next batch fetched in a second thread while SQLite stores this one
    (both let go of the GIL while they wait on the server or the disk)."""
    import queue
    import threading

    batches: queue.Queue[Any] = queue.Queue(maxsize=2)
    stop = threading.Event()

    def fetch() -> None:
        try:
            while not stop.is_set():
                batch = stream.fetchmany(_BATCH)
                batches.put(batch)
                if not batch:
                    return
        except BaseException as exc:  # raised again in the reading thread
            batches.put(exc)

    worker = threading.Thread(target=fetch, name="plu-open-fetch", daemon=True)
    worker.start()
    try:
        while True:
            batch = batches.get()
            if isinstance(batch, BaseException):
                raise batch
            if not batch:
                return
            yield batch
    finally:
        stop.set()
        while worker.is_alive():  # a failed insert stops reading: let the fetcher finish its batch
            try:
                batches.get(timeout=0.1)
            except queue.Empty:
                pass
