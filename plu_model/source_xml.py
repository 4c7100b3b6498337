"""The XML a feature was read from, kept so that an unedited feature is written back as it came.

The model holds what PLU 4.0 defines as values; a delivery holds more: ``gml:identifier``,
``gml:name``, ``gml:description``, ``gml:boundedBy``, ``xlink:title``/``xlink:role``,
the exact geometry encoding (``gml:Surface`` patches, arcs, several geometries in one
property, 3D), extension elements and foreign code lists.  Rather than widen the model
for every such shape, the reader keeps each feature's element verbatim together with the
model values built from it.  A writer that finds the values unchanged writes the element
back; an edited (or reprojected) feature no longer matches and is written from the model,
and the export report says which features those are.  A store keeps a fingerprint instead of
the values: of the second kind (``v2:``, :func:`stored_fingerprint`) a hash of the columns it
writes anyway, of the first kind (:func:`fingerprint`, what older plan files hold) a hash of
the values' texts; reading hashes nothing (``docs/exchange.md``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import zlib
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal
from operator import attrgetter, is_
from typing import Any

import shapely
from shapely.geometry.base import BaseGeometry

__all__ = [
    "FINGERPRINT_V2", "PACKED", "PendingFingerprint", "SourceXml", "begin_fingerprint", "columns_format",
    "columns_text", "fingerprint", "kept", "pack", "still_faithful", "stored_fingerprint", "unpack", "value_token",
    "values_getter",
]

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
#: zlib's level for packing: 3, zlib's fastest matching that still searches chains, packs a generated plan's
#: elements in 0.75 of level 6's time for 6% more bytes (levels 1 and 2 save no more time for 16-22% more)
_LEVEL = 3
#: no kept element of one feature unpacks to more than this (a hostile plan file could hold a zlib bomb)
MAX_UNPACKED = 64 << 20


#: what starts a fingerprint of the second kind (:func:`stored_fingerprint`); one without it is of the first
#: kind (:func:`fingerprint`, 64 hex digits), as every plan file written before it holds, and still matches
FINGERPRINT_V2 = "v2:"
#: a missing geometry in a second-kind fingerprint (a WKB never starts with a zero byte and a letter)
_NO_GEOMETRY = b"\x00none"


class SourceXml:
    """A feature's original element (serialised, namespaces declared) and the fingerprint it matched.

    A reader makes one with the feature's values as read (:func:`kept`): nothing is hashed
    until a store asks for the fingerprint, and :func:`still_faithful` compares the values
    themselves.  A store makes one with the fingerprint it kept, and with ``columns`` (how
    the store encodes a feature) when that fingerprint is of the second kind.
    """

    __slots__ = ("_columns", "_fingerprint", "_read", "xml")

    def __init__(self, xml: str, fingerprint: str | None = None, *, read: tuple[type, tuple[Any, ...]] | None = None,
                 columns: Columns | None = None):
        if fingerprint is None and read is None:
            raise ValueError("a kept element needs its fingerprint or the values read with it")
        self.xml = xml
        self._fingerprint = fingerprint
        self._read = read
        self._columns = columns

    @property
    def fingerprint(self) -> str:
        """The fingerprint as the first kind of plan file stores it (computed once, from the values read)."""
        if self._fingerprint is None:
            cls, values = self._read  # type: ignore[misc]
            self._fingerprint = _digest(cls, values, self.xml)
        return self._fingerprint

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SourceXml) and (self.xml, self.fingerprint) == (other.xml, other.fingerprint)

    def __hash__(self) -> int:
        return hash((self.xml, self.fingerprint))

    def __repr__(self) -> str:
        return f"SourceXml(<{len(self.xml)} characters>, {self.fingerprint!r})"


#: how a store keeps a feature: ``(name, encoded value)`` of every column but the kept element's own, and the geometry
Columns = Callable[[Any], tuple[Iterable[tuple[str, Any]], BaseGeometry | None]]


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
#: values that never change once made (a frozen dataclass is checked field by field)
_UNCHANGING = frozenset((str, int, float, bool, type(None), date, datetime, Decimal))
#: ``"\x00name="`` of each model field, by feature class (``source`` is the kept element itself)
_LABELS: dict[type, tuple[tuple[str, str], ...]] = {}


def _labels(cls: type) -> tuple[tuple[str, str], ...]:
    labels = _LABELS.get(cls)
    if labels is None:
        labels = _LABELS[cls] = tuple((f.name, f"\x00{f.name}=") for f in fields(cls) if f.name != "source")
    return labels


def _digest(cls: Any, values: Iterable[Any], xml: str) -> str:
    parts = [cls.class_name]
    for (_name, label), value in zip(_labels(cls), values, strict=True):
        parts.append(label)
        parts.append(value_token(value))
    parts.append("\x00xml=")
    parts.append(xml)
    return hashlib.sha256("".join(parts).encode()).hexdigest()


def fingerprint(feature: Any, xml: str) -> str:
    """A hash of every model value of ``feature`` and of the element ``xml`` kept for it (the first kind).

    Equal fingerprints mean the model holds exactly what it held when the feature was
    read, and the kept element is the one read then (a plan file edited by hand in its
    ``source_xml`` column no longer matches), so the element is still a faithful encoding.
    The text hashed is built whole and encoded once (the same bytes as field by field).
    """
    return _digest(type(feature), [getattr(feature, name) for name, _label in _labels(type(feature))], xml)


#: the fields of each frozen dataclass type met in values (an empty tuple: a type whose values may change)
_FROZEN: dict[type, tuple[str, ...] | None] = {}


def _frozen_fields(cls: type) -> tuple[str, ...] | None:
    if cls not in _FROZEN:
        params = getattr(cls, "__dataclass_params__", None)
        _FROZEN[cls] = tuple(cls.__dataclass_fields__) if params is not None and params.frozen else None
    return _FROZEN[cls]


#: per value type met: True when every value of it is unchanging, False when one may change, or the fields of
#: a frozen dataclass (a value of it is unchanging when each field is); decided once per type, not per value
_KINDS: dict[type, bool | tuple[str, ...]] = dict.fromkeys(_UNCHANGING, True)


def _kind(cls: type) -> bool | tuple[str, ...]:
    kind = _KINDS.get(cls)
    if kind is None:
        names = _frozen_fields(cls)
        kind = _KINDS[cls] = names if names is not None else issubclass(cls, BaseGeometry)
    return kind


def _unchanging(value: Any) -> bool:
    """True when ``value`` can never change (so keeping the object keeps the value)."""
    cls = type(value)
    if cls is tuple:
        for item in value:
            if _KINDS.get(type(item)) is not True and not _unchanging(item):
                return False
        return True
    kind = _KINDS.get(cls)
    if kind is None:
        kind = _kind(cls)
    if kind is True or kind is False:
        return kind
    for name in kind:
        field_value = getattr(value, name)
        if _KINDS.get(type(field_value)) is not True and not _unchanging(field_value):
            return False
    return True


#: per feature class: its model values (the fields of :func:`_labels`) as a tuple, fetched in one call
_VALUES: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def values_getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """What gives an object's values of ``names`` as one tuple, in one call (``attrgetter`` of one name gives
    no tuple); the plan file's row encoder fetches its columns' values with it too."""
    if len(names) > 1:
        return attrgetter(*names)
    return lambda obj: tuple(getattr(obj, name) for name in names)


def _values_of(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    getter = _VALUES.get(cls)
    if getter is None:
        getter = _VALUES[cls] = values_getter([name for name, _label in _labels(cls)])
    return getter


def _snapshot(feature: Any) -> tuple[Any, ...] | None:
    """The feature's values as they are now (lists copied), or ``None`` if one of them could change in place."""
    cls = type(feature)
    values = (_VALUES.get(cls) or _values_of(cls))(feature)
    copied: list[Any] | None = None
    for i, value in enumerate(values):
        if _KINDS.get(type(value)) is True:
            continue
        if type(value) is list:
            value = tuple(value)
            if copied is None:
                copied = list(values)
            copied[i] = value
        if not _unchanging(value):
            return None
    return values if copied is None else tuple(copied)


