"""Land-use indicators of a plan: area and share per HILUCS class and zone type, planned capacity.

Reviewers and cities compare plans by a few numbers: how much land each use
gets, how much floor area the plan permits (area × floor-area ratio, Кинт), how
much of the ground may be built on (area × maximum density), how much must stay
green.  This module computes them from a :class:`~plu_model.dataset.PlanDataset`
alone; :mod:`exporters.indicator_report` writes them as CSV, JSON or HTML.

Conventions (``docs/indicators.md``)
------------------------------------
* Areas are in square metres: planar in a projected CRS (scaled to metres), and
  in ETRS89-LAEA (EPSG:3035, equal-area) for a geographic CRS.
* A zone with several HILUCS values counts in full for the first one, unless its
  ``hilucsPresence`` gives percentages, which then split its area.
* Capacity figures sum over the zones that carry the indication; the area
  those zones cover is reported next to each sum (``area_with_*``), so a missing
  indication is visible rather than counted as zero.
* Indication names: ``maxFloorAreaRatio`` (also ``Kint``, ``FAR``, ``GFZ``),
  ``maxDensity`` (also ``GRZ``, ``siteCoverage``), ``minGreenShare``,
  ``maxHeight``.  Percentages are measures with ``uom="%"``; a plain number
  above 1 is read as a percentage, at most 1 as a ratio.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import shapely
from shapely.geometry.base import BaseGeometry

from plu_model.codelists import codelist, label_for
from plu_model.crs import is_geographic, reproject
from plu_model.dataset import PlanDataset
from plu_model.features import ZoningElement
from plu_model.i18n import Text
from plu_model.values import DimensioningIndicationMeasureValue, HILUCSPresence
from plu_model.voidable import Nil

__all__ = [
    "ClassFigures",
    "ComparisonRow",
    "PlanIndicators",
    "area_m2",
    "compare_plans",
    "overlap_m2",
    "plan_indicators",
    "zone_figures",
]

_FAR = {"maxfloorarearatio", "floorarearatio", "kint", "кинт", "far", "gfz"}
_DENSITY = {"maxdensity", "density", "grz", "sitecoverage", "плътност"}
_GREEN = {"mingreenshare", "greenshare", "mingreen", "озеленяване"}
_HEIGHT = {"maxheight", "height", "височина"}
_EQUAL_AREA = 3035
_NONE = ""


@dataclass(frozen=True)
class ZoneFigures:
    """The figures of one zoning element."""

    gml_id: str | None
    area: float
    hilucs: tuple[tuple[str, float], ...]
    zone_type: str
    far: float | None
    density: float | None
    green: float | None
    height: float | None
    #: indications whose value cannot be a limit (NaN, negative, a density over 100 %): left out, and said
    ignored: tuple[tuple[str, float], ...] = ()
    #: the geometry was invalid (a bow-tie, a ring touching itself) and was repaired to be measured
    repaired: bool = False


@dataclass
class ClassFigures:
    """Totals for one class (a HILUCS value, a zone type, or the whole plan)."""

    key: str
    code: str
    label_en: str
    label_bg: str
    colour: str | None = None
    zones: int = 0
    area: float = 0.0
    share: float = 0.0
    floor_area: float = 0.0
    footprint: float = 0.0
    green_area: float = 0.0
    area_with_far: float = 0.0
    area_with_density: float = 0.0
    area_with_green: float = 0.0
    max_height: float | None = None

    def label(self, language: str = "en") -> str:
        return self.label_bg if language == "bg" else self.label_en

    @property
    def mean_far(self) -> float | None:
        """Permitted floor area per unit of the area that carries a floor-area ratio."""
        return self.floor_area / self.area_with_far if self.area_with_far else None

    @property
    def mean_density(self) -> float | None:
        """Area-weighted maximum density (0–1)."""
        return self.footprint / self.area_with_density if self.area_with_density else None

    @property
    def mean_green(self) -> float | None:
        """Area-weighted minimum green share (0–1)."""
        return self.green_area / self.area_with_green if self.area_with_green else None

    def _add(self, z: ZoneFigures, weight: float) -> None:
        area = z.area * weight
        self.zones += 1
        self.area += area
        if z.far is not None:
            self.floor_area += area * z.far
            self.area_with_far += area
        if z.density is not None:
            self.footprint += area * z.density
            self.area_with_density += area
        if z.green is not None:
            self.green_area += area * z.green
            self.area_with_green += area
        if z.height is not None:
            self.max_height = z.height if self.max_height is None else max(self.max_height, z.height)

    def as_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "code": self.code,
            "label": {"en": self.label_en, "bg": self.label_bg},
            "zones": self.zones,
            "area_m2": self.area,
            "share": self.share,
            "permitted_floor_area_m2": self.floor_area,
            "built_footprint_m2": self.footprint,
            "min_green_area_m2": self.green_area,
            "area_with_floor_area_ratio_m2": self.area_with_far,
            "area_with_density_m2": self.area_with_density,
            "area_with_green_share_m2": self.area_with_green,
            "mean_floor_area_ratio": self.mean_far,
            "mean_max_density": self.mean_density,
            "mean_min_green_share": self.mean_green,
            "max_height_m": self.max_height,
        }


@dataclass
class PlanIndicators:
    """Everything computed for one plan."""

    name: str
    source: str | None
    crs: int
    plan_area: float
    zoned_area: float
    total: ClassFigures
    by_hilucs: list[ClassFigures] = field(default_factory=list)
    by_zone_type: list[ClassFigures] = field(default_factory=list)
    hilucs_level: int | None = None
    #: ground covered by two zones or more, counted once per zone in the zoned area (zones should not overlap)
    overlap_area: float = 0.0
    #: zones whose invalid geometry was repaired before it was measured
    repaired_zones: list[str] = field(default_factory=list)
    #: (zone, indication, value) left out of the capacity figures because the value cannot be a limit
    ignored: list[tuple[str, str, float]] = field(default_factory=list)

    @property
    def zones(self) -> int:
        return self.total.zones

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "source": self.source,
            "crs": self.crs,
            "hilucs_level": self.hilucs_level,
            "plan_area_m2": self.plan_area,
            "zoned_area_m2": self.zoned_area,
            "total": self.total.as_dict(),
            "by_hilucs": [c.as_dict() for c in self.by_hilucs],
            "by_zone_type": [c.as_dict() for c in self.by_zone_type],
            "overlap_area_m2": self.overlap_area,
            "repaired_zones": list(self.repaired_zones),
            "ignored_indications": [{"zone": z, "indication": n, "value": v if math.isfinite(v) else str(v)}
                                    for z, n, v in self.ignored],
        }


@dataclass
class ComparisonRow:
    """One HILUCS class across several plans: its figures in each (None where absent)."""

    key: str
    code: str
    label_en: str
    label_bg: str
    colour: str | None
    figures: list[ClassFigures | None]

    def label(self, language: str = "en") -> str:
        return self.label_bg if language == "bg" else self.label_en


# -- areas ---------------------------------------------------------------------------
@lru_cache(maxsize=32)
def _metres_per_unit(epsg: int) -> float:
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(int(epsg))
    return float(srs.GetLinearUnits() or 1.0)


def area_m2(geometry: BaseGeometry, epsg: int) -> float:
    """Area in square metres, whatever the CRS (equal-area projection for geographic ones).

    An invalid polygon is measured as repaired: shapely gives a bow-tie the signed sum of its
    halves, often zero.
    """
    if geometry is None or geometry.is_empty:
        return 0.0
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry)
    if is_geographic(epsg):
        return float(reproject(geometry, epsg, _EQUAL_AREA).area)
    return float(geometry.area) * _metres_per_unit(epsg) ** 2


# -- indications -----------------------------------------------------------------------
#: the plausible span of each figure once read (ratios as fractions); a value outside is a typing slip, not a limit
_SPANS = {"far": (0.0, 50.0), "density": (0.0, 1.0), "green": (0.0, 1.0), "height": (0.0, 1000.0)}


def _number(d: object) -> tuple[float, bool] | None:
    value = getattr(d, "value", None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    percent = isinstance(d, DimensioningIndicationMeasureValue) and d.uom.strip() == "%"
    return float(value), percent


def _fraction(d: object) -> float | None:
    parsed = _number(d)
    if parsed is None:
        return None
    value, percent = parsed
    name = getattr(d, "indication_reference", "").strip().lower()
    if percent or (name not in ("grz",) and value > 1):
        return value / 100.0
    return value


def _kind(name: str) -> str | None:
    for kind, names in (("far", _FAR), ("density", _DENSITY), ("green", _GREEN), ("height", _HEIGHT)):
        if name in names:
            return kind
    return None


def _indications(z: ZoningElement) -> tuple[dict[str, float], list[tuple[str, float]]]:
    """The zone's figures by kind (the first of each kind counts), and the values that cannot be limits."""
    out: dict[str, float] = {}
    ignored: list[tuple[str, float]] = []
    items = z.dimensioning_indication
    if not items or isinstance(items, Nil):
        return out, ignored
    for d in items:
        kind = _kind(d.indication_reference.strip().lower())
        if kind is None or kind in out:
            continue
        if kind in ("density", "green"):
            value = _fraction(d)
        else:
            parsed = _number(d)
            value = parsed[0] if parsed is not None else None
        if value is None:
            continue
        low, high = _SPANS[kind]
        if not (low <= value <= high):  # also NaN and infinity
            ignored.append((d.indication_reference, float(getattr(d, "value", value))))
            continue
        out[kind] = value
    return out, ignored


