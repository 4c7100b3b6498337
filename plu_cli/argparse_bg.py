"""argparse's own words in Bulgarian ("usage:", "options", "the following arguments are required").

argparse looks every message up through :mod:`gettext` by its English text;
Python ships no Bulgarian catalogue, so ``plu --lang bg`` printed English usage
lines and errors.  :func:`install` puts this table in gettext's place for the
run; ``tests/test_translation_completeness.py`` checks that every message of the
running Python's argparse is here.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

__all__ = ["ARGPARSE_BG", "install"]

ARGPARSE_BG: dict[str, str] = {
    "usage: ": "употреба: ",
    "positional arguments": "позиционни аргументи",
    "options": "настройки",
    "optional arguments": "незадължителни аргументи",
    "show this help message and exit": "показва тази помощ и излиза",
    "show program's version number and exit": "показва версията на програмата и излиза",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "непознати аргументи: %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "двусмислена настройка: %(option)s може да е %(matches)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "невъзможен избор: %(value)r (изберете от %(choices)s)",
    "can't open '%(filename)s': %(error)s": "„%(filename)s“ не може да се отвори: %(error)s",
    "expected one argument": "очаква се една стойност",
    "expected at most one argument": "очаква се най-много една стойност",
    "expected at least one argument": "очаква се поне една стойност",
    "expected %s argument": "очаква се %s стойност",
    "expected %s arguments": "очакват се %s стойности",
    "invalid %(type)s value: %(value)r": "невалидна стойност %(value)r (очаква се %(type)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: грешка: %(message)s\n",
    "the following arguments are required: %s": "липсват задължителните аргументи: %s",
    "one of the arguments %s is required": "задължителен е един от аргументите %s",
    "not allowed with argument %s": "не може заедно с аргумента %s",
    "ignored explicit argument %r": "пренебрегната изрична стойност %r",
    "unexpected option string: %s": "неочаквана настройка: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "непозната команда %(parser_name)r (възможни: %(choices)s)",
    'argument "-" with mode %r': "аргумент „-“ с режим %r",
    # raised only when a command is defined wrongly (a bug of ours), kept for completeness
    "conflicting option string: %s": "повторена настройка: %s",
    "conflicting option strings: %s": "повторени настройки: %s",
    ".__call__() not defined": ".__call__() не е дефиниран",
    "'required' is an invalid argument for positionals": "'required' не е допустим за позиционни аргументи",
    "mutually exclusive arguments must be optional": "взаимно изключващите се аргументи трябва да са незадължителни",
    "%r is not callable": "%r не може да се извика",
    "cannot merge actions - two groups are named %r": "действията не могат да се слеят: две групи се казват %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "невалидна настройка %(option)r: трябва да започва със знак от %(prefix_chars)r",
    "dest= is required for options like %r": "dest= е задължителен за настройки като %r",
    "invalid conflict_resolution value: %r": "невалидна стойност на conflict_resolution: %r",
    "cannot have multiple subparser arguments": "не може да има няколко аргумента за подкоманди",
    "conflicting subparser: %s": "повторена подкоманда: %s",
    "conflicting subparser alias: %s": "повторен псевдоним на подкоманда: %s",
}

_original: dict[str, Callable[..., str]] = {}


def install(language: str) -> None:
    """Make argparse speak ``language`` ("bg" or "en") from now on in this process."""
    if not _original:
        _original.update(gettext=argparse._, ngettext=argparse.ngettext)
    if language != "bg":
        argparse._ = _original["gettext"]  # type: ignore[attr-defined]
        argparse.ngettext = _original["ngettext"]  # type: ignore[attr-defined]
        return

    def gettext(message: str) -> str:
        return ARGPARSE_BG.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
