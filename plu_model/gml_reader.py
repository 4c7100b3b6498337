"""Read any INSPIRE PLU 4.0 GML file into the model, one feature at a time.

The reader streams (``iterparse``, elements cleared as soon as a feature is
built), so memory stays flat for city-wide plans.  It accepts the common
wrappers (``base:SpatialDataSet``, ``wfs:FeatureCollection``, ``gml:FeatureCollection``
and bare features), members inline or by reference to the same file or a local
file, and every geometry :mod:`plu_model.gml_geometry` knows.

Whatever it cannot map it reports as a :class:`~plu_model.findings.Finding`
(``READ.*`` rules) instead of dropping it silently.  Hostile input is refused
safely: no DTD, no entity expansion, no network access.
"""

from __future__ import annotations

import copy as copy_module
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from lxml import etree
from shapely.geometry import GeometryCollection, MultiLineString, MultiPoint, MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from plu_model import gc_policy, xml_parsing
from plu_model.crs import SrsName, is_known_crs, parse_srs_name
from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.features import Feature, class_of
from plu_model.findings import Finding, Severity
from plu_model.gml_geometry import GeometryError, GeometryReader
from plu_model.i18n import Text
from plu_model.schema import CLASS_ATTRIBUTES, Attribute
from plu_model.source_xml import kept
from plu_model.temporal import parse_date, parse_datetime
from plu_model.values import (
    BackgroundMapValue,
    CIDate,
    DimensioningIndicationCharacterValue,
    DimensioningIndicationIntegerValue,
    DimensioningIndicationMeasureValue,
    DimensioningIndicationRealValue,
    DimensioningIndicationValue,
    DocumentCitation,
    HILUCSPercentage,
    HILUCSPresence,
    Identifier,
    LegislationCitation,
    OfficialJournalInformation,
    OrdinanceValue,
    SpecificPercentage,
    SpecificPresence,
)
from plu_model.voidable import Nil, parse_nil_reason
from plu_model.xml_encoding import utf8_declared_otherwise
from plu_model.xml_names import (
    GML_ID,
    NS,
    OLD_PLU_NAMESPACES,
    XLINK_HREF,
    XLINK_TITLE,
    XSI_NIL,
    collection_label,
    local_name,
    namespace_of,
    q,
)

__all__ = ["GmlReader", "read_feature_element", "read_gml"]

PLU = NS["plu"]
_FEATURE_TAGS = {q("plu", c): c for c in CLASS_ATTRIBUTES}
_MEMBER_TAGS = {
    q("base", "member"),
    q("wfs", "member"),
    q("gml", "featureMember"),
    q("gml", "featureMembers"),
    "{http://www.opengis.net/wfs}member",
}
_GML_BOUNDED_BY = q("gml", "boundedBy")
#: GML 3.1's namespace: PLU 3.0's and WFS 1.1's, never PLU 4.0's
_GML31 = "http://www.opengis.net/gml"
_GML31_ID = f"{{{_GML31}}}id"
_GML_IDENTIFIER = q("gml", "identifier")
#: per feature type, the attribute each child element maps to (one dict lookup per child)
_ATTRIBUTES_BY_TAG = {cls: {q("plu", a.xml): a for a in attrs} for cls, attrs in CLASS_ATTRIBUTES.items()}
_BASE_IDENTIFIER = q("base", "identifier")
_BASE_IDENTIFIER_OBJECT = q("base", "Identifier")
_BASE_LOCAL_ID = q("base", "localId")
_BASE_NAMESPACE = q("base", "namespace")
_BASE_VERSION_ID = q("base", "versionId")
_PLU_INDICATION_REFERENCE = q("plu", "indicationReference")
_PLU_VALUE = q("plu", "value")
#: the Nil of each nil reason met, valid ones only (see GmlReader._nil)
_NILS: dict[str | None, Nil] = {}
_NIL_TRUE = (XSI_NIL, "true")
_GEOMETRY_PROPERTIES = {q("plu", a.xml) for attrs in CLASS_ATTRIBUTES.values() for a in attrs if a.kind == "geometry"}
_BASE_METADATA = q("base", "metadata")
_GML_ENVELOPE = q("gml", "Envelope")
#: what a collection may say of itself before its members (gml:AbstractFeature), kept verbatim
_COLLECTION_HEAD = [q("gml", n) for n in ("description", "identifier", "name", "boundedBy")]
_WATCHED_TAGS: list[Any] = [*_FEATURE_TAGS, *_MEMBER_TAGS, _BASE_IDENTIFIER, _BASE_METADATA, _GML_ENVELOPE,
                            *_COLLECTION_HEAD, etree.Comment, etree.ProcessingInstruction]
#: where a comment or processing instruction is kept verbatim with what holds it
_KEEPING_TAGS = {*_FEATURE_TAGS, *_COLLECTION_HEAD, _BASE_METADATA}
_PREFIX = {v: k for k, v in NS.items()}
#: a feature's children as the reader visited them: each with its tag and its attributes (``None`` if not decoded)
VisitedChildren = list[tuple[etree._Element, Any, "list[tuple[str, str]] | None"]]
#: :attr:`GmlReader.last_children` between features
_NO_CHILDREN: tuple[None, VisitedChildren] = (None, [])
#: features read between two batched geometry decodings (elements held at once: memory stays flat)
_BATCH = 64


def _qname(tag: str) -> str:
    ns = namespace_of(tag)
    return f"{_PREFIX.get(ns, 'ns')}:{local_name(tag)}" if ns else local_name(tag)