def _hilucs_split(z: ZoningElement) -> tuple[tuple[str, float], ...]:
    presence = z.hilucs_presence
    if isinstance(presence, HILUCSPresence) and presence.percentage_list:
        parts = [(p.hilucs_value, float(p.percentage)) for p in presence.percentage_list]
        total = sum(share for _, share in parts)
        # a negative or non-finite percentage cannot split an area: the first HILUCS value takes it all
        if all(math.isfinite(share) and share >= 0 for _, share in parts) and total > 0:
            return tuple((uri, share / total) for uri, share in parts if share > 0)
    values = [v for v in (z.hilucs_land_use or []) if isinstance(v, str)]
    return ((values[0], 1.0),) if values else ((_NONE, 1.0),)


def zone_figures(z: ZoningElement, epsg: int) -> ZoneFigures:
    """Area, HILUCS split, zone type and indications of one zoning element."""
    specific = z.specific_land_use
    zone_type = specific[0] if isinstance(specific, list) and specific else _NONE
    ind, ignored = _indications(z)
    geom = z.geometry
    return ZoneFigures(
        gml_id=z.gml_id,
        area=area_m2(geom, epsg),
        hilucs=_hilucs_split(z),
        zone_type=zone_type,
        far=ind.get("far"),
        density=ind.get("density"),
        green=ind.get("green"),
        height=ind.get("height"),
        ignored=tuple(ignored),
        repaired=geom is not None and not geom.is_empty and not geom.is_valid,
    )


