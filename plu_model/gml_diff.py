"""Compare two PLU GML deliveries feature by feature: did B keep everything A held?

This is the fidelity check behind ``plu diff`` and the round-trip tests.  It reads
the XML itself, not the model, so it sees what the model would not (``gml:name``,
``xlink:title``, extension elements…).  Features are matched by ``gml:id``, and by
``inspireId`` (namespace and local id) when the gml:id is absent or changed.
Within a feature, each property is compared as a multiset of its values:

* a non-geometric value is the set of its leaves: each element's path with its
  stripped text and each attribute's path with its value (``gml:id``, ``srsName`` and
  ``srsDimension`` aside), so a ``nilReason`` or ``xlink:title`` that B adds is no loss;
* a geometric value (anything holding ``pos``, ``posList``, ``coordinates`` or
  envelope corners) is its set of positions and its CRS: every position of A must
  lie within the tolerance of one of B and the counts must agree.  Ring
  orientation and the geometry's encoding (``gml:Surface`` or ``gml:Polygon``) may change.

Extra content in B is not a loss.  Every loss or change is a
:class:`~plu_model.findings.Finding` (``DIFF.*``) naming the feature and the property.
"""

from __future__ import annotations

import copy
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from lxml import etree

from plu_model import xml_parsing
from plu_model.crs import is_geographic, parse_srs_name
from plu_model.errors import PluInputError
from plu_model.findings import Finding, Severity
from plu_model.i18n import Text
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.xml_names import GML_ID, NS, local_name, namespace_of

__all__ = ["DiffResult", "diff_gml", "feature_differences"]

_FEATURE_TAGS = {f"{{{NS['plu']}}}{c}" for c in CLASS_ATTRIBUTES}
_GML = NS["gml"]
_POSITIONS = {f"{{{_GML}}}{n}" for n in ("pos", "posList", "coordinates", "lowerCorner", "upperCorner")}
_COLLECTION_HEAD = {f"{{{_GML}}}{n}" for n in ("description", "identifier", "name", "boundedBy")}
_IGNORED_ATTRIBUTES = {GML_ID, "srsName", "srsDimension", "count"}
_PREFIX = {v: k for k, v in NS.items()}
#: elements the schemas type as numbers (integer, double, gml:MeasureType, gco:Decimal…): by tag, or by
#: (parent, tag) where the same name holds text elsewhere (``plu:value`` of a character value)
_NUMBERS: set[str | tuple[str, str]] = {
    f"{{{NS['lunom']}}}percentage", *(f"{{{NS['gco']}}}{n}" for n in ("Decimal", "Real", "Integer")),
    *((f"{{{NS['plu']}}}DimensioningIndication{kind}Value", f"{{{NS['plu']}}}value")
      for kind in ("Integer", "Measure", "Real")),
}


@dataclass
class DiffResult:
    """What a comparison found; ``findings`` is empty when B kept everything A held."""

    a: Path
    b: Path
    tolerance: float
    features_a: int = 0
    features_b: int = 0
    matched: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        return not self.findings

    def as_dict(self) -> dict[str, Any]:
        return {
            "a": str(self.a),
            "b": str(self.b),
            "tolerance": self.tolerance,
            "features_a": self.features_a,
            "features_b": self.features_b,
            "matched": self.matched,
            "lossless": self.identical,
            "differences": [f.as_dict() for f in self.findings],
        }


@dataclass
class _Delivery:
    path: Path
    features: dict[str, etree._Element]
    by_inspire_id: dict[tuple[str, str], etree._Element]
    default_srs: str | None
    root: etree._Element | None = None


def _parse(path: Path) -> etree._ElementTree:
    if not path.is_file():
        raise PluInputError(Text("plu_model.gml_diff", "{path}: no such file", path=path))
    with path.open("rb") as fh:
        if fh.read(16) == b"SQLite format 3\x00":
            raise PluInputError(Text("plu_model.gml_diff", "{path} is a plan file, not GML: write it as GML with "
                                                           "plu convert, then compare", path=path))
    try:
        return xml_parsing.parse(path, remove_comments=True, remove_pis=True)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else None
        raise PluInputError(
            Text("plu_model.gml_diff", "{path}:{line}: not well-formed XML: {msg}", path=path, line=line, msg=exc.msg),
        ) from exc
    except OSError as exc:
        raise PluInputError(Text("plu_model.gml_diff", "{path}: cannot be read: {exc}", path=path, exc=exc)) from exc


