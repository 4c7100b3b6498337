"""Comments out of the service and into the desktop: GeoJSON and CSV exports, and reading them back.

The GeoJSON export is the exchange format between the comment service and the
desktop: one Feature per comment, its drawn geometry (WGS 84) as the feature's
geometry, everything else as properties in the comment-file layout, plus when
it was received and its moderation status.  Personal data is included only when
asked for.  The CSV export is for people (a spreadsheet); cells that a
spreadsheet would run as a formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from participation import strict_json
from participation.attachments import Attachment
from participation.comment import (
    COMMENT_FORMAT,
    LIMITS,
    Comment,
    CommentContext,
    CommentError,
    comment_from_json,
    comment_to_json,
    read_comment_file,
)
from participation.reference import DEFAULT_PREFIX, format_reference, parse_reference
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = [
    "ReceivedComment",
    "comments_csv",
    "comments_geojson",
    "read_comments",
    "safe_csv_cell",
]

EXPORT_NAME = "plu-studio-comments"
#: Moderation states an export carries (the service's own).
STATUSES = ("new", "ok", "hidden")


@dataclass(frozen=True)
class ReceivedComment:
    """A comment with what is known about its arrival: when, moderation, reference, and for paper its registry entry."""

    comment: Comment
    received_at: datetime | None = None
    status: str = "new"
    reference: str = ""
    channel: str = "online"
    registry_number: str = ""
    address: str = field(default="", repr=False)
    attachments: tuple[Attachment, ...] = field(default=(), repr=False)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def comments_geojson(items: Iterable[ReceivedComment], *, personal: bool = False) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of comments (``personal``: with names and e-mails)."""
    features = []
    for item in items:
        props = comment_to_json(item.comment, personal=personal)
        geometry = props["target"].pop("geometry")
        props["received_at"] = _iso(item.received_at)
        props["status"] = item.status
        if item.reference:
            props["reference"] = item.reference
        features.append({"type": "Feature", "id": item.comment.id, "geometry": geometry, "properties": props})
    return {"type": "FeatureCollection", "name": EXPORT_NAME, "personal_data": personal, "features": features}


#: A formula can start a cell wherever a spreadsheet may split one: at the start, after any separator it
#: might guess (comma, semicolon, tab, pipe) or a line break, after blanks or an opening quote.
_FORMULA_START = re.compile(r"""(^|[,;\t|\r\n])([ \t"']*)(?=[=+\-@%\uff1d\uff0b\uff0d\uff20])""")


def safe_csv_cell(value: Any) -> str:
    """Text for a CSV cell that a spreadsheet shows as text, never runs as a formula, whatever separator it picks.

    Each place where a cell could begin with ``= + - @ %`` gets a ``'`` in front
    of that character, so the text stays readable and nothing is dropped.
    """
    text = "" if value is None else str(value)
    return _FORMULA_START.sub(lambda m: m.group(1) + m.group(2) + "'", text)


def _header(personal: bool) -> list[str]:
    header = ["id", "reference", "received_at", "submitted_at", "status", "language", "zones", "paragraph", "geometry_type",
              "geometry_wkt_wgs84", "text"]
    return header + ["name", "email"] if personal else header


