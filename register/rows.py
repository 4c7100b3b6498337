"""A feature as a register row: the plan-file columns (JSON) plus a geometry with its SRID.

The register reuses the plan file's mapping (``plu_model.geopackage.feature_to_row``),
so the register holds exactly what a plan file holds: nothing is lost between them.
"""

from __future__ import annotations

import json
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

from plu_model.features import Feature, geometry_of
from plu_model.geopackage import feature_to_row, row_to_feature

__all__ = ["CONTENT_IGNORED", "content_key", "ewkb_hex", "feature_from_db", "row_json", "zone_summary"]

#: row keys that say *which version* a feature is, or where it was read from, not *what* it is
#: (``source_xml``/``source_fingerprint``: the element a GML reader kept, where the plan file keeps it)
CONTENT_IGNORED = ("inspire_version_id", "inspire_version_id_nil", "begin_lifespan_version",
                   "begin_lifespan_version_nil", "end_lifespan_version", "end_lifespan_version_nil",
                   "source_xml", "source_fingerprint")


def ewkb_hex(geometry: BaseGeometry | None, srid: int) -> str | None:
    """Hex EWKB (with SRID) as PostGIS reads it, or None for no or an empty geometry."""
    if geometry is None or geometry.is_empty:
        return None
    return shapely.to_wkb(shapely.set_srid(geometry, srid), hex=True, include_srid=True, flavor="extended")


def row_json(feature: Feature) -> dict[str, Any]:
    return feature_to_row(feature)


def feature_from_db(class_name: str, row: dict[str, Any], wkb: bytes | None) -> Feature:
    geom = shapely.from_wkb(bytes(wkb)) if wkb is not None else None
    return row_to_feature(class_name, row, geom)


def content_key(row: dict[str, Any], geometry: BaseGeometry | None) -> str:
    """What a feature says, without its version stamps: equal keys mean an unchanged feature."""
    kept = {k: v for k, v in row.items() if k not in CONTENT_IGNORED}
    wkb = shapely.to_wkb(geometry, hex=True) if geometry is not None and not geometry.is_empty else ""
    return json.dumps(kept, sort_keys=True, ensure_ascii=False) + wkb


def zone_summary(feature: Feature) -> dict[str, Any]:
    """What a building-permit officer asks of a zoning element: use, zone type, limits, documents."""
    from plu_model.json_values import to_json
    from plu_model.voidable import Nil

    limits = feature.dimensioning_indication
    specific = feature.specific_land_use
    docs = feature.official_document
    return {
        "gml_id": feature.gml_id,
        "local_id": feature.inspire_id.local_id,
        "hilucs_land_use": list(feature.hilucs_land_use),
        "specific_land_use": [] if isinstance(specific, Nil) or specific is None else list(specific),
        "regulation_nature": feature.regulation_nature,
        "limits": [] if isinstance(limits, Nil) or limits is None else to_json("dimensioning", limits, True),
        "official_document": [] if isinstance(docs, Nil) or docs is None else list(docs),
        "area": round(float(geometry_of(feature).area), 2),
    }
