"""Rate limits of the comment service, counted by Flask-Limiter (the ``limits`` library underneath).

A consultation is a target for floods (scripted comments, password guessing on
the moderation page).  Every limit allows ``count`` events per ``seconds`` and
is kept in a ``limits`` storage: ``memory://`` for one process (waitress runs
one process with threads, which is how ``plu consultation serve`` runs), or a
storage every worker process shares when the service runs as several: a
SQLite file (``plu-sqlite:///path``, see :mod:`participation.service.limit_storage`)
or Redis/Memcached (``redis://…``), which ``limits`` supports itself.
"""

from __future__ import annotations

import ipaddress
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from flask import Flask, Response, request
from flask_limiter import Limiter, RequestLimit
from limits import RateLimitItem, RateLimitItemPerSecond
from limits.errors import ConfigurationError
from limits.storage import storage_from_string

import participation.service.limit_storage  # noqa: F401 - registers the plu-sqlite:// storage with limits
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["RateLimit", "ServiceLimits", "client_address", "make_limiter", "retry_after"]


@dataclass(frozen=True)
class RateLimit:
    count: int
    seconds: float

    def item(self) -> RateLimitItem:
        return RateLimitItemPerSecond(self.count, max(1, int(self.seconds)))

    def text(self) -> str:
        return f"{self.count} per {max(1, int(self.seconds))} second"


@dataclass(frozen=True)
class ServiceLimits:
    """Every request and every comment per client; moderation logins per client and for all clients together.

    ``all_logins`` is the budget of password checks the whole service spends in
    the window, so many addresses together cannot keep the CPU busy hashing.
    """

    requests: RateLimit = RateLimit(300, 60)
    comments: RateLimit = RateLimit(20, 600)
    logins: RateLimit = RateLimit(10, 600)
    all_logins: RateLimit = RateLimit(60, 600)
    storage_uri: str = "memory://"


def client_address() -> str:
    """Whom a limit counts: the client's address as the WSGI server reports it (waitress rewrites it from a
    trusted proxy only), an IPv6 address by its /64.

    An IPv6 home or phone line is given a whole /64 and picks new addresses in it at will
    (privacy extensions); counted one by one, it would have 2⁶⁴ budgets.  An IPv4 address
    written as IPv6 (``::ffff:198.51.100.7``, a dual-stack socket) is that IPv4 address.
    """
    raw = request.remote_addr or "unknown"
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return raw
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address.packed[:8] + bytes(8), 64)))
    return str(address)


def retry_after(reset_at: float) -> str:
    return str(max(1, int(reset_at - time.time() + 0.999)))


def check_storage(uri: str) -> None:
    """Raise :class:`PluInputError` (bilingual, no traceback) when the limits storage cannot be used."""
    try:
        storage = storage_from_string(uri)
        usable = storage.check()
    except (ConfigurationError, ValueError, OSError, sqlite3.Error) as exc:
        raise PluInputError(Text("participation.service.ratelimit", "{uri}: cannot count rate limits there ({exc})",
                                                                    uri=uri, exc=exc)) from exc
    if not usable:
        raise PluInputError(Text("participation.service.ratelimit", "{uri}: the rate-limit storage does not answer",
                                                                    uri=uri))


def make_limiter(app: Flask, limits: ServiceLimits, too_many: Callable[[str], Response]) -> Limiter:
    """Flask-Limiter on ``app``: all requests share one per-client budget; comments have their own."""

    def breach(limit: RequestLimit) -> Response:
        return too_many(retry_after(limit.reset_at))

    check_storage(limits.storage_uri)
    return Limiter(
        client_address, app=app, storage_uri=limits.storage_uri, strategy="moving-window",
        application_limits=[limits.requests.text()], on_breach=breach, headers_enabled=False,
        key_prefix="plu",
    )