def comments_csv(items: Iterable[ReceivedComment], *, personal: bool = False) -> str:
    """The comments as CSV text (UTF-8; write it with a BOM for spreadsheets)."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(_header(personal))
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)  # a cell never starts unquoted
    for item in items:
        c = item.comment
        row = [safe_csv_cell(v) for v in (c.id, item.reference, _iso(item.received_at), _iso(c.submitted_at), item.status,
                                          c.language, "; ".join(c.zones), c.paragraph or "",
                                          c.geometry.geom_type if c.geometry is not None else "")]
        # WKT is ours (starts with a letter, holds no separator a formula could follow) and must stay exact
        row += [c.geometry.wkt if c.geometry is not None else "", safe_csv_cell(c.text)]
        if personal:
            row += [safe_csv_cell(c.author.name if c.author else ""), safe_csv_cell(c.author.email if c.author else "")]
        writer.writerow(row)
    return out.getvalue()


def _from_feature(feature: Any, context: CommentContext | None) -> ReceivedComment:
    if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
        raise CommentError("feature", Text("participation.comment_export", "is not a GeoJSON Feature with properties"))
    props = dict(feature["properties"])
    received = props.pop("received_at", None)
    status = props.pop("status", "new")
    reference = props.pop("reference", "") or ""
    if not isinstance(reference, str) or (reference and parse_reference(reference) is None):
        raise CommentError("reference", Text("participation.comment_export", "is not a reference such as {example}",
                                             example=format_reference(DEFAULT_PREFIX, 2026, 42)))
    raw_target = props.get("target") or {}
    if not isinstance(raw_target, dict):
        raise CommentError("target", Text("participation.comment_export", "is not an object (zones, paragraph, geometry)"))
    target = dict(raw_target)
    target["geometry"] = feature.get("geometry")
    props["target"] = target
    comment = comment_from_json(props, context)
    if status not in STATUSES:
        raise CommentError("status", Text("participation.comment_export", "is {status}; it must be one of {statuses}",
                                          status=_as_written(status), statuses=", ".join(STATUSES)))
    return ReceivedComment(comment, _received_at(received), status, reference)


def _received_at(value: Any) -> datetime | None:
    """When the service received the comment; a value a hand edit spoilt is an error, never quietly dropped."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00")) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None:
        raise CommentError("received_at", Text("participation.comment_export", "is {value}, not a date and time "
                                                                               "such as 2026-12-04T09:30:00Z",
                                               value=_as_written(value)))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _as_written(value: Any) -> str:
    """A value as it stands in the file, cut short for a message."""
    text = strict_json.dumps(value)
    return text if len(text) <= 60 else text[:59] + "…"


def read_comments(path: str | Path, context: CommentContext | None = None) -> list[ReceivedComment]:
    """Comments from a service export (GeoJSON) or a comment file, every one checked again.

    Raises :class:`PluInputError` naming the file and the comment at fault.
    """
    p = Path(path)
    if not p.is_file():
        raise PluInputError(Text("participation.comment_export", "{p}: no such file", p=p))
    if p.stat().st_size > LIMITS.body_bytes * 4096:
        raise PluInputError(
            Text("participation.comment_export", "{p}: too large to be a comment export", p=p)
        )
    try:
        data = strict_json.loads(p.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise PluInputError(Text("participation.comment_export", "{p}: not a comment export or comment file (not "
                                                                 "UTF-8 text)", p=p)) from exc
    except (ValueError, RecursionError) as exc:
        problem = strict_json.json_problem(exc if isinstance(exc, ValueError) else ValueError())
        raise PluInputError(Text("participation.comment_export", "{p}: not a comment export or comment file "
                                                                 "({problem})", p=p, problem=problem)) from exc
    if isinstance(data, dict) and data.get("type") == "FeatureCollection":
        features = data.get("features") or []
        if not isinstance(features, list):
            raise PluInputError(
                Text("participation.comment_export", "{p}: 'features' is not a list of comments", p=p)
            )
        out = []
        for i, feature in enumerate(features, 1):
            try:
                out.append(_from_feature(feature, context))
            except CommentError as exc:
                raise PluInputError(Text(
                    "participation.comment_export", "{p}: comment {i} ({feature}): {field} {problem}", p=p, i=i,
                    feature=_feature_id(feature), field=exc.field, problem=exc.problem)) from exc
        return _no_differing_twins(p, out)
    if isinstance(data, (dict, list)) and (isinstance(data, list) or data.get("format") == COMMENT_FORMAT):
        return _no_differing_twins(p, [ReceivedComment(c) for c in read_comment_file(p, context)])
    raise PluInputError(
        Text("participation.comment_export", "{p}: neither a PLU Studio comment export (GeoJSON) nor a comment file",
                                             p=p),
    )


def _no_differing_twins(p: Path, items: list[ReceivedComment]) -> list[ReceivedComment]:
    """The items, unless one comment id comes twice with different content (an edit or a merge gone wrong).

    Two equal copies are harmless (the import counts the second as already there); two
    different ones would leave it to chance which text the plan keeps.
    """
    first: dict[str, tuple[int, Any]] = {}
    for i, item in enumerate(items, 1):
        content = (comment_to_json(item.comment), item.status, item.reference, _iso(item.received_at))
        seen = first.setdefault(item.comment.id, (i, content))
        if seen[1] != content:
            raise PluInputError(Text(
                "participation.comment_export", "{p}: comment {i} has the id {id} of comment {j} but not the same "
                                                "content; keep the right copy and import again",
                p=p, i=i, id=item.comment.id, j=seen[0]))
    return items


def _feature_id(feature: Any) -> str:
    return str(feature.get("id") or "?") if isinstance(feature, dict) else "?"
