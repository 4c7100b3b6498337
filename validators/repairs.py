"""Automatic repairs a user can ask for, each one listed as a change with the feature it touched.

Steps (the names ``plu fix --rule`` takes, and :attr:`validators.rules.Rule.repair`):

``nil_reasons``         empty voidable values become nil, nil reasons the INSPIRE validator refuses are replaced
``code_uris``           ``https://`` INSPIRE code-list values are written with ``http://`` as the register has them
``duplicate_vertices``  consecutive repeated vertices are dropped
``snap``                vertices of zoning elements are snapped to their neighbours within the tolerance
``fill_gaps``           gaps inside the zoning become zoning elements of HILUCS ``6_6_NotKnownUse``
``extent``              the plan extent becomes the union of its zoning elements
``links``               each plan lists exactly the zones and regulations that name it as their plan
``orient``              exterior rings anticlockwise, interior rings clockwise

A repair works on a copy, never drops a feature, and never replaces a
geometry by an invalid or empty one: a step that cannot improve a feature
leaves it as it was and says so.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from plu_model.codelists import INSPIRE_CODELIST_BASE, codelist
from plu_model.dataset import PlanDataset, make_gml_id
from plu_model.features import Feature, ZoningElement, geometry_of, set_geometry
from plu_model.findings import Finding
from plu_model.i18n import SaidInBoth, Text
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.values import HILUCSPresence, Identifier, SpecificPresence
from plu_model.voidable import Nil
from validators.options import ValidationOptions
from validators.profiles import load_profile
from validators.topology import metres_per_unit

__all__ = ["STEPS", "RepairChange", "RepairResult", "repair"]

STEPS: tuple[str, ...] = (
    "nil_reasons",
    "code_uris",
    "duplicate_vertices",
    "snap",
    "fill_gaps",
    "extent",
    "links",
    "orient",
)
_HTTPS = "https://inspire.ec.europa.eu/codelist/"
_NOT_KNOWN = INSPIRE_CODELIST_BASE + "HILUCSValue/6_6_NotKnownUse"
#: reader or raw-XML findings that re-encoding the plan repairs by itself (the writer writes xsi:nil and a reason)
_RE_ENCODED = {"gmlas.c.1", "gmlas.c.2", "READ.NIL_WITHOUT_XSI", "READ.NIL_WITHOUT_REASON", "READ.MISSING_VOIDABLE",
               "PITFALL.BACKGROUDMAPURI", "READ.BACKGROUDMAPURI"}


@dataclass(frozen=True)
class RepairChange(SaidInBoth):
    """One change made to one feature (``gml_id`` None: the data set as a whole)."""

    step: str
    gml_id: str | None
    text: Text

    def message(self, language: str = "en") -> str:
        return self.text.say(language)

    def as_dict(self) -> dict[str, str | None]:
        return {"step": self.step, "gml_id": self.gml_id, "message": {"en": self.message_en, "bg": self.message_bg}}


@dataclass
class RepairResult:
    """The repaired copy of the plan and what was changed in it."""

    dataset: PlanDataset
    changes: list[RepairChange] = field(default_factory=list)

    def steps(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in self.changes:
            out[c.step] = out.get(c.step, 0) + 1
        return out


class _Repairer:
    def __init__(self, data: PlanDataset, options: ValidationOptions):
        self.data = data
        self.options = options
        self.profile = load_profile(options.profile)
        self.changes: list[RepairChange] = []
        unit = metres_per_unit(data.crs)
        # the tolerance is in metres; a geographic plan measures in degrees
        self.tol = options.tolerance / unit if unit else options.tolerance / 111_320.0
        self.m2 = unit * unit if unit else 111_320.0 ** 2 * 0.7  # square metres per square unit (roughly, if degrees)

    def note(self, step: str, gml_id: str | None, text: Text) -> None:
        self.changes.append(RepairChange(step, gml_id, text))

    # -- values ------------------------------------------------------------------
    def nil_reasons(self) -> None:
        ok = self.profile.nil_reasons
        replace = self.profile.nil_reason_replacements
        for f in self.data.features():
            for attr in CLASS_ATTRIBUTES[f.class_name]:
                value = getattr(f, attr.name)
                if isinstance(value, Nil) and value.reason not in ok:
                    better = replace.get(value.reason, "unknown")
                    setattr(f, attr.name, Nil(better))
                    self.note("nil_reasons", f.gml_id, Text("validators.repairs", "{xml}: nil reason \"{reason}\" → \"{better}\"",
                                                                                  xml=attr.xml, reason=value.reason, better=better))
                elif attr.voidable and ((isinstance(value, str) and not value.strip()) or (
                        attr.many and isinstance(value, list) and not value and not attr.optional)):
                    setattr(f, attr.name, Nil("unknown"))
                    self.note("nil_reasons", f.gml_id, Text("validators.repairs", "{xml}: empty value → nil (reason \"unknown\")",
                                                                                  xml=attr.xml))
                elif value is None and attr.voidable and not attr.optional:
                    setattr(f, attr.name, Nil("unknown"))
                    self.note("nil_reasons", f.gml_id, Text("validators.repairs", "{xml}: missing → nil (reason \"unknown\")",
                                                                                  xml=attr.xml))

    def code_uris(self) -> None:
        def fix(value: str) -> str:
            if isinstance(value, str) and value.startswith(_HTTPS):
                candidate = "http://" + value[len("https://"):]
                listname = candidate[len(INSPIRE_CODELIST_BASE):].split("/", 1)[0]
                try:
                    if candidate in codelist(listname):
                        return candidate
                except KeyError:
                    return value
            return value

        for f in self.data.features():
            for attr in CLASS_ATTRIBUTES[f.class_name]:
                value = getattr(f, attr.name)
                if attr.kind == "code":
                    new = [fix(v) for v in value] if isinstance(value, list) else fix(value) if isinstance(
                        value, str) else value
                    if new != value:
                        setattr(f, attr.name, new)
                        self.note("code_uris", f.gml_id, Text("validators.repairs", "{xml}: https:// → http:// (the register's form)",
                                                                                    xml=attr.xml))
                elif attr.kind == "hilucs_presence" and isinstance(value, HILUCSPresence):
                    new_p = HILUCSPresence(ordered_list=tuple(fix(v) for v in value.ordered_list),
                                           percentage_list=value.percentage_list)
                    if new_p != value:
                        setattr(f, attr.name, new_p)
                        self.note("code_uris", f.gml_id, Text("validators.repairs",
                                                              "{xml}: https:// → http:// (the register's form)",
                                                              xml=attr.xml))
                elif attr.kind == "specific_presence" and isinstance(value, SpecificPresence):
                    pass  # national lists keep whatever scheme their publisher chose

    # -- geometry ----------------------------------------------------------------
    def _geometries(self) -> Iterable[tuple[Feature, BaseGeometry]]:
        for f in self.data.features():
            g = geometry_of(f)
            if g is not None and not g.is_empty:
                yield f, g

    def duplicate_vertices(self) -> None:
        for f, g in self._geometries():
            fixed = shapely.remove_repeated_points(g, 0.0)
            removed = shapely.get_num_coordinates(g) - shapely.get_num_coordinates(fixed)
            if removed <= 0:
                continue
            short = any(len(r.coords) < 4 for poly in shapely.get_parts(fixed) if isinstance(poly, Polygon)
                        for r in [poly.exterior, *poly.interiors])
            if fixed.is_empty or short or (g.is_valid and not fixed.is_valid):
                self.note("duplicate_vertices", f.gml_id, Text("validators.repairs", "repeated vertices kept: removing them breaks the shape"))
                continue
            set_geometry(f, type(g)(fixed) if isinstance(g, MultiPolygon) and isinstance(fixed, Polygon) else fixed)
            self.note("duplicate_vertices", f.gml_id, Text("validators.repairs", "{n} repeated vertex removed",
                                                                                 plural="{n} repeated vertices removed", n=removed))

    def orient(self) -> None:
        for f, g in self._geometries():
            if not isinstance(g, (Polygon, MultiPolygon)):
                continue
            fixed = shapely.orient_polygons(g, exterior_cw=False)
            if not shapely.equals_exact(g, fixed, 0.0):
                set_geometry(f, fixed)
                self.note("orient", f.gml_id, Text("validators.repairs", "rings re-oriented (exterior anticlockwise, holes "
                                                                         "clockwise)"))

    def snap(self) -> None:
        zones = [z for z in self.data.zoning_elements if isinstance(z.geometry, (Polygon, MultiPolygon))
                 and not z.geometry.is_empty and z.geometry.is_valid]
        if len(zones) < 2:
            return
        geoms = np.array([z.geometry for z in zones], dtype=object)
        edges = shapely.coverage_invalid_edges(geoms, gap_width=self.tol)
        flagged = np.nonzero(~shapely.is_empty(edges))[0]
        if len(flagged) == 0:
            return
        tree = shapely.STRtree(geoms)
        for i in (int(k) for k in flagged):
            zone = zones[i]
            near = [int(j) for j in tree.query(geoms[i].buffer(self.tol)) if int(j) != i]
            if not near:
                continue
            reference = shapely.union_all([geoms[j].boundary for j in near])
            snapped = shapely.snap(geoms[i], reference, self.tol)
            # what still overlaps a neighbour by less than the tolerance goes to the neighbour drawn first
            for j in near:
                if j < i:
                    overlap = shapely.intersection(snapped, geoms[j])
                    if overlap.area > 0 and overlap.buffer(-self.tol / 2).is_empty:
                        snapped = shapely.difference(snapped, geoms[j])
            snapped = _areas(shapely.make_valid(snapped) if not snapped.is_valid else snapped)
            if snapped.is_empty:
                continue
            left = shapely.coverage_invalid_edges(np.array([snapped, *geoms[near]], dtype=object),
                                                  gap_width=self.tol)[0]
            if not left.is_empty:
                continue  # the zones differ by more than the tolerance somewhere: a person must redraw it
            geoms[i] = snapped
            zone.geometry = snapped
            self.note("snap", zone.gml_id, Text("validators.repairs", "boundary snapped to its neighbours within {tolerance:g} mm",
                                                                      tolerance=self.options.tolerance * 1000))

    # -- plan structure ------------------------------------------------------------
    def _zones_of(self, plan_href: str) -> list[ZoningElement]:
        return [z for z in self.data.zoning_elements if z.plan == plan_href]

    def _broken_zone(self, plan_href: str) -> str | None:
        """The first zone of the plan whose geometry is there but unusable (invalid, or not an area)."""
        for z in self._zones_of(plan_href):
            g = z.geometry
            if g is not None and not g.is_empty and not (isinstance(g, (Polygon, MultiPolygon)) and g.is_valid):
                return z.gml_id or "?"
        return None

    def fill_gaps(self) -> None:
        now = datetime.now(UTC).replace(microsecond=0)
        for plan in self.data.spatial_plans:
            if not plan.gml_id:
                continue
            href = f"#{plan.gml_id}"
            zones = [z.geometry for z in self._zones_of(href) if isinstance(z.geometry, (Polygon, MultiPolygon))
                     and z.geometry.is_valid and not z.geometry.is_empty]
            if not zones:
                continue
            union = _areas(shapely.union_all(zones))
            holes = [Polygon(r) for p in union.geoms for r in p.interiors]
            broken = self._broken_zone(href) if holes else None
            if broken:  # a hole in the other zones may be the broken zone's own area
                self.note("fill_gaps", plan.gml_id, Text("validators.repairs", "gaps not filled: the geometry of "
                                                                               "{gml_id} is invalid; repair it first",
                                                                               gml_id=broken))
                continue
            extent = plan.extent if plan.extent is not None and not plan.extent.is_empty else None
            taken = {f.gml_id for f in self.data.features() if f.gml_id}
            n = 0
            for hole in holes:
                gap = _areas(shapely.intersection(hole, extent) if extent is not None else hole)
                if gap.is_empty or gap.buffer(-self.tol / 2).is_empty:
                    continue
                n += 1
                local = f"gap-{n}"
                gid = make_gml_id("ZE", f"{plan.inspire_id.local_id}-{local}")
                while gid in taken:
                    n += 1
                    local = f"gap-{n}"
                    gid = make_gml_id("ZE", f"{plan.inspire_id.local_id}-{local}")
                taken.add(gid)
                self.data.zoning_elements.append(ZoningElement(
                    gml_id=gid,
                    inspire_id=Identifier(f"{plan.inspire_id.local_id}-{local}", plan.inspire_id.namespace),
                    geometry=shapely.orient_polygons(gap),
                    hilucs_land_use=[_NOT_KNOWN],
                    regulation_nature=INSPIRE_CODELIST_BASE + "RegulationNatureValue/nonBinding",
                    plan=href,
                    begin_lifespan_version=now,
                    process_step_general=plan.process_step_general,
                ))
                area = gap.area * self.m2
                self.note("fill_gaps", gid, Text("validators.repairs", "new zoning element for an unzoned gap of "
                                                                       "{area:.1f} m² (HILUCS 6_6_NotKnownUse, "
                                                                       "non-binding); classify it", area=area))

    def extent(self) -> None:
        for plan in self.data.spatial_plans:
            if not plan.gml_id:
                continue
            zones = [z.geometry for z in self._zones_of(f"#{plan.gml_id}")
                     if isinstance(z.geometry, (Polygon, MultiPolygon)) and z.geometry.is_valid
                     and not z.geometry.is_empty]
            if not zones:
                continue
            broken = self._broken_zone(f"#{plan.gml_id}")
            if broken:  # the union of the others would cut the broken zone out of the plan
                self.note("extent", plan.gml_id, Text("validators.repairs", "extent kept: the geometry of {gml_id} is "
                                                                            "invalid; repair it first", gml_id=broken))
                continue
            union = _areas(shapely.union_all(zones))
            old = plan.extent
            if union.is_empty:
                continue
            if old is not None and not old.is_empty and old.is_valid:
                differs = _areas(shapely.symmetric_difference(old, union))
                if differs.is_empty or differs.buffer(-self.tol / 2).is_empty:
                    continue  # the same area, within the tolerance
            before = old.area if old is not None and not old.is_empty else 0.0
            plan.extent = shapely.orient_polygons(union)
            a0, a1 = before * self.m2, union.area * self.m2
            self.note("extent", plan.gml_id, Text("validators.repairs", "extent set to its {n} zoning element (area "
                                                                        "{a0:.1f} m² → {a1:.1f} m²)",
                                                                        plural="extent set to the union of its {n} "
                                                                               "zoning elements (area {a0:.1f} m² → "
                                                                               "{a1:.1f} m²)",
                                                                        n=len(zones), a0=a0, a1=a1))

    def links(self) -> None:
        before = {p.gml_id: (list(p.member), list(p.restriction)) for p in self.data.spatial_plans}
        self.data.link_members()
        for p in self.data.spatial_plans:
            old_m, old_r = before.get(p.gml_id, ([], []))
            p.member, p.restriction = _in_old_order(old_m, p.member), _in_old_order(old_r, p.restriction)
            for role, old, new in (("member", old_m, p.member), ("restriction", old_r, p.restriction)):
                added = list((Counter(new) - Counter(old)).elements())
                dropped = list((Counter(old) - Counter(new)).elements())
                if added or dropped:
                    none = Text("validators.repairs", "none")
                    self.note("links", p.gml_id, Text("validators.repairs", "{role}: added {added}; removed {dropped}",
                                                      role=role, added=", ".join(added) or none,
                                                      dropped=", ".join(dropped) or none))


def _in_old_order(old: list[str], new: list[str]) -> list[str]:
    """``new``'s links with those ``old`` had first, in their old order, so that keeping a link moves none."""
    left = Counter(new)
    kept = []
    for href in old:
        if left[href]:
            left[href] -= 1
            kept.append(href)
    for href in new:
        if left[href]:
            left[href] -= 1
            kept.append(href)
    return kept


