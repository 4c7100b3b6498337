"""GeoJSON (RFC 7946) for the web: WGS 84 longitude/latitude, one feature per PLU feature.

Web maps and consultation viewers read GeoJSON, not GML.  RFC 7946 fixes the
coordinate reference system to WGS 84 with longitude first and asks for
exterior rings counter-clockwise, so the writer reprojects from the plan's CRS
and orients rings; properties carry every PLU attribute in the JSON form of the
plan file's JSON columns (``docs/plan-file.md``), nil values as
``{"nil": reason}``.  Features stream one at a time and the file appears only
when complete.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from shapely.geometry import GeometryCollection, MultiPolygon, Polygon, mapping
from shapely.geometry.base import BaseGeometry
from shapely.geometry.polygon import orient

from exporters.registry import exporter
from plu_model.atomic import atomic_open
from plu_model.crs import reproject
from plu_model.errors import PluInputError
from plu_model.features import Feature, geometry_of
from plu_model.i18n import Text
from plu_model.json_values import to_json
from plu_model.progress import Progress
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.temporal import format_date, format_datetime
from plu_model.voidable import Nil

__all__ = ["WGS84", "feature_properties", "feature_to_geojson", "geometry_to_geojson", "write_geojson"]

#: EPSG code of RFC 7946's only CRS (WGS 84, longitude/latitude).
WGS84 = 4326
#: Decimal places kept: 1e-7 degrees is about a centimetre.
PRECISION = 7


def _oriented(geom: BaseGeometry) -> BaseGeometry:
    """Exterior rings counter-clockwise, holes clockwise (RFC 7946 section 3.1.6)."""
    if isinstance(geom, Polygon):
        return orient(geom, 1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([orient(p, 1.0) for p in geom.geoms])
    if isinstance(geom, GeometryCollection):
        return GeometryCollection([_oriented(g) for g in geom.geoms])
    return geom


def _rounded(coords: Any, places: int) -> Any:
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        return [round(float(c), places) for c in coords]
    return [_rounded(c, places) for c in coords]


def geometry_to_geojson(geom: BaseGeometry | None, src_crs: int, places: int = PRECISION) -> dict[str, Any] | None:
    """A GeoJSON geometry object in WGS 84 for a geometry in ``src_crs`` (``None`` when empty)."""
    if geom is None or geom.is_empty:
        return None
    wgs = _oriented(reproject(geom, src_crs, WGS84))
    if not all(math.isfinite(v) for v in wgs.bounds):
        raise PluInputError(
            Text("exporters.geojson_", "a geometry cannot be expressed in WGS 84 from EPSG:{src_crs}",
                                       src_crs=src_crs),
        )
    out = dict(mapping(wgs))
    if out["type"] == "GeometryCollection":
        out["geometries"] = [
            {"type": g["type"], "coordinates": _rounded(g["coordinates"], places)} for g in out["geometries"]
        ]
    else:
        out["coordinates"] = _rounded(out["coordinates"], places)
    return out


def _value(kind: str, value: Any, many: bool) -> Any:
    if isinstance(value, Nil):
        return {"nil": value.reason}
    if kind == "datetime":
        return format_datetime(value)
    if kind == "date":
        return format_date(value)
    return json.loads(json.dumps(to_json(kind, value, many), default=_json_default, ensure_ascii=False))


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Nil):
        return {"nil": value.reason}
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def feature_properties(f: Feature) -> dict[str, Any]:
    """Every attribute of a feature (except its geometry) in plan-file JSON form."""
    ident = f.inspire_id
    props: dict[str, Any] = {
        "featureType": f.class_name,
        "gml_id": f.gml_id,
        "inspire_id": {
            "local_id": ident.local_id,
            "namespace": ident.namespace,
            "version_id": {"nil": ident.version_id.reason} if isinstance(ident.version_id, Nil) else ident.version_id,
        },
    }
    for attr in CLASS_ATTRIBUTES[f.class_name]:
        if attr.kind in ("identifier", "geometry"):
            continue
        value = getattr(f, attr.name)
        if value is None:
            continue
        props[attr.name] = _value(attr.kind, value, attr.many)
    return props


def feature_to_geojson(f: Feature, src_crs: int, places: int = PRECISION) -> dict[str, Any]:
    """One PLU feature as a GeoJSON Feature in WGS 84 (documents have a null geometry)."""
    return {
        "type": "Feature",
        "id": f.gml_id,
        "geometry": geometry_to_geojson(geometry_of(f), src_crs, places),
        "properties": feature_properties(f),
    }


def _write(out: IO[str], features: Iterable[Feature], src_crs: int, progress: Progress, name: str) -> None:
    out.write('{"type": "FeatureCollection",')
    out.write(f' "name": {json.dumps(name, ensure_ascii=False)},')
    out.write(' "features": [\n')
    first = True
    for f in features:
        if not first:
            out.write(",\n")
        first = False
        # json.dumps uses the C encoder; json.dump to a stream would not
        out.write(json.dumps(feature_to_geojson(f, src_crs), ensure_ascii=False, separators=(",", ":")))
        progress.step()
    out.write("\n]}\n")


def write_geojson(
    path: str | os.PathLike[str],
    source: Any,
    *,
    crs: int | None = None,
    progress: Progress | None = None,
    features: Iterable[Feature] | None = None,
) -> Path:
    """Write a plan source (or just ``features`` of it) as a GeoJSON FeatureCollection, atomically.

    ``crs`` may only be ``None`` or 4326: RFC 7946 allows no other system.
    """
    if crs not in (None, WGS84):
        raise PluInputError(
            Text("exporters.geojson_", "GeoJSON (RFC 7946) is always in WGS 84 (EPSG:{WGS84}); EPSG:{crs} was asked "
                                       "for", WGS84=WGS84, crs=crs),
        )
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    progress = progress or Progress()
    with atomic_open(dest, "w", encoding="utf-8", buffering=1 << 20) as out:
        _write(out, source.features() if features is None else features, source.crs, progress, dest.stem)
    progress.finish()
    return dest


@exporter(
    "geojson",
    extensions=[".geojson"],
    label="GeoJSON (RFC 7946, WGS 84)",
)
def _geojson(source: Any, path: Path, *, crs: int | None = None, progress: Progress | None = None) -> Path:
    return write_geojson(path, source, crs=crs, progress=progress)

