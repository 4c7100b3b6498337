"""Who answers for the services: the register's own authorities, and the e-mail address an administrator gives.

INSPIRE asks every service for a responsible party with an e-mail address.  The organisation
is the register's: the authorities whose plans are published.  The register keeps no e-mail
address, so that comes from the administrator (``plu serve --contact-email``); when none is
given the records say it is missing (``gco:nilReason="missing"``, "not configured") rather than
inventing one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from services.texts import text

__all__ = ["ServiceContact", "service_contact"]


@dataclass(frozen=True)
class ServiceContact:
    """The responsible organisation (None: no published plan yet) and e-mail (None: not configured)."""

    organisation: str | None = None
    email: str | None = None

    def organisation_or_missing(self, language: str) -> str:
        return self.organisation or text("contact.organisation_missing", language)

    def email_or_missing(self, language: str) -> str:
        return self.email or text("contact.email_missing", language)


def service_contact(provider: Any, email: str | None = None) -> ServiceContact:
    """The contact of the services over the register ``provider`` (names of its publishing authorities)."""
    names = provider.service_authorities()
    return ServiceContact("; ".join(names) or None, (email or "").strip() or None)
