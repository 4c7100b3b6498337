"""What the web services ask of the register: published features by type, place, day and attribute.

The SQL reads only the read-only views of ``0003_services.sql`` (``service_feature`` and
``plu_in_force(day)``), so a service account needs nothing but ``plu_reader``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from plu_model.i18n import Text

__all__ = ["FEATURE_TYPES", "QUERYABLES", "QUERY_TITLES", "FeaturePage", "published_plans", "query_features"]

#: the feature types the services publish (OfficialDocumentation travels inside the GML only)
FEATURE_TYPES = ("SpatialPlan", "ZoningElement", "SupplementaryRegulation")

#: the attributes a client may filter on, with their JSON Schema types
QUERYABLES: dict[str, dict[str, str]] = {
    "plan": {"type": "string"},
    "version": {"type": "integer"},
    "status": {"type": "string"},
    "hilucs": {"type": "string"},
    "zone_type": {"type": "string"},
    "plan_level": {"type": "string"},
    "local_id": {"type": "string"},
}
#: their titles (a client shows them in both languages: :func:`plu_model.i18n.both`)
QUERY_TITLES: dict[str, Text] = {
    "plan": Text("register.service_query", "plan localId"),
    "version": Text("register.service_query", "plan version"),
    "status": Text("register.service_query", "processStepGeneral"),
    "hilucs": Text("register.service_query", "HILUCS land use"),
    "zone_type": Text("register.service_query", "national zone type"),
    "plan_level": Text("register.service_query", "levelOfSpatialPlan"),
    "local_id": Text("register.service_query", "inspireId localId"),
}

#: columns of the views every answer carries, beside the plan-file attributes of ``row_data``
_COLUMNS = ("local_id", "gml_id", "plan", "namespace", "plan_title", "plan_level", "version", "status",
            "valid_from", "valid_to", "authority", "hilucs", "zone_type")
#: row keys about where a feature was read from, not what it is
_HIDDEN = ("source_xml", "source_fingerprint")


@dataclass(frozen=True)
class FeaturePage:
    """One page of features (GeoJSON-like dicts, geometry in EPSG:4326 lon/lat) and how many match in all."""

    features: list[dict[str, Any]]
    matched: int


def _where(feature_type: str, bbox: tuple[float, float, float, float] | None,
           filters: dict[str, Any], identifier: int | None) -> tuple[str, dict[str, Any]]:
    clauses, params = ["class = %(cls)s"], {"cls": feature_type}
    if bbox is not None:
        clauses.append("geom && ST_MakeEnvelope(%(x0)s, %(y0)s, %(x1)s, %(y1)s, 4326) AND "
                       "ST_Intersects(geom, ST_MakeEnvelope(%(x0)s, %(y0)s, %(x1)s, %(y1)s, 4326))")
        params.update(zip(("x0", "y0", "x1", "y1"), bbox, strict=True))
    for i, (name, value) in enumerate(sorted(filters.items())):
        if name not in QUERYABLES:
            raise KeyError(name)
        clauses.append(f"{name} = %(f{i})s")  # the name is one of QUERYABLES, never the client's text
        params[f"f{i}"] = int(value) if QUERYABLES[name]["type"] == "integer" else str(value)
    if identifier is not None:
        clauses.append("id = %(ident)s")
        params["ident"] = identifier
    return " AND ".join(clauses), params


def _feature(row: tuple[Any, ...]) -> dict[str, Any]:
    fid, geojson, row_data, *values = row
    props: dict[str, Any] = {k: v for k, v in (row_data or {}).items() if k not in _HIDDEN}
    for name, value in zip(_COLUMNS, values, strict=True):
        props[name] = value.isoformat() if isinstance(value, date) else value
    return {"type": "Feature", "id": fid, "geometry": json.loads(geojson) if geojson else None,
            "properties": props}


def query_features(cur: Any, feature_type: str, *, bbox: tuple[float, float, float, float] | None = None,
                   day: date | None = None, filters: dict[str, Any] | None = None, offset: int = 0,
                   limit: int = 10, identifier: int | None = None, with_geometry: bool = True) -> FeaturePage:
    """Published features of one type; with ``day`` only what is in force then (amended parts cut away)."""
    if feature_type not in FEATURE_TYPES:
        raise KeyError(feature_type)
    source = "plu_in_force(%(day)s)" if day is not None else "service_feature"
    where, params = _where(feature_type, bbox, filters or {}, identifier)
    params.update(day=day, offset=max(0, int(offset)), limit=max(0, int(limit)))
    geometry = "ST_AsGeoJSON(geom, 9)" if with_geometry else "NULL"
    cur.execute(f"SELECT count(*) FROM {source} s WHERE {where}", params)
    matched = cur.fetchone()[0]
    cur.execute(f"SELECT id, {geometry}, row_data, {', '.join(_COLUMNS)} FROM {source} s WHERE {where} "
                "ORDER BY id OFFSET %(offset)s LIMIT %(limit)s", params)
    return FeaturePage([_feature(r) for r in cur.fetchall()], matched)


def published_plans(cur: Any) -> list[dict[str, Any]]:
    """Every published version (plan, version, title, step, validity, extent in lon/lat), plan by plan."""
    cur.execute("SELECT p.local_id, p.namespace, v.version_no, p.title, v.status, v.valid_from, v.valid_to, "
                "v.authority, v.begin_lifespan, ST_XMin(v.extent_ll), ST_YMin(v.extent_ll), ST_XMax(v.extent_ll), "
                "ST_YMax(v.extent_ll), (SELECT count(*) FROM service_feature s WHERE s.version_pk = v.id "
                "AND s.class = 'ZoningElement' AND s.zone_type IS NOT NULL) FROM plan_version v "
                "JOIN plan p ON p.id = v.plan_id WHERE v.status <> 'elaboration' ORDER BY p.local_id, v.version_no")
    keys = ("plan", "namespace", "version", "title", "status", "valid_from", "valid_to", "authority", "published")
    out = []
    for row in cur.fetchall():
        item = dict(zip(keys, row[:9], strict=True))
        item["bbox"] = tuple(row[9:13]) if row[9] is not None else None
        item["zones_with_type"] = row[13]
        out.append(item)
    return out
