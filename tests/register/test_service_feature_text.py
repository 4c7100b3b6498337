"""The features' GeoJSON stored at publication (0006_service_feature_text.sql) is the text the view gives live.

After every step of every plan of the test city — added (a draft: not served), adopted, in force,
repealed, a second version, the plan's title changed — every published feature's stored text, as
the OGC API pages read it, equals the text the live query writes from ``service_feature`` now.
"""

from __future__ import annotations

from datetime import date, timedelta

from city import CITY, dataset

from register.service_query import FEATURE_TYPES, _page_sql, query_geojson


def _live(cur, feature_type: str) -> list[str]:
    """Each feature's GeoJSON text written from the view, as before 0006."""
    cur.execute(
        _page_sql("service_feature", "class = %(cls)s", True), {"cls": feature_type, "offset": 0, "limit": 10**9}
    )
    return [row[1] for row in cur.fetchall()]


def _check(dsn: str) -> int:
    """The stored pages equal the live ones for every feature type; returns how many features are served."""
    import psycopg2

    served = 0
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        for feature_type in FEATURE_TYPES:
            live = _live(cur, feature_type)
            page = query_geojson(cur, feature_type, limit=10**6)
            assert page.features == ",".join(live) and page.matched == len(live)
            served += len(live)
    conn.close()
    return served


def test_every_step_leaves_the_stored_text_equal_to_the_live_one(fresh_db):
    import psycopg2

    from register.provider import RegisterProvider

    later = date.today() + timedelta(days=30)
    with RegisterProvider(fresh_db) as reg:
        reg.ensure_authority("testgrad", "Община Тест")
        refs = {}
        for plan in CITY:
            before = _check(fresh_db)
            info = reg.add(dataset(plan), "testgrad", list(plan.amends))
            refs[plan.local_id] = info.ref
            assert _check(fresh_db) == before  # a draft is nobody's business yet
            reg.set_status(info.ref, "adoption")
            assert _check(fresh_db) > before
            reg.set_status(info.ref, "legalForce", plan.valid_from)
            _check(fresh_db)
        reg.set_status(refs[CITY[-1].local_id], "obsolete", later - timedelta(days=10))
        _check(fresh_db)
        second = reg.add(dataset(CITY[0]), "testgrad")
        reg.set_status(second.ref, "adoption")
        reg.set_status(second.ref, "legalForce", later - timedelta(days=5))
        _check(fresh_db)
    with psycopg2.connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("UPDATE plan SET title = title || ' (ново заглавие)' WHERE local_id = %s", (CITY[0].local_id,))
    conn.close()
    _check(fresh_db)
    with psycopg2.connect(fresh_db) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*) FROM service_version_text WHERE middle LIKE '%%(ново заглавие)%%'")
        renamed = cur.fetchone()[0]
    conn.close()
    assert renamed > 0
