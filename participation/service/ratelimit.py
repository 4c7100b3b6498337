"""Per-client rate limits for the comment service: a sliding window of recent requests per key.

A consultation is a target for floods (scripted comments, password guessing on
the moderation page).  Each limit allows ``count`` events per ``seconds`` per
client; memory stays bounded because clients that have gone quiet are dropped
and the number of tracked clients is capped (the oldest go first).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["RateLimit", "RateLimiter"]


@dataclass(frozen=True)
class RateLimit:
    count: int
    seconds: float


class RateLimiter:
    """``hit(key)`` records an event and says how long to wait (0: allowed)."""

    def __init__(self, limit: RateLimit, *, clock: Callable[[], float] = time.monotonic, max_keys: int = 100_000):
        self.limit = limit
        self.clock = clock
        self.max_keys = max_keys
        self._events: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def hit(self, key: str) -> float:
        """Record one event for ``key``; return 0 when allowed, else the seconds until it would be."""
        now = self.clock()
        with self._lock:
            events = self._events.pop(key, None) or deque()
            while events and now - events[0] >= self.limit.seconds:
                events.popleft()
            if len(events) >= self.limit.count:
                self._events[key] = events
                return max(0.001, self.limit.seconds - (now - events[0]))
            events.append(now)
            self._events[key] = events
            while len(self._events) > self.max_keys:
                self._events.popitem(last=False)
            return 0.0

    def waiting(self, key: str) -> float:
        """Seconds ``key`` must wait before its next event (0: it may go), without recording one."""
        now = self.clock()
        with self._lock:
            events = self._events.get(key)
            if not events:
                return 0.0
            recent = [e for e in events if now - e < self.limit.seconds]
            if len(recent) < self.limit.count:
                return 0.0
            return max(0.001, self.limit.seconds - (now - recent[0]))

    def forget(self, key: str) -> None:
        with self._lock:
            self._events.pop(key, None)
