"""The summary of comments and answers the authority publishes (HTML, ODT, PDF, CSV).

After a consultation the authority must publish what was said and what it
answered.  The summary groups the comments by the zone they concern and by the
paragraph of the regulation they cite (a comment on two zones appears under
both, with the same number), then lists comments on the plan as a whole.
Names and e-mail addresses are left out unless explicitly asked for; comments
the moderator hid (spam, abuse) are counted but not listed.  Each comment is
shown with its reference (ПУП-2026-0042); objections received on paper are
marked so, with their registry number, and the minutes of public meetings are
listed.  The PDF is tagged (PDF/UA-1) with the title and language set.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from participation.comments_layer import CommentRecord, CommentsLayer
from participation.odt import OdtDocument
from participation.paragraphs import plan_paragraphs
from participation.review import DECISION_LABELS, decision_label
from participation.web_data import zone_code
from plu_model.atomic import write_atomic
from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.geopackage import open_plan
from plu_model.i18n import Text, Words, say_in

__all__ = ["MinutesEntry", "Summary", "SummaryEntry", "SummaryGroup", "build_summary", "write_summary"]

_WORDS = Words("participation.summary", {
             "title": "Summary of the comments received and the answers to them",
             "plan": "Plan",
             "authority": "Responsible authority",
             "period": "Public consultation",
             "made": "Prepared on",
             "overview": "Overview",
             "total": "Comments received",
             "hidden": "Hidden by moderation (not listed)",
             "by_zone": "Comments by zone",
             "by_paragraph": "Comments by paragraph of the regulation",
             "general": "Comments on the plan as a whole",
             "none": "None.",
             "number": "No.",
             "received": "Received",
             "comment": "Comment",
             "decision": "Decision",
             "answer": "Answer",
             "author": "Author",
             "also": "see also",
             "zone": "Zone",
             "paragraph": "item",
             "note": "A comment that concerns several zones or paragraphs is listed under each of them with the same number.",
             "personal_note": "This summary contains personal data (names and addresses) and is not meant for publication.",
             "no_personal": "Authors' names and addresses are not included.",
             "paper": "on paper",
             "registry": "reg. no.",
             "paper_total": "Of these, received on paper",
             "minutes": "Minutes of public meetings",
             "dated": "of",
             "file": "file",
         })


@dataclass(frozen=True)
class SummaryEntry:
    number: int
    received: str
    text: str
    decision: str | None
    answer: str
    author: str = ""
    reference: str = ""
    paper: bool = False
    registry_number: str = ""
    scans: int = 0


@dataclass(frozen=True)
class MinutesEntry:
    title: str
    dated: str
    file_name: str


@dataclass
class SummaryGroup:
    kind: str  # "zone", "paragraph", "general"
    key: str
    label: str
    entries: list[SummaryEntry] = field(default_factory=list)


@dataclass
class Summary:
    language: str
    plan_title: str
    authority: str
    period: str
    personal: bool
    total: int
    hidden: int
    decisions: dict[str | None, int]
    groups: list[SummaryGroup]
    paper: int = 0
    minutes: list[MinutesEntry] = field(default_factory=list)

    def words(self) -> dict[str, str]:
        return _WORDS[self.language]


def _entry(r: CommentRecord, personal: bool, scans: dict[str, int] | None = None) -> SummaryEntry:
    author = ""
    if personal and r.author is not None:
        author = ", ".join(x for x in (r.author.name, r.author.email, r.address) if x)
    received = (r.received_at or r.submitted_at or "")[:10]
    return SummaryEntry(r.number, received, r.text, r.decision, r.answer, author, r.reference, r.is_paper,
                        r.registry_number, (scans or {}).get(r.comment_id, 0))


def build_summary(
    plan: str | os.PathLike[str],
    *,
    language: str = "bg",
    personal: bool = False,
    include_hidden: bool = False,
    data: PlanDataset | None = None,
) -> Summary:
    """Collect the summary of a plan file's comments (``personal``: with authors)."""
    lang = "bg" if language == "bg" else "en"
    words = _WORDS[lang]
    data = data or open_plan(plan)
    data.assign_gml_ids()
    with CommentsLayer(plan) as layer:
        records = layer.records(personal=personal)
        info = layer.info()
        documents = layer.documents()
    scans: dict[str, int] = {}
    for d in documents:
        if d.kind == "scan" and d.comment_id:
            scans[d.comment_id] = scans.get(d.comment_id, 0) + 1
    minutes = [MinutesEntry(d.title, d.dated, d.file_name) for d in documents if d.kind == "minutes"]
    if not records:
        raise PluInputError(
            Text("participation.summary", "{plan}: the plan has no comments yet; import them first", plan=plan),
        )
    shown = [r for r in records if include_hidden or r.moderation != "hidden"]
    settings = _latest_settings(info)
    authority = settings.get("authority", "") if settings else ""
    period = ""
    if settings:
        start, end = date.fromisoformat(settings["start"]), date.fromisoformat(settings["end"])
        period = (f"{start:%d.%m.%Y} – {end:%d.%m.%Y}" if lang == "bg" else f"{start.isoformat()} – {end.isoformat()}")
    groups: list[SummaryGroup] = []
    for zone in data.zoning_elements:
        entries = [_entry(r, personal, scans) for r in shown if zone.gml_id in r.zones]
        if entries:
            _code, notation, labels = zone_code(zone)
            label = f"{notation} · {zone.inspire_id.local_id} — {labels[lang]}" if notation else f"{zone.inspire_id.local_id} — {labels[lang]}"
            groups.append(SummaryGroup("zone", zone.gml_id or "", label, entries))
    known = {p.ref: p for p in plan_paragraphs(data)}
    cited = sorted({r.paragraph for r in shown if r.paragraph}, key=lambda ref: (ref not in known, list(known).index(ref) if ref in known else 0, ref))
    for ref in cited:
        p = known.get(ref)
        text = p.text if p else ""
        short = text if len(text) <= 140 else text[:139].rstrip() + "…"
        label = f"{words['paragraph']} {p.number if p else ref.split('#')[-1]}" + (f" — {short}" if short else "")
        groups.append(SummaryGroup("paragraph", ref, label, [_entry(r, personal, scans) for r in shown if r.paragraph == ref]))
    general = [_entry(r, personal, scans) for r in shown if not r.zones and not r.paragraph]
    groups.append(SummaryGroup("general", "", words["general"], general))
    decisions: dict[str | None, int] = {k: 0 for k in DECISION_LABELS}
    for r in shown:
        decisions[r.decision if r.decision in DECISION_LABELS else None] += 1
    return Summary(lang, data.plan.official_title, authority, period, personal, len(shown),
                   len(records) - len(shown), decisions, groups, sum(1 for r in shown if r.is_paper), minutes)