def _inspire_key(feature: etree._Element) -> tuple[str, str] | None:
    ident = feature.find(f"{{{NS['plu']}}}inspireId/{{{NS['base']}}}Identifier")
    if ident is None:
        return None
    local = (ident.findtext(f"{{{NS['base']}}}localId") or "").strip()
    namespace = (ident.findtext(f"{{{NS['base']}}}namespace") or "").strip()
    return (namespace, local) if local else None


def _load(path: str | os.PathLike[str]) -> _Delivery:
    path = Path(path)
    root = _parse(path).getroot()
    features: dict[str, etree._Element] = {}
    by_inspire: dict[tuple[str, str], etree._Element] = {}
    for n, el in enumerate(root.iter(*_FEATURE_TAGS)):
        features.setdefault(el.get(GML_ID) or f"#{n}", el)
        key = _inspire_key(el)
        if key is not None:
            by_inspire.setdefault(key, el)
    if not features:
        raise PluInputError(
            Text("plu_model.gml_diff", "{path}: holds no PLU 4.0 feature; is it a PLU GML delivery?", path=path),
        )
    srs = root.get("srsName")
    if srs is None:
        envelope = root.find(f"{{{_GML}}}boundedBy/{{{_GML}}}Envelope")
        srs = envelope.get("srsName") if envelope is not None else None
    return _Delivery(path, features, by_inspire, srs, root)


def _qname(tag: str) -> str:
    ns = namespace_of(tag)
    return f"{_PREFIX.get(ns, 'ns')}:{local_name(tag)}" if ns else local_name(tag)


def _srs_of(el: etree._Element, default: str | None) -> str | None:
    """The srsName that applies to ``el``: its own or a descendant's, else an ancestor's, else the file's."""
    for node in el.iter():
        if isinstance(node.tag, str) and node.get("srsName"):
            return node.get("srsName")
    for node in el.iterancestors():
        if node.get("srsName"):
            return node.get("srsName")
    return default


def _epsg(srs: str | None) -> int | None:
    if not srs:
        return None
    try:
        return parse_srs_name(srs).epsg
    except PluInputError:
        return None


def _dimension(el: etree._Element) -> int:
    for node in (el, *el.iterancestors()):
        dim = node.get("srsDimension")
        if dim and dim.strip().isdigit():
            return int(dim)
    return 2


def _positions(prop: etree._Element) -> list[tuple[float, ...]]:
    """Every position under ``prop``, grouped by the dimension that applies to it."""
    points: list[tuple[float, ...]] = []
    for el in prop.iter(*_POSITIONS):
        text = el.text or ""
        if el.tag.endswith("}coordinates"):
            text = text.replace(el.get("cs", ","), " ").replace(el.get("ts", " "), " ")
        try:
            nums = [float(v) for v in text.split()]
        except ValueError:
            nums = []
        dim = _dimension(el)
        points += [tuple(nums[i:i + dim]) for i in range(0, len(nums) - dim + 1, dim)]
    return points


def _leaf_text(el: etree._Element, raw: bool = False) -> str:
    """The element's text as compared: a number the schema types as one by its value (``1.0`` is ``1``)."""
    text = (el.text or "").strip()
    parent = el.getparent()
    if raw:
        return text
    if el.tag in _NUMBERS or (parent is not None and (parent.tag, el.tag) in _NUMBERS):
        try:
            number = float(text)
        except ValueError:
            return text
        return repr(number) if math.isfinite(number) else text
    return text


def _element_leaves(el: etree._Element, path: str, raw: bool = False) -> list[tuple[str, str]]:
    """``(path, text)`` of a leaf element and ``(path/@name, value)`` of each attribute that counts.

    Attributes are leaves of their own, so an attribute B adds (an ``xlink:title``) is no loss.
    """
    kids = any(isinstance(c.tag, str) for c in el)
    leaves = [] if kids else [(path, _leaf_text(el, raw))]
    leaves += [(f"{path}/@{_qname(k)}", v) for k, v in el.attrib.items() if k not in _IGNORED_ATTRIBUTES]
    return leaves


def _leaves(el: etree._Element, path: str, raw: bool = False) -> list[tuple[str, str]]:
    """The leaves of ``el`` and of everything below it (``raw``: numbers as written, for showing them)."""
    out = _element_leaves(el, path, raw)
    for child in el:
        if isinstance(child.tag, str):
            out += _leaves(child, f"{path}/{_qname(child.tag)}", raw)
    return out


def _show(leaf: tuple[str, str]) -> str:
    path, text = leaf
    return f"{path} = {text!r}"[:200]


