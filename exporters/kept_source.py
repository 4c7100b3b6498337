"""What the GML writer does with the element a feature was read from (``docs/exchange.md``).

An unedited feature is written back as its kept element (:func:`kept_element`); an
edited one is written from the model, and :func:`carry_extras` brings along what the
model cannot hold, while :func:`normalisations` and :func:`differences` say, for
``plu convert --report``, what changed against the kept element.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from lxml import etree
from shapely.geometry import Polygon

from plu_model import xml_parsing
from plu_model.crs import crs_uri, is_geographic
from plu_model.errors import PluError
from plu_model.features import Feature, geometry_of, has_finite_coordinates
from plu_model.gml_diff import feature_differences
from plu_model.gml_reader import read_feature_element
from plu_model.i18n import Text
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.source_xml import still_faithful, value_token
from plu_model.xml_names import GML_ID, NS, XLINK_HREF, XSI_NIL, q

__all__ = ["carry_extras", "collection_head", "differences", "keep_unchanged", "kept_element", "needs_normalising",
           "normalisations", "strip_declared"]

_GEOMETRY_TAGS = {
    cls: {q("plu", a.xml): a for a in attrs if a.kind == "geometry"} for cls, attrs in CLASS_ATTRIBUTES.items()
}
#: the gml:AbstractFeature elements before a feature's own properties, in XSD order
_GML_HEAD = [q("gml", n) for n in ("metaDataProperty", "description", "descriptionReference", "identifier",
                                   "name", "boundedBy")]


def _parsed(xml: str) -> etree._Element | None:
    """A kept element, or ``None`` when the plan file holds something that is not one (then the model is written)."""
    try:
        el = xml_parsing.fromstring(xml.encode())
    except (etree.XMLSyntaxError, PluError):
        return None
    return el if isinstance(el.tag, str) else None


def kept_element(f: Feature, keep_source: bool, src_crs: int, dst_crs: int, srs_name: str) -> etree._Element | None:
    """The element ``f`` was read from, when the model still holds exactly what was read from it.

    Not when reprojecting, when the writer had to rename the gml:id, or after an edit:
    then the fingerprint differs and the feature is written from the model.
    """
    src = f.source
    if not keep_source or src is None or src_crs != dst_crs:
        return None
    geom = geometry_of(f)
    if geom is not None and not has_finite_coordinates(geom):
        return None  # the model writer refuses it with the feature's name
    if not still_faithful(f):
        return None
    el = _parsed(src.xml)
    if el is None or el.get(GML_ID) != f.gml_id:
        return None
    for prop in el:
        attr = _GEOMETRY_TAGS[f.class_name].get(prop.tag)
        if attr is None:
            continue
        for geom in prop:
            # an srsName the source inherited from its collection, which is not written back
            if isinstance(geom.tag, str) and geom.get("srsName") is None:
                geom.set("srsName", srs_name)
    return el


def keep_unchanged(el: etree._Element, f: Feature, crs: int, rewrite: Collection[str] | None = None) -> set[str]:
    """Put back, in a feature rewritten after an edit, each property the edit left exactly as it was read.

    A property whose model value equals (exactly: geometries by their coordinates,
    numbers and dates by value) the value read from the kept element is replaced by
    the kept property elements, so an attribute edit does not turn arcs into straight
    segments, a ``gml:Surface`` into a ``gml:Polygon`` or ``10.50`` into ``10.5``; in a
    multi-valued property that was edited, each value still there keeps its element.
    Returns the tags of the properties kept whole; the others were (partly) written from the model.
    ``rewrite`` (``plu fix``) names property tags to write from the model although unchanged; given, it
    also keeps no property that writing from the model would normalise (:func:`needs_normalising`).
    """
    src = _parsed(f.source.xml) if f.source is not None else None
    before = read_feature_element(src, crs) if src is not None else None
    if before is None or before.class_name != f.class_name or src.get(GML_ID) != f.gml_id:
        return set()  # a feature renamed for a unique gml:id: its kept geometries would repeat the other's ids
    swaps: list[tuple[list[etree._Element], list[etree._Element]]] = []  # (kept elements, model elements)
    whole: set[str] = set()
    for attr in CLASS_ATTRIBUTES[f.class_name]:
        tag = q("plu", attr.xml)
        old = [c for c in src if c.tag == tag]
        new = [c for c in el if c.tag == tag]
        was, now = getattr(before, attr.name), getattr(f, attr.name)
        if not old or not new or (rewrite is not None and (tag in rewrite or needs_normalising(f, old))):
            continue
        if value_token(was) == value_token(now):
            swaps.append((old, new))
            whole.add(tag)
        elif attr.many and isinstance(was, list) and isinstance(now, list):
            swaps.extend(_unchanged_items(old, was, new, now))
    if not swaps or not _ids_stay_unique(el, swaps):
        return set()
    for old, new in swaps:
        where = el.index(new[0])
        for c in new:
            el.remove(c)
        for i, c in enumerate(old):
            el.insert(where + i, copy.deepcopy(c))
    return whole


def needs_normalising(f: Feature, props: list[etree._Element]) -> bool:
    """True when property elements read from ``f``'s source hold what the writer normalises.

    A nil without its reason (or a reason without the nil), an empty element, a geometry
    encoding the writer re-encodes (:data:`_RE_ENCODED`), several geometries in one
    property, an ``EPSG:n`` srsName or a clockwise exterior ring; comments are no reason.
    """
    for e in (x for p in props for x in p.iter()):
        if not isinstance(e.tag, str):
            continue
        nil = e.get(XSI_NIL) in ("true", "1")
        if nil != (e.get("nilReason") is not None) or (
                not nil and not len(e) and not (e.text or "").strip() and not e.attrib):
            return True
        if e.tag.startswith("{" + NS["gml"]) and etree.QName(e).localname in _RE_ENCODED:
            return True
        if e.get("srsName", "").upper().startswith("EPSG:"):
            return True
    if not props or props[0].tag not in _GEOMETRY_TAGS[f.class_name]:
        return False
    if len(props) > 1 or sum(isinstance(c.tag, str) for p in props for c in p) > 1:
        return True
    geom = geometry_of(f)
    polygons = [p for p in getattr(geom, "geoms", [geom]) if isinstance(p, Polygon) and not p.is_empty]
    return any(not p.exterior.is_ccw for p in polygons)


def _unchanged_items(old: list[etree._Element], was: list[Any], new: list[etree._Element],
                     now: list[Any]) -> list[tuple[list[etree._Element], list[etree._Element]]]:
    """Pairs (kept element, model element) for each value of an edited list that is still in it."""
    if len(old) != len(was) or len(new) != len(now):
        return []  # elements and values do not pair one to one (a nil among values…)
    unused: dict[str, list[etree._Element]] = {}
    for element, value in zip(old, was, strict=True):
        unused.setdefault(value_token(value), []).append(element)
    pairs = []
    for element, value in zip(new, now, strict=True):
        same = unused.get(value_token(value))
        if same:
            pairs.append(([same.pop(0)], [element]))
    return pairs


def _ids_stay_unique(el: etree._Element, swaps: list[tuple[list[etree._Element], list[etree._Element]]]) -> bool:
    """False when a kept property's gml:ids would collide with ones the model wrote elsewhere in the feature."""
    def ids(elements: list[etree._Element]) -> list[str]:
        return [e.get(GML_ID) for x in elements for e in x.iter() if isinstance(e.tag, str) and e.get(GML_ID)]

    leaving = {id(c) for _, new in swaps for c in new}
    staying = [el.get(GML_ID)] + ids([c for c in el if isinstance(c.tag, str) and id(c) not in leaving])
    incoming = ids([c for old, _ in swaps for c in old])
    together = staying + incoming
    return len(together) == len(set(together))


