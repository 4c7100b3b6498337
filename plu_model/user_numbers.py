"""Numbers as people read and type them: ``0.05`` in English, ``0,05`` in Bulgarian (a decimal comma).

Files and JSON keep the decimal point; this is for text a person reads or types in a terminal or a window.
"""

from __future__ import annotations

import math
import re

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["format_user_number", "parse_user_number", "parse_whole_number"]

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")


def format_user_number(value: float | int, language: str = "en", decimals: int | None = None) -> str:
    """The shortest form (``5``, ``0.05``) or ``decimals`` places, with a decimal comma in Bulgarian."""
    if decimals is not None:
        text = f"{value:.{decimals}f}"
    else:
        text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "bg" else text


def parse_user_number(text: str) -> float:
    """A number as a person types it: ``12.5`` or ``12,5`` (the Bulgarian habit), finite.

    A comma followed by exactly three digits (``1,200``) is refused: it is a decimal comma to a
    Bulgarian and a thousands separator to an English reader, and guessing wrong is a wrong answer.
    """
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if not _NUMBER.match(value):
        raise PluInputError(Text("plu_model.user_numbers", "{text!r} is not a number (write 12.5 or 12,5)", text=text))
    if re.search(r"\d,\d{3}$", value) or re.search(r"\d,\d{3}[eE]", value):
        raise PluInputError(Text("plu_model.user_numbers", "{text!r} is ambiguous: is the comma a decimal or a "
                                                            "thousands separator? Write it without the comma or "
                                                            "with a decimal point", text=text))
    number = float(value.replace(",", "."))
    if not math.isfinite(number):
        raise PluInputError(Text("plu_model.user_numbers", "{text!r} is too large a number", text=text))
    return number


def parse_whole_number(text: str) -> int:
    """A count as a person types it (``3``); ``2.5`` or ``2,5`` is refused, since a count has no fraction."""
    value = text.strip()
    if not re.fullmatch(r"[+-]?\d{1,9}", value):
        raise PluInputError(Text("plu_model.user_numbers", "{text!r} is not a whole number", text=text))
    return int(value)