def _same_positions(a: list[tuple[float, ...]], b: list[tuple[float, ...]], tol: float) -> Text | None:
    """``None`` when every position of A has one of B within ``tol`` (and the counts agree), else why not."""
    if len(a) != len(b):
        return Text("plu_model.gml_diff", "{n} position became {n_b}",
                                          plural="{n} positions became {n_b}", n=len(a), n_b=len(b))
    if not a:
        return None
    if sorted(len(p) for p in a) != sorted(len(p) for p in b):
        return Text("plu_model.gml_diff", "the coordinate dimension changed")
    width = max(len(p) for p in a)
    a = [p + (0.0,) * (width - len(p)) for p in a]
    b = [p + (0.0,) * (width - len(p)) for p in b]
    step = max(tol / 2, 1e-12)  # two positions in one cell are closer than the tolerance, in 2D and 3D
    pa, pb = _unmatched(a, b, step), _unmatched(b, a, step)
    if not len(pa):
        return None
    if len(pa) > 4000:
        return Text("plu_model.gml_diff", "{n} position moved", plural="{n} positions moved", n=len(pa))
    gaps = np.sqrt(((pa[:, None, :] - pb[None, :, :]) ** 2).sum(axis=2)).min(axis=1)
    worst = float(gaps.max())
    if worst <= tol:
        return None
    return Text("plu_model.gml_diff", "a position moved by {worst:.6g} (tolerance {tol:g})", worst=worst, tol=tol)


def _unmatched(a: list[tuple[float, ...]], b: list[tuple[float, ...]], step: float) -> np.ndarray:
    """The positions of ``a`` that fall on no grid cell (of size ``step``) that ``b`` fills as often."""
    def key(p: tuple[float, ...]) -> tuple[int, ...]:
        return tuple(round(c / step) for c in p)

    spare = Counter(key(p) for p in b)
    left = []
    for p in a:
        k = key(p)
        if spare[k]:
            spare[k] -= 1
        else:
            left.append(p)
    return np.array(left, dtype=float).reshape(len(left), len(a[0]))