def carry_extras(el: etree._Element, f: Feature) -> list[tuple[str, str]]:
    """Copy what the model cannot hold from the source into a rewritten feature; name what moved."""
    src = _parsed(f.source.xml) if f.source is not None else None
    if src is None:
        return []
    known = {q("plu", a.xml) for a in CLASS_ATTRIBUTES[f.class_name]}
    head = [c for c in src if isinstance(c.tag, str) and c.tag in _GML_HEAD]
    tail = [c for c in src if isinstance(c.tag, str) and c.tag not in known and c.tag not in _GML_HEAD]
    head.sort(key=lambda c: _GML_HEAD.index(c.tag))
    for i, c in enumerate(head):
        el.insert(i, c)
    for c in tail:
        el.append(c)
    _carry_link_attributes(src, el)
    return [Text("exporters.kept_source", "{c} moved to the end of the feature", c=_source_name(c)) for c in tail]


def differences(f: Feature, el: etree._Element, src_crs: int, dst_crs: int) -> list[Text]:
    """What the rewritten element lost or changed against the source (an edit shows up here too)."""
    src = _parsed(f.source.xml) if f.source is not None else None
    if src is None:
        return []
    tolerance = 1e-8 if is_geographic(dst_crs) else 0.001
    found = feature_differences(src, el, crs_uri(src_crs), tolerance)
    return [Text("exporters.kept_source", "changed: {change}", change=_after_colon(d.text)) for d in found]


@dataclass(frozen=True)
class _AfterColon:
    """A difference's text without its leading "class id: ", in the language it is said in."""

    text: Text

    def say(self, language: str) -> str:
        return self.text.say(language).split(": ", 1)[-1]


def _after_colon(text: Text) -> _AfterColon:
    return _AfterColon(text)


_DECLARED = [f' xmlns:{k}="{v}"'.encode() for k, v in NS.items() if k != "wfs"]


def strip_declared(data: bytes) -> bytes:
    """Drop from a kept element's start tag the declarations the wrapper makes the same way; keep the others."""
    end = data.index(b">")
    head = data[:end]
    for declaration in _DECLARED:
        head = head.replace(declaration, b"")
    return head + data[end:]


