"""XML namespaces of PLU 4.0 GML and the qualified names both directions need."""

from __future__ import annotations

__all__ = ["NS", "PLU_SCHEMA_LOCATION", "q", "local_name", "XLINK_HREF", "XLINK_TITLE", "XSI_NIL"]

NS: dict[str, str] = {
    "plu": "http://inspire.ec.europa.eu/schemas/plu/4.0",
    "base": "http://inspire.ec.europa.eu/schemas/base/3.3",
    "base2": "http://inspire.ec.europa.eu/schemas/base2/2.0",
    "lunom": "http://inspire.ec.europa.eu/schemas/lunom/4.0",
    "gml": "http://www.opengis.net/gml/3.2",
    "gmd": "http://www.isotc211.org/2005/gmd",
    "gco": "http://www.isotc211.org/2005/gco",
    "xlink": "http://www.w3.org/1999/xlink",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
    "wfs": "http://www.opengis.net/wfs/2.0",
}

#: Namespaces of older PLU versions, recognised only to say they are unsupported.
OLD_PLU_NAMESPACES = {
    "http://inspire.ec.europa.eu/schemas/plu/3.0": "PLU 3.0",
    "urn:x-inspire:specification:gmlas:PlannedLandUse:3.0": "PLU 3.0 (urn)",
}

#: WFS 1.1 answers (members as gml:featureMember); not declared by writers unless a delivery came in one
WFS11_NAMESPACE = "http://www.opengis.net/wfs"

PLU_SCHEMA_URL = "https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd"
BASE_SCHEMA_URL = "https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd"
WFS_SCHEMA_URL = "http://schemas.opengis.net/wfs/2.0/wfs.xsd"
PLU_SCHEMA_LOCATION = f"{NS['plu']} {PLU_SCHEMA_URL} {NS['base']} {BASE_SCHEMA_URL}"


def q(prefix: str, name: str) -> str:
    """Clark notation ``{namespace}name`` for a prefixed name."""
    return f"{{{NS[prefix]}}}{name}"


def local_name(tag: object) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1]


def namespace_of(tag: object) -> str:
    text = str(tag)
    return text[1:].split("}", 1)[0] if text.startswith("{") else ""


XLINK_HREF = q("xlink", "href")
XLINK_TITLE = q("xlink", "title")
XSI_NIL = q("xsi", "nil")
GML_ID = q("gml", "id")


def collection_label(tag: str) -> str:
    """``wfs:FeatureCollection (WFS 1.1)``, ``gml:FeatureCollection``…: how reports name a collection element."""
    ns = namespace_of(tag)
    if ns == WFS11_NAMESPACE:
        return f"wfs:{local_name(tag)} (WFS 1.1)"
    prefix = next((k for k, v in NS.items() if v == ns), None)
    return f"{prefix}:{local_name(tag)}" if prefix else local_name(tag)
