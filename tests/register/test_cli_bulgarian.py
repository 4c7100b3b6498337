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
from register_fixtures import template_database

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
    with template_database(cluster, "t_cli_bulgarian") as db:
        granted = plu(db, "register", "grant", "elena", "publisher", "--authority", "sofia",
                      "--authority-name", "Столична община")
        added = plu(db, "register", "add", str(SAMPLE), "--authority", "sofia")
        assert added.returncode == 0, added.stderr
        yield db, granted, added


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
    assert f"{bg('register.version_text', 'Authority')}:" in shown and "Столична община (sofia)" in shown, shown
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
    # the detail in words: the step by its code-list label, no JSON, no codes
    assert f"{bg('register.audit_text', 'process step')}: {step('adoption')}" in audit, audit
    assert f"{bg('register.audit_text', 'in force from')}: 3.02.2020 г." in audit, audit
    assert '{"' not in audit and '"status"' not in audit and "adoption" not in audit and "2020-02-03" not in audit
    english = plu(db, "--lang", "en", "register", "audit").stdout
    assert f"process step: {STEPS.by_code('adoption').label('en')}" in english
    assert "in force from: 3 Feb 2020" in english
    assert '{"' not in english, english


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


def test_at_echoes_the_point_as_its_errors_write_it_in_each_language(stored):
    db, _, _ = stored
    r = plu(db, "register", "at", "23.5", "42.5", "--date", "01.01.2021")  # on no zone of the sample plan
    assert r.returncode == 1 and "(23,5; 42,5) EPSG:4326 1.01.2021 г." in r.stdout, r.stdout
    r = plu(db, "--lang", "en", "register", "at", "23.5", "42.5", "--date", "01.01.2021")
    assert r.returncode == 1 and "(23.5, 42.5) EPSG:4326 1 Jan 2021" in r.stdout, r.stdout
    r = plu(db, "register", "at", "nan", "42.5")  # the provider's own error, for comparison
    assert "(nan; 42,5)" in r.stderr, r.stderr


@pytest.fixture(scope="module")
def second_version(stored, tmp_path_factory):
    """Version 2 of the sample: oz-01's HILUCS use changed and its shape now a 100 m × 125.505 m box."""
    from shapely.geometry import MultiPolygon, box

    from plu_model.readers import read_dataset
    from register.exporting import write_dataset

    db, _, _ = stored
    data, _ = read_dataset(SAMPLE)
    zone = next(z for z in data.zoning_elements if z.inspire_id.local_id == "oz-01")
    zone.hilucs_land_use = ["http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"]
    x, y = zone.geometry.representative_point().coords[0]
    zone.geometry = MultiPolygon([box(x, y, x + 100, y + 125.505)])
    out = write_dataset(data, tmp_path_factory.mktemp("v2") / "v2.gml")
    added = plu(db, "register", "add", str(out), "--authority", "sofia", "--force")
    assert added.returncode == 0, added.stderr
    return db


def test_diff_names_classes_and_attributes_in_words_with_a_decimal_comma(second_version):
    db = second_version
    r = plu(db, "register", "diff", "zelena-polyana-pup@1", "zelena-polyana-pup@2")
    assert r.returncode == 0, r.stderr
    line = next(line for line in r.stdout.splitlines() if "oz-01" in line)
    zone = bg("plu_model.class_names#one", "ZoningElement")
    assert line.startswith(f"~ {zone} oz-01: "), line
    assert bg("Attribute", "HILUCS land use") in line and bg("Attribute", "Shape") in line, line
    assert "→ 12\u00a0550,5 m²" in line and bg("register.diff_report", "area") in line, line  # 100 × 125,505
    assert "hilucs_land_use" not in r.stdout and "ZoningElement" not in r.stdout and "geometry" not in r.stdout
    english = plu(db, "--lang", "en", "register", "diff", "zelena-polyana-pup@1", "zelena-polyana-pup@2").stdout
    line = next(line for line in english.splitlines() if "oz-01" in line)
    assert line.startswith("~ ZoningElement oz-01: HILUCS land use, Shape (area ") and "→ 12,550.5 m²" in line, line
    data = json.loads(plu(db, "register", "diff", "zelena-polyana-pup@1", "zelena-polyana-pup@2", "--json").stdout)
    changed = {c["local_id"]: c for c in data["changed"]}
    assert changed["oz-01"]["attributes"] == ["hilucs_land_use", "geometry"]  # machines keep the codes


def test_the_diff_report_names_them_in_words_as_a_browser_shows_it(second_version, tmp_path, browser):
    db = second_version
    page_file = tmp_path / "diff.html"
    r = plu(db, "register", "diff", "zelena-polyana-pup@1", "zelena-polyana-pup@2", "--html", str(page_file))
    assert r.returncode == 0, r.stderr
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    try:
        page.goto(page_file.as_uri())
        row = page.locator("tr.changed", has_text="oz-01").inner_text()
        out = ROOT / "test-output"
        out.mkdir(exist_ok=True)
        page.screenshot(path=str(out / "register-diff-bg.png"), full_page=True)
    finally:
        page.close()
    assert f"{bg('plu_model.class_names#one', 'ZoningElement')} / ZoningElement" in row, row
    assert bg("Attribute", "HILUCS land use") in row and "HILUCS land use" in row, row
    assert "12\u00a0550,5 m²" in row and "12,550.5 m²" in row and "hilucs_land_use" not in row, row
