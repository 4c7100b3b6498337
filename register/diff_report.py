"""A plan diff for people: one line per change (text) and an HTML page with a map picture."""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable
from typing import Any

from plu_model.attribute_names import ATTRIBUTE_NAMES
from plu_model.class_names import feature_class_name
from plu_model.features import Feature, geometry_of
from plu_model.i18n import Text, both, say_in
from register.diff import DRAW_ORDER, FeatureChange, PlanDiff

__all__ = ["CHANGE_WORDS", "diff_figure", "diff_html", "diff_png", "diff_text"]

_COLOURS = {"added": "#2e9d3a", "removed": "#d23c3c", "changed": "#f0a020", "same": "#d9d9d9", "was": "#a05a00"}


#: a map's legend words for each kind of shape (:data:`register.diff.DRAW_ORDER`); the desktop's diff layer uses them too
CHANGE_WORDS = {"added": Text("register.diff_report#map", "added"),
                "removed": Text("register.diff_report#map", "removed"),
                "changed": Text("register.diff_report#map", "changed"),
                "same": Text("register.diff_report#map", "unchanged"),
                "was": Text("register.diff_report#map", "before the change")}


def _area(value: float, language: str) -> str:
    """``40 000`` / ``40,000``; ``12,5`` / ``12.5``: an area as the reader writes numbers."""
    text = f"{value:,.2f}".rstrip("0").removesuffix(".")
    return text.replace(",", "\u00a0").replace(".", ",") if language == "bg" else text


def _attributes(c: FeatureChange, language: str) -> str:
    """The changed attributes by their form labels (``Предназначение по HILUCS``), not their codes."""
    return ", ".join(ATTRIBUTE_NAMES[a].say(language) if a in ATTRIBUTE_NAMES else a.replace("_", " ")
                     for a in c.attributes)


def _areas(c: FeatureChange, language: str) -> str:
    if c.area_before is None or c.area_after is None:
        return ""
    said = say_in(language, "register.diff_report", "({area} {before} → {after} m², {changed} m² {changed_word})",
                  area=Text("register.diff_report", "area"), before=_area(c.area_before, language),
                  after=_area(c.area_after, language), changed=_area(c.area_changed, language),
                  changed_word=Text("register.diff_report", "changed"))
    return f" {said}"


def _feature(f: Feature, language: str) -> str:
    return f"{feature_class_name(f.class_name, language)} {f.inspire_id.local_id}"


def diff_text(d: PlanDiff, language: str = "en") -> str:
    """One line per change: ``+`` added, ``-`` removed, ``~`` changed (which attributes, areas in m²).

    Classes and attributes by their names in the reader's language; ``--json`` keeps the codes.
    """
    lines = [f"{d.before_ref} → {d.after_ref}"]
    lines += [f"+ {_feature(f, language)}" for f in d.added]
    lines += [f"- {_feature(f, language)}" for f in d.removed]
    for c in d.changed:
        lines.append(f"~ {feature_class_name(c.class_name, language)} {c.local_id}: "
                     f"{_attributes(c, language)}{_areas(c, language)}")
    if d.empty:
        lines.append(say_in(language, "register.diff_report", "no differences"))
    return "\n".join(lines)


def _parts(geom: object) -> list[object]:
    return [part for part in getattr(geom, "geoms", [geom]) if hasattr(part, "exterior")]


def _fill(ax: object, geom: object, kind: str, z: int) -> None:
    for part in _parts(geom):
        xs, ys = part.exterior.xy  # type: ignore[attr-defined]
        ax.fill(xs, ys, facecolor=_COLOURS[kind], edgecolor="#444444", linewidth=0.4, alpha=0.85, zorder=z)  # type: ignore[attr-defined]


def _edge(ax: object, geom: object, kind: str, z: int) -> None:
    """A change's boundary in its colour, drawn over every fill.

    An added zone laid over a changed one then hides its fill, not its shape.
    """
    for part in _parts(geom):
        xs, ys = part.exterior.xy  # type: ignore[attr-defined]
        ax.plot(xs, ys, color=_COLOURS[kind], linewidth=1.6, zorder=z)  # type: ignore[attr-defined]


def _hatch(ax: object, geom: object, kind: str, z: int) -> None:
    """A removed zone: red hatching without a fill, so what replaced it shows through."""
    for part in _parts(geom):
        xs, ys = part.exterior.xy  # type: ignore[attr-defined]
        ax.fill(xs, ys, facecolor="none", edgecolor=_COLOURS[kind], hatch="///", linewidth=1.6, zorder=z)  # type: ignore[attr-defined]


def _dashed(ax: object, geom: object, kind: str, z: int) -> None:
    for part in _parts(geom):
        xs, ys = part.exterior.xy  # type: ignore[attr-defined]
        ax.plot(xs, ys, color=_COLOURS[kind], linestyle="--", linewidth=1.5, zorder=z)  # type: ignore[attr-defined]