def _areas(geom: BaseGeometry) -> MultiPolygon:
    if isinstance(geom, MultiPolygon):
        return geom
    if isinstance(geom, Polygon):
        return MultiPolygon([geom]) if not geom.is_empty else MultiPolygon()
    polys = [p for p in shapely.get_parts(geom) if isinstance(p, Polygon) and not p.is_empty]
    for p in shapely.get_parts(geom):
        if isinstance(p, MultiPolygon):
            polys.extend(p.geoms)
    return MultiPolygon(polys)


def repair(
    dataset: PlanDataset,
    rules: set[str] | None = None,
    options: ValidationOptions | None = None,
    findings: Iterable[Finding] | None = None,
) -> RepairResult:
    """Repair a copy of ``dataset``; ``rules`` names the steps (default: all of :data:`STEPS`).

    ``findings`` of the source file (from :func:`validators.iter_findings`) add the
    changes that writing the plan again makes by itself, such as empty voidable
    elements becoming ``xsi:nil`` with a reason.
    """
    steps = list(STEPS) if rules is None else [s for s in STEPS if s in set(rules)]
    unknown = set(rules or ()) - set(STEPS)
    if unknown:
        raise KeyError(f"unknown repair step(s): {', '.join(sorted(unknown))}; steps are {', '.join(STEPS)}")
    data = copy.deepcopy(dataset)
    before = {f.gml_id or id(f) for f in data.features()}
    count = sum(1 for _ in data.features())
    worker = _Repairer(data, options or ValidationOptions())
    for step in steps:
        getattr(worker, step)()
    worker.changes[:0] = _re_encoded(findings or (), steps, worker.changes)
    after = {f.gml_id or id(f) for f in data.features()}
    if sum(1 for _ in data.features()) < count or not {b for b in before if isinstance(b, str)} <= after:
        raise AssertionError("a repair step lost a feature")  # a bug, never a user's problem
    return RepairResult(dataset=data, changes=worker.changes)


