"""The building check as a person reads it: text for the terminal, JSON for programs, a one-page PDF with a map.

The PDF is drawn with matplotlib's object API (no pyplot, no GUI backend), so
the CLI and the desktop tool produce the same sheet without starting QGIS.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from plu_model.i18n import Text, say_in
from plu_model.user_numbers import format_user_number
from validators.building_check import BuildingCheck, Figure, Verdict
from validators.zone_limits import citation, unit_text

__all__ = ["STATUS_TEXT", "building_json", "building_json_text", "building_text", "figure_text", "verdict_row", "write_building_pdf"]

INDICATION_TEXT = {
    "maxDensity": Text("validators.building_report", "build-up density"),
    "maxFloorAreaRatio": Text("validators.building_report", "floor-area ratio (Кинт)"),
    "minGreenShare": Text("validators.building_report", "green share"),
    "maxHeight": Text("validators.building_report", "height"),
}
STATUS_TEXT = {
    "within": Text("validators.building_report", "within"),
    "exceeds": Text("validators.building_report", "EXCEEDS"),
    "no-limit-known": Text("validators.building_report", "no limit known"),
    "not-computed": Text("validators.building_report", "not computed"),
    "cannot-tell": Text("validators.building_report", "cannot tell"),
}
PLOT_USE_TEXT = {
    "kindergarten": Text("validators.building_report", "law: kindergarten plot"),
    "school": Text("validators.building_report", "law: school plot"),
    "social-care": Text("validators.building_report", "law: social-care plot"),
    "sport": Text("validators.building_report", "law: sport ground"),
}
#: a figure under a minimum breaks the limit as one over a maximum does, but is said differently
_BELOW = Text("validators.building_report", "BELOW MINIMUM")
_UNITS = {"maxDensity": " %", "minGreenShare": " %", "maxHeight": " m", "maxFloorAreaRatio": ""}


def _said(text: Text, lang: str) -> str:
    return text.say(lang)


def _num(value: float, indication: str, lang: str) -> str:
    digits = 2 if indication == "maxFloorAreaRatio" else 1
    return f"{format_user_number(value, lang, digits)}{_UNITS[indication]}"


def figure_text(figure: Figure, lang: str) -> str:
    """A figure as shown: its value (``≤`` for an upper bound) or why it is missing."""
    if figure.value is None:
        return "—"
    return ("≤ " if not figure.exact else "") + _num(figure.value, figure.indication, lang)


def _authority(v: Verdict, lang: str) -> str:
    if v.authority == "plan":
        return say_in(lang, "validators.building_report", "plan")
    code = v.authority.partition(":")[2]
    if code in PLOT_USE_TEXT:
        return _said(PLOT_USE_TEXT[code], lang)
    return say_in(lang, "validators.building_report", "law") + (f" {code}" if code else "")


def _limit_text(v: Verdict, lang: str) -> str:
    if v.limit is None:
        return "—"
    word = say_in(lang, "validators.building_report", "min") if v.limit.min is not None else say_in(lang, "validators.building_report", "max")
    return f"{word} {format_user_number(float(v.limit.bound()), lang)}{unit_text(v.limit)}"


def verdict_row(v: Verdict, lang: str) -> dict[str, str]:
    """One verdict as the cells of a table row: zone, authority, figure, value, limit, verdict, source."""
    if v.limit is not None and v.authority != "plan":
        source = citation(v.limit, lang)
    elif v.limit is not None:
        source = say_in(lang, "validators.building_report", "the plan's own figure for zone ") + v.zone_id
    else:
        source = v.reason_bg if lang == "bg" else v.reason_en
    if v.status in ("not-computed", "cannot-tell"):
        source = (v.reason_bg if lang == "bg" else v.reason_en) + (f" — {source}" if v.limit is not None
                                                                    and v.authority != "plan" else "")
    return {
        "zone": (v.zone_bg if lang == "bg" else v.zone_en),
        "authority": _authority(v, lang),
        "figure": _said(INDICATION_TEXT[v.indication], lang),
        "value": "—" if v.value is None else ("" if v.exact else "≤ ") + _num(v.value, v.indication, lang),
        "limit": _limit_text(v, lang),
        "verdict": _said(_BELOW if v.status == "exceeds" and v.limit and v.limit.min is not None
                      else STATUS_TEXT[v.status], lang),
        "source": source,
    }


def _summary(result: BuildingCheck, lang: str) -> str:
    over = sum(v.status == "exceeds" for v in result.verdicts)
    unknown = sum(v.status == "no-limit-known" for v in result.verdicts)
    if over:
        return say_in(lang, "validators.building_report", "Result: {n} limit exceeded",
                                                          plural="Result: {n} limits exceeded", n=over)
    text = say_in(lang, "validators.building_report", "Result: within every known limit")
    if unknown:
        text += say_in(lang, "validators.building_report", " ({unknown} with no limit known)", unknown=unknown)
    return text


def _head(result: BuildingCheck, lang: str) -> list[str]:
    bg = lang == "bg"
    lines = [say_in(lang, "validators.building_report", "Building check against the zone")
             + f" — {say_in(lang, 'validators.building_report', 'profile')} {result.profile}"]
    plot = (f"{format_user_number(result.plot_area, lang, 1)} m²" if result.plot_area
            else say_in(lang, "validators.building_report", "not given"))
    footprint = format_user_number(result.footprint_area, lang, 1)
    lines.append(f"{say_in(lang, 'validators.building_report', 'Footprint')} {footprint} m²; "
                 f"{say_in(lang, 'validators.building_report', 'plot')} {plot}")
    for share in result.zones:
        label = share.label_bg if bg else share.label_en
        lines.append(f"{say_in(lang, 'validators.building_report', 'Zone')} {label}: "
                     f"{format_user_number(100 * share.share, lang, 1)} % "
                     f"{say_in(lang, 'validators.building_report', 'of the footprint')}")
    return lines


def building_text(result: BuildingCheck, lang: str) -> str:
    """The report for a terminal, in the user's language."""
    lines = _head(result, lang)
    lines.append("")
    lines.append(say_in(lang, "validators.building_report", "The building's figures:"))
    for f in result.figures.values():
        basis = f.basis.say(lang)
        lines.append(f"  {_said(INDICATION_TEXT[f.indication], lang):26} {figure_text(f, lang):>12}   {basis}")
    lines.append("")
    lines.append(say_in(lang, "validators.building_report", "Against the limits:"))
    for v in result.verdicts:
        r = verdict_row(v, lang)
        lines.append(f"  {r['zone']} · {r['authority']} · {r['figure']}: {r['value']} / {r['limit']} → "
                     f"{r['verdict']} ({r['source']})")
    for note in result.notes:
        lines.append(say_in(lang, "validators.building_report", "Note: ") + note.say(lang))
    lines.append(_summary(result, lang))
    return "\n".join(lines) + "\n"


