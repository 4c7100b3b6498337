"""Write INSPIRE PLU 4.0.1 GML 3.2.1, streaming, one feature at a time.

Every feature is built as a small element tree, serialised and forgotten, so
exporting a city-wide plan needs memory for one feature, not for the document.
The output is a ``base:SpatialDataSet`` (or a ``wfs:FeatureCollection``) with:

* ``srsName`` as ``http://www.opengis.net/def/crs/EPSG/0/N`` and coordinates in
  that CRS's axis order (lat/long for EPSG:4258, northing/easting for EPSG:7801);
* exterior rings counter-clockwise and interior rings clockwise (seen from above,
  east to the right), whatever the axis order;
* unique ``gml:id`` s on every feature, geometry and citation;
* code values and links as ``xlink:href``, with the ``xlink:title`` a foreign file
  gave them when the plan was read (``code_titles`` in the metadata); voidable
  attributes without a value as ``xsi:nil="true"`` with their ``nilReason``.

A feature read from GML and not edited since is written back as the element it was read
from (:mod:`exporters.kept_source`, ``docs/exchange.md``); ``keep_source=False`` writes
every feature from the model as described above.

The file is written next to its destination and moved into place only when
complete, so a crash or a cancel never leaves half a file.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, Protocol

import numpy as np
import shapely
from lxml import etree
from shapely.geometry import (
    GeometryCollection,
    LinearRing,
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

from exporters.collection_wrapper import SourceWrapper, collection_comments, source_wrapper
from exporters.gml_text import FeatureText
from exporters.kept_source import (
    carry_extras,
    collection_head,
    differences,
    keep_unchanged,
    kept_element,
    normalisations,
    strip_declared,
)
from plu_model import xml_parsing
from plu_model.atomic import atomic_open
from plu_model.crs import axis_swapped, crs_uri, reproject
from plu_model.dataset import GML_ID_PREFIX, make_gml_id
from plu_model.errors import PluError
from plu_model.features import Feature, has_finite_coordinates
from plu_model.i18n import Text
from plu_model.progress import Progress
from plu_model.schema import CLASS_ATTRIBUTES, Attribute
from plu_model.temporal import format_date, format_datetime
from plu_model.values import (
    BackgroundMapValue,
    CIDate,
    DimensioningIndicationMeasureValue,
    DimensioningIndicationValue,
    DocumentCitation,
    HILUCSPercentage,
    HILUCSPresence,
    Identifier,
    LegislationCitation,
    OrdinanceValue,
    SpecificPresence,
)
from plu_model.voidable import Nil
from plu_model.xml_names import (
    GML_ID,
    NS,
    PLU_SCHEMA_LOCATION,
    WFS_SCHEMA_URL,
    XLINK_HREF,
    XLINK_TITLE,
    XSI_NIL,
    q,
)

__all__ = ["GmlWriteResult", "PlanSource", "write_gml"]

_NSMAP = {k: v for k, v in NS.items() if k != "wfs"}
_XMLNS_ATTR = re.compile(rb'\s+xmlns:[A-Za-z0-9_]+="[^"]*"')
#: features read ahead, so that their polygons are formatted together (exporters.gml_pos_lists)
_BATCH = 256
_CI_DATE_CODELIST = "http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode"


class PlanSource(Protocol):
    """What the writer needs: a CRS, dataset facts and the features in order."""

    crs: int
    dataset_id: Identifier | None
    metadata: dict[str, str]

    def features(self) -> Iterable[Feature]: ...

    def counts(self) -> dict[str, int]: ...


@dataclass
class GmlWriteResult:
    """What was written: counts per class and any ``gml:id`` that had to be changed."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    renamed_ids: dict[str, str] = field(default_factory=dict)
    #: features written back exactly as they were read
    verbatim: int = 0
    #: the collection element written (``gml:FeatureCollection``…)
    wrapper: str = ""
    #: ``(gml_id, English, Bulgarian)`` for every normalisation applied to a feature written from the model
    normalised: list[tuple[str, Text]] = field(default_factory=list)


