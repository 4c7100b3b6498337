"""Exceptions the core raises, one per kind of trouble a user can act on.

Each carries a message that names the file and, where known, the feature and
the place, in English and in Bulgarian; the CLI and the GUI show it in the
user's language, never a traceback.  ``str(exc)`` stays the English text, so
logs and tests read the same whatever the language.
"""

from __future__ import annotations

__all__ = [
    "Cancelled",
    "PluError",
    "PluInputError",
    "PlanFileError",
    "InvalidSetting",
    "SchemaMissingError",
    "UnknownName",
    "message_of",
]


class _TwoLanguages:
    """The English and the Bulgarian text of an error: the product speaks both to its users."""

    en: str
    bg: str | None

    def message(self, language: str = "en") -> str:
        """The text to show a user of ``language`` (English when no Bulgarian text was given)."""
        return self.bg if language == "bg" and self.bg else self.en


class PluError(_TwoLanguages, Exception):
    """Base class of every error PLU Studio reports to its user.

    ``bg`` is the Bulgarian text of ``message``: the raise site is the one
    place that knows what went wrong well enough to say it in each language.
    """

    def __init__(self, message: str, bg: str | None = None):
        super().__init__(message)
        self.en = message
        self.bg = bg


class PluInputError(PluError):
    """The input cannot be used: unreadable, malformed, of the wrong kind."""


class PlanFileError(PluInputError):
    """A GeoPackage plan file is missing, not a plan file, or of a newer layout."""


class InvalidSetting(PluInputError, ValueError):
    """A setting outside what it may be (a negative tolerance): a ``ValueError`` for the code that
    checks values, and a message in both languages for the user."""


class SchemaMissingError(PluError):
    """The official XML schemas are not where the product looks for them."""


class Cancelled(PluError):
    """The user cancelled a long operation; nothing was changed."""


class UnknownName(_TwoLanguages, KeyError):
    """A format or list name nobody registered: a ``KeyError`` for the code that looks names up,
    with both texts for the user the caller re-raises it to as a :class:`PluInputError`."""

    def __init__(self, message: str, bg: str):
        super().__init__(message)
        self.en = message
        self.bg = bg


def message_of(exc: BaseException, language: str = "en") -> str:
    """An exception's text for a user of ``language``; exceptions not ours have their one text."""
    return exc.message(language) if isinstance(exc, _TwoLanguages) else str(exc)
