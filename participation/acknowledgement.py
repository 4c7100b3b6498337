"""The acknowledgement a person gets for a comment: its short reference, printed or sent as PDF.

Someone who hands in an objection at the registry, or asks what became of a
comment, needs one thing to follow it up: the reference (``ПУП-2026-0042``)
under which the answer will be listed in the published summary.  This page
says that, with the plan, the date received (and for paper the registry
number) and the text as it was recorded.  It is a tagged PDF like every
document of the consultation, or an HTML page.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from participation.comments_layer import CommentRecord, CommentsLayer
from participation.reference import find_comment
from plu_model.atomic import write_atomic
from plu_model.errors import PluInputError
from plu_model.geopackage import PlanFile
from plu_model.i18n import Text, Words

__all__ = ["acknowledgement_html", "write_acknowledgement"]

_WORDS = Words("participation.acknowledgement", {
             "title": "Acknowledgement of a comment received",
             "reference": "Reference",
             "plan": "Plan",
             "authority": "Responsible authority",
             "received": "Received on",
             "paper": "on paper, registry no.",
             "online": "online",
             "sender": "Sender",
             "text": "Text",
             "scans": "Scanned files attached",
             "next": "The answer will be published in the summary of comments under reference {ref}. Quote this reference whenever you ask about your comment.",
         })

_CSS = ("@page{size:A4;margin:22mm 20mm}body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;color:#111}"
        "h1{font-size:16pt;margin:0 0 14pt}p.ref{font-size:22pt;font-weight:bold;margin:4pt 0 14pt;letter-spacing:1px}"
        "dl{display:grid;grid-template-columns:45mm auto;gap:4pt 8pt}dt{color:#444}dd{margin:0}"
        "blockquote{white-space:pre-wrap;border-left:3pt solid #ccd;margin:8pt 0;padding:2pt 8pt}"
        "p.next{margin-top:16pt;padding:8pt;border:1pt solid #889;background:#f2f4f7}")


def acknowledgement_html(record: CommentRecord, *, plan_title: str, authority: str = "", scans: int = 0,
                         language: str = "bg") -> str:
    """A standalone HTML page for one comment; every value is escaped."""
    w = _WORDS["bg" if language == "bg" else "en"]
    e = html.escape
    received = (record.received_at or record.submitted_at or "")[:10]
    if language == "bg" and len(received) == 10:
        received = f"{received[8:10]}.{received[5:7]}.{received[:4]}"
    how = f"{w['paper']} {record.registry_number}" if record.is_paper else w["online"]
    rows = [(w["plan"], plan_title)] + ([(w["authority"], authority)] if authority else [])
    rows += [(w["received"], f"{received}, {how}")]
    if record.author is not None and record.author.name:
        rows.append((w["sender"], record.author.name))
    if scans:
        rows.append((w["scans"], str(scans)))
    items = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in rows)
    text = f"<h2 style=\"font-size:11pt\">{e(w['text'])}</h2><blockquote>{e(record.text)}</blockquote>" if record.text else ""
    return (f'<!DOCTYPE html><html lang="{"bg" if language == "bg" else "en"}"><head><meta charset="utf-8">'
            f"<title>{e(w['title'])} {e(record.reference)}</title><style>{_CSS}</style></head><body>"
            f"<h1>{e(w['title'])}</h1><p>{e(w['reference'])}:</p><p class=\"ref\">{e(record.reference)}</p>"
            f"<dl>{items}</dl>{text}<p class=\"next\">{e(w['next'].format(ref=record.reference))}</p></body></html>\n")


def write_acknowledgement(plan: str | os.PathLike[str], comment: str, path: str | os.PathLike[str], *,
                          language: str = "bg") -> tuple[Path, CommentRecord]:
    """Write the acknowledgement of the comment ``comment`` names as ``.pdf`` or ``.html``."""
    dest = Path(path)
    if dest.suffix.lower() not in (".pdf", ".html", ".htm"):
        raise PluInputError(Text("participation.acknowledgement", "{dest}: the acknowledgement can be written as "
                                                                  ".pdf or .html", dest=dest))
    with PlanFile(plan) as pf:
        plans = list(pf.iter_class("SpatialPlan"))
    with CommentsLayer(plan) as layer:
        record = find_comment(layer.records(personal=True), comment, str(plan))
        scans = len(layer.documents(comment_id=record.comment_id))
        settings = [v for k, v in layer.info().items() if k.startswith("package.")]
    authority = ""
    if settings:
        import json

        authority = str(max((json.loads(v) for v in settings), key=lambda s: str(s.get("start", ""))).get("authority", ""))
    title = plans[0].official_title if plans else ""
    page = acknowledgement_html(record, plan_title=title, authority=authority, scans=scans, language=language)
    if dest.suffix.lower() == ".pdf":
        from participation.pdf_pages import html_to_pdf

        return html_to_pdf(page, dest), record
    return write_atomic(dest, page.encode("utf-8")), record
