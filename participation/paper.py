"""Objections handed in on paper or in person, and the minutes of public meetings, into the plan file.

Under ЗУТ most objections still reach the municipality on paper, through its
registry.  A clerk enters each one with its registry number (входящ номер),
the date it was received, the sender, the pages scanned and the zone,
paragraph or place it concerns; from then on it is answered and summarised
like a comment made online, marked as paper (хартиен носител).  The minutes
of a public meeting (протокол от обществено обсъждане) are kept the same way.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from shapely.geometry.base import BaseGeometry

from exporters.geojson_ import WGS84
from participation import attachments
from participation.attachments import MAX_ATTACHMENTS, Attachment
from participation.comment import LIMITS, Author, Comment, CommentError, clean_text, parse_geometry
from participation.comment_export import ReceivedComment
from participation.comments_layer import CommentRecord, CommentsLayer, updating
from participation.paragraphs import plan_paragraphs
from plu_model.crs import reproject
from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.geopackage import open_plan
from plu_model.i18n import Text

__all__ = [
    "PaperObjection",
    "add_minutes",
    "add_paper_objection",
    "paper_comment",
    "parse_received_date",
    "store_paper_comment",
]

_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_EARLIEST = date(1990, 1, 1)
#: A transcribed objection may be longer than one typed into the viewer.
PAPER_TEXT_LIMIT = LIMITS.text * 4


def parse_received_date(text: str, *, today: date | None = None, field_name: str = "received") -> date:
    """``04.12.2026`` (as written in Bulgaria) or ``2026-12-04``; not in the future, not before 1990."""
    raw = (text or "").strip()
    m = _DOTTED.match(raw)
    parts = (m[3], m[2], m[1]) if m else (_ISO.match(raw).groups() if _ISO.match(raw) else None)
    if parts is None:
        raise CommentError(field_name, Text("participation.paper", "{raw!r} is not a date such as 04.12.2026 or 2026-12-04",
                                                                   raw=raw))
    try:
        day = date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError as exc:
        raise CommentError(field_name, Text("participation.paper", "{raw!r} is not a date in the calendar", raw=raw)) from exc
    limit = (today or datetime.now(UTC).date()) + timedelta(days=1)
    if day > limit or day < _EARLIEST:
        raise CommentError(field_name, Text("participation.paper", "{day:%d.%m.%Y} is in the future or before 1990",
                                                                   day=day))
    return day


@dataclass(frozen=True)
class PaperObjection:
    """What the clerk enters; ``point`` and ``outline`` (an area's corners) are in the plan's CRS,
    ``geometry`` (GeoJSON) in WGS 84."""

    registry_number: str
    received: date
    sender: str
    text: str = ""
    address: str = ""
    attachments: tuple[Attachment, ...] = ()
    zones: tuple[str, ...] = ()
    paragraph: str | None = None
    point: tuple[float, float] | None = None
    outline: tuple[tuple[float, float], ...] | None = None
    geometry: dict[str, Any] | None = None


def _check(objection: PaperObjection) -> tuple[str, str, str, str]:
    registry = clean_text(objection.registry_number, "registry_number", 60, required=True, multiline=False)
    sender = clean_text(objection.sender, "sender", LIMITS.name, required=True, multiline=False)
    address = clean_text(objection.address, "address", 300, required=False, multiline=False)
    text = clean_text(objection.text, "text", PAPER_TEXT_LIMIT, required=False, multiline=True)
    if not text and not objection.attachments:
        raise CommentError("text", Text("participation.paper", "give the objection's text or attach its scanned pages"))
    if len(objection.attachments) > MAX_ATTACHMENTS:
        raise CommentError("attach", Text("participation.paper", "at most {MAX_ATTACHMENTS} files per objection",
                                                                 MAX_ATTACHMENTS=MAX_ATTACHMENTS))
    total = sum(a.size for a in objection.attachments)
    if total > attachments.MAX_TOTAL_BYTES:
        limit = attachments.MAX_TOTAL_BYTES // 1048576
        raise CommentError("attach", Text("participation.paper", "the files add up to {total:.1f} MB; at most "
                                                                 "{limit} MB per objection",
                                                                 total=total / 1048576, limit=limit))
    if sum(1 for x in (objection.point, objection.outline, objection.geometry) if x is not None) > 1:
        raise CommentError("place", Text("participation.paper", "give one place: a point, an area or a geometry"))
    return registry, sender, address, text


def _place(objection: PaperObjection, crs: int) -> BaseGeometry | None:
    if objection.point is not None:
        from shapely.geometry import Point

        x, y = objection.point
        return parse_geometry({"type": "Point", "coordinates": list(reproject(Point(x, y), crs, WGS84).coords[0])})
    if objection.outline is not None:
        from shapely.geometry import Polygon

        corners = list(objection.outline)
        if len(corners) < 3:
            raise CommentError("place", Text("participation.paper", "an area needs at least three corners"))
        ring = [list(c) for c in reproject(Polygon(corners), crs, WGS84).exterior.coords]
        return parse_geometry({"type": "Polygon", "coordinates": [ring]})
    return parse_geometry(objection.geometry)


def _targets(objection: PaperObjection, data: Any, geometry: BaseGeometry | None) -> None:
    zone_ids = {z.gml_id for z in data.zoning_elements}
    for z in objection.zones:
        if z not in zone_ids:
            raise CommentError("zone", Text("participation.paper", "{z} is not a zone of this plan", z=z))
    if objection.paragraph and objection.paragraph not in {p.ref for p in plan_paragraphs(data)}:
        raise CommentError("paragraph", Text("participation.paper", "{paragraph} is not a paragraph of this plan",
                                                                    paragraph=objection.paragraph))
    if geometry is not None and data.spatial_plans:
        extent = reproject(data.spatial_plans[0].extent, data.crs, WGS84).buffer(0.01)
        if not extent.intersects(geometry):
            raise CommentError("place", Text("participation.paper", "lies outside the plan's area"))


def paper_comment(objection: PaperObjection, data: PlanDataset) -> ReceivedComment:
    """The objection, checked against the plan, as a comment received on paper (not stored yet)."""
    registry, sender, address, text = _check(objection)
    data.assign_gml_ids()
    geometry = _place(objection, data.crs)
    _targets(objection, data, geometry)
    moment = datetime.combine(objection.received, time(12, 0), tzinfo=UTC)
    comment = Comment(str(uuid.uuid4()), moment, text, "bg", tuple(objection.zones), objection.paragraph, geometry,
                      Author(sender, "", True))
    return ReceivedComment(comment, moment, "ok", channel="paper", registry_number=registry, address=address,
                           attachments=tuple(objection.attachments))


def store_paper_comment(layer: CommentsLayer, item: ReceivedComment, data: PlanDataset, where: str) -> CommentRecord:
    """Add a paper comment to an open comments layer, refusing a registry number entered before."""
    same = [r for r in layer.records() if r.is_paper and r.registry_number == item.registry_number]
    if same:
        raise PluInputError(
            Text("participation.paper", "{where}: registry number {registry_number} is already entered ({reference})",
                                        where=where, registry_number=item.registry_number, reference=same[0].reference),
        )
    layer.add([item], data, "paper")
    return next(r for r in layer.records(personal=True) if r.comment_id == item.comment.id)


def add_paper_objection(
    plan: str | os.PathLike[str], objection: PaperObjection, *, in_place: bool = False
) -> CommentRecord:
    """Enter a paper objection in the plan file (atomically unless ``in_place``); returns it as stored."""
    data = open_plan(plan)
    item = paper_comment(objection, data)

    def run(layer: CommentsLayer) -> CommentRecord:
        return store_paper_comment(layer, item, data, str(plan))

    if in_place:
        with CommentsLayer(plan) as layer:
            return run(layer)
    with updating(plan) as layer:
        return run(layer)


def add_minutes(
    plan: str | os.PathLike[str], attachment: Attachment, *, title: str, dated: date, in_place: bool = False
) -> int:
    """Keep the minutes of a public meeting in the plan file; returns their number among its documents."""
    clean_title = clean_text(title, "title", 300, required=True, multiline=False)
    if in_place:
        with CommentsLayer(plan) as layer:
            return layer.add_minutes(attachment, clean_title, dated.isoformat())
    with updating(plan) as layer:
        return layer.add_minutes(attachment, clean_title, dated.isoformat())


def paper_attachments(paths: Sequence[str | os.PathLike[str]]) -> tuple[Attachment, ...]:
    """Read the files a clerk attaches (each checked by :func:`participation.attachments.read_attachment`)."""
    from participation.attachments import read_attachment

    return tuple(read_attachment(p) for p in paths)
