"""The ``gml:posList`` texts of many polygons at once, formatted as the GML writer formats them.

Orienting, taking apart and reading the coordinates of one small polygon costs a dozen
shapely calls, more than writing its XML; a batch of a few hundred features takes the
same calls once.  The text is the writer's own: ``repr`` of each coordinate, axes in
the CRS's order, exterior rings counter-clockwise and interior rings clockwise.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import shapely
import shapely.errors
from shapely.geometry.base import BaseGeometry

__all__ = ["polygon_rings"]


def polygon_rings(geoms: Sequence[BaseGeometry], swap: bool) -> list[list[list[str]] | None]:
    """For each 2D (Multi)Polygon: its oriented polygons, each a list of ring texts (exterior first).

    ``None`` for a geometry left to the one-at-a-time writer: 3D, empty, with an empty part
    or a coordinate that is not finite (the writer refuses it with its own message).
    """
    result: list[list[list[str]] | None] = [None] * len(geoms)
    arr = np.empty(len(geoms), dtype=object)
    arr[:] = list(geoms)
    chosen = np.flatnonzero(~shapely.has_z(arr) & ~shapely.is_empty(arr))
    points, owner = shapely.get_coordinates(arr[chosen], return_index=True)
    chosen = np.delete(chosen, np.unique(owner[~np.isfinite(points).all(axis=1)]))
    if not len(chosen):
        return result
    try:
        oriented = shapely.orient_polygons(arr[chosen], exterior_cw=False)
        parts, part_of = shapely.get_parts(oriented, return_index=True)
        rings, ring_of = shapely.get_rings(parts, return_index=True)
    except shapely.errors.GEOSException:
        return result
    sizes = shapely.get_num_coordinates(rings)
    coords = shapely.get_coordinates(rings)
    refused = set(part_of[shapely.is_empty(parts)].tolist())
    if swap:
        coords = coords[:, ::-1]
    texts = list(map(repr, coords.ravel().tolist()))
    ends = (np.cumsum(sizes) * 2).tolist()
    polygons: list[list[str]] = [[] for _ in range(len(parts))]
    start = 0
    for ring_part, end in zip(ring_of.tolist(), ends, strict=True):
        polygons[ring_part].append(" ".join(texts[start:end]))
        start = end
    grouped: list[list[list[str]]] = [[] for _ in range(len(chosen))]
    for polygon, geom in zip(polygons, part_of.tolist(), strict=True):
        grouped[geom].append(polygon)
    for k, i in enumerate(chosen.tolist()):
        if k not in refused:
            result[i] = grouped[k]
    return result
