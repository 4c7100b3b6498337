"""XML Schema date and dateTime values, read and written losslessly."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

__all__ = ["format_date", "format_datetime", "parse_date", "parse_datetime"]


def parse_datetime(text: str) -> datetime:
    """Parse an ``xs:dateTime`` (``Z`` or an offset allowed, fractions of a second too)."""
    value = text.strip()
    if "T" not in value:
        raise ValueError(f"{text!r} is not an xs:dateTime (no 'T')")
    return datetime.fromisoformat(value)


def format_datetime(value: datetime) -> str:
    """Write an ``xs:dateTime``; UTC as ``Z`` the way most INSPIRE data writes it."""
    text = value.isoformat()
    if value.tzinfo is not None and value.utcoffset() == timedelta(0):
        text = text[: -len("+00:00")] + "Z"
    return text


def parse_date(text: str) -> date:
    """Parse an ``xs:date``.  A time-zone suffix is accepted and dropped."""
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1]
    elif len(value) > 10 and value[10] in "+-":
        value = value[:10]
    return date.fromisoformat(value)


def format_date(value: date) -> str:
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


UTC = UTC
