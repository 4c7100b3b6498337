"""Geometry rules: OGC validity with the exact place of the fault, repeated vertices, ring orientation.

GEOS reports the first fault of a geometry with its coordinates; the finding's
location is that point, so the GUI zooms right to it.  Unclosed and too-short
rings and non-finite coordinates in a GML file are reported by the reader from
the raw coordinates (shapely would hide them); for plan files they are checked
here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import shapely
import shapely.errors
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from plu_model.features import GEOMETRY_ATTRIBUTE as _GEOMETRY_ATTRIBUTE
from plu_model.features import Feature
from plu_model.findings import Finding
from plu_model.i18n import Joined, Text
from validators import fast_paths
from validators.context import FeatureInfo, RunContext
from validators.geometry_arrays import object_array
from validators.rules import make_finding

__all__ = ["GeometryChecks", "polygon_parts"]

_REASON = re.compile(r"^(?P<reason>[^\[]+?)\s*\[(?P<x>[-+0-9.eEinfINFnaN]+)\s+(?P<y>[-+0-9.eEinfINFnaN]+)")
_CODES = {
    "Self-intersection": "GEOM.SELF_INTERSECTION",
    "Ring Self-intersection": "GEOM.SELF_INTERSECTION",
    "Hole lies outside shell": "GEOM.HOLE_OUTSIDE_SHELL",
    "Holes are nested": "GEOM.NESTED_HOLES",
    "Interior is disconnected": "GEOM.DISCONNECTED_INTERIOR",
    "Nested shells": "GEOM.NESTED_SHELLS",
}
#: GEOS's reasons the catalogue translates (others are shown as GEOS words them)
_REASONS = {t.source: t for t in (
    Text("validators.geometry", "Self-intersection"),
    Text("validators.geometry", "Ring Self-intersection"),
    Text("validators.geometry", "Hole lies outside shell"),
    Text("validators.geometry", "Holes are nested"),
    Text("validators.geometry", "Interior is disconnected"),
    Text("validators.geometry", "Nested shells"),
    Text("validators.geometry", "Too few points in geometry component"),
    Text("validators.geometry", "Duplicate Rings"),
    Text("validators.geometry", "Ring is not closed"),
)}


@dataclass(frozen=True)
class _Reason:
    """Why GEOS finds a geometry invalid: lower-case in English, from the catalogue in Bulgarian."""

    text: str

    def say(self, language: str) -> str:
        if language != "bg":
            return self.text.lower()
        known = _REASONS.get(self.text)
        return known.say(language) if known else self.text
_SURFACE_CLASSES = ("ZoningElement", "SpatialPlan")
#: geometries checked together; findings about them come at most this many features late
BATCH = 500


def polygon_parts(geom: BaseGeometry) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    if isinstance(geom, MultiPolygon):
        return [p for p in geom.geoms if not p.is_empty]
    return []


def _sequences(geom: BaseGeometry) -> list[np.ndarray]:
    """Vertex sequences (rings and lines) of any geometry."""
    out: list[np.ndarray] = []
    for part in shapely.get_parts(geom):
        if isinstance(part, Polygon):
            out.extend(np.asarray(r.coords) for r in [part.exterior, *part.interiors])
        elif isinstance(part, LineString):
            out.append(np.asarray(part.coords))
    return out


class GeometryChecks:
    """GEOM.* and PITFALL.RING_ORIENTATION on each feature's geometry."""

    family = "geometry"

    def __init__(self, ctx: RunContext):
        self.ctx = ctx
        self.plan_source = ctx.kind == "plan"
        self.orientation = ctx.applies("PITFALL.RING_ORIENTATION")
        self.validity = ctx.options.checks(*set(_CODES.values()), "GEOM.INVALID")
        self.duplicates = ctx.applies("GEOM.DUPLICATE_VERTEX")
        self.batch: list[tuple[str, BaseGeometry, str, FeatureInfo]] = []  # class, geometry, attribute, place
        #: without :mod:`validators.fast_paths`: every geometry asked whether it is empty or repeats a vertex
        self.full = self.plan_source or not fast_paths.ENABLED
        self.prescreen = fast_paths.ENABLED
        #: the geometries GEOS found invalid, by ``id`` (held, so that no other object takes the id): every
        #: other geometry of the batches was found valid, which the topology rules need not ask again
        self.invalid: dict[int, BaseGeometry] = {}

    def feature(self, f: Feature, info: FeatureInfo) -> Iterable[Finding]:
        """Take the feature's geometry into the batch (the usual case: nothing to say yet)."""
        cls = f.class_name
        attr = _GEOMETRY_ATTRIBUTE.get(cls)
        if attr is None:
            return ()
        geom = getattr(f, attr)
        if geom is None or attr in info.unread:
            return ()  # the reader could not read it and said so
        # reading a GML file, the engine gives a non-empty geometry as the location (else None)
        if (self.full or geom is not info.location) and geom.is_empty:
            if self.ctx.applies("GEOM.EMPTY"):
                return (make_finding(
                    "GEOM.EMPTY",
                    Text("validators.geometry", "{class_name}.{attr} is empty", class_name=cls, attr=attr),
                    **info.where(attr, location=None),
                ),)
            return ()
        if cls in _SURFACE_CLASSES and not isinstance(geom, (Polygon, MultiPolygon)):
            if self.ctx.applies("GEOM.WRONG_TYPE"):
                return (make_finding(
                    "GEOM.WRONG_TYPE",
                    Text("validators.geometry", "{class_name}.{attr} is a {geom_type}; it must be a surface "
                                                "(gml:MultiSurface)",
                                                class_name=cls, attr=attr, geom_type=geom.geom_type),
                    **info.where(attr),
                ),)
            return ()
        info.attribute_lines.get(attr)  # looked up now: the batch reports after the element is freed
        self.batch.append((cls, geom, attr, info))  # not the feature: it is freed sooner
        if len(self.batch) >= BATCH:
            return list(self._flush())
        return ()

    def _flush(self) -> Iterator[Finding]:
        """The vectorised checks of a batch of geometries (GEOS loops in C, Python only where a fault is)."""
        batch, self.batch = self.batch, []
        if not batch:
            return
        geoms = object_array([b[1] for b in batch])
        coords, index = shapely.get_coordinates(geoms, return_index=True)
        bad_coords = np.bincount(index[~np.isfinite(coords).all(axis=1)], minlength=len(geoms)) > 0
        valid = shapely.is_valid(geoms)
        if not valid.all():
            for k in np.nonzero(~valid)[0]:
                self.invalid[id(geoms[k])] = geoms[k]
        repeated = np.zeros(len(geoms), dtype=bool)
        if self.duplicates:
            # a vertex repeated in a ring or line is the same coordinates twice in a row in ``coords``: only
            # geometries that show that somewhere (rings end to end included) are asked the exact question
            same = (coords[1:] == coords[:-1]).all(axis=1) & (index[1:] == index[:-1])
            asked = np.zeros(len(geoms), dtype=bool) if self.prescreen else np.ones(len(geoms), dtype=bool)
            asked[index[1:][same]] = True
            asked &= ~bad_coords  # NaN keeps rings from closing once repeats are taken out
            if asked.any():
                repeated[asked] = _repeats_a_vertex(geoms[asked])
        badly_oriented = self._orientations(geoms, valid & ~bad_coords) if self.orientation else None
        for k, (cls, geom, attr, info) in enumerate(batch):
            if bad_coords[k]:
                # in a GML file the reader reported it, with the line
                if self.plan_source and self.ctx.applies("GEOM.NON_FINITE"):
                    yield make_finding(
                        "GEOM.NON_FINITE",
                        Text("validators.geometry", "{class_name}.{attr} has NaN or infinite coordinates",
                                                    class_name=cls, attr=attr),
                        **info.where(attr, location=None),
                    )
                continue
            if self.validity and not valid[k]:
                yield from self._validity(cls, geom, attr, info)
            if repeated[k]:
                yield from self._duplicates(cls, geom, attr, info)
            if badly_oriented is not None and badly_oriented[k]:
                yield from self._orientation(cls, geom, attr, info)

    @staticmethod
    def _orientations(geoms: np.ndarray, usable: np.ndarray) -> np.ndarray:
        """Which geometries have a clockwise exterior or an anticlockwise hole (east right, north up)."""
        out = np.zeros(len(geoms), dtype=bool)
        polygonal = usable & np.isin(shapely.get_type_id(geoms), (3, 6))
        if not polygonal.any():
            return out
        which = np.nonzero(polygonal)[0]
        parts, owner = shapely.get_parts(geoms[which], return_index=True)
        ext_cw = ~shapely.is_ccw(shapely.get_exterior_ring(parts))
        out[which[owner[ext_cw]]] = True
        holed = shapely.get_num_interior_rings(parts) > 0
        for p, o in zip(parts[holed], owner[holed], strict=True):
            if any(shapely.is_ccw(r) for r in p.interiors):
                out[which[o]] = True
        return out

    def finish(self) -> Iterable[Finding]:
        return self._flush()

    def _validity(self, cls: str, geom: BaseGeometry, attr: str, info: FeatureInfo) -> Iterator[Finding]:
        reason = shapely.is_valid_reason(geom)
        m = _REASON.match(reason)
        text = m.group("reason") if m else reason
        if text == "Invalid Coordinate":
            return  # non-finite coordinates: reported as GEOM.NON_FINITE
        location: BaseGeometry | None = None
        said = Text("validators.geometry", "{class_name}.{attr} is invalid: {reason}", class_name=cls, attr=attr,
                    reason=_Reason(text))
        if m:
            x, y = float(m.group("x")), float(m.group("y"))
            location = Point(x, y)
            said = Text("validators.geometry", "{class_name}.{attr} is invalid: {reason} at ({x:.3f}, {y:.3f})",
                        class_name=cls, attr=attr, reason=_Reason(text), x=x, y=y)
        code = _CODES.get(text, "GEOM.INVALID")
        if not self.ctx.applies(code):
            return
        yield make_finding(
            code,
            said,
            fix="redraw the boundary so that it does not cross itself" if code == "GEOM.SELF_INTERSECTION" else None,
            **info.where(attr, location=location),
        )

    def _duplicates(self, cls: str, geom: BaseGeometry, attr: str, info: FeatureInfo) -> Iterator[Finding]:
        points = []
        for seq in _sequences(geom):
            xy = seq[:, :2]
            same = np.all(xy[1:] == xy[:-1], axis=1)
            points.extend(xy[1:][same])
        if not points:
            return
        x, y = points[0]
        more = Text("validators.geometry", " (and {n} more)", n=len(points) - 1) if len(points) > 1 else ""
        yield make_finding(
            "GEOM.DUPLICATE_VERTEX",
            Text("validators.geometry", "{class_name}.{attr} repeats a vertex at ({x:.3f}, {y:.3f}){more}", class_name=cls,
                 attr=attr, x=x, y=y, more=more),
            fix="plu fix --rule duplicate_vertices",
            **info.where(attr, location=Point(x, y) if len(points) == 1 else shapely.MultiPoint(points)),
        )

    def _orientation(self, cls: str, geom: BaseGeometry, attr: str, info: FeatureInfo) -> Iterator[Finding]:
        bad_ext = bad_int = 0
        for poly in polygon_parts(geom):
            if not shapely.is_ccw(poly.exterior):
                bad_ext += 1
            bad_int += sum(1 for r in poly.interiors if shapely.is_ccw(r))
        if bad_ext or bad_int:
            parts = []
            if bad_ext:
                parts.append(Text("validators.geometry", "{n} exterior ring runs clockwise",
                                                         plural="{n} exterior rings run clockwise", n=bad_ext))
            if bad_int:
                parts.append(Text("validators.geometry", "{n} interior ring runs anticlockwise",
                                                         plural="{n} interior rings run anticlockwise", n=bad_int))
            yield make_finding(
                "PITFALL.RING_ORIENTATION",
                Text("validators.geometry", "{class_name}.{attr}: {parts} (seen from above, east to the right); the INSPIRE validator "
                     "rejects this", class_name=cls, attr=attr,
                     parts=Joined(Text("validators.geometry", " and "), tuple(parts))),
                fix="plu fix --rule orient",
                **info.where(attr),
            )


def _repeats_a_vertex(geoms: np.ndarray) -> np.ndarray:
    """Which geometries have a vertex twice in a row (vectorised; one by one if GEOS refuses the batch).

    Taking the repeats out of a ring of three equal points leaves no ring, which
    GEOS refuses: such a geometry certainly repeats a vertex.
    """
    try:
        return shapely.get_num_coordinates(shapely.remove_repeated_points(geoms, 0.0)) < \
            shapely.get_num_coordinates(geoms)
    except shapely.errors.GEOSException:
        out = np.zeros(len(geoms), dtype=bool)
        for i, geom in enumerate(geoms):
            try:
                out[i] = shapely.get_num_coordinates(shapely.remove_repeated_points(geom, 0.0)) < \
                    shapely.get_num_coordinates(geom)
            except shapely.errors.GEOSException:
                out[i] = True
        return out
