"""References and identifiers: links resolve inside the file, both sides of plan membership agree.

Links may point forwards (a plan lists its members before they appear), so
they are judged once the whole plan has been seen.  What is kept meanwhile is
small: for each feature its class, line and bounding-box centre, and the link
strings (interned, since thousands of zones share the same plan link).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from plu_model.features import Feature
from plu_model.findings import Finding
from plu_model.i18n import Text
from plu_model.voidable import Nil
from validators import fast_paths
from validators.context import FeatureInfo, RunContext
from validators.geometry_arrays import BATCH, object_array
from validators.rules import make_finding

__all__ = ["ReferenceChecks"]

#: (class of the referring feature, attribute, XML name, expected target class, rule if the target is missing)
_LINKS = {
    ("SpatialPlan", "member"): ("member", "ZoningElement", "lu-ia.b.3"),
    ("SpatialPlan", "official_document"): ("officialDocument", "OfficialDocumentation", "lu-ia.b.4"),
    ("SpatialPlan", "restriction"): ("restriction", "SupplementaryRegulation", "lu-ia.b.5"),
    ("ZoningElement", "plan"): ("plan", "SpatialPlan", "lu-ia.b.6"),
    ("ZoningElement", "official_document"): ("officialDocument", "OfficialDocumentation", "lu-ia.b.7"),
    ("SupplementaryRegulation", "plan"): ("plan", "SpatialPlan", "lu-ia.b.8"),
    ("SupplementaryRegulation", "official_document"): ("officialDocument", "OfficialDocumentation", "lu-ia.b.9"),
}
_BY_CLASS: dict[str, list[tuple[str, str, str, str]]] = {}
for (_cls, _attr), _spec in _LINKS.items():
    _BY_CLASS.setdefault(_cls, []).append((_attr, *_spec))
#: the plan's attributes that list features (each of which links back with its own plan link)
_LISTS = ("member", "restriction")
#: the link attributes of each class, in :data:`_LINKS` order
_ATTRIBUTES = {_cls: tuple(spec[0] for spec in _specs) for _cls, _specs in _BY_CLASS.items()}
_NOTHING: frozenset[str] = frozenset()
#: distinct officialDocument lists whose links are kept interned (a plan cites a handful of documents)
_KEPT_LISTS = 4096


def _list_key(value: str | list[str]) -> str | tuple[str, ...]:
    """A link value as a key of the caches of sound links (a list as a tuple)."""
    return tuple(value) if type(value) is list else value


@dataclass(slots=True)
class _Seen:
    class_name: str
    line: int | None
    feature_id: str | None
    centre: tuple[float, float] | None
    plan: str | None = None  # the zone's or regulation's plan link


class ReferenceChecks:
    """lu-ia.b.*, REF.* and ID.* rules."""

    family = "reference"

    def __init__(self, ctx: RunContext):
        self.ctx = ctx
        self.seen: dict[str, _Seen] = {}
        self.deferred: dict[tuple[str, str, tuple[str, ...]], list[str]] = {}
        self.members: dict[str, frozenset[str]] = {}
        self.restrictions: dict[str, frozenset[str]] = {}
        self.referenced_documents: set[str] = set()
        self.identifiers: dict[tuple[str, str, str], str] = {}
        self.counts = {"SpatialPlan": 0, "ZoningElement": 0, "SupplementaryRegulation": 0, "OfficialDocumentation": 0}
        self.anonymous = 0
        #: features whose centre is not worked out yet, with their geometry
        self.unplaced: list[tuple[_Seen, BaseGeometry]] = []
        self._unique_ids = ctx.applies("ID.DUPLICATE_INSPIRE_ID")
        self.fast = fast_paths.ENABLED
        #: officialDocument values (a tuple of the list) whose every link is to a document seen
        self._sound_documents: set[str | tuple[str, ...]] = set()
        #: plan links to a plan seen, with the link interned (the membership is asked per feature)
        self._sound_plans: dict[str, str] = {}
        #: officialDocument values already noted as referenced, with their links interned
        self._document_links: dict[str | tuple[str, ...], tuple[str, ...]] = {}
        #: the plan lists whose membership a plan link is checked against (REF.NOT_RECIPROCAL)
        self._listed = {"ZoningElement": self.members, "SupplementaryRegulation": self.restrictions} if ctx.applies(
            "REF.NOT_RECIPROCAL") else {}

    def feature(self, f: Feature, info: FeatureInfo) -> Iterable[Finding]:
        """Note the feature and its links; judge each link whose targets are known (the usual case:
        sound, told without building anything), the others at the end."""
        cls = f.class_name
        self.counts[cls] += 1
        gid = f.gml_id
        if not gid:
            gid = f"(no gml:id #{self.anonymous})"
            self.anonymous += 1
        seen = _Seen(cls, info.line, info.feature_id, None)
        known = len(self.seen)
        self.seen[gid] = seen
        if len(self.seen) == known:  # a repeated gml:id: a link's target may now be of another class
            self._sound_documents.clear()
            self._sound_plans.clear()
        # the engine's location is the feature's geometry; the centres of a batch are worked out together
        # (an empty one has none), and before any finding needs one (:meth:`_where`)
        location = info.location
        if location is not None:
            self.unplaced.append((seen, location))
            if len(self.unplaced) >= BATCH:
                self._place()
        found: list[Finding] = []
        ident = f.inspire_id
        if ident.local_id and self._unique_ids:
            key = (ident.namespace or "", ident.local_id, str(ident.version_id) if ident.version_id else "")
            first = self.identifiers.get(key)
            if first is not None:
                found.append(make_finding(
                    "ID.DUPLICATE_INSPIRE_ID",
                    Text("validators.references", "inspireId {namespace}:{local_id}{version} is also used by {first}", namespace=key[0],
                         local_id=key[1], first=first,
                         version=Text("validators.references", " version {version}", version=key[2]) if key[2] else ""),
                    **info.where("inspireId"),
                ))
            else:
                self.identifiers[key] = gid
        fast = self.fast
        for attr in _ATTRIBUTES.get(cls, ()):
            value = getattr(f, attr)
            if value is None or isinstance(value, Nil):
                continue
            if fast:  # a link found sound before, noted as the full path would note it (:mod:`validators.fast_paths`)
                if attr == "plan":
                    plan = self._sound_plans.get(value) if type(value) is str else None
                    if plan is not None:
                        listed = self._listed.get(cls)
                        if listed is None or "#" + gid in listed.get(plan[1:], _NOTHING):
                            seen.plan = plan
                            continue
                elif attr == "official_document":
                    raw = _list_key(value)
                    if raw in self._sound_documents:
                        continue
                    known = self._document_links.get(raw)
                    if known is not None:  # its targets are noted as referenced already; are they all seen now?
                        self._link(gid, cls, attr, value, known, found)
                        continue
            if isinstance(value, list):
                hrefs = tuple([sys.intern(v) for v in value if v])
            else:
                hrefs = (sys.intern(value),) if value else ()
            if attr == "plan":
                seen.plan = hrefs[0] if hrefs else None
            elif attr == "member":
                self.members[gid] = frozenset(hrefs)
            elif attr == "restriction":
                self.restrictions[gid] = frozenset(hrefs)
            elif attr == "official_document":
                self.referenced_documents.update([h[1:] for h in hrefs if h.startswith("#")])
                if fast and len(self._document_links) < _KEPT_LISTS:
                    self._document_links[_list_key(value)] = hrefs
            self._link(gid, cls, attr, value, hrefs, found)
        return found

    def _link(self, gid: str, cls: str, attr: str, value: str | list[str], hrefs: tuple[str, ...],
              found: list[Finding]) -> None:
        """Judge a link whose targets are all seen; keep the others for :meth:`finish`."""
        if self._resolvable(attr, hrefs):
            if not self._sound(gid, cls, attr, hrefs):
                found.extend(self._judge(gid, cls, attr, hrefs))
            elif self.fast:
                self._note_sound(attr, value, hrefs)
        else:
            self.deferred.setdefault((cls, attr, hrefs), []).append(gid)

    def _note_sound(self, attr: str, value: str | list[str], hrefs: tuple[str, ...]) -> None:
        """Remember a sound link for :meth:`feature`: a document list whose every link is to a document
        seen (sound for any feature that gives it), or a plan link to a plan seen (whose list of members
        is still asked per feature).  A repeated gml:id forgets them all."""
        if attr == "official_document":
            self._sound_documents.add(_list_key(value))
        elif attr == "plan" and len(hrefs) == 1 and type(value) is str:
            self._sound_plans[value] = hrefs[0]

    def _resolvable(self, attr: str, hrefs: tuple[str, ...]) -> bool:
        """All targets already seen (and, for a plan link, the plan's lists known)."""
        for h in hrefs:
            if h.startswith("#"):
                other = self.seen.get(h[1:])
                if other is None:
                    return False
                if attr in ("member", "restriction"):
                    return False  # the members' own plan link comes later
        return True

    def _place(self) -> None:
        """The bounding-box centres of the features seen since the last call (an empty geometry has none)."""
        unplaced, self.unplaced = self.unplaced, []
        geoms = object_array([g for _, g in unplaced])
        empty = shapely.is_empty(geoms).tolist()
        for (seen, _), (x0, y0, x1, y1), none in zip(unplaced, shapely.bounds(geoms).tolist(), empty, strict=True):
            if not none:
                seen.centre = ((x0 + x1) / 2, (y0 + y1) / 2)

    def _sound(self, gid: str, cls: str, attr: str, hrefs: tuple[str, ...]) -> bool:
        """True when :meth:`_judge` would find nothing, told without building a finding's place (the usual
        case: a link to a feature of the right class that links back); False leaves it to :meth:`_judge`."""
        if attr != "plan" and attr != "official_document":
            return False
        target = _LINKS[(cls, attr)][1]
        listed = self._listed.get(cls) if attr == "plan" else None
        for href in hrefs:
            if not href.startswith("#"):
                return False
            other = self.seen.get(href[1:])
            if other is None or other.class_name != target:
                return False
            if listed is not None and f"#{gid}" not in listed.get(href[1:], frozenset()):
                return False
        return True

    # -- at the end ------------------------------------------------------------
    def _where(self, gid: str, xml: str | None = None) -> dict:
        if self.unplaced:
            self._place()
        s = self.seen.get(gid)
        anchored = not gid.startswith("(no gml:id")
        return {
            "file": self.ctx.file,
            "line": s.line if s else None,
            "xpath": (f"//plu:{s.class_name}[@gml:id='{gid}']" + (f"/plu:{xml}" if xml else ""))
            if s and anchored and self.ctx.file else None,
            "gml_id": gid if anchored else None,
            "feature_id": s.feature_id if s else None,
            "location": Point(s.centre) if s and s.centre else None,
        }

    def finish(self) -> Iterator[Finding]:
        ctx = self.ctx
        plans = [g for g, s in self.seen.items() if s.class_name == "SpatialPlan"]
        if not plans and (self.counts["ZoningElement"] or self.counts["SupplementaryRegulation"]) and ctx.applies(
            "REF.NO_PLAN"
        ):
            yield make_finding(
                "REF.NO_PLAN",
                Text("validators.references", "the data set holds zoning elements or supplementary regulations but "
                                              "no SpatialPlan"),
                file=ctx.file,
            )
        for (cls, attr, hrefs), gids in self.deferred.items():
            if self.fast and attr == "official_document" and self._sound("", cls, attr, hrefs):
                continue  # the links of every feature that gave them are sound (told without the feature)
            for gid in gids:
                if not self._sound(gid, cls, attr, hrefs):
                    yield from self._judge(gid, cls, attr, hrefs)
        self.deferred = {}
        if ctx.applies("REF.DOCUMENT_UNUSED"):
            for gid, s in self.seen.items():
                if s.class_name == "OfficialDocumentation" and gid not in self.referenced_documents:
                    yield make_finding(
                        "REF.DOCUMENT_UNUSED",
                        Text("validators.references", "no plan or feature refers to this document (officialDocument)"),
                        **self._where(gid),
                    )

    def _judge(self, gid: str, cls: str, attr: str, hrefs: tuple[str, ...]) -> Iterator[Finding]:
        ctx = self.ctx
        xml, target, code = _LINKS[(cls, attr)]
        me = f"#{gid}"
        for href in hrefs:
            if not href.startswith("#"):
                if ctx.applies("REF.EXTERNAL"):
                    yield make_finding(
                        "REF.EXTERNAL",
                        Text("validators.references", "{cls}.{xml} links to {href} outside the file; it is not "
                                                      "checked offline (the INSPIRE validator will fetch it)",
                                                      cls=cls, xml=xml, href=href),
                        **self._where(gid, xml),
                    )
                continue
            other = self.seen.get(href[1:])
            if other is None:
                if ctx.applies(code):
                    yield make_finding(
                        code,
                        Text("validators.references", "{cls}.{xml} {href} points to nothing in the file",
                                                      cls=cls, xml=xml, href=href),
                        **self._where(gid, xml),
                    )
                continue
            if other.class_name != target:
                if ctx.applies("REF.WRONG_TARGET"):
                    yield make_finding(
                        "REF.WRONG_TARGET",
                        Text("validators.references", "{cls}.{xml} {href} points to a {class_name}; a {target} is "
                                                      "expected",
                                                      cls=cls, xml=xml, href=href, class_name=other.class_name, target=target),
                        **self._where(gid, xml),
                    )
                continue
            if attr in _LISTS and other.plan == me:
                continue  # the member links back: :meth:`_reciprocal` would find nothing
            if ctx.applies("REF.NOT_RECIPROCAL"):
                yield from self._reciprocal(gid, cls, attr, href, other)

    def _reciprocal(self, gid: str, cls: str, attr: str, href: str, other: _Seen) -> Iterator[Finding]:
        me = f"#{gid}"
        if attr in ("member", "restriction"):
            if other.plan != me:
                back = "plan" if other.plan is None else f"plan {other.plan}"
                yield make_finding(
                    "REF.NOT_RECIPROCAL",
                    Text("validators.references", "the plan lists {href} as {attr}, but that feature's {back} is not "
                                                  "this plan", href=href, attr=attr, back=back),
                    fix="plu fix --rule links",
                    **self._where(gid, attr),
                )
        elif attr == "plan":
            listed = (self.members if cls == "ZoningElement" else self.restrictions).get(href[1:], frozenset())
            if me not in listed:
                role = "member" if cls == "ZoningElement" else "restriction"
                yield make_finding(
                    "REF.NOT_RECIPROCAL",
                    Text("validators.references", "the feature belongs to plan {href}, which does not list it as "
                                                  "{role}", href=href, role=role),
                    fix="plu fix --rule links",
                    **self._where(gid, "plan"),
                )
