"""Numbers as people read and type them: ``0.05`` in English, ``0,05`` in Bulgarian (a decimal comma).

Files and JSON keep the decimal point; this is for text a person reads in a terminal or a window,
and for numbers and a map scale a person types in the desktop's status bar (:func:`read_scale`).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["GROUPING_SPACES", "ScaleEntry", "format_user_number", "parse_user_number", "parse_whole_number",
           "read_scale"]

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
#: a comma that could group thousands as well as mark decimals: 1 to 3 digits not starting with 0, then 3 digits
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2},\d{3}([eE][+-]?\d+)?")

#: spaces people (and keyboards, and copied text) put between groups of thousands: a plain space, a
#: no-break space, a narrow no-break space (French and Bulgarian typography), a thin and a figure space
GROUPING_SPACES = " \u00a0\u202f\u2009\u2007"

#: the mark each language writes between the whole part and the fraction of a number
_DECIMAL_MARK = {"en": ".", "bg": ","}
#: the other mark, which people of the language type to group thousands ("1,250" in English, "1.250"
#: as Bulgarians also write besides the standard's space)
_GROUPING_MARK = {"en": ",", "bg": "."}
_SPACES = re.compile(f"[{GROUPING_SPACES}]+")
_EXAMPLE = "1:1250"


def format_user_number(value: float | int, language: str = "en", decimals: int | None = None) -> str:
    """The shortest form (``5``, ``0.05``) or ``decimals`` places, with a decimal comma in Bulgarian."""
    if decimals is not None:
        text = f"{value:.{decimals}f}"
    else:
        text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "bg" else text


@dataclass(frozen=True)
class ScaleEntry:
    """What a typed scale means: its denominator, or why it is no scale (``problem``); neither when empty."""

    denominator: int | None = None
    problem: Text | None = None


def read_scale(text: str, language: str = "en") -> ScaleEntry:
    """The scale a planner means by ``text``: "1:1250", "1 : 1 250", "1:1,250" (English), "1:1.250" (Bulgarian), "1250".

    Thousands may be grouped by any space (:data:`GROUPING_SPACES`) or by the mark the language does
    not use for decimals, in groups of three.  A fraction ("1:1250.5" in English, "1:1250,5" in
    Bulgarian) is refused: no map is drawn at a fractional scale, and a reader who meant thousands
    ("1.250" in an English window) is told to type the whole number rather than zoomed to 1:1.
    """
    entry = text.strip(GROUPING_SPACES + "\t")
    if not entry:
        return ScaleEntry()
    ratio, _, denominator = entry.rpartition(":")
    if ratio and _SPACES.sub("", ratio) != "1":
        return _not_a_scale(entry)
    digits = _SPACES.sub(" ", denominator.strip(GROUPING_SPACES))
    whole = f"[0-9]{{1,3}}(?:[ {re.escape(_GROUPING_MARK.get(language, ','))}][0-9]{{3}})*|[0-9]+"
    if re.fullmatch(f"(?:{whole}){re.escape(_DECIMAL_MARK.get(language, '.'))}[0-9]+", digits):
        return ScaleEntry(problem=Text("plu_model.user_numbers", "“{entry}” is not a scale: a scale has no decimals; "
                                                                 "type 1: and a whole number, e.g. {example}",
                                       entry=entry, example=_EXAMPLE))
    if not re.fullmatch(whole, digits):
        return _not_a_scale(entry)
    value = int(re.sub("[^0-9]", "", digits))
    return ScaleEntry(value) if value > 0 else _not_a_scale(entry)


def _not_a_scale(entry: str) -> ScaleEntry:
    return ScaleEntry(problem=Text("plu_model.user_numbers", "“{entry}” is not a scale: type 1: and a whole number, "
                                                             "e.g. {example}, or the number alone",
                                   entry=entry, example=_EXAMPLE))


def parse_user_number(text: str) -> float:
    """A number as a person types it: ``12.5`` or ``12,5`` (the Bulgarian habit), finite.

    ``1,200`` is refused: it is a decimal comma to a Bulgarian and a thousands separator to an
    English reader, and guessing wrong is a wrong answer.  Where a thousands separator cannot stand
    (``0,002``, ``1234,500``: a whole part that is 0 or longer than three digits) the comma is decimal.
    """
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if not _NUMBER.match(value):
        raise PluInputError(Text("plu_model.user_numbers", "{text!r} is not a number (write 12.5 or 12,5)", text=text))
    if _AMBIGUOUS.fullmatch(value):
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