class _FeatureEncoder:
    def __init__(self, src_crs: int, dst_crs: int, keep_source: bool = True,
                 rewrite: Mapping[str, Collection[str] | None] | None = None):
        self.keep_source = keep_source
        self.rewrite = dict(rewrite or {})
        self.src_crs = src_crs
        self.dst_crs = dst_crs
        self.swap = axis_swapped(dst_crs)
        self.srs_name = crs_uri(dst_crs)
        self._geom_ids = 0
        self.text = FeatureText(src_crs, dst_crs, self.swap, self.srs_name)

    # -- geometry ----------------------------------------------------------
    def _pos_list(self, coords: np.ndarray) -> str:
        arr = np.asarray(coords, dtype=float)
        if self.swap:
            arr = arr.copy()
            arr[:, [0, 1]] = arr[:, [1, 0]]
        return " ".join(map(repr, arr.ravel().tolist()))

    def _ring(self, parent: etree._Element, tag: str, ring: LinearRing, dim: int) -> None:
        boundary = etree.SubElement(parent, q("gml", tag))
        lr = etree.SubElement(boundary, q("gml", "LinearRing"))
        pl = etree.SubElement(lr, q("gml", "posList"))
        pl.text = self._pos_list(np.asarray(ring.coords)[:, :dim])

    def _next_id(self, base: str) -> str:
        self._geom_ids += 1
        return f"{base}.G{self._geom_ids}"

    def _polygon(self, parent: etree._Element, poly: Polygon, base: str, dim: int, top: bool) -> None:
        el = etree.SubElement(parent, q("gml", "Polygon"), {GML_ID: self._next_id(base)})
        self._top_attrs(el, dim, top)
        self._ring(el, "exterior", poly.exterior, dim)
        for hole in poly.interiors:
            self._ring(el, "interior", hole, dim)

    def _top_attrs(self, el: etree._Element, dim: int, top: bool) -> None:
        if top:
            el.set("srsName", self.srs_name)
            el.set("srsDimension", str(dim))

    def geometry(self, parent: etree._Element, geom: BaseGeometry, base: str, surface: bool) -> None:
        """Write ``geom`` under ``parent``; ``surface`` forces a gml:MultiSurface."""
        if not has_finite_coordinates(geom):
            raise PluError(
                Text("exporters.gml_writer", "{base}: the geometry has NaN or infinite coordinates; correct them "
                                             "before export", base=base),
            )
        geom = reproject(geom, self.src_crs, self.dst_crs)
        dim = 3 if shapely.has_z(geom) else 2
        if isinstance(geom, (Polygon, MultiPolygon)):
            geom = shapely.orient_polygons(geom, exterior_cw=False)
        if surface or isinstance(geom, MultiPolygon):
            polys = list(geom.geoms) if isinstance(geom, MultiPolygon) else ([] if geom.is_empty else [geom])
            if not all(isinstance(p, Polygon) for p in polys):
                raise PluError(
                    Text("exporters.gml_writer", "{base}: a {geom_type} cannot be written as gml:MultiSurface",
                                                 base=base, geom_type=geom.geom_type),
                )
            ms = etree.SubElement(parent, q("gml", "MultiSurface"), {GML_ID: self._next_id(base)})
            self._top_attrs(ms, dim, True)
            for p in polys:
                self._polygon(etree.SubElement(ms, q("gml", "surfaceMember")), p, base, dim, False)
            return
        self._any(parent, geom, base, dim, True)

    def _any(self, parent: etree._Element, geom: BaseGeometry, base: str, dim: int, top: bool) -> None:
        if isinstance(geom, Polygon):
            self._polygon(parent, geom, base, dim, top)
        elif isinstance(geom, Point):
            el = etree.SubElement(parent, q("gml", "Point"), {GML_ID: self._next_id(base)})
            self._top_attrs(el, dim, top)
            etree.SubElement(el, q("gml", "pos")).text = self._pos_list(np.asarray(geom.coords)[:, :dim])
        elif isinstance(geom, LineString):
            el = etree.SubElement(parent, q("gml", "LineString"), {GML_ID: self._next_id(base)})
            self._top_attrs(el, dim, top)
            etree.SubElement(el, q("gml", "posList")).text = self._pos_list(np.asarray(geom.coords)[:, :dim])
        else:
            kinds = {
                MultiPoint: ("MultiPoint", "pointMember"),
                MultiLineString: ("MultiCurve", "curveMember"),
                GeometryCollection: ("MultiGeometry", "geometryMember"),
            }
            for cls, (tag, member) in kinds.items():
                if isinstance(geom, cls):
                    el = etree.SubElement(parent, q("gml", tag), {GML_ID: self._next_id(base)})
                    self._top_attrs(el, dim, top)
                    for part in geom.geoms:
                        self._any(etree.SubElement(el, q("gml", member)), part, base, dim, False)
                    return
            raise PluError(Text("exporters.gml_writer", "{base}: cannot write a {geom_type}",
                                                        base=base, geom_type=geom.geom_type))

    # -- values ---------------------------------------------------------------
    def feature(self, f: Feature) -> etree._Element:
        cls = f.class_name
        el = etree.Element(q("plu", cls), {GML_ID: f.gml_id or ""}, nsmap=_NSMAP)
        self._geom_ids = 0
        for attr in CLASS_ATTRIBUTES[cls]:
            value = getattr(f, attr.name)
            if value is None:
                if attr.optional:
                    continue
                raise PluError(
                    Text("exporters.gml_writer", "{cls} {gml_id}: required {xml} has no value",
                                                 cls=cls, gml_id=f.gml_id, xml=attr.xml),
                )
            if isinstance(value, Nil):
                etree.SubElement(el, q("plu", attr.xml), {XSI_NIL: "true", "nilReason": value.reason})
                continue
            items = value if attr.many else [value]
            for item in items:
                self._value(etree.SubElement(el, q("plu", attr.xml)), attr, item, f)
        return el

    def _value(self, el: etree._Element, attr: Attribute, value: Any, f: Feature) -> None:
        kind = attr.kind
        if kind in ("code", "ref"):
            el.set(XLINK_HREF, value)
        elif kind == "string":
            el.text = value
        elif kind == "datetime":
            el.text = format_datetime(value)
        elif kind == "date":
            el.text = format_date(value)
        elif kind == "boolean":
            el.text = "true" if value else "false"
        elif kind == "identifier":
            _identifier(el, value)
        elif kind == "geometry":
            self.geometry(el, value, f.gml_id or "geom", surface=f.class_name != "SupplementaryRegulation")
        elif kind == "background_map":
            _background_map(el, value)
        elif kind == "ordinance":
            _ordinance(el, value)
        elif kind == "dimensioning":
            _dimensioning(el, value)
        elif kind in ("hilucs_presence", "specific_presence"):
            _presence(el, value)
        elif kind in ("legislation_citation", "document_citation"):
            _citation(el, value, f"{f.gml_id}.{attr.xml}")
        else:  # pragma: no cover - schema table and writer out of step
            raise PluError(Text("exporters.gml_writer", "no writer for kind {kind}", kind=kind))


