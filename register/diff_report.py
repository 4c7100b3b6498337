"""A plan diff for people: one line per change (text) and an HTML page with a map picture."""

from __future__ import annotations

import base64
import html
import io

from plu_model.attribute_names import ATTRIBUTE_NAMES
from plu_model.class_names import feature_class_name
from plu_model.features import Feature, geometry_of
from plu_model.i18n import Text, both, say_in
from register.diff import FeatureChange, PlanDiff

__all__ = ["diff_html", "diff_png", "diff_text"]

_COLOURS = {"added": "#2e9d3a", "removed": "#d23c3c", "changed": "#f0a020", "same": "#d9d9d9"}


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


def _draw(ax: object, geom: object, colour: str, alpha: float, removed: bool = False) -> None:
    """Fill a zone; a removed one is red hatching over whatever replaced it, so both stay visible."""
    for part in getattr(geom, "geoms", [geom]):
        if hasattr(part, "exterior"):
            xs, ys = part.exterior.xy
            if removed:
                ax.fill(xs, ys, facecolor="none", edgecolor=colour, hatch="///", linewidth=1.2)  # type: ignore[attr-defined]
            else:
                ax.fill(xs, ys, facecolor=colour, edgecolor="#444444", linewidth=0.4, alpha=alpha)  # type: ignore[attr-defined]


def _outline(ax: object, geom: object, colour: str) -> None:
    for part in getattr(geom, "geoms", [geom]):
        if hasattr(part, "exterior"):
            xs, ys = part.exterior.xy
            ax.plot(xs, ys, color=colour, linestyle="--", linewidth=1.5)  # type: ignore[attr-defined]


def diff_png(d: PlanDiff, width_px: int = 900) -> bytes:
    """A map of the zoning: unchanged grey, added green, removed red, changed orange."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    fig = Figure(figsize=(width_px / 100, width_px / 100 * 0.75), dpi=100)
    ax = fig.add_subplot(1, 1, 1)
    changed = {c.local_id for c in d.changed}
    added = {f.inspire_id.local_id for f in d.added}
    for f in d.after.zoning_elements:
        kind = "added" if f.inspire_id.local_id in added else "changed" if f.inspire_id.local_id in changed else "same"
        _draw(ax, geometry_of(f), _COLOURS[kind], 0.85)
    before = {f.inspire_id.local_id: f for f in d.before.zoning_elements}
    for c in d.changed:
        if "geometry" in c.attributes and c.local_id in before:
            _outline(ax, geometry_of(before[c.local_id]), "#a05a00")  # where the zone was
    for f in d.removed:
        if f.class_name == "ZoningElement":
            _draw(ax, geometry_of(f), _COLOURS["removed"], 1.0, removed=True)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(f"{d.before_ref} → {d.after_ref}", fontsize=10)
    labels = {k: both(text, bulgarian_first=True) for k, text in (
        ("added", Text("register.diff_report#map", "added")), ("removed", Text("register.diff_report#map", "removed")), ("changed", Text("register.diff_report#map", "changed")),
        ("same", Text("register.diff_report#map", "unchanged")))}
    ax.legend(handles=[Patch(color=c, label=labels[k]) for k, c in _COLOURS.items()], loc="upper left",
              bbox_to_anchor=(1.02, 1.0), fontsize=8)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
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
