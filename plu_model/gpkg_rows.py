"""Rows of a GeoPackage table read straight from SQLite, geometries decoded a batch at a time.

Reading a plan file through OGR costs a Python call per field and a WKB round trip per
geometry; reading the rows with :mod:`sqlite3` and decoding each batch of geometry blobs
with one vectorised :func:`shapely.from_wkb` makes ``plu convert plan.gpkg plan.gml``
several times cheaper.  A blob this reader does not decode with certainty (empty,
extended, damaged) is marked :data:`ASK_OGR`, and the caller reads that row through OGR
as before, so what such a row gives (or the message it raises) does not change.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

__all__ = ["ASK_OGR", "open_readonly", "table_rows"]

#: the geometry of a row whose blob only OGR should judge
ASK_OGR = object()

#: bytes of the envelope after the 8-byte GeoPackage header, by the flags' envelope code
_ENVELOPE = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
_BATCH = 2000


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates or changes anything in the file."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)


def _wkb_of(blob: Any) -> bytes | None:
    """The standard WKB inside a GeoPackage geometry blob, or ``None`` to leave the blob to OGR."""
    if not isinstance(blob, bytes) or len(blob) < 8 or blob[:2] != b"GP" or blob[2] != 0:
        return None
    flags = blob[3]
    if flags & 0x30:  # empty or extended GeoPackage geometry
        return None
    start = 8 + _ENVELOPE.get((flags >> 1) & 7, -1000)
    return blob[start:] if 8 <= start < len(blob) else None


def _geometries(blobs: list[Any]) -> list[Any]:
    """Each blob's geometry, ``None`` for no blob, :data:`ASK_OGR` where OGR must decide."""
    wkbs = [_wkb_of(b) if b is not None else None for b in blobs]
    todo = [i for i, w in enumerate(wkbs) if w is not None]
    out: list[Any] = [None if b is None else ASK_OGR for b in blobs]
    if todo:
        decoded = shapely.from_wkb(np.array([wkbs[i] for i in todo], dtype=object), on_invalid="ignore")
        for i, geom in zip(todo, decoded.tolist(), strict=True):
            out[i] = geom if isinstance(geom, BaseGeometry) else ASK_OGR
    return out


def table_rows(
    con: sqlite3.Connection, table: str, geometry_column: str | None
) -> Iterator[tuple[int, dict[str, Any], Any]]:
    """``(fid, columns, geometry)`` of every row, in the order OGR reads them (the table's)."""
    cur = con.execute(f'SELECT rowid AS "__fid", * FROM "{table}"')
    names = [d[0] for d in cur.description][1:]
    geo = names.index(geometry_column) + 1 if geometry_column in names else None
    while batch := cur.fetchmany(_BATCH):
        geoms = _geometries([r[geo] for r in batch]) if geo is not None else [None] * len(batch)
        for row, geom in zip(batch, geoms, strict=True):
            yield row[0], dict(zip(names, row[1:], strict=True)), geom
