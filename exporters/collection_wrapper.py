"""The collection element a delivery came in, written back around its features (``docs/exchange.md``).

A delivery arrives as ``base:SpatialDataSet``, ``gml:FeatureCollection`` (with
``gml:featureMember`` or ``gml:featureMembers``) or a WFS 2.0 / 1.1
``wfs:FeatureCollection``.  The reader keeps the element's name, attributes, namespace
declarations and member element (``meta.source_wrapper``); :func:`source_wrapper` gives
them back so the writer can repeat that wrapper instead of normalising it to
``base:SpatialDataSet``.  Counts a WFS answer states (``numberReturned``…) are
recomputed when the number of features changed, and the export report says so.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field

from lxml import etree

from plu_model import xml_parsing
from plu_model.errors import PluError
from plu_model.i18n import Text
from plu_model.xml_names import NS, WFS11_NAMESPACE, collection_label, local_name, namespace_of

__all__ = ["WRAPPERS", "CollectionComments", "SourceWrapper", "collection_comments", "source_wrapper"]

GML = NS["gml"]
WFS2 = NS["wfs"]
WFS11 = WFS11_NAMESPACE
#: the wrappers a writer can repeat: collection element → the member elements it allows
_REPEATABLE = {
    f"{{{GML}}}FeatureCollection": {f"{{{GML}}}featureMember", f"{{{GML}}}featureMembers"},
    f"{{{WFS2}}}FeatureCollection": {f"{{{WFS2}}}member"},
    f"{{{WFS11}}}FeatureCollection": {f"{{{GML}}}featureMember", f"{{{GML}}}featureMembers"},
}
#: ``--wrapper`` choices: the one the delivery came in, or one the user picks
WRAPPERS = ("source", "spatialdataset", "featurecollection", "wfs")
#: attributes that state how many features the answer holds
_COUNTS = ("numberReturned", "numberMatched", "numberOfFeatures")


@dataclass(frozen=True)
class SourceWrapper:
    """A collection element as it was read: Clark-notation name, attributes, namespaces, member element."""

    tag: str
    attrib: dict[str, str]
    nsmap: dict[str, str]
    member: str

    @property
    def name(self) -> str:
        """``gml:FeatureCollection``, with the source's prefix: the element name written."""
        return self.prefixed(self.tag)

    @property
    def label(self) -> str:
        """The name the report gives: a WFS 1.1 answer is told apart from a WFS 2.0 one."""
        return collection_label(self.tag)

    def prefixed(self, tag: str) -> str:
        """``tag`` with the prefix the source declared for its namespace."""
        ns = namespace_of(tag)
        prefix = next((k for k, v in self.nsmap.items() if v == ns and k), None)
        return f"{prefix}:{local_name(tag)}" if prefix else local_name(tag)

    def start_tag(self, ours: dict[str, str], count: int) -> tuple[str, list[tuple[str, str]]]:
        """The opening tag with ``count`` features, and what was recomputed (English, Bulgarian).

        The source's namespace declarations come first; the writer's own ones are added
        where the source did not use that prefix, so kept features keep their meaning.
        """
        declared: dict[str | None, str] = {k or None: v for k, v in self.nsmap.items()}
        for prefix, uri in ours.items():
            declared.setdefault(prefix, uri)
        notes: list[Text] = []
        old_count = self._stated_count()
        attrib: dict[str, str] = {}
        for key, value in self.attrib.items():
            if key in _COUNTS and old_count is not None and old_count != count and value.isdigit():
                notes.append(Text("exporters.collection_wrapper", "{key} {value} recomputed as {count}",
                                                                  key=key, value=value, count=count))
                value = str(count)
            attrib[key] = value
        empty = etree.tostring(etree.Element(self.tag, attrib, nsmap=declared), encoding="unicode")
        return empty[:-2] + ">", notes

    def _stated_count(self) -> int | None:
        """How many features the source said it returned, when it said so with a number."""
        for key in ("numberReturned", "numberOfFeatures"):
            if self.attrib.get(key, "").isdigit():
                return int(self.attrib[key])
        return None

    @property
    def one_container(self) -> bool:
        """True for ``gml:featureMembers``: one element holds every feature."""
        return local_name(self.member) == "featureMembers"


def source_wrapper(metadata: dict[str, str]) -> SourceWrapper | None:
    """The wrapper the plan came in, when it is one a writer repeats (not ``base:SpatialDataSet``)."""
    try:
        kept = json.loads(metadata.get("source_wrapper") or "{}")
        wrapper = SourceWrapper(str(kept["tag"]), {str(k): str(v) for k, v in dict(kept["attrib"]).items()},
                                {str(k): str(v) for k, v in dict(kept["nsmap"]).items()}, str(kept["member"]))
    except (ValueError, KeyError, TypeError):
        return None
    if wrapper.member not in _REPEATABLE.get(wrapper.tag, ()):
        return None
    try:  # a plan file edited by hand may hold names lxml would refuse while writing
        wrapper.start_tag({}, 0)
    except (ValueError, TypeError):
        return None
    return wrapper


@dataclass
class CollectionComments:
    """The comments and processing instructions a delivery had outside its features, by place.

    ``body[gml_id]`` stood before that feature; they are written back there, whatever
    the wrapper (comments are allowed anywhere); those whose feature is gone go last.
    """

    prolog: list[bytes] = field(default_factory=list)
    body: dict[str, list[bytes]] = field(default_factory=lambda: defaultdict(list))
    epilog: list[bytes] = field(default_factory=list)

    def before(self, gml_id: str | None) -> list[bytes]:
        """Those that stood before feature ``gml_id``, taken so each is written once."""
        return self.body.pop(gml_id, []) if gml_id else []

    def rest(self) -> list[bytes]:
        """Those after the last feature, or before features no longer in the plan."""
        out = [c for nodes in self.body.values() for c in nodes]
        self.body.clear()
        return out


def _node(text: str) -> bytes | None:
    """One comment or processing instruction, re-serialised; ``None`` for anything else (hand-edited metadata)."""
    try:
        holder = xml_parsing.fromstring(b"<x>" + text.encode() + b"</x>")
    except (etree.XMLSyntaxError, PluError):
        return None
    kids = list(holder)
    if len(kids) != 1 or isinstance(kids[0].tag, str) or (holder.text or "").strip() or (kids[0].tail or "").strip():
        return None
    if not isinstance(kids[0], (etree._Comment, etree._ProcessingInstruction)):
        return None
    return etree.tostring(kids[0], encoding="UTF-8", with_tail=False)


def collection_comments(metadata: dict[str, str]) -> CollectionComments:
    """What ``meta.collection_comments`` holds; entries that are not one comment or PI are left out."""
    out = CollectionComments()
    try:
        kept = json.loads(metadata.get("collection_comments") or "[]")
    except ValueError:
        return out
    for entry in kept if isinstance(kept, list) else []:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[1], (str, type(None)))
                and isinstance(entry[2], str)):
            continue
        node = _node(entry[2])
        if node is None:
            continue
        if entry[0] == "prolog":
            out.prolog.append(node)
        elif entry[0] == "epilog":
            out.epilog.append(node)
        else:
            out.body[entry[1] or ""].append(node)
    return out