def collection_head(metadata: dict[str, str]) -> list[bytes]:
    """The source collection's gml:description/identifier/name/boundedBy, verbatim (the caller skips them
    when reprojecting)."""
    try:
        kept = json.loads(metadata.get("collection_xml") or "[]")
        elements = [xml_parsing.fromstring(str(x).encode()) for x in kept]
    except (ValueError, etree.XMLSyntaxError, PluError):
        return []
    elements.sort(key=lambda e: _GML_HEAD.index(e.tag) if e.tag in _GML_HEAD else len(_GML_HEAD))
    return [etree.tostring(e, encoding="UTF-8") for e in elements if e.tag in _GML_HEAD]


#: source geometry encodings the writer replaces, and what it writes instead
_RE_ENCODED = {
    "Surface": "gml:Polygon", "PolygonPatch": "gml:Polygon",
    "CompositeSurface": "gml:MultiSurface", "OrientableSurface": "gml:Polygon",
    "Curve": "gml:LineString", "CompositeCurve": "gml:LineString",
    "Arc": Text("exporters.kept_source", "straight segments"), "ArcString": Text("exporters.kept_source", "straight segments"),
    "Circle": Text("exporters.kept_source", "straight segments"), "Ring": "gml:LinearRing",
    "coordinates": "gml:posList",
}


def normalisations(feature: Feature, kept: set[str] | None = None) -> list[Text]:
    """What writing ``feature`` from the model changes against the source it was read from.

    Listed by ``plu convert --report``; without ``--normalise`` no unedited feature
    goes through them, since it is written back as it was read.  ``kept`` names the
    properties written back as read (:func:`keep_unchanged`): nothing changed in them.
    """
    src = _parsed(feature.source.xml) if feature.source is not None else None
    if src is None:
        return []
    kept = kept or set()
    for prop in [c for c in src if c.tag in kept]:
        src.remove(prop)
    out: list[Text] = []
    if any(e.get(XSI_NIL) in ("true", "1") and not e.get("nilReason") for e in src.iter()):
        out.append(Text("exporters.kept_source", "nilReason 'unknown' added"))
    names = {etree.QName(e).localname for e in src.iter() if isinstance(e.tag, str) and e.tag.startswith(
        "{" + NS["gml"])}
    for n in sorted(names & set(_RE_ENCODED)):
        out.append(Text("exporters.kept_source", "gml:{n} written as {encoding}", n=n, encoding=_RE_ENCODED[n]))
    for prop in src:
        kids = [c for c in prop if isinstance(c.tag, str)]
        if prop.tag in _GEOMETRY_TAGS[feature.class_name] and len(kids) > 1:
            out.append(Text("exporters.kept_source", "the {n_kids} geometries of {tag} written as one",
                                                     n_kids=len(kids), tag=_prefixed(prop.tag)))
    geometries = [e for prop in src if prop.tag in _GEOMETRY_TAGS[feature.class_name] for e in prop.iter()]
    if any(e.get("srsName", "").upper().startswith("EPSG:") for e in geometries if isinstance(e.tag, str)):
        out.append(Text("exporters.kept_source", "srsName EPSG:n written as http://www.opengis.net/def/crs/EPSG/0/n"))
    notes = [n for n in src.iter(etree.Comment, etree.ProcessingInstruction)]
    if notes:
        out.append(Text("exporters.kept_source", "{n} XML comment or processing instruction inside rewritten "
                                                 "properties not written",
                                                 plural="{n} XML comments or processing instructions inside rewritten "
                                                        "properties not written", n=len(notes)))
    geom = None if kept & set(_GEOMETRY_TAGS[feature.class_name]) else geometry_of(feature)
    polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
    if any(not p.exterior.is_ccw for p in polys if not p.is_empty):
        out.append(Text("exporters.kept_source", "exterior rings re-oriented counter-clockwise"))
    return out


_XLINK_KEPT = [q("xlink", n) for n in ("title", "role", "arcrole", "show", "actuate")]


def _carry_link_attributes(src: etree._Element, el: etree._Element) -> None:
    """Give each rewritten link the xlink:title/role/… its counterpart (same element, same href) had."""
    by_link: dict[tuple[str, str], dict[str, str]] = {}
    for s in src.iter():
        href = s.get(XLINK_HREF) if isinstance(s.tag, str) else None
        if href is not None:
            by_link.setdefault((s.tag, href), {k: s.get(k) for k in _XLINK_KEPT if s.get(k) is not None})
    for e in el.iter():
        href = e.get(XLINK_HREF) if isinstance(e.tag, str) else None
        for k, v in by_link.get((e.tag, href), {}).items() if href is not None else ():
            e.set(k, v)


def _source_name(el: etree._Element) -> str:
    """The element's name as its source wrote it (``ext:rechtsstand``)."""
    return f"{el.prefix}:{etree.QName(el).localname}" if el.prefix else _prefixed(el.tag)


def _prefixed(tag: str) -> str:
    ns = tag[1:].split("}", 1)[0] if tag.startswith("{") else ""
    prefix = next((k for k, v in NS.items() if v == ns), None)
    return f"{prefix}:{etree.QName(tag).localname}" if prefix else etree.QName(tag).localname
