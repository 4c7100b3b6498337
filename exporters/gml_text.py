"""A feature written from the model straight as GML text, byte for byte what the element tree gives.

:class:`exporters.gml_writer._FeatureEncoder` builds each feature as an lxml tree, indents
and serialises it: about fifty elements, each a Python call or three.  Most features of a
large plan are written from the model with nothing to carry over (made here, or from a
plan file without kept elements), and for them this module writes the same bytes as text,
a line per property.  Whatever it is not sure of (a value lxml would refuse, a geometry
it does not write, a missing required value) it leaves to the element tree, which then
writes the feature or raises its usual message: :meth:`FeatureText.encode` returns ``None``.

``tests/exporters/test_gml_text.py`` holds both writers to the same bytes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import numpy as np
import shapely
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

from exporters.gml_pos_lists import polygon_rings
from plu_model.crs import reproject
from plu_model.features import Feature, geometry_of, has_finite_coordinates
from plu_model.schema import CLASS_ATTRIBUTES, Attribute
from plu_model.temporal import format_date, format_datetime
from plu_model.values import (
    CIDate,
    DimensioningIndicationMeasureValue,
    DimensioningIndicationValue,
    DocumentCitation,
    HILUCSPercentage,
    HILUCSPresence,
    Identifier,
    LegislationCitation,
)
from plu_model.voidable import Nil

__all__ = ["FeatureText"]

#: newline and indentation of an element ``n`` levels below the feature's member element
_IND = ["\n" + "  " * n for n in range(64)]
_CI_DATE_CODELIST = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode"
#: characters lxml escapes in text or attributes, or refuses altogether
_TEXT_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ATTR_SPECIAL = re.compile('[&<>"\n\t\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]')
_REFUSED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


#: the GML collection and member element of each shapely collection, in the tree writer's order
_COLLECTIONS = {
    MultiPoint: ("MultiPoint", "pointMember"),
    MultiLineString: ("MultiCurve", "curveMember"),
    GeometryCollection: ("MultiGeometry", "geometryMember"),
}


class _Unsure(Exception):
    """Leave this feature to the element tree."""


def _text(value: Any) -> str:
    if type(value) is not str:
        raise _Unsure
    if _TEXT_SPECIAL.search(value) is None:
        return value
    if _REFUSED.search(value):
        raise _Unsure
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _attr(value: Any) -> str:
    if type(value) is not str:
        raise _Unsure
    if _ATTR_SPECIAL.search(value) is None:
        return value
    if _REFUSED.search(value):
        raise _Unsure
    for raw, esc in (
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ('"', "&quot;"),
        ("\n", "&#10;"),
        ("\t", "&#9;"),
        ("\r", "&#13;"),
    ):
        value = value.replace(raw, esc)
    return value


def _leaf(out: list[str], d: int, tag: str, text: Any = None, attrs: str = "") -> None:
    """``<tag attrs>text</tag>``, or ``<tag attrs/>`` when there is no text (``""`` is text)."""
    if text is None:
        out.append(f"{_IND[d]}<{tag}{attrs}/>")
    else:
        out.append(f"{_IND[d]}<{tag}{attrs}>{_text(text)}</{tag}>")


def _nil_or_text(out: list[str], d: int, tag: str, value: Any) -> None:
    if isinstance(value, Nil):
        out.append(f'{_IND[d]}<{tag} xsi:nil="true" nilReason="{_attr(value.reason)}"/>')
    else:
        _leaf(out, d, tag, str(value))


class FeatureText:
    """Writes features from the model as text, for one source and destination CRS."""

    def __init__(self, src_crs: int, dst_crs: int, swap: bool, srs_name: str):
        self.src_crs, self.dst_crs, self.swap = src_crs, dst_crs, swap
        self.srs_name = srs_name
        self._ids = 0
        #: ring texts of the polygons :meth:`prepare` formatted, by the geometry's id
        self._prepared: dict[int, list[list[str]]] = {}

    def encode(self, f: Feature) -> bytes | None:
        """The feature's bytes as the element-tree writer gives them, or ``None`` to leave it to that writer."""
        try:
            return self._feature(f).encode("utf-8")
        except (_Unsure, ValueError, TypeError, AttributeError, KeyError, IndexError):
            return None

    def _feature(self, f: Feature) -> str:
        cls = f.class_name
        out = [f'<plu:{cls} gml:id="{_attr(f.gml_id or "")}">']
        self._ids = 0
        for attr in CLASS_ATTRIBUTES[cls]:
            value = getattr(f, attr.name)
            if value is None:
                if attr.optional:
                    continue
                raise _Unsure  # the element tree says which value is missing
            tag = "plu:" + attr.xml
            if isinstance(value, Nil):
                out.append(f'{_IND[3]}<{tag} xsi:nil="true" nilReason="{_attr(value.reason)}"/>')
                continue
            for item in value if attr.many else (value,):
                self._value(out, tag, attr, item, f)
        if len(out) == 1:
            raise _Unsure
        out.append(f"{_IND[2]}</plu:{cls}>")
        return "".join(out)

    def _value(self, out: list[str], tag: str, attr: Attribute, value: Any, f: Feature) -> None:
        kind = attr.kind
        if kind in ("code", "ref"):
            out.append(f'{_IND[3]}<{tag} xlink:href="{_attr(value)}"/>')
        elif kind == "string":
            _leaf(out, 3, tag, value)
        elif kind == "datetime":
            _leaf(out, 3, tag, format_datetime(value))
        elif kind == "date":
            _leaf(out, 3, tag, format_date(value))
        elif kind == "boolean":
            _leaf(out, 3, tag, "true" if value else "false")
        elif kind == "geometry":
            out.append(f"{_IND[3]}<{tag}>")
            self._geometry(out, value, f.gml_id or "geom", f.class_name != "SupplementaryRegulation")
            out.append(f"{_IND[3]}</{tag}>")
        else:
            body: list[str] = []
            _STRUCTURED[kind](body, value, f, attr)
            if not body:
                raise _Unsure
            out.append(f"{_IND[3]}<{tag}>")
            out.extend(body)
            out.append(f"{_IND[3]}</{tag}>")

    # -- geometry ---------------------------------------------------------------
    def _id(self, base: str) -> str:
        self._ids += 1
        return _attr(f"{base}.G{self._ids}")

    def prepare(self, features: Sequence[Feature]) -> None:
        """Format the polygons of the next features in one go (:mod:`exporters.gml_pos_lists`)."""
        self._prepared = {}
        if self.src_crs != self.dst_crs:
            return
        geoms = [g for g in map(geometry_of, features) if isinstance(g, (Polygon, MultiPolygon))]
        for geom, rings in zip(geoms, polygon_rings(geoms, self.swap), strict=True):
            if rings is not None:
                self._prepared[id(geom)] = rings

    def _geometry(self, out: list[str], geom: BaseGeometry, base: str, surface: bool) -> None:
        prepared = self._prepared.get(id(geom))
        if prepared is not None:
            top = f' srsName="{_attr(self.srs_name)}" srsDimension="2"'
            if surface or isinstance(geom, MultiPolygon):
                self._multi_surface(out, prepared, base, top)
            else:
                self._polygon(out, 4, prepared[0], base, top)
            return
        if not has_finite_coordinates(geom):
            raise _Unsure
        geom = reproject(geom, self.src_crs, self.dst_crs)
        dim = 3 if shapely.has_z(geom) else 2
        top = f' srsName="{_attr(self.srs_name)}" srsDimension="{dim}"'
        if isinstance(geom, (Polygon, MultiPolygon)):
            geom = shapely.orient_polygons(geom, exterior_cw=False)
        if surface or isinstance(geom, MultiPolygon):
            polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else ([] if geom.is_empty else [geom])
            if not all(isinstance(p, Polygon) for p in polys):
                raise _Unsure
            self._multi_surface(out, [self._rings(p, dim) for p in polys], base, top)
        else:
            self._any(out, 4, geom, base, dim, top)

    def _multi_surface(self, out: list[str], polygons: list[list[str]], base: str, top: str) -> None:
        ms = f'<gml:MultiSurface gml:id="{self._id(base)}"{top}'
        if not polygons:
            out.append(f"{_IND[4]}{ms}/>")
            return
        out.append(f"{_IND[4]}{ms}>")
        for rings in polygons:
            out.append(f"{_IND[5]}<gml:surfaceMember>")
            self._polygon(out, 6, rings, base, "")
            out.append(f"{_IND[5]}</gml:surfaceMember>")
        out.append(f"{_IND[4]}</gml:MultiSurface>")

    def _any(self, out: list[str], d: int, geom: BaseGeometry, base: str, dim: int, top: str) -> None:
        if isinstance(geom, Polygon):
            self._polygon(out, d, self._rings(geom, dim), base, top)
        elif isinstance(geom, Point):
            out.append(f'{_IND[d]}<gml:Point gml:id="{self._id(base)}"{top}>')
            out.append(f"{_IND[d + 1]}<gml:pos>{self._pos_list(geom, dim)}</gml:pos>")
            out.append(f"{_IND[d]}</gml:Point>")
        elif isinstance(geom, LineString):
            out.append(f'{_IND[d]}<gml:LineString gml:id="{self._id(base)}"{top}>')
            out.append(f"{_IND[d + 1]}<gml:posList>{self._pos_list(geom, dim)}</gml:posList>")
            out.append(f"{_IND[d]}</gml:LineString>")
        else:
            for cls, (tag, member) in _COLLECTIONS.items():
                if isinstance(geom, cls):
                    head = f'<gml:{tag} gml:id="{self._id(base)}"{top}'
                    parts = list(geom.geoms)  # type: ignore[attr-defined]
                    if not parts:
                        out.append(f"{_IND[d]}{head}/>")
                        return
                    out.append(f"{_IND[d]}{head}>")
                    for part in parts:
                        out.append(f"{_IND[d + 1]}<gml:{member}>")
                        self._any(out, d + 2, part, base, dim, "")
                        out.append(f"{_IND[d + 1]}</gml:{member}>")
                    out.append(f"{_IND[d]}</gml:{tag}>")
                    return
            raise _Unsure

    def _rings(self, poly: Polygon, dim: int) -> list[str]:
        return [self._pos_list(ring, dim) for ring in (poly.exterior, *poly.interiors)]

    def _polygon(self, out: list[str], d: int, rings: list[str], base: str, top: str) -> None:
        """A gml:Polygon of ring texts, the exterior first."""
        out.append(f'{_IND[d]}<gml:Polygon gml:id="{self._id(base)}"{top}>')
        for n, text in enumerate(rings):
            tag = "interior" if n else "exterior"
            out.append(f"{_IND[d + 1]}<gml:{tag}>{_IND[d + 2]}<gml:LinearRing>{_IND[d + 3]}<gml:posList>")
            out.append(text)
            out.append(f"</gml:posList>{_IND[d + 2]}</gml:LinearRing>{_IND[d + 1]}</gml:{tag}>")
        out.append(f"{_IND[d]}</gml:Polygon>")

    def _pos_list(self, geom: BaseGeometry, dim: int) -> str:
        """The coordinates as the tree writer formats them: ``repr`` of each, axes in the CRS's order."""
        arr = np.asarray(geom.coords)[:, :dim]
        if self.swap:
            arr = arr[:, [1, 0, 2][:dim]]
        return " ".join(map(repr, arr.ravel().tolist()))


