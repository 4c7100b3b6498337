"""The language of command-line messages: ``--lang``, else ``$PLU_LANG``, else the locale."""

from __future__ import annotations

import locale
import os

__all__ = ["detect_language", "set_language", "t"]

_language = "en"


def detect_language() -> str:
    """``bg`` when the environment asks for Bulgarian, else ``en``."""
    for var in ("PLU_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "bg" if value.lower().startswith("bg") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "bg" if code.startswith("bg") else "en"


def set_language(language: str) -> None:
    global _language
    _language = "bg" if language == "bg" else "en"


def language() -> str:
    return _language


def t(en: str, bg: str) -> str:
    """The message in the current language."""
    return bg if _language == "bg" else en