def _sub(parent: etree._Element, prefix: str, name: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, q(prefix, name), attrs)
    if text is not None:
        el.text = text
    return el


def _nil_or_text(parent: etree._Element, prefix: str, name: str, value: Any) -> None:
    if isinstance(value, Nil):
        etree.SubElement(parent, q(prefix, name), {XSI_NIL: "true", "nilReason": value.reason})
    else:
        _sub(parent, prefix, name, str(value))


def _identifier(el: etree._Element, ident: Identifier) -> None:
    i = _sub(el, "base", "Identifier")
    _sub(i, "base", "localId", ident.local_id)
    _sub(i, "base", "namespace", ident.namespace)
    if ident.version_id is not None:
        _nil_or_text(i, "base", "versionId", ident.version_id)


def _background_map(el: etree._Element, b: BackgroundMapValue) -> None:
    v = _sub(el, "plu", "BackgroundMapValue")
    _sub(v, "plu", "backgroundMapDate", format_datetime(b.background_map_date))
    _sub(v, "plu", "backgroundMapReference", b.background_map_reference)
    _nil_or_text(v, "plu", "backgroundMapURI", b.background_map_uri)


def _ordinance(el: etree._Element, o: OrdinanceValue) -> None:
    v = _sub(el, "plu", "OrdinanceValue")
    _sub(v, "plu", "ordinanceDate", format_datetime(o.ordinance_date))
    _sub(v, "plu", "ordinanceReference", o.ordinance_reference)