# -- structured values: each writes its value element's lines at depth 4 -------------------
def _identifier(out: list[str], ident: Identifier, f: Feature, attr: Attribute) -> None:
    out.append(f"{_IND[4]}<base:Identifier>")
    _leaf(out, 5, "base:localId", ident.local_id)
    _leaf(out, 5, "base:namespace", ident.namespace)
    if ident.version_id is not None:
        _nil_or_text(out, 5, "base:versionId", ident.version_id)
    out.append(f"{_IND[4]}</base:Identifier>")


def _background_map(out: list[str], b: Any, f: Feature, attr: Attribute) -> None:
    out.append(f"{_IND[4]}<plu:BackgroundMapValue>")
    _leaf(out, 5, "plu:backgroundMapDate", format_datetime(b.background_map_date))
    _leaf(out, 5, "plu:backgroundMapReference", b.background_map_reference)
    _nil_or_text(out, 5, "plu:backgroundMapURI", b.background_map_uri)
    out.append(f"{_IND[4]}</plu:BackgroundMapValue>")


def _ordinance(out: list[str], o: Any, f: Feature, attr: Attribute) -> None:
    out.append(f"{_IND[4]}<plu:OrdinanceValue>")
    _leaf(out, 5, "plu:ordinanceDate", format_datetime(o.ordinance_date))
    _leaf(out, 5, "plu:ordinanceReference", o.ordinance_reference)
    out.append(f"{_IND[4]}</plu:OrdinanceValue>")


