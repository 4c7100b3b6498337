"""Moderation logins that an attacker can neither use to burn the CPU nor to lock the moderator out.

Why each step, cheapest first:

* a password longer than :data:`MAX_PASSWORD` is refused without hashing it;
* within a moderation session (a signed cookie set at login) a password that
  was right a moment ago is recognised from a digest keyed with that session,
  so the moderator's browser (which repeats HTTP Basic credentials on every
  page) costs one hash per login, not one per page; without that session's
  cookie the digest is of no use, so it is no way round the limits;
* every other attempt first *takes* a slot from the client's budget and from
  the budget of the whole service, in one atomic step of the rate-limit
  storage, and only then is hashed: concurrent guesses cannot all pass a check
  before any is recorded;
* at most :data:`HASHING_AT_ONCE` hashes run at the same time; the rest wait
  briefly and are then told to come back, so hashing never takes every core;
* the lockout does not lock the moderator out (OWASP's "device cookie"): a
  browser that logged in successfully before carries a signed cookie, and its
  attempts are counted in a budget of its own instead of the address's and the
  service's, which an attacker at the same address (one office NAT) exhausts.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from limits.strategies import RateLimiter as LimitsStrategy

from participation.service.ratelimit import ServiceLimits

__all__ = ["DEVICE_COOKIE", "HASHING_AT_ONCE", "MAX_PASSWORD", "LoginGuard", "Verdict", "cookie_secret"]

MAX_PASSWORD = 1024
HASHING_AT_ONCE = 1
DEVICE_COOKIE = "plu_device"
DEVICE_DAYS = 90
_REMEMBER_SECONDS = 600
_WAIT_FOR_HASHING = 1.0


@dataclass(frozen=True)
class Verdict:
    """``ok``; ``wrong``; ``wait`` (rate limited, ``retry`` seconds); ``busy`` (hashing capacity taken)."""

    outcome: str
    retry: str = "1"


class LoginGuard:
    """Checks a moderator's password under the limits above; thread-safe, one per application."""

    def __init__(self, password_hash: str, strategy: LimitsStrategy, limits: ServiceLimits, secret: bytes):
        self.password_hash = password_hash
        self.strategy = strategy
        self.limits = limits
        self.secret = secret
        self._hashing = threading.BoundedSemaphore(HASHING_AT_ONCE)
        self._remembered: dict[bytes, float] = {}
        self._lock = threading.Lock()

    # -- the device cookie --------------------------------------------------------------------
    def device_cookie(self, user: str) -> str:
        """A cookie value naming the browser as one the moderator logged in from, signed, with an expiry."""
        expires = int(time.time()) + DEVICE_DAYS * 86400
        return f"{_safe(user)}|{expires}|{self._mac(f'device|{_safe(user)}|{expires}')}"

    def trusted_device(self, cookie: str | None, user: str) -> str | None:
        """The device id of a valid cookie for ``user``, else ``None``."""
        if not cookie or cookie.count("|") != 2:
            return None
        name, expires, mac = cookie.split("|")
        if name != _safe(user) or not expires.isdigit() or int(expires) < time.time():
            return None
        if not hmac.compare_digest(mac, self._mac(f"device|{name}|{expires}")):
            return None
        return mac[:16]

    def _mac(self, text: str) -> str:
        return hmac.new(self.secret, text.encode("utf-8"), hashlib.sha256).hexdigest()

    # -- the check ---------------------------------------------------------------------------
    def check(self, address: str, user: str, password: str, device: str | None,
              verify: Callable[[str, str], bool], session: str | None = None) -> Verdict:
        """Whether ``password`` is right, spending a hash only within the budgets."""
        if not password or len(password) > MAX_PASSWORD:
            return Verdict("wrong")
        digest = hmac.new(self.secret, f"{session}|{user}|{password}".encode("utf-8", "surrogatepass"),
                          hashlib.sha256).digest()
        if session and self._recalls(digest):
            return Verdict("ok")
        buckets = [(self.limits.logins, ("login-device", device))] if device else [
            (self.limits.logins, ("login-address", address)), (self.limits.all_logins, ("login-all", "all"))]
        for limit, key in buckets:
            if not self.strategy.hit(limit.item(), *key):
                reset = self.strategy.get_window_stats(limit.item(), *key).reset_time
                return Verdict("wait", str(max(1, int(reset - time.time() + 0.999))))
        if not self._hashing.acquire(timeout=_WAIT_FOR_HASHING):
            return Verdict("busy", "5")
        try:
            ok = verify(self.password_hash, password)
        finally:
            self._hashing.release()
        if ok and session:
            with self._lock:
                self._remembered[digest] = time.monotonic() + _REMEMBER_SECONDS
        return Verdict("ok" if ok else "wrong")

    def _recalls(self, digest: bytes) -> bool:
        with self._lock:
            now = time.monotonic()
            for key in [k for k, until in self._remembered.items() if until < now]:
                del self._remembered[key]
            return digest in self._remembered


def _safe(user: str) -> str:
    return "".join(ch for ch in user[:64] if ch.isalnum() or ch in "._-@") or "-"


def cookie_secret(password: str) -> bytes:
    """The key of the moderator's cookies, from the password as slowly as its hash: cookies survive a restart,
    every worker process given the same password agrees, and a stolen cookie is no quicker way to the password."""
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), b"plu-studio moderation cookies", 600_000)
