"""One session at a time adds a version to a plan: the others are told so within seconds.

Storing a version locks its plan's row until the transaction ends; a big ``add`` keeps
its transaction open while the validation runs in the first process
(:mod:`register.store_worker`), for a minute or more. A second ``add`` (or a new draft)
of the same plan would wait all that time and then fail on the version number both took.
Instead it waits :data:`LOCK_WAIT` at most and says who is in the way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from plu_model.i18n import Text
from register.errors import PlanBusy

__all__ = ["LOCK_WAIT", "lock_plan", "waiting_briefly"]

#: how long a second session waits for the plan before it is told that someone else is adding to it
LOCK_WAIT = "5s"


@contextmanager
def waiting_briefly(cur: Any, plan: str) -> Iterator[None]:
    """Within the block a lock another session holds is waited for :data:`LOCK_WAIT` at most, then
    :class:`PlanBusy` is raised (the transaction is then aborted, as after any error)."""
    import psycopg2

    cur.execute("SELECT current_setting('lock_timeout'), set_config('lock_timeout', %s, true)", (LOCK_WAIT,))
    before = cur.fetchone()[0]
    try:
        yield
    except psycopg2.errors.LockNotAvailable as exc:
        raise PlanBusy(Text("register.plan_lock", "plan {plan} is being added or changed by another session; try "
                                                  "again when it has finished", plan=plan)) from exc
    cur.execute("SELECT set_config('lock_timeout', %s, true)", (before,))


def lock_plan(cur: Any, plan_id: int, plan: str) -> None:
    """Hold the plan's row until this transaction ends (its next version number is then this session's)."""
    with waiting_briefly(cur, plan):
        cur.execute("SELECT 1 FROM plan WHERE id = %s FOR NO KEY UPDATE", (plan_id,))
