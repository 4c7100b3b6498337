"""``plu register`` as a Bulgarian municipal data officer reads it: ``LANG=bg_BG.UTF-8``, a real register.

Every expected word comes from where a translator or the code list puts it (the catalogue, the
ProcessStepGeneralValue labels, the HILUCS and zone-type lists), or is written out here by hand
(dates); none is taken from the code that prints it.  The JSON keeps its codes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest_paths import ROOT, SAMPLE

from plu_model.codelists import codelist, label_for
from plu_model.i18n import catalogue

STEPS = codelist("ProcessStepGeneralValue")


def bg(context: str, source: str) -> str:
    """A finished Bulgarian translation from the catalogue (a missing one fails the test, not passes it)."""
    return catalogue("bg")[(context, source)]


def step(code: str) -> str:
    return STEPS.by_code(code).label("bg")


def plu(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``plu ARGS`` in a Bulgarian locale: no ``--lang``, no ``PLU_LANG``; the locale says Bulgarian."""
    env = {k: v for k, v in os.environ.items() if k not in ("PLU_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="bg_BG.UTF-8", PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "plu_cli", *args] + (["--db", db] if db else [])
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in r.stderr, r.stderr
    return r


@pytest.fixture(scope="module")
def stored(cluster):
    """A register holding the sample plan (authority ``sofia``), and what ``add`` and ``grant`` said."""
    import psycopg2

    conn = psycopg2.connect(cluster.dsn(database="postgres"))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS t_cli_bulgarian")
        cur.execute("CREATE DATABASE t_cli_bulgarian TEMPLATE register_template")
    db = cluster.dsn(database="t_cli_bulgarian")
    granted = plu(db, "register", "grant", "elena", "publisher", "--authority", "sofia")
    added = plu(db, "register", "add", str(SAMPLE), "--authority", "sofia")
    assert added.returncode == 0, added.stderr
    yield db, granted, added
    with conn.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS t_cli_bulgarian WITH (FORCE)")
    conn.close()


def test_add_names_the_step_the_role_and_the_feature_classes_in_bulgarian(stored):
    _db, granted, added = stored
    assert granted.stdout.strip() == f"elena е {bg('register.wording', 'publisher')} за sofia"
    assert f"({step('elaboration')})" in added.stdout and "(elaboration)" not in added.stdout
    zones = bg("plu_model.class_names", "ZoningElement")
    assert f"{zones}: 35" in added.stdout and "ZoningElement" not in added.stdout, added.stdout


def test_list_versions_status_and_show_say_the_step_by_its_name_and_dates_as_written_in_bulgaria(stored):
    db, _, _ = stored
    ref = "zelena-polyana-pup@1"
    for action in ("list", "versions"):
        r = plu(db, "register", action, *(["zelena-polyana-pup"] if action == "versions" else []))
        assert r.returncode == 0 and step("elaboration") in r.stdout and "elaboration" not in r.stdout, r.stdout
    r = plu(db, "register", "status", ref, "adoption")
    assert r.returncode == 0 and step("adoption") in r.stdout and " adoption " not in r.stdout, r.stdout
    r = plu(db, "register", "status", ref, "legalForce", "--date", "03.02.2020")  # the date as Bulgarians write it
    assert r.returncode == 0 and step("legalForce") in r.stdout and "3.02.2020 г." in r.stdout, r.stdout
    assert "legalForce" not in r.stdout and "2020-02-03" not in r.stdout
    shown = plu(db, "register", "show", ref).stdout
    for source in ("Process step", "In force from", "Signed", "Stored on"):
        assert f"{bg('register.version_text', source)}:" in shown, (source, shown)
    assert step("legalForce") in shown and "3.02.2020 г." in shown and "legalForce" not in shown
    assert f"{bg('plu_model.class_names', 'ZoningElement')}: 35" in shown
    assert "None" not in shown and "True" not in shown and "False" not in shown and "{'" not in shown
    data = json.loads(plu(db, "register", "show", ref, "--json").stdout)  # machines keep the codes
    assert data["status"] == "legalForce" and data["valid_from"] == "2020-02-03"


def test_a_step_refused_is_named_with_the_code_to_type(stored):
    db, _, _ = stored
    plu(db, "register", "status", "zelena-polyana-pup@1", "adoption")  # refused when an earlier test moved it on
    r = plu(db, "register", "status", "zelena-polyana-pup@1", "elaboration")
    assert r.returncode == 2
    assert f"„{step('elaboration')}“ (elaboration)" in r.stderr and f"„{step('legalForce')}“ (legalForce)" in r.stderr


def test_at_names_land_use_zone_type_and_limits_in_bulgarian_with_a_decimal_comma(stored):
    from shapely.geometry import Point

    from plu_model.crs import reproject
    from plu_model.readers import read_dataset

    db, _, _ = stored
    data, _ = read_dataset(SAMPLE)
    zone = next(z for z in data.zoning_elements if z.inspire_id.local_id == "oz-01")
    inside = reproject(zone.geometry.representative_point(), data.crs, 4326)
    assert isinstance(inside, Point)
    r = plu(db, "register", "at", f"{inside.x:.7f}", f"{inside.y:.7f}", "--date", "01.01.2021")
    assert r.returncode == 0, r.stderr
    assert "1.01.2021 г." in r.stdout and "3.02.2020 г." in r.stdout and "2021-01-01" not in r.stdout
    assert label_for(zone.hilucs_land_use[0], "bg") in r.stdout
    assert codelist("bg/ZoneTypeValue").get(zone.specific_land_use[0]).label("bg") in r.stdout
    assert f"{bg('participation.web_data', 'Maximum floor-area ratio')} 0,05" in r.stdout, r.stdout
    assert "maxHeight" not in r.stdout and "OpenAirRecreationalAreas" not in r.stdout


def test_verify_and_audit_speak_bulgarian(stored):
    db, _, _ = stored
    plu(db, "register", "status", "zelena-polyana-pup@1", "adoption")  # published (refused when already on)
    r = plu(db, "register", "verify", "zelena-polyana-pup@1")
    assert r.returncode == 0 and step("adoption") in r.stdout and bg("register.wording", "OK") in r.stdout, r.stdout
    assert "legalForce" not in r.stdout and " OK" not in r.stdout
    audit = plu(db, "register", "audit").stdout
    assert bg("register.wording", "UPDATE") in audit and bg("register.wording", "plan_version") in audit
    assert "UPDATE" not in audit and "plan_version " not in audit


def test_in_force_says_the_day_as_written_in_bulgaria(stored, tmp_path):
    db, _, _ = stored
    r = plu(db, "register", "in-force", "--date", "01.01.2019", "--out", str(tmp_path / "none.gml"))
    assert r.returncode == 1 and "1.01.2019 г." in r.stderr and "2019-01-01" not in r.stderr, r.stderr


def test_validate_and_info_name_severities_and_classes_in_bulgarian():
    broken = ROOT / "tests" / "data" / "broken" / "geom_self_intersection.gml"
    r = plu("", "validate", str(broken))
    lines = [line for line in r.stderr.splitlines() + r.stdout.splitlines() if "GEOM.SELF_INTERSECTION" in line]
    assert lines and all(line.startswith(bg("plu_model.findings", "error")) for line in lines), r.stdout + r.stderr
    info = plu("", "info", str(SAMPLE)).stdout
    assert f"{bg('plu_model.class_names', 'SupplementaryRegulation')}: 4" in info and "SpatialPlan" not in info
    assert "320317,80" in info and "320317.80" not in info, info


def test_the_help_says_what_each_step_and_role_is_called():
    r = plu("", "register", "status", "--help")
    assert r.returncode == 0 and f"legalForce – „{step('legalForce')}“" in " ".join(r.stdout.split()), r.stdout
    r = plu("", "register", "grant", "--help")
    flat = " ".join(r.stdout.split())
    assert f"publisher – „{bg('register.wording', 'publisher')}“" in flat, r.stdout
