"""The stored "in force" table (0005_in_force_table.sql) answers what ``plu_in_force(day)`` works out live.

After every step of every plan of the test city — added, adopted, in force, repealed, a later
version superseding — the services' view and the stored slice of a future day equal the live
function's answer for that day.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from city import CITY, dataset, fill_register

_ROW = "id, plan_title, status, valid_from, valid_to, zone_type, md5(ST_AsEWKB(geom)::text)"


def _rows(cur, source: str, day: date) -> list[tuple]:
    cur.execute(f"SELECT {_ROW} FROM {source} ORDER BY id", {"day": day})
    return cur.fetchall()


def _check(dsn: str, future: date) -> None:
    """The view today and the stored slice of ``future`` equal the live answers (and come from the table)."""
    import psycopg2

    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT plu_in_force_stored(current_date), current_date")
        stored, today = cur.fetchone()
        assert stored  # the commit refreshed the table: the view does not fall back to the live function
        assert _rows(cur, "service_in_force", today) == _rows(cur, "plu_in_force(%(day)s)", today)
        slice_ = "in_force_zone WHERE days @> %(day)s::date"
        assert _rows(cur, slice_, future) == _rows(cur, "plu_in_force(%(day)s)", future)
    conn.close()


def test_every_step_leaves_the_stored_answer_equal_to_the_live_one(fresh_db):
    from register.provider import RegisterProvider

    later = date.today() + timedelta(days=30)
    with RegisterProvider(fresh_db) as reg:
        reg.ensure_authority("testgrad", "Община Тест")
        refs = {}
        for plan in CITY:
            info = reg.add(dataset(plan), "testgrad", list(plan.amends))
            refs[plan.local_id] = info.ref
            _check(fresh_db, later)
            reg.set_status(info.ref, "adoption")
            _check(fresh_db, later)
            reg.set_status(info.ref, "legalForce", plan.valid_from)
            _check(fresh_db, later)
        # the amendment repealed from a day to come: in force today, gone in the later slice
        reg.set_status(refs[CITY[-1].local_id], "obsolete", later - timedelta(days=10))
        _check(fresh_db, later)
        # a second version of the general plan, in force from a day to come, supersedes the first then
        second = reg.add(dataset(CITY[0]), "testgrad")
        _check(fresh_db, later)
        reg.set_status(second.ref, "adoption")
        reg.set_status(second.ref, "legalForce", later - timedelta(days=5))
        _check(fresh_db, later)
    _check(fresh_db, later + timedelta(days=400))


def test_a_change_is_answered_live_until_its_commit(fresh_db):
    import psycopg2


    fill_register(fresh_db)
    conn = psycopg2.connect(fresh_db)
    try:
        with conn.cursor() as cur:
            cur.execute(
                "UPDATE plan_version SET status = 'obsolete', valid_to = current_date "
                "WHERE id = (SELECT max(id) FROM plan_version)"
            )
            cur.execute("SELECT plu_in_force_stored(current_date)")
            assert cur.fetchone()[0] is False  # inside the transaction the table is stale: the view answers live
            today = date.today()
            assert _rows(cur, "service_in_force", today) == _rows(cur, "plu_in_force(%(day)s)", today)
        conn.commit()
        with conn.cursor() as cur:
            cur.execute("SELECT plu_in_force_stored(current_date)")
            assert cur.fetchone()[0] is True
    finally:
        conn.close()
    _check(fresh_db, date.today() + timedelta(days=1))


@pytest.mark.parametrize("days_before", [1, 40])
def test_a_session_on_an_earlier_day_is_answered_live(fresh_db, days_before):
    import psycopg2

    with psycopg2.connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT plu_in_force_stored(current_date - %s)", (days_before,))
        assert cur.fetchone()[0] is False
    conn.close()
