"""A small SVG map of a plan and of where its findings are, for the HTML report.

Coordinates are turned into pixels here (north up), so the picture needs no
scripts and no external files; geometries are simplified to what a pixel can
show.  Findings are coloured by severity.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import shapely
from shapely.geometry import LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from plu_model.findings import Finding, Severity
from plu_model.i18n import Text

__all__ = ["SEVERITY_COLOURS", "map_svg"]

SEVERITY_COLOURS = {
    Severity.FATAL: "#7b1fa2",
    Severity.ERROR: "#d32f2f",
    Severity.WARNING: "#f57c00",
    Severity.INFO: "#1976d2",
}
#: most finding shapes drawn; the rest are left off the picture (the table lists them)
MAX_MARKERS = 4000


class _Frame:
    def __init__(self, bounds: tuple[float, float, float, float], width: int, height: int, pad: int = 12):
        x0, y0, x1, y1 = bounds
        w = max(x1 - x0, 1e-9)
        h = max(y1 - y0, 1e-9)
        self.scale = min((width - 2 * pad) / w, (height - 2 * pad) / h)
        self.ox = pad + ((width - 2 * pad) - w * self.scale) / 2 - x0 * self.scale
        self.oy = pad + ((height - 2 * pad) - h * self.scale) / 2 + y1 * self.scale
        self.unit = 1 / self.scale  # one pixel in map units

    def xy(self, coords: np.ndarray) -> np.ndarray:
        out = np.empty((len(coords), 2))
        out[:, 0] = self.ox + coords[:, 0] * self.scale
        out[:, 1] = self.oy - coords[:, 1] * self.scale
        return out

    def path(self, coords: np.ndarray, close: bool) -> str:
        pts = self.xy(np.asarray(coords)[:, :2])
        body = " L".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        return f"M{body}{' Z' if close else ''}"


def _paths(geom: BaseGeometry, frame: _Frame) -> tuple[str, list[tuple[float, float]], bool]:
    """(path data for areas and lines, points, has_area)."""
    parts: list[str] = []
    points: list[tuple[float, float]] = []
    area = False
    for g in shapely.get_parts(geom):
        if isinstance(g, Polygon):
            area = True
            for ring in [g.exterior, *g.interiors]:
                parts.append(frame.path(np.asarray(ring.coords), True))
        elif isinstance(g, LineString):
            parts.append(frame.path(np.asarray(g.coords), False))
        elif isinstance(g, Point):
            x, y = frame.xy(np.asarray(g.coords)[:, :2])[0]
            points.append((float(x), float(y)))
        elif isinstance(g, (MultiPolygon, MultiLineString, MultiPoint)):
            d, p, a = _paths(g, frame)
            parts.append(d)
            points.extend(p)
            area = area or a
    return " ".join(p for p in parts if p), points, area


def _bounds(geoms: Iterable[BaseGeometry]) -> tuple[float, float, float, float] | None:
    arr = np.array([g for g in geoms if g is not None and not g.is_empty], dtype=object)
    if len(arr) == 0:
        return None
    b = shapely.bounds(arr)
    box = (float(np.nanmin(b[:, 0])), float(np.nanmin(b[:, 1])), float(np.nanmax(b[:, 2])), float(np.nanmax(b[:, 3])))
    return box if all(math.isfinite(v) for v in box) else None


def map_svg(
    findings: Sequence[Finding],
    extents: Sequence[BaseGeometry] = (),
    zones: Sequence[BaseGeometry] = (),
    width: int = 760,
    height: int = 480,
    title: str = "",
    unit: str = "CRS units",
) -> str:
    """An SVG picture: plan extents and zones in grey, findings in their severity's colour."""
    located = [f for f in findings if f.location is not None and not f.location.is_empty]
    bounds = _bounds([*extents, *zones]) or _bounds(f.location for f in located)
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{title}">'
            f'<rect width="{width}" height="{height}" fill="#fafafa" stroke="#ccc"/>')
    if bounds is None:
        nothing = Text("validators.map_svg", "no geometry to show")
        return head + (f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="#777" '
                       f'font-size="14">{nothing.say("en")} · {nothing.say("bg")}</text></svg>')
    frame = _Frame(bounds, width, height)
    out = [head]
    simplify = frame.unit * 0.5
    zone_arr = np.array(list(zones), dtype=object)
    if len(zone_arr):
        for g in shapely.simplify(zone_arr, simplify, preserve_topology=True):
            d, _, _ = _paths(g, frame)
            if d:
                out.append(f'<path d="{d}" fill="#e8eef3" stroke="#9aa9b5" stroke-width="0.6" fill-rule="evenodd"/>')
    for g in extents:
        d, _, _ = _paths(shapely.simplify(g, simplify, preserve_topology=True), frame)
        if d:
            out.append(f'<path d="{d}" fill="none" stroke="#37474f" stroke-width="1.6" fill-rule="evenodd"/>')
    ordered = sorted(located, key=lambda f: int(f.severity))[-MAX_MARKERS:]
    for f in ordered:
        colour = SEVERITY_COLOURS.get(f.severity, "#555")
        geom = f.location
        if geom.area > 0 and geom.area < frame.unit ** 2 * 16:  # too small to see as an area: mark its centre
            geom = geom.representative_point()
        elif geom.length > 0 and geom.length < frame.unit * 6 and geom.area == 0:
            geom = geom.representative_point()
        d, points, area = _paths(shapely.simplify(geom, simplify) if geom.geom_type != "Point" else geom, frame)
        label = f"{f.rule}: {f.message_en}".replace('"', "'").replace("<", "‹").replace("&", "+")
        if d:
            fill = f'fill="{colour}" fill-opacity="0.35"' if area else 'fill="none"'
            out.append(f'<path d="{d}" {fill} stroke="{colour}" stroke-width="2" fill-rule="evenodd">'
                       f"<title>{label}</title></path>")
        for x, y in points:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{colour}" fill-opacity="0.8" '
                       f'stroke="#fff" stroke-width="1"><title>{label}</title></circle>')
    # scale bar
    span = (bounds[2] - bounds[0]) / 5 or 1
    nice = 10 ** math.floor(math.log10(span))
    for step in (5, 2, 1):
        if step * nice <= span:
            nice *= step
            break
    px = nice * frame.scale
    out.append(f'<g font-size="11" fill="#333"><line x1="16" y1="{height - 18}" x2="{16 + px:.1f}" '
               f'y2="{height - 18}" stroke="#333" stroke-width="2"/>'
               f'<text x="16" y="{height - 24}">{nice:g} {unit}</text></g>')
    out.append(f'<text x="{width - 16}" y="24" text-anchor="end" font-size="16" fill="#333">N ↑</text>')
    out.append("</svg>")
    return "".join(out)
