"""Land-use indicators as CSV, JSON or a self-contained HTML report with charts.

The numbers come from :mod:`plu_model.indicators`; this module only presents
them, in English or Bulgarian.  Charts are drawn with matplotlib's object API
(``Figure`` + the Agg canvas, never ``pyplot``), so nothing global changes and no
GUI toolkit is loaded; they are embedded in the HTML as PNG data, so the report
is one file that opens anywhere, offline.

* the area chart: a bar per HILUCS class in the class's INSPIRE colour — hectares
  for one plan, shares of the zoned area when plans are compared;
* the density chart: per national zone type, the area-weighted maximum density
  and floor-area ratio (Кинт).
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from plu_model.atomic import write_atomic
from plu_model.i18n import Text, say_in
from plu_model.indicators import ClassFigures, PlanIndicators, compare_plans
from plu_model.user_numbers import format_user_number

__all__ = ["MAX_CHART_BARS", "area_chart_png", "density_chart_png", "indicators_csv", "indicators_html",
           "indicators_json", "plan_warnings", "write_report"]

_HATCHES = ("", "//", "..", "xx", "\\\\", "++")
_TEXT = {
    "title": Text("exporters.indicator_report", "Land-use indicators"),
    "area_chart": Text("exporters.indicator_report", "Area by HILUCS class"),
    "share_chart": Text("exporters.indicator_report", "Share of the zoned area by HILUCS class"),
    "density_chart": Text("exporters.indicator_report", "Permitted density by zone type"),
    "hectares": Text("exporters.indicator_report", "hectares"),
    "share_pct": Text("exporters.indicator_report", "% of the zoned area"),
    "density_pct": Text("exporters.indicator_report", "maximum density, % (area-weighted)"),
    "far": Text("exporters.indicator_report", "floor-area ratio (Кинт)"),
    "plan": Text("exporters.indicator_report", "Plan"),
    "class": Text("exporters.indicator_report", "Class"),
    "zone_type": Text("exporters.indicator_report", "Zone type"),
    "zones": Text("exporters.indicator_report", "Zones"),
    "area_ha": Text("exporters.indicator_report", "Area, ha"),
    "share": Text("exporters.indicator_report", "Share, %"),
    "floor_area": Text("exporters.indicator_report", "Permitted floor area, m²"),
    "footprint": Text("exporters.indicator_report", "Built footprint, m²"),
    "green_area": Text("exporters.indicator_report", "Minimum green area, m²"),
    "mean_far": Text("exporters.indicator_report", "Кинт (mean)"),
    "mean_density": Text("exporters.indicator_report", "Density, % (mean)"),
    "mean_green": Text("exporters.indicator_report", "Green, % (mean)"),
    "coverage": Text("exporters.indicator_report", "Area with indications, %"),
    "by_hilucs": Text("exporters.indicator_report", "By HILUCS class"),
    "by_zone": Text("exporters.indicator_report", "By zone type"),
    "comparison": Text("exporters.indicator_report", "Plans side by side, by HILUCS class"),
    "totals": Text("exporters.indicator_report", "Per-plan totals"),
    "plan_area": Text("exporters.indicator_report", "Plan area, ha"),
    "zoned_area": Text("exporters.indicator_report", "Zoned area, ha"),
    "gross_far": Text("exporters.indicator_report", "Gross floor-area ratio"),
    "notes": Text("exporters.indicator_report", "Areas in square metres in the plan's CRS (equal-area EPSG:3035 for "
                                                "geographic CRSs). Capacity figures sum over zones that carry the "
                                                "indication; 'area with indications' shows how much of the class "
                                                "does. A zone with several HILUCS values counts for the first, "
                                                "unless hilucsPresence gives percentages."),
    "none": "—",
}


def _said(key: str, language: str) -> str:
    text = _TEXT[key]
    return text.say(language) if isinstance(text, Text) else text


# -- CSV / JSON -----------------------------------------------------------------------
_CSV_FIELDS = [
    "plan", "grouping", "class_uri", "code", "label", "zones", "area_m2", "area_ha", "share_pct",
    "permitted_floor_area_m2", "built_footprint_m2", "min_green_area_m2", "mean_floor_area_ratio",
    "mean_max_density_pct", "mean_min_green_pct", "area_with_floor_area_ratio_m2", "area_with_density_m2",
    "area_with_green_share_m2", "max_height_m",
]


def _csv_row(plan: PlanIndicators, grouping: str, c: ClassFigures, language: str) -> dict[str, Any]:
    def r(v: float | None, nd: int = 2) -> Any:
        return "" if v is None else round(v, nd)

    return {
        "plan": plan.name, "grouping": grouping, "class_uri": c.key, "code": c.code, "label": c.label(language),
        "zones": c.zones, "area_m2": r(c.area), "area_ha": r(c.area / 10_000, 4), "share_pct": r(100 * c.share, 3),
        "permitted_floor_area_m2": r(c.floor_area), "built_footprint_m2": r(c.footprint),
        "min_green_area_m2": r(c.green_area), "mean_floor_area_ratio": r(c.mean_far, 4),
        "mean_max_density_pct": r(None if c.mean_density is None else 100 * c.mean_density, 3),
        "mean_min_green_pct": r(None if c.mean_green is None else 100 * c.mean_green, 3),
        "area_with_floor_area_ratio_m2": r(c.area_with_far), "area_with_density_m2": r(c.area_with_density),
        "area_with_green_share_m2": r(c.area_with_green), "max_height_m": r(c.max_height),
    }


def indicators_csv(plans: Sequence[PlanIndicators], stream: IO[str], language: str = "en") -> None:
    """One row per plan and class (``grouping``: hilucs, zone_type, total); machine-readable columns."""
    writer = csv.DictWriter(stream, fieldnames=_CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for p in plans:
        for c in p.by_hilucs:
            writer.writerow(_csv_row(p, "hilucs", c, language))
        for c in p.by_zone_type:
            writer.writerow(_csv_row(p, "zone_type", c, language))
        writer.writerow(_csv_row(p, "total", p.total, language))


def indicators_json(plans: Sequence[PlanIndicators]) -> str:
    """Every plan's figures and the side-by-side comparison by HILUCS class."""
    rows = compare_plans(plans)
    data = {
        "plans": [p.as_dict() for p in plans],
        "comparison_by_hilucs": [
            {
                "key": r.key, "code": r.code, "label": {"en": r.label_en, "bg": r.label_bg},
                "plans": [None if f is None else {"area_m2": f.area, "share": f.share, "zones": f.zones,
                                                   "permitted_floor_area_m2": f.floor_area} for f in r.figures],
            }
            for r in rows
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


# -- charts ----------------------------------------------------------------------------
def _height(bars: int) -> float:
    """Inches for a chart of ``bars`` bars: 0.45 each, within what matplotlib can draw (2¹⁶ pixels)."""
    return min(max(2.2, 0.45 * bars + 1.2), 0.45 * MAX_CHART_BARS + 1.2)


def _figure(rows: int, width: float = 8.0) -> tuple[Any, Any]:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, _height(rows)), dpi=100, layout="constrained")
    return fig, fig.add_subplot(1, 1, 1)


