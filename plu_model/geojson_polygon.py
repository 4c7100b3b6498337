"""A polygon from a GeoJSON file, for a proposed building's footprint, its plot or its green area.

Applicants draw these in any tool, so the reader expects the worst: a
file that is not JSON, a Point where a polygon belongs, rings that cross, a
coordinate reference system other than the plan's.  Every refusal names the
file and the place (line and column, or the feature number).
"""

from __future__ import annotations

import json
import math
import os
import re
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, shape
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from plu_model.crs import is_geographic, is_known_crs
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["MAX_GEOJSON_BYTES", "PolygonFile", "coordinate_text", "read_polygon"]

#: A footprint or a plot is a few hundred vertices; anything this big is a mistake or an attack.
MAX_GEOJSON_BYTES = 20 * 1024 * 1024
#: No CRS in degrees or metres has a coordinate beyond this (the Earth's circumference is 4·10⁷ m).
MAX_COORDINATE = 1e8
#: GeoJSON without a ``crs`` member is longitude/latitude on WGS 84 (RFC 7946).
DEFAULT_EPSG = 4326
_EPSG = re.compile(r"(?:EPSG:{1,2}(?:[\d.]*:)?|crs/EPSG/0/)(\d+)$", re.IGNORECASE)
_CRS84 = re.compile(r"(?:OGC:{1,2}(?:1\.3:)?|crs/OGC/1\.3/)CRS84$", re.IGNORECASE)


class PolygonFile:
    """What :func:`read_polygon` found: the (multi)polygon and the EPSG code of its coordinates."""

    def __init__(self, path: Path, geometry: Polygon | MultiPolygon, epsg: int, parts: int):
        self.path = path
        self.geometry = geometry
        self.epsg = epsg
        self.parts = parts


def _fail(path: Path, text: Text) -> PluInputError:
    return PluInputError(Text("plu_model.geojson_polygon", "{path}: {text}", path=path, text=text))


class _NotANumber(ValueError):
    """Python's JSON reader takes NaN and Infinity; GeoJSON (RFC 8259 JSON) does not."""


def _no_constant(name: str) -> Any:
    raise _NotANumber(name)


def _load(path: Path) -> Any:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _fail(path, Text("plu_model.geojson_polygon", "cannot be read ({strerror})", strerror=exc.strerror)) from exc
    if size > MAX_GEOJSON_BYTES:
        raise _fail(path, Text("plu_model.geojson_polygon", "is {size:.0f} MB; a footprint or plot file is expected "
                                                            "to be far smaller", size=size / 1e6))
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"), parse_constant=_no_constant)
    except _NotANumber as exc:
        raise _fail(path, Text("plu_model.geojson_polygon", "holds {value}, which is not a number in JSON; every "
                                                            "coordinate must be a finite number", value=exc.args[0])) from exc
    except UnicodeDecodeError as exc:
        raise _fail(path, Text("plu_model.geojson_polygon", "is not UTF-8 text (byte {start})", start=exc.start)) from exc
    except json.JSONDecodeError as exc:
        raise _fail(path, Text("plu_model.geojson_polygon", "line {lineno}, column {colno}: not valid JSON ({msg})",
                                                            lineno=exc.lineno, colno=exc.colno, msg=exc.msg)) from exc
    except RecursionError as exc:
        raise _fail(path, Text("plu_model.geojson_polygon", "is nested too deeply to be GeoJSON")) from exc


def _epsg(path: Path, doc: dict[str, Any]) -> int:
    crs = doc.get("crs")
    if crs is None:
        return DEFAULT_EPSG
    name = crs.get("properties", {}).get("name") if isinstance(crs, dict) and isinstance(crs.get("properties"), dict) else None
    if isinstance(name, str):
        name = name.strip()
        if _CRS84.search(name):
            return DEFAULT_EPSG
        match = _EPSG.search(name)
        if match and is_known_crs(int(match.group(1))):
            return int(match.group(1))
    raise _fail(path, Text("plu_model.geojson_polygon", "the crs member {value} names no known EPSG system",
                                                        value=json.dumps(crs, ensure_ascii=False)[:120]))


