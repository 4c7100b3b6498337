"""A check that could not run makes the verdict "incomplete" — never "valid" — in every report and the exit code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import shapely
from lxml import etree
from validation_manifest import BROKEN

from validators import NOT_CHECKED, is_valid, validate
from validators.report_html import html_report
from validators.report_json import report_dict
from validators.report_junit import junit_xml

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "report-schema.json").read_text(encoding="utf-8"))


def _geos_fails(monkeypatch):
    def broken(*args, **kwargs):
        raise shapely.errors.GEOSException("TopologyException: side location conflict")

    monkeypatch.setattr(shapely, "coverage_invalid_edges", broken)


def test_topology_not_computed_is_incomplete_in_every_format(monkeypatch):
    _geos_fails(monkeypatch)
    path = BROKEN / "valid_base.gml"
    report = validate(path)
    assert [f.rule for f in report.findings] == ["TOPO.INCOMPLETE"]
    assert report.verdict == "incomplete" and report.exit_code == 3 and not is_valid(path)
    data = report_dict(report)
    jsonschema.validate(data, SCHEMA)
    assert (data["verdict"], data["exit_code"], data["not_checked"]) == ("incomplete", 3, ["TOPO.INCOMPLETE"])
    page = html_report(report)
    assert "Incomplete: no error found, but a check could not run" in page and "Непълна проверка" in page
    suites = etree.fromstring(junit_xml(report))
    errored = suites.xpath("//testcase[error]/@name")
    assert len(errored) == 1 and errored[0].startswith("TOPO.INCOMPLETE") and suites.get("errors") == "1"


def test_errors_still_make_it_invalid(monkeypatch):
    _geos_fails(monkeypatch)
    report = validate(BROKEN / "xsd_unexpected_element.gml")
    assert {"TOPO.INCOMPLETE", "XSD"} <= {f.rule for f in report.findings}
    assert report.verdict == "invalid" and report.exit_code == 1
    assert report_dict(report)["not_checked"] == ["TOPO.INCOMPLETE"]


def test_every_not_checked_rule_is_at_least_a_warning():
    from validators import RULES, Severity

    assert all(RULES[code].severity >= Severity.WARNING for code in NOT_CHECKED)


def _plu(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=300)


def test_cli_exit_code_3_for_an_unchecked_wrapper(schema):
    r = _plu("validate", str(BROKEN / "xsd_wrapper_wfs.gml"))
    assert r.returncode == 3, r.stdout + r.stderr
    assert "XSD.WRAPPER_NOT_CHECKED" in r.stdout and "incomplete" in r.stdout.splitlines()[-1]
    r = _plu("validate", "--format", "json", str(BROKEN / "xsd_wrapper_wfs.gml"))
    assert r.returncode == 3 and json.loads(r.stdout)["verdict"] == "incomplete"


def test_the_text_report_goes_to_stdout(tmp_path, schema):
    """'plu validate X > r.txt' keeps the report: stdout redirected to a file by the shell, as a user would."""
    out = tmp_path / "r.txt"
    with open(out, "w", encoding="utf-8") as stream:
        code = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", "validate",
                               str(BROKEN / "topo_overlap.gml")], cwd=ROOT, stdout=stream,
                              stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              timeout=300).returncode
    text = out.read_text(encoding="utf-8")
    assert code == 1
    assert "error   TOPO.OVERLAP" in text and "topo_overlap.gml: not valid" in text.splitlines()[-1]


@pytest.mark.browser
def test_the_incomplete_banner_as_a_picture(monkeypatch, tmp_path):
    """The HTML report of an incomplete run, rendered by headless Chromium: an orange banner, not a green one."""
    from PIL import Image

    from validators.report_html import write_html

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("headless Chromium is not installed")
    _geos_fails(monkeypatch)
    page = tmp_path / "incomplete.html"
    write_html(validate(BROKEN / "valid_base.gml"), page)
    png = tmp_path / "incomplete.png"
    profile = tmp_path / "chromium-profile"
    subprocess.run([str(chromium), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1000,700",
                    "--run-all-compositor-stages-before-draw", page.resolve().as_uri()],
                   check=True, capture_output=True, timeout=120)
    colours = Image.open(png).convert("RGB").getcolors(maxcolors=1 << 20)

    def count(hex_colour: str, tolerance: int = 24) -> int:
        target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return sum(n for n, c in colours if all(abs(a - b) <= tolerance for a, b in zip(c, target, strict=True)))

    assert count("#e65100") > 2000, "the orange 'incomplete' banner is missing"
    assert count("#2e7d32") < 200, "a green 'valid' banner is shown"
