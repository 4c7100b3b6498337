"""A version's rows as read-only layer queries: the desktop draws a register plan before its working copy exists.

Copying a 100,000-zone version into a plan file takes seconds (the server alone spends about
one producing the rows); drawing it does not need the copy. Each plan-file table is given as one
``SELECT`` on ``feature`` for the version (what QGIS's postgres provider reads as a layer), with
the plan-file columns taken out of ``row_data`` only when the map asks for them. The layers
connect with the same DSN, so as the same role: row-level security hides the same rows.
No Qt here: the queries, the connection string and the facts the window needs (CRS, extent,
the zoning style's types) are plain values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from osgeo import ogr

from plu_model.geopackage import columns_of
from register.edit_rights import EditRight, edit_right

__all__ = ["DirectView", "LAYER_KINDS", "conninfo", "direct_view", "layer_query"]

#: layer key → (class, the geometry's dimension or None for every one, QGIS geometry type)
LAYER_KINDS: dict[str, tuple[str, int | None, str]] = {
    "plan": ("SpatialPlan", None, "MultiPolygon"),
    "zoning": ("ZoningElement", None, "MultiPolygon"),
    "regulations_area": ("SupplementaryRegulation", 2, "MultiPolygon"),
    "regulations_line": ("SupplementaryRegulation", 1, "MultiLineString"),
    "regulations_point": ("SupplementaryRegulation", 0, "Point"),
}


#: OGR field type → the PostgreSQL type a plan file's column of that type is read as (text for the rest)
_CASTS = {
    ogr.OFTDate: "date",
    ogr.OFTDateTime: "timestamptz",
    ogr.OFTTime: "time",
    ogr.OFTInteger: "integer",
    ogr.OFTInteger64: "bigint",
    ogr.OFTReal: "double precision",
}


def _column(name: str, ftype: int, subtype: int) -> str:
    """A plan-file column out of ``row_data``, of the kind the plan file gives it.

    ``->>`` gives text; the layer would then show dates, yes/no values and numbers as text, unlike
    the same plan opened from its file. So each is cast to its file column's kind: JSON as jsonb (the
    style's ``array_first`` reads them), booleans (stored as 1/0) as boolean, dates as date.
    """
    value = f"f.row_data->>'{name}'"
    if subtype == ogr.OFSTJSON:  # JSON null, not SQL NULL: QGIS parses every value it gets, and warns on NULL's
        return f"coalesce(({value})::jsonb, 'null') AS \"{name}\""
    if subtype == ogr.OFSTBoolean:  # PostgreSQL reads '1'/'0' (and 'true'/'false') as boolean
        return f'({value})::boolean AS "{name}"'
    cast = _CASTS.get(ftype)
    return f'({value})::{cast} AS "{name}"' if cast else f'{value} AS "{name}"'


def layer_query(version_pk: int, key: str) -> str:
    """The ``SELECT`` a layer of one plan-file table of a version reads (``id`` its key, ``geom`` its geometry).

    A plain select on ``feature`` (no view, no function): PostgreSQL leaves out the columns
    a request does not ask for and takes the map's box to the spatial index.
    """
    class_name, dimension, _type = LAYER_KINDS[key]
    columns = ", ".join(_column(*c) for c in columns_of(class_name))
    where = f"f.version_pk = {int(version_pk)} AND f.class = '{class_name}'"
    if dimension is not None:
        where += f" AND ST_Dimension(f.geom) = {int(dimension)}"
    return f"SELECT f.id, f.geom, {columns} FROM feature f WHERE {where}"


def conninfo(dsn: str) -> str:
    """``dsn`` (a URI or key=value DSN) as libpq key=value pairs, as QGIS's data source takes them."""
    from psycopg2.extensions import parse_dsn

    def quoted(value: str) -> str:
        return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"

    return " ".join(f"{k}={quoted(v)}" for k, v in parse_dsn(dsn).items())


@dataclass
class DirectView:
    """What the window needs to show a version before its working copy is written."""

    version_pk: int
    plan_key: str
    version_no: int
    crs: int
    title: str
    #: (xmin, ymin, xmax, ymax) of the version's features, None for none
    extent: tuple[float, float, float, float] | None
    #: the distinct (first specific land use, first HILUCS value) pairs of the zones: the style's classes
    zone_types: set[tuple[str | None, str | None]] = field(default_factory=set)
    #: layer key → the query it reads
    queries: dict[str, str] = field(default_factory=dict)
    #: how many features the version has (what the working copy's progress counts)
    rows: int = 0
    #: whether the user may change this version (:mod:`register.edit_rights`), and if not why
    right: EditRight = field(default_factory=lambda: EditRight(True))


#: one scan of the version's rows: their extent, number and the zones' distinct type columns (as stored: JSON text)
_FACTS = (
    "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), n, types FROM (SELECT ST_Extent(geom) AS e, count(*) AS n, "
    "array_agg(DISTINCT ARRAY[row_data->>'specific_land_use', row_data->>'hilucs_land_use']) "
    "FILTER (WHERE class = 'ZoningElement') AS types FROM feature WHERE version_pk = %s) AS x"
)


def _first(value: str | None) -> str | None:
    """The first value of a JSON list column (None for none): what the style classifies a zone by."""
    listed = json.loads(value) if value else None
    return str(listed[0]) if isinstance(listed, list) and listed else None


def direct_view(register: Any, ref: str) -> DirectView:
    """The facts of version ``ref`` for its read-only layers: one scan of its rows, none copied."""
    info = register.version(ref)
    with register.transaction() as cur:
        cur.execute("SET LOCAL jit = off")
        cur.execute(_FACTS, (info.version_pk,))
        *box, rows, pairs = cur.fetchone()
    types = {(_first(a), _first(b)) for a, b in pairs or ()}
    extent = tuple(box) if box[0] is not None else None
    queries = {key: layer_query(info.version_pk, key) for key in LAYER_KINDS}
    return DirectView(
        info.version_pk,
        info.plan_key,
        info.version_no,
        info.crs,
        info.title or info.plan_key,
        extent,
        types,
        queries,
        rows,
        edit_right(register, ref),
    )  # type: ignore[arg-type]
