"""The building check's one-page PDF: a map of plot, footprint and zone boundaries above the verdict table.

Drawn with matplotlib's object API on its PDF canvas: no pyplot, no GUI
toolkit, DejaVu Sans for Cyrillic.  The table is cut to what fits on one page;
the sheet then says how many rows the text or JSON report has in addition.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import replace
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_pdf import FigureCanvasPdf
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from plu_model.atomic import write_atomic
from plu_model.crs import is_geographic, reproject
from plu_model.i18n import Words, say_in
from validators.building_check import BuildingCheck, map_focus
from validators.building_report import verdict_row

__all__ = ["draw_sheet"]

_A4 = (8.27, 11.69)
_MAX_LINES = 4
#: where a plan in degrees is drawn, so that margins and the scale bar are metres
_METRIC = 3035
_COLS = [("zone", 0.0, 0.13), ("authority", 0.13, 0.10), ("figure", 0.23, 0.13), ("value", 0.36, 0.08),
         ("limit", 0.44, 0.09), ("verdict", 0.53, 0.11), ("source", 0.64, 0.36)]
_HEADERS = Words("validators.building_pdf", {
               "zone": "Zone",
               "authority": "Limit of",
               "figure": "Figure",
               "value": "Building",
               "limit": "Limit",
               "verdict": "Verdict",
               "source": "Article / reason",
           })
_ZONE_COLOURS = ["#f3d9b1", "#cfe3c3", "#d8d0ea", "#f6c9c0", "#cde0ee"]


def _polygons(geom: BaseGeometry | None) -> list[Polygon]:
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]


def _patch(geom: BaseGeometry | None, **style) -> list[PathPatch]:
    out = []
    for poly in _polygons(geom):
        rings = [poly.exterior, *poly.interiors]
        verts, codes = [], []
        for ring in rings:
            xy = list(ring.coords)
            verts += xy
            codes += [MplPath.MOVETO] + [MplPath.LINETO] * (len(xy) - 2) + [MplPath.CLOSEPOLY]
        out.append(PathPatch(MplPath(verts, codes), **style))
    return out


def _in_metres(result: BuildingCheck) -> BuildingCheck:
    """The check with its map's geometries in metres: a plan in degrees is drawn in ETRS89-LAEA (EPSG:3035).

    The map's margins and scale bar are lengths; in degrees a 20 m footprint vanished in a
    view of a degree and the bar read "0.0002 m".
    """
    if result.crs is None or not is_geographic(result.crs):
        return result

    def metric(geom: BaseGeometry | None) -> BaseGeometry | None:
        return None if geom is None else reproject(geom, result.crs, _METRIC)

    return replace(result, footprint=metric(result.footprint), plot=metric(result.plot),
                   zone_geometries={k: metric(g) for k, g in result.zone_geometries.items()},
                   nearby={k: metric(g) for k, g in result.nearby.items()})


def _map(fig: Figure, result: BuildingCheck, lang: str) -> None:
    ax = fig.add_axes((0.08, 0.50, 0.84, 0.36))
    result = _in_metres(result)
    focus = map_focus(result.footprint, result.plot) if result.footprint is not None else None
    x0, y0, x1, y1 = focus.bounds if focus is not None else (0, 0, 1, 1)
    pad = max(x1 - x0, y1 - y0, 1.0) * 0.6
    view = focus.buffer(pad) if focus is not None else None
    for gml_id, geom in result.nearby.items():
        for p in _patch(geom, facecolor="#ececec", edgecolor="#8c8c8c", linewidth=0.8):
            ax.add_patch(p)
        shown = geom.intersection(view) if view is not None else geom  # label the part in view
        if not shown.is_empty and shown.area > 0:
            at = shown.representative_point()
            ax.annotate(gml_id, (at.x, at.y), fontsize=6, color="#666666", ha="center")
    for i, (gml_id, geom) in enumerate(result.zone_geometries.items()):
        for p in _patch(geom, facecolor=_ZONE_COLOURS[i % len(_ZONE_COLOURS)], edgecolor="#7a4b00", linewidth=1.6):
            ax.add_patch(p)
        share = next((s for s in result.zones if s.gml_id == gml_id), None)
        clipped = geom.intersection(focus.buffer(pad)) if focus is not None else geom
        if focus is not None and not clipped.difference(focus.buffer(pad / 6)).is_empty:
            clipped = clipped.difference(focus.buffer(pad / 6))
        if share is not None and not clipped.is_empty:
            at = clipped.representative_point()
            ax.annotate(share.label_bg if lang == "bg" else share.label_en, (at.x, at.y), fontsize=7,
                        color="#5a3700", ha="center")
    for p in _patch(result.plot, facecolor="none", edgecolor="#1f5fa8", linewidth=1.4, linestyle="--"):
        ax.add_patch(p)
    for p in _patch(result.footprint, facecolor="#d9534f", edgecolor="#8b0000", linewidth=1.0, alpha=0.75,
                    hatch="///"):
        ax.add_patch(p)
    ax.set_xlim(x0 - pad, x1 + pad)
    ax.set_ylim(y0 - pad, y1 + pad)
    ax.set_aspect("equal", adjustable="datalim")
    ax.set_xticks([])
    ax.set_yticks([])
    _scale_bar(ax, x0 - pad, y0 - pad, x1 - x0 + 2 * pad)
    legend = say_in(lang, "validators.building_pdf", "building footprint (red), plot (blue dashed), zone boundaries "
                                                     "(brown)")
    crs = f" · EPSG:{result.crs}" if result.crs else ""
    if result.crs is not None and is_geographic(result.crs):
        crs += f" → EPSG:{_METRIC}"
    ax.set_title(legend + crs, fontsize=7)


def _scale_bar(ax, x: float, y: float, span: float) -> None:  # type: ignore[no-untyped-def]
    """A bar of a round length (1, 2 or 5 × 10ⁿ metres) in the lower-left corner."""
    import math

    raw = span / 5
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    length = next(m * power for m in (5, 2, 1) if m * power <= raw) if raw >= power else power
    x0, y0 = x + span * 0.04, y + span * 0.04
    ax.plot([x0, x0 + length], [y0, y0], color="black", linewidth=2)
    ax.annotate(f"{length:g} m", (x0 + length / 2, y0), xytext=(0, 3), textcoords="offset points",
                ha="center", fontsize=6)


def _cell(text: str, key: str, width: float) -> list[str]:
    """A cell's lines, at most four; a cut one ends in "…" so that nobody reads half a citation as the whole."""
    per_char = {"source": 105, "verdict": 100}.get(key, 125)  # capitals ("ПОД МИНИМУМА") are wide
    lines = textwrap.wrap(text, max(8, int(width * per_char)), break_long_words=False) or [""]
    if len(lines) > _MAX_LINES:
        lines = lines[:_MAX_LINES]
        lines[-1] = lines[-1].rstrip(" ,;.") + " …"
    return lines