def _latest_settings(info: dict[str, str]) -> dict[str, Any] | None:
    found = [json.loads(v) for k, v in info.items() if k.startswith("package.")]
    return max(found, key=lambda s: s.get("start", "")) if found else None


# -- writers ------------------------------------------------------------------------------
def _headers(s: Summary) -> list[str]:
    w = s.words()
    return [w["number"], w["received"], w["comment"]] + ([w["author"]] if s.personal else []) + [w["decision"], w["answer"]]


def _received(s: Summary, e: SummaryEntry) -> str:
    """The date, and for paper "хартиен носител, вх. № 94-00-123" below it."""
    if not e.paper:
        return e.received
    w = s.words()
    return f"{e.received}\n{w['paper']},\n{w['registry']} {e.registry_number}"


def _comment_text(s: Summary, e: SummaryEntry) -> str:
    if not e.scans:
        return e.text
    note = say_in(s.language, "participation.summary", "[scanned pages: {n} file]",
                                                       plural="[scanned pages: {n} files]", n=e.scans)
    return f"{e.text}\n{note}" if e.text else note


def _cells(s: Summary, e: SummaryEntry) -> list[str]:
    return ([e.reference or str(e.number), _received(s, e), _comment_text(s, e)] + ([e.author] if s.personal else [])
            + [decision_label(e.decision, s.language), e.answer])


