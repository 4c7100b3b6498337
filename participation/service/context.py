"""What every blueprint of the comment service shares: the package, the store, the clock, the limits.

One :class:`Service` per application, kept in ``app.extensions``; the
blueprints reach it through :func:`service` so each route stays a small
function that says what it does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from flask import Response, current_app
from flask_limiter import Limiter

from participation.comment import CommentContext
from participation.package_reader import PackageInfo
from participation.service.login_guard import LoginGuard
from participation.service.ratelimit import ServiceLimits
from participation.service.storage import CommentStore
from participation.settings import ConsultationSettings

__all__ = ["Service", "service"]


@dataclass
class Service:
    package: PackageInfo
    store: CommentStore
    now: Callable[[], datetime]
    limits: ServiceLimits
    limiter: Limiter
    login: LoginGuard | None
    secret: bytes
    cors_origins: tuple[str, ...]
    too_many: Callable[[str], Response]
    published: frozenset[str]

    @property
    def settings(self) -> ConsultationSettings:
        return self.package.settings

    @property
    def context(self) -> CommentContext:
        return self.package.context()


def service() -> Service:
    """The service of the application handling the current request."""
    return current_app.extensions["plu"]  # type: ignore[no-any-return]