class GmlReader:
    """Stream the PLU features of one GML file.

    Iterate :meth:`features` (or call :meth:`read` for a whole
    :class:`~plu_model.dataset.PlanDataset`); afterwards :attr:`findings` lists
    what could not be mapped, :attr:`crs` is the plan's EPSG code and
    :attr:`dataset_id` the ``base:SpatialDataSet`` identifier if there was one.

    Parameters
    ----------
    path
        The GML file.
    target_epsg
        Reproject every geometry to this CRS (default: the CRS of the first one).
    on_feature
        Called with each feature's element, complete and not yet freed, and the
        feature built from it.  The validator checks the raw XML there, so a
        file is parsed once for reading and for checking.  The parser runs up to
        a batch of features ahead (their geometries are decoded together), so the
        tree may already hold the elements that follow; each element is freed
        right after its own feature was yielded, as before.
    keep_source
        Keep each feature's element (:mod:`plu_model.source_xml`) so an unedited
        feature is written back exactly as it came; an import into PLU Studio's own
        encoding turns this off.
    build_sources
        With ``keep_source``, also build each feature's :class:`~plu_model.source_xml.SourceXml`
        (the element's text and fingerprint: a fifth of the reading time).  A validation that
        lets every feature go turns this off; what is kept for the collection, and every
        finding, stay as with ``keep_source``.
    schema
        Check the document against this XML schema during the same parse (libxml2's in-stream
        check): :attr:`schema_errors` counts its errors as the parse goes, and at the end of a
        document that fails it the parse raises :class:`~plu_model.errors.PluInputError`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        target_epsg: int | None = None,
        arc_tolerance: float = 0.01,
        on_feature: Callable[[etree._Element, Feature], None] | None = None,
        keep_source: bool = True,
        build_sources: bool = True,
        schema: etree.XMLSchema | None = None,
    ):
        self.path = Path(path)
        self.keep_source = keep_source
        self._build_sources = keep_source and build_sources
        self._schema = schema
        self._context: Any = None
        self.on_feature = on_feature
        self.findings: list[Finding] = []
        self.dataset_id: Identifier | None = None
        self.metadata: dict[str, str] = {}
        #: ``xlink:title`` of code references, by href: labels a foreign authority gave its codes
        self.code_titles: dict[str, str] = {}
        self._geometry = GeometryReader(target_epsg, self._geometry_report, arc_tolerance)
        self._counts: Counter[tuple[str, str]] = Counter()
        self._default_srs: SrsName | None = None
        self._default_srs_text: str | None = None  # as written, so a kept element keeps its axis order
        self._current: tuple[str, str | None] = ("", None)
        #: where the plan's CRS was taken from: line, srsName as written, gml:id of the feature
        self._crs_origin: tuple[int | None, str | None, str | None] = (None, None, None)
        self._root_checked = False
        self._datetimes: dict[str, Any] = {}
        self._may_hold_entities = True  # until the document is known to have no DTD
        self._dimensionings: dict[tuple[Any, ...], DimensioningIndicationValue] = {}
        #: False while the features being read are known to hold no comment or processing instruction
        self._comments_inside = True
        #: False while the features being read are known to hold no other feature
        self._features_inside = True
        self._seen_ids: set[str] = set()
        self._references: list[tuple[str, int | None]] = []
        self._collection_head: list[str] = []
        #: ``[where, gml:id of the feature it stood before, XML]`` of each comment or processing instruction
        #: outside the features (``None``: after the last feature)
        self._comments: list[list[Any]] = []
        self._unanchored: list[list[Any]] = []
        #: the collection element's name, attributes and namespaces, and its member element (writers repeat it)
        self._wrapper: dict[str, Any] | None = None
        #: set by a hook that judges the same children as the reader: then, while the hook looks at a feature,
        #: :attr:`last_children` holds its element and its children as :meth:`_feature` visited them, each with
        #: its tag and its attributes (``None`` for one it did not decode), so the hook need not visit them again
        self.share_children = False
        self.last_children: tuple[etree._Element | None, VisitedChildren] = _NO_CHILDREN

    @property
    def crs(self) -> int | None:
        return self._geometry.target_epsg

    @property
    def schema_errors(self) -> int:
        """What the in-stream schema check has logged so far (libxml2 goes on parsing after it)."""
        return len(self._context.error_log) if self._schema is not None and self._context is not None else 0

    # -- findings ------------------------------------------------------------
    def _find(
        self,
        rule: str,
        severity: Severity,
        text: Text,
        element: etree._Element | None = None,
        xpath: str | None = None,
        fold: bool = False,
    ) -> None:
        """Record a finding; with ``fold`` only the first of a kind is kept, with a count."""
        if fold:
            key = (rule, text)
            self._counts[key] += 1
            if self._counts[key] > 1:
                return
        cls, gml_id = self._current
        self.findings.append(
            Finding(
                rule=rule,
                severity=severity,
                text=text,
                file=str(self.path),
                gml_id=gml_id,
                line=getattr(element, "sourceline", None),
                xpath=xpath or (self._xpath(element) if element is not None else None),
            )
        )

    def _xpath(self, element: etree._Element) -> str:
        """A path that finds the element again: anchored on its feature's gml:id when it has one."""
        steps: list[str] = []
        node: Any = element
        while node is not None:
            if node.tag in _FEATURE_TAGS and node.get(GML_ID):
                tail = "".join(f"/{s}" for s in reversed(steps))
                return f"//{_qname(node.tag)}[@gml:id='{node.get(GML_ID)}']{tail}"
            steps.append(_qname(node.tag))
            node = node.getparent()
        return "/" + "/".join(reversed(steps))

    def _geometry_report(self, rule: str, severity: Severity, text: Text, element: Any) -> None:
        self._find(rule, severity, text, element)

    def _fold_counts(self) -> None:
        """Give folded findings the number of times they occurred."""
        out = []
        for f in self.findings:
            n = self._counts.get((f.rule, f.text), 1)
            out.append(f.with_count(n) if n > 1 else f)
        self.findings = out

    # -- streaming -------------------------------------------------------------
    def features(self) -> Iterator[Feature]:
        """Yield each PLU feature as soon as its element is complete."""
        if not self.path.is_file():
            if self.path.is_dir():
                raise PluInputError(Text("plu_model.gml_reader", "{path}: this is a folder, not a GML file",
                                                                 path=self.path))
            raise PluInputError(Text("plu_model.gml_reader", "{path}: no such file", path=self.path))
        if self.path.stat().st_size == 0:
            raise PluInputError(Text("plu_model.gml_reader", "{path}: the file is empty (0 bytes); was it copied "
                                                             "or downloaded completely?", path=self.path))
        archive = xml_parsing.archive_refusal(self.path)
        if archive is not None:
            raise archive
        # comments and processing instructions stay in the tree: inside a feature they are kept with its
        # element; elsewhere each is reported (READ.COMMENT_DROPPED), never dropped silently
        parser_args = dict(events=("start", "end", "comment", "pi"), remove_comments=False, remove_pis=False)
        if self._schema is not None:
            parser_args["schema"] = self._schema
        self._check_encoding()
        try:
            with open(self.path, "rb") as stream, gc_policy.many_objects():
                yield from self._parse(stream, parser_args)
        except etree.XMLSyntaxError as exc:
            line = exc.position[0] if exc.position else None
            raise PluInputError(
                Text("plu_model.gml_reader", "{path}:{line}: not well-formed XML: {msg}", path=self.path,
                                             line=line, msg=xml_parsing.syntax_error_text(exc.msg, self.path)),
            ) from exc
        self._check_references()
        if self._collection_head:
            self.metadata["collection_xml"] = json.dumps(self._collection_head, ensure_ascii=False)
        if self._comments:
            self.metadata["collection_comments"] = json.dumps(self._comments, ensure_ascii=False)
        if self.code_titles:
            self.metadata["code_titles"] = json.dumps(self.code_titles, ensure_ascii=False, sort_keys=True)
        self._fold_counts()

    def _parse(self, stream: Any, parser_args: dict[str, Any]) -> Iterator[Feature]:
        """Collect the events of a batch of features, decode their geometries together, then act on
        each event in document order as if it had just arrived (:meth:`_replay`)."""
        depth_features = 0
        comments_inside = False  # a comment or processing instruction inside a feature of this batch
        features_inside = False  # a feature inside a feature of this batch
        events: list[tuple[str, Any, int, str | None]] = []  # event, element, depth, feature type at its end
        wanted = 1  # the first feature alone: a hook sees the collection as it stands before it
        top = 0
        # only the elements the reader acts on reach Python; everything else stays in libxml2
        context = self._context = xml_parsing.iterparse(self.path, stream, tag=_WATCHED_TAGS, **parser_args)
        self._root_checked = checked = False
        try:
            for event, elem in context:
                class_name = None
                if event == "start":
                    if elem.tag in _FEATURE_TAGS:
                        depth_features += 1
                    if checked:
                        continue
                elif event == "end":
                    class_name = _FEATURE_TAGS.get(elem.tag)
                    if class_name is not None:
                        depth_features -= 1
                        if depth_features:
                            features_inside = True
                        else:
                            top += 1
                elif depth_features:
                    comments_inside = True
                events.append((event, elem, depth_features, class_name))
                if not checked:
                    # the root is checked before anything else
                    yield from self._replay(events, comments_inside, features_inside)
                    checked = self._root_checked
                elif top >= wanted:
                    yield from self._replay(events, comments_inside, features_inside)
                    top, wanted = 0, _BATCH
                    comments_inside = features_inside = depth_features > 0
        except etree.XMLSyntaxError:
            yield from self._replay(events, True, True)  # what came before the error, as it came
            raise
        yield from self._replay(events, comments_inside, features_inside)
        if not self._root_checked and context.root is not None:
            self._check_root(context.root)

    def _replay(self, events: list[tuple[str, Any, int, str | None]], comments_inside: bool,
                features_inside: bool) -> Iterator[Feature]:
        """Act on collected events in order; ``events`` is emptied as it goes, so nothing holds on to
        an element after it is released.  Without ``comments_inside`` (``features_inside``) no feature
        is searched for comments (for features inside it)."""
        self._prepare_geometries(events)
        self._comments_inside = comments_inside
        self._features_inside = features_inside
        events.reverse()
        try:
            while events:
                event, elem, depth_features, class_name = events.pop()
                if class_name is not None:
                    feature = self._feature_event(elem, depth_features, class_name)
                    if feature is not None:
                        yield feature
                    if depth_features == 0:
                        self._release(elem)
                else:
                    self._event(event, elem, depth_features)
        finally:
            self._comments_inside = self._features_inside = True
            self._geometry.forget()

    def _prepare_geometries(self, events: list[tuple[str, Any, int, str | None]]) -> None:
        """Hand the geometries of the batch's features to the geometry reader to decode in one go."""
        elements = []
        for _event, elem, _depth, class_name in events:
            if class_name is None:
                continue
            # writers put the geometry right after the inspireId; a search only where they did not
            # (one missed here is decoded by the general path)
            second = elem[1] if len(elem) > 1 else None
            props = (second,) if second is not None and second.tag in _GEOMETRY_PROPERTIES else (
                elem.iterchildren(*_GEOMETRY_PROPERTIES)
            )
            for prop in props:
                if len(prop) == 1:
                    geometry = prop[0]
                    if isinstance(geometry.tag, str):
                        elements.append(geometry)
                else:
                    kids = [c for c in prop if isinstance(c.tag, str)]
                    if len(kids) == 1:
                        elements.append(kids[0])
        if len(elements) > 1:
            self._geometry.prepare(elements, self._default_srs)

    def _feature_event(self, elem: etree._Element, depth_features: int, class_name: str) -> Feature | None:
        """A feature's end: the feature, after the hook has seen it (not yet released)."""
        if not self._root_checked:
            self._root_checked = True
            self._check_root(elem.getroottree().getroot())
        feature = self._feature(elem, class_name)
        if depth_features == 0 and feature is not None and feature.gml_id:
            for entry in self._unanchored:
                entry[1] = feature.gml_id
            self._unanchored.clear()
        if feature is not None and self.on_feature is not None:
            self.on_feature(elem, feature)
        # let go of the children now: a proxy still held when the element is released costs lxml a copy of
        # the namespaces onto the child it keeps alive
        self.last_children = _NO_CHILDREN
        return feature

    def _event(self, event: str, elem: Any, depth_features: int) -> None:
        """Any other parser event: ``depth_features`` is how many features enclose it."""
        if event in ("comment", "pi"):
            if not depth_features:
                self._comment_outside_features(elem)
            return
        if not self._root_checked:
            self._root_checked = True
            self._check_root(elem.getroottree().getroot())
        if event == "start":
            return
        tag = elem.tag
        if tag in _MEMBER_TAGS:
            self._note_member_kind(elem)
            self._member(elem)
            if depth_features == 0:
                self._release(elem)
        elif depth_features:
            return
        elif tag == _BASE_IDENTIFIER and local_name(elem.getparent().tag) == "SpatialDataSet":
            try:
                self.dataset_id = self._identifier(elem)
            except ValueError as exc:
                self._find(
                    "READ.BAD_VALUE",
                    Severity.ERROR,
                    Text("plu_model.gml_reader", "the data set identifier could not be read: {exc}", exc=exc),
                    elem,
                )
        elif tag == _BASE_METADATA:
            self._dataset_metadata(elem)
        elif tag in _COLLECTION_HEAD:
            parent = elem.getparent()
            if self.keep_source and parent is not None and parent.getparent() is None:
                self._collection_head.append(etree.tostring(elem, encoding="unicode", with_tail=False))
        elif tag == _GML_ENVELOPE and elem.get("srsName"):
            try:
                self._default_srs = parse_srs_name(elem.get("srsName"))
                self._default_srs_text = elem.get("srsName")
            except PluInputError:
                pass

    def read(self) -> PlanDataset:
        """The whole file as a data set (use :meth:`features` to stream)."""
        data = PlanDataset(crs=0)
        for f in self.features():
            data.add(f)
        self.require_usable_crs()
        data.crs = self.crs
        data.dataset_id = self.dataset_id
        data.metadata.update(self.metadata)
        return data

    def require_usable_crs(self) -> int:
        """The plan's EPSG code, or :class:`PluInputError` saying why there is none a plan can be stored in.

        A file whose geometries all fail to read names the first reason (an srsName nobody knows, say)
        rather than doubting it is a plan; a CRS PROJ does not know is named with the feature and line it
        was read from, before a writer or a reprojection fails on it.
        """
        if self.crs is None:
            why = next((f for f in self.findings if f.rule == "READ.BAD_VALUE"), None)
            if why is None:
                raise PluInputError(Text("plu_model.gml_reader", "{path}: no geometry with a usable CRS was found; "
                                                                 "not a PLU plan", path=self.path))
            raise PluInputError(Text("plu_model.gml_reader", "{path}:{line}: no geometry with a usable CRS was found "
                                                             "(the first, in {gml_id}: {why})", path=self.path,
                                                             line=why.line, gml_id=why.gml_id or why.xpath,
                                                             why=why.text))
        if not is_known_crs(self.crs):
            line, written, gml_id = self._crs_origin
            if written is None:  # a target CRS the caller chose, not one the file names
                raise PluInputError(Text("plu_model.crs", "EPSG:{epsg} is not a coordinate reference system PROJ "
                                                          "knows", epsg=self.crs))
            raise PluInputError(Text("plu_model.gml_reader", "{path}:{line}: feature {gml_id}: srsName '{written}' "
                                                             "names EPSG:{epsg}, a CRS PROJ does not know; the plan "
                                                             "can be neither stored nor reprojected in it",
                                                             path=self.path, line=line, gml_id=gml_id,
                                                             written=written, epsg=self.crs))
        return self.crs

    _release = staticmethod(xml_parsing.release)

    def _check_root(self, root: etree._Element) -> None:
        docinfo = root.getroottree().docinfo
        # entity references (nodes of their own in the tree) need a DTD that declares them
        self._may_hold_entities = docinfo.internalDTD is not None or bool(docinfo.doctype)
        if self._may_hold_entities:
            self._find(
                "READ.DTD",
                Severity.WARNING,
                Text("plu_model.gml_reader", "the document declares a DTD; nothing was fetched and only its internal "
                                             "entities were expanded"),
                root,
            )
        ns = namespace_of(root.tag)
        if ns in OLD_PLU_NAMESPACES or any(v in OLD_PLU_NAMESPACES for v in root.nsmap.values()):
            old = OLD_PLU_NAMESPACES.get(ns) or "PLU 3.0"
            raise PluInputError(
                Text("plu_model.gml_reader", "{path}: this is {old} GML; PLU Studio reads PLU 4.0 (namespace {PLU})",
                                             path=self.path, old=old, PLU=PLU),
            )
        self.metadata["source_collection"] = collection_label(root.tag)
        if self.keep_source:
            self._wrapper = {"tag": root.tag, "attrib": dict(root.attrib),
                             "nsmap": {k or "": v for k, v in root.nsmap.items()}}
        if root.get("srsName"):
            try:
                self._default_srs = parse_srs_name(root.get("srsName"))
                self._default_srs_text = root.get("srsName")
            except PluInputError:
                pass

    def _note_member_kind(self, elem: etree._Element) -> None:
        """Remember which member element the collection used, to write the same one back."""
        if self._wrapper is None or "member" in self._wrapper:
            return
        parent = elem.getparent()
        if parent is None or parent.getparent() is not None:
            return
        self._wrapper["member"] = elem.tag
        self.metadata["source_wrapper"] = json.dumps(self._wrapper, ensure_ascii=False, sort_keys=True)

    def _comment_outside_features(self, node: etree._Element) -> None:
        """Keep a comment or processing instruction outside the features, with where it stood.

        Writers put it back before the same feature, by gml:id (``meta.collection_comments``); one
        inside a kept collection element (``gml:boundedBy``…) travels with that element.
        An import, which keeps nothing verbatim, reports it instead (``READ.COMMENT_DROPPED``).
        """
        parent = node.getparent()
        holder = parent
        while holder is not None:
            if holder.tag in _KEEPING_TAGS and (self.keep_source or holder.tag == _BASE_METADATA):
                return
            holder = holder.getparent()
        if self.keep_source:
            after_root = parent is None and any(isinstance(n.tag, str) for n in node.itersiblings(preceding=True))
            where = "body" if parent is not None else "epilog" if after_root else "prolog"
            entry = [where, None, etree.tostring(node, encoding="unicode", with_tail=False)]
            self._comments.append(entry)
            if where == "body":
                self._unanchored.append(entry)  # anchored on the next feature read
            return
        if isinstance(node, etree._Comment):
            what, text = Text("plu_model.gml_reader", "XML comment"), (node.text or "").strip()
        else:
            what, text = Text("plu_model.gml_reader", "processing instruction"), f"{node.target} {node.text or ''}"
        text = " ".join(text.split())
        short = text if len(text) <= 60 else text[:57] + "..."
        self._find("READ.COMMENT_DROPPED", Severity.INFO,
                   Text("plu_model.gml_reader", "{what} outside the features is not kept: '{short}'", what=what, short=short), node,
                   xpath=self._xpath(parent) if parent is not None else "/")

    # -- members by reference ------------------------------------------------
    def _member(self, elem: etree._Element) -> None:
        """Note members by reference; report members that are not PLU features."""
        if len(elem) == 1 and elem[0].tag in _FEATURE_TAGS:
            return  # the usual member: one feature, read already
        href = elem.get(XLINK_HREF)
        kids = [c for c in elem if isinstance(c.tag, str)]
        if href is not None and not kids:
            self._references.append((href, elem.sourceline))
            return
        for kid in kids:
            if kid.tag in _FEATURE_TAGS or kid.tag in _MEMBER_TAGS:
                continue
            self._current = ("", kid.get(GML_ID))
            if any(c.tag in _MEMBER_TAGS for c in kid):
                # a wfs:Tuple of a join, a collection inside a collection: its members were read on their own
                text = Text("plu_model.gml_reader", "{tag} groups members of its own; the PLU features among them "
                                                    "were read, the grouping itself is not kept", tag=_qname(kid.tag))
            else:
                text = Text("plu_model.gml_reader", "{tag} is not a PLU 4.0 feature and was not read",
                                                    tag=_qname(kid.tag))
            self._find("READ.NOT_PLU", Severity.WARNING, text, kid, fold=True)

    def _check_references(self) -> None:
        for href, line in self._references:
            if href.startswith("#"):
                if href[1:] not in self._seen_ids:
                    self._find_at_line(
                        "READ.MEMBER_NOT_FOUND",
                        Text("plu_model.gml_reader", "member {href} refers to an object that is not in the file",
                                                     href=href),
                        line,
                    )
                continue
            self._find_at_line(
                "READ.MEMBER_EXTERNAL",
                Text("plu_model.gml_reader", "member {href} is a reference to another resource; it was not fetched",
                                             href=href),
                line,
            )

    def _check_encoding(self) -> None:
        """Say so when the file declares a one-byte encoding but holds UTF-8: its text would be read garbled."""
        mislabelled = utf8_declared_otherwise(self.path)
        if mislabelled is not None:
            self._find_at_line(
                "READ.ENCODING",
                Text("plu_model.gml_reader", "the file declares encoding=\"{declared}\" but its bytes are UTF-8, so "
                                             "its text is read garbled ('{as_read}' where '{as_meant}' was meant); "
                                             "correct the declaration to UTF-8 and read it again",
                                             declared=mislabelled.declared, as_read=mislabelled.as_read,
                                             as_meant=mislabelled.as_meant),
                mislabelled.line,
            )

    def _find_at_line(self, rule: str, text: Text, line: int | None) -> None:
        self.findings.append(
            Finding(rule=rule, severity=Severity.WARNING, text=text, file=str(self.path), line=line)
        )

    # -- dataset-level -------------------------------------------------------
    def _dataset_metadata(self, elem: etree._Element) -> None:
        kids = [c for c in elem if isinstance(c.tag, str)]
        if kids:
            self.metadata["md_metadata_xml"] = etree.tostring(kids[0], encoding="unicode")
        elif elem.get(XSI_NIL) in ("true", "1"):
            self.metadata["md_metadata_nil_reason"] = elem.get("nilReason") or "unknown"

    # -- features --------------------------------------------------------------
    def _feature(self, elem: etree._Element, class_name: str) -> Feature | None:
        gml_id = elem.get(GML_ID)
        if gml_id is None and elem.get(_GML31_ID) is not None:
            raise PluInputError(Text("plu_model.gml_reader", "{path}:{line}: {class_name} {gml_id} is written in GML "
                                                             "3.1 (namespace {old}); PLU 4.0 is GML 3.2 ({new}), so "
                                                             "its identifiers, geometries and links cannot be read",
                                                             path=self.path, line=elem.sourceline,
                                                             class_name=class_name, gml_id=elem.get(_GML31_ID),
                                                             old=_GML31, new=NS["gml"]))
        self._current = (class_name, gml_id)
        source_text = self._source_text(elem) if self._build_sources else None
        if self._comments_inside:  # kept with the element's text above; the values are read without them
            xml_parsing.strip_comments(elem)
        if gml_id:
            if gml_id in self._seen_ids:
                self._find(
                    "READ.DUPLICATE_ID",
                    Severity.ERROR,
                    Text("plu_model.gml_reader", "gml:id {gml_id} is used twice", gml_id=gml_id),
                    elem,
                )
            self._seen_ids.add(gml_id)
        values: dict[str, Any] = {}
        refused: set[str] = set()  # nil where the schema allows none; reported already (rare)
        by_tag = _DECODERS_BY_TAG[class_name]
        # what the hook takes (:attr:`last_children`), only when it asked for them
        children: VisitedChildren | None = None
        if self.share_children:
            children = []
            self.last_children = (elem, children)
        for child in elem:
            tag = child.tag
            entry = by_tag.get(tag)
            if entry is None:
                if children is not None:
                    children.append((child, tag, None))
                if not isinstance(tag, str) or tag == _GML_BOUNDED_BY:
                    continue
                if tag == _GML_IDENTIFIER and self._redundant_identifier(child, elem):
                    continue
                self._unmapped(child, class_name)
                continue
            attr, decode, name, many, voidable = entry
            try:
                # what _value does, without its calls for the usual value and the usual nil
                attributes = child.items()  # one call for the usual cases: none, or only an xlink:href
                if children is not None:
                    children.append((child, tag, attributes))
                if not attributes and decode is not _HREF:
                    value = decode(self, child)
                elif decode is _HREF and len(attributes) == 1 and attributes[0][0] == XLINK_HREF:
                    value = attributes[0][1]
                elif (
                    voidable
                    and len(attributes) == 2
                    and attributes[0] == _NIL_TRUE
                    and attributes[1][0] == "nilReason"
                    and attributes[1][1] in _NILS
                ):
                    value = _NILS[attributes[1][1]]  # what _nil gives for a reason it has met
                elif (nil := child.get(XSI_NIL)) is None and decode is _HREF:
                    # a code or reference: with an xlink:href, no nilReason can make it nil
                    value = child.get(XLINK_HREF)
                    if value is None or child.get(XLINK_TITLE) is not None:
                        value = self._value(attr, child)
                elif nil is None and not (voidable and child.get("nilReason")):
                    value = decode(self, child)
                elif voidable and (nil == "true" or nil == "1"):
                    value = _NILS.get(child.get("nilReason")) or self._nil(child)
                else:
                    value = self._value(attr, child)
            except _NilRefused:
                refused.add(attr.name)
                continue
            except (GeometryError, PluInputError, ValueError, KeyError, IndexError) as exc:
                self._find(
                    "READ.BAD_VALUE",
                    Severity.ERROR,
                    Text("plu_model.gml_reader", "{class_name}.{xml} could not be read: {exc}",
                                                 class_name=class_name, xml=attr.xml, exc=exc),
                    child,
                )
                continue
            if many:
                current = values.get(name)
                if type(current) is list and not isinstance(value, Nil):
                    current.append(value)
                elif isinstance(value, Nil):
                    if current:
                        self._nil_among_values(attr, child)
                    else:
                        values[attr.name] = value
                elif isinstance(current, Nil):
                    self._nil_among_values(attr, child)
                    values[attr.name] = [value]
                else:
                    values.setdefault(attr.name, []).append(value)
            elif name in values:
                self._find(
                    "READ.REPEATED",
                    Severity.ERROR,
                    Text("plu_model.gml_reader", "{class_name}.{xml} appears more than once; the first was kept",
                                                 class_name=class_name, xml=attr.xml),
                    child,
                )
            else:
                values[name] = value
        feature = self._build(class_name, gml_id, values, elem, refused)
        if feature is not None and self._build_sources:
            feature.source = kept(feature, source_text) if source_text is not None else None
        return feature

    def _source_text(self, elem: etree._Element) -> str | None:
        """The feature's element verbatim (comments included), internal entity references replaced by their text.

        ``None`` when an entity cannot be replaced (external, or holding markup): the
        feature is then written from the model, and ``READ.DTD`` has said the DTD was ignored.
        """
        # both searches filter by tag inside lxml (a Python test of every node cost a tenth of the reading);
        # the parse saw every feature end, so a batch without a feature inside another is not searched
        if self._features_inside and next(elem.iterdescendants(*_FEATURE_TAGS), None) is not None:
            return None  # a feature inside a feature: written from the model, never twice
        if self._may_hold_entities and next(elem.iter(etree.Entity), None) is not None:
            elem = _entities_expanded(elem)
            if elem is None:
                return None
        if self._default_srs_text and any(
            isinstance(g.tag, str) and g.get("srsName") is None
            for prop in elem.iterchildren(*_GEOMETRY_PROPERTIES) for g in prop
        ):
            # the collection that gave the CRS is not written back: the geometry names it itself
            elem = copy_module.deepcopy(elem)
            for prop in elem:
                for g in prop if prop.tag in _GEOMETRY_PROPERTIES else ():
                    if isinstance(g.tag, str) and g.get("srsName") is None:
                        g.set("srsName", self._default_srs_text)
        return etree.tostring(elem, encoding="unicode", with_tail=False)

    def _unmapped(self, child: etree._Element, class_name: str) -> None:
        name = _qname(child.tag)
        if self.keep_source:
            text = Text("plu_model.gml_reader", "{name} of {class_name} has no place in the PLU model; it is kept verbatim and "
                        "written back as long as the feature is not edited", name=name, class_name=class_name)
        else:
            text = Text("plu_model.gml_reader", "{name} of {class_name} has no place in the PLU model and was not kept", name=name,
                        class_name=class_name)
        self._find("READ.UNMAPPED", Severity.WARNING, text, child)

    def _redundant_identifier(self, child: etree._Element, feature: etree._Element) -> bool:
        """True when ``gml:identifier`` only repeats the inspireId (``namespace/localId``), as many WFS do.

        Such an identifier carries nothing the model does not keep; any other one is
        reported as unmapped, like every element without a place in the model.
        """
        text = (child.text or "").strip()
        ident = feature.find(f"{q('plu', 'inspireId')}/{q('base', 'Identifier')}")
        if not text or ident is None:
            return False
        local = (ident.findtext(q("base", "localId")) or "").strip()
        namespace = (ident.findtext(q("base", "namespace")) or "").strip().rstrip("/")
        return bool(local) and text.rstrip("/") in (f"{namespace}/{local}", f"{namespace}{local}", local)

    def _nil_among_values(self, attr: Attribute, child: etree._Element) -> None:
        self._find(
            "READ.NIL_AMONG_VALUES",
            Severity.WARNING,
            Text("plu_model.gml_reader", "{xml} mixes values and nil elements; the nil elements were dropped",
                                         xml=attr.xml),
            child,
        )

    def _build(self, class_name: str, gml_id: str | None, values: dict[str, Any], elem: etree._Element,
               refused: set[str]) -> Feature | None:
        if not values.keys() >= _REQUIRED[class_name]:
            self._complete(class_name, values, elem, refused)
        values["gml_id"] = gml_id
        return class_of(class_name)(**values)

    def _complete(self, class_name: str, values: dict[str, Any], elem: etree._Element, refused: set[str]) -> None:
        """Report the required properties a feature lacks, and give each its empty or nil value."""
        for attr in CLASS_ATTRIBUTES[class_name]:
            if attr.name in values or attr.optional:
                continue
            if attr.voidable:
                continue  # the dataclass default is Nil('unknown'); report it
            if attr.name in refused:
                values[attr.name] = _EMPTY[attr.kind](attr)
                continue
            self._find(
                "READ.MISSING",
                Severity.ERROR,
                Text("plu_model.gml_reader", "{class_name} lacks the required {xml}",
                                             class_name=class_name, xml=attr.xml),
                elem,
            )
            values[attr.name] = _EMPTY[attr.kind](attr)
        missing_voidable = [
            a.xml for a in CLASS_ATTRIBUTES[class_name] if a.voidable and not a.optional and a.name not in values
        ]
        if missing_voidable:
            self._find(
                "READ.MISSING_VOIDABLE",
                Severity.ERROR,
                Text("plu_model.gml_reader", "{class_name} lacks {missing_voidable} (voidable, but the element must "
                                             "be present, if need be with xsi:nil and a nilReason); read as nil "
                                             "'unknown'",
                                             class_name=class_name, missing_voidable=', '.join(missing_voidable)),
                elem,
            )

    # -- attribute values ------------------------------------------------------
    def _value(self, attr: Attribute, el: etree._Element) -> Any:
        if el.get(XSI_NIL) in ("true", "1"):
            if not attr.voidable:
                self._find(
                    "READ.NIL_NOT_VOIDABLE",
                    Severity.ERROR,
                    Text("plu_model.gml_reader", "{xml} is nil but the attribute is not voidable", xml=attr.xml),
                    el,
                )
                raise _NilRefused  # read as absent: the model's type has no room for a nil here
            return self._nil(el)
        if attr.voidable and el.get("nilReason") and not len(el) and not (el.text or "").strip() and el.get(XLINK_HREF) is None:
            self._find(
                "READ.NIL_WITHOUT_XSI",
                Severity.WARNING,
                Text("plu_model.gml_reader", "{xml} has a nilReason but no xsi:nil=\"true\"; read as nil",
                                             xml=attr.xml),
                el,
            )
            return self._nil(el)
        return _DECODERS[attr.kind](self, el)

    def _nil(self, el: etree._Element) -> Nil:
        reason = el.get("nilReason")
        known = _NILS.get(reason)
        if known is not None:
            return known
        if not reason:
            self._find(
                "READ.NIL_WITHOUT_REASON",
                Severity.WARNING,
                Text("plu_model.gml_reader", "{tag} is nil without a nilReason; 'unknown' was assumed",
                                             tag=_qname(el.tag)),
                el,
                fold=True,
            )
            return Nil("unknown")
        try:
            nil = Nil(parse_nil_reason(reason))
        except ValueError:
            self._find(
                "READ.BAD_NIL_REASON",
                Severity.ERROR,
                Text("plu_model.gml_reader", "nilReason {reason!r} is not a GML nil reason; kept as other:{reason}",
                                             reason=reason),
                el,
            )
            return Nil(f"other:{reason}")
        if len(_NILS) < 256:  # the few reasons a plan gives, made once (a Nil cannot change)
            _NILS[reason] = nil
        return nil

    def _datetime(self, el: etree._Element) -> Any:
        """``parse_datetime`` of the element's text, each distinct text parsed once (a plan has a few)."""
        text = el.text or ""
        value = self._datetimes.get(text)
        if value is None:
            value = parse_datetime(text)
            if len(self._datetimes) < 1024:
                self._datetimes[text] = value
        return value

    def _text(self, el: etree._Element) -> str:
        return el.text or ""

    def _href(self, el: etree._Element) -> str:
        href = el.get(XLINK_HREF)
        if href is None:
            kids = [c for c in el if isinstance(c.tag, str)]
            raise ValueError(
                "an inline object where a reference (xlink:href) is expected"
                if kids
                else "neither xlink:href nor xsi:nil"
            )
        title = el.get(XLINK_TITLE)
        if title is not None and title.strip():
            known = self.code_titles.setdefault(href, title.strip())  # written back by the GML writer
            if known != title.strip():
                self._find(
                    "READ.XLINK_TITLE_DIFFERS",
                    Severity.WARNING,
                    Text("plu_model.gml_reader", "{href} is titled both {known!r} and {title!r}; the first was kept",
                                                 href=href, known=known, title=title.strip()),
                    el,
                    fold=True,
                )
        return href

    def _geometry_value(self, el: etree._Element) -> BaseGeometry:
        kids = [el[0]] if len(el) == 1 and isinstance(el[0].tag, str) else [c for c in el if isinstance(c.tag, str)]
        if not kids:
            if el.get(XLINK_HREF):
                raise GeometryError(
                    Text("plu_model.gml_reader", "geometry by reference (xlink:href) is not supported"), el,
                )
            raise GeometryError(Text("plu_model.gml_reader", "the geometry property is empty"), el)
        adopting = self._geometry.target_epsg is None
        try:
            geom = self._geometry.read(kids[0], self._default_srs)
        finally:
            if adopting and self._geometry.target_epsg is not None:
                written = kids[0].get("srsName") or self._default_srs_text
                self._crs_origin = (kids[0].sourceline, written, self._current[1])
        if len(kids) > 1:
            geom = self._several_geometries(el, geom, kids)
        if isinstance(geom, Polygon) and self._current[0] != "SupplementaryRegulation":
            # extent and zoning geometry are gml:MultiSurface in the schema
            geom = MultiPolygon([geom]) if not geom.is_empty else MultiPolygon()
        return geom

    def _several_geometries(self, el: etree._Element, first: BaseGeometry, kids: list[Any]) -> BaseGeometry:
        """Invalid against the XSD but real: keep every geometry of the property, and say so."""
        parts = [first] + [self._geometry.read(k, self._default_srs) for k in kids[1:]]
        names = ", ".join(_qname(k.tag) for k in kids)
        self._find(
            "READ.SEVERAL_GEOMETRIES",
            Severity.ERROR,
            Text("plu_model.gml_reader", "{tag} holds {n_kids} geometries ({names}); the schema allows one. All are "
                                         "kept (as one multi-geometry in the model, verbatim in the export)",
                                         tag=_qname(el.tag), n_kids=len(kids), names=names),
            el,
        )
        return _combined(parts)

    def _identifier(self, el: etree._Element) -> Identifier:
        for ident in el:  # the first, as find() would give
            if ident.tag == _BASE_IDENTIFIER_OBJECT:
                break
        else:
            raise ValueError("base:Identifier expected")
        local = namespace = version = None
        for c in ident:  # the first of each, as find() would give
            tag = c.tag
            if tag == _BASE_LOCAL_ID:
                if local is None:
                    local = c
            elif tag == _BASE_NAMESPACE:
                if namespace is None:
                    namespace = c
            elif tag == _BASE_VERSION_ID and version is None:
                version = c
        version_value: Any = None
        if version is not None:
            version_value = self._nil(version) if version.get(XSI_NIL) in ("true", "1") else (version.text or "")
        if local is None or namespace is None:
            _child_text(ident, "base", "localId")  # raises the message of the one missing
            _child_text(ident, "base", "namespace")
        return Identifier(local_id=local.text or "", namespace=namespace.text or "", version_id=version_value)

    def _background_map(self, el: etree._Element) -> BackgroundMapValue:
        v = _only_child(el, "plu", "BackgroundMapValue")
        uri_el = v.find(q("plu", "backgroundMapURI"))
        if uri_el is None:
            uri_el = v.find(q("plu", "backgroudMapURI"))
            if uri_el is not None:
                self._find(
                    "READ.BACKGROUDMAPURI",
                    Severity.WARNING,
                    Text("plu_model.gml_reader", "backgroudMapURI is the misspelt name of PLU 4.0.0; read as "
                                                 "backgroundMapURI (4.0.1)"),
                    uri_el,
                )
        if uri_el is None:
            uri: Any = Nil("unknown")
        elif uri_el.get(XSI_NIL) in ("true", "1"):
            uri = self._nil(uri_el)
        else:
            uri = uri_el.text or ""
        return BackgroundMapValue(
            background_map_date=parse_datetime(_child_text(v, "plu", "backgroundMapDate")),
            background_map_reference=_child_text(v, "plu", "backgroundMapReference"),
            background_map_uri=uri,
        )

    def _ordinance(self, el: etree._Element) -> OrdinanceValue:
        v = _only_child(el, "plu", "OrdinanceValue")
        return OrdinanceValue(
            ordinance_date=parse_datetime(_child_text(v, "plu", "ordinanceDate")),
            ordinance_reference=_child_text(v, "plu", "ordinanceReference"),
        )

    def _dimensioning(self, el: etree._Element) -> DimensioningIndicationValue:
        for v in el:
            vtag = v.tag
            if isinstance(vtag, str):
                break
        else:
            raise ValueError("empty dimensioningIndication")
        ref_el = value_el = None
        for c in v:  # the first of each, as find() would give
            tag = c.tag
            if tag == _PLU_INDICATION_REFERENCE:
                if ref_el is None:
                    ref_el = c
            elif tag == _PLU_VALUE and value_el is None:
                value_el = c
        if ref_el is None:
            raise ValueError(f"plu:indicationReference missing in {_qname(vtag)}")
        key = (vtag, ref_el.text, None) if value_el is None else (vtag, ref_el.text, value_el.text, value_el.get("uom"))
        known = self._dimensionings.get(key)
        if known is None:
            known = self._dimensioning_value(vtag, ref_el.text or "", value_el)
            if len(self._dimensionings) < 1024:  # a plan repeats a few figures: each made once (they cannot change)
                self._dimensionings[key] = known
        return known

    @staticmethod
    def _dimensioning_value(vtag: str, ref: str, value_el: etree._Element | None) -> DimensioningIndicationValue:
        name = local_name(vtag)
        if name == "DimensioningIndicationValue":
            return DimensioningIndicationValue(ref)
        if value_el is None:
            raise ValueError(f"plu:{name} without plu:value")
        text = (value_el.text or "").strip()
        if name == "DimensioningIndicationCharacterValue":
            return DimensioningIndicationCharacterValue(ref, value_el.text or "")
        if name == "DimensioningIndicationIntegerValue":
            return DimensioningIndicationIntegerValue(ref, int(text))
        if name == "DimensioningIndicationRealValue":
            return DimensioningIndicationRealValue(ref, float(text))
        if name == "DimensioningIndicationMeasureValue":
            uom = value_el.get("uom")
            if not uom:
                raise ValueError("a measure value without uom")
            return DimensioningIndicationMeasureValue(ref, float(text), uom)
        raise ValueError(f"{_qname(vtag)} is not a dimensioning indication")

    def _presence(self, el: etree._Element, specific: bool) -> Any:
        wrapper = "SpecificPresence" if specific else "HILUCSPresence"
        v = _only_child(el, "lunom", wrapper)
        ordered = [self._href(c) for c in v.findall(q("lunom", "orderedList"))]
        if ordered:
            return (SpecificPresence if specific else HILUCSPresence)(ordered_list=tuple(ordered))
        pct_tag, value_tag = ("SpecificPercentage", "specificValue") if specific else ("HILUCSPercentage", "hilucsValue")
        items = []
        for p in v.findall(f"{q('lunom', 'percentageList')}/{q('lunom', pct_tag)}"):
            href = self._href(p.find(q("lunom", value_tag)))
            pct = int(_child_text(p, "lunom", "percentage"))
            items.append((SpecificPercentage if specific else HILUCSPercentage)(href, pct))
        return (SpecificPresence if specific else HILUCSPresence)(percentage_list=tuple(items))

    def _citation_fields(self, c: etree._Element) -> dict[str, Any]:
        date_el = c.find(q("base2", "date"))
        date_value: Any = Nil("unknown")
        if date_el is not None:
            if date_el.get(XSI_NIL) in ("true", "1"):
                date_value = self._nil(date_el)
            else:
                ci = date_el.find(q("gmd", "CI_Date"))
                if ci is None:
                    raise ValueError("base2:date without gmd:CI_Date")
                d = ci.find(f"{q('gmd', 'date')}/{q('gco', 'Date')}")
                if d is None:
                    d = ci.find(f"{q('gmd', 'date')}/{q('gco', 'DateTime')}")
                if d is None:
                    raise ValueError("gmd:CI_Date without gco:Date or gco:DateTime")
                code = ci.find(f"{q('gmd', 'dateType')}/{q('gmd', 'CI_DateTypeCode')}")
                text = (d.text or "").strip()
                date_value = CIDate(
                    parse_datetime(text) if local_name(d.tag) == "DateTime" else parse_date(text),
                    code.get("codeListValue", "publication") if code is not None else "publication",
                )
        links: list[str] = []
        link_nil: Nil | None = None
        for link in c.findall(q("base2", "link")):
            if link.get(XSI_NIL) in ("true", "1"):
                link_nil = self._nil(link)
            else:
                links.append((link.text or "").strip())
        short = c.find(q("base2", "shortName"))
        refs = c.findall(q("base2", "specificReference"))
        specific: Any = None
        if refs:
            if len(refs) == 1 and refs[0].get(XSI_NIL) in ("true", "1"):
                specific = self._nil(refs[0])
            else:
                specific = tuple(r.text or "" for r in refs if r.get(XSI_NIL) not in ("true", "1"))
        return {
            "name": _child_text(c, "base2", "name"),
            "short_name": None
            if short is None
            else (self._nil(short) if short.get(XSI_NIL) in ("true", "1") else short.text or ""),
            "date": date_value,
            "link": tuple(links) if links else (link_nil or Nil("unknown")),
            "specific_reference": specific,
            "gml_id": c.get(GML_ID),
        }

    def _legislation(self, el: etree._Element) -> LegislationCitation:
        c = _only_child(el, "base2", "LegislationCitation")
        journal = c.find(f"{q('base2', 'journalCitation')}/{q('base2', 'OfficialJournalInformation')}")
        level = c.find(q("base2", "level"))
        return LegislationCitation(
            **self._citation_fields(c),
            identification_number=_opt_text(c, "identificationNumber"),
            official_document_number=_opt_text(c, "officialDocumentNumber"),
            date_entered_into_force=_opt_text(c, "dateEnteredIntoForce"),
            date_repealed=_opt_text(c, "dateRepealed"),
            level=self._href(level) if level is not None else "",
            journal_citation=None
            if journal is None
            else OfficialJournalInformation(
                official_journal_identification=_child_text(journal, "base2", "officialJournalIdentification"),
                issn=_opt_text(journal, "ISSN"),
                isbn=_opt_text(journal, "ISBN"),
                link_to_journal=_opt_text(journal, "linkToJournal"),
            ),
        )

    def _document(self, el: etree._Element) -> DocumentCitation:
        c = _only_child(el, "base2", "DocumentCitation")
        return DocumentCitation(**self._citation_fields(c))


