"""A save conflict as a planner reads it: which feature, who saved it when, and what differs, side by side.

:class:`register.errors.ConflictError` keeps both rows as the register holds them (column names,
JSON lists of code-list URIs, WKT). The conflict dialog shows what differs in words: code-list
values by their labels in the planner's language (the URI stays for a tooltip), a geometry as
"changed" rather than its coordinates, and a deletion as a deletion. No Qt here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from plu_model.codelists import label_for
from plu_model.dates import format_user_date
from plu_model.i18n import Text

__all__ = ["ConflictLine", "conflict_heading", "conflict_lines", "shown_value"]

#: what says which version a feature is, not what it is: never a difference a planner decides on
_STAMPS = ("inspire_version_id", "inspire_version_id_nil", "begin_lifespan_version", "begin_lifespan_version_nil",
           "source_xml", "source_fingerprint")
_LONG = 160


@dataclass(frozen=True)
class ConflictLine:
    """One difference: the column (``geometry`` or ``feature`` for a deletion) and each side's text and full value."""

    key: str
    mine: str
    theirs: str
    mine_tip: str
    theirs_tip: str


def _short(text: str) -> str:
    return text if len(text) < _LONG else text[: _LONG - 3] + "…"


def _uri_label(value: Any, language: str) -> str:
    """A code-list URI by its label; any other text as it is."""
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return label_for(value, language)
    return str(value)


def shown_value(value: Any, language: str = "en") -> tuple[str, str]:
    """(what the cell says, its tooltip) for one side's value of a column."""
    if value is None or value == "" or value == []:
        return "—", ""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            pass
    full = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return _short(", ".join(_uri_label(v, language) for v in value)), full
    if isinstance(value, str):
        return _short(_uri_label(value, language)), full
    return _short(full), full


def _same_geometry(a: str | None, b: str | None) -> bool:
    import shapely

    if a is None or b is None:
        return a == b
    return bool(shapely.from_wkt(a).equals(shapely.from_wkt(b)))


def conflict_lines(conflict: Any, language: str = "en") -> list[ConflictLine]:
    """What differs between the planner's side (``mine``) and the one saved meanwhile (``theirs``)."""
    mine, theirs = conflict.mine["attributes"], conflict.theirs["attributes"]
    if mine.get("deleted"):
        return [ConflictLine("feature", Text("register.conflict_view", "deleted by you").say(language),
                             Text("register.conflict_view", "changed, still in the register").say(language), "", "")]
    lines = []
    for key in sorted(set(mine) | set(theirs)):
        if key in _STAMPS or mine.get(key) == theirs.get(key):
            continue
        (a, a_tip), (b, b_tip) = shown_value(mine.get(key), language), shown_value(theirs.get(key), language)
        lines.append(ConflictLine(key, a, b, a_tip, b_tip))
    if not _same_geometry(conflict.mine.get("geometry"), conflict.theirs.get("geometry")):
        changed = Text("register.conflict_view", "shape differs").say(language)
        lines.append(ConflictLine("geometry", changed, changed, _short(conflict.mine.get("geometry") or ""),
                                  _short(conflict.theirs.get("geometry") or "")))
    return lines


def conflict_heading(conflict: Any, language: str = "en") -> str:
    """Which feature, who saved it and when, and that the planner's version is kept."""
    from datetime import datetime

    local = conflict.theirs["attributes"].get("inspire_local_id") or conflict.mine["attributes"].get(
        "inspire_local_id")
    when = conflict.theirs.get("at")
    try:
        moment = datetime.fromisoformat(str(when))
        moment = moment.astimezone() if moment.tzinfo is not None else moment  # the planner's clock
        said = f"{format_user_date(moment, language)} {moment:%H:%M}"
    except ValueError:
        said = str(when or "")
    return Text("register.conflict_view", "{local}: {who} saved this feature on {when}, after you opened the plan. "
                                          "Nothing is lost: your version is kept as conflict {conflict_id}.",
                local=local, who=conflict.theirs.get("by") or "?", when=said,
                conflict_id=conflict.conflict_id).say(language)