def _re_encoded(findings: Iterable[Finding], steps: list[str], done: list[RepairChange]) -> list[RepairChange]:
    """Changes that writing the plan again makes by itself, stated by the source's findings.

    Only what the writer really changes counts: a property of the feature itself
    (an empty one becomes nil), not a value inside a data type, and nothing a
    repair step already listed.
    """
    noted = {(c.gml_id, c.message_en.split(":", 1)[0]) for c in done}
    out = []
    for f in findings:
        step = _step_of(f.rule)
        if f.rule not in _RE_ENCODED or (step not in steps and step != "encoding"):
            continue
        prop = f.xpath.split("']/", 1)[1] if f.xpath and "']/" in f.xpath else ""
        if f.rule in ("gmlas.c.1", "gmlas.c.2") and (prop.count("/") or not prop.startswith("plu:")):
            continue  # inside a data type: the value stays as it is and needs a person
        if (f.gml_id, prop.removeprefix("plu:")) in noted:
            continue
        out.append(RepairChange(step, f.gml_id, Text("validators.repairs", "{finding} — fixed by writing the plan again",
                                                     finding=f.text)))
    return out


def _step_of(rule: str) -> str:
    """The step a source finding belongs to; ``encoding``: any rewrite of the file fixes it."""
    if rule in ("PITFALL.BACKGROUDMAPURI", "READ.BACKGROUDMAPURI"):
        return "encoding"
    return "nil_reasons"