def _dimensioning(el: etree._Element, d: DimensioningIndicationValue) -> None:
    v = _sub(el, "plu", type(d).__name__)
    _sub(v, "plu", "indicationReference", d.indication_reference)
    if type(d) is DimensioningIndicationValue:
        return
    value = d.value
    text = repr(float(value)) if isinstance(value, float) else str(value)
    if isinstance(d, DimensioningIndicationMeasureValue):
        _sub(v, "plu", "value", text, uom=d.uom)
    else:
        _sub(v, "plu", "value", text)


def _presence(el: etree._Element, p: HILUCSPresence | SpecificPresence) -> None:
    hilucs = isinstance(p, HILUCSPresence)
    v = _sub(el, "lunom", "HILUCSPresence" if hilucs else "SpecificPresence")
    if p.ordered_list:
        for href in p.ordered_list:
            _sub(v, "lunom", "orderedList").set(XLINK_HREF, href)
        return
    for item in p.percentage_list:
        pl = _sub(v, "lunom", "percentageList")
        pct = _sub(pl, "lunom", "HILUCSPercentage" if hilucs else "SpecificPercentage")
        value = item.hilucs_value if isinstance(item, HILUCSPercentage) else item.specific_value
        _sub(pct, "lunom", "hilucsValue" if hilucs else "specificValue").set(XLINK_HREF, value)
        _sub(pct, "lunom", "percentage", str(item.percentage))


def _ci_date(parent: etree._Element, d: CIDate) -> None:
    ci = _sub(parent, "gmd", "CI_Date")
    holder = _sub(ci, "gmd", "date")
    if isinstance(d.date, datetime):
        _sub(holder, "gco", "DateTime", format_datetime(d.date))
    else:
        _sub(holder, "gco", "Date", format_date(d.date))
    dt = _sub(ci, "gmd", "dateType")
    _sub(dt, "gmd", "CI_DateTypeCode", d.date_type, codeList=_CI_DATE_CODELIST, codeListValue=d.date_type)


def _citation(el: etree._Element, c: DocumentCitation, default_id: str) -> None:
    legislation = isinstance(c, LegislationCitation)
    v = _sub(el, "base2", "LegislationCitation" if legislation else "DocumentCitation")
    v.set(GML_ID, c.gml_id or default_id)
    _sub(v, "base2", "name", c.name)
    if c.short_name is not None:
        _nil_or_text(v, "base2", "shortName", c.short_name)
    if isinstance(c.date, Nil):
        _nil_or_text(v, "base2", "date", c.date)
    else:
        _ci_date(_sub(v, "base2", "date"), c.date)
    if isinstance(c.link, Nil):
        _nil_or_text(v, "base2", "link", c.link)
    else:
        for link in c.link:
            _sub(v, "base2", "link", link)
    if isinstance(c.specific_reference, Nil):
        _nil_or_text(v, "base2", "specificReference", c.specific_reference)
    elif c.specific_reference:
        for ref in c.specific_reference:
            _sub(v, "base2", "specificReference", ref)
    if not legislation:
        return
    assert isinstance(c, LegislationCitation)
    for name, value in (
        ("identificationNumber", c.identification_number),
        ("officialDocumentNumber", c.official_document_number),
        ("dateEnteredIntoForce", c.date_entered_into_force),
        ("dateRepealed", c.date_repealed),
    ):
        if value is not None:
            _sub(v, "base2", name, value)
    _sub(v, "base2", "level").set(XLINK_HREF, c.level)
    j = c.journal_citation
    if j is not None:
        oj = _sub(_sub(v, "base2", "journalCitation"), "base2", "OfficialJournalInformation")
        _sub(oj, "base2", "officialJournalIdentification", j.official_journal_identification)
        for name, value in (("ISSN", j.issn), ("ISBN", j.isbn), ("linkToJournal", j.link_to_journal)):
            if value is not None:
                _sub(oj, "base2", name, value)


