"""CRS rules: the srsName strings the INSPIRE validator accepts, swapped axes, coordinates off the map.

The INSPIRE Reference Validator compares each ``srsName`` with a fixed list of
``http://www.opengis.net/def/crs/EPSG/0/<code>`` strings (tests rs.a.1/rs.a.2).
Projected ETRS89 data must use the ETRS89 / UTM (N-E) codes 3040–3049, not the
common 25828–25838; national CRSs such as Bulgaria's EPSG:7801 are refused.
Every finding says which code to export with instead.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

from osgeo import osr

from plu_model.crs import crs_name, parse_srs_name
from plu_model.errors import PluInputError
from plu_model.findings import Finding
from plu_model.i18n import Joined, Text
from validators.profiles import Profile
from validators.rules import make_finding

__all__ = ["area_finding", "centre_longitude", "export_crs_finding", "srs_finding", "suggested_crs"]


def suggested_crs(epsg: int | None, longitude: float | None = None) -> list[int]:
    """Accepted EPSG codes to export with instead of ``epsg``, best first; 4258 always fits."""
    out: list[int] = []
    if epsg is not None and 25826 <= epsg <= 25839:
        out.append(3012 + (epsg - 25800))  # ETRS89 / UTM zone N  ->  ETRS89 / UTM zone N (N-E)
    elif epsg is not None and 32626 <= epsg <= 32639:
        out.append(3012 + (epsg - 32600))  # WGS 84 / UTM zone N: same zone on ETRS89
    if longitude is not None and math.isfinite(longitude):
        zone = int((longitude + 180) // 6) + 1
        if 26 <= zone <= 39 and 3012 + zone not in out:
            out.append(3012 + zone)
    out.append(4258)
    return out


def _codes(codes: list[int]) -> Joined:
    return Joined(Text("validators.crs_checks", " or "), tuple(f"EPSG:{c}" for c in codes))




@lru_cache(maxsize=64)
def _srs_verdict(srs_name: str, profile_name: str, allowed: frozenset[int], national: tuple[tuple[int, str], ...],
                 longitude: float | None) -> tuple[str, Text, str] | None:
    """(code, text, fix) for an srsName the INSPIRE validator refuses, or None."""
    try:
        parsed = parse_srs_name(srs_name)
    except PluInputError:
        return (
            "rs.a.1",
            Text("validators.crs_checks", "srsName {srs_name!r} is not an EPSG CRS URI; the INSPIRE validator "
                                          "accepts only http://www.opengis.net/def/crs/EPSG/0/<code> of an INSPIRE "
                                          "CRS", srs_name=srs_name),
            "export with --crs 4258",
        )
    epsg = parsed.epsg
    uri = f"http://www.opengis.net/def/crs/EPSG/0/{epsg}"
    if epsg in allowed:
        return (
            "rs.a.1",
            Text("validators.crs_checks", "srsName {srs_name!r} names an accepted CRS in a form the INSPIRE "
                                          "validator does not match; write {uri}", srs_name=srs_name, uri=uri),
            f'srsName="{uri}" (plu convert rewrites it)',
        )
    codes = suggested_crs(epsg, longitude)
    nat = dict(national)
    if epsg in nat:
        return (
            "CRS.NATIONAL",
            Text("validators.crs_checks", "EPSG:{epsg} ({name}) is the national CRS of profile {profile_name}, right for national "
                 "exchange; the INSPIRE validator rejects it (rs.a.1), so export INSPIRE deliveries in {codes}",
                 epsg=epsg, name=nat[epsg] or crs_name(epsg), profile_name=profile_name, codes=_codes(codes)),
            f"plu convert IN OUT --crs {codes[0]}",
        )
    try:
        name = crs_name(epsg)
    except PluInputError:
        name = "unknown to PROJ"
    return (
        "rs.a.1",
        Text("validators.crs_checks", "EPSG:{epsg} ({name}) is not a CRS the INSPIRE validator accepts; export in {codes}", epsg=epsg,
             name=name, codes=_codes(codes)),
        f"plu convert IN OUT --crs {codes[0]}",
    )


def srs_finding(srs_name: str, profile: Profile, where: dict[str, Any], longitude: float | None = None
                ) -> Finding | None:
    """The finding for an ``srsName`` attribute the INSPIRE validator would refuse (None if accepted).

    ``longitude`` (of the plan's centre) picks the ETRS89 / UTM zone to suggest.
    """
    if profile.is_allowed_srs_name(srs_name):
        return None
    lon = None if longitude is None else round(longitude, 1)
    verdict = _srs_verdict(
        srs_name, profile.name, frozenset(profile.allowed_crs), tuple(sorted(profile.national_crs.items())), lon
    )
    if verdict is None:
        return None
    code, text, fix = verdict
    return make_finding(code, text, fix=fix, **where)


def _name_or_unknown(epsg: int) -> str:
    try:
        return crs_name(epsg)
    except (PluInputError, RuntimeError):
        return "unknown to PROJ"


def export_crs_finding(epsg: int, profile: Profile, longitude: float | None, where: dict[str, Any]) -> Finding | None:
    """For a plan file: a reminder to export in an accepted CRS (None if the plan's CRS is accepted)."""
    if epsg in profile.allowed_crs:
        return None
    codes = suggested_crs(epsg, longitude)
    name = _name_or_unknown(epsg)
    return make_finding(
        "CRS.EXPORT",
        Text("validators.crs_checks", "the plan is in EPSG:{epsg} ({name}), which the INSPIRE validator rejects; export INSPIRE "
             "deliveries in {codes}", epsg=epsg, name=name, codes=_codes(codes)),
        fix=f"plu convert PLAN.gpkg OUT.gml --crs {codes[0]}",
        **where,
    )


@lru_cache(maxsize=64)
def _area_and_transform(epsg: int) -> tuple[tuple[float, float, float, float] | None, Any]:
    src = osr.SpatialReference()
    src.ImportFromEPSG(epsg)
    # the datum's area, not the projection's: EPSG gives the ETRS89 / UTM (N-E) codes a Nordic area of use,
    # yet INSPIRE uses them across Europe
    area = None
    geog_code = src.GetAuthorityCode("GEOGCS") if src.IsProjected() else None
    if geog_code:
        geog = osr.SpatialReference()
        try:
            geog.ImportFromEPSG(int(geog_code))
            area = geog.GetAreaOfUse()
        except (RuntimeError, ValueError):
            area = None
    if area is None:
        area = src.GetAreaOfUse()
    box = None if area is None else (area.west_lon_degree, area.south_lat_degree, area.east_lon_degree,
                                     area.north_lat_degree)
    dst = osr.SpatialReference()
    dst.ImportFromEPSG(4326)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    dst.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return box, osr.CoordinateTransformation(src, dst)


def _inside(points: list[tuple[float, float]], epsg: int, margin: float = 1.0) -> bool:
    """Whether the points lie in the CRS's area of use; RuntimeError when PROJ cannot tell (not "outside")."""
    box, ct = _area_and_transform(epsg)
    if box is None:
        return True
    lonlat = ct.TransformPoints([list(p) for p in points])
    w, s, e, n = box
    for lon, lat, *_ in lonlat:
        if not (math.isfinite(lon) and math.isfinite(lat)):
            return False
        if not (w - margin <= lon <= e + margin and s - margin <= lat <= n + margin):
            return False
    return True


def centre_longitude(bounds: tuple[float, float, float, float], epsg: int) -> float | None:
    """The plan's central longitude, only to suggest a UTM zone: None when PROJ cannot give it."""
    x = (bounds[0] + bounds[2]) / 2
    y = (bounds[1] + bounds[3]) / 2
    try:
        _, ct = _area_and_transform(epsg)
        lon, lat, *_ = ct.TransformPoint(x, y)
    except RuntimeError:
        return None
    return lon if math.isfinite(lon) else None


#: how swapped axes show, in a GML file (True) and in a plan file, whose x is always east or longitude
_SWAPPED = {
    True: Text("validators.crs_checks", "the file writes them east/north (long/lat) where the EPSG order is "
                                        "north/east (lat/long)"),
    False: Text("validators.crs_checks", "the plan holds north (latitude) as x and east (longitude) as y"),
}


def area_finding(bounds: tuple[float, float, float, float], epsg: int, source_kind: str,
                 where: dict[str, Any]) -> Finding | None:
    """Swapped axes or coordinates outside the CRS's area of use, judged on the plan's bounding box.

    A transformation PROJ cannot do gives CRS.NOT_CHECKED (the verdict "incomplete"), never silence.
    """
    x0, y0, x1, y1 = bounds
    if not all(math.isfinite(v) for v in bounds):
        return None
    corners = [(x0, y0), (x1, y1), ((x0 + x1) / 2, (y0 + y1) / 2)]
    try:
        if _inside(corners, epsg):
            return None
        swapped_ok = _inside([(y, x) for x, y in corners], epsg)
        name = crs_name(epsg)
    except (RuntimeError, PluInputError) as exc:  # PROJ could not answer: say so, the verdict is incomplete
        return make_finding(
            "CRS.NOT_CHECKED",
            Text("validators.crs_checks", "the coordinates could not be transformed from EPSG:{epsg} to check its "
                                          "area of use and axis order ({exc}); those checks did not run",
                                          epsg=epsg, exc=exc),
            **where,
        )
    if swapped_ok:  # one defect, one code: a plan file can hold swapped axes as well as a GML file
        return make_finding(
            "PITFALL.AXIS_ORDER",
            Text("validators.crs_checks", "the coordinates fall outside the area of EPSG:{epsg} ({name}) but inside it with the axes "
                 "swapped: {how}", epsg=epsg, name=name, how=_SWAPPED[source_kind == "gml"]),
            fix="swap the two numbers of every position (read and re-export with plu convert after fixing "
            "the axis order at the source)",
            **where,
        )
    return make_finding(
        "CRS.OUTSIDE_AREA",
        Text("validators.crs_checks", "the coordinates lie outside the area of use of EPSG:{epsg} ({name}); is the "
                                      "CRS right?", epsg=epsg, name=name),
        **where,
    )
