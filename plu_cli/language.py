"""The language of command-line messages: ``--lang``, else ``$PLU_LANG``, else the locale."""

from __future__ import annotations

import argparse
import locale
import os
from datetime import date

from plu_model.dates import parse_user_date
from plu_model.errors import PluInputError

__all__ = ["detect_language", "set_language", "t", "user_date"]

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
    """Choose the language of messages, argparse's own ones included."""
    global _language
    _language = "bg" if language == "bg" else "en"
    from plu_cli.argparse_bg import install

    install(_language)


def language() -> str:
    return _language


def t(en: str, bg: str) -> str:
    """The message in the current language."""
    return bg if _language == "bg" else en


def user_date(text: str) -> date:
    """An argparse ``type`` for dates: ``04.12.2026`` or ISO; a bad one is a plain usage error."""
    try:
        return parse_user_date(text)
    except PluInputError as exc:
        raise argparse.ArgumentTypeError(exc.message(_language)) from None
