"""Coordinate reference systems: names in GML, axis order and reprojection.

Inside the model every coordinate is *east, north* (x = easting or longitude).
GML written with an ``http://www.opengis.net/def/crs/EPSG/0/N`` name must follow
the axis order the EPSG registry gives that CRS: latitude first for EPSG:4258 and
northing first for Sofia's EPSG:7801 (BGS2005 / CCS2005).  This module knows which
CRSs those are, so the writer and reader can swap where needed.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import shapely
from osgeo import osr
from shapely.geometry.base import BaseGeometry

from plu_model.errors import PluInputError
from plu_model.i18n import Text

osr.UseExceptions()

__all__ = [
    "SrsName",
    "axis_swapped",
    "crs_name",
    "crs_uri",
    "is_known_crs",
    "parse_srs_name",
    "reproject",
]

_PATTERNS = (
    # (regex, whether coordinates follow the EPSG axis order)
    (re.compile(r"^https?://www\.opengis\.net/def/crs/EPSG/[^/]+/(\d+)$"), True),
    # the version is optional: GeoServer's WFS 1.1 answers write urn:x-ogc:def:crs:EPSG:25833
    (re.compile(r"^urn:ogc:def:crs:EPSG:(?:[^:]*:)?(\d+)$", re.I), True),
    (re.compile(r"^urn:x-ogc:def:crs:EPSG:(?:[^:]*:)?(\d+)$", re.I), True),
    (re.compile(r"^https?://www\.opengis\.net/gml/srs/epsg\.xml#(\d+)$"), False),
    (re.compile(r"^EPSG:(\d+)$", re.I), False),
)


class SrsName(tuple):
    """``(epsg, authority_order)`` parsed from an ``srsName``.

    ``authority_order`` is False for the legacy forms (``EPSG:4258``,
    ``…/epsg.xml#4258``) that by convention put easting/longitude first.
    """

    __slots__ = ()

    def __new__(cls, epsg: int, authority_order: bool) -> SrsName:
        return super().__new__(cls, (epsg, authority_order))

    @property
    def epsg(self) -> int:
        return self[0]

    @property
    def authority_order(self) -> bool:
        return self[1]


def crs_uri(epsg: int) -> str:
    """The http URI INSPIRE asks for in ``srsName``."""
    return f"http://www.opengis.net/def/crs/EPSG/0/{int(epsg)}"


@lru_cache(maxsize=256)
def parse_srs_name(text: str) -> SrsName:
    """Read an ``srsName`` in any of the common forms; raise :class:`PluInputError` if unknown.

    Cached: a plan repeats one or two srsNames on every geometry.
    """
    value = (text or "").strip()
    for pattern, authority in _PATTERNS:
        m = pattern.match(value)
        if m:
            return SrsName(int(m.group(1)), authority)
    raise PluInputError(
        Text("plu_model.crs", "unsupported srsName {text!r} (expected http://www.opengis.net/def/crs/EPSG/0/<code>)",
                              text=text),
    )


@lru_cache(maxsize=64)
def _srs(epsg: int) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    try:
        srs.ImportFromEPSG(int(epsg))
    except RuntimeError as exc:
        raise PluInputError(
            Text("plu_model.crs", "EPSG:{epsg} is not a coordinate reference system PROJ knows", epsg=epsg),
        ) from exc
    return srs


def is_known_crs(epsg: int) -> bool:
    try:
        _srs(epsg)
    except PluInputError:
        return False
    return True


@lru_cache(maxsize=64)
def axis_swapped(epsg: int) -> bool:
    """True where the EPSG axis order is north-first (lat/long or northing/easting)."""
    srs = _srs(epsg)
    return bool(srs.EPSGTreatsAsLatLong() or srs.EPSGTreatsAsNorthingEasting())


@lru_cache(maxsize=64)
def crs_name(epsg: int) -> str:
    return _srs(epsg).GetName()


@lru_cache(maxsize=64)
def crs_dimension(epsg: int) -> int:
    """2 or 3: how many coordinates a position in this CRS has."""
    return 3 if _srs(epsg).GetAxesCount() == 3 else 2


def is_geographic(epsg: int) -> bool:
    return bool(_srs(epsg).IsGeographic())


@lru_cache(maxsize=32)
def _transform(src: int, dst: int) -> osr.CoordinateTransformation:
    a, b = _srs(src).Clone(), _srs(dst).Clone()
    a.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    b.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(a, b)


@lru_cache(maxsize=64)
def area_of_use(epsg: int) -> tuple[float, float, float, float] | None:
    """Where the CRS is meant to be used, in its own coordinates (east, north: MINX, MINY, MAXX, MAXY); None when
    PROJ does not say. A box far beyond it (``-1e308 … 1e308``) has no outline in other CRSs."""
    area = _srs(epsg).GetAreaOfUse()
    if area is None:
        return None
    bounds = _transform(4326, epsg).TransformBounds(area.west_lon_degree, area.south_lat_degree,
                                                    area.east_lon_degree, area.north_lat_degree, 21)
    return (bounds[0], bounds[1], bounds[2], bounds[3])


def reproject(geometry: BaseGeometry, src: int, dst: int) -> BaseGeometry:
    """The geometry in another CRS (both in east, north order); Z is kept."""
    if src == dst or geometry is None or geometry.is_empty:
        return geometry
    ct = _transform(src, dst)
    has_z = shapely.has_z(geometry)

    def convert(coords: np.ndarray) -> np.ndarray:
        pts = ct.TransformPoints(coords.tolist())
        out = np.asarray(pts, dtype=float)
        return out[:, :3] if has_z else out[:, :2]

    try:
        return shapely.transform(geometry, convert, include_z=has_z)
    except RuntimeError as exc:  # PROJ refuses a point: NaN, infinite, or far outside the CRS
        x0, y0, x1, y1 = geometry.bounds
        raise PluInputError(
            Text("plu_model.crs", "coordinates between ({x0:.3f}, {y0:.3f}) and ({x1:.3f}, {y1:.3f}) cannot be "
                                  "transformed from EPSG:{src} to EPSG:{dst} ({exc})",
                                  x0=x0, y0=y0, x1=x1, y1=y1, src=src, dst=dst, exc=exc),
        ) from exc