def kept(feature: Any, xml: str) -> SourceXml:
    """The :class:`SourceXml` for ``feature`` read from ``xml``: its values kept, hashed only if a store asks."""
    values = _snapshot(feature)
    if values is None:
        return SourceXml(xml, fingerprint(feature, xml))
    return SourceXml(xml, read=(type(feature), values))


def _same_as_read(feature: Any, read: tuple[type, tuple[Any, ...]]) -> bool:
    """True when every value of ``feature`` is the one read, or has the same token (what the first kind hashes)."""
    cls, values = read
    if type(feature) is not cls:
        return False
    for now, was in zip(_values_of(cls)(feature), values, strict=True):
        if now is was:
            continue
        if type(now) is list and len(now) == len(was) and all(map(is_, now, was)):
            continue
        if value_token(now) != value_token(was):
            return False
    return True


class PendingFingerprint:
    """A fingerprint of the second kind with all but the geometry hashed: a store that makes the
    geometries' ISO WKB for a batch anyway (:mod:`plu_model.gpkg_bulk`) hands each its own."""

    __slots__ = ("_digest", "_xml")

    def __init__(self, columns: Iterable[tuple[str, Any]] | str, xml: str):
        """``columns``: the ``(name, value)`` pairs hashed, or the text :func:`columns_text` makes of them (a store
        that knows its columns' names makes it with one ``str.format`` per row, see :func:`columns_format`)."""
        text = columns if type(columns) is str else columns_text(columns)  # type: ignore[arg-type]
        self._digest = hashlib.sha256(text.encode())
        self._xml = xml

    def finish(self, wkb: bytes | None) -> str:
        """The fingerprint, given the geometry's ISO WKB (``None``: the feature has no geometry)."""
        digest = self._digest
        digest.update(b"\x00wkb=" + (_NO_GEOMETRY if wkb is None else wkb) + b"\x00xml=")
        digest.update(self._xml.encode())
        return FINGERPRINT_V2 + digest.hexdigest()