# -- classes -----------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _hilucs_order() -> dict[str, int]:
    return {v.uri: i for i, v in enumerate(codelist("HILUCSValue"))}


def _roll_up(uri: str, level: int | None) -> str:
    if not level or not uri:
        return uri
    chain = codelist("HILUCSValue").ancestors(uri)  # nearest first
    for v in chain:
        if v.level == level:
            return v.uri
    return uri


def _colour(uri: str) -> str | None:
    for v in codelist("HILUCSValue").ancestors(uri):
        colour = v.extra.get("colour")
        if isinstance(colour, str):
            return colour
    return None


def _hilucs_class(uri: str) -> ClassFigures:
    if not uri:
        return ClassFigures(_NONE, "—", *_labels(Text("plu_model.indicators", "(no HILUCS value)")))
    value = codelist("HILUCSValue").get(uri)
    code = value.notation if value is not None and value.notation else uri.rsplit("/", 1)[-1]
    return ClassFigures(uri, code, label_for(uri, "en"), label_for(uri, "bg"), _colour(uri))


def _labels(text: Text) -> tuple[str, str]:
    """A product text as the English and Bulgarian labels a class carries beside the code lists' labels."""
    return text.say("en"), text.say("bg")


@lru_cache(maxsize=256)
def _zone_info(uri: str) -> tuple[str, str, str, str | None, int]:
    """(code, English label, Bulgarian label, colour, order) of a national zone type."""
    from plu_model.codelists import all_codelists

    for cl in all_codelists():
        value = cl.get(uri)
        if value is not None and cl.country:
            hilucs = value.extra.get("hilucs")
            colour = _colour(hilucs) if isinstance(hilucs, str) else None
            order = list(cl.values).index(value.code)
            return value.notation or value.code, value.label("en"), value.label("bg"), colour, order
    tail = uri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return tail, label_for(uri, "en"), label_for(uri, "bg"), None, 10_000