def _restate_crs(record: etree._Element, srs_name: str) -> None:
    """Make the metadata record name the CRS the file is actually written in."""
    path = f"{q('gmd', 'referenceSystemInfo')}//{q('gmd', 'RS_Identifier')}/{q('gmd', 'code')}/{q('gco', 'CharacterString')}"
    for code in record.iterfind(path):
        code.text = srs_name


def _strip_namespace_declarations(data: bytes) -> bytes:
    """Drop the xmlns declarations of a serialised feature: the wrapper declares them."""
    end = data.index(b">")
    return _XMLNS_ATTR.sub(b"", data[:end]) + data[end:]


def _unique_ids(features: Iterable[Feature], renamed: dict[str, str]) -> Iterator[Feature]:
    seen: set[str] = set()
    for f in features:
        original = f.gml_id
        candidate = original or make_gml_id(GML_ID_PREFIX[f.class_name], f.inspire_id.local_id)
        base, n = candidate, 1
        while candidate in seen:
            n += 1
            candidate = f"{base}_{n}"
        if candidate != original:
            if original:
                renamed[original] = candidate
            f.gml_id = candidate
        seen.add(candidate)
        yield f


def write_gml(
    path: str | os.PathLike[str],
    data: PlanSource,
    *,
    crs: int | None = None,
    wrapper: str = "base",
    keep_source: bool = True,
    progress: Progress | None = None,
    total: int | None = None,
    rewrite: Mapping[str, Collection[str] | None] | None = None,
) -> GmlWriteResult:
    """Write ``data`` as PLU GML to ``path`` atomically.

    Parameters
    ----------
    crs
        EPSG code to write in; geometries are reprojected from ``data.crs``.
    wrapper
        ``"base"`` for ``base:SpatialDataSet`` (the INSPIRE default), ``"wfs"``
        for a WFS 2.0 ``wfs:FeatureCollection``, ``"gml"`` for a ``gml:FeatureCollection``,
        or ``"source"`` for the collection element the plan was read from
        (:mod:`exporters.collection_wrapper`; ``base:SpatialDataSet`` when there was none).
    progress
        Told of every feature written; cancelling leaves the destination untouched.
    keep_source
        Write each unedited feature exactly as it was read (the default); ``False``
        writes every feature from the model, normalised (see :func:`exporters.kept_source.normalisations`).
    rewrite
        Features to write from the model even though unedited (``plu fix``: what re-encoding repairs), by
        gml:id: the property tags to rewrite, ``None`` for the whole feature.  With ``keep_source`` such a
        feature keeps the other properties that writing would not normalise.
    """
    if wrapper not in ("base", "wfs", "gml", "source"):
        raise ValueError("wrapper must be 'base', 'wfs', 'gml' or 'source'")
    dest = Path(path)
    dest.parent.mkdir(parents=True, exist_ok=True)
    progress = progress or Progress()
    if total is not None:
        progress.total = total
    result = GmlWriteResult(dest)
    encoder = _FeatureEncoder(data.crs, crs or data.crs, keep_source, rewrite)
    with atomic_open(dest, "wb", buffering=1 << 20) as out:
        _write_document(out, data, encoder, wrapper, progress, result)
    progress.finish()
    return result


def _link_titles(metadata: dict[str, str]) -> dict[str, str]:
    """The ``xlink:title`` labels a foreign file gave its links (kept by the reader), to write back."""
    try:
        titles = json.loads(metadata.get("code_titles") or "{}")
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in titles.items()} if isinstance(titles, dict) else {}


@dataclass
class _Frame:
    """What surrounds the features: the opening (root and head), each member's tags, the closing."""

    name: str
    opening: bytes
    member_open: bytes
    member_close: bytes
    closing: bytes
    notes: list[Text] = field(default_factory=list)