def _geometries(path: Path, doc: Any) -> list[tuple[Text, Any]]:
    """(place, GeoJSON geometry) pairs: one per feature, or the document itself."""
    if not isinstance(doc, dict) or not isinstance(doc.get("type"), str):
        raise _fail(path, Text("plu_model.geojson_polygon", "is JSON but not GeoJSON (no \"type\" member at the top)"))
    kind = doc["type"]
    if kind == "FeatureCollection":
        features = doc.get("features")
        if not isinstance(features, list) or not features:
            raise _fail(path, Text("plu_model.geojson_polygon", "the FeatureCollection holds no features"))
        return [(Text("plu_model.geojson_polygon", "feature {n}", n=i + 1), f.get("geometry") if isinstance(f, dict) else None)
                for i, f in enumerate(features)]
    if kind == "Feature":
        return [(Text("plu_model.geojson_polygon", "feature {n}", n=1), doc.get("geometry"))]
    return [(Text("plu_model.geojson_polygon", "geometry"), doc)]


def _polygon(path: Path, place: Text, geo: Any) -> Polygon | MultiPolygon:
    if not isinstance(geo, dict):
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: has no geometry", place=place))
    if geo.get("type") not in ("Polygon", "MultiPolygon"):
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: is a {type}; a Polygon or MultiPolygon is needed", place=place,
                               type=str(geo.get("type"))))
    try:
        geom: BaseGeometry = shape(geo)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, shapely.errors.GEOSException) as exc:
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: the coordinates are malformed ({exc})", place=place, exc=exc)) from exc
    coords = shapely.get_coordinates(geom)
    if geom.is_empty or not len(coords):
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: the polygon is empty", place=place))
    if not all(math.isfinite(float(v)) for v in coords.ravel()):
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: a coordinate is not a finite number", place=place))
    far = float(abs(coords).max())
    if far > MAX_COORDINATE:
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: a coordinate is {value}, farther than any place "
                                                            "on Earth in degrees or metres", place=place,
                               value=coordinate_text(far)))
    if not geom.is_valid:
        reason = explain_validity(geom)
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: the polygon is not valid: {reason}", place=place, reason=reason))
    if geom.area <= 0:
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: the polygon has no area", place=place))
    return geom  # type: ignore[return-value]


def coordinate_text(value: float) -> str:
    """A coordinate for a message: metres to the centimetre, an absurd one (1e308) short."""
    return f"{value:.2f}" if abs(value) < 1e9 else f"{value:.3g}"


def _check_degrees(path: Path, doc: dict[str, Any], epsg: int, geom: BaseGeometry, place: Text) -> None:
    """Refuse metres read as degrees: the commonest slip is a projected file saved without its ``crs`` member."""
    if not is_geographic(epsg):
        return
    x0, y0, x1, y1 = geom.bounds
    if -180 <= x0 and x1 <= 180 and -90 <= y0 and y1 <= 90:
        return
    corner = f"{coordinate_text(x0)}, {coordinate_text(y0)}"
    if doc.get("crs") is None:
        raise _fail(path, Text("plu_model.geojson_polygon", "{place}: the coordinates ({corner} …) are not longitude "
                                                            "and latitude, which is what GeoJSON without a crs member "
                                                            "holds (RFC 7946); save the file in WGS 84, or add a crs "
                                                            "member naming its system (e.g. "
                                                            "\"urn:ogc:def:crs:EPSG::3046\")",
                               place=place, corner=corner))
    raise _fail(path, Text("plu_model.geojson_polygon", "{place}: the coordinates ({corner} …) are not longitude and "
                                                        "latitude, yet the crs member names the geographic system "
                                                        "EPSG:{epsg}; name the system the coordinates are in",
                           place=place, corner=corner, epsg=epsg))


def read_polygon(path: str | os.PathLike[str]) -> PolygonFile:
    """The union of the polygons in a GeoJSON file, with the EPSG code of its coordinates."""
    file = Path(path)
    doc = _load(file)
    items = _geometries(file, doc)
    epsg = _epsg(file, doc)
    parts = [_polygon(file, place, geo) for place, geo in items]
    for (place, _), part in zip(items, parts, strict=True):
        _check_degrees(file, doc, epsg, part, place)
    merged = shapely.union_all(parts) if len(parts) > 1 else parts[0]
    if not isinstance(merged, (Polygon, MultiPolygon)):
        merged = MultiPolygon([g for g in getattr(merged, "geoms", []) if isinstance(g, Polygon)])
    return PolygonFile(file, merged, epsg, len(parts))