def _zone_class(uri: str) -> ClassFigures:
    if not uri:
        return ClassFigures(_NONE, "—", *_labels(Text("plu_model.indicators", "(no zone type)")))
    code, en, bg, colour, _ = _zone_info(uri)
    return ClassFigures(uri, code, en, bg, colour)


def plan_indicators(data: PlanDataset, name: str | None = None, source: str | None = None,
                    hilucs_level: int | None = None) -> PlanIndicators:
    """Indicators of every zoning element of ``data``, by HILUCS class, by zone type and in total.

    ``hilucs_level`` (1–3) rolls HILUCS values up to that level, so plans
    classified in different detail can be compared.
    """
    zones = [zone_figures(z, data.crs) for z in data.zoning_elements]
    total = ClassFigures("total", "Σ", *_labels(Text("plu_model.indicators", "All zones")))
    by_hilucs: dict[str, ClassFigures] = {}
    by_zone: dict[str, ClassFigures] = {}
    for z in zones:
        total._add(z, 1.0)
        for uri, weight in z.hilucs:
            key = _roll_up(uri, hilucs_level)
            by_hilucs.setdefault(key, _hilucs_class(key))._add(z, weight)
        by_zone.setdefault(z.zone_type, _zone_class(z.zone_type))._add(z, 1.0)
    zoned = total.area
    for c in (*by_hilucs.values(), *by_zone.values(), total):
        c.share = c.area / zoned if zoned else 0.0
    order = _hilucs_order()
    plan_area = sum(area_m2(p.extent, data.crs) for p in data.spatial_plans)
    title = name or (data.spatial_plans[0].official_title if data.spatial_plans else "plan")
    return PlanIndicators(
        name=title,
        source=source,
        crs=data.crs,
        plan_area=plan_area,
        zoned_area=zoned,
        total=total,
        by_hilucs=sorted(by_hilucs.values(), key=lambda c: (order.get(c.key, 10_000), c.key)),
        by_zone_type=sorted(by_zone.values(), key=lambda c: (_zone_info(c.key)[4] if c.key else 20_000, c.key)),
        hilucs_level=hilucs_level,
        overlap_area=overlap_m2(data.zoning_elements, data.crs),
        repaired_zones=[str(z.gml_id) for z in zones if z.repaired],
        ignored=[(str(z.gml_id), name, value) for z in zones for name, value in z.ignored],
    )


def overlap_m2(zones: Iterable[ZoningElement], epsg: int) -> float:
    """The area of every pairwise overlap of zones: what the zoned area counts twice (zones should not overlap).

    Only pairs whose interiors meet are intersected (a spatial index finds them), so
    the usual plan of zones that merely touch costs one index query.
    """
    geoms = [z.geometry if z.geometry.is_valid else shapely.make_valid(z.geometry) for z in zones
             if z.geometry is not None and not z.geometry.is_empty]
    if len(geoms) < 2:
        return 0.0
    tree = shapely.STRtree(geoms)
    pairs = set()
    for predicate in ("overlaps", "contains"):
        left, right = tree.query(geoms, predicate=predicate)
        pairs.update((min(int(a), int(b)), max(int(a), int(b))) for a, b in zip(left, right, strict=True) if a != b)
    return sum(area_m2(geoms[a].intersection(geoms[b]), epsg) for a, b in sorted(pairs))


def compare_plans(plans: Iterable[PlanIndicators]) -> list[ComparisonRow]:
    """The HILUCS classes of several plans side by side (rows in code-list order)."""
    plans = list(plans)
    keys: dict[str, ClassFigures] = {}
    for p in plans:
        for c in p.by_hilucs:
            keys.setdefault(c.key, c)
    order = _hilucs_order()
    rows = []
    for key in sorted(keys, key=lambda k: (order.get(k, 10_000), k)):
        ref = keys[key]
        figures = [next((c for c in p.by_hilucs if c.key == key), None) for p in plans]
        rows.append(ComparisonRow(key, ref.code, ref.label_en, ref.label_bg, ref.colour, figures))
    return rows