def _finish(fig: Any, axes: Sequence[Any], language: str) -> None:
    """Put a decimal comma on Bulgarian axes; the figure lays itself out (constrained layout, titles included)."""
    if language == "bg":
        from matplotlib.ticker import FuncFormatter

        for ax in axes:
            ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:g}".replace(".", ",")))


def _png(fig: Any) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", facecolor="white")
    return buffer.getvalue()


def _short(text: str, n: int = 42) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


#: bars a chart holds: more would not be read, and matplotlib refuses a picture taller than 65 535 pixels
MAX_CHART_BARS = 40


def _largest(rows: list[Any], plans: Sequence[PlanIndicators], area: Any) -> list[Any]:
    """The rows whose bars fit a chart: the largest by area over all plans, in their own order."""
    room = max(1, MAX_CHART_BARS // max(1, len(plans)))
    if len(rows) <= room:
        return rows
    keep = set(sorted(range(len(rows)), key=lambda i: -area(rows[i]))[:room])
    return [r for i, r in enumerate(rows) if i in keep]


def _nothing(ax: Any, text: str) -> None:
    """An empty chart says why, on axes from 0 (matplotlib's default for no data is −0.06 … 0.06)."""
    ax.set_xlim(0, 1)
    ax.set_yticks([])
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", fontsize=9, color="#555555")


def _titled(title: str, shown: int, total: int, language: str) -> str:
    """The chart's title, with a second line when only the largest classes have a bar."""
    if shown >= total:
        return title
    return title + "\n" + say_in(language, "exporters.indicator_report", "the {n} largest of {total}; every class is "
                                                                         "in the tables", n=shown, total=total)


def area_chart_png(plans: Sequence[PlanIndicators], language: str = "en") -> bytes:
    """Horizontal bars per HILUCS class in its INSPIRE colour: hectares (one plan) or shares (several)."""
    every = compare_plans(plans)
    rows = _largest(every, plans, lambda r: sum(f.area for f in r.figures if f is not None))
    single = len(plans) == 1
    fig, ax = _figure(len(rows) * max(1, len(plans)))
    height = 0.8 / max(1, len(plans))
    for i, row in enumerate(reversed(rows)):
        for j, figures in enumerate(row.figures):
            if figures is None:
                continue
            value = figures.area / 10_000 if single else 100 * figures.share
            y = i + (len(plans) - 1 - j) * height - 0.4 + height / 2
            ax.barh(y, value, height=height * 0.9, color=row.colour or "#999999",
                    edgecolor="none" if j == 0 else "white", hatch=_HATCHES[j % len(_HATCHES)], linewidth=0)
            shown = format_user_number(value, language, 2) if single else format_user_number(value, language, 1) + " %"
            ax.text(value, y, " " + shown, va="center", fontsize=8)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([_short(f"{r.code} {r.label(language)}") for r in reversed(rows)], fontsize=8)
    if not rows:
        _nothing(ax, say_in(language, "exporters.indicator_report", "no zones to chart"))
    ax.set_xlabel(_said("hectares" if single else "share_pct", language))
    ax.set_title(_titled(_said("area_chart" if single else "share_chart", language), len(rows), len(every), language))
    ax.margins(x=0.15)
    if not single:
        from matplotlib.patches import Patch

        handles = [Patch(facecolor="#bbbbbb", hatch=_HATCHES[j % len(_HATCHES)], edgecolor="white", label=_short(p.name, 30))
                   for j, p in enumerate(plans[:len(_HATCHES)])]  # past six plans the hatchings repeat
        ax.legend(handles=handles, fontsize=7, loc="lower right")
    _finish(fig, [ax], language)
    return _png(fig)


def density_chart_png(plans: Sequence[PlanIndicators], language: str = "en") -> bytes:
    """Per zone type: area-weighted maximum density (%) and floor-area ratio, side by side."""
    from matplotlib.figure import Figure

    keys: dict[str, ClassFigures] = {}
    for p in plans:
        for c in p.by_zone_type:
            if c.mean_density is not None or c.mean_far is not None:
                keys.setdefault(c.key, c)
    every = list(keys)
    names = _largest(every, plans, lambda k: sum(c.area for p in plans for c in p.by_zone_type if c.key == k))
    fig = Figure(figsize=(9.0, _height(len(names) * max(1, len(plans)))), dpi=100, layout="constrained")
    ax_d, ax_f = fig.add_subplot(1, 2, 1), fig.add_subplot(1, 2, 2)
    height = 0.8 / max(1, len(plans))
    for i, key in enumerate(reversed(names)):
        for j, p in enumerate(plans):
            c = next((x for x in p.by_zone_type if x.key == key), None)
            if c is None:
                continue
            y = i + (len(plans) - 1 - j) * height - 0.4 + height / 2
            style = dict(height=height * 0.9, color=keys[key].colour or "#999999", linewidth=0,
                         edgecolor="none" if j == 0 else "white", hatch=_HATCHES[j % len(_HATCHES)])
            if c.mean_density is not None:
                ax_d.barh(y, 100 * c.mean_density, **style)
                ax_d.text(100 * c.mean_density, y, f" {100 * c.mean_density:.0f} %", va="center", fontsize=8)
            if c.mean_far is not None:
                ax_f.barh(y, c.mean_far, **style)
                ax_f.text(c.mean_far, y, " " + format_user_number(c.mean_far, language, 2), va="center", fontsize=8)
    labels = [_short(f"{keys[k].code} {keys[k].label(language)}", 34) for k in reversed(names)]
    ax_d.set_yticks(range(len(names)))
    ax_d.set_yticklabels(labels, fontsize=8)
    ax_f.set_yticks(range(len(names)))
    ax_f.set_yticklabels([])
    ax_d.set_xlabel(_said("density_pct", language), fontsize=8)
    ax_f.set_xlabel(_said("far", language), fontsize=8)
    ax_d.set_xlim(0, 110)
    ax_f.margins(x=0.2)
    if not names:
        for ax in (ax_d, ax_f):
            _nothing(ax, say_in(language, "exporters.indicator_report", "no zone has a density or a Кинт"))
    fig.suptitle(_titled(_said("density_chart", language), len(names), len(every), language))
    _finish(fig, [ax_d, ax_f], language)
    return _png(fig)


# -- warnings ----------------------------------------------------------------------------
def plan_warnings(plan: PlanIndicators, language: str = "en") -> list[str]:
    """What a reader of the figures must know about the plan's own faults, in ``language``."""
    out = []
    if plan.overlap_area > 0.005:
        out.append(say_in(language, "exporters.indicator_report",
                          "{area} m² are covered by two zones or more: the zoned area and the capacity "
                          "figures count them once for each zone", area=_fmt(plan.overlap_area, 0, language)))
    if plan.repaired_zones:
        out.append(say_in(language, "exporters.indicator_report",
                          "{n} zone has an invalid geometry and was measured as repaired: {ids}",
                          plural="{n} zones have an invalid geometry and were measured as repaired: {ids}",
                          n=len(plan.repaired_zones), ids=_listed(plan.repaired_zones)))
    if plan.ignored:
        items = [f"{zone} {name}={value:g}" for zone, name, value in plan.ignored]
        out.append(say_in(language, "exporters.indicator_report",
                          "{n} dimensioning indication cannot be a limit and is left out: {items}",
                          plural="{n} dimensioning indications cannot be limits and are left out: {items}",
                          n=len(items), items=_listed(items)))
    return out


def _listed(items: Sequence[str], most: int = 8) -> str:
    shown = ", ".join(items[:most])
    return shown + (f", … (+{len(items) - most})" if len(items) > most else "")


# -- HTML --------------------------------------------------------------------------------
def _fmt(v: float | None, nd: int = 2, language: str = "en") -> str:
    """A table figure: thin-space thousands, and a decimal comma in Bulgarian."""
    if v is None:
        return "—"
    text = f"{v:,.{nd}f}".replace(",", "\u202f")
    return text.replace(".", ",") if language == "bg" else text


def _class_table(classes: Sequence[ClassFigures], language: str, first: str) -> str:
    head = [first, "zones", "area_ha", "share", "floor_area", "footprint", "green_area", "mean_far",
            "mean_density", "mean_green", "coverage"]
    out = ["<table><thead><tr>" + "".join(f"<th>{html.escape(_said(h, language))}</th>" for h in head)
           + "</tr></thead><tbody>"]
    for c in classes:
        swatch = f'<span class="sw" style="background:{c.colour}"></span>' if c.colour else ""
        coverage = 100 * c.area_with_far / c.area if c.area else None
        cells = [
            f"{swatch}<b>{html.escape(c.code)}</b> {html.escape(c.label(language))}", str(c.zones),
            _fmt(c.area / 10_000, 4, language), _fmt(100 * c.share, 2, language), _fmt(c.floor_area, 0, language),
            _fmt(c.footprint, 0, language), _fmt(c.green_area, 0, language), _fmt(c.mean_far, 2, language),
            _fmt(None if c.mean_density is None else 100 * c.mean_density, 1, language),
            _fmt(None if c.mean_green is None else 100 * c.mean_green, 1, language), _fmt(coverage, 0, language),
        ]
        out.append("<tr>" + "".join(f"<td>{x}</td>" for x in cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#222;max-width:1150px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px}h3{font-size:15px}
table{border-collapse:collapse;margin:8px 0 16px;font-size:12px}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:right}th{background:#f0f0f0}
td:first-child,th:first-child{text-align:left}
.sw{display:inline-block;width:10px;height:10px;margin-right:5px;border:1px solid #666;vertical-align:middle}
img{max-width:100%;border:1px solid #ddd;margin:6px 0}
.note{font-size:11px;color:#555}
.warn{font-size:12px;color:#8a1c00;border-left:3px solid #c0392b;padding-left:6px}
"""


def indicators_html(plans: Sequence[PlanIndicators], language: str = "en") -> str:
    """A self-contained HTML page: totals, tables per plan, the comparison and both charts."""
    lang = "bg" if language == "bg" else "en"
    area_png = base64.b64encode(area_chart_png(plans, lang)).decode()
    density_png = base64.b64encode(density_chart_png(plans, lang)).decode()
    parts = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{html.escape(_said('title', lang))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(_said('title', lang))}</h1>",
        f"<h2>{html.escape(_said('totals', lang))}</h2><table><thead><tr>",
        "".join(f"<th>{html.escape(_said(k, lang))}</th>" for k in
                ("plan", "zones", "plan_area", "zoned_area", "floor_area", "footprint", "green_area", "gross_far")),
        "</tr></thead><tbody>",
    ]
    for p in plans:
        gross = p.total.floor_area / p.zoned_area if p.zoned_area else None
        parts.append("<tr>" + "".join(f"<td>{x}</td>" for x in (
            html.escape(p.name), str(p.zones), _fmt(p.plan_area / 10_000, 4, lang),
            _fmt(p.zoned_area / 10_000, 4, lang), _fmt(p.total.floor_area, 0, lang), _fmt(p.total.footprint, 0, lang),
            _fmt(p.total.green_area, 0, lang), _fmt(gross, 3, lang),
        )) + "</tr>")
    parts.append("</tbody></table>")
    parts.append(f'<img alt="{html.escape(_said("area_chart", lang))}" src="data:image/png;base64,{area_png}">')
    parts.append(f'<img alt="{html.escape(_said("density_chart", lang))}" src="data:image/png;base64,{density_png}">')
    if len(plans) > 1:
        parts.append(f"<h2>{html.escape(_said('comparison', lang))}</h2><table><thead><tr>"
                     f"<th>{html.escape(_said('class', lang))}</th>")
        for p in plans:
            parts.append(f"<th>{html.escape(p.name)}<br>{html.escape(_said('area_ha', lang))}</th>"
                         f"<th>{html.escape(_said('share', lang))}</th>")
        parts.append("</tr></thead><tbody>")
        for row in compare_plans(plans):
            swatch = f'<span class="sw" style="background:{row.colour}"></span>' if row.colour else ""
            cells = [f"{swatch}<b>{html.escape(row.code)}</b> {html.escape(row.label(lang))}"]
            for f in row.figures:
                cells += ["—", "—"] if f is None else [_fmt(f.area / 10_000, 4, lang), _fmt(100 * f.share, 2, lang)]
            parts.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        parts.append("</tbody></table>")
    for p in plans:
        parts.append(f"<h2>{html.escape(p.name)}</h2>")
        if p.source:
            parts.append(f'<p class="note">{html.escape(p.source)} · EPSG:{p.crs}</p>')
        parts.extend(f'<p class="warn">{html.escape(w)}</p>' for w in plan_warnings(p, lang))
        parts.append(f"<h3>{html.escape(_said('by_hilucs', lang))}</h3>")
        parts.append(_class_table(p.by_hilucs + [p.total], lang, "class"))
        parts.append(f"<h3>{html.escape(_said('by_zone', lang))}</h3>")
        parts.append(_class_table(p.by_zone_type, lang, "zone_type"))
    parts.append(f'<p class="note">{html.escape(_said("notes", lang))}</p></body></html>')
    return "".join(parts)


def write_report(plans: Sequence[PlanIndicators], path: str | os.PathLike[str], fmt: str, language: str = "en") -> Path:
    """Write the report atomically in ``fmt`` (csv, json, html)."""
    if fmt == "csv":
        buffer = io.StringIO()
        indicators_csv(plans, buffer, language)
        text = buffer.getvalue()
    elif fmt == "json":
        text = indicators_json(plans) + "\n"
    elif fmt == "html":
        text = indicators_html(plans, language)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return write_atomic(path, text)
