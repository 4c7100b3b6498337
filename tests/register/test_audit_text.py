"""``plu register audit`` names what each row is about: plans by ``NAMESPACE:LOCALID``, versions by ``…@N``.

A real register, changed through the provider; the audit read through the command line.  Every
expected reference is put together here from the test city's plans (namespace, localIds, titles,
version numbers), every English word is written out here and every Bulgarian one comes from the
catalogue or the code list, none from the code that prints it.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest
from city import DETAILED_1, DETAILED_2, NS, dataset
from conftest_paths import ROOT

from plu_model.codelists import codelist
from plu_model.i18n import catalogue
from register.provider import RegisterProvider

STEPS = codelist("ProcessStepGeneralValue")
EDITED, DELETED = DETAILED_1.zones[1].local_id, DETAILED_1.zones[2].local_id


def plu(db: str, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PLU_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="bg_BG.UTF-8" if language == "bg" else "en_GB.UTF-8", PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", language, *args, "--db", db], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    return r


@pytest.fixture
def audited(fresh_db):
    """D1 stored, one zone edited and one deleted, then adopted; D2 stored, then deleted with its plan."""
    with RegisterProvider(fresh_db) as reg:
        reg.ensure_authority("city_a")
        reg.add(dataset(DETAILED_1), "city_a")
        zones = {f.feature.inspire_id.local_id: f for f in reg.editable(DETAILED_1.local_id)}
        reg.save_feature(zones[EDITED].feature_id, zones[EDITED].feature, zones[EDITED].lock_version, 7801)
        reg.delete_feature(zones[DELETED].feature_id, zones[DELETED].lock_version)
        reg.set_status(DETAILED_1.local_id, "adoption")
        reg.add(dataset(DETAILED_2), "city_a")
        with reg.transaction() as cur:
            cur.execute("DELETE FROM plan WHERE local_id = %s", (DETAILED_2.local_id,))
    return fresh_db


def _expected(words) -> Counter:
    """(operation, table, what the line ends with) of every audit row the fixture made."""
    south, north = f"{NS}:{DETAILED_1.local_id}", f"{NS}:{DETAILED_2.local_id}"  # D2 is gone: its audit names it
    n1, n2 = (len(list(dataset(p).features())) for p in (DETAILED_1, DETAILED_2))
    step, title, features, edit, feature, inside = (words[k] for k in ("step", "title", "features", "edit", "feature", "in"))
    zone = words["ZoningElement"]
    rows = [
        ("INSERT", "plan", f"{south} ({title}: {DETAILED_1.title})"),
        ("INSERT", "plan_version", f"{south}@1 ({step}: {words['elaboration']})"),
        ("INSERT", "feature", f"{south}@1 ({features}: {n1})"),
        ("UPDATE", "feature", f"{inside.format(feature=f'{zone} {EDITED}', version=f'{south}@1')} ({edit}: 2)"),
        ("DELETE", "feature", f"{inside.format(feature=f'{feature} {DELETED}', version=f'{south}@1')} ({edit}: 1)"),
        ("UPDATE", "plan_version", f"{south}@1 ({step}: {words['adoption']})"),
        ("INSERT", "plan", f"{north} ({title}: {DETAILED_2.title})"),
        ("INSERT", "plan_version", f"{north}@1 ({step}: {words['elaboration']})"),
        ("INSERT", "feature", f"{north}@1 ({features}: {n2})"),
        ("DELETE", "plan", f"{north} ({title}: {DETAILED_2.title})"),
        ("DELETE", "plan_version", f"{north}@1 ({step}: {words['elaboration']})"),
    ]
    north_ids = [f.inspire_id.local_id for f in dataset(DETAILED_2).features()]
    rows += [("DELETE", "feature", f"{inside.format(feature=f'{feature} {i}', version=f'{north}@1')} ({edit}: 1)")
             for i in north_ids]
    return Counter(rows)


ENGLISH = {"step": "process step", "title": "title", "features": "features", "edit": "edit no.", "feature": "feature",
           "in": "{feature} in {version}", "ZoningElement": "ZoningElement",
           "elaboration": STEPS.by_code("elaboration").label("en"), "adoption": STEPS.by_code("adoption").label("en"),
           "INSERT": "INSERT", "UPDATE": "UPDATE", "DELETE": "DELETE",
           "plan": "plan", "plan_version": "plan_version", "feature_table": "feature"}


def _bulgarian() -> dict[str, str]:
    bg = catalogue("bg")
    words = {k: bg[("register.audit_text", source)] for k, source in (
        ("step", "process step"), ("title", "title"), ("features", "features"), ("edit", "edit no."),
        ("feature", "feature"), ("in", "{feature} in {version}"))}
    words.update({code: STEPS.by_code(code).label("bg") for code in ("elaboration", "adoption")})
    words["ZoningElement"] = bg[("plu_model.class_names#one", "ZoningElement")]
    words.update({k: bg[("register.wording", k)] for k in ("INSERT", "UPDATE", "DELETE", "plan", "plan_version")})
    words["feature_table"] = bg[("register.wording", "feature")]
    return words


def _said(lines: list[str], words: dict[str, str]) -> Counter:
    """Each line as (operation, table, the rest after the table's column): the operation and table by their words."""
    tables = {"plan": words["plan"], "plan_version": words["plan_version"], "feature": words["feature_table"]}
    out: Counter = Counter()
    for line in lines:
        found = [(action, table, line.split(f" {words[action]:9} {word:14} ", 1))
                 for action in ("INSERT", "UPDATE", "DELETE") for table, word in tables.items()]
        (action, table, parts), = [f for f in found if len(f[2]) == 2]
        out[(action, table, parts[1])] += 1
    return out


@pytest.mark.parametrize("language", ["en", "bg"])
def test_the_audit_names_plans_versions_and_features_not_database_keys(audited, language):
    words = ENGLISH if language == "en" else _bulgarian()
    lines = plu(audited, language, "register", "audit").stdout.splitlines()
    assert _said(lines, words) == _expected(words), "\n".join(lines)


def test_the_audit_json_adds_the_references_and_keeps_its_keys(audited):
    rows = json.loads(plu(audited, "en", "register", "audit", "--json").stdout)
    assert all({"who", "at", "action", "table", "authority", "key", "detail"} <= set(r) for r in rows)
    south = f"{NS}:{DETAILED_1.local_id}"
    by = {(r["action"], r["table"], (r["detail"] or {}).get("local_id", r["plan_local_id"])): r for r in rows}
    plan = by[("INSERT", "plan", DETAILED_1.local_id)]
    assert (plan["plan_key"], plan["plan_local_id"], plan["plan_title"], plan["version_ref"]) == (
        south, DETAILED_1.local_id, DETAILED_1.title, None)
    adopted = by[("UPDATE", "plan_version", DETAILED_1.local_id)]
    assert (adopted["version_ref"], adopted["version_no"], adopted["detail"]["status"]) == (f"{south}@1", 1, "adoption")
    edited = by[("UPDATE", "feature", EDITED)]
    assert (edited["version_ref"], edited["feature_class"], edited["plan_key"]) == (f"{south}@1", "ZoningElement", south)
    assert by[("DELETE", "feature", DELETED)]["feature_class"] is None  # gone: nothing says its class
    gone = by[("DELETE", "plan_version", DETAILED_2.local_id)]
    north = f"{NS}:{DETAILED_2.local_id}"
    assert (gone["plan_key"], gone["version_ref"], gone["plan_local_id"], gone["version_no"], gone["plan_title"]) == (
        north, f"{north}@1", DETAILED_2.local_id, 1, DETAILED_2.title)
    assert gone["key"] and "plan_id" in gone["detail"] and "version_no" in gone["detail"]  # the raw keys stay
    assert by[("DELETE", "plan", DETAILED_2.local_id)]["detail"]["namespace"] == NS



def test_a_row_nothing_names_shows_the_database_keys_labelled():
    """The audit pruned of a deleted plan's record: only the trigger's keys are left, each said with its label."""
    from register.audit_text import audit_text

    gone = {"table": "plan_version", "key": "9", "detail": {"status": "elaboration", "plan_id": 7, "version_no": 2},
            "plan_key": None, "plan_local_id": None, "version_no": 2, "version_ref": None, "feature_class": None}
    assert audit_text(gone, "en") == f"process step: {STEPS.by_code('elaboration').label('en')}, " \
                                     "plan no. in the register: 7, version: 2"
    bg = catalogue("bg")
    assert audit_text(gone, "bg").endswith(f"{bg[('register.audit_text', 'plan no. in the register')]}: 7, "
                                           f"{bg[('register.audit_text', 'version')]}: 2")
    odd = {"table": "authority_member", "key": "12", "detail": {}}
    assert audit_text(odd, "en") == "row no. 12 in the register"
    assert audit_text(odd, "bg") == bg[("register.audit_text", "row no. {key} in the register")].format(key=12)


VILLAGE_NS, VILLAGE_TITLE = "BG.VILLAGE.TEST", "ПУП „Север“ на селото"


def _plan_at_0008(cur, authority: str, namespace: str, local_id: str, title: str) -> None:
    """A plan and its first version written as a register at migration 0008 took them (no provider: it wants 0009)."""
    cur.execute("INSERT INTO plan (authority, namespace, local_id, title) VALUES (%s, %s, %s, %s) RETURNING id",
                (authority, namespace, local_id, title))
    cur.execute("INSERT INTO plan_version (plan_id, version_no, authority, crs) VALUES (%s, 1, %s, 7801)",
                (cur.fetchone()[0], authority))


@pytest.fixture
def migrated(cluster):
    """A register at 0008: the village's pup-north stored and deleted, the city's pup-south stored; then ``init``
    (0009), and the city's own pup-north stored and deleted, then its pup-south deleted."""
    import psycopg2

    from register.migrate import apply_migrations
    from register.provider import init_register

    name = "t_audit_from_0008"
    admin = psycopg2.connect(cluster.dsn(database="postgres"))
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {name}")
        cur.execute(f"CREATE DATABASE {name}")
    dsn = cluster.dsn(database=name)
    try:
        conn = psycopg2.connect(dsn)
        assert apply_migrations(conn, upto=8)[-1] == "0008_feature_row_lz4"
        with conn, conn.cursor() as cur:
            cur.execute("INSERT INTO authority (code, name) VALUES ('city_a', 'A'), ('village_b', 'B')")
            _plan_at_0008(cur, "village_b", VILLAGE_NS, DETAILED_2.local_id, VILLAGE_TITLE)
            _plan_at_0008(cur, "city_a", NS, DETAILED_1.local_id, DETAILED_1.title)
            cur.execute("DELETE FROM plan WHERE namespace = %s", (VILLAGE_NS,))
        conn.close()
        assert init_register(dsn)["applied"] == ["0009_audit_namespace"]
        with RegisterProvider(dsn) as reg:
            reg.add(dataset(DETAILED_2), "city_a")
            with reg.transaction() as cur:
                cur.execute("DELETE FROM plan WHERE namespace = %s AND local_id = %s", (NS, DETAILED_2.local_id))
                cur.execute("DELETE FROM plan WHERE namespace = %s AND local_id = %s", (NS, DETAILED_1.local_id))
        yield dsn
    finally:
        with admin.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.close()


def _expected_after_0009(words) -> Counter:
    """The village's plan went before 0009: its lines keep the bare localId; every plan deleted since is named fully
    (the city's pup-south too, though it was stored before: its deletion's line names it)."""
    village, south, north = DETAILED_2.local_id, f"{NS}:{DETAILED_1.local_id}", f"{NS}:{DETAILED_2.local_id}"
    step, title, elaboration = words["step"], words["title"], words["elaboration"]
    rows = []
    for action in ("INSERT", "DELETE"):
        rows += [(action, "plan", f"{village} ({title}: {VILLAGE_TITLE})"),
                 (action, "plan_version", f"{village}@1 ({step}: {elaboration})"),
                 (action, "plan", f"{south} ({title}: {DETAILED_1.title})"),
                 (action, "plan_version", f"{south}@1 ({step}: {elaboration})"),
                 (action, "plan", f"{north} ({title}: {DETAILED_2.title})"),
                 (action, "plan_version", f"{north}@1 ({step}: {elaboration})")]
    features = [f.inspire_id.local_id for f in dataset(DETAILED_2).features()]
    rows.append(("INSERT", "feature", f"{north}@1 ({words['features']}: {len(features)})"))
    inside, feature, edit = words["in"], words["feature"], words["edit"]
    rows += [("DELETE", "feature", f"{inside.format(feature=f'{feature} {i}', version=f'{north}@1')} ({edit}: 1)")
             for i in features]
    return Counter(rows)


@pytest.mark.parametrize("language", ["en", "bg"])
def test_init_to_0009_keeps_old_rows_and_names_plans_deleted_since_by_namespace(migrated, language):
    words = ENGLISH if language == "en" else _bulgarian()
    lines = plu(migrated, language, "register", "audit").stdout.splitlines()
    assert _said(lines, words) == _expected_after_0009(words), "\n".join(lines)


def test_the_json_of_a_plan_deleted_before_0009_has_no_plan_key_and_one_deleted_since_has(migrated):
    with RegisterProvider(migrated) as reg:
        rows = reg.audit(100)
    named = {(r["authority"], r["plan_key"], r["version_ref"]) for r in rows if r["table"] in ("plan", "plan_version")}
    south, north = f"{NS}:{DETAILED_1.local_id}", f"{NS}:{DETAILED_2.local_id}"
    assert named == {("village_b", None, None), ("city_a", south, None), ("city_a", south, f"{south}@1"),
                     ("city_a", north, None), ("city_a", north, f"{north}@1")}
    old = [r["detail"] for r in rows if r["authority"] == "village_b" and r["table"] == "plan"]
    assert old == [{"local_id": DETAILED_2.local_id, "title": VILLAGE_TITLE}] * 2  # as 0002's trigger wrote them


def test_a_planner_cannot_write_the_audit_and_the_trigger_still_records_the_namespace(fresh_db, cluster):
    import psycopg2

    database = fresh_db.rsplit("dbname=", 1)[1].split()[0]
    with RegisterProvider(fresh_db) as owner:
        owner.grant("ana", "planner", "city_a", authority_name="Община А")
    with RegisterProvider(cluster.dsn(user="ana", database=database)) as ana:
        ana.add(dataset(DETAILED_1), "city_a")  # the audit line is written for her, through the trigger
    conn = psycopg2.connect(cluster.dsn(user="ana", database=database))
    try:
        for statement in ("INSERT INTO audit (action, table_name, row_key, detail) VALUES ('DELETE', 'plan', '1', "
                          "'{\"local_id\": \"x\", \"namespace\": \"FORGED\"}')",
                          "UPDATE audit SET detail = '{}'", "DELETE FROM audit", "SELECT * FROM audit"):
            with pytest.raises(psycopg2.errors.InsufficientPrivilege), conn, conn.cursor() as cur:
                cur.execute(statement)
    finally:
        conn.close()
    with RegisterProvider(fresh_db) as owner:
        rows = owner.audit(50)
    plan = [(r["who"], r["detail"], r["plan_key"]) for r in rows if r["table"] == "plan"]
    assert plan == [("ana", {"local_id": DETAILED_1.local_id, "namespace": NS, "title": DETAILED_1.title},
                     f"{NS}:{DETAILED_1.local_id}")]


def test_a_deleted_rows_record_is_found_through_the_index(fresh_db):
    """On an audit of 30,000 lines the lookup of deleted plans probes ``audit_row`` and never reads the whole table."""
    import psycopg2

    from register.audit_rows import _RECORDED

    conn = psycopg2.connect(fresh_db)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("INSERT INTO audit (action, table_name, row_key, detail) SELECT 'INSERT', "
                        "(ARRAY['plan', 'plan_version', 'feature'])[1 + i % 3], (i / 3)::text, '{}' "
                        "FROM generate_series(1, 30000) AS i")
            cur.execute("ANALYZE audit")
            cur.execute("EXPLAIN " + _RECORDED, (["17", "4242", "9001"], "plan"))
            plan = "\n".join(r[0] for r in cur.fetchall())
    finally:
        conn.close()
    assert re.search(r"(using|Index Scan on) audit_row\b", plan) and "Seq Scan on audit" not in plan, plan
