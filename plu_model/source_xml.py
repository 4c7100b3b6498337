"""The XML a feature was read from, kept so that an unedited feature is written back as it came.

The model holds what PLU 4.0 defines as values; a delivery holds more: ``gml:identifier``,
``gml:name``, ``gml:description``, ``gml:boundedBy``, ``xlink:title``/``xlink:role``,
the exact geometry encoding (``gml:Surface`` patches, arcs, several geometries in one
property, 3D), extension elements and foreign code lists.  Rather than widen the model
for every such shape, the reader keeps each feature's element verbatim together with a
fingerprint of the model values built from it.  A writer that finds the fingerprint
unchanged writes the element back; an edited (or reprojected) feature no longer matches
and is written from the model, and the export report says which features those are.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from typing import Any

from shapely.geometry.base import BaseGeometry

__all__ = ["SourceXml", "fingerprint", "kept", "still_faithful"]


@dataclass(frozen=True, slots=True)
class SourceXml:
    """A feature's original element (serialised, namespaces declared) and the fingerprint it matched."""

    xml: str
    fingerprint: str


def _token(value: Any) -> str:
    """A stable text for a model value; geometries by their exact WKB, never a rounded WKT."""
    if isinstance(value, BaseGeometry):
        return "geom:" + value.wkb_hex
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_token(v) for v in value) + "]"
    return repr(value)


def fingerprint(feature: Any, xml: str) -> str:
    """A hash of every model value of ``feature`` and of the element ``xml`` kept for it.

    Equal fingerprints mean the model holds exactly what it held when the feature was
    read, and the kept element is the one read then (a plan file edited by hand in its
    ``source_xml`` column no longer matches), so the element is still a faithful encoding.
    """
    digest = hashlib.sha256(feature.class_name.encode())
    for f in fields(feature):
        if f.name == "source":
            continue
        digest.update(f"\x00{f.name}=".encode())
        digest.update(_token(getattr(feature, f.name)).encode())
    digest.update(b"\x00xml=" + xml.encode())
    return digest.hexdigest()


def kept(feature: Any, xml: str) -> SourceXml:
    """The :class:`SourceXml` for ``feature`` read from ``xml``."""
    return SourceXml(xml, fingerprint(feature, xml))


def still_faithful(feature: Any) -> bool:
    """True when ``feature`` has a kept element that still encodes exactly its model values."""
    src = feature.source
    return src is not None and fingerprint(feature, src.xml) == src.fingerprint