def _chosen(result: BuildingCheck, heights: list[float], room: float) -> list[int]:
    """The rows that fit in ``room``, every exceeded limit first: a cut sheet must never hide an excess."""
    order = sorted(range(len(heights)), key=lambda i: result.verdicts[i].status != "exceeds")
    picked: list[int] = []
    used = 0.0
    for i in order:
        more_line = 0.012 if len(picked) + 1 < len(heights) else 0.0  # "… n more rows"
        if used + heights[i] + more_line > room:
            continue  # a shorter row further on may still fit
        picked.append(i)
        used += heights[i]
    return sorted(picked)


def _table(fig: Figure, result: BuildingCheck, lang: str, bottom: float) -> None:
    headers = _HEADERS["bg" if lang == "bg" else "en"]
    left, width, y = 0.05, 0.90, 0.46
    deepest = 1
    for key, x, w in _COLS:  # a header wraps within its column ("Норматив по" ran into "Показател")
        lines = textwrap.wrap(headers[key], max(6, int(w * 95)), break_long_words=False) or [""]
        deepest = max(deepest, len(lines))
        fig.text(left + x * width, y, "\n".join(lines), fontsize=7, fontweight="bold", va="top")
    y -= 0.016 + 0.011 * (deepest - 1)
    rows = [verdict_row(v, lang) for v in result.verdicts]
    for row in rows:  # keep a figure with its unit and word on one line
        for key in ("value", "limit"):
            row[key] = row[key].replace(" ", "\u00a0")
    cells = [{key: _cell(row[key], key, w) for key, _, w in _COLS} for row in rows]
    heights = [0.0105 * max(len(c) for c in cell.values()) + 0.003 for cell in cells]
    shown = _chosen(result, heights, y - bottom)
    for i in shown:
        colour = "#b00000" if result.verdicts[i].status == "exceeds" else "#222222"
        for key, x, _ in _COLS:
            fig.text(left + x * width, y, "\n".join(cells[i][key]), fontsize=6, va="top", color=colour)
        y -= heights[i]
    if len(shown) < len(rows):
        rest = len(rows) - len(shown)
        fig.text(left, y, say_in(lang, "validators.building_pdf", "… {n} more row in the text or JSON report",
                                                                  plural="… {n} more rows in the text or JSON report",
                                                                  n=rest), fontsize=6, va="top")


def draw_sheet(result: BuildingCheck, path: Path, lang: str, title: str, head: list[str], summary: str) -> None:
    """Write the sheet to ``path`` (atomically: a failed run leaves no half-written PDF)."""
    fig = Figure(figsize=_A4)
    FigureCanvasPdf(fig)
    fig.text(0.05, 0.965, head[0], fontsize=12, fontweight="bold", va="top")
    if title:
        fig.text(0.05, 0.94, textwrap.shorten(title, 100, placeholder=" …"), fontsize=9, va="top")
    fig.text(0.05, 0.92, "\n".join(head[1:] + [summary]), fontsize=8, va="top")
    _map(fig, result, lang)
    notes = [note.say(lang) for note in result.notes]
    _table(fig, result, lang, bottom=0.04 + 0.0105 * len(notes) + 0.004)
    if notes:  # every note: one may say that the footprint leaves its plot
        fig.text(0.05, 0.04, "\n".join(notes), fontsize=6, va="bottom")
    buffer = io.BytesIO()
    # TrueType fonts (not Type 3) carry a Unicode map: the Cyrillic text can be searched and copied
    with matplotlib.rc_context({"pdf.fonttype": 42}):
        fig.savefig(buffer, format="pdf")
    write_atomic(path, buffer.getvalue())