#: how each kind of shape is drawn, bottom to top (:data:`register.diff.DRAW_ORDER`, with the changed
#: and added boundaries stroked again once every fill is down).  Each pass has its own z-order:
#: matplotlib draws lines over patches whatever the order of the calls.
_PASSES: tuple[tuple[str, Callable[[object, object, str, int], None]], ...] = (
    ("same", _fill), ("changed", _fill), ("added", _fill), ("changed", _edge), ("added", _edge),
    ("removed", _hatch), ("was", _dashed))


def _shapes(d: PlanDiff) -> dict[str, list[object]]:
    """The zoning's shapes by kind: the diff's rows, and the zones it does not name as unchanged context."""
    shapes: dict[str, list[object]] = {kind: [] for kind in DRAW_ORDER}
    named = set()
    for kind, class_name, local_id, _attributes, _area, geom in d.rows():
        if class_name == "ZoningElement":
            shapes[kind].append(geom)
            named.add(local_id)
    shapes["same"] = [g for f in d.after.zoning_elements
                      if f.inspire_id.local_id not in named and (g := geometry_of(f)) is not None]
    return shapes


def _legend(fig: object) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles: list[object] = [Patch(color=_COLOURS[k], label=both(CHANGE_WORDS[k], bulgarian_first=True))
                             for k in ("added", "removed", "changed", "same")]
    handles.append(Line2D([], [], color=_COLOURS["was"], linestyle="--",
                          label=both(CHANGE_WORDS["was"], bulgarian_first=True)))
    fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.70, 0.93), fontsize=8)  # type: ignore[attr-defined]


def diff_figure(d: PlanDiff, width_px: int = 900) -> Any:
    """The map of the zoning as a matplotlib figure (the map in its left two thirds, the legend right of it).

    Unchanged grey at the bottom; over it changed orange and added green, then removed red hatching
    and a changed zone's old outline dashed, so no change hides under a neighbour (:data:`DRAW_ORDER`).
    """
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_px / 100, width_px / 100 * 0.75), dpi=100)
    ax = fig.add_axes((0.02, 0.02, 0.66, 0.90))
    shapes = _shapes(d)
    for z, (kind, draw) in enumerate(_PASSES, start=1):
        for geom in shapes[kind]:
            draw(ax, geom, kind, z)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(f"{d.before_ref} → {d.after_ref}", fontsize=10)
    _legend(fig)
    return fig


def diff_png(d: PlanDiff, width_px: int = 900) -> bytes:
    """:func:`diff_figure` as PNG bytes, uncropped: a pixel of the picture is the figure's pixel."""
    buf = io.BytesIO()
    diff_figure(d, width_px).savefig(buf, format="png")
    return buf.getvalue()


def _row(kind: str, sign: str, class_name: str, local_id: str, what: str = "") -> str:
    named = f"{feature_class_name(class_name, 'bg')} / {feature_class_name(class_name, 'en')}"
    return (f"<tr class='{kind}'><td>{sign}</td><td>{html.escape(named)}</td>"
            f"<td class='id'>{html.escape(local_id)}</td><td>{what}</td></tr>")


def _what(c: FeatureChange) -> str:
    """The changed attributes and areas in Bulgarian, then (in grey) in English: the page is for either reader."""
    bg, en = (html.escape(_attributes(c, lang) + _areas(c, lang)) for lang in ("bg", "en"))
    return f"{bg}<br><span class='en'>{en}</span>"


def diff_html(d: PlanDiff) -> str:
    """A self-contained page: the counts, the map and a table of every change."""
    img = base64.b64encode(diff_png(d)).decode("ascii")
    rows = [_row("added", "+", f.class_name, f.inspire_id.local_id) for f in d.added]
    rows += [_row("removed", "−", f.class_name, f.inspire_id.local_id) for f in d.removed]
    rows += [_row("changed", "~", c.class_name, c.local_id, _what(c)) for c in d.changed]
    title = html.escape(f"{d.before_ref} → {d.after_ref}")
    return f"""<!DOCTYPE html>
<html lang="bg"><head><meta charset="utf-8"><title>{both(Text("register.diff_report", "Differences"), bulgarian_first=True)} {title}</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;margin:2em}} td,th{{padding:2px 8px;text-align:left}}
td.id{{white-space:nowrap}} span.en{{color:#555}} tr.added{{background:#e3f4e5}} tr.removed{{background:#f8e0e0}} tr.changed{{background:#fdf0d8}}</style></head>
<body><h1>{both(Text("register.diff_report", "Differences between versions"), bulgarian_first=True)}</h1><p>{title}</p>
<p>{both(Text("register.diff_report#counts", "added"), bulgarian_first=True)}: {len(d.added)} · {both(Text("register.diff_report#counts", "removed"), bulgarian_first=True)}: {len(d.removed)} · {both(Text("register.diff_report#counts", "changed"), bulgarian_first=True)}: {len(d.changed)}</p>
<img alt="{both(Text("register.diff_report", "map of the differences"), bulgarian_first=True)}" src="data:image/png;base64,{img}">
<table><tr><th></th><th>{both(Text("register.diff_report", "class"), bulgarian_first=True)}</th><th>localId</th><th>{both(Text("register.diff_report", "what"), bulgarian_first=True)}</th></tr>
{''.join(rows)}</table></body></html>
"""
