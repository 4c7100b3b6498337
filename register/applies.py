"""What applies where and when: the plans in force at a date, amendments, and the zoning at a point.

A version is *in force* on day D when it reached legal force (``legalForce``, or later
``obsolete``) and ``validFrom <= D < validTo``.  A plan that amends others replaces
them within its extent while it is in force.  Of the zoning elements that still cover
a point, the most detailed plan (``levelOfSpatialPlan``: infraLocal before local before
supraLocal …) comes first, then the most recent one; it is the one that *applies*.
"""

from __future__ import annotations

from datetime import date
from typing import Any

LEVEL_ORDER = ("infraLocal", "local", "supraLocal", "regional", "supraRegional", "national", "other")

__all__ = ["LEVEL_ORDER", "IN_FORCE_SQL", "AT_SQL", "level_rank"]

#: versions in force on %(day)s; an amendment names the plans it replaces as ``NAMESPACE:LOCALID``
#: (``plan_key``), or by their plain localId in registers written before identifiers were qualified
IN_FORCE_SQL = """
SELECT v.id, v.plan_id, v.crs, v.extent, v.amends, p.local_id AS plan_local, p.level,
       p.namespace || ':' || p.local_id AS plan_key
FROM plan_version v JOIN plan p ON p.id = v.plan_id
WHERE v.status IN ('legalForce', 'obsolete') AND v.valid_from IS NOT NULL AND v.valid_from <= %(day)s
  AND (v.valid_to IS NULL OR v.valid_to > %(day)s)
"""

#: a version in force on %(day)s, for a ``plan_version`` row under the alias ``{v}``
_LIVE = ("{v}.status IN ('legalForce', 'obsolete') AND {v}.valid_from IS NOT NULL AND {v}.valid_from <= %(day)s "
         "AND ({v}.valid_to IS NULL OR {v}.valid_to > %(day)s)")

#: the zoning elements in force at a point: found from the point through the GiST indexes on
#: ``feature.geom_ll`` and ``plan_version.extent_ll``, so the cost does not grow with the number of plans
AT_SQL = f"""
WITH pt AS (SELECT ST_SetSRID(ST_MakePoint(%(x)s, %(y)s), %(crs)s) AS g),
ll AS (SELECT ST_Transform(g, 4326) AS g FROM pt)
SELECT f.id, f.version_pk, f.row_data, ST_AsBinary(f.geom)
FROM pt, ll, feature f JOIN plan_version v ON v.id = f.version_pk JOIN plan p ON p.id = v.plan_id
WHERE f.class = 'ZoningElement'
  AND f.geom_ll && ll.g
  AND {_LIVE.format(v="v")}
  AND ST_Covers(f.geom, ST_Transform(pt.g, v.crs))
  AND NOT EXISTS (SELECT 1 FROM plan_version a
                  WHERE a.extent_ll && ll.g AND a.id <> v.id AND {_LIVE.format(v="a")}
                    AND (p.namespace || ':' || p.local_id = ANY (a.amends) OR p.local_id = ANY (a.amends))
                    AND ST_Covers(a.extent, ST_Transform(pt.g, a.crs)))
"""


def level_rank(level: str | None) -> int:
    """Position of a plan level in :data:`LEVEL_ORDER` (unknown levels last)."""
    name = (level or "").rstrip("/").rsplit("/", 1)[-1]
    return LEVEL_ORDER.index(name) if name in LEVEL_ORDER else len(LEVEL_ORDER)


def precedence(entry: dict[str, Any]) -> tuple[int, float]:
    """Sort key: most detailed level first, then the latest validFrom."""
    vf: date = entry["valid_from_date"]
    return (level_rank(entry["level"]), -vf.toordinal())
