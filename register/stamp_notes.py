"""How many features of an added file stated a versionId or beginLifespanVersion that the register replaced.

A stamp is the file's own, and replaced, only when it is none the register gives or gave that
feature: not the stamp this ``add`` gives, nor one an earlier version of the plan holds for the
same feature (an export of any version, added again, carries those). Stamps are compared as what
they mean, not as text: a beginLifespanVersion is an instant (``…Z``, ``…+00:00``,
``…T10:55:00+02:00`` and ``….000Z`` are one time), a versionId is its text without blanks.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from plu_model.temporal import format_datetime

__all__ = ["StampNotes", "same_instant", "stamp_pair"]

#: (versionId, beginLifespanVersion) as :func:`stamp_pair` compares them; None where a file states none
Pair = tuple[str | None, str | None]


@lru_cache(maxsize=4096)  # a plan's features mostly share a few times: each is parsed once
def _instant(text: str) -> str:
    """The time ``text`` names, written one way (UTC, ``Z``, no zero fraction); a text that is no
    ``xs:dateTime``, or one without a time zone, stays as written (it can only equal itself)."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        return text.strip()
    if value.tzinfo is None:
        return value.isoformat()
    return format_datetime(value.astimezone(UTC))


def same_instant(a: str, b: str) -> bool:
    """Whether two ``xs:dateTime`` texts name the same time (the fast case, equal texts, parses nothing)."""
    return a == b or _instant(a) == _instant(b)


@lru_cache(maxsize=4096)
def stamp_pair(version_id: Any, begin: Any) -> Pair:
    """A feature's stamps as compared: blanks trimmed, an empty or missing stamp None, the time as one instant."""
    vid = str(version_id).strip() if version_id not in (None, "") else None
    when = _instant(str(begin)) if begin not in (None, "") else None
    return (vid or None), (when or None)


def _matches(given: Pair, known: Pair) -> bool:
    """Whether what a file states (None: states nothing) is the known pair."""
    return (given[0] is None or given[0] == known[0]) and (given[1] is None or given[1] == known[1])


class StampNotes:
    """What stamping the rows found out: how many features are unchanged since the previous version, and
    which stated stamps that are neither this add's nor the previous version's (:meth:`settle` then looks
    for them in the plan's earlier versions: only a stamp the register never gave is counted)."""

    def __init__(self) -> None:
        self.unchanged = 0
        self.rows = 0
        #: localId → the stamps its feature stated, for the features whose stamps this add could not place
        self.unplaced: dict[str, Pair] = {}

    def note(self, local_id: str, row: dict[str, Any], stamps: tuple[str, str],
             before: tuple[str, str, str] | None, same: bool) -> None:
        """One feature: ``row`` as the file has it, ``stamps`` what the register gives, ``before`` the previous
        version's (content key, versionId, beginLifespanVersion) of the feature."""
        self.rows += 1
        self.unchanged += bool(same)
        vid, begin = row.get("inspire_version_id"), row.get("begin_lifespan_version")
        if vid in (None, "") and begin in (None, ""):
            return
        if _same_text(vid, begin, stamps[0], stamps[1]) or (
                before is not None and _same_text(vid, begin, before[1], before[2])):
            return
        given = stamp_pair(vid, begin)
        if _matches(given, stamp_pair(*stamps)) or (before is not None and _matches(given, stamp_pair(*before[1:]))):
            return
        self.unplaced[local_id] = given

    def settle(self, cur: Any, plan_id: int, version_no: int) -> int:
        """The number of features whose stated stamps the register replaced: those of :attr:`unplaced` that no
        earlier version of the plan gave the same feature (one query, only when there are any and an earlier
        version exists)."""
        if version_no <= 2:  # the previous version, if any, was compared already
            return len(self.unplaced)
        # the register's versionIds are version numbers: only one of an earlier version (or none) may be its own
        earlier = [local_id for local_id, (vid, _begin) in self.unplaced.items()
                   if vid is None or (vid.isdigit() and 0 < int(vid) < version_no - 1)]
        if not earlier:
            return len(self.unplaced)
        cur.execute(
            "SELECT f.local_id, f.row_data->>'inspire_version_id', f.row_data->>'begin_lifespan_version' "
            "FROM feature f JOIN plan_version v ON v.id = f.version_pk "
            "WHERE v.plan_id = %s AND v.version_no < %s AND f.local_id = ANY(%s)",
            (plan_id, version_no - 1, earlier))
        placed = {local_id for local_id, vid, begin in cur.fetchall()
                  if _matches(self.unplaced[local_id], stamp_pair(vid, begin))}
        return len(self.unplaced) - len(placed)


def _same_text(vid: Any, begin: Any, known_vid: Any, known_begin: Any) -> bool:
    """The common case, compared as texts: the file states exactly these stamps (or leaves one out)."""
    return (vid is None or vid == "" or vid == known_vid) and (begin is None or begin == "" or begin == known_begin)
