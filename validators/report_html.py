"""A self-contained, bilingual HTML validation report: verdict, summary, map, every finding.

One file with inline CSS and an inline SVG map, so it can be mailed, attached
to a ticket or opened offline.  Every label is in English and Bulgarian.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from plu_model.atomic import write_atomic
from plu_model.findings import Severity
from plu_model.i18n import Text
from validators.map_svg import SEVERITY_COLOURS, map_svg
from validators.report import ValidationReport
from validators.rules import FAMILIES, RULES
from validators.topology import metres_per_unit

__all__ = ["html_report", "write_html"]

#: findings in the table; the rest are summarised (the JSON report has all)
MAX_ROWS = 3000

_SEVERITY_NAMES = {
    Severity.FATAL: Text("validators.report_html", "Unusable"),
    Severity.ERROR: Text("validators.report_html", "Errors"),
    Severity.WARNING: Text("validators.report_html", "Warnings"),
    Severity.INFO: Text("validators.report_html", "Notes"),
}
_SEVERITY_ONE = {
    Severity.FATAL: Text("validators.report_html", "fatal"),
    Severity.ERROR: Text("validators.report_html", "error"),
    Severity.WARNING: Text("validators.report_html", "warning"),
    Severity.INFO: Text("validators.report_html", "note"),
}
_VERDICT = {
    "valid": (Text("validators.report_html", "Valid: nothing worse than a warning"), "#2e7d32"),
    "invalid": (Text("validators.report_html", "Not valid: the plan has errors"), "#c62828"),
    "incomplete": (Text("validators.report_html", "Incomplete: no error found, but a check could not run"), "#e65100"),
    "unusable": (Text("validators.report_html", "Not checked: the input could not be used"), "#6a1b9a"),
}

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#212121;background:#fff;font-size:14px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:26px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.bg{color:#555}.meta{color:#555;margin:2px 0}.verdict{display:inline-block;padding:8px 14px;border-radius:4px;
color:#fff;font-weight:bold;margin:12px 0}.cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #ddd;
border-radius:4px;padding:10px 14px;min-width:150px}.card .n{font-size:26px;font-weight:bold}
table{border-collapse:collapse;width:100%;margin-top:6px}th,td{border:1px solid #e0e0e0;padding:4px 6px;
text-align:left;vertical-align:top}th{background:#f5f5f5}td.sev{font-weight:bold;white-space:nowrap}
code{font-size:12px}.small{font-size:12px;color:#666}.legend span{display:inline-block;margin-right:14px}
.dot{display:inline-block;width:11px;height:11px;border-radius:6px;margin-right:4px;vertical-align:middle}
"""


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text))


def _both(text: Text) -> str:
    """A heading in both languages (the page is read in either)."""
    return f'{_e(text.say("en"))} <span class="bg">· {_e(text.say("bg"))}</span>'


def _plain(text: Text) -> str:
    """Both languages in one run of text: ``English · Български``."""
    return f"{_e(text.say('en'))} · {_e(text.say('bg'))}"