class _NilRefused(Exception):
    """A nil element where the attribute is not voidable (already reported)."""


def _entities_expanded(elem: etree._Element) -> etree._Element | None:
    """A copy of ``elem`` with each internal text entity reference replaced by its text."""
    dtd = elem.getroottree().docinfo.internalDTD
    texts = {e.name: e.content for e in dtd.iterentities()} if dtd is not None else {}
    copy = copy_module.deepcopy(elem)
    for ent in [n for n in copy.iter() if isinstance(n, etree._Entity)]:
        text = texts.get(ent.name)
        if text is None or "<" in text or "&" in text:
            return None
        text += ent.tail or ""
        parent, previous = ent.getparent(), ent.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(ent)
    return copy


def _combined(parts: list[BaseGeometry]) -> BaseGeometry:
    """One geometry holding all ``parts``: a Multi* of their kind when they share it, else a collection."""
    flat: list[BaseGeometry] = []
    for g in parts:
        flat.extend(getattr(g, "geoms", [g]))
    kinds = {g.geom_type for g in flat}
    if kinds <= {"Polygon"}:
        return MultiPolygon(flat)
    if kinds <= {"LineString"}:
        return MultiLineString(flat)
    if kinds <= {"Point"}:
        return MultiPoint(flat)
    return GeometryCollection(flat)