def columns_text(columns: Iterable[tuple[str, Any]]) -> str:
    """What a second-kind fingerprint hashes of the columns: ``name=repr(value)`` of each, joined by NUL."""
    return "\x00".join([f"{name}={value!r}" for name, value in columns])


def columns_format(names: Iterable[str]) -> str:
    """A format whose ``.format(*values)`` is :func:`columns_text` of ``zip(names, values)`` (no braces in names)."""
    names = list(names)
    if any("{" in name or "}" in name for name in names):
        raise ValueError("a column name with a brace cannot go in a format")
    return "\x00".join([f"{name}={{!r}}" for name in names])


def _digest_v2(columns: Iterable[tuple[str, Any]], geometry: BaseGeometry | None, xml: str) -> str:
    """The second kind: a hash of the columns a store writes anyway, the geometry's ISO WKB and the element."""
    return PendingFingerprint(columns, xml).finish(None if geometry is None else shapely.to_wkb(geometry, flavor="iso"))


def begin_fingerprint(feature: Any, columns: Iterable[tuple[str, Any]] | str) -> str | PendingFingerprint | None:
    """:func:`stored_fingerprint` but for the geometry: a second kind waits for its WKB (decided now, as the
    feature is now); ``columns`` as :class:`PendingFingerprint` takes them."""
    src = feature.source
    if src is None:
        return None
    if src._read is not None and _same_as_read(feature, src._read):
        return PendingFingerprint(columns, src.xml)
    return src.fingerprint


def stored_fingerprint(feature: Any, columns: Iterable[tuple[str, Any]], geometry: BaseGeometry | None) -> str | None:
    """What a store keeps as the fingerprint of ``feature``'s kept element, ``columns`` being how it stores the rest.

    A feature still as read gets the second kind, made from the columns the store encodes
    anyway (no second walk over the values); an edited one keeps the fingerprint of what
    was read (the first kind), and one from a store keeps the fingerprint it came with.
    """
    begun = begin_fingerprint(feature, columns)
    if isinstance(begun, PendingFingerprint):
        return begun.finish(None if geometry is None else shapely.to_wkb(geometry, flavor="iso"))
    return begun


def still_faithful(feature: Any) -> bool:
    """True when ``feature`` has a kept element that still encodes exactly its model values."""
    src = feature.source
    if src is None:
        return False
    if src._read is not None:
        return _same_as_read(feature, src._read)
    stored = src.fingerprint
    if stored.startswith(FINGERPRINT_V2):
        if src._columns is None:
            return False
        columns, geometry = src._columns(feature)
        return _digest_v2(columns, geometry, src.xml) == stored
    return fingerprint(feature, src.xml) == stored


def pack(xml: str) -> str:
    """The text a plan file stores for a kept element: compressed, since XML is verbose (``docs/exchange.md``)."""
    deflater = zlib.compressobj(_LEVEL, zdict=_DICTIONARY)
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