def _sections(s: Summary) -> list[tuple[str, list[SummaryGroup]]]:
    w = s.words()
    return [
        (w["by_zone"], [g for g in s.groups if g.kind == "zone"]),
        (w["by_paragraph"], [g for g in s.groups if g.kind == "paragraph"]),
        (w["general"], [g for g in s.groups if g.kind == "general"]),
    ]


def summary_html(s: Summary) -> str:
    """A standalone HTML page; every value is escaped."""
    w = s.words()
    e = html.escape
    out = [
        "<!DOCTYPE html>", f'<html lang="{s.language}"><head><meta charset="utf-8">',
        f"<title>{e(w['title'])} — {e(s.plan_title)}</title>",
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:24px auto;padding:0 16px;color:#1d2330;font-size:14px}"
        "h1{font-size:20px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ccd}h3{font-size:14px;margin:18px 0 6px}"
        "table{border-collapse:collapse;width:100%;margin-bottom:8px;table-layout:fixed}#overview{table-layout:auto;width:auto;min-width:40%}th,td{border:1px solid #b8bfcc;padding:5px 7px;vertical-align:top;text-align:left}"
        "th{background:#e8ebf0}td{overflow-wrap:anywhere}td.text{white-space:pre-wrap}td.ref{white-space:nowrap}.muted{color:#5b6474}.decision-accepted{color:#2e7d32}"
        ".decision-rejected{color:#b03a2e}.decision-partly{color:#a66b00}"
        "@page{size:A4;margin:16mm 14mm 18mm 14mm;@bottom-right{content:counter(page) ' / ' counter(pages);font-size:8pt}}"
        "@media print{body{max-width:none;margin:0;padding:0;font-size:9pt}h1{font-size:15pt}h2{font-size:12.5pt}"
        "th,td{padding:3px 4px}thead{display:table-header-group}tr{page-break-inside:avoid}}</style></head><body>",
        f"<h1>{e(w['title'])}</h1>",
        f"<p><strong>{e(w['plan'])}:</strong> {e(s.plan_title)}</p>",
    ]
    if s.authority:
        out.append(f"<p><strong>{e(w['authority'])}:</strong> {e(s.authority)}</p>")
    if s.period:
        out.append(f"<p><strong>{e(w['period'])}:</strong> {e(s.period)}</p>")
    out.append(f"<p class=\"muted\">{e(w['made'])} {date.today().isoformat()}. {e(w['note'])} "
               f"{e(w['personal_note'] if s.personal else w['no_personal'])}</p>")
    out.append(f"<h2>{e(w['overview'])}</h2><table id=\"overview\"><tbody>")
    out.append(f"<tr><th>{e(w['total'])}</th><td>{s.total}</td></tr>")
    for key, count in s.decisions.items():
        out.append(f"<tr><th>{e(decision_label(key, s.language))}</th><td>{count}</td></tr>")
    if s.paper:
        out.append(f"<tr><th>{e(w['paper_total'])}</th><td>{s.paper}</td></tr>")
    if s.hidden:
        out.append(f"<tr><th>{e(w['hidden'])}</th><td>{s.hidden}</td></tr>")
    out.append("</tbody></table>")
    if s.minutes:
        out.append(f"<h2>{e(w['minutes'])}</h2><ul>")
        out += [f"<li>{e(m.title)} ({e(w['dated'])} {e(_day(s, m.dated))}; {e(w['file'])} {e(m.file_name)})</li>"
                for m in s.minutes]
        out.append("</ul>")
    for title, groups in _sections(s):
        out.append(f"<h2>{e(title)}</h2>")
        if not any(g.entries for g in groups):
            out.append(f"<p class=\"muted\">{e(w['none'])}</p>")
            continue
        for g in groups:
            if not g.entries:
                continue
            if g.kind != "general":
                out.append(f'<h3 data-group="{e(g.kind)}:{e(g.key)}">{e(g.label)}</h3>')
            widths = [15, 14, 28] + ([12] if s.personal else []) + [11, 32 - (12 if s.personal else 0)]
            cols = "".join(f'<col style="width:{w}%">' for w in widths)
            out.append(f"<table><colgroup>{cols}</colgroup><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in _headers(s)) + "</tr></thead><tbody>")
            for entry in g.entries:
                cells = _cells(s, entry)
                row = []
                for i, value in enumerate(cells):
                    cls = ' class="text"' if i in (1, 2) or i == len(cells) - 1 else ""
                    if i == 0:
                        cls = ' class="ref"'
                    if i == len(cells) - 2:
                        cls = f' class="decision-{e(entry.decision or "none")}"'
                    row.append(f"<td{cls}>{e(value)}</td>")
                paper = ' class="paper" data-channel="paper"' if entry.paper else ""
                out.append(f'<tr data-number="{entry.number}" data-reference="{e(entry.reference)}"{paper}>'
                           + "".join(row) + "</tr>")
            out.append("</tbody></table>")
    out.append("</body></html>\n")
    return "\n".join(out)


def summary_odt(s: Summary) -> OdtDocument:
    w = s.words()
    doc = OdtDocument(title=f"{w['title']} — {s.plan_title}", language=s.language)
    doc.paragraph(w["title"], "Title")
    doc.paragraph(f"{w['plan']}: {s.plan_title}", "Subtitle")
    if s.authority:
        doc.paragraph(f"{w['authority']}: {s.authority}")
    if s.period:
        doc.paragraph(f"{w['period']}: {s.period}")
    doc.paragraph(f"{w['made']} {date.today().isoformat()}. {w['note']} {w['personal_note'] if s.personal else w['no_personal']}", "Note")
    doc.heading(w["overview"], 1)
    rows = [[w["total"], str(s.total)]] + [[decision_label(k, s.language), str(v)] for k, v in s.decisions.items()]
    if s.paper:
        rows.append([w["paper_total"], str(s.paper)])
    if s.hidden:
        rows.append([w["hidden"], str(s.hidden)])
    doc.table([], rows, [3, 1])
    if s.minutes:
        doc.heading(w["minutes"], 1)
        for m in s.minutes:
            doc.paragraph(f"{m.title} ({w['dated']} {_day(s, m.dated)}; {w['file']} {m.file_name})")
    # wide enough for "№ 123", a date and "Приема се частично" on one or two lines; the texts share the rest
    widths = [2.3, 2.4, 3.9] + ([1.8] if s.personal else []) + [1.9, 3.8]
    for title, groups in _sections(s):
        doc.heading(title, 1)
        if not any(g.entries for g in groups):
            doc.paragraph(w["none"])
            continue
        for g in groups:
            if not g.entries:
                continue
            if g.kind != "general":
                doc.heading(g.label, 2)
            doc.table(_headers(s), [_cells(s, entry) for entry in g.entries], widths)
    return doc


def summary_csv(s: Summary) -> str:
    from participation.comment_export import safe_csv_cell

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["group", "group_id", "group_label"] + ["number", "reference", "received", "channel",
                                                             "registry_number", "scans", "comment"]
                    + (["author"] if s.personal else []) + ["decision", "decision_label", "answer"])
    for g in s.groups:
        for e in g.entries:
            writer.writerow([safe_csv_cell(v) for v in [g.kind, g.key, g.label, e.number, e.reference, e.received,
                                                        "paper" if e.paper else "online", e.registry_number, e.scans,
                                                        e.text]
                             + ([e.author] if s.personal else []) + [e.decision or "", decision_label(e.decision, s.language), e.answer]])
    return out.getvalue()


def write_summary(s: Summary, path: str | os.PathLike[str]) -> Path:
    """Write the summary as HTML (``.html``), ODT (``.odt``) or CSV (``.csv``), by extension."""
    dest = Path(path)
    suffix = dest.suffix.lower()
    if suffix in (".html", ".htm"):
        return write_atomic(dest, summary_html(s).encode("utf-8"))
    if suffix == ".odt":
        return summary_odt(s).save(dest)
    if suffix == ".csv":
        return write_atomic(dest, ("\ufeff" + summary_csv(s)).encode("utf-8"))
    if suffix == ".pdf":
        from participation.pdf_pages import html_to_pdf

        return html_to_pdf(summary_html(s), dest)
    raise PluInputError(
        Text("participation.summary", "{dest}: the summary can be written as .html, .odt, .pdf or .csv", dest=dest),
    )


def _day(s: Summary, iso: str) -> str:
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day:%d.%m.%Y}" if s.language == "bg" else day.isoformat()