class _Comparison:
    def __init__(self, a: _Delivery, b: _Delivery, result: DiffResult):
        self.a, self.b, self.result = a, b, result

    def find(self, rule: str, feature: etree._Element, gml_id: str, el: etree._Element | None,
             text: Text) -> None:
        cls = local_name(feature.tag)
        self.result.findings.append(Finding(
            rule=rule, severity=Severity.ERROR, text=Text("plu_model.gml_diff", "{cls} {gml_id}: {text}", cls=cls, gml_id=gml_id, text=text),
            file=str(self.a.path), gml_id=gml_id, line=(el if el is not None else feature).sourceline,
        ))

    def run(self) -> None:
        self.collection()
        for gml_id, fa in self.a.features.items():
            fb = self.b.features.get(gml_id)
            if fb is None:
                key = _inspire_key(fa)
                fb = self.b.by_inspire_id.get(key) if key else None
                if fb is not None and not gml_id.startswith("#"):
                    self.find("DIFF.ID_CHANGED", fa, gml_id, None, Text("plu_model.gml_diff", "gml:id became {gml_id}",
                                                                           gml_id=fb.get(GML_ID)))
            if fb is None:
                self.find("DIFF.FEATURE_MISSING", fa, gml_id, None, Text("plu_model.gml_diff", "missing in B"))
                continue
            self.result.matched += 1
            self.feature(gml_id, fa, fb)

    def collection(self) -> None:
        """What the collection says of itself (gml:name, gml:boundedBy…) must survive too."""
        ra, rb = self.a.root, self.b.root
        if ra is None or rb is None or ra.tag in _FEATURE_TAGS:
            return
        head_a, head_b = (etree.Element("collection"), etree.Element("collection"))
        for root, head in ((ra, head_a), (rb, head_b)):
            for child in root:
                if isinstance(child.tag, str) and child.tag in _COLLECTION_HEAD:
                    head.append(copy.deepcopy(child))
        if len(head_a):
            self.feature("(collection)", head_a, head_b)

    def feature(self, gml_id: str, fa: etree._Element, fb: etree._Element) -> None:
        props_b: dict[str, list[etree._Element]] = {}
        for p in fb:
            if isinstance(p.tag, str):
                props_b.setdefault(p.tag, []).append(p)
        props_a: dict[str, list[etree._Element]] = {}
        for p in fa:
            if isinstance(p.tag, str):
                props_a.setdefault(p.tag, []).append(p)
        for tag, elements in props_a.items():
            others = props_b.get(tag, [])
            if not others:
                self.find("DIFF.PROPERTY_LOST", fa, gml_id, elements[0], Text("plu_model.gml_diff", "{tag} is missing in B",
                                                                                                    tag=_qname(tag)))
            elif any(True for e in elements for _ in e.iter(*_POSITIONS)):
                self.geometry(gml_id, fa, tag, elements, others)
            else:
                self.values(gml_id, fa, tag, elements, others)

    def values(self, gml_id: str, fa: etree._Element, tag: str, a: list[etree._Element],
               b: list[etree._Element]) -> None:
        """Every leaf of A's values must be among B's; a nilReason B adds where A had none is no loss."""
        leaves_a = [leaf for e in a for leaf in _leaves(e, _qname(tag))]
        leaves_b = [leaf for e in b for leaf in _leaves(e, _qname(tag))]
        written = dict(zip(leaves_a, (leaf for e in a for leaf in _leaves(e, _qname(tag), raw=True)), strict=True))
        written_b = dict(zip(leaves_b, (leaf for e in b for leaf in _leaves(e, _qname(tag), raw=True)), strict=True))
        instead: dict[str, list[tuple[str, str]]] = {}  # what B has at a path where it lacks A's value
        for leaf in Counter(leaves_b) - Counter(leaves_a):
            instead.setdefault(leaf[0], []).append(leaf)
        for leaf in Counter(leaves_a) - Counter(leaves_b):
            other = instead.get(leaf[0])
            text = (Text("plu_model.gml_diff", "{leaf} became {new!r} in B", leaf=_show(written[leaf]),
                         new=written_b[other.pop(0)][1]) if other
                    else Text("plu_model.gml_diff", "{leaf} is not in B", leaf=_show(written[leaf])))
            self.find("DIFF.VALUE_CHANGED", fa, gml_id, a[0], text)

    def geometry(self, gml_id: str, fa: etree._Element, tag: str, a: list[etree._Element],
                 b: list[etree._Element]) -> None:
        crs_a = {_epsg(_srs_of(e, self.a.default_srs)) for e in a}
        crs_b = {_epsg(_srs_of(e, self.b.default_srs)) for e in b}
        if crs_a != crs_b:
            self.find("DIFF.CRS_CHANGED", fa, gml_id, a[0], Text("plu_model.gml_diff", "{tag}: EPSG {crs_a} became {crs_b}", tag=_qname(tag),
                                                                crs_a=str(sorted(map(str, crs_a))),
                                                                crs_b=str(sorted(map(str, crs_b)))))
            return
        why = _same_positions([p for e in a for p in _positions(e)], [p for e in b for p in _positions(e)],
                              self.result.tolerance)
        if why:
            self.find("DIFF.GEOMETRY_CHANGED", fa, gml_id, a[0], Text("plu_model.gml_diff", "{tag}: {why}", tag=_qname(tag), why=why))


def diff_gml(a: str | os.PathLike[str], b: str | os.PathLike[str], tolerance: float | None = None) -> DiffResult:
    """Compare delivery ``b`` with ``a``; ``tolerance`` in the CRS's unit (default 1 mm or 1e-8 degrees)."""
    da, db = _load(a), _load(b)
    if tolerance is None:
        tolerance = _default_tolerance(da)
    if not 0 <= tolerance < math.inf:  # NaN would match nothing and infinity everything
        raise PluInputError(Text("plu_model.gml_diff", "the tolerance must be a finite number of 0 or more, not "
                                                       "{tolerance:g}", tolerance=tolerance))
    result = DiffResult(da.path, db.path, tolerance, len(da.features), len(db.features))
    _Comparison(da, db, result).run()
    return result


def feature_differences(a: etree._Element, b: etree._Element, srs: str | None = None,
                        tolerance: float = 0.001) -> list[Finding]:
    """What feature element ``b`` lost or changed against ``a`` (the writer's report of a rewritten feature).

    ``srs`` is the srsName a geometry without one inherits in both.
    """
    da = _Delivery(Path(""), {}, {}, srs)
    db = _Delivery(Path(""), {}, {}, srs)
    result = DiffResult(da.path, db.path, tolerance)
    _Comparison(da, db, result).feature(a.get(GML_ID) or "", a, b)
    return result.findings


def _default_tolerance(delivery: _Delivery) -> float:
    """1 mm, or 1e-8 degrees (about 1 mm) when the first geometry is in a geographic CRS."""
    for feature in delivery.features.values():
        epsg = _epsg(_srs_of(feature, delivery.default_srs))
        if epsg is not None:
            return 1e-8 if is_geographic(epsg) else 0.001
    return 0.001
