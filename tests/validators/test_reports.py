"""The three report formats: JSON against its documented schema, JUnit for CI, and the HTML page as a picture."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest
from lxml import etree
from PIL import Image
from validation_manifest import BROKEN

from validators import ValidationOptions, validate
from validators.map_svg import SEVERITY_COLOURS
from validators.report_html import html_report, write_html
from validators.report_json import report_dict, write_json
from validators.report_junit import junit_xml

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "report-schema.json").read_text(encoding="utf-8"))
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def mixed_report():
    """A plan with errors, warnings and notes: zones overlapping, a gap, a wrong code and an unused document."""
    return validate(BROKEN / "lu_ia_b_dangling_links.gml", ValidationOptions(profile="bg"))


@pytest.fixture(scope="module")
def overlap_report():
    return validate(BROKEN / "topo_overlap.gml")


def test_json_report_follows_its_schema(mixed_report, sample_path, tmp_path):
    jsonschema.validate(report_dict(mixed_report), SCHEMA)
    clean = validate(sample_path, ValidationOptions(profile="bg"))
    out = tmp_path / "report.json"
    write_json(clean, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["verdict"] == "valid" and data["exit_code"] == 0
    assert {f["severity"] for f in data["findings"]} == {"info"}
    assert data["source"]["counts"] == {"SpatialPlan": 1, "ZoningElement": 35, "SupplementaryRegulation": 4,
                                        "OfficialDocumentation": 3}
    assert data["summary"]["rules_checked"] > 90


def test_json_report_says_what_and_where(overlap_report):
    data = report_dict(overlap_report)
    assert data["verdict"] == "invalid" and data["exit_code"] == 1
    (finding,) = [f for f in data["findings"] if f["rule"] == "TOPO.OVERLAP"]
    assert finding["gml_id"] == "ZE.a" and finding["line"] == 48
    assert finding["location"].startswith("POLYGON") or finding["location"].startswith("MULTIPOLYGON")
    assert finding["message"]["bg"].startswith("зоните ZE.a и ZE.b се застъпват")
    assert data["summary"]["by_rule"][0]["rule"] == "TOPO.OVERLAP"
    assert data["summary"]["by_severity"]["error"] == 1


def test_junit_has_a_failing_case_per_broken_rule(mixed_report):
    root = etree.fromstring(junit_xml(mixed_report))
    failures = {c.get("name").split(":")[0] for c in root.iter("testcase") if c.find("failure") is not None}
    expected = {f.rule for f in mixed_report.findings if f.severity.name == "ERROR"}
    assert failures == expected
    assert int(root.get("failures")) == len(expected)
    assert int(root.get("tests")) == len(mixed_report.checked_rules())
    warned = [c for c in root.iter("testcase") if c.find("system-out") is not None]
    assert any("TOPO.EXTENT_NOT_UNION" in c.get("name") for c in warned)
    suites = {s.get("name") for s in root.iter("testsuite")}
    assert {"plu.inspire", "plu.topology", "plu.reference"} <= suites


def test_junit_of_an_unusable_file_is_an_error(tmp_path):
    report = validate(tmp_path / "nothing.gml")
    root = etree.fromstring(junit_xml(report))
    assert int(root.get("errors")) == 1
    (case,) = [c for c in root.iter("testcase") if c.find("error") is not None]
    assert case.get("name").startswith("XML.MISSING")


def test_html_report_text(mixed_report):
    page = html_report(mixed_report)
    for text in ("Validation report", "Доклад от проверка", "Not valid: the plan has errors",
                 "Невалиден: планът има грешки", "lu-ia.b.3", "TOPO.EXTENT_NOT_UNION",
                 "SpatialPlan.member #ZE.gone points to nothing in the file", "не сочи нищо във файла",
                 "<svg", "Summary by rule", "Обобщение по правила"):
        assert text in page, text
    assert "<script" not in page and "http://" not in page.split("<body>")[1].split("<svg")[0]
    assert "<link" not in page  # self-contained: no external style sheets or images


@pytest.mark.browser
def test_html_report_as_a_picture(mixed_report, output_dir, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.skip("headless Chromium is not installed")
    page = output_dir / "validation_report.html"
    write_html(mixed_report, page)
    png = output_dir / "validation_report.png"
    png.unlink(missing_ok=True)
    profile = tmp_path / "chromium-profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1200,1600",
           "--run-all-compositor-stages-before-draw",  # else the last rows may be captured half painted
           page.resolve().as_uri()]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    shutil.rmtree(profile, ignore_errors=True)
    image = Image.open(png).convert("RGB")
    assert image.size == (1200, 1600)
    colours = image.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50, "the page rendered blank"

    def count(hex_colour: str, tolerance: int = 24) -> int:
        target = tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
        return sum(n for n, c in colours if all(abs(a - b) <= tolerance for a, b in zip(c, target, strict=True)))

    assert count("#c62828") > 2000, "the red 'not valid' banner is missing"
    assert count(SEVERITY_COLOURS[mixed_report.worst]) > 50, "no error colour on the page"
    # the map: the plan's grey zones are drawn
    assert count("#e8eef3", 6) > 5000
    # the table of findings is painted to its right edge (its header row, near the bottom of the window)
    header = [image.getpixel((x, y)) for y in range(1500, 1600) for x in (1100,)]
    assert (245, 245, 245) in header


def test_map_of_a_big_plan_draws_only_the_extent():
    from shapely.geometry import box

    from validators.map_svg import map_svg
    svg = map_svg([], extents=[box(0, 0, 10, 10)], zones=[])
    assert svg.count("<path") == 1 and 'viewBox="0 0 760 480"' in svg
