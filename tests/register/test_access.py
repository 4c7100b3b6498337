"""Authority and access through real PostgreSQL roles: row-level security, publishers, the audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from city import DETAILED_1, DETAILED_2, dataset

from register.errors import AccessDenied, RegisterError
from register.provider import RegisterProvider


@pytest.fixture
def two_cities(fresh_db, cluster):
    """Authority A holds pup-south, B holds pup-north; ana plans for A, boris for B, pavel publishes for A."""
    database = fresh_db.rsplit("dbname=", 1)[1].split()[0]
    with RegisterProvider(fresh_db) as owner:
        owner.grant("ana", "planner", "city_a", authority_name="Община А")
        owner.grant("boris", "planner", "city_b", authority_name="Община Б")
        owner.grant("pavel", "publisher", "city_a")
        owner.grant("rita", "reader", None)
    with RegisterProvider(cluster.dsn(user="ana", database=database)) as ana:
        ana.add(dataset(DETAILED_1), "city_a")
    with RegisterProvider(cluster.dsn(user="boris", database=database)) as boris:
        boris.add(dataset(DETAILED_2), "city_b")
    return lambda user: RegisterProvider(cluster.dsn(user=user, database=database))


def test_a_planner_of_a_cannot_change_bs_plan(two_cities):
    with two_cities("ana") as ana:
        theirs = ana.editable(DETAILED_2.local_id)  # everyone reads
        assert theirs
        f = theirs[1]
        f.feature.hilucs_land_use = ["http://inspire.ec.europa.eu/codelist/HILUCSValue/1_PrimaryProduction"]
        with pytest.raises(AccessDenied):
            ana.save_feature(f.feature_id, f.feature, f.lock_version, 7801)
        with pytest.raises(AccessDenied):
            ana.add(dataset(DETAILED_2), "city_b")
        with pytest.raises(RegisterError):
            ana.add(dataset(DETAILED_2), "city_a")  # the plan is B's: not taken over by re-adding
        with ana.transaction() as cur:  # plain SQL is held to the same rule: the row is simply not visible to change
            cur.execute("UPDATE feature SET lock_version = 99 WHERE authority = 'city_b'")
            assert cur.rowcount == 0
    with two_cities("boris") as boris:
        assert {f.lock_version for f in boris.editable(DETAILED_2.local_id)} == {1}


def test_a_planner_edits_own_plan_but_only_a_publisher_publishes(two_cities):
    with two_cities("ana") as ana:
        own = ana.editable(DETAILED_1.local_id)[1]
        assert ana.save_feature(own.feature_id, own.feature, own.lock_version, 7801) == 2
        with pytest.raises(AccessDenied):
            ana.set_status(DETAILED_1.local_id, "legalForce", date(2020, 1, 1))
    with two_cities("pavel") as pavel:
        assert pavel.set_status(DETAILED_1.local_id, "legalForce", date(2020, 1, 1)).status == "legalForce"
        with pytest.raises(AccessDenied):
            pavel.set_status(DETAILED_2.local_id, "adoption")  # B's plan


def test_a_reader_reads_and_changes_nothing(two_cities):
    with two_cities("rita") as rita:
        assert {v.local_id for v in rita.plans()} == {DETAILED_1.local_id, DETAILED_2.local_id}
        f = rita.editable(DETAILED_1.local_id)[1]
        with pytest.raises(AccessDenied):
            rita.save_feature(f.feature_id, f.feature, f.lock_version, 7801)


def test_the_audit_says_who_changed_what(two_cities, fresh_db):
    with two_cities("ana") as ana:
        own = ana.editable(DETAILED_1.local_id)[2]
        ana.save_feature(own.feature_id, own.feature, own.lock_version, 7801)
    with RegisterProvider(fresh_db) as owner:
        rows = owner.audit(200)
    by_ana = [(r["action"], r["table"]) for r in rows if r["who"] == "ana"]
    assert ("UPDATE", "feature") in by_ana and ("INSERT", "plan_version") in by_ana
    assert any(r["who"] == "boris" and r["table"] == "feature" and r["detail"]["features"] == 4 for r in rows)


def test_an_administrator_who_is_no_superuser_grants_and_a_planner_cannot(fresh_db, cluster):
    database = fresh_db.rsplit("dbname=", 1)[1].split()[0]
    with RegisterProvider(fresh_db) as owner:
        owner.grant("admin_sofia", "administrator", None)
    with RegisterProvider(cluster.dsn(user="admin_sofia", database=database)) as admin:
        assert admin.grant("petya", "planner", "sofia")["created"]
    with RegisterProvider(cluster.dsn(user="petya", database=database)) as petya:
        petya.add(dataset(DETAILED_1), "sofia")
        with pytest.raises(AccessDenied):
            petya.grant("mallory", "administrator", "sofia")
    with RegisterProvider(fresh_db) as owner:
        actions = [(r["who"], r["table"]) for r in owner.audit(50)]
    assert ("petya", "plan") in actions
