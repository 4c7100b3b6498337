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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote, urlparse

from shapely.geometry import shape

from participation.comment import Author, Comment
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["STATUSES", "CommentStore", "IdempotencyConflict", "Receipt", "Submission", "format_reference", "next_reference", "refuse_inside", "PostgresCommentStore", "SqliteCommentStore", "StoredComment", "open_store"]

#: Moderation states: new (not looked at), ok (looked at, kept), hidden (abusive or spam; still exported, marked).
STATUSES: tuple[str, ...] = ("new", "ok", "hidden")
SCHEMA_VERSION = "1"


@dataclass(frozen=True)
class StoredComment:
    comment: Comment
    received_at: datetime
    status: str
    reference: str = ""


@dataclass(frozen=True)
class Receipt:
    """What a citizen gets back: the comment's id, its short reference, and whether it was a repeat."""

    id: str
    reference: str
    received_at: datetime
    repeated: bool = False


class IdempotencyConflict(Exception):
    """An idempotency key sent again with a different comment: refused, never stored twice."""


@dataclass(frozen=True)
class Submission:
    """How one comment is filed: its reference prefix and year, and the client's retry key (if any).

    ``body_hash`` fingerprints the request, so a key reused for a different
    comment is refused instead of silently answered with someone else's receipt.
    """

    prefix: str = "ПУП"
    year: int = 0
    idempotency_key: str | None = None
    body_hash: str = ""