def building_json(result: BuildingCheck) -> dict[str, Any]:
    """The report for programs: both languages, numbers unrounded."""
    def limit(v: Verdict) -> dict[str, Any] | None:
        if v.limit is None:
            return None
        lim = v.limit
        return {"min": lim.min, "max": lim.max, "uom": lim.uom, "source": lim.source,
                "range": list(lim.range) if lim.range else None, "confidence": lim.confidence,
                "replaces": lim.replaces or None, "citation_en": citation(lim, "en"), "citation_bg": citation(lim, "bg")}

    return {
        "profile": result.profile,
        "footprint_area_m2": result.footprint_area,
        "plot_area_m2": result.plot_area,
        "outside_share": result.outside_share,
        "zones": [{"gml_id": s.gml_id, "zone_types": list(s.zone_types), "share": s.share} for s in result.zones],
        "figures": {k: {"value": f.value, "exact": f.exact, "basis_en": f.basis.say("en"), "basis_bg": f.basis.say("bg")}
                    for k, f in result.figures.items()},
        "verdicts": [{"zone": v.zone_id, "authority": v.authority, "indication": v.indication, "status": v.status,
                      "value": v.value, "limit": limit(v), "reason_en": v.reason_en or None,
                      "reason_bg": v.reason_bg or None} for v in result.verdicts],
        "notes": [{"en": note.say("en"), "bg": note.say("bg")} for note in result.notes],
        "exceeds": result.exceeds,
    }


def building_json_text(result: BuildingCheck) -> str:
    return json.dumps(building_json(result), ensure_ascii=False, indent=2) + "\n"


def write_building_pdf(result: BuildingCheck, path: str | Path, lang: str, title: str = "") -> None:
    """A one-page A4 sheet: heading, map of plot, footprint and zone boundaries, the verdict table."""
    from validators.building_pdf import draw_sheet  # matplotlib loads only when a PDF is asked for

    draw_sheet(result, Path(path), lang, title, _head(result, lang), _summary(result, lang))
