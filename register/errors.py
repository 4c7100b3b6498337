"""The register's errors: each says what went wrong in English and Bulgarian, as every PLU error does."""

from __future__ import annotations

from typing import Any

from plu_model.errors import PluError, PluInputError
from plu_model.i18n import Text

__all__ = ["AmbiguousPlan", "ConflictError", "NotFound", "RegisterError", "AccessDenied", "ImmutableVersion", "PlanBusy"]


class RegisterError(PluError):
    """The register cannot do what was asked (no cluster, no server, a refused change)."""


class NotFound(PluInputError):
    """A plan, version or feature that the register does not hold."""


class AmbiguousPlan(PluInputError):
    """A plain localId that plans of more than one namespace share: the user names one as ``NAMESPACE:LOCALID``."""


class AccessDenied(RegisterError):
    """PostgreSQL refused the change: the user's role or authority does not allow it."""


class PlanBusy(RegisterError):
    """Another session is adding a version to the same plan (its transaction holds the plan)."""


class ImmutableVersion(RegisterError):
    """A published version is never changed; a change makes a new version."""


class ConflictError(RegisterError):
    """Someone saved the same feature since it was read: both sides are kept and shown.

    ``mine`` and ``theirs`` are the two rows (attribute dicts with ``geometry`` as WKT);
    ``conflict_id`` is where the register kept the losing side, so nothing is lost.
    """

    def __init__(self, message: Text, *, mine: dict[str, Any], theirs: dict[str, Any], conflict_id: int):
        super().__init__(message)
        self.mine = mine
        self.theirs = theirs
        self.conflict_id = conflict_id
