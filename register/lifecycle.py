"""Process steps of a version: elaboration → adoption → legalForce → obsolete, forward only.

Legal force needs a first day (``validFrom``); when a version of a plan enters legal force,
the plan's older versions in force end the day before (their ``validTo`` is that day,
exclusive) and become obsolete. PostgreSQL itself refuses going back and refuses
adoption or legal force to anyone but a publisher (``0002_access.sql``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from plu_model.errors import PluInputError
from plu_model.i18n import Text
from register.errors import RegisterError
from register.store import STEPS, VersionInfo
from register.wording import step_name, steps_in_order

__all__ = ["change_step"]


def _need_day(step: str, day: date | None) -> date:
    if day is None:
        raise PluInputError(Text("register.lifecycle", "the step {step} needs a date (--date YYYY-MM-DD)",
                                 step=step_name(step)))
    return day


def change_step(cur: Any, info: VersionInfo, step: str, day: date | None) -> None:
    """Record a step; dates go to validFrom (legal force) or validTo (obsolete)."""
    if step == info.status:
        raise RegisterError(Text("register.lifecycle", "{ref} is already in {step}", ref=info.ref, step=step_name(step)))
    if day is not None and step not in ("legalForce", "obsolete"):  # it would be dropped without a word
        raise PluInputError(Text("register.lifecycle", "{step} takes no date: --date is the first day of legalForce "
                                                       "or the end of obsolete", step=step_name(step)))
    if STEPS.index(step) < STEPS.index(info.status):
        raise RegisterError(Text("register.lifecycle", "{ref} is in {status} and cannot go back to {step}: the steps "
                                                       "only go forward ({order}); a change makes a new version",
                                 ref=info.ref, status=step_name(info.status), step=step_name(step), order=steps_in_order()))
    if step == "legalForce":
        start = info.valid_from if day is None and info.valid_from else _need_day(step, day)
        cur.execute("UPDATE plan_version SET status = 'legalForce', valid_from = %s WHERE id = %s",
                    (start, info.version_pk))
        cur.execute(
            "UPDATE plan_version SET status = 'obsolete', valid_to = %s, end_lifespan = now() "
            "WHERE plan_id = %s AND id <> %s AND status = 'legalForce' AND valid_from < %s "
            "AND (valid_to IS NULL OR valid_to > %s)",
            (start, info.plan_id, info.version_pk, start, start),
        )
    elif step == "obsolete":
        end = _need_day(step, day)
        if info.valid_from and end <= info.valid_from:
            raise PluInputError(Text("register.lifecycle", "{ref}: validTo {end} must be after validFrom {valid_from}",
                                                           ref=info.ref, end=end, valid_from=info.valid_from))
        cur.execute("UPDATE plan_version SET status = 'obsolete', valid_to = %s, end_lifespan = now() "
                    "WHERE id = %s", (end, info.version_pk))
    else:
        cur.execute("UPDATE plan_version SET status = %s WHERE id = %s", (step, info.version_pk))
