"""A plan another session holds: the second one is told within seconds what is happening and who is doing it.

Two real connections to a real register: the holder is a plain psycopg2 connection with a program
name of its own, as another PLU Studio or ``psql`` would be. Every name and time expected is asked of
PostgreSQL or the holder here, never of :mod:`register.plan_lock`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import psycopg2
import pytest
from city import DETAILED_1, dataset
from conftest_paths import ROOT

from plu_model.i18n import catalogue
from register.errors import PlanBusy
from register.plan_lock import LOCK_WAIT
from register.provider import RegisterProvider

sys.path.insert(0, str(ROOT / "tests" / "app"))
from editor_helpers import *  # noqa: E402,F403 - fixtures (make_window, window)

PLAN = DETAILED_1.local_id


def bg(source: str) -> str:
    return catalogue("bg")[("register.plan_lock", source)]


@contextmanager
def holding(dsn: str, program: str, hold) -> Iterator[tuple[str, datetime]]:
    """A second connection that runs ``hold(cursor)`` and keeps its transaction open: (its login, its start)."""
    conn = psycopg2.connect(dsn, application_name=program)
    try:
        with conn.cursor() as cur:
            hold(cur)
            cur.execute("SELECT current_user, xact_start FROM pg_stat_activity WHERE pid = pg_backend_pid()")
            user, started = cur.fetchone()
        yield user, started
    finally:
        conn.rollback()
        conn.close()


def _clock(started: datetime) -> str:
    return started.astimezone().strftime("%H:%M:%S")


def _adding(cur) -> None:
    from register.store import store_version

    store_version(cur, dataset(DETAILED_1), "city_a")


def _drafting(cur) -> None:
    from register.editing import copy_to_draft
    from register.store import version_rows

    cur.execute("SELECT v.id FROM plan_version v JOIN plan p ON p.id = v.plan_id WHERE p.local_id = %s", (PLAN,))
    copy_to_draft(cur, version_rows(cur, "v.id = %s", (cur.fetchone()[0],))[0])


def _refused(action) -> PlanBusy:
    start = time.monotonic()
    with pytest.raises(PlanBusy) as caught:
        action()
    assert time.monotonic() - start < float(LOCK_WAIT.rstrip("s")) + 10
    return caught.value


def test_an_add_while_another_program_stores_a_version_names_it_and_since_when(published_plan):
    with holding(published_plan, "qgis-plu-test", _adding) as (user, started):
        with RegisterProvider(published_plan) as reg:
            busy = _refused(lambda: reg.add(dataset(DETAILED_1), "city_a"))
    who, since = f"{user} (with qgis-plu-test)", f", since {_clock(started)}"
    assert busy.message("en") == (f"plan {PLAN} is being stored as a new version by {who}{since}; try again when "
                                  "it has finished")
    who_bg = bg("{user} (with {program})").format(user=user, program="qgis-plu-test")
    since_bg = bg(", since {moment}").format(moment=_clock(started))
    assert busy.message("bg") == bg("plan {plan} is being stored as a new version by {who}{since}; try again when it "
                                    "has finished").format(plan=PLAN, who=who_bg, since=since_bg)
    with RegisterProvider(published_plan) as reg:
        assert [v.version_no for v in reg.versions(PLAN)] == [1]  # the holder rolled back; the waiter stored nothing


@pytest.fixture
def planner(published_plan, cluster):
    """``published_plan`` and the DSN of ``ana``, planner of city_a (no right to see other logins' sessions)."""
    with RegisterProvider(published_plan) as reg:
        reg.grant("ana", "planner", "city_a")
    database = published_plan.rsplit("dbname=", 1)[1].split()[0]
    return published_plan, cluster.dsn(user="ana", database=database)


def test_a_planners_draft_while_another_makes_one_names_who_but_cannot_say_since_when(planner):
    owner, ana = planner
    with holding(owner, "plu-studio-desk", _drafting) as (user, _started):
        with RegisterProvider(ana) as reg:
            busy = _refused(lambda: reg.draft(PLAN))
    assert busy.message("en") == (f"a draft of plan {PLAN} is being made by {user} (with plu-studio-desk); try "
                                  "again when it has finished")
    assert user != "ana"


def test_a_plan_held_by_another_tool_is_named_as_such(published_plan):
    def row_lock(cur) -> None:  # psql: BEGIN; SELECT … FOR UPDATE; and then the user went to lunch
        cur.execute("SELECT 1 FROM plan WHERE local_id = %s FOR UPDATE", (PLAN,))

    with holding(published_plan, "psql", row_lock) as (user, started):
        with RegisterProvider(published_plan) as reg:
            busy = _refused(lambda: reg.add(dataset(DETAILED_1), "city_a"))
    assert busy.message("en") == (f"plan {PLAN} is held by {user} (with psql), since {_clock(started)} in a "
                                  "transaction not yet ended; try again when it has ended")


def test_the_desktop_save_while_another_makes_the_draft_is_a_message_and_keeps_the_edit(make_window, published_plan):
    import json

    from app.editing import change_attributes
    from app.register_actions import open_from_register, save_to_register
    from qgis.PyQt.QtWidgets import QMessageBox

    window = make_window("bg")
    doc = open_from_register(window, published_plan, PLAN).wait()
    zoning = window.layers.zoning
    zone = next(f for f in zoning.getFeatures() if f["inspire_local_id"] == "d1-a")
    use = "http://inspire.ec.europa.eu/codelist/HILUCSValue/1_PrimaryProduction"
    change_attributes(doc, zoning, zone.id(), {"hilucs_land_use": json.dumps([use])}, "use")
    with holding(published_plan, "plu-studio-desk", _drafting) as (user, started):
        assert save_to_register(window) is None
    boxes = [b for b in window.findChildren(QMessageBox, "error_box") if b.isVisible()]
    assert boxes, "no message was shown"
    said = boxes[-1].text()
    who_bg = bg("{user} (with {program})").format(user=user, program="plu-studio-desk")
    since_bg = bg(", since {moment}").format(moment=_clock(started))
    busy_bg = bg("a draft of plan {plan} is being made by {who}{since}; try again when it has finished")
    assert busy_bg.format(plan=PLAN, who=who_bg, since=since_bg) in said, said
    assert "Нищо не е загубено" in said and "Traceback" not in said and "PlanBusy" not in said
    boxes[-1].close()
    assert doc.is_modified and window.document is doc  # the edit stays, to be saved once the other has finished
    with RegisterProvider(published_plan) as reg:
        assert [v.version_no for v in reg.versions(PLAN)] == [1]