def _dimensioning(out: list[str], d: Any, f: Feature, attr: Attribute) -> None:
    tag = "plu:" + type(d).__name__
    out.append(f"{_IND[4]}<{tag}>")
    _leaf(out, 5, "plu:indicationReference", d.indication_reference)
    if type(d) is not DimensioningIndicationValue:
        value = d.value
        text = repr(float(value)) if isinstance(value, float) else str(value)
        uom = f' uom="{_attr(d.uom)}"' if isinstance(d, DimensioningIndicationMeasureValue) else ""
        _leaf(out, 5, "plu:value", text, uom)
    out.append(f"{_IND[4]}</{tag}>")


def _presence(out: list[str], p: Any, f: Feature, attr: Attribute) -> None:
    hilucs = isinstance(p, HILUCSPresence)
    tag = "lunom:HILUCSPresence" if hilucs else "lunom:SpecificPresence"
    body: list[str] = []
    if p.ordered_list:
        body += [f'{_IND[5]}<lunom:orderedList xlink:href="{_attr(href)}"/>' for href in p.ordered_list]
    else:
        pct, val = ("HILUCSPercentage", "hilucsValue") if hilucs else ("SpecificPercentage", "specificValue")
        for item in p.percentage_list:
            value = item.hilucs_value if isinstance(item, HILUCSPercentage) else item.specific_value
            body.append(f"{_IND[5]}<lunom:percentageList>{_IND[6]}<lunom:{pct}>")
            body.append(f'{_IND[7]}<lunom:{val} xlink:href="{_attr(value)}"/>')
            _leaf(body, 7, "lunom:percentage", str(item.percentage))
            body.append(f"{_IND[6]}</lunom:{pct}>{_IND[5]}</lunom:percentageList>")
    if not body:
        out.append(f"{_IND[4]}<{tag}/>")
        return
    out.append(f"{_IND[4]}<{tag}>")
    out.extend(body)
    out.append(f"{_IND[4]}</{tag}>")


