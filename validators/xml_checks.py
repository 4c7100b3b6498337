"""Checks on the raw GML of each feature, done while the reader parses it.

These are the INSPIRE Reference Validator tests that look at the XML itself
rather than at the values (empty properties, nil reasons, allowed geometry
encodings, srsName strings, multiplicities) plus the XSD check, so one parse
of the file serves the reader, the schema and these rules.  Each finding
names the line and an XPath anchored on the feature's ``gml:id``.
"""

from __future__ import annotations

import copy
import itertools
import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from lxml import etree

from plu_model.features import Feature, geometry_of
from plu_model.findings import Finding
from plu_model.i18n import Text
from plu_model.xml_names import GML_ID, NS, XLINK_HREF, XSI_NIL, local_name, namespace_of, q
from validators import fast_paths
from validators.crs_checks import srs_finding
from validators.options import ValidationOptions
from validators.profiles import Profile
from validators.rules import make_finding
from validators.xml_candidates import CANDIDATE_TAGS, THREE_DOWN, second_search
from validators.xsd import MEMBER_TAGS, FeatureSchemaCheck, IdTally

if TYPE_CHECKING:  # the second process that runs these checks reads no model (:mod:`validators.xml_worker`)
    from plu_model.gml_reader import GmlReader

__all__ = ["GmlXmlChecks", "PropertyLines"]

GML = NS["gml"]
PLU = NS["plu"]
_PREFIX = {v: k for k, v in NS.items()}

_TOPOLOGY = {"Node", "Edge", "Face", "TopoSolid", "TopoPoint", "TopoCurve", "TopoSurface", "TopoVolume", "TopoComplex"}
_SURFACES = {"OrientableSurface", "CompositeSurface", "PolyhedralSurface", "Tin", "TriangulatedSurface"}
_OTHER_GEOMETRIES = {"Solid", "MultiSolid", "CompositeSolid", "CompositeCurve", "Grid"}
_POSLIST_HOLDERS = {"LineString", "LineStringSegment", "LinearRing"}
_ARRAYS = {
    "MultiPoint": "pointMembers",
    "MultiCurve": "curveMembers",
    "MultiSurface": "surfaceMembers",
    "MultiGeometry": "geometryMembers",
}
_TIME = {"TimeInstance", "TimePeriod", "timePosition", "beginPosition", "endPosition"}
#: the elements the geometry-encoding tests look at
_ENCODING_TAGS = frozenset(
    [f"{{{GML}}}{n}" for n in (*_TOPOLOGY, *_SURFACES, *_OTHER_GEOMETRIES, *_POSLIST_HOLDERS, *_ARRAYS.values(),
                               *_TIME, "segments", "patches", "Point")]
    + [f"{{{PLU}}}backgroudMapURI"]
)
#: elements that may carry srsName or srsDimension
_SRS_HOLDERS = frozenset(f"{{{GML}}}{n}" for n in (
    "MultiSurface", "MultiCurve", "MultiPoint", "MultiGeometry", "Polygon", "Surface", "CompositeSurface",
    "OrientableSurface", "Point", "LineString", "Curve", "CompositeCurve", "OrientableCurve", "LinearRing", "Ring",
    "posList", "pos", "Envelope", "PolygonPatch", "LineStringSegment", "Solid", "MultiSolid", "Triangle",
    "Rectangle", "Arc", "ArcString", "Circle"))
#: every element the geometry-encoding walk does anything with
_WATCHED = _SRS_HOLDERS | _ENCODING_TAGS
_ROOTS = {q("base", "SpatialDataSet"), q("wfs", "FeatureCollection"), q("gml", "FeatureCollection"),
          "{http://www.opengis.net/wfs}FeatureCollection"}
_INDETERMINATE = ("unknown", "now")
_NIL_TRUE = (XSI_NIL, "true")
_POS = q("gml", "pos")
_POS_LIST = q("gml", "posList")
_LINE_RULES = frozenset({"gmlas.c.1", "gmlas.c.2", "gmlas.c.3"})
#: properties whose count the PLU conformance tests check, per feature type
_XNS = {"plu": PLU, "gml": GML, "xlink": NS["xlink"], "xsi": NS["xsi"]}