def html_report(report: ValidationReport) -> str:
    """The report as one HTML page."""
    severities = report.by_severity()
    verdict, colour = _VERDICT[report.verdict]
    rows = []
    for i, f in enumerate(report.findings[:MAX_ROWS], 1):
        en_sev, bg_sev = _SEVERITY_ONE[f.severity].say("en"), _SEVERITY_ONE[f.severity].say("bg")
        count = f" ×{f.count}" if f.count > 1 else ""
        where = []
        if f.gml_id or f.feature_id:
            where.append(f"<code>{_e(f.gml_id or f.feature_id)}</code>")
        if f.line:
            where.append(f"{_plain(Text('validators.report_html', 'line'))} {f.line}")
        fix = f'<div class="small">{_plain(Text("validators.report_html", "fix"))}: {_e(f.fix)}</div>' if f.fix else ""
        rows.append(
            f'<tr><td>{i}</td><td class="sev" style="color:{SEVERITY_COLOURS[f.severity]}">{en_sev}<br>'
            f'<span class="bg">{bg_sev}</span></td><td><code>{_e(f.rule)}</code>{count}</td>'
            f'<td>{"<br>".join(where)}</td><td>{_e(f.message_en)}<br><span class="bg">{_e(f.message_bg)}</span>'
            f"{fix}</td></tr>"
        )
    more = ""
    if len(report.findings) > MAX_ROWS:
        rest = len(report.findings) - MAX_ROWS
        said = _plain(Text("validators.report_html", "{n} more finding is in the JSON report",
                                                     plural="{n} more findings are in the JSON report", n=rest))
        more = f'<p class="small">{said}</p>'
    rule_rows = []
    for s in report.by_rule():
        family = FAMILIES.get(s.family)
        ets = RULES[s.rule].ets if s.rule in RULES else None
        rule_rows.append(
            f'<tr><td><code>{_e(s.rule)}</code></td><td>{_both(family.caption) if family else ""}'
            f'</td><td class="sev" style="color:{SEVERITY_COLOURS[s.severity]}">{_SEVERITY_ONE[s.severity].say("en")}</td>'
            f"<td>{s.count}</td><td>{_e(s.title_en)}<br><span class=\"bg\">{_e(s.title_bg)}</span></td>"
            f"<td>{_e(ets or '')}</td></tr>"
        )
    cards = "".join(
        f'<div class="card"><div class="n" style="color:{SEVERITY_COLOURS[sev]}">{n}</div>'
        f"{_both(_SEVERITY_NAMES[sev])}</div>"
        for sev, n in severities.items()
    )
    counts = ", ".join(f"{k}: {v}" for k, v in report.counts.items()) or "—"
    timings = ", ".join(f"{k} {v:.2f} s" for k, v in sorted(report.timings.items()))
    opts = report.options
    unit = "CRS units"
    if report.crs:
        per = metres_per_unit(report.crs)
        unit = "°" if per is None else "m" if per == 1.0 else f"× {per:g} m"
    svg = map_svg(report.findings, report.extents, report.zones, title="map of findings", unit=unit)
    legend = "".join(
        f'<span><i class="dot" style="background:{SEVERITY_COLOURS[s]}"></i>{_both(_SEVERITY_ONE[s])}</span>'
        for s in (Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    too_many = Text("validators.report_html", "Too many zoning elements to draw; the plan extent is shown")
    zones_note = "" if report.zones or not report.counts.get("ZoningElement") else (
        f'<p class="small">{_plain(too_many)}</p>')
    crs = f"EPSG:{report.crs}" if report.crs else "—"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>PLU Studio {_plain(Text('validators.report_html', 'validation report'))} — {_e(Path(report.source).name)}</title>
<style>{_CSS}</style></head><body>
<h1>{_both(Text('validators.report_html', 'Validation report'))}</h1>
<p class="meta"><b>{_e(report.source)}</b></p>
<p class="meta">{_both(Text('validators.report_html', 'Checked'))}: {_e(report.created.isoformat())} · {_both(Text('validators.report_html', 'profile'))}:
<code>{_e(report.profile)}</code> · {_both(Text('validators.report_html', 'tolerance'))}: {opts.tolerance * 1000:g} mm ·
{_both(Text('validators.report_html', 'sliver area'))}: {opts.sliver_area:g} m² · CRS: {_e(crs)}</p>
<p class="meta">{_both(Text('validators.report_html', 'Features'))}: {_e(counts)}</p>
<div class="verdict" style="background:{colour}">{_plain(verdict)}</div>
<div class="cards">{cards}</div>
<h2>{_both(Text('validators.report_html', 'Where the findings are'))}</h2>
{svg}
<p class="legend">{legend}</p>{zones_note}
<h2>{_both(Text('validators.report_html', 'Summary by rule'))}</h2>
<table><tr><th>{_both(Text('validators.report_html', 'Rule'))}</th><th>{_both(Text('validators.report_html', 'Family'))}</th><th>{_both(Text('validators.report_html', 'Severity'))}</th>
<th>{_both(Text('validators.report_html', 'Count'))}</th><th>{_both(Text('validators.report_html', 'What the rule checks'))}</th>
<th>{_both(Text('validators.report_html', 'INSPIRE test'))}</th></tr>
{"".join(rule_rows) or f'<tr><td colspan="6">{_both(Text("validators.report_html", "No rule fired."))}</td></tr>'}
</table>
<h2>{_both(Text('validators.report_html', 'Findings'))} ({sum(severities.values())})</h2>
<table><tr><th>#</th><th>{_both(Text('validators.report_html', 'Severity'))}</th><th>{_both(Text('validators.report_html', 'Rule'))}</th>
<th>{_both(Text('validators.report_html', 'Where'))}</th><th>{_both(Text('validators.report_html', 'Message'))}</th></tr>
{"".join(rows) or f'<tr><td colspan="5">{_both(Text("validators.report_html", "Nothing found."))}</td></tr>'}
</table>{more}
<p class="small">{len(report.checked_rules())} {_plain(Text('validators.report_html', 'rules checked'))} · {_e(timings)}</p>
<p class="small">PLU Studio · INSPIRE Planned Land Use 4.0 · offline</p>
</body></html>
"""


def write_html(report: ValidationReport, path: str | os.PathLike[str]) -> None:
    """Write the HTML report atomically."""
    write_atomic(path, html_report(report))