def _only_child(el: etree._Element, prefix: str, name: str) -> etree._Element:
    kids = [c for c in el if isinstance(c.tag, str)]
    if not kids or kids[0].tag != q(prefix, name):
        got = _qname(kids[0].tag) if kids else "nothing"
        raise ValueError(f"{prefix}:{name} expected, found {got}")
    return kids[0]


def _child_text(el: etree._Element, prefix: str, name: str) -> str:
    c = el.find(q(prefix, name))
    if c is None:
        raise ValueError(f"{prefix}:{name} missing in {_qname(el.tag)}")
    return c.text or ""


def _opt_text(el: etree._Element, name: str) -> str | None:
    c = el.find(q("base2", name))
    return None if c is None else (c.text or "")


def _parse_bool(text: str) -> bool:
    value = text.strip()
    if value in ("true", "1"):
        return True
    if value in ("false", "0"):
        return False
    raise ValueError(f"{text!r} is not an xs:boolean")


_HREF = GmlReader._href
_DECODERS: dict[str, Any] = {
    "identifier": GmlReader._identifier,
    "geometry": GmlReader._geometry_value,
    "datetime": GmlReader._datetime,
    "date": lambda r, el: parse_date(el.text or ""),
    "string": GmlReader._text,
    "boolean": lambda r, el: _parse_bool(el.text or ""),
    "code": _HREF,
    "ref": _HREF,
    "background_map": GmlReader._background_map,
    "ordinance": GmlReader._ordinance,
    "dimensioning": GmlReader._dimensioning,
    "hilucs_presence": lambda r, el: r._presence(el, False),
    "specific_presence": lambda r, el: r._presence(el, True),
    "legislation_citation": GmlReader._legislation,
    "document_citation": GmlReader._document,
}

