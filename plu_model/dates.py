"""Dates as people write and read them: ``04.12.2026`` or ISO in, "4 Dec 2026" / "4.12.2026 г." out.

Files keep ISO 8601 (:mod:`plu_model.temporal`); this module is for what a
planner types on the command line or reads in a window, in either language.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["format_user_date", "parse_user_date", "sheet_date"]

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def parse_user_date(text: str) -> date:
    """A date written as ``04.12.2026`` (also ``4.12.2026 г.``) or ``2026-12-04``.

    Anything else, or a day that does not exist (31.02.2026), is refused with a
    message that shows the accepted forms instead of Python's words.
    """
    value = (text or "").strip()
    iso, dotted = _ISO.fullmatch(value), _DOTTED.fullmatch(value)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if dotted:
            return date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
    except ValueError:
        raise PluInputError(
            Text("plu_model.dates", "'{value}' is not a day of the calendar; write a date as 04.12.2026 or 2026-12-04",
                                    value=value),
        ) from None
    raise PluInputError(
        Text("plu_model.dates", "'{value}' is not a date; write it as 04.12.2026 or 2026-12-04", value=value),
    )


def sheet_date(value: date, language: str = "en") -> str:
    """A date on a plan sheet: ``06.12.2026`` in Bulgarian (as Bulgarian plans print it), ISO otherwise."""
    return f"{value:%d.%m.%Y}" if language == "bg" else value.isoformat()


def format_user_date(value: date, language: str = "en") -> str:
    """"4 Dec 2026" in English, "4.12.2026 г." in Bulgarian."""
    if isinstance(value, datetime):
        value = value.date()
    if language == "bg":
        return f"{value.day}.{value.month:02d}.{value.year} г."
    return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