def _base_frame(data: PlanSource, encoder: _FeatureEncoder) -> _Frame:
    """``base:SpatialDataSet`` with the data set's identifier and metadata record."""
    ns_decl = " ".join(f'xmlns:{k}="{v}"' for k, v in _NSMAP.items())
    set_id = data.dataset_id or Identifier(local_id=str(uuid.uuid4()), namespace="plu-studio")
    parts = [f'<base:SpatialDataSet {ns_decl} xsi:schemaLocation="{PLU_SCHEMA_LOCATION}" '
             f'gml:id="{make_gml_id("DS", set_id.local_id)}">\n'.encode()]
    parts += [b"  " + kept + b"\n" for kept in _collection_head(data, encoder)]
    head = etree.Element(q("base", "identifier"), nsmap=_NSMAP)
    _identifier(head, set_id)
    etree.indent(head, space="  ", level=1)
    parts.append(b"  " + _strip_namespace_declarations(etree.tostring(head, encoding="UTF-8")) + b"\n")
    md = data.metadata.get("md_metadata_xml")
    meta = etree.Element(q("base", "metadata"), nsmap=_NSMAP)
    if md:
        record = xml_parsing.fromstring(md.encode())
        _restate_crs(record, encoder.srs_name)
        meta.append(record)
    else:
        meta.set(XSI_NIL, "true")
        meta.set("nilReason", data.metadata.get("md_metadata_nil_reason", "unpopulated"))
    etree.indent(meta, space="  ", level=1)
    parts.append(b"  " + _strip_namespace_declarations(etree.tostring(meta, encoding="UTF-8")) + b"\n")
    return _Frame("base:SpatialDataSet", b"".join(parts), b"  <base:member>\n    ", b"\n  </base:member>\n",
                  b"</base:SpatialDataSet>\n")


def _wfs_frame(data: PlanSource) -> _Frame:
    """A WFS 2.0 ``wfs:FeatureCollection`` as a GetFeature answer of now."""
    ns_decl = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
    stamp = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    opening = (f'<wfs:FeatureCollection {ns_decl} xsi:schemaLocation="{PLU_SCHEMA_LOCATION} '
               f'{NS["wfs"]} {WFS_SCHEMA_URL}" timeStamp="{stamp}" numberMatched="unknown" '
               f'numberReturned="{sum(data.counts().values())}">\n').encode()
    return _Frame("wfs:FeatureCollection", opening, b"  <wfs:member>\n    ", b"\n  </wfs:member>\n",
                  b"</wfs:FeatureCollection>\n")


def _gml_frame(data: PlanSource, encoder: _FeatureEncoder) -> _Frame:
    """A ``gml:FeatureCollection`` with one ``gml:featureMember`` per feature."""
    ns_decl = " ".join(f'xmlns:{k}="{v}"' for k, v in _NSMAP.items())
    set_id = data.dataset_id or Identifier(local_id=str(uuid.uuid4()), namespace="plu-studio")
    opening = [f'<gml:FeatureCollection {ns_decl} xsi:schemaLocation="{PLU_SCHEMA_LOCATION}" '
               f'gml:id="{make_gml_id("FC", set_id.local_id)}">\n'.encode()]
    opening += [b"  " + kept + b"\n" for kept in _collection_head(data, encoder)]
    return _Frame("gml:FeatureCollection", b"".join(opening), b"  <gml:featureMember>\n    ",
                  b"\n  </gml:featureMember>\n", b"</gml:FeatureCollection>\n")


def _source_frame(data: PlanSource, encoder: _FeatureEncoder, wrapper: SourceWrapper) -> _Frame:
    """The collection element the plan came in, with its attributes and member element."""
    start, notes = wrapper.start_tag(_NSMAP, sum(data.counts().values()))
    opening = [start.encode() + b"\n"]
    if wrapper.tag == f"{{{NS['gml']}}}FeatureCollection":
        opening += [b"  " + kept + b"\n" for kept in _collection_head(data, encoder)]
    member, name = wrapper.prefixed(wrapper.member).encode(), wrapper.name.encode()
    if wrapper.one_container:
        opening.append(b"  <" + member + b">\n")
        return _Frame(wrapper.label, b"".join(opening), b"    ", b"\n", b"  </" + member + b">\n</" + name + b">\n",
                      notes)
    return _Frame(wrapper.label, b"".join(opening), b"  <" + member + b">\n    ", b"\n  </" + member + b">\n",
                  b"</" + name + b">\n", notes)