class CommentStore(Protocol):
    """What the service needs from a database."""

    def add(self, comment: Comment, received_at: datetime, submission: Submission | None = None) -> Receipt: ...

    def comments(self, *, personal: bool = False) -> list[StoredComment]: ...

    def receipt(self, package_id: str, key: str, body_hash: str) -> Receipt | None: ...

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
        status TEXT NOT NULL DEFAULT 'new',
        reference TEXT,
        idempotency_key TEXT,
        body_hash TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS comment_person (
        comment_id TEXT PRIMARY KEY REFERENCES comment(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        consent_given_at TEXT NOT NULL
    )""",
    "CREATE TABLE IF NOT EXISTS store_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS reference_counter (scope TEXT PRIMARY KEY, last INTEGER NOT NULL)",
)
#: Columns added after the first release: a database made before them gains them on open.
_ADDED_COLUMNS = ("reference TEXT", "idempotency_key TEXT", "body_hash TEXT")
_INDEXES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS comment_reference ON comment (package_id, reference)",
    "CREATE UNIQUE INDEX IF NOT EXISTS comment_idempotency ON comment (package_id, idempotency_key)",
)
#: Atomic "take the next number": one statement, so two writers can never get the same one.
_NEXT_NUMBER = ("INSERT INTO reference_counter (scope, last) VALUES ({p}, 1) "
                "ON CONFLICT (scope) DO UPDATE SET last = reference_counter.last + 1 RETURNING last")
_FIND_KEY = "SELECT id, reference, received_at, body_hash FROM comment WHERE package_id = {p} AND idempotency_key = {p}"


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def format_reference(prefix: str, year: int, number: int) -> str:
    """``ПУП-2026-0042``: short enough to read out on the phone, sortable within a year."""
    return f"{prefix}-{year}-{number:04d}"


def _row_values(comment: Comment, received_at: datetime) -> tuple[Any, ...]:
    geometry = None if comment.geometry is None else json.dumps(comment.geometry.__geo_interface__)
    return (
        comment.id, comment.package_id, _iso(received_at), _iso(comment.submitted_at), comment.language,
        comment.text, json.dumps(list(comment.zones)), comment.paragraph, geometry,
    )


def _from_row(row: tuple[Any, ...], person: tuple[Any, ...] | None) -> StoredComment:
    ident, package_id, received, submitted, language, text, zones, paragraph, geometry, status, reference = row
    author = None
    if person is not None:
        author = Author(person[0], person[1], True)
    comment = Comment(
        id=ident,
        submitted_at=_parse_iso(submitted),
        text=text,
        language=language,
        zones=tuple(json.loads(zones)),
        paragraph=paragraph,
        geometry=None if geometry is None else shape(json.loads(geometry)),
        author=author,
        package_id=package_id,
    )
    return StoredComment(comment, _parse_iso(received), status, reference or "")


_SELECT = ("SELECT id, package_id, received_at, submitted_at, language, text, zones, paragraph, geometry, status, "
           "reference FROM comment ORDER BY received_at, id")
_INSERT = ("INSERT INTO comment (id, package_id, received_at, submitted_at, language, text, zones, paragraph, geometry, "
           "reference, idempotency_key, body_hash) VALUES ({0})")


def next_reference(cur: Any, p: str, package_id: str, prefix: str, year: int) -> str:
    """Take the next short reference of a consultation, inside the caller's transaction.

    One ``INSERT … ON CONFLICT DO UPDATE … RETURNING`` both counts and reads, so
    concurrent writers (threads or processes, SQLite or PostgreSQL) never get the
    same number; a rolled-back transaction gives its number back.  ``p`` is the
    driver's placeholder (``?`` or ``%s``).
    """
    cur.execute(_NEXT_NUMBER.format(p=p), (f"{package_id}/{prefix}-{year}",))
    return format_reference(prefix, year, int(cur.fetchone()[0]))


def find_receipt(cur: Any, p: str, package_id: str, key: str, body_hash: str) -> Receipt | None:
    """The receipt of the comment filed earlier under ``key``; :class:`IdempotencyConflict` if it was another body."""
    cur.execute(_FIND_KEY.format(p=p), (package_id, key))
    found = cur.fetchone()
    if found is None:
        return None
    if found[3] != body_hash:
        raise IdempotencyConflict(key)
    return Receipt(found[0], found[1] or "", _parse_iso(found[2]), repeated=True)


def _file_comment(cur: Any, p: str, comment: Comment, received_at: datetime, submission: Submission,
                  person_table: str) -> Receipt:
    """Insert one comment and its person inside the caller's transaction; a repeated key returns the first receipt."""
    key = submission.idempotency_key
    if key:
        earlier = find_receipt(cur, p, comment.package_id, key, submission.body_hash)
        if earlier is not None:
            return earlier
    reference = next_reference(cur, p, comment.package_id, submission.prefix, submission.year or received_at.year)
    cur.execute(_INSERT.format(", ".join([p] * 12)),
                (*_row_values(comment, received_at), reference, key, submission.body_hash))
    if comment.author is not None:
        cur.execute(f"INSERT INTO {person_table} VALUES ({p}, {p}, {p}, {p})",
                    (comment.id, comment.author.name, comment.author.email, _iso(received_at)))
    return Receipt(comment.id, reference, received_at)


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
            have = {row[1] for row in db.execute("PRAGMA table_info(comment)")}
            for column in _ADDED_COLUMNS:
                if column.split()[0] not in have:
                    db.execute(f"ALTER TABLE comment ADD COLUMN {column}")
            for sql in _INDEXES:
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

    def add(self, comment: Comment, received_at: datetime, submission: Submission | None = None) -> Receipt:
        """Store a comment with the next reference; BEGIN IMMEDIATE makes number and insert one step for all processes."""
        with self._lock, self._connect() as db:
            db.execute("BEGIN IMMEDIATE")
            try:
                receipt = _file_comment(db.cursor(), "?", comment, received_at, submission or Submission(),
                                        "comment_person")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        return receipt

    def receipt(self, package_id: str, key: str, body_hash: str) -> Receipt | None:
        """The receipt already given for ``key`` (a retry), without filing anything."""
        with self._connect() as db:
            return find_receipt(db.cursor(), "?", package_id, key, body_hash)

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
    stricter grants than the comments themselves.  A lost connection (database
    restarted, network cut) is opened again on the next operation, which is
    retried once: nothing is half-written because each operation is one
    transaction, and a comment's primary key stops a retried commit storing it twice.
    """

    def __init__(self, dsn: str, *, personal_schema: str = "public"):
        try:
            import psycopg2  # type: ignore[import-untyped]
        except ImportError as exc:  # pragma: no cover - depends on the machine
            raise PluInputError(
                Text("participation.service.storage", "PostgreSQL needs the psycopg2 module (Debian: "
                                                      "python3-psycopg2)"),
            ) from exc
        if not personal_schema.isidentifier():
            raise PluInputError(
                Text("participation.service.storage", "{personal_schema!r} is not a schema name",
                                                      personal_schema=personal_schema)
            )
        self._psycopg2 = psycopg2
        self.dsn = dsn
        self.person_table = f"{personal_schema}.comment_person" if personal_schema != "public" else "comment_person"
        self._lock = threading.Lock()
        try:
            self._db = psycopg2.connect(dsn)
        except psycopg2.Error as exc:
            raise PluInputError(
                Text("participation.service.storage", "cannot connect to PostgreSQL: {exc}", exc=str(exc).strip()),
            ) from exc
        with self._db, self._db.cursor() as cur:
            if personal_schema != "public":
                cur.execute(f"CREATE SCHEMA IF NOT EXISTS {personal_schema}")
            cur.execute(_SQL_TABLES[0])
            cur.execute(_SQL_TABLES[1].replace("comment_person", self.person_table))
            cur.execute(_SQL_TABLES[2])
            cur.execute(_SQL_TABLES[3])
            for column in _ADDED_COLUMNS:
                cur.execute(f"ALTER TABLE comment ADD COLUMN IF NOT EXISTS {column}")
            for sql in _INDEXES:
                cur.execute(sql)
            cur.execute("INSERT INTO store_info VALUES ('schema_version', %s) ON CONFLICT (key) DO NOTHING", (SCHEMA_VERSION,))

    def _run(self, work: Callable[[Any], Any]) -> Any:
        """Run ``work(cursor)`` in one transaction, reconnecting once if the connection was lost."""
        lost = (self._psycopg2.OperationalError, self._psycopg2.InterfaceError)
        with self._lock:
            for attempt in (1, 2):
                try:
                    if self._db.closed:
                        self._db = self._psycopg2.connect(self.dsn)
                    with self._db, self._db.cursor() as cur:
                        return work(cur)
                except lost:
                    if attempt == 2 or not self._db.closed and not self._connection_broken():
                        raise
                    self._drop()
        raise AssertionError("unreachable")  # pragma: no cover

    def _connection_broken(self) -> bool:
        try:
            with self._db.cursor() as cur:
                cur.execute("SELECT 1")
            self._db.rollback()
            return False
        except (self._psycopg2.OperationalError, self._psycopg2.InterfaceError):
            return True

    def _drop(self) -> None:
        try:
            self._db.close()
        except self._psycopg2.Error:  # pragma: no cover - already gone
            pass

    def add(self, comment: Comment, received_at: datetime, submission: Submission | None = None) -> Receipt:
        return self._run(lambda cur: _file_comment(cur, "%s", comment, received_at, submission or Submission(),
                                                    self.person_table))

    def receipt(self, package_id: str, key: str, body_hash: str) -> Receipt | None:
        """The receipt already given for ``key`` (a retry), without filing anything."""
        return self._run(lambda cur: find_receipt(cur, "%s", package_id, key, body_hash))  # type: ignore[no-any-return]

    def comments(self, *, personal: bool = False) -> list[StoredComment]:
        def read(cur: Any) -> tuple[list[Any], dict[str, Any]]:
            cur.execute(_SELECT)
            rows = cur.fetchall()
            people = {}
            if personal:
                cur.execute(f"SELECT comment_id, name, email FROM {self.person_table}")
                people = {r[0]: r[1:] for r in cur.fetchall()}
            return rows, people

        rows, people = self._run(read)
        return [_from_row(r, people.get(r[0])) for r in rows]

    def set_status(self, comment_id: str, status: str) -> bool:
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")

        def update(cur: Any) -> bool:
            cur.execute("UPDATE comment SET status = %s WHERE id = %s", (status, comment_id))
            return bool(cur.rowcount == 1)

        return bool(self._run(update))

    def count(self) -> int:
        def count(cur: Any) -> int:
            cur.execute("SELECT count(*) FROM comment")
            return int(cur.fetchone()[0])

        return int(self._run(count))

    def close(self) -> None:
        self._db.close()


def open_store(url: str, *, must_exist: bool = False, outside: Path | None = None) -> CommentStore:
    """A store from a URL: ``sqlite:///comments.db`` (relative), ``sqlite:////var/lib/c.db``, a bare path, or ``postgresql://…``.

    ``must_exist`` is for reading: a mistyped SQLite path then is an error, not a new empty store
    that would report no comments.  ``outside`` is the published package folder: a SQLite file
    (names and e-mails) is refused there, before it is created.
    """
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres"):
        return PostgresCommentStore(url)
    if parsed.scheme == "sqlite":
        # as SQLAlchemy writes it: sqlite:///relative.db, sqlite:////absolute/path.db
        path = unquote(parsed.netloc + parsed.path[1:] if not parsed.netloc else parsed.netloc + parsed.path)
        if not path:
            raise PluInputError(
                Text("participation.service.storage", "{url}: no database file in the URL "
                                                      "(sqlite:///path/comments.db)", url=url),
            )
        return _sqlite(path, must_exist, outside)
    if parsed.scheme and len(parsed.scheme) > 1:
        raise PluInputError(
            Text("participation.service.storage", "{url}: unsupported database (use sqlite:///file.db or "
                                                  "postgresql://…)", url=url),
        )
    return _sqlite(url, must_exist, outside)


def refuse_inside(database: Path, folder: Path) -> None:
    """Raise :class:`PluInputError` when ``database`` lies in the published ``folder``."""
    if database.resolve().is_relative_to(folder.resolve()):
        raise PluInputError(
            Text("participation.service.storage", "{database}: the comment database (with names and e-mails) must "
                                                  "not be inside the package folder {folder}; give --db a path "
                                                  "outside it, e.g. sqlite:////var/lib/plu/comments.db",
                                                  database=database, folder=folder),
        )


def _sqlite(path: str, must_exist: bool, outside: Path | None = None) -> CommentStore:
    if outside is not None:
        refuse_inside(Path(path), outside)
    if must_exist and not Path(path).is_file():
        raise PluInputError(Text("participation.service.storage", "{path}: no such comment database", path=path))
    return SqliteCommentStore(path)