def _ci_date(out: list[str], d: CIDate) -> None:
    out.append(f"{_IND[6]}<gmd:CI_Date>{_IND[7]}<gmd:date>")
    if isinstance(d.date, datetime):
        _leaf(out, 8, "gco:DateTime", format_datetime(d.date))
    else:
        _leaf(out, 8, "gco:Date", format_date(d.date))
    code = _attr(d.date_type)
    out.append(f"{_IND[7]}</gmd:date>{_IND[7]}<gmd:dateType>")
    _leaf(out, 8, "gmd:CI_DateTypeCode", d.date_type, f' codeList="{_CI_DATE_CODELIST}" codeListValue="{code}"')
    out.append(f"{_IND[7]}</gmd:dateType>{_IND[6]}</gmd:CI_Date>")


def _citation(out: list[str], c: DocumentCitation, f: Feature, attr: Attribute) -> None:
    legislation = isinstance(c, LegislationCitation)
    tag = "base2:LegislationCitation" if legislation else "base2:DocumentCitation"
    out.append(f'{_IND[4]}<{tag} gml:id="{_attr(c.gml_id or f"{f.gml_id}.{attr.xml}")}">')
    _leaf(out, 5, "base2:name", c.name)
    if c.short_name is not None:
        _nil_or_text(out, 5, "base2:shortName", c.short_name)
    if isinstance(c.date, Nil):
        _nil_or_text(out, 5, "base2:date", c.date)
    else:
        out.append(f"{_IND[5]}<base2:date>")
        _ci_date(out, c.date)
        out.append(f"{_IND[5]}</base2:date>")
    if isinstance(c.link, Nil):
        _nil_or_text(out, 5, "base2:link", c.link)
    else:
        for link in c.link:
            _leaf(out, 5, "base2:link", link)
    if isinstance(c.specific_reference, Nil):
        _nil_or_text(out, 5, "base2:specificReference", c.specific_reference)
    elif c.specific_reference:
        for ref in c.specific_reference:
            _leaf(out, 5, "base2:specificReference", ref)
    if legislation:
        assert isinstance(c, LegislationCitation)
        _legislation(out, c)
    out.append(f"{_IND[4]}</{tag}>")


def _legislation(out: list[str], c: LegislationCitation) -> None:
    for name, value in (
        ("identificationNumber", c.identification_number),
        ("officialDocumentNumber", c.official_document_number),
        ("dateEnteredIntoForce", c.date_entered_into_force),
        ("dateRepealed", c.date_repealed),
    ):
        if value is not None:
            _leaf(out, 5, "base2:" + name, value)
    out.append(f'{_IND[5]}<base2:level xlink:href="{_attr(c.level)}"/>')
    j = c.journal_citation
    if j is not None:
        out.append(f"{_IND[5]}<base2:journalCitation>{_IND[6]}<base2:OfficialJournalInformation>")
        _leaf(out, 7, "base2:officialJournalIdentification", j.official_journal_identification)
        for name, value in (("ISSN", j.issn), ("ISBN", j.isbn), ("linkToJournal", j.link_to_journal)):
            if value is not None:
                _leaf(out, 7, "base2:" + name, value)
        out.append(f"{_IND[6]}</base2:OfficialJournalInformation>{_IND[5]}</base2:journalCitation>")


_STRUCTURED = {
    "identifier": _identifier,
    "background_map": _background_map,
    "ordinance": _ordinance,
    "dimensioning": _dimensioning,
    "hilucs_presence": _presence,
    "specific_presence": _presence,
    "legislation_citation": _citation,
    "document_citation": _citation,
}
