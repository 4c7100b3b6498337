"""One session at a time adds a version to a plan: the others are told so within seconds, and by whom.

Storing a version locks its plan's row until the transaction ends; a big ``add`` keeps
its transaction open while the validation runs in the first process
(:mod:`register.store_worker`), for a minute or more. A second ``add`` (or a new draft)
of the same plan would wait all that time and then fail on the version number both took.
Instead it waits :data:`LOCK_WAIT` at most and says who is in the way.

Who: the session holding a plan also holds a shared advisory lock whose keys say what it is
doing (:data:`DOING`) and which plan (:func:`announce`); the waiting session reads it from
``pg_locks`` and the holder's login, program and start from ``pg_stat_activity``. A holder that
did not announce itself (``psql``, another tool) is found as the transaction that holds the plan's
row. PostgreSQL shows when another login's transaction began only to administrators
(``pg_read_all_stats``): a planner is told who, not since when.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from typing import Any

from plu_model.i18n import ByLanguage, Text
from register.errors import PlanBusy

__all__ = ["DOING", "LOCK_WAIT", "announce", "lock_plan", "waiting_briefly"]

#: how long a second session waits for the plan before it is told that someone else is adding to it
LOCK_WAIT = "5s"

#: what a session holding a plan is doing → the first key of its advisory lock (``pg_locks.classid``);
#: the second is ``hashtext('NAMESPACE:LOCALID')``. Shared locks: they never make anyone wait.
DOING = {"add": 0x504C5501, "draft": 0x504C5502}

_SAVEPOINT = "plu_plan_lock"


def announce(cur: Any, namespace: str, local_id: str, doing: str) -> None:
    """Say in ``pg_locks``, until this transaction ends, that it holds the plan and what for."""
    cur.execute("SELECT pg_advisory_xact_lock_shared(%s, hashtext(%s))", (DOING[doing], f"{namespace}:{local_id}"))


@contextmanager
def waiting_briefly(cur: Any, namespace: str, local_id: str) -> Iterator[None]:
    """Within the block a lock another session holds is waited for :data:`LOCK_WAIT` at most, then
    :class:`PlanBusy` is raised, naming the holder when PostgreSQL can tell (the caller's transaction
    is then to be rolled back, as after any error)."""
    import psycopg2

    cur.execute("SELECT current_setting('lock_timeout'), set_config('lock_timeout', %s, true)", (LOCK_WAIT,))
    before = cur.fetchone()[0]
    cur.execute(f"SAVEPOINT {_SAVEPOINT}")  # to ask who holds the plan after the wait was given up
    try:
        yield
    except psycopg2.errors.LockNotAvailable as exc:
        cur.execute(f"ROLLBACK TO SAVEPOINT {_SAVEPOINT}")
        raise PlanBusy(_busy_text(cur, namespace, local_id)) from exc
    cur.execute(f"RELEASE SAVEPOINT {_SAVEPOINT}")
    cur.execute("SELECT set_config('lock_timeout', %s, true)", (before,))


def lock_plan(cur: Any, plan_id: int, namespace: str, local_id: str, doing: str) -> None:
    """Hold the plan's row until this transaction ends (its next version number is then this session's)."""
    with waiting_briefly(cur, namespace, local_id):
        cur.execute("SELECT 1 FROM plan WHERE id = %s FOR NO KEY UPDATE", (plan_id,))
    announce(cur, namespace, local_id, doing)


def _holder(cur: Any, namespace: str, local_id: str) -> tuple[str | None, str, str, datetime | None] | None:
    """(what it is doing, login, program, start of its transaction) of the session holding the plan, or None."""
    cur.execute(
        "SELECT l.classid::bigint, a.usename, a.application_name, a.xact_start FROM pg_locks l "
        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.objsubid = 2 "
        "AND l.classid::bigint = ANY(%s) AND l.objid = hashtext(%s)::oid AND l.pid <> pg_backend_pid() "
        "ORDER BY a.xact_start NULLS LAST LIMIT 1",
        (list(DOING.values()), f"{namespace}:{local_id}"))
    found = cur.fetchone()
    if found is not None:
        doing = next(name for name, key in DOING.items() if key == found[0])
        return doing, found[1] or "", found[2] or "", found[3]
    cur.execute(  # not one of ours: the transaction that holds the plan's row
        "SELECT a.usename, a.application_name, a.xact_start FROM plan p JOIN pg_locks l "
        "ON l.locktype = 'transactionid' AND l.transactionid = p.xmax AND l.granted "
        "JOIN pg_stat_activity a ON a.pid = l.pid WHERE p.namespace = %s AND p.local_id = %s "
        "AND l.pid <> pg_backend_pid() LIMIT 1", (namespace, local_id))
    row = cur.fetchone()
    return (None, row[0] or "", row[1] or "", row[2]) if row is not None else None


def _moment(when: datetime, language: str) -> str:
    """``09:12:03`` today, ``4 Dec 2026 09:12:03`` (``4.12.2026 г. 09:12:03``) another day, in local time."""
    from plu_model.dates import format_user_date

    local = when.astimezone()
    clock = local.strftime("%H:%M:%S")
    return clock if local.date() == datetime.now().astimezone().date() else \
        f"{format_user_date(local, language)} {clock}"


def _busy_text(cur: Any, namespace: str, local_id: str) -> Text:
    """What is happening to the plan and who is doing it, as far as PostgreSQL tells this login."""
    holder = _holder(cur, namespace, local_id)
    if holder is None:
        return Text("register.plan_lock", "plan {plan} is being added or changed by another session; try again when "
                                          "it has finished", plan=local_id)
    doing, user, program, since = holder
    who = Text("register.plan_lock", "{user} (with {program})", user=user, program=program) if program else user
    when = Text("register.plan_lock", ", since {moment}", moment=ByLanguage(partial(_moment, since))) if since else ""
    if doing == "add":
        return Text("register.plan_lock", "plan {plan} is being stored as a new version by {who}{since}; try again "
                                          "when it has finished", plan=local_id, who=who, since=when)
    if doing == "draft":
        return Text("register.plan_lock", "a draft of plan {plan} is being made by {who}{since}; try again when it "
                                          "has finished", plan=local_id, who=who, since=when)
    return Text("register.plan_lock", "plan {plan} is held by {who}{since} in a transaction not yet ended; try again "
                                      "when it has ended", plan=local_id, who=who, since=when)
