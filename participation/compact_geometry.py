"""The viewer's geometries as one short string: what lets a 100 000-zone plan open in a browser.

A GeoJSON copy of a city-wide plan is tens of megabytes of text that a browser
must parse before it draws anything.  The package holds the geometries once, in
this encoding, and ``viewer/app.js`` decodes them straight into OpenLayers
geometries (and builds the GeoJSON download from them on request).

The encoding, read by ``decodeGeometries`` in ``viewer/app.js``:

* coordinates in WGS 84 (longitude, latitude) as integers of 1e-7 degree
  (:data:`SCALE`), exactly the 7 decimals the GeoJSON exporter writes
  (``exporters.geojson_.PRECISION``); 1e-7 degree is at most 1.1 cm;
* every coordinate written as the difference from the one before it (across
  features, so neighbouring zones stay small numbers), zigzag-coded;
* each geometry as a type code (:data:`TYPES`), then its part and vertex counts
  in GeoJSON nesting order, each count followed by what it counts;
* all numbers as LEB128 varints (7 bits a byte), the bytes as base64.
"""

from __future__ import annotations

import base64
from collections.abc import Iterable
from typing import Any

import numpy as np

__all__ = ["SCALE", "TYPES", "encode_geometries"]

#: Coordinates are stored as round(degrees × SCALE).
SCALE = 10_000_000
#: Type codes; 0 is a feature without geometry.
TYPES = {
    "Point": 1,
    "LineString": 2,
    "Polygon": 3,
    "MultiPoint": 4,
    "MultiLineString": 5,
    "MultiPolygon": 6,
    "GeometryCollection": 7,
}
#: How deep the coordinate lists of each type nest (0: one position).
_DEPTH = {"Point": 0, "LineString": 1, "MultiPoint": 1, "Polygon": 2, "MultiLineString": 2, "MultiPolygon": 3}


class _Stream:
    """Numbers in stream order: counts as they are, coordinates as zigzag deltas."""

    def __init__(self) -> None:
        self.values: list[int] = []
        self.last = [0, 0]
        self.low = [float("inf"), float("inf")]
        self.high = [float("-inf"), float("-inf")]

    def position(self, pos: Any) -> None:
        for axis in (0, 1):
            q = round(float(pos[axis]) * SCALE)
            delta = q - self.last[axis]
            self.last[axis] = q
            self.values.append(delta * 2 if delta >= 0 else -delta * 2 - 1)
            self.low[axis] = min(self.low[axis], q)
            self.high[axis] = max(self.high[axis], q)

    def nested(self, coords: Any, depth: int) -> None:
        if depth == 0:
            self.position(coords)
            return
        self.values.append(len(coords))
        for c in coords:
            self.nested(c, depth - 1)

    def geometry(self, geom: dict[str, Any] | None) -> None:
        if geom is None:
            self.values.append(0)
            return
        kind = geom["type"]
        self.values.append(TYPES[kind])
        if kind == "GeometryCollection":
            self.values.append(len(geom["geometries"]))
            for g in geom["geometries"]:
                self.geometry(g)
        else:
            self.nested(geom["coordinates"], _DEPTH[kind])


def _varints(values: list[int]) -> bytes:
    """LEB128 of non-negative integers (vectorised: a city plan has millions of them)."""
    v = np.asarray(values, dtype=np.uint64)
    if not len(v):
        return b""
    sizes = np.ones(len(v), dtype=np.int64)
    for k in range(1, 10):
        sizes += v >= np.uint64(1 << (7 * k))
    starts = np.cumsum(sizes) - sizes
    out = np.zeros(int(sizes.sum()), dtype=np.uint8)
    for k in range(int(sizes.max())):
        here = sizes > k
        byte = (v[here] >> np.uint64(7 * k)) & np.uint64(0x7F)
        more = np.where(sizes[here] > k + 1, 0x80, 0).astype(np.uint64)
        out[starts[here] + k] = (byte | more).astype(np.uint8)
    return out.tobytes()


def encode_geometries(
    geometries: Iterable[dict[str, Any] | None],
) -> tuple[str, tuple[float, float, float, float] | None]:
    """GeoJSON geometries (WGS 84) as one base64 string, and their bounding box in degrees (``None``: none)."""
    stream = _Stream()
    for g in geometries:
        stream.geometry(g)
    text = base64.b64encode(_varints(stream.values)).decode("ascii")
    if stream.low[0] == float("inf"):
        return text, None
    return text, (stream.low[0] / SCALE, stream.low[1] / SCALE, stream.high[0] / SCALE, stream.high[1] / SCALE)