_EXACTLY_ONE = {
    "SpatialPlan": (("levelOfSpatialPlan", "lu-plu-as.a.2"), ("processStepGeneral", "lu-plu-as.a.3")),
    "ZoningElement": (("regulationNature", "lu-plu-as.a.4"),),
}
_AT_MOST_ONE = {"OfficialDocumentation": ("legislationCitation", "regulationText", "planDocument")}
#: per feature type, the property elements whose number the two tables above judge (counted in one walk)
_COUNTED = {
    cls: frozenset(q("plu", n) for n in [*(e[0] for e in _EXACTLY_ONE.get(cls, ())), *_AT_MOST_ONE.get(cls, ())])
    for cls in {*_EXACTLY_ONE, *_AT_MOST_ONE}
}
#: the same, as the local names :func:`~validators.xml_candidates.second_search` looks for a second of
_COUNTED_NAMES = {cls: tuple(sorted(local_name(tag) for tag in tags)) for cls, tags in _COUNTED.items()}
#: the tag and attributes of each child of a feature the reader did not hand over (:meth:`GmlXmlChecks._children`)
_NONE = itertools.repeat(None)


def _quiet(attributes: list[tuple[str, str]], nil_ok: frozenset[str]) -> bool:
    """What a property's attributes alone tell of it, in the two usual cases: nothing to say of a link
    (an ``xlink:href`` alone) nor of a nil with a reason the validator accepts.  ``False``: ask the element."""
    n = len(attributes)
    if n == 1:
        return attributes[0][0] == XLINK_HREF
    return n == 2 and attributes[0] == _NIL_TRUE and attributes[1][0] == "nilReason" and attributes[1][1] in nil_ok


def _holds_other_than(el: etree._Element, tag: str) -> bool:
    """Whether an element among the children of ``el`` is not a ``tag`` (each child's tag built once)."""
    for child in el:
        child_tag = child.tag
        if isinstance(child_tag, str) and child_tag != tag:
            return True
    return False


def _is_empty(el: etree._Element) -> bool:
    """gmlas.c.1 as the INSPIRE validator words it (xsi:nil is checked by the caller): no link, no child
    element, no text, no uom.  Plain attribute lookups: this runs for every property of every feature."""
    if el.get(XLINK_HREF) is not None or len(el) or (el.text and el.text.strip()):
        return False
    if el.get("uom") or el.tag.endswith("}uom"):
        return False
    return el.get("indeterminatePosition") not in _INDETERMINATE


class PropertyLines:
    """The lines of a feature's property elements, by local name, in order: looked up when a finding
    needs one (nearly never), instead of noted for every property of every feature.

    A lookup reads the feature's element, so a check that reports after the reader has freed it
    (a batch) looks its property up while the feature is at hand; the answer is kept.
    """

    __slots__ = ("_elem", "_known")

    def __init__(self, elem: etree._Element):
        self._elem = elem
        self._known: dict[str, list[int]] = {}

    def get(self, name: str, default: list[int] | None = None) -> list[int] | None:
        lines = self._known.get(name)
        if lines is None:
            lines = self._known[name] = [
                c.sourceline for c in self._elem.iterchildren("{*}" + name) if c.sourceline is not None
            ]
        return lines or default


def _qname(tag: str) -> str:
    ns = namespace_of(tag)
    return f"{_PREFIX.get(ns, 'ns')}:{local_name(tag)}" if ns else local_name(tag)


