"""A ``limits`` storage in one SQLite file, so every worker process of the service counts against the same limits.

``limits`` (under Flask-Limiter) ships memory, Redis, Memcached and MongoDB
storages.  A consultation service is small and usually has SQLite already, so
this adds the one the authority does not have to run as an extra server:
``plu-sqlite:///var/lib/plu/limits.db``.  Each check is one ``BEGIN
IMMEDIATE`` transaction, which SQLite serialises across processes, so two
workers can never both take the last free slot of a window.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import unquote, urlparse

from limits.storage import MovingWindowSupport, Storage

__all__ = ["SqliteLimitStorage"]

_TABLES = (
    "CREATE TABLE IF NOT EXISTS limit_event (key TEXT NOT NULL, at REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS limit_event_key ON limit_event (key, at)",
    "CREATE TABLE IF NOT EXISTS limit_counter (key TEXT PRIMARY KEY, value INTEGER NOT NULL, expires REAL NOT NULL)",
)


class SqliteLimitStorage(Storage, MovingWindowSupport):
    """Fixed- and moving-window counters in a SQLite file shared by processes."""

    STORAGE_SCHEME = ["plu-sqlite"]

    def __init__(self, uri: str | None = None, wrap_exceptions: bool = False, **options: float | str | bool):
        super().__init__(uri, wrap_exceptions, **options)
        parsed = urlparse(uri or "")
        self.path = unquote(parsed.netloc + parsed.path)
        if not self.path:
            raise ValueError("plu-sqlite:// needs a file: plu-sqlite:///var/lib/plu/limits.db")
        self._local = threading.local()
        with self._transaction() as db:
            for sql in _TABLES:
                db.execute(sql)

    @property
    def base_exceptions(self) -> type[Exception]:
        return sqlite3.Error

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        db = self._db()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    # -- moving window (the strategy the service uses) --------------------------------------
    def acquire_entry(self, key: str, limit: int, expiry: int, amount: int = 1) -> bool:
        if amount > limit:
            return False
        now = time.time()
        with self._transaction() as db:
            db.execute("DELETE FROM limit_event WHERE key = ? AND at <= ?", (key, now - expiry))
            used = db.execute("SELECT count(*) FROM limit_event WHERE key = ?", (key,)).fetchone()[0]
            if used + amount > limit:
                return False
            db.executemany("INSERT INTO limit_event VALUES (?, ?)", [(key, now)] * amount)
            return True

    def get_moving_window(self, key: str, limit: int, expiry: int) -> tuple[float, int]:
        now = time.time()
        row = self._db().execute("SELECT min(at), count(*) FROM limit_event WHERE key = ? AND at > ?",
                                 (key, now - expiry)).fetchone()
        return (row[0] if row[0] is not None else now), int(row[1])

    # -- fixed window ---------------------------------------------------------------------------
    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        now = time.time()
        with self._transaction() as db:
            db.execute("DELETE FROM limit_counter WHERE key = ? AND expires <= ?", (key, now))
            db.execute("INSERT INTO limit_counter VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = value + ?",
                       (key, amount, now + expiry, amount))
            return int(db.execute("SELECT value FROM limit_counter WHERE key = ?", (key,)).fetchone()[0])

    def get(self, key: str) -> int:
        row = self._db().execute("SELECT value FROM limit_counter WHERE key = ? AND expires > ?",
                                 (key, time.time())).fetchone()
        return int(row[0]) if row else 0

    def get_expiry(self, key: str) -> float:
        row = self._db().execute("SELECT expires FROM limit_counter WHERE key = ?", (key,)).fetchone()
        return float(row[0]) if row else time.time()

    def check(self) -> bool:
        try:
            self._db().execute("SELECT 1")
            return True
        except sqlite3.Error:
            return False

    def reset(self) -> int | None:
        with self._transaction() as db:
            gone = db.execute("DELETE FROM limit_event").rowcount + db.execute("DELETE FROM limit_counter").rowcount
        return int(gone)

    def clear(self, key: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM limit_event WHERE key = ?", (key,))
            db.execute("DELETE FROM limit_counter WHERE key = ?", (key,))
