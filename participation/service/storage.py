"""Where the comment service keeps comments: SQLite by default, PostgreSQL when configured.

Personal data (name, e-mail, consent) lives in its own table, ``comment_person``,
keyed by the comment's id: the comment table holds nothing that identifies a
person, an export without personal data simply never reads the other table,
and erasing a person's data is one ``DELETE`` that leaves their comment.
Every comment is written with its person row in one transaction, so a crash
never stores half of it; nothing is ever updated except the moderation status.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlparse

from shapely.geometry import shape

from participation.comment import Author, Comment
from plu_model.errors import PluInputError

__all__ = ["STATUSES", "CommentStore", "PostgresCommentStore", "SqliteCommentStore", "StoredComment", "open_store"]

#: Moderation states: new (not looked at), ok (looked at, kept), hidden (abusive or spam; still exported, marked).
STATUSES: tuple[str, ...] = ("new", "ok", "hidden")
SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class StoredComment:
    comment: Comment
    received_at: datetime
    status: str


class CommentStore(Protocol):
    """What the service needs from a database."""

    def add(self, comment: Comment, received_at: datetime) -> None: ...

    def comments(self, *, personal: bool = False) -> list[StoredComment]: ...

    def set_status(self, comment_id: str, status: str) -> bool: ...

    def count(self) -> int: ...

    def close(self) -> None: ...


_SQL_TABLES = (
    """CREATE TABLE IF NOT EXISTS comment (
        id TEXT PRIMARY KEY,
        package_id TEXT NOT NULL,
        received_at TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        zones TEXT NOT NULL,
        paragraph TEXT,
        geometry TEXT,
        status TEXT NOT NULL DEFAULT 'new'
    )""",
    """CREATE TABLE IF NOT EXISTS comment_person (
        comment_id TEXT PRIMARY KEY REFERENCES comment(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        consent_given_at TEXT NOT NULL
    )""",
    "CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _row_values(comment: Comment, received_at: datetime) -> tuple[Any, ...]:
    geometry = None if comment.geometry is None else json.dumps(comment.geometry.__geo_interface__)
    return (
        comment.id, comment.package_id, _iso(received_at), _iso(comment.submitted_at), comment.language,
        comment.text, json.dumps(list(comment.zones)), comment.paragraph, geometry,
    )


def _from_row(row: tuple[Any, ...], person: tuple[Any, ...] | None) -> StoredComment:
    ident, package_id, received, submitted, language, text, zones, paragraph, geometry, status = row
    author = None
    if person is not None:
        author = Author(person[0], person[1], True)
    comment = Comment(
        id=ident,
        submitted_at=datetime.fromisoformat(submitted.replace("Z", "+00:00")),
        text=text,
        language=language,
        zones=tuple(json.loads(zones)),
        paragraph=paragraph,
        geometry=None if geometry is None else shape(json.loads(geometry)),
        author=author,
        package_id=package_id,
    )
    return StoredComment(comment, datetime.fromisoformat(received.replace("Z", "+00:00")), status)


_SELECT = "SELECT id, package_id, received_at, submitted_at, language, text, zones, paragraph, geometry, status FROM comment ORDER BY received_at, id"


class SqliteCommentStore:
    """Comments in one SQLite file (WAL journal, one short connection per operation)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            for sql in _SQL_TABLES:
                db.execute(sql)
            db.execute("INSERT OR IGNORE INTO store_info VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA foreign_keys=ON")
            db.execute("PRAGMA busy_timeout=30000")
            yield db
        finally:
            db.close()

    def add(self, comment: Comment, received_at: datetime) -> None:
        with self._lock, self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("INSERT INTO comment (id, package_id, received_at, submitted_at, language, text, zones, "
                           "paragraph, geometry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", _row_values(comment, received_at))
                if comment.author is not None:
                    db.execute("INSERT INTO comment_person VALUES (?, ?, ?, ?)",
                               (comment.id, comment.author.name, comment.author.email, _iso(received_at)))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def comments(self, *, personal: bool = False) -> list[StoredComment]:
        with self._connect() as db:
            rows = db.execute(_SELECT).fetchall()
            people = {}
            if personal:
                people = {r[0]: r[1:] for r in db.execute("SELECT comment_id, name, email FROM comment_person")}
        return [_from_row(r, people.get(r[0])) for r in rows]

    def set_status(self, comment_id: str, status: str) -> bool:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        with self._lock, self._connect() as db:
            return db.execute("UPDATE comment SET status = ? WHERE id = ?", (status, comment_id)).rowcount == 1

    def count(self) -> int:
        with self._connect() as db:
            return int(db.execute("SELECT count(*) FROM comment").fetchone()[0])

    def close(self) -> None:
        pass


class PostgresCommentStore:
    """Comments in PostgreSQL (psycopg2), same tables; personal data may go to its own schema.

    ``personal_schema`` lets an authority put ``comment_person`` in a schema with
    stricter grants than the comments themselves.
    """

    def __init__(self, dsn: str, *, personal_schema: str = "public"):
        try:
            import psycopg2  # type: ignore[import-untyped]
        except ImportError as exc:  # pragma: no cover - depends on the machine
            raise PluInputError(
                "PostgreSQL needs the psycopg2 module (Debian: python3-psycopg2)",
                bg="PostgreSQL изисква модула psycopg2 (Debian: python3-psycopg2)",
            ) from exc
        if not personal_schema.isidentifier():
            raise PluInputError(
                f"{personal_schema!r} is not a schema name", bg=f"{personal_schema!r} не е име на схема на базата данни"
            )
        self._psycopg2 = psycopg2
        self.dsn = dsn
        self.person_table = f"{personal_schema}.comment_person" if personal_schema != "public" else "comment_person"
        self._lock = threading.Lock()
        try:
            self._db = psycopg2.connect(dsn)
        except psycopg2.Error as exc:
            raise PluInputError(
                f"cannot connect to PostgreSQL: {str(exc).strip()}",
                bg=f"няма връзка с PostgreSQL: {str(exc).strip()}",
            ) from exc
        with self._db, self._db.cursor() as cur:
            if personal_schema != "public":
                cur.execute(f"CREATE SCHEMA IF NOT EXISTS {personal_schema}")
            cur.execute(_SQL_TABLES[0])
            cur.execute(_SQL_TABLES[1].replace("comment_person", self.person_table))
            cur.execute(_SQL_TABLES[2])
            cur.execute("INSERT INTO store_info VALUES ('schema_version', %s) ON CONFLICT (key) DO NOTHING", (SCHEMA_VERSION,))

    def add(self, comment: Comment, received_at: datetime) -> None:
        with self._lock, self._db, self._db.cursor() as cur:
            cur.execute("INSERT INTO comment (id, package_id, received_at, submitted_at, language, text, zones, "
                        "paragraph, geometry) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", _row_values(comment, received_at))
            if comment.author is not None:
                cur.execute(f"INSERT INTO {self.person_table} VALUES (%s, %s, %s, %s)",
                            (comment.id, comment.author.name, comment.author.email, _iso(received_at)))

    def comments(self, *, personal: bool = False) -> list[StoredComment]:
        with self._lock, self._db, self._db.cursor() as cur:
            cur.execute(_SELECT)
            rows = cur.fetchall()
            people = {}
            if personal:
                cur.execute(f"SELECT comment_id, name, email FROM {self.person_table}")
                people = {r[0]: r[1:] for r in cur.fetchall()}
        return [_from_row(r, people.get(r[0])) for r in rows]

    def set_status(self, comment_id: str, status: str) -> bool:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        with self._lock, self._db, self._db.cursor() as cur:
            cur.execute("UPDATE comment SET status = %s WHERE id = %s", (status, comment_id))
            return cur.rowcount == 1

    def count(self) -> int:
        with self._lock, self._db, self._db.cursor() as cur:
            cur.execute("SELECT count(*) FROM comment")
            return int(cur.fetchone()[0])

    def close(self) -> None:
        self._db.close()


def open_store(url: str, *, must_exist: bool = False) -> CommentStore:
    """A store from a URL: ``sqlite:///comments.db`` (relative), ``sqlite:////var/lib/c.db``, a bare path, or ``postgresql://…``.

    ``must_exist`` is for reading: a mistyped SQLite path then is an error, not a new empty store
    that would report no comments.
    """
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres"):
        return PostgresCommentStore(url)
    if parsed.scheme == "sqlite":
        # as SQLAlchemy writes it: sqlite:///relative.db, sqlite:////absolute/path.db
        path = unquote(parsed.netloc + parsed.path[1:] if not parsed.netloc else parsed.netloc + parsed.path)
        if not path:
            raise PluInputError(
                f"{url}: no database file in the URL (sqlite:///path/comments.db)",
                bg=f"{url}: адресът не посочва файл на база данни (sqlite:///път/comments.db)",
            )
        return _sqlite(path, must_exist)
    if parsed.scheme and len(parsed.scheme) > 1:
        raise PluInputError(
            f"{url}: unsupported database (use sqlite:///file.db or postgresql://…)",
            bg=f"{url}: неподдържана база данни (използвайте sqlite:///файл.db или postgresql://…)",
        )
    return _sqlite(url, must_exist)


def _sqlite(path: str, must_exist: bool) -> CommentStore:
    if must_exist and not Path(path).is_file():
        raise PluInputError(f"{path}: no such comment database", bg=f"{path}: няма такава база данни със становища")
    return SqliteCommentStore(path)
