"""Check a proposed building against the zone it stands in: the permit office's question.

Given the zoning elements of a plan (from a file today, from the plan in force
once a register exists: the function takes the zones, not a file), a footprint,
its plot and the building's height, floors or gross floor area, this module
computes build-up density, Кинт, green share and height, and sets each against
the limits of every zone the building touches: the law's (the profile, with its
article and range) and the plan's own (the zone's dimensioning indications).
Each limit gets a verdict: within, exceeds, or no limit known; a figure that
cannot be computed from what was given says so and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.geometry.base import BaseGeometry

from plu_model.codelists import codelist
from plu_model.crs import is_geographic, reproject
from plu_model.errors import PluInputError
from plu_model.features import ZoningElement
from plu_model.geojson_polygon import coordinate_text, read_polygon
from plu_model.i18n import Text
from plu_model.values import DimensioningIndicationMeasureValue
from validators.profiles import LIMIT_INDICATIONS, Limit, Profile, UnknownLimit, ZoneLimits

__all__ = ["BuildingCheck", "Figure", "Proposal", "Verdict", "ZoneShare", "check_building", "load_proposal", "map_focus"]

_EQUAL_AREA = 3035
#: differences below this are rounding, not an excess (areas are in m², ratios unitless)
_EPSILON = 1e-9


@dataclass(frozen=True)
class Proposal:
    """A proposed building, all geometries in the CRS of the zones it is checked against."""

    footprint: BaseGeometry
    height: float
    floors: int | None = None
    gfa: float | None = None
    plot: BaseGeometry | None = None
    green: BaseGeometry | None = None
    plot_use: str | None = None
    #: the footprint as it would be with the file's two coordinates swapped (lat/lon, northing/easting), in the
    #: zones' CRS: what the refusal suggests when the footprint lies outside every zone
    swapped: BaseGeometry | None = None


@dataclass(frozen=True)
class ZoneShare:
    """A zone the footprint lies in, and how much of the footprint lies there (0–1)."""

    gml_id: str
    zone_types: tuple[str, ...]
    label_en: str
    label_bg: str
    share: float


@dataclass(frozen=True)
class Figure:
    """One figure of the building; ``value`` is None when it cannot be computed (``basis`` says why)."""

    indication: str
    value: float | None
    basis: Text
    exact: bool = True


@dataclass(frozen=True)
class Verdict:
    """One figure against one limit: ``within``, ``exceeds``, ``no-limit-known``, ``not-computed`` or ``cannot-tell``."""

    zone_id: str
    zone_en: str
    zone_bg: str
    indication: str
    authority: str
    status: str
    value: float | None
    limit: Limit | None = None
    #: why there is no verdict: a product text, or the profile's own words (:class:`Reason`)
    reason: Text | Reason | None = None
    exact: bool = True

    @property
    def reason_en(self) -> str:
        return self.reason.say("en") if self.reason is not None else ""

    @property
    def reason_bg(self) -> str:
        return self.reason.say("bg") if self.reason is not None else ""


@dataclass(frozen=True)
class Reason:
    """Why a limit is unknown, as the profile says it: data in both languages (``zones_without_limits``)."""

    en: str
    bg: str

    def say(self, language: str) -> str:
        return self.bg if language == "bg" else self.en


@dataclass
class BuildingCheck:
    """The whole answer, in the order a report shows it."""

    profile: str
    footprint_area: float
    plot_area: float | None
    zones: list[ZoneShare]
    outside_share: float
    figures: dict[str, Figure]
    verdicts: list[Verdict]
    notes: list[Text] = field(default_factory=list)
    #: for the map: the zones touched, their neighbours in view, the footprint and the plot, in the zones' CRS
    zone_geometries: dict[str, BaseGeometry] = field(default_factory=dict)
    nearby: dict[str, BaseGeometry] = field(default_factory=dict)
    footprint: BaseGeometry | None = None
    plot: BaseGeometry | None = None
    crs: int | None = None

    @property
    def exceeds(self) -> bool:
        """True when any figure exceeds a limit (the CLI's exit code 1)."""
        return any(v.status == "exceeds" for v in self.verdicts)


def _number(value: float | None, name: Text, low: float, high: float) -> None:
    if value is None:
        return
    if not (low < value <= high):  # also refuses NaN
        raise PluInputError(Text("validators.building_check", "{name} must be above {low:g} and at most {high:g}; {value:g} was given",
                                 name=name, low=low, high=high, value=value))


def load_proposal(crs: int, footprint: str | Path, height: float, *, floors: int | None = None,
                  gfa: float | None = None, plot: str | Path | None = None, green: str | Path | None = None,
                  plot_use: str | None = None) -> Proposal:
    """A proposal from GeoJSON files, reprojected into the plan's CRS; numbers checked for sense."""
    _number(height, Text("validators.building_check", "the height"), 0, 1000)
    _number(floors, Text("validators.building_check", "the number of floors"), 0, 300)
    _number(gfa, Text("validators.building_check", "the gross floor area"), 0, 1e8)

    def geometry(path: str | Path | None) -> BaseGeometry | None:
        if path is None:
            return None
        found = read_polygon(path)
        return reproject(found.geometry, found.epsg, crs)

    drawn = read_polygon(footprint)
    return Proposal(reproject(drawn.geometry, drawn.epsg, crs), float(height), floors, gfa, geometry(plot),
                    geometry(green), plot_use, _swapped(drawn.geometry, drawn.epsg, crs))


def _swap(geom: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geom, lambda xy: xy[:, ::-1])


def _swapped(geom: BaseGeometry, epsg: int, crs: int) -> BaseGeometry | None:
    """The footprint with its coordinates swapped where the file has them, in the plan's CRS; None if that is no place."""
    turned = _swap(geom)
    if is_geographic(epsg) and not (-90 <= turned.bounds[1] and turned.bounds[3] <= 90):
        return None
    try:
        return reproject(turned, epsg, crs)
    except PluInputError:
        return None


def _area(geom: BaseGeometry | None, crs: int) -> float:
    if geom is None or geom.is_empty:
        return 0.0
    return float((reproject(geom, crs, _EQUAL_AREA) if is_geographic(crs) else geom).area)


def _figures(p: Proposal, crs: int, footprint: float, plot: float | None) -> dict[str, Figure]:
    out: dict[str, Figure] = {}
    if plot:
        out["maxDensity"] = Figure("maxDensity", 100 * footprint / plot, Text("validators.building_check", "footprint area ÷ plot area"))
    else:
        out["maxDensity"] = Figure("maxDensity", None, Text("validators.building_check", "no plot given"))
    gfa, basis = p.gfa, Text("validators.building_check", "gross floor area as given ÷ plot area")
    if gfa is None and p.floors:
        gfa = footprint * p.floors
        basis = Text("validators.building_check", "footprint × {n} floor ÷ plot area",
                                                  plural="footprint × {n} floors ÷ plot area", n=p.floors)
    if gfa is None:
        out["maxFloorAreaRatio"] = Figure("maxFloorAreaRatio", None, Text("validators.building_check", "neither gross floor area nor floors given"))
    elif not plot:
        out["maxFloorAreaRatio"] = Figure("maxFloorAreaRatio", None, Text("validators.building_check", "no plot given"))
    else:
        out["maxFloorAreaRatio"] = Figure("maxFloorAreaRatio", gfa / plot, basis)
    out["minGreenShare"] = _green(p, crs, footprint, plot)
    out["maxHeight"] = Figure("maxHeight", float(p.height), Text("validators.building_check", "as given"))
    return out


def _green(p: Proposal, crs: int, footprint: float, plot: float | None) -> Figure:
    if not plot:
        return Figure("minGreenShare", None, Text("validators.building_check", "no plot given"))
    if p.green is not None and p.plot is not None:
        # what the building covers cannot be green, whatever the drawing says
        green = _area(p.green.intersection(p.plot).difference(p.footprint), crs)
        return Figure("minGreenShare", 100 * green / plot, Text("validators.building_check", "green area within the plot, off the footprint ÷ plot area"))
    return Figure("minGreenShare", 100 * max(plot - footprint, 0.0) / plot,
                  Text("validators.building_check", "upper bound: (plot − footprint) ÷ plot; paths and paving are "
                                                    "not green"), exact=False)


def _plan_limits(zone: ZoningElement) -> list[Limit]:
    """The zone's own figures (a detailed plan's limits), as limits citing the zone."""
    values = zone.dimensioning_indication if isinstance(zone.dimensioning_indication, list) else []
    out = []
    for d in values:
        name = d.indication_reference
        value = getattr(d, "value", None)
        if name not in LIMIT_INDICATIONS or not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        uom = d.uom if isinstance(d, DimensioningIndicationMeasureValue) else None
        low = name == "minGreenShare"
        out.append(Limit(name, float(value) if low else None, None if low else float(value), uom,
                         f"zone {zone.gml_id}", confidence="high"))
    return out


def _judge(share: ZoneShare, authority: str, name: str, figure: Figure, limit: Limit | None,
           unknown: UnknownLimit | None) -> Verdict:
    base = dict(zone_id=share.gml_id, zone_en=share.label_en, zone_bg=share.label_bg, indication=name,
                authority=authority, value=figure.value, limit=limit, exact=figure.exact)
    if limit is None:
        reason = (Reason(unknown.reason_en, unknown.reason_bg) if unknown
                  else Text("validators.building_check", "no figure for this zone type was found"))
        return Verdict(status="no-limit-known", reason=reason, **base)  # type: ignore[arg-type]
    if figure.value is None:
        return Verdict(status="not-computed", reason=figure.basis, **base)  # type: ignore[arg-type]
    over = limit.max is not None and figure.value > limit.max + _EPSILON
    under = limit.min is not None and figure.value < limit.min - _EPSILON
    if over or under:
        return Verdict(status="exceeds", **base)  # type: ignore[arg-type]
    if not figure.exact and limit.min is not None:
        return Verdict(status="cannot-tell", reason=Text("validators.building_check", "give the green area to check it"), **base)  # type: ignore[arg-type]
    return Verdict(status="within", **base)  # type: ignore[arg-type]


def _law_limits(zone: ZoningElement, profile: Profile) -> list[tuple[str, ZoneLimits | None]]:
    zone_list = codelist(profile.zone_type_list) if profile.zone_type_list else None
    uses = zone.specific_land_use if isinstance(zone.specific_land_use, list) else []
    types = [u for u in uses if zone_list is not None and u in zone_list]
    return [(u, profile.zone_limits.get(u)) for u in types]


def _verdicts_for(zone: ZoningElement, share: ZoneShare, figures: dict[str, Figure], profile: Profile,
                  plot_use: str | None) -> list[Verdict]:
    out: list[Verdict] = []
    law = _law_limits(zone, profile)
    if plot_use:
        law.append((plot_use, profile.plot_limits.get(plot_use)))
    for zone_type, limits in law:
        code = zone_type.rsplit("/", 1)[-1]
        shown = _notation(zone_type, profile) if zone_type != plot_use else zone_type
        for name in LIMIT_INDICATIONS:
            limit = limits.limit(name) if limits else None
            unknown = limits.unknown_reason(name) if limits else None
            if limits is None:
                reason = profile.zones_without_limits.get(code, "")  # the profile's own words (data)
                fallback = Text("validators.building_check", "the profile has no limits for this zone type")
                unknown = UnknownLimit(name, reason or fallback.say("en"), reason or fallback.say("bg"))
            out.append(_judge(share, f"law:{shown}", name, figures[name], limit, unknown))
    if not law:
        for name in LIMIT_INDICATIONS:
            no_type = Text("validators.building_check", "the zone has no national zone type")
            out.append(_judge(share, "law", name, figures[name], None,
                              UnknownLimit(name, no_type.say("en"), no_type.say("bg"))))
    for limit in _plan_limits(zone):
        out.append(_judge(share, "plan", limit.indication, figures[limit.indication], limit, None))
    return out


def _notation(zone_type: str, profile: Profile) -> str:
    value = codelist(profile.zone_type_list).get(zone_type) if profile.zone_type_list else None
    return (value.notation or value.code) if value else zone_type.rsplit("/", 1)[-1]


def _label(zone: ZoningElement, profile: Profile) -> tuple[tuple[str, ...], str, str]:
    types = tuple(u for u, _ in _law_limits(zone, profile))
    if not types or not profile.zone_type_list:
        return types, str(zone.gml_id), str(zone.gml_id)
    values = [codelist(profile.zone_type_list).get(u) for u in types]
    notations = ", ".join(v.notation or v.code for v in values if v)
    return types, f"{zone.gml_id} ({notations})", f"{zone.gml_id} ({notations})"


def check_building(zones: Iterable[ZoningElement], crs: int, proposal: Proposal, profile: Profile) -> BuildingCheck:
    """The building's figures against the limits of every zone its footprint (or plot) lies in.

    ``zones`` and the proposal's geometries are in the EPSG ``crs``.  Raises
    :class:`PluInputError` when the building lies outside every zone.
    """
    zones = list(zones)  # walked several times: the shares, the map's neighbours, the refusal's extent
    footprint = _area(proposal.footprint, crs)
    plot = _area(proposal.plot, crs) if proposal.plot is not None else None
    shares: list[tuple[ZoningElement, ZoneShare]] = []
    for zone in zones:
        geom = _valid(zone.geometry)
        if geom is None or geom.is_empty or not geom.intersects(proposal.footprint):
            continue
        part = _area(geom.intersection(proposal.footprint), crs)
        if part <= 0:
            continue
        types, en, bg = _label(zone, profile)
        shares.append((zone, ZoneShare(str(zone.gml_id), types, en, bg, part / footprint)))
    if not shares:
        raise _outside(zones, crs, proposal)
    shares.sort(key=lambda item: -item[1].share)
    figures = _figures(proposal, crs, footprint, plot)
    verdicts = [v for zone, share in shares for v in _verdicts_for(zone, share, figures, profile, proposal.plot_use)]
    outside = max(0.0, 1.0 - sum(s.share for _, s in shares))
    touched = {s.gml_id: _valid(z.geometry) for z, s in shares}
    return BuildingCheck(profile.name, footprint, plot, [s for _, s in shares], outside, figures, verdicts,
                         _notes(proposal, crs, footprint, outside, shares), touched,
                         _nearby(zones, proposal, touched), proposal.footprint, proposal.plot, crs)


def _valid(geom: BaseGeometry | None) -> BaseGeometry | None:
    """A zone as the plan means it: a bow-tie or a ring that touches itself is repaired before it is intersected
    (GEOS refuses to intersect an invalid polygon; the plan validator reports the fault)."""
    if geom is None or geom.is_empty or geom.is_valid:
        return geom
    return shapely.make_valid(geom)


def _outside(zones: list[ZoningElement], crs: int, p: Proposal) -> PluInputError:
    """The refusal of a footprint in no zone; when swapping its coordinates would put it in one, it says so."""
    swapped = p.swapped if p.swapped is not None else _swap(p.footprint)
    hit = next((z for z in zones if z.geometry is not None and not z.geometry.is_empty
                and z.geometry.intersects(swapped)), None)
    if hit is not None:
        return PluInputError(Text(
            "validators.building_check", "the footprint (bounds {bounds}, EPSG:{crs}) lies outside every zone of the "
            "plan{extent}; with its two coordinates swapped it would lie in zone {zone}: the file has them in the "
            "wrong order (latitude before longitude, or northing before easting)",
            bounds=_bounds(p.footprint), crs=crs, extent=_extent(zones), zone=str(hit.gml_id)))
    x0, y0, x1, y1 = p.footprint.bounds
    if not is_geographic(crs) and -180 <= x0 and x1 <= 180 and -90 <= y0 and y1 <= 90:
        return PluInputError(Text(
            "validators.building_check", "the footprint (bounds {bounds}, EPSG:{crs}) lies outside every zone of the "
            "plan{extent}; its coordinates look like longitude and latitude: the file's crs member names a system "
            "in metres, and without one GeoJSON is read as longitude and latitude",
            bounds=_bounds(p.footprint), crs=crs, extent=_extent(zones)))
    return PluInputError(Text(
        "validators.building_check", "the footprint (bounds {bounds}, EPSG:{crs}) lies outside every zone of the plan{extent}; check "
        "the footprint's CRS", bounds=_bounds(p.footprint), crs=crs, extent=_extent(zones)))


def _nearby(zones: Iterable[ZoningElement], p: Proposal, touched: dict[str, BaseGeometry]) -> dict[str, BaseGeometry]:
    """The other zones a map around the plot would show, so that their boundaries can be drawn."""
    focus = map_focus(p.footprint, p.plot)
    x0, y0, x1, y1 = focus.bounds
    view = focus.buffer(max(x1 - x0, y1 - y0) * 2)  # the map's aspect may widen its view
    return {str(z.gml_id): _valid(z.geometry) for z in zones
            if z.gml_id not in touched and z.geometry is not None and z.geometry.intersects(view)}


def map_focus(footprint: BaseGeometry, plot: BaseGeometry | None) -> BaseGeometry:
    """What a map of the check must show: the plot and the whole footprint, even where it leaves the plot."""
    if plot is None or plot.is_empty:
        return footprint.envelope
    return shapely.box(*shapely.union(footprint.envelope, plot.envelope).bounds)


def _bounds(geom: BaseGeometry) -> str:
    x0, y0, x1, y1 = (coordinate_text(v) for v in geom.bounds)
    return f"{x0}, {y0} – {x1}, {y1}"


def _extent(zones: Iterable[ZoningElement]) -> Text:
    geoms = [z.geometry for z in zones if z.geometry is not None and not z.geometry.is_empty]
    if not geoms:
        return Text("validators.building_check", " (the plan has no zones)")
    x0 = min(g.bounds[0] for g in geoms)
    y0 = min(g.bounds[1] for g in geoms)
    x1 = max(g.bounds[2] for g in geoms)
    y1 = max(g.bounds[3] for g in geoms)
    return Text("validators.building_check", " (which cover {x0:.2f}, {y0:.2f} – {x1:.2f}, {y1:.2f})", x0=x0, y0=y0, x1=x1, y1=y1)


def _notes(p: Proposal, crs: int, footprint: float, outside: float, shares: list) -> list[Text]:
    notes = []
    if len(shares) > 1:
        notes.append(Text("validators.building_check", "the footprint crosses a zone boundary: each zone's limits "
                                                       "are checked"))
    if outside > 1e-6:
        notes.append(Text("validators.building_check", "{value:.1f} % of the footprint lies outside the plan's zones",
                                                       value=100 * outside))
    if p.plot is not None:
        beyond = footprint - _area(p.footprint.intersection(p.plot), crs)
        if beyond > 1e-6 * max(footprint, 1.0):
            notes.append(Text("validators.building_check", "{beyond:.1f} m² of the footprint lies outside the plot",
                                                           beyond=beyond))
    if p.green is not None and p.plot is not None:
        lost = _area(p.green, crs) - _area(p.green.intersection(p.plot).difference(p.footprint), crs)
        if lost > 1e-6 * max(_area(p.green, crs), 1.0):
            notes.append(Text("validators.building_check", "{lost:.1f} m² of the green area lies outside the plot or "
                                                           "under the footprint and is not counted", lost=lost))
    if p.gfa is not None and p.floors:
        notes.append(Text("validators.building_check", "the gross floor area given is used for Кинт; the floors are "
                                                       "not"))
    return notes
