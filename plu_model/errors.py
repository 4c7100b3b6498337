"""Exceptions the core raises, one per kind of trouble a user can act on.

Each carries a message that names the file and, where known, the feature and
the place; the CLI and the GUI show that message as is, never a traceback.
"""

from __future__ import annotations

__all__ = ["Cancelled", "PluError", "PluInputError", "PlanFileError", "SchemaMissingError"]


class PluError(Exception):
    """Base class of every error PLU Studio reports to its user."""


class PluInputError(PluError):
    """The input cannot be used: unreadable, malformed, of the wrong kind."""


class PlanFileError(PluInputError):
    """A GeoPackage plan file is missing, not a plan file, or of a newer layout."""


class SchemaMissingError(PluError):
    """The official XML schemas are not where the product looks for them."""


class Cancelled(PluError):
    """The user cancelled a long operation; nothing was changed."""
