"""Exceptions the core raises, one per kind of trouble a user can act on.

Each carries a message (a :class:`plu_model.i18n.Text`) that names the file and,
where known, the feature and the place; the CLI and the GUI say it in the user's
language, never a traceback.  ``str(exc)`` stays the English text, so logs and tests
read the same whatever the language.
"""

from __future__ import annotations

from plu_model.i18n import Text

__all__ = [
    "Cancelled",
    "PluError",
    "PluInputError",
    "PlanFileError",
    "ReadOnlyPlan",
    "InvalidSetting",
    "SchemaMissingError",
    "UnknownName",
    "message_of",
    "os_error_text",
]


class _TwoLanguages:
    """An error the product says to its users in their language.

    ``text`` is a :class:`Text` (said from the catalogue) or, for a text that comes
    from outside the product (an operating-system error), a plain string said as it is.
    """

    text: Text | str

    def message(self, language: str = "en") -> str:
        """The text to show a user of ``language``."""
        return self.text.say(language) if isinstance(self.text, Text) else self.text

    @property
    def en(self) -> str:
        """The English text (what ``str()`` gives)."""
        return self.message("en")


class PluError(_TwoLanguages, Exception):
    """Base class of every error PLU Studio reports to its user.

    The raise site is the one place that knows what went wrong well enough to say it;
    it gives a :class:`Text`, which the catalogue says in each language.
    """

    def __init__(self, message: Text | str):
        super().__init__(str(message))
        self.text = message


class PluInputError(PluError):
    """The input cannot be used: unreadable, malformed, of the wrong kind."""


class ReadOnlyPlan(PluError):
    """A change asked of a plan open read-only (another authority's register plan): refused before it is made."""


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
    with its :class:`Text` for the user the caller re-raises it to as a :class:`PluInputError`."""

    def __init__(self, message: Text | str):
        super().__init__(str(message))
        self.text = message


def message_of(exc: BaseException, language: str = "en") -> str:
    """An exception's text for a user of ``language``; exceptions not ours have their one text."""
    return exc.message(language) if isinstance(exc, _TwoLanguages) else str(exc)


def os_error_text(exc: OSError) -> Text:
    """What the operating system refused, naming the file, in the user's language (the common refusals are
    translated; any other keeps the system's English words)."""
    import errno

    reasons = {
        errno.ENOENT: Text("plu_model.errors", "no such file or folder"),
        errno.EACCES: Text("plu_model.errors", "permission denied"),
        errno.EPERM: Text("plu_model.errors", "permission denied"),
        errno.EROFS: Text("plu_model.errors", "the file system is read-only"),
        errno.ENOSPC: Text("plu_model.errors", "no space left on the disk"),
        errno.EISDIR: Text("plu_model.errors", "it is a folder"),
        errno.ENOTDIR: Text("plu_model.errors", "a part of the path is not a folder"),
    }
    reason: Text | str = reasons.get(exc.errno or 0) or exc.strerror or str(exc)
    if exc.filename is None:
        return Text("plu_model.errors", "{reason}", reason=reason)
    return Text("plu_model.errors", "{path}: {reason}", path=exc.filename, reason=reason)
