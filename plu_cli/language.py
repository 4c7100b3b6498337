"""The language of command-line messages: ``--lang``, else ``$PLU_LANG``, else the locale."""

from __future__ import annotations

import argparse
import locale
import os
from datetime import date

from plu_model import i18n
from plu_model.dates import parse_user_date
from plu_model.errors import PluInputError
from plu_model.user_numbers import parse_user_number, parse_whole_number

__all__ = ["detect_language", "language", "set_language", "user_date", "user_number", "whole_number"]


def detect_language() -> str:
    """``bg`` when the environment asks for Bulgarian, else ``en``."""
    for var in ("PLU_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            return "bg" if value.lower().startswith("bg") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "bg" if code.startswith("bg") else "en"


def set_language(language: str) -> None:
    """Choose the language of messages (:func:`plu_model.i18n.say`), argparse's own ones included."""
    i18n.set_language(language)
    from plu_cli.argparse_bg import install

    install(i18n.language())


def language() -> str:
    return i18n.language()


def user_date(text: str) -> date:
    """An argparse ``type`` for dates: ``04.12.2026`` or ISO; a bad one is a plain usage error."""
    try:
        return parse_user_date(text)
    except PluInputError as exc:
        raise argparse.ArgumentTypeError(exc.message(i18n.language())) from None


def user_number(text: str) -> float:
    """An argparse ``type`` for a measure: ``12.5`` or ``12,5`` (decimal comma); a bad one is a plain usage error."""
    try:
        return parse_user_number(text)
    except PluInputError as exc:
        raise argparse.ArgumentTypeError(exc.message(i18n.language())) from None


def whole_number(text: str) -> int:
    """An argparse ``type`` for a count (floors): a fraction is a plain usage error that says so."""
    try:
        return parse_whole_number(text)
    except PluInputError as exc:
        raise argparse.ArgumentTypeError(exc.message(i18n.language())) from None