class GmlXmlChecks:
    """The reader's ``on_feature`` hook: XSD and raw-XML rules, one feature element at a time.

    Findings of the feature just read wait in :meth:`take`; the engine gives them
    the feature's geometry as location.  :meth:`finish` checks the collection
    element once the file is read.
    """

    def __init__(
        self,
        path: str,
        schema: etree.XMLSchema | None,
        profile: Profile,
        options: ValidationOptions,
        timings: dict[str, float],
        ids: IdTally | None = None,
    ):
        self.path = path
        self.profile = profile
        self.options = options
        self.timings = timings
        self.xsd = FeatureSchemaCheck(schema, path) if schema is not None and options.checks("XSD") else None
        #: with the reader's in-stream XSD check: the ids it does not compare (see :class:`IdTally`)
        self.ids = ids
        self.pending: list[Finding] = []
        self.line: int | None = None
        self.attribute_lines: PropertyLines | dict[str, list[int]] = {}
        self.shell: etree._Element | None = None
        self.root_tag: str | None = None
        self.srs_names: dict[str, int] = {}
        self.srs_first: dict[str, dict] = {}
        self._feature_obj: Feature | None = None
        #: the reader whose :attr:`~plu_model.gml_reader.GmlReader.last_children` the hook takes (:meth:`read_with`)
        self._reader: GmlReader | None = None
        #: lines of findings the reader would repeat in its own words (see the engine)
        self.lines: dict[str, set[int | None]] = {}
        #: properties found empty, per feature (the reader then calls them missing)
        self.empty: dict[str, set[str]] = {}
        self._raw = options.checks(
            "gmlas.c.1", "gmlas.c.2", "gmlas.c.3", "gmlas.d.1", "gmlas.d.2", "gmlas.d.3", "gmlas.d.4",
            "gmlas.d.5", "gmlas.d.6", "gmlas.d.7", "gmlas.d.8", "gmlas.d.9", "rs.a.1", "rs.a.3",
            "lu-plu-as.a.2", "lu-plu-as.a.3", "lu-plu-as.a.4", "lu-plu-as.b.1", "PITFALL.BACKGROUDMAPURI",
            "CRS.NATIONAL",
        )

    def read_with(self, reader: GmlReader) -> None:
        """Judge each feature's children as ``reader`` (the :class:`~plu_model.gml_reader.GmlReader` this hook
        is given to) has just visited them, with the attributes it read, instead of visiting them again."""
        self._reader = reader
        reader.share_children = True

    # -- the hook -------------------------------------------------------------
    def __call__(self, elem: etree._Element, feature: Feature) -> None:
        self.line = elem.sourceline
        # the line of each property element, for the model rules' findings
        self.attribute_lines = PropertyLines(elem)
        self._feature_obj = feature
        if self.shell is None:
            self._keep_shell(elem)
        if self.xsd is not None:
            t = time.perf_counter()
            parent = elem.getparent()
            if parent is None or parent.tag in MEMBER_TAGS or parent.getparent() is None:
                self.pending.extend(self.xsd.ids_within(elem))
                self.pending.extend(self.xsd.feature(elem))
            self.timings["xml"] = self.timings.get("xml", 0.0) + time.perf_counter() - t
        ids: list[str] | None = None
        if self.xsd is None and self.ids is not None:
            parent = elem.getparent()
            if parent is None or parent.tag in MEMBER_TAGS or parent.getparent() is None:
                ids = []
        if self._raw:
            t = time.perf_counter()
            self.pending.extend(self._feature(elem, feature.class_name, ids))
            self.timings["inspire"] = self.timings.get("inspire", 0.0) + time.perf_counter() - t
        if ids is not None:  # the ids the raw rules' walk collected, or (without it) those found here
            if self._raw:
                self.ids.add_ids(ids)
            else:
                self.ids.add(elem)

    def take(self) -> list[Finding]:
        """The findings of the feature just read (only rules this run checks)."""
        enabled = self.options.enabled
        out = [f for f in self.pending if f.rule in enabled]
        self.pending = []
        for f in out:
            if f.rule in _LINE_RULES:
                self.lines.setdefault(f.rule, set()).add(f.line)
                if f.rule == "gmlas.c.1" and f.gml_id:
                    self.empty.setdefault(f.gml_id, set()).add(f.xpath.rsplit("/plu:", 1)[-1] if f.xpath else "")
        return out

    def _keep_shell(self, elem: etree._Element) -> None:
        """Copy the collection element and its own children before the reader frees them."""
        root = elem.getroottree().getroot()
        self.root_tag = root.tag
        if root is elem:
            self.shell = etree.Element(q("base", "SpatialDataSet"))  # a bare feature file: nothing to keep
            self.root_tag = elem.tag
            return
        shell = etree.Element(root.tag, attrib=dict(root.attrib), nsmap=root.nsmap)
        shell.sourceline = root.sourceline
        for child in root:
            if not isinstance(child.tag, str) or child.tag in MEMBER_TAGS:
                continue
            shell.append(copy.deepcopy(child))
        self.shell = shell

    # -- per feature ------------------------------------------------------------
    def _where(self, feature_el: etree._Element, el: etree._Element) -> dict:
        gid = feature_el.get(GML_ID)
        steps = []
        node = el
        while node is not None and node is not feature_el:
            steps.append(_qname(node.tag))
            node = node.getparent()
        anchor = f"//{_qname(feature_el.tag)}[@gml:id='{gid}']" if gid else f"//{_qname(feature_el.tag)}"
        xpath = anchor + "".join(f"/{s}" for s in reversed(steps))
        return {"file": self.path, "line": el.sourceline, "xpath": xpath, "gml_id": gid}

    def _feature(self, f: etree._Element, cls: str, ids: list[str] | None = None) -> Iterator[Finding]:
        """The raw-XML findings of one feature element; its ``gml:id`` values go to ``ids`` when given."""
        if fast_paths.ENABLED:
            return self._feature_by_search(f, cls, ids)
        return self._feature_by_walk(f, cls, ids)

    def _feature_by_walk(self, f: etree._Element, cls: str, ids: list[str] | None) -> Iterator[Finding]:
        """Every element of the feature visited from Python: the reference :meth:`_feature_by_search` must match."""
        nil_ok = self.profile.nil_reasons
        counted = _COUNTED.get(cls)
        counts: dict[Any, int] = dict.fromkeys(counted, 0) if counted else {}
        for prop in f:
            if counted and prop.tag in counted:
                counts[prop.tag] += 1
            yield from self._property(f, cls, prop, nil_ok)
        deep, watched = self._walk(f, ids)
        for el in deep:
            yield self._empty(f, cls, el)
        yield from self._multiplicity(f, cls, counts)
        yield from self._geometry_encoding(f, watched)

    def _feature_by_search(self, f: etree._Element, cls: str, ids: list[str] | None) -> Iterator[Finding]:
        """The same findings as :meth:`_feature_by_walk`, in the same order, from the elements libxml2 picks
        out (:mod:`validators.xml_candidates`) and the children the reader visited, each judged by the same
        predicates."""
        if ids is not None:
            ids.extend(IdTally.values(f))
        deep = self._empty_parts(f)
        children, counts = self._children(f, cls)
        nil_ok = self.profile.nil_reasons
        for prop, tag, attributes in children:
            if tag in counts:
                counts[tag] += 1
            if attributes is not None and _quiet(attributes, nil_ok):
                continue
            # skipped: the properties _property finds nothing in, asked in the cheapest order
            reason = prop.get("nilReason")
            if reason is None:
                if len(prop) or prop.get(XLINK_HREF) is not None or prop.get(XSI_NIL) == "true" or not _is_empty(prop):
                    continue
            elif reason in nil_ok and prop.get(XSI_NIL) == "true":
                continue
            yield from self._property(f, cls, prop, nil_ok)
        for el in deep:
            yield self._empty(f, cls, el)
        if counts and max(counts.values()) > 1:  # a counted property came twice
            yield from self._multiplicity(f, cls, counts)
        yield from self._geometry_encoding(f, [el for el in f.iter(*CANDIDATE_TAGS) if el.tag in _WATCHED])

    @staticmethod
    def _empty_parts(f: etree._Element) -> list[etree._Element]:
        """The empty elements three levels down (a property's value's parts) that are not nil."""
        deep: list[etree._Element] = []
        for node in THREE_DOWN(f):
            if len(node):
                continue
            text = node.text
            if text is not None and text.strip():
                continue  # the common case, settled before the rest of _is_empty
            if node.get(XSI_NIL) != "true" and _is_empty(node):
                deep.append(node)
        return deep

    def _children(self, f: etree._Element, cls: str) -> tuple[Iterable[tuple[Any, Any, Any]], dict[Any, int]]:
        """The feature's children, each with its tag and attributes as the reader has just read them (it visited
        every child of this very element: :meth:`read_with`), and the number of each property a rule counts,
        zero: counted from those tags.  Without the reader: tags and attributes ``None``, and the numbers
        counted here when libxml2 finds a second counted property (rare)."""
        counted = _COUNTED.get(cls)
        counts: dict[Any, int] = dict.fromkeys(counted, 0) if counted else {}
        reader = self._reader
        if reader is not None:
            elem, children = reader.last_children
            if elem is f and len(children) == len(f):
                return children, counts
        if counts and second_search(_COUNTED_NAMES[cls])(f):
            for prop in f:
                if prop.tag in counts:
                    counts[prop.tag] += 1
        return zip(f, _NONE, _NONE), counts

    def _property(self, f: etree._Element, cls: str, prop: etree._Element, nil_ok: frozenset[str]) -> Iterator[Finding]:
        """gmlas.c.2, gmlas.c.3 and gmlas.c.1 on one of the feature's own children."""
        reason = prop.get("nilReason")
        nil = prop.get(XSI_NIL) == "true"
        if reason is not None:
            name = local_name(prop.tag)
            if not nil:
                yield make_finding(
                    "gmlas.c.2",
                    Text("validators.xml_checks", "{cls}.{name} has nilReason=\"{reason}\" but no xsi:nil=\"true\"",
                                                  cls=cls, name=name, reason=reason),
                    fix='add xsi:nil="true" or remove the nilReason (plu fix --rule nil_reasons)',
                    **self._where(f, prop),
                )
            elif reason not in nil_ok:
                better = self.profile.nil_reason_replacements.get(reason, "unknown")
                yield make_finding(
                    "gmlas.c.3",
                    Text("validators.xml_checks", "{cls}.{name} has nilReason=\"{reason}\", which the INSPIRE "
                                                  "validator rejects; use \"{better}\"",
                                                  cls=cls, name=name, reason=reason, better=better),
                    fix=f'nilReason="{better}" (plu fix --rule nil_reasons)',
                    **self._where(f, prop),
                )
        if not nil and not len(prop) and prop.get(XLINK_HREF) is None and _is_empty(prop):
            yield self._empty(f, cls, prop)

    def _multiplicity(self, f: etree._Element, cls: str, counts: dict[Any, int]) -> Iterator[Finding]:
        """lu-plu-as.a.2 to a.4 and b.1 from the number of each counted property."""
        for name, code in _EXACTLY_ONE.get(cls, ()):
            n = counts[q("plu", name)]
            if n > 1:
                yield make_finding(
                    code,
                    Text("validators.xml_checks", "{cls} has {n} {name} elements; the INSPIRE validator requires "
                                                  "exactly one", cls=cls, n=n, name=name),
                    **self._where(f, f),
                )
        for name in _AT_MOST_ONE.get(cls, ()):
            n = counts[q("plu", name)]
            if n > 1:
                yield make_finding(
                    "lu-plu-as.b.1",
                    Text("validators.xml_checks", "OfficialDocumentation has {n} {name} elements; at most one is "
                                                  "allowed", n=n, name=name),
                    **self._where(f, f),
                )

    @staticmethod
    def _walk(f: etree._Element, ids: list[str] | None) -> tuple[list[etree._Element], list[etree._Element]]:
        """One pass over the feature's elements: the empty ones three levels down (a property's value's
        parts), the ones the geometry-encoding rules look at, and (into ``ids``) every gml:id."""
        deep: list[etree._Element] = []
        watched: list[etree._Element] = []
        for el in f.iter(etree.Element):
            if ids is not None:
                gid = el.get(GML_ID)
                if gid is not None:
                    ids.append(gid)
            if not len(el):
                parent = el.getparent()
                if parent is not None and parent is not f:
                    grand = parent.getparent()
                    if grand is not None and grand is not f and grand.getparent() is f:
                        if el.get(XSI_NIL) != "true" and _is_empty(el):
                            deep.append(el)
            if el.tag in _WATCHED:
                watched.append(el)
        return deep, watched

    def _empty(self, f: etree._Element, cls: str, el: etree._Element) -> Finding:
        name = local_name(el.tag)
        return make_finding(
            "gmlas.c.1",
            Text("validators.xml_checks", "{cls}: {tag} is empty; give it a value or xsi:nil=\"true\" with a nilReason",
                                          cls=cls, tag=_qname(el.tag)),
            fix=f'<{_qname(el.tag)} xsi:nil="true" nilReason="unknown"/> (plu fix --rule nil_reasons)'
            if name
            else None,
            **self._where(f, el),
        )

    def _geometry_encoding(self, f: etree._Element, watched: list[etree._Element]) -> Iterator[Finding]:
        for el in watched:
            tag = el.tag
            if tag in _SRS_HOLDERS:
                srs = dim = None
                for key, value in el.items():  # one call: most have no attribute, or only their gml:id
                    if key == "srsName":
                        srs = value
                    elif key == "srsDimension":
                        dim = value
                if srs is not None:
                    yield from self._srs(f, el, srs)
                if dim is not None and dim.strip().isdigit() and int(dim) > 3:
                    yield make_finding(
                        "gmlas.d.9",
                        Text("validators.xml_checks", "srsDimension=\"{dim}\": INSPIRE allows at most 3 coordinate "
                                                      "dimensions", dim=dim),
                        **self._where(f, el),
                    )
            if tag not in _ENCODING_TAGS:
                continue
            if not tag.startswith("{" + GML):
                if tag.endswith("}backgroudMapURI"):
                    yield make_finding(
                        "PITFALL.BACKGROUDMAPURI",
                        Text("validators.xml_checks", "backgroudMapURI is the misspelt element name of PLU 4.0.0; "
                                                      "PLU 4.0.1 and the INSPIRE validator expect backgroundMapURI"),
                        fix="rename the element to plu:backgroundMapURI (plu fix rewrites the file)",
                        **self._where(f, el),
                    )
                continue
            name = tag[len(GML) + 2:]
            if name in _TOPOLOGY:
                yield self._encoding("gmlas.d.1", f, el, Text("validators.xml_checks", "gml:{name} is a topology object; INSPIRE allows none",
                                                                                       name=name))
            elif name in _SURFACES:
                yield self._encoding("gmlas.d.3", f, el, Text("validators.xml_checks", "gml:{name} is not allowed; use gml:Polygon or gml:Surface",
                                                                                       name=name))
            elif name in _OTHER_GEOMETRIES:
                yield self._encoding("gmlas.d.5", f, el, Text("validators.xml_checks", "gml:{name} is not a simple-feature geometry INSPIRE allows",
                                                                                       name=name))
            elif name == "segments":
                for seg in el:
                    if isinstance(seg.tag, str) and seg.tag != q("gml", "LineStringSegment"):
                        yield self._encoding(
                            "gmlas.d.2", f, seg,
                            Text("validators.xml_checks", "{tag} is a non-linear curve segment; INSPIRE allows only "
                                                          "gml:LineStringSegment (densify the arc)",
                                                          tag=_qname(seg.tag)),
                        )
            elif name == "patches":
                for patch in el:
                    if isinstance(patch.tag, str) and patch.tag != q("gml", "PolygonPatch"):
                        yield self._encoding(
                            "gmlas.d.4", f, patch,
                            Text("validators.xml_checks", "{tag} is not planar; INSPIRE allows only gml:PolygonPatch",
                                                          tag=_qname(patch.tag)),
                        )
            elif name == "Point":
                if _holds_other_than(el, _POS):
                    yield self._encoding("gmlas.d.6", f, el, Text("validators.xml_checks", "gml:Point coordinates must be in gml:pos"))
            elif name in _POSLIST_HOLDERS:
                if _holds_other_than(el, _POS_LIST):
                    yield self._encoding("gmlas.d.7", f, el, Text("validators.xml_checks", "gml:{name} coordinates must be in one gml:posList",
                                                                                           name=name))
            elif name in _ARRAYS.values():
                parent = el.getparent()
                if parent is not None and _ARRAYS.get(local_name(parent.tag)) == name:
                    member = name[:-1]
                    yield self._encoding("gmlas.d.8", f, el, Text("validators.xml_checks", "gml:{name} is an array property; use gml:{member}",
                                                                                           name=name, member=member))
            if name in _TIME:
                frame = el.get("frame")
                if frame is not None and frame not in self.profile.temporal_frames:
                    yield make_finding(
                        "rs.a.3",
                        Text("validators.xml_checks", "temporal frame {frame!r} is not "
                                                      "http://www.opengis.net/def/trs/ISO-8601", frame=frame),
                        **self._where(f, el),
                    )

    def _encoding(self, code: str, f: etree._Element, el: etree._Element, text: Text) -> Finding:
        return make_finding(code, text, **self._where(f, el))

    def _srs(self, f: etree._Element, el: etree._Element, srs: str) -> Iterator[Finding]:
        """Count srsName values; refused ones are reported once each, with their count, by :meth:`srs_findings`."""
        n = self.srs_names.get(srs, 0)
        self.srs_names[srs] = n + 1
        if n == 0 and not self.profile.is_allowed_srs_name(srs):
            where = self._where(f, el)
            geom = geometry_of(self._feature_obj) if self._feature_obj is not None else None
            where["location"] = None if geom is None or geom.is_empty else geom
            self.srs_first[srs] = where
        return iter(())

    def srs_findings(self, longitude: float | None) -> Iterator[Finding]:
        """One finding per srsName the INSPIRE validator refuses, counting the features that use it."""
        for srs, where in self.srs_first.items():
            finding = srs_finding(srs, self.profile, where, longitude)
            if finding is not None:
                n = self.srs_names[srs]
                yield replace(finding, count=n) if n > 1 else finding

    # -- the collection ---------------------------------------------------------
    def finish(self) -> Iterator[Finding]:
        """Rules on the collection element: root type, schemaLocation, boundedBy CRS, its XSD."""
        shell = self.shell
        if shell is None:
            return
        root_tag = self.root_tag or shell.tag
        where = {"file": self.path, "line": shell.sourceline or 1, "xpath": "/" + _qname(root_tag)}
        if root_tag not in _ROOTS and namespace_of(root_tag) != PLU:
            yield make_finding(
                "gml.a.2",
                Text("validators.xml_checks", "the root element {root_tag} is neither a feature collection "
                                              "(base:SpatialDataSet, wfs:FeatureCollection) nor a PLU feature",
                                              root_tag=_qname(root_tag)),
                **where,
            )
        if root_tag in _ROOTS and shell.get(q("xsi", "schemaLocation")) is None:
            yield make_finding(
                "gmlas.b.1",
                Text("validators.xml_checks", "the root element has no xsi:schemaLocation"),
                fix="xsi:schemaLocation=\"http://inspire.ec.europa.eu/schemas/plu/4.0 "
                "https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd\"",
                **where,
            )
        for bounded in shell:
            if isinstance(bounded.tag, str) and local_name(bounded.tag) == "boundedBy":
                for env in bounded:
                    srs = env.get("srsName") if isinstance(env.tag, str) else None
                    if srs is not None and not self.profile.is_allowed_srs_name(srs):
                        yield make_finding(
                            "rs.a.2",
                            Text("validators.xml_checks", "the collection's boundedBy uses srsName {srs!r}, which "
                                                          "the INSPIRE validator rejects", srs=srs),
                            file=self.path,
                            line=env.sourceline,
                            xpath=f"/{_qname(root_tag)}/{_qname(bounded.tag)}/{_qname(env.tag)}",
                        )
        if self.xsd is not None and namespace_of(root_tag) != PLU:
            t = time.perf_counter()
            yield from self.xsd.ids_within(shell)
            yield from self.xsd.wrapper(shell)
            self.timings["xml"] = self.timings.get("xml", 0.0) + time.perf_counter() - t
        elif self.ids is not None and namespace_of(root_tag) != PLU:
            self.ids.add(shell)
