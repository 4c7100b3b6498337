"""argparse's own words in the user's language ("usage:", "options", "the following arguments are required").

argparse looks every message up through :mod:`gettext` by its English text;
Python ships no Bulgarian catalogue, so ``plu --lang bg`` printed English usage
lines and errors.  :func:`install` puts :func:`plu_model.i18n.say_in` in gettext's
place for the run: argparse's messages are the ``argparse`` context of the one
catalogue, and ``tests/test_translation_completeness.py`` checks that every message
of the running Python's argparse is there.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from plu_model.i18n import say_in

__all__ = ["CONTEXT", "install"]

#: the catalogue context of argparse's messages (their sources are argparse's own English, ``%s`` and all)
CONTEXT = "argparse"

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
        return say_in(language, CONTEXT, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
