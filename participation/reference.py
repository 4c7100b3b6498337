"""Short references citizens can read out on the phone (``ПУП-2026-0042``), and finding a comment by one.

The comment service gives each comment a reference when it is submitted; a
comment that arrives another way (a comment file sent by e-mail, a paper
objection at the registry) gets the next free number of the same series in the
plan file.  Every command that takes a comment accepts its reference, the
reference's number alone (``42``), its full id, or an id prefix of at least
eight characters that names one comment only, so a short number never matches
the start of some unrelated id.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from plu_model.codelists import codelist
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = [
    "DEFAULT_PREFIX",
    "ParsedReference",
    "find_comment",
    "format_reference",
    "next_reference",
    "parse_reference",
    "reference_prefix",
]

DEFAULT_PREFIX = "ПУП"
_REFERENCE = re.compile(r"^(?P<prefix>[^\W_]{1,12})-(?P<year>\d{4})-(?P<number>\d{1,9})$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_HEX_PREFIX = re.compile(r"^[0-9a-f-]+$")
MIN_ID_PREFIX = 8


@dataclass(frozen=True)
class ParsedReference:
    prefix: str
    year: int
    number: int


def format_reference(prefix: str, year: int, number: int) -> str:
    """``ПУП-2026-0042``: the same layout the comment service hands out."""
    return f"{prefix}-{year}-{number:04d}"


def parse_reference(text: str) -> ParsedReference | None:
    """The parts of a reference, or ``None`` for anything else."""
    m = _REFERENCE.match((text or "").strip())
    if m is None:
        return None
    return ParsedReference(m["prefix"].upper(), int(m["year"]), int(m["number"]))


def reference_prefix(plan_type_uri: str | None) -> str:
    """The series a plan's references belong to: the plan type's abbreviation before any dash (ПУП-ПРЗ → ПУП)."""
    value = None
    if plan_type_uri:
        try:
            value = codelist("bg/PlanTypeNameValue").get(plan_type_uri)
        except KeyError:
            value = None
    head = (value.notation or "").split("-")[0] if value is not None else ""
    return head if re.fullmatch(r"[^\W_]{1,12}", head) else DEFAULT_PREFIX


def next_reference(taken: Iterable[str], prefix: str, year: int) -> str:
    """The next number of the series ``prefix``-``year`` after every one already used (never reused)."""
    last = 0
    for ref in taken:
        parsed = parse_reference(ref)
        if parsed is not None and parsed.prefix == prefix.upper() and parsed.year == year:
            last = max(last, parsed.number)
    return format_reference(prefix, year, last + 1)


class _HasIds(Protocol):
    comment_id: str
    reference: str


R = TypeVar("R", bound=_HasIds)


def find_comment(records: Sequence[R], key: str, where: str = "") -> R:
    """The one comment ``key`` names (reference, its number, full id or a long enough id prefix).

    Raises :class:`PluInputError` saying why when none or several match.
    """
    text = (key or "").strip()
    lead = f"{where}: " if where else ""
    if not text:
        raise PluInputError(Text("participation.reference", "{lead}name a comment by its reference, number or id",
                                                            lead=lead))
    parsed = parse_reference(text)
    low = text.lower()
    if parsed is not None:
        match = [r for r in records if parse_reference(r.reference) == parsed]
    elif text.isdigit():
        match = [r for r in records if (p := parse_reference(r.reference)) is not None and p.number == int(text)]
    elif _UUID.match(low):
        match = [r for r in records if r.comment_id == low]
    elif _HEX_PREFIX.match(low):
        if len(low) < MIN_ID_PREFIX:
            raise PluInputError(
                Text("participation.reference", "{lead}{text!r} is too short to name a comment by its id; give its "
                                                "reference (such as {DEFAULT_PREFIX}-2026-0042), its number or at "
                                                "least {MIN_ID_PREFIX} characters of the id",
                                                lead=lead, text=text, DEFAULT_PREFIX=DEFAULT_PREFIX, MIN_ID_PREFIX=MIN_ID_PREFIX),
            )
        match = [r for r in records if r.comment_id.startswith(low)]
    else:
        match = []
    if len(match) == 1:
        return match[0]
    if not match:
        raise PluInputError(Text("participation.reference", "{lead}no comment matches {text!r}", lead=lead, text=text))
    names = ", ".join(r.reference or r.comment_id for r in match[:10])
    raise PluInputError(
        Text("participation.reference", "{lead}{text!r} matches {n_match} comments ({names}); give the full reference",
                                        lead=lead, text=text, n_match=len(match), names=names),
    )
