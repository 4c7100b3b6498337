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

import base64
import binascii
import hashlib
import zlib
from dataclasses import dataclass, fields
from typing import Any

from shapely.geometry.base import BaseGeometry

__all__ = ["SourceXml", "fingerprint", "kept", "pack", "still_faithful", "unpack", "value_token"]

#: marks a kept element stored compressed (zlib with :data:`_DICTIONARY`, then base64) in the plan
#: file; a stored text without it is an element kept by an older version, uncompressed.  The
#: dictionary belongs to the marker: a new dictionary needs a new marker, this one must still unpack.
PACKED = "zlib1:"
#: what most kept elements repeat (namespace declarations, PLU element names, INSPIRE code-list
#: URIs), so that even one small feature compresses well; frozen for the marker ``zlib1:``
_DICTIONARY = (
    b'xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" '
    b'xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" xmlns:lunom="http://inspire.ec.europa.eu/schemas/'
    b'lunom/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmd="http://www.isotc211.org/2005/gmd" '
    b'xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:xlink="http://www.w3.org/1999/xlink" '
    b'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" <plu:SpatialPlan <plu:OfficialDocumentation '
    b'<plu:SupplementaryRegulation <plu:ZoningElement <plu:inspireId><base:Identifier><base:localId></base:localId>'
    b'<base:namespace></base:namespace></base:Identifier></plu:inspireId><plu:geometry><gml:MultiSurface gml:id="'
    b' srsName="http://www.opengis.net/def/crs/EPSG/0/ srsDimension="2"><gml:surfaceMember><gml:Polygon gml:id="'
    b'<gml:exterior><gml:LinearRing><gml:posList></gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>'
    b'</gml:surfaceMember></gml:MultiSurface></plu:geometry><plu:hilucsLandUse xlink:href="'
    b'http://inspire.ec.europa.eu/codelist/HILUCSValue/<plu:beginLifespanVersion></plu:beginLifespanVersion>'
    b'<plu:hilucsPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>'
    b'<plu:specificLandUse xlink:href="<plu:specificPresence <plu:regulationNature xlink:href="'
    b'http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/><plu:processStepGeneral '
    b'xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/<plu:backgroundMap '
    b'<plu:dimensioningIndication><plu:DimensioningIndicationMeasureValue><plu:indicationReference>'
    b'</plu:indicationReference><plu:value uom="m"></plu:value></plu:DimensioningIndicationMeasureValue>'
    b'</plu:dimensioningIndication><plu:DimensioningIndicationRealValue></plu:DimensioningIndicationRealValue>'
    b'<plu:officialDocument xlink:href="#<plu:plan xlink:href="#</plu:ZoningElement>'
)
#: no kept element of one feature unpacks to more than this (a hostile plan file could hold a zlib bomb)
MAX_UNPACKED = 64 << 20


@dataclass(frozen=True, slots=True)
class SourceXml:
    """A feature's original element (serialised, namespaces declared) and the fingerprint it matched."""

    xml: str
    fingerprint: str


def value_token(value: Any) -> str:
    """A stable text for a model value; geometries by their exact WKB, never a rounded WKT."""
    if type(value) in _PLAIN:
        return repr(value)
    if isinstance(value, BaseGeometry):
        return "geom:" + value.wkb_hex
    if isinstance(value, (list, tuple)):
        return "[" + ",".join([value_token(v) for v in value]) + "]"
    return repr(value)


#: value types whose token is their ``repr`` (checked first: most values are these)
_PLAIN = frozenset((str, int, float, bool, type(None)))
#: ``"\x00name="`` of each model field, by feature class (``source`` is the kept element itself)
_LABELS: dict[type, tuple[tuple[str, str], ...]] = {}


def _labels(cls: type) -> tuple[tuple[str, str], ...]:
    labels = _LABELS.get(cls)
    if labels is None:
        labels = _LABELS[cls] = tuple((f.name, f"\x00{f.name}=") for f in fields(cls) if f.name != "source")
    return labels


def fingerprint(feature: Any, xml: str) -> str:
    """A hash of every model value of ``feature`` and of the element ``xml`` kept for it.

    Equal fingerprints mean the model holds exactly what it held when the feature was
    read, and the kept element is the one read then (a plan file edited by hand in its
    ``source_xml`` column no longer matches), so the element is still a faithful encoding.
    The text hashed is built whole and encoded once (the same bytes as field by field).
    """
    parts = [feature.class_name]
    for name, label in _labels(type(feature)):
        parts.append(label)
        parts.append(value_token(getattr(feature, name)))
    parts.append("\x00xml=")
    parts.append(xml)
    return hashlib.sha256("".join(parts).encode()).hexdigest()


def kept(feature: Any, xml: str) -> SourceXml:
    """The :class:`SourceXml` for ``feature`` read from ``xml``."""
    return SourceXml(xml, fingerprint(feature, xml))


def still_faithful(feature: Any) -> bool:
    """True when ``feature`` has a kept element that still encodes exactly its model values."""
    src = feature.source
    return src is not None and fingerprint(feature, src.xml) == src.fingerprint


def pack(xml: str) -> str:
    """The text a plan file stores for a kept element: compressed, since XML is verbose (``docs/exchange.md``)."""
    deflater = zlib.compressobj(6, zdict=_DICTIONARY)
    packed = deflater.compress(xml.encode("utf-8")) + deflater.flush()
    return PACKED + base64.b64encode(packed).decode("ascii")


def unpack(stored: str) -> str | None:
    """The kept element from its stored text, packed or (older plan files) as is.

    ``None`` when a packed text does not unpack (damaged, or larger than :data:`MAX_UNPACKED`):
    the feature is then written from the model, like one whose element was edited by hand.
    """
    if not stored.startswith(PACKED):
        return stored
    try:
        raw = base64.b64decode(stored[len(PACKED):], validate=True)
        inflater = zlib.decompressobj(zdict=_DICTIONARY)
        data = inflater.decompress(raw, MAX_UNPACKED)
        if inflater.unconsumed_tail or not inflater.eof:
            return None
        return data.decode("utf-8")
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError):
        return None