def _collection_head(data: PlanSource, encoder: _FeatureEncoder) -> list[bytes]:
    """The source collection's own gml:name, gml:boundedBy…, unless reprojecting (they hold coordinates).

    Written with ``--normalise`` too: they are data, and nothing in them is normalised.
    """
    return collection_head(data.metadata) if encoder.src_crs == encoder.dst_crs else []


def _frame(data: PlanSource, encoder: _FeatureEncoder, wrapper: str) -> _Frame:
    if wrapper == "source":
        kept = source_wrapper(data.metadata)
        if kept is not None:
            return _source_frame(data, encoder, kept)
        wrapper = "wfs" if data.metadata.get("source_collection") == "wfs:FeatureCollection" else "base"
    if wrapper == "wfs":
        return _wfs_frame(data)
    if wrapper == "gml":
        return _gml_frame(data, encoder)
    return _base_frame(data, encoder)


def _write_document(
    out: IO[bytes],
    data: PlanSource,
    encoder: _FeatureEncoder,
    wrapper: str,
    progress: Progress,
    result: GmlWriteResult,
) -> None:
    frame = _frame(data, encoder, wrapper)
    comments = collection_comments(data.metadata)
    out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    out.writelines(c + b"\n" for c in comments.prolog)
    out.write(frame.opening)
    came_as = data.metadata.get("source_collection")
    if came_as and came_as != frame.name:
        result.normalised.append(("(collection)", Text("exporters.gml_writer", "{came_as} written as {name}",
                                                                               came_as=came_as, name=frame.name)))
    result.normalised.extend(("(collection)", note) for note in frame.notes)
    result.wrapper = frame.name
    counts: dict[str, int] = {}
    titles = _link_titles(data.metadata)
    features = _unique_ids(data.features(), result.renamed_ids)
    while batch := list(itertools.islice(features, _BATCH)):
        encoder.text.prepare(batch)
        for feature in batch:
            out.writelines(b"  " + c + b"\n" for c in comments.before(feature.gml_id))
            out.write(frame.member_open)
            out.write(_encoded(feature, encoder, titles, result))
            out.write(frame.member_close)
            counts[feature.class_name] = counts.get(feature.class_name, 0) + 1
            progress.step()
    out.writelines(b"  " + c + b"\n" for c in comments.rest())
    out.write(frame.closing)
    out.writelines(c + b"\n" for c in comments.epilog)
    result.counts = counts


def _encoded(feature: Feature, encoder: _FeatureEncoder, titles: dict[str, str], result: GmlWriteResult) -> bytes:
    """One feature's bytes: its kept source when still faithful, else the model with the extras carried."""
    rewrite = feature.gml_id in encoder.rewrite
    props = encoder.rewrite.get(feature.gml_id or "")
    kept = None if rewrite else kept_element(feature, encoder.keep_source, encoder.src_crs, encoder.dst_crs,
                                             encoder.srs_name)
    if kept is not None:
        result.verbatim += 1
        return strip_declared(etree.tostring(kept, encoding="UTF-8"))
    if feature.source is None and not titles:  # nothing to carry over: the same bytes without a tree
        text = encoder.text.encode(feature)
        if text is not None:
            return text
    el = encoder.feature(feature)
    if titles and feature.source is None:  # a feature read from GML gets each link's own title from its element
        for link in el.iter():
            title = titles.get(link.get(XLINK_HREF))
            if title:
                link.set(XLINK_TITLE, title)
    kept = set()
    if encoder.keep_source and encoder.src_crs == encoder.dst_crs and not (rewrite and props is None):
        # an edit changes only what it edited; a feature to rewrite keeps only what needs no normalising
        kept = keep_unchanged(el, feature, encoder.dst_crs, rewrite=props if rewrite else None)
    moved = carry_extras(el, feature)
    if feature.source is not None:
        what = moved + normalisations(feature, kept) + differences(feature, el, encoder.src_crs, encoder.dst_crs)
        result.normalised.extend((feature.gml_id or "", text) for text in what)
    etree.indent(el, space="  ", level=2)
    return _strip_namespace_declarations(etree.tostring(el, encoding="UTF-8"))
