"""Numbers as people read them: ``0.05`` in English, ``0,05`` in Bulgarian (a decimal comma).

Files and JSON keep the decimal point; this is for text a person reads in a terminal or a window.
"""

from __future__ import annotations

__all__ = ["format_user_number"]


def format_user_number(value: float | int, language: str = "en", decimals: int | None = None) -> str:
    """The shortest form (``5``, ``0.05``) or ``decimals`` places, with a decimal comma in Bulgarian."""
    if decimals is not None:
        text = f"{value:.{decimals}f}"
    else:
        text = f"{value:g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if language == "bg" else text
