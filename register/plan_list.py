"""The register's plans as a planner chooses one: title, version, status, date, authority, and whether it is theirs.

*File ▸ Open from register…* lists these rows; the rules of the list live here, not in the dialog:
what a row says (the status by its code-list label, in the planner's language), the order (by
title as people read it, the newest version first), what a search matches, and which plans are
read-only (:mod:`register.edit_rights`: another authority holds them, or an earlier version). No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from plu_model.codelists import label_for
from plu_model.dates import format_user_date
from plu_model.i18n import Text
from register.edit_rights import right_of
from register.store import VersionInfo, display_refs, step_uri

__all__ = ["PlanRow", "filter_rows", "plan_rows"]


@dataclass(frozen=True)
class PlanRow:
    """One version as the open dialog shows it."""

    #: ``NAMESPACE:LOCALID@N``: what is opened (unambiguous whatever else the register holds)
    full_ref: str
    #: ``LOCALID@N``, or the full reference where namespaces share the localId
    shown_ref: str
    title: str
    version_no: int
    #: the lifecycle step's code (``legalForce``) and its label in the planner's language
    status: str
    status_label: str
    #: in force from (a plan in force), else the day the version was made
    day: date | None
    #: the day as the planner writes it (``4.12.2026 г.``, ``4 Dec 2026``)
    day_shown: str
    authority: str
    authority_name: str
    #: False for a version the user may not change (another authority's plan, an earlier version): it opens read-only
    editable: bool
    #: why it opens read-only, as the window will say it (None when editable)
    read_only_why: Text | None = None

    def words(self) -> str:
        """What a search looks in, case-folded: title, reference, status, authority and day."""
        parts = (self.title, self.shown_ref, self.full_ref, self.status_label, self.status, self.authority,
                 self.authority_name, self.day.isoformat() if self.day else "", self.day_shown)
        return " ".join(parts).casefold()


def _day(v: VersionInfo) -> date | None:
    if v.valid_from is not None:
        return v.valid_from
    return v.created_at.date() if v.created_at is not None else None


def _shown(day: date | None, language: str) -> str:
    return format_user_date(day, language) if day is not None else ""


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """``кв. 9`` before ``кв. 10``: numbers in a title compare as numbers, the rest case aside."""
    return tuple((0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"(\d+)", text.casefold()) if part)


def _order(row: PlanRow) -> tuple[Any, ...]:
    """By title as people read it, then plan, the newest version first."""
    return _natural(row.title), row.full_ref.rsplit("@", 1)[0], -row.version_no


def plan_rows(register: Any, language: str = "en", every_version: bool = False) -> list[PlanRow]:
    """The register's plans (the latest version of each, or every version), sorted as the dialog lists them."""
    versions: list[VersionInfo] = register.plans(every_version=every_version)
    authorities = {v.authority for v in versions}
    editable = register.may_edit(authorities) if authorities else set()
    names = register.authority_names() if authorities else {}
    latest: dict[str, VersionInfo] = {}
    for v in versions:  # every version of a plan is listed, or its latest alone
        if v.plan_key not in latest or v.version_no > latest[v.plan_key].version_no:
            latest[v.plan_key] = v
    rows = []
    for v, shown in zip(versions, display_refs(versions), strict=True):
        name = names.get(v.authority, v.authority)
        right = right_of(v, latest[v.plan_key], v.authority in editable, name)
        rows.append(PlanRow(v.full_ref, shown, v.title or v.local_id, v.version_no, v.status,
                            label_for(step_uri(v.status), language), _day(v), _shown(_day(v), language),
                            v.authority, name, right.editable, right.bar))
    return sorted(rows, key=_order)


def filter_rows(rows: list[PlanRow], text: str) -> list[PlanRow]:
    """The rows a search matches: every word of ``text`` somewhere in the row (any case, any order)."""
    words = text.casefold().split()
    return [row for row in rows if all(word in row.words() for word in words)]
