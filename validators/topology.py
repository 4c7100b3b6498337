"""Topology of a plan: overlaps, gaps, the extent against the zoning, slivers — at city scale.

Zoning elements of one plan should tile its extent.  The checks use GEOS's
coverage functions (``coverage_invalid_edges`` finds every edge that is not
shared exactly with a neighbour, in one pass with a spatial index), then look
closer only at the few polygons it flags; gaps come from the holes of the
coverage union.  Differences narrower than the tolerance are not reported as
overlaps or gaps (a negative buffer of half the tolerance makes them vanish),
only as edges that do not match exactly.

What is kept while the plan streams by: the geometries, ids and lines of the
zoning elements and supplementary regulations, and each plan's extent.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
import shapely
from osgeo import osr
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from plu_model.features import Feature
from plu_model.findings import Finding
from plu_model.i18n import Text
from plu_model.progress import Progress
from validators import fast_paths
from validators.context import FeatureInfo, RunContext
from validators.geometry_arrays import object_array
from validators.rules import make_finding

__all__ = ["TopologyChecks", "metres_per_unit"]

_TOPO_RULES = ("TOPO.OVERLAP", "TOPO.GAP", "TOPO.EXTENT_NOT_UNION", "TOPO.OUTSIDE_EXTENT", "TOPO.SLIVER",
               "TOPO.EDGE_MISMATCH")  # TOPO.INCOMPLETE only reports on these


def metres_per_unit(epsg: int | None) -> float | None:
    """Metres per coordinate unit of a projected CRS; ``None`` for a geographic one.

    A CRS PROJ does not know counts as metres; :func:`unit_problem` says so, for a finding.
    """
    if not epsg:
        return 1.0
    srs = osr.SpatialReference()
    try:
        srs.ImportFromEPSG(int(epsg))
    except RuntimeError:
        return 1.0
    if srs.IsGeographic():
        return None
    return float(srs.GetLinearUnits() or 1.0)


def unit_problem(epsg: int | None) -> str | None:
    """Why the unit of ``epsg`` is unknown (PROJ's words), or None when it is known."""
    if not epsg:
        return None
    try:
        osr.SpatialReference().ImportFromEPSG(int(epsg))
    except (RuntimeError, ValueError, OverflowError) as exc:
        return str(exc) or type(exc).__name__
    return None


@dataclass
class _Group:
    """The zoning elements and supplementary regulations of one plan."""

    zones: list[int] = field(default_factory=list)
    regulations: list[int] = field(default_factory=list)
    #: zoning elements whose geometry could not be used (empty, unread, non-finite)
    unusable: int = 0


@dataclass(slots=True)
class _Item:
    geometry: BaseGeometry
    gml_id: str | None
    feature_id: str | None
    line: int | None
    class_name: str


class _Metric:
    """Coordinates in metres for measuring; back to the plan's CRS for locations."""

    def __init__(self, epsg: int | None, sample: BaseGeometry | None):
        unit = metres_per_unit(epsg)
        if unit is None:
            lat = 0.0
            if sample is not None and not sample.is_empty:
                lat = (sample.bounds[1] + sample.bounds[3]) / 2
            self.sx = 111_320.0 * math.cos(math.radians(lat))
            self.sy = 110_574.0
        else:
            self.sx = self.sy = unit
        self.identity = self.sx == 1.0 and self.sy == 1.0

    def to_metres(self, geoms: np.ndarray | BaseGeometry) -> np.ndarray | BaseGeometry:
        if self.identity:
            return geoms
        sx, sy = self.sx, self.sy
        return shapely.transform(geoms, lambda c: c * np.array([sx, sy]))

    def to_plan(self, geom: BaseGeometry) -> BaseGeometry:
        if self.identity or geom is None:
            return geom
        sx, sy = self.sx, self.sy
        return shapely.transform(geom, lambda c: c / np.array([sx, sy]))


def _polygonal(geom: BaseGeometry) -> MultiPolygon:
    """Only the areas of a geometry, as a MultiPolygon (possibly empty)."""
    if isinstance(geom, MultiPolygon):
        return geom
    if isinstance(geom, Polygon):
        return MultiPolygon([geom]) if not geom.is_empty else MultiPolygon()
    parts = [p for p in shapely.get_parts(geom) if isinstance(p, (Polygon, MultiPolygon))]
    polys: list[Polygon] = []
    for p in parts:
        polys.extend(p.geoms if isinstance(p, MultiPolygon) else [p])
    return MultiPolygon([p for p in polys if not p.is_empty])


def _wider_than(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    """Which polygonal geometries are wider than the tolerance somewhere."""
    if len(geoms) == 0:
        return np.zeros(0, dtype=bool)
    if tolerance <= 0:
        return ~shapely.is_empty(geoms) & (shapely.area(geoms) > 0)
    shrunk = shapely.buffer(geoms, -tolerance / 2, quad_segs=2)
    return ~shapely.is_empty(shrunk)


def _components(geom: BaseGeometry, tolerance: float) -> list[Polygon]:
    """The polygons of ``geom`` wider than the tolerance."""
    parts = np.array([p for p in shapely.get_parts(_polygonal(geom)) if not p.is_empty], dtype=object)
    if len(parts) == 0:
        return []
    return list(parts[_wider_than(parts, tolerance)])


def _outside_blind(parts: np.ndarray, blind: list[BaseGeometry]) -> Iterator[BaseGeometry]:
    """The parts that do not touch the surroundings of an invalid zone."""
    if not blind:
        yield from parts
        return
    tree = shapely.STRtree(blind)
    for p in parts:
        if len(tree.query(p, predicate="intersects")) == 0:
            yield p


def _beyond(geom: BaseGeometry, extent: BaseGeometry, grown: BaseGeometry, tol: float
            ) -> tuple[BaseGeometry, float | None] | None:
    """The part of ``geom`` farther than the tolerance from the extent (and its area, for areas); None if none.

    Lines and points that lie on the boundary within the tolerance are inside: what is
    measured is how far a feature goes out, never its length along the boundary.
    """
    if shapely.get_dimensions(geom) == 2:
        parts = _components(shapely.difference(geom, extent), tol)
        if not parts:
            return None
        shape = MultiPolygon(parts)
        return shape, shape.area
    out = shapely.difference(geom, grown)
    if out.is_empty:
        return None
    return out, None


def _farthest(shape: BaseGeometry, extent: BaseGeometry) -> float:
    """How far the farthest point of ``shape`` lies from the extent (its vertices and points along its edges)."""
    line = shape.boundary if shapely.get_dimensions(shape) == 2 else shape
    step = max(shapely.length(line) / 2000, 0.01) if shapely.get_dimensions(line) == 1 else None
    dense = shapely.segmentize(line, step) if step else line
    points = shapely.points(shapely.get_coordinates(dense))
    return float(shapely.distance(points, extent).max()) if len(points) else 0.0


def _finite(geom: BaseGeometry) -> bool:
    """Geometries with NaN or infinite coordinates are reported elsewhere and cannot be measured."""
    return bool(np.isfinite(shapely.get_coordinates(geom)).all())


@dataclass(frozen=True)
class _Area:
    """An area in m² as a message says it: ``1 600.0`` (``1 600,0`` in Bulgarian), under 1 m² to four places."""

    value: float

    def say(self, language: str | None = None) -> str:
        text = f"{self.value:,.1f}".replace(",", " ") if self.value >= 1 else f"{self.value:.4f}"
        return text.replace(".", ",") if language == "bg" else text

    def __str__(self) -> str:
        return self.say("en")


def _m2(area: float) -> _Area:
    return _Area(float(area))


class TopologyChecks:
    """TOPO.* rules, judged per plan once every feature has been read."""

    family = "topology"

    def __init__(self, ctx: RunContext, progress: Progress | None = None,
                 invalid: dict[int, BaseGeometry] | None = None):
        self.ctx = ctx
        #: the geometries the geometry rules found invalid, by ``id``, when they judged every usable zone
        #: before this check's :meth:`finish` (:class:`validators.geometry.GeometryChecks.invalid`)
        self.invalid = invalid if fast_paths.ENABLED else None
        self.progress = progress
        self.active = ctx.any_applies(*_TOPO_RULES)
        self.items: list[_Item] = []
        self.extents: dict[str, _Item] = {}
        self.groups: dict[str | None, _Group] = {}
        self.tol = ctx.options.tolerance
        self.sliver = ctx.options.sliver_area
        #: geometries for the report's map (extents and, for small plans, zones)
        self.map_zones = 0
        #: without :mod:`validators.fast_paths`: every geometry asked whether it is empty, every zone against the extent
        self.full = ctx.kind == "plan" or not fast_paths.ENABLED

    # -- collecting -----------------------------------------------------------------
    def feature(self, f: Feature, info: FeatureInfo) -> Iterable[Finding]:
        """Keep what the plan's judgement needs; nothing is said before the whole plan is read."""
        if not self.active:
            return ()
        cls = f.class_name
        if cls == "SpatialPlan":
            if f.gml_id and f.extent is not None and not f.extent.is_empty and _finite(f.extent):
                self.extents[f.gml_id] = _Item(f.extent, f.gml_id, info.feature_id, info.line, cls)
        elif cls == "ZoningElement" or cls == "SupplementaryRegulation":
            geom = f.geometry
            plan = f.plan[1:] if isinstance(f.plan, str) and f.plan.startswith("#") else None
            group = self.groups.get(plan)
            if group is None:
                group = self.groups[plan] = _Group()
            # reading a GML file, the engine gives a non-empty geometry as the location (else None)
            if (geom is not None and (geom is info.location and not self.full or not geom.is_empty)
                    and "geometry" not in info.unread):
                # non-finite coordinates are weeded out in one go when the plan is judged
                (group.zones if cls == "ZoningElement" else group.regulations).append(len(self.items))
                self.items.append(_Item(geom, f.gml_id, info.feature_id, info.line, cls))
            elif cls == "ZoningElement":
                group.unusable += 1
        return ()

    # -- judging -----------------------------------------------------------------------
    def _where(self, item: _Item, location: BaseGeometry | None, attr: str = "geometry") -> dict:
        return {
            "file": self.ctx.file,
            "line": item.line,
            "xpath": (f"//plu:{item.class_name}[@gml:id='{item.gml_id}']/plu:{attr}"
                      if item.gml_id and self.ctx.file else None),
            "gml_id": item.gml_id,
            "feature_id": item.feature_id,
            "location": location,
        }

    def finish(self) -> Iterator[Finding]:
        if not self.active:
            return
        problem = unit_problem(self.ctx.crs) if self.groups else None
        if problem is not None and self.ctx.applies("TOPO.INCOMPLETE"):
            yield make_finding(
                "TOPO.INCOMPLETE",
                Text("validators.topology", "the unit of EPSG:{crs} is unknown ({problem}): the tolerance ({tol} m) "
                                            "and the sliver area were applied as if the coordinates were metres, so "
                                            "the topology was not truly checked",
                                            crs=self.ctx.crs, problem=problem, tol=self.tol),
                file=self.ctx.file,
            )
        for plan_id, group in self.groups.items():
            if self.progress is not None:
                self.progress.check()
            yield from self._plan(plan_id, group)

    def _finite_only(self, group: _Group) -> _Group:
        """The group without features whose coordinates are NaN or infinite (reported by the reader)."""
        def keep(indices: list[int]) -> tuple[list[int], int]:
            if not indices:
                return indices, 0
            geoms = object_array([self.items[i].geometry for i in indices])
            coords, owner = shapely.get_coordinates(geoms, return_index=True)
            bad = np.zeros(len(indices), dtype=bool)
            bad[owner[~np.isfinite(coords).all(axis=1)]] = True
            return [i for i, b in zip(indices, bad, strict=True) if not b], int(bad.sum())

        zones, bad_zones = keep(group.zones)
        regulations, _ = keep(group.regulations)
        return _Group(zones, regulations, group.unusable + bad_zones)

    def _plan(self, plan_id: str | None, group: _Group) -> Iterator[Finding]:
        try:
            yield from self._judge_plan(plan_id, group)
        except shapely.errors.GEOSException as exc:
            where = self.extents.get(plan_id) if plan_id else None
            yield make_finding(
                "TOPO.INCOMPLETE",
                Text("validators.topology", "part of the topology check of plan {plan_id} could not be computed ({exc}); fix the "
                     "geometry findings and validate again", plan_id=plan_id or Text("validators.topology", "(none)"), exc=exc),
                **(self._where(where, None, "extent") if where else {"file": self.ctx.file}),
            )

    def _judge_plan(self, plan_id: str | None, group: _Group) -> Iterator[Finding]:
        ctx = self.ctx
        group = self._finite_only(group)
        zones = [self.items[i] for i in group.zones]
        extent_item = self.extents.get(plan_id) if plan_id else None
        sample = zones[0].geometry if zones else (extent_item.geometry if extent_item else None)
        metric = _Metric(ctx.crs, sample)
        tol = self.tol
        unusable = group.unusable
        blind: list[BaseGeometry] = []  # envelopes of invalid zones: no gap or rim is judged there
        geoms = object_array([z.geometry for z in zones])
        keep = np.zeros(len(geoms), dtype=bool)
        if len(geoms):
            judged = self.invalid is not None and metric.identity  # the very geometries the geometry rules saw
            if shapely.has_z(geoms).any():
                geoms = shapely.force_2d(geoms)
                judged = False
            geoms = metric.to_metres(geoms)
            polygonal = np.array([isinstance(g, (Polygon, MultiPolygon)) for g in geoms], dtype=bool)
            unusable += int((~polygonal).sum())
            valid = self._valid(geoms) if judged else shapely.is_valid(geoms)
            keep = polygonal & valid
            for g in geoms[polygonal & ~valid]:  # reported by the geometry rules; topology waits for the fix
                blind.append(shapely.envelope(g).buffer(max(tol, 1e-9)))
        idx = np.nonzero(keep)[0]
        geoms = geoms[idx] if len(idx) else np.zeros(0, dtype=object)
        zones = [zones[i] for i in idx]
        extent = None
        if extent_item is not None:
            extent = metric.to_metres(shapely.force_2d(extent_item.geometry))
            if not extent.is_valid:
                extent = _polygonal(shapely.make_valid(extent))
        coverage_clean = True
        exact_union = False  # the union below is the zones' own edges (a coverage found clean)
        if len(geoms) > 1 and ctx.any_applies("TOPO.OVERLAP", "TOPO.EDGE_MISMATCH"):
            findings, coverage_clean = self._overlaps(geoms, zones, metric, tol)
            exact_union = coverage_clean and not self.full
            yield from findings
        # with a zone whose shape is unknown, any uncovered area might be that zone: judge no gap or rim
        judge_cover = unusable == 0
        union = None
        if len(geoms) and ctx.any_applies("TOPO.GAP", "TOPO.EXTENT_NOT_UNION"):
            union = shapely.coverage_union_all(geoms) if coverage_clean else shapely.union_all(geoms)
            union = _polygonal(union)
            if judge_cover:
                yield from self._gaps(union, extent, extent_item, metric, tol, blind)
        if extent is not None and ctx.any_applies("TOPO.EXTENT_NOT_UNION", "TOPO.OUTSIDE_EXTENT"):
            yield from self._extent(union if judge_cover else None, geoms, zones, extent, extent_item, group,
                                    metric, tol, blind, union if exact_union else None)
        if len(geoms) and ctx.applies("TOPO.SLIVER"):
            yield from self._slivers(geoms, zones, metric)

    def _valid(self, geoms: np.ndarray) -> np.ndarray:
        """``shapely.is_valid(geoms)`` as the geometry rules found it (they batch every polygonal zone
        topology uses; a non-polygonal one is left out whatever its answer)."""
        invalid = self.invalid
        assert invalid is not None
        if not invalid:
            return np.ones(len(geoms), dtype=bool)
        return np.fromiter((invalid.get(id(g)) is not g for g in geoms), dtype=bool, count=len(geoms))

    # overlaps and unmatched edges
    def _overlaps(self, geoms: np.ndarray, zones: list[_Item], metric: _Metric, tol: float
                  ) -> tuple[list[Finding], bool]:
        out: list[Finding] = []
        edges = shapely.coverage_invalid_edges(geoms, gap_width=tol)
        flagged = np.nonzero(~shapely.is_empty(edges))[0]
        if len(flagged) == 0:
            return out, True
        tree = shapely.STRtree(geoms)
        left, right = tree.query(geoms[flagged], predicate="intersects")
        a, b = flagged[left], right
        pairs = np.unique(np.sort(np.stack([a, b], axis=1), axis=1), axis=0) if len(a) else np.zeros((0, 2), int)
        pairs = pairs[pairs[:, 0] != pairs[:, 1]]
        overlapping: set[int] = set()
        if len(pairs):
            inter = shapely.intersection(geoms[pairs[:, 0]], geoms[pairs[:, 1]])
            areas = np.array([_polygonal(g) for g in inter], dtype=object)
            real = _wider_than(areas, tol)
            for (i, j), shape, is_real in zip(pairs, areas, real, strict=True):
                if not is_real:
                    continue
                overlapping.update((int(i), int(j)))
                if self.ctx.applies("TOPO.OVERLAP"):
                    zi, zj = zones[int(i)], zones[int(j)]
                    out.append(make_finding(
                        "TOPO.OVERLAP",
                        Text("validators.topology", "zoning elements {gml_id} and {gml_id2} overlap by {area} m²",
                                                    gml_id=zi.gml_id, gml_id2=zj.gml_id, area=_m2(shape.area)),
                        fix="plu fix --rule snap removes overlaps narrower than the tolerance; redraw wider ones",
                        **self._where(zi, metric.to_plan(shape)),
                    ))
        if self.ctx.applies("TOPO.EDGE_MISMATCH"):
            for i in flagged:
                if int(i) in overlapping:
                    continue
                z = zones[int(i)]
                out.append(make_finding(
                    "TOPO.EDGE_MISMATCH",
                    Text("validators.topology", "zoning element {gml_id} does not share its boundary exactly with "
                                                "its neighbours (vertices differ, or gaps or overlaps narrower than "
                                                "{tol:g} mm)", gml_id=z.gml_id, tol=tol * 1000),
                    fix="plu fix --rule snap",
                    **self._where(z, metric.to_plan(edges[int(i)])),
                ))
        return out, False

    # gaps inside the zoning
    def _gaps(self, union: MultiPolygon, extent: BaseGeometry | None, extent_item: _Item | None,
              metric: _Metric, tol: float, blind: list[BaseGeometry]) -> Iterator[Finding]:
        if not self.ctx.applies("TOPO.GAP"):
            return
        holes = [Polygon(r) for p in union.geoms for r in p.interiors]
        if not holes:
            return
        holes_arr = np.array(holes, dtype=object)
        if extent is not None:
            holes_arr = np.array([_polygonal(g) for g in shapely.intersection(holes_arr, extent)], dtype=object)
        for hole in _outside_blind(holes_arr[_wider_than(holes_arr, tol)], blind):
            where = self._where(extent_item, metric.to_plan(hole), "extent") if extent_item else {
                "file": self.ctx.file, "location": metric.to_plan(hole)}
            yield make_finding(
                "TOPO.GAP",
                Text("validators.topology", "a gap of {area} m² between zoning elements is not zoned; zone it, or "
                                            "give it HILUCS 6_6_NotKnownUse", area=_m2(hole.area)),
                fix="plu fix --rule fill_gaps (zones the gap as 6_6_NotKnownUse)",
                **where,
            )

    # the extent against the zoning
    def _extent(self, union: MultiPolygon | None, geoms: np.ndarray, zones: list[_Item], extent: BaseGeometry,
                extent_item: _Item | None, group: _Group, metric: _Metric, tol: float,
                blind: list[BaseGeometry], exact_union: MultiPolygon | None = None) -> Iterator[Finding]:
        """TOPO.EXTENT_NOT_UNION and TOPO.OUTSIDE_EXTENT.

        ``exact_union`` is the union of a coverage found clean, made of the zones' own edges:
        when the extent covers it, it covers every zone (one test instead of one per zone).
        """
        assert extent_item is not None
        ctx = self.ctx
        if union is not None and ctx.applies("TOPO.EXTENT_NOT_UNION"):
            filled = MultiPolygon([Polygon(p.exterior) for p in union.geoms])
            rim = list(_outside_blind(np.array(_components(shapely.difference(extent, filled), tol),
                                               dtype=object), blind))
            if rim:
                area = sum(p.area for p in rim)
                yield make_finding(
                    "TOPO.EXTENT_NOT_UNION",
                    Text("validators.topology", "{area} m² of the plan extent at its edge is covered by no zoning "
                                                "element ({n} area); the extent should be the union of the zoning "
                                                "elements",
                                                plural="{area} m² of the plan extent at its edge is covered by no "
                                                       "zoning element ({n} areas); the extent should be the union of "
                                                       "the zoning elements", area=_m2(area), n=len(rim)),
                    fix="plu fix --rule extent (sets the extent to the union of the zoning elements)",
                    **self._where(extent_item, metric.to_plan(MultiPolygon(rim)), "extent"),
                )
        if not ctx.applies("TOPO.OUTSIDE_EXTENT"):
            return
        shapely.prepare(extent)
        items = zones + [self.items[k] for k in group.regulations]
        regs = [r.geometry for r in items[len(zones):]]
        rgeoms = metric.to_metres(shapely.force_2d(np.array(regs, dtype=object))) if regs else np.zeros(0, object)
        everything = np.concatenate([geoms, rgeoms]) if len(geoms) else rgeoms
        if not len(everything):
            return
        if exact_union is not None and len(geoms) and shapely.covered_by(exact_union, extent):
            outside = np.concatenate([np.zeros(len(geoms), dtype=bool),
                                      ~shapely.covered_by(rgeoms, extent) if len(rgeoms) else np.zeros(0, bool)])
        else:
            outside = ~shapely.covered_by(everything, extent)
        if not outside.any():
            return
        grown = shapely.buffer(extent, tol) if tol > 0 else extent
        shapely.prepare(grown)
        for i in np.nonzero(outside)[0]:
            beyond = _beyond(everything[i], extent, grown, tol)
            if beyond is not None:
                yield self._outside(items[int(i)], *beyond, extent, metric)

    def _outside(self, item: _Item, shape: BaseGeometry, area: float | None, extent: BaseGeometry,
                 metric: _Metric) -> Finding:
        kind = (Text("validators.topology", "zoning element") if item.class_name == "ZoningElement"
                else Text("validators.topology", "supplementary regulation"))
        far = _farthest(shape, extent)
        if area is not None:
            text = Text("validators.topology", "{kind} {gml_id} covers {area} m² outside the plan extent, up to {far:.2f} m beyond it",
                        kind=kind, gml_id=item.gml_id, area=_m2(area), far=far)
        else:
            text = Text("validators.topology", "{kind} {gml_id} reaches {far:.2f} m outside the plan extent", kind=kind,
                        gml_id=item.gml_id, far=far)
        return make_finding(
            "TOPO.OUTSIDE_EXTENT", text,
            fix="plu fix --rule extent, or trim the feature to the extent",
            **self._where(item, metric.to_plan(shape)),
        )

    # slivers
    def _slivers(self, geoms: np.ndarray, zones: list[_Item], metric: _Metric) -> Iterator[Finding]:
        parts, index = shapely.get_parts(geoms, return_index=True)
        areas = shapely.area(parts)
        for k in np.nonzero(areas < self.sliver)[0]:
            z = zones[int(index[k])]
            yield make_finding(
                "TOPO.SLIVER",
                Text("validators.topology", "zoning element {gml_id} has a sliver of {m2} m² (under {sliver:g} m²)",
                                            gml_id=z.gml_id, m2=_m2(float(areas[k])), sliver=self.sliver),
                fix="merge the sliver into its neighbour or delete the part",
                **self._where(z, metric.to_plan(parts[k])),
            )
