"""What the web services ask of the register: published features by type, place, day and attribute.

The SQL reads only what ``plu_reader`` may: the views of ``0003_services.sql`` (``service_feature``
and ``plu_in_force(day)``) and the features' GeoJSON stored at publication (``0006``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from plu_model.i18n import Text

__all__ = ["FEATURE_TYPES", "QUERYABLES", "QUERY_TITLES", "FeaturePage", "GeoJsonPage", "published_plans", "query_features",
           "query_geojson", "service_authorities"]

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


def _feature_sql(with_geometry: bool) -> str:
    """A feature's GeoJSON text: the view's columns, then the plan-file attributes (``row_data``) they do not name.

    The two objects are joined as text (``{columns, attributes}``): rebuilding a jsonb of both
    for every feature measured twice as slow, and the keys are disjoint, so no name appears twice.
    """
    geometry = "coalesce(ST_AsGeoJSON(geom, 9), 'null')" if with_geometry else "'null'"
    columns = ", ".join(f"'{c}', {c}" for c in _COLUMNS)
    dropped = ", ".join(f"'{k}'" for k in _HIDDEN + _COLUMNS)
    return (f"""'{{"type": "Feature", "id": ' || id || ', "geometry": ' || {geometry} || ', "properties": ' """
            f"|| left(json_build_object({columns})::text, -1) || coalesce(nullif(', ' || "
            f"substr((coalesce(row_data, '{{}}'::jsonb) - ARRAY[{dropped}])::text, 2), ', }}'), '}}') || '}}'")


def _page_sql(source: str, where: str, with_geometry: bool) -> str:
    """One query for a page: a row per feature with its GeoJSON text (:func:`_feature_sql`) and how many match.

    ``count(*) OVER ()`` is taken before OFFSET/LIMIT, so the total comes with the page; only a page
    past the end (no row to carry it) needs the second query of :func:`_matched`.  (One row per
    feature: aggregating the texts in SQL measured slower than joining them in Python.)
    """
    return (f"SELECT matched, {_feature_sql(with_geometry)} FROM (SELECT id, geom, row_data, "
            f"{', '.join(_COLUMNS)}, count(*) OVER () AS matched FROM {source} s WHERE {where} ORDER BY id "
            "OFFSET %(offset)s LIMIT %(limit)s) page ORDER BY id")


#: the texts written at publication, features with their version (migration 0006)
_STORED = "(service_feature_text JOIN service_version_text USING (version_pk))"


def _stored_page_sql(where: str, with_geometry: bool) -> str:
    """:func:`_page_sql` over the texts written at publication (migration 0006), the same text per feature.

    A feature's properties are its own head and tail around its version's columns (``middle``,
    one row per version, so a lifecycle step rewrites one row); the filters' names are unique
    across the two tables, so :func:`_where` needs no table names.
    """
    geometry = "geometry" if with_geometry else "'null'"
    return (f"""SELECT matched, '{{"type": "Feature", "id": ' || id || ', "geometry": ' || {geometry} || """
            """', "properties": ' || head || ', ' || middle || ', ' || tail || '}' FROM (SELECT id, geometry, head, """
            f"middle, tail, count(*) OVER () AS matched FROM {_STORED} s WHERE {where} ORDER BY id "
            "OFFSET %(offset)s LIMIT %(limit)s) page ORDER BY id")


@dataclass(frozen=True)
class GeoJsonPage:
    """One page as GeoJSON text: ``features`` is the members of the features array, comma-separated."""

    features: str
    returned: int
    matched: int


def _matched(cur: Any, source: str, where: str, params: dict[str, Any]) -> int:
    cur.execute(f"SELECT count(*) FROM {source} s WHERE {where}", params)
    return int(cur.fetchone()[0])


def query_geojson(cur: Any, feature_type: str, *, bbox: tuple[float, float, float, float] | None = None,
                  day: date | None = None, filters: dict[str, Any] | None = None, offset: int = 0,
                  limit: int = 10, identifier: int | None = None, with_geometry: bool = True) -> GeoJsonPage:
    """Published features of one type as GeoJSON text; with ``day`` only what is in force then.

    Without ``day`` the page is read from the text stored at publication (``service_feature_text``).
    """
    if feature_type not in FEATURE_TYPES:
        raise KeyError(feature_type)
    source = "plu_in_force(%(day)s)" if day is not None else _STORED
    where, params = _where(feature_type, bbox, filters or {}, identifier)
    params.update(day=day, offset=max(0, int(offset)), limit=max(0, int(limit)))
    if params["limit"] == 0:
        return GeoJsonPage("", 0, _matched(cur, source, where, params))
    page_sql = _page_sql(source, where, with_geometry) if day is not None else _stored_page_sql(where, with_geometry)
    cur.execute(page_sql, params)
    rows = cur.fetchall()
    matched = rows[0][0] if rows else _matched(cur, source, where, params)
    return GeoJsonPage(",".join(r[1] for r in rows), len(rows), int(matched))


def query_features(cur: Any, feature_type: str, **query: Any) -> FeaturePage:
    """Published features of one type as dicts (:func:`query_geojson`, parsed); arguments as there."""
    page = query_geojson(cur, feature_type, **query)
    return FeaturePage(json.loads(f"[{page.features}]"), page.matched)


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


def service_authorities(cur: Any) -> list[str]:
    """The names of the authorities with a published plan version (who answers for the services)."""
    cur.execute("SELECT DISTINCT a.name FROM authority a JOIN plan p ON p.authority = a.code "
                "JOIN plan_version v ON v.plan_id = p.id WHERE v.status <> 'elaboration' ORDER BY a.name")
    return [r[0] for r in cur.fetchall()]