#: per feature type, the attribute and the decoder of each property element (one dict lookup per child)
_DECODERS_BY_TAG = {
    cls: {tag: (a, _DECODERS[a.kind], a.name, a.many, a.voidable) for tag, a in by_tag.items()}
    for cls, by_tag in _ATTRIBUTES_BY_TAG.items()
}
#: per feature type, the properties it must have (voidable or not): all present, nothing to report
_REQUIRED = {cls: frozenset(a.name for a in attrs if not a.optional) for cls, attrs in CLASS_ATTRIBUTES.items()}

_EMPTY: dict[str, Any] = {
    "identifier": lambda a: Identifier("", ""),
    "geometry": lambda a: MultiPolygon(),
    "string": lambda a: "",
    "code": lambda a: [] if a.many else "",
    "ref": lambda a: [] if a.many else "",
}


def read_feature_element(element: etree._Element, crs: int) -> Feature | None:
    """The model values of one kept feature element, its geometries in EPSG ``crs``.

    A writer compares them with an edited feature's values to find the properties the
    edit left alone, which it can then write back exactly as they were read
    (:func:`exporters.kept_source.keep_unchanged`).  ``None`` when the element is not a
    PLU feature or its values cannot be read.
    """
    class_name = _FEATURE_TAGS.get(element.tag)
    if class_name is None:
        return None
    reader = GmlReader(Path("kept-element.gml"), target_epsg=crs, keep_source=False)
    try:
        return reader._feature(element, class_name)
    except (GeometryError, PluInputError, ValueError, KeyError, IndexError, TypeError):
        return None


def read_gml(path: str | os.PathLike[str], target_epsg: int | None = None) -> tuple[PlanDataset, list[Finding]]:
    """Read a whole PLU GML file; returns the data set and what could not be mapped."""
    reader = GmlReader(path, target_epsg)
    data = reader.read()
    return data, reader.findings
