"""Voidable values: a value or an explicit reason why there is none.

INSPIRE marks many attributes *voidable*: the element must be present, but may be
empty if it carries ``xsi:nil="true"`` and a ``nilReason``.  A bare ``None`` would
lose that reason on export, so the model keeps a :class:`Nil` instead.

``None`` in the model means *absent* and is only legal for attributes whose
``minOccurs`` is 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, Union

__all__ = [
    "NIL_REASONS",
    "VOID_UNKNOWN",
    "VOID_UNPOPULATED",
    "VOID_WITHHELD",
    "Nil",
    "Voidable",
    "is_nil",
    "parse_nil_reason",
]

#: Nil reasons GML 3.2 defines (``gml:NilReasonEnumeration``), plus the
#: ``other:text`` form; anything else must be a URI.
NIL_REASONS: tuple[str, ...] = (
    "unknown",
    "unpopulated",
    "withheld",
    "missing",
    "inapplicable",
    "template",
)

#: The INSPIRE void reasons (``VoidReasonValue``), the form of ``nilReason`` the INSPIRE
#: Reference Validator accepts besides ``unknown`` and ``withheld`` (its test gmlas.c.3).
VOID_REASON_BASE = "http://inspire.ec.europa.eu/codelist/VoidReasonValue/"
VOID_UNKNOWN = VOID_REASON_BASE + "Unknown"
VOID_UNPOPULATED = VOID_REASON_BASE + "Unpopulated"
VOID_WITHHELD = VOID_REASON_BASE + "Withheld"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Nil:
    """An explicitly empty voidable attribute and why it is empty."""

    reason: str = "unknown"

    def __post_init__(self) -> None:
        parse_nil_reason(self.reason)  # raises on a malformed reason

    def __str__(self) -> str:
        return f"nil({self.reason})"


Voidable = Union[T, Nil]


def is_nil(value: object) -> bool:
    """True for a :class:`Nil` marker."""
    return isinstance(value, Nil)


def parse_nil_reason(text: str) -> str:
    """Check a nil reason as GML 3.2 ``NilReasonType`` allows it and return it.

    Accepted: the enumeration values, ``other:`` followed by text, or an
    absolute URI.  Raises :class:`ValueError` otherwise.
    """
    reason = (text or "").strip()
    if reason in NIL_REASONS:
        return reason
    if reason.startswith("other:") and len(reason) > len("other:"):
        return reason
    if "://" in reason or reason.startswith("urn:"):
        return reason
    raise ValueError(
        f"nil reason {text!r} is none of {', '.join(NIL_REASONS)}, 'other:…' or a URI"
    )
