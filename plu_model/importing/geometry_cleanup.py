"""Geometry clean-up on the way into a plan: curves, dimensions, line work, validity, CRS, multiparts.

Source geometries come from OGR in whatever shape the source keeps them: arcs
and curve polygons (CAD, GeoPackage, PostGIS), closed polylines standing for
areas (CAD), 3D coordinates with Z = 0, self-intersecting rings, several parts.
:class:`GeometryCleaner` turns each into what the PLU class needs and says what
it changed, so the import report can list it; it never drops a geometry
without a reason.

Curves are linearised so that no point of the chord strays more than the
stated tolerance from the true arc, for any radius: GDAL is asked for at most
one degree per step *and* at most ``8·t/θ`` between points, which bounds the
sagitta by ``t`` (see :func:`arc_options`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import shapely
from osgeo import gdal, ogr, osr
from shapely.geometry import GeometryCollection, LineString, MultiLineString, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from plu_model.crs import is_geographic, reproject
from plu_model.errors import PluInputError

__all__ = ["CleanResult", "GeometryCleaner", "arc_options", "linearisation_settings", "plausible_bounds",
           "polygonize_lines"]

ogr.UseExceptions()
osr.UseExceptions()

#: Largest angle per step of a linearised arc, in degrees.
ARC_STEP_DEGREES = 1.0
#: Metres per degree along a meridian, to state a tolerance for geographic sources.
_METRES_PER_DEGREE = 111_320.0
_AREA_CLASSES = {"ZoningElement", "SpatialPlan"}
_POINT_IN_REASON = re.compile(r"\[\s*(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)")
#: Degrees added on every side of a CRS's area of use before a coordinate counts as out of range.
AREA_MARGIN_DEGREES = 5.0


@lru_cache(maxsize=64)
def plausible_bounds(epsg: int) -> tuple[float, float, float, float] | None:
    """Where coordinates of ``epsg`` can lie: its area of use widened by :data:`AREA_MARGIN_DEGREES`, in its own units.

    A coordinate far outside (a vertex typed with three extra digits, 1e300 from a
    broken export, latitude and longitude swapped) would stretch the plan's extent
    across the globe; the importer skips such a feature and says which coordinate.
    None when the CRS states no usable area.
    """
    srs = osr.SpatialReference()
    try:
        srs.ImportFromEPSG(epsg)
        area = srs.GetAreaOfUse()
    except RuntimeError:
        return None
    if area is None or area.west_lon_degree > area.east_lon_degree:  # unknown, or across the antimeridian
        return None
    m = AREA_MARGIN_DEGREES
    west, south = max(area.west_lon_degree - m, -180.0), max(area.south_lat_degree - m, -90.0)
    east, north = min(area.east_lon_degree + m, 180.0), min(area.north_lat_degree + m, 90.0)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if srs.IsGeographic():
        return (west, south, east, north)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    try:
        bounds = osr.CoordinateTransformation(wgs84, srs).TransformBounds(west, south, east, north, 21)
    except RuntimeError:
        return None
    return tuple(bounds) if all(math.isfinite(b) for b in bounds) else None  # type: ignore[return-value]


def _first_outside(coords: np.ndarray, bounds: tuple[float, float, float, float]) -> int | None:
    minx, miny, maxx, maxy = bounds
    x, y = coords[:, 0], coords[:, 1]
    outside = np.flatnonzero((x < minx) | (x > maxx) | (y < miny) | (y > maxy))
    return int(outside[0]) if outside.size else None


def arc_options(tolerance: float) -> dict[str, str]:
    """GDAL configuration that bounds the chord error of any arc by ``tolerance`` (CRS units).

    With angle step θ and largest gap g, the sagitta of an arc of radius r is at
    most min(r·θ²/8, g²/(8r)), whose maximum over r is θ·g/8; so g = 8·t/θ.
    """
    theta = math.radians(ARC_STEP_DEGREES)
    return {"OGR_ARC_STEPSIZE": str(ARC_STEP_DEGREES), "OGR_ARC_MAX_GAP": repr(8.0 * tolerance / theta)}


@contextmanager
def linearisation_settings(tolerance: float) -> Iterator[None]:
    """Apply :func:`arc_options` for this thread while a source is read (drivers linearise as they read)."""
    options = arc_options(tolerance)
    before = {k: gdal.GetThreadLocalConfigOption(k, None) for k in options}
    for key, value in options.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        yield
    finally:
        for key, value in before.items():
            gdal.SetThreadLocalConfigOption(key, value)


@dataclass
class CleanResult:
    """What became of one source geometry.

    ``geometries`` is empty when the feature cannot be used; ``skip`` then says
    why (a key of :data:`plu_model.importing.report.SKIP_REASONS`) and
    ``detail`` adds the specifics.  ``notes`` are the changes made (rule, detail,
    location) for the report; a note that counts (a tolerance) has the number as its detail.
    """

    geometries: list[BaseGeometry] = field(default_factory=list)
    skip: str | None = None
    detail: str = ""
    notes: list[tuple[str, str | float, BaseGeometry | None]] = field(default_factory=list)


class GeometryCleaner:
    """Prepare geometries of one source layer for one PLU class.

    Parameters
    ----------
    target_class
        ``ZoningElement`` and ``SpatialPlan`` need areas; ``SupplementaryRegulation``
        takes points, lines or areas.
    source_epsg, target_epsg
        CRS of the source and of the plan.
    tolerance
        Curve tolerance in metres.
    invalid
        ``repair`` (make valid, report), ``keep`` (report as an error) or ``skip``.
    multipart
        ``keep`` one feature per source feature, or ``split`` into one per part.
    keep_z
        Keep Z coordinates (default: drop them; zoning is two-dimensional).
    """

    def __init__(
        self,
        target_class: str,
        source_epsg: int,
        target_epsg: int,
        tolerance: float = 0.01,
        invalid: str = "repair",
        multipart: str = "keep",
        keep_z: bool = False,
    ):
        self.target_class = target_class
        self.source_epsg = source_epsg
        self.target_epsg = target_epsg
        self.invalid = invalid
        self.multipart = multipart
        self.keep_z = keep_z
        self.tolerance = tolerance / _METRES_PER_DEGREE if is_geographic(source_epsg) else tolerance

    @property
    def wants_area(self) -> bool:
        return self.target_class in _AREA_CLASSES

    # -- entry points ------------------------------------------------------------
    def from_ogr(self, geom: ogr.Geometry | None, source_text: str | None = None) -> CleanResult:
        """Clean an OGR geometry read from the source (``source_text``: what a reader could not make one of)."""
        if geom is None:
            if source_text:
                detail = f"{source_text[:80]!r}" + ("…" if len(source_text) > 80 else "")
                return CleanResult(skip="BAD_GEOMETRY", detail=detail, notes=[("IMPORT.BAD_GEOMETRY", detail, None)])
            return CleanResult(skip="NO_GEOMETRY")
        result = CleanResult()
        if geom.HasCurveGeometry():
            with linearisation_settings(self.tolerance):
                geom = geom.GetLinearGeometry(ARC_STEP_DEGREES)
            result.notes.append(("IMPORT.CURVES_LINEARISED", self.tolerance, None))
        if geom.IsMeasured():
            geom = geom.Clone()
            geom.SetMeasured(False)
            result.notes.append(("IMPORT.M_DROPPED", "", None))
        try:
            with np.errstate(invalid="ignore"):  # a NaN coordinate is a finding below, not numpy's warning
                shape = shapely.from_wkb(bytes(geom.ExportToIsoWkb()))
        except shapely.errors.GEOSException as exc:
            shape = self._closed_rings(geom, result)
            if shape is None:
                detail = str(exc)
                return CleanResult(skip="BAD_GEOMETRY", detail=detail, notes=[("IMPORT.BAD_GEOMETRY", detail, None)])
        x0, x1, y0, y1 = geom.GetEnvelope()  # cheaper here than from shapely, for the range check
        return self.clean(shape, result, (x0, y0, x1, y1))

    def _closed_rings(self, geom: ogr.Geometry, result: CleanResult) -> BaseGeometry | None:
        """A polygon whose rings do not end where they start (hand-made GeoJSON), closed, or None."""
        closed = geom.Clone()
        closed.CloseRings()
        try:
            shape = shapely.from_wkb(bytes(closed.ExportToIsoWkb()))
        except shapely.errors.GEOSException:
            return None
        result.notes.append(("IMPORT.RINGS_CLOSED", "", self._in_plan_crs(shapely.force_2d(shape).representative_point())
                             if np.isfinite(shapely.get_coordinates(shape)).all() else None))
        return shape

    def clean(self, shape: BaseGeometry | None, result: CleanResult | None = None,
              envelope: tuple[float, float, float, float] | None = None) -> CleanResult:
        """Clean a shapely geometry in the source CRS (``envelope``: its bounds, when already known)."""
        result = result or CleanResult()
        if shape is None:
            result.skip = "NO_GEOMETRY"
            return result
        if shape.is_empty:
            result.skip = "EMPTY_GEOMETRY"
            return result
        if shapely.has_z(shape) and not self.keep_z:
            shape = shapely.force_2d(shape)
            result.notes.append(("IMPORT.Z_DROPPED", "", None))
        if not self._in_range(shape, result, envelope=envelope):
            return result
        if self.wants_area:
            shape = self._as_area(shape, result)
            if shape is None:
                return result
        shape = self._validity(shape, result)
        if shape is None:
            return result
        if self.source_epsg != self.target_epsg:
            try:
                projected = reproject(shape, self.source_epsg, self.target_epsg)
            except PluInputError as exc:  # PROJ refuses a point of this one feature
                result.skip, result.detail = "OUT_OF_RANGE", str(exc)
                result.notes.append(("IMPORT.OUT_OF_RANGE", result.detail, None))
                return result
            if not self._in_range(projected, result, self.target_epsg, source_shape=shape):
                return result
            shape = projected
        parts = self._parts(shape, result)
        result.geometries = parts
        return result

    # -- steps -------------------------------------------------------------------
    def _in_range(self, shape: BaseGeometry, result: CleanResult, epsg: int | None = None,
                  source_shape: BaseGeometry | None = None,
                  envelope: tuple[float, float, float, float] | None = None) -> bool:
        """False (and the feature skipped, the coordinate named) when a coordinate is not a number or far off.

        Checked in the source CRS and, after reprojection (``source_shape`` given), in the plan's.
        """
        epsg = epsg or self.source_epsg
        bounds = plausible_bounds(epsg)
        x0, y0, x1, y1 = envelope or shapely.bounds(shape).tolist()  # NaN is left to _validity
        if bounds is not None and x0 >= bounds[0] and y0 >= bounds[1] and x1 <= bounds[2] and y1 <= bounds[3]:
            return True
        coords = shapely.get_coordinates(shape)
        if not np.isfinite(coords).all():
            result.skip = "BAD_GEOMETRY"
            result.detail = "coordinates that are not numbers (NaN, infinity)"
            result.notes.append(("IMPORT.BAD_GEOMETRY", result.detail, None))
            return False
        at = _first_outside(coords, bounds) if bounds is not None else None
        if at is None:
            return True
        x, y = coords[at]
        detail = f"({x:.10g} {y:.10g}) EPSG:{epsg}"
        if source_shape is None:
            swapped = coords[:, ::-1]
        else:
            flipped = shapely.transform(source_shape, lambda c: c[:, ::-1])
            try:
                swapped = shapely.get_coordinates(reproject(flipped, self.source_epsg, epsg))
            except PluInputError:
                swapped = np.full((1, 2), np.nan)
        if np.isfinite(swapped).all() and _first_outside(swapped, bounds) is None:  # type: ignore[arg-type]
            detail += "; with x and y swapped it would fit: latitude/longitude order?"
        result.skip = "OUT_OF_RANGE"
        result.detail = detail
        result.notes.append(("IMPORT.OUT_OF_RANGE", detail, None))
        return False

    def _as_area(self, shape: BaseGeometry, result: CleanResult) -> BaseGeometry | None:
        polygons: list[Polygon] = []
        closed = 0
        others: list[str] = []
        for part in _flatten(shape):
            if isinstance(part, Polygon):
                polygons.append(part)
            elif isinstance(part, LineString) and part.is_closed and len(part.coords) >= 4:
                polygons.append(Polygon(part.coords))
                closed += 1
            else:
                others.append(part.geom_type + ("" if not isinstance(part, LineString) else " (open)"))
        if closed:
            result.notes.append(("IMPORT.LINES_CLOSED", str(closed), None))
        if not polygons:
            result.skip = "NOT_AN_AREA"
            result.detail = ", ".join(sorted(set(others)))
            return None
        if others:
            result.notes.append(("IMPORT.PARTS_DROPPED", ", ".join(sorted(set(others))), self._in_plan_crs(shape)))
        return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)

    def _validity(self, shape: BaseGeometry, result: CleanResult) -> BaseGeometry | None:
        if shape.is_valid:
            return shape
        reason = shapely.is_valid_reason(shape)
        if reason.startswith("Invalid Coordinate"):  # NaN: nothing to repair, nowhere to place it
            result.skip = "BAD_GEOMETRY"
            result.detail = "coordinates that are not numbers (NaN, infinity)"
            result.notes.append(("IMPORT.BAD_GEOMETRY", result.detail, None))
            return None
        where = self._in_plan_crs(_reason_point(reason) or shape.representative_point())
        if self.invalid == "skip":
            result.skip = "INVALID_GEOMETRY"
            result.detail = reason
            result.notes.append(("IMPORT.GEOMETRY_INVALID_SKIPPED", reason, where))
            return None
        if self.invalid == "keep":
            result.notes.append(("IMPORT.GEOMETRY_INVALID_KEPT", reason, where))
            return shape
        repaired = shapely.make_valid(shape, method="structure", keep_collapsed=False)
        if self.wants_area:
            repaired = _polygonal(repaired)
            if repaired is None or repaired.is_empty:
                result.skip = "INVALID_GEOMETRY"
                result.detail = f"{reason}; nothing of the area is left after repair"
                result.notes.append(("IMPORT.GEOMETRY_INVALID_SKIPPED", result.detail, where))
                return None
        change = ""
        if shape.area > 0:
            change = f"; area {shape.area:.2f} → {repaired.area:.2f}"
        result.notes.append(("IMPORT.GEOMETRY_REPAIRED", reason + change, where))
        return repaired

    def _in_plan_crs(self, shape: BaseGeometry) -> BaseGeometry:
        """Locations in findings are in the plan's CRS, where the GUI shows them."""
        return reproject(shape, self.source_epsg, self.target_epsg)

    def _parts(self, shape: BaseGeometry, result: CleanResult) -> list[BaseGeometry]:
        if self.multipart == "split" and hasattr(shape, "geoms") and len(shape.geoms) > 1:
            parts = list(shape.geoms)
            result.notes.append(("IMPORT.MULTIPART_SPLIT", str(len(parts)), None))
            return [MultiPolygon([p]) if self.wants_area else p for p in parts]
        if self.wants_area and isinstance(shape, Polygon):
            shape = MultiPolygon([shape])
        return [shape]


def polygonize_lines(shapes: list[BaseGeometry]) -> list[Polygon]:
    """Faces of a line network (CAD drawings draw zone borders as separate lines).

    The lines are noded first, so crossing and touching lines close faces; faces
    inside faces (holes) come out as their own polygons.
    """
    lines = [p for s in shapes for p in _flatten(s) if isinstance(p, LineString)]
    if not lines:
        return []
    noded = shapely.union_all(shapely.force_2d(MultiLineString(lines)))
    return [p for p in shapely.get_parts(shapely.polygonize([noded]))]


def _flatten(shape: BaseGeometry) -> list[BaseGeometry]:
    if isinstance(shape, (GeometryCollection,)) or hasattr(shape, "geoms"):
        return [p for g in shape.geoms for p in _flatten(g)]
    return [shape]


def _polygonal(shape: BaseGeometry) -> BaseGeometry | None:
    polys = [p for p in _flatten(shape) if isinstance(p, Polygon) and not p.is_empty]
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def _reason_point(reason: str) -> BaseGeometry | None:
    m = _POINT_IN_REASON.search(reason)
    if not m:
        return None
    try:
        return shapely.Point(float(m.group(1)), float(m.group(2)))
    except ValueError:
        return None
