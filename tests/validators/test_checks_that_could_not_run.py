"""A check that fails inside (PROJ, an unknown CRS) says so and makes the verdict "incomplete": never silence.

Each test forces the failure and expects the verdict "incomplete" and the exit code the CLI
documents for it (3, docs/validation.md "Verdicts").
"""

from __future__ import annotations

import json

import pytest
from lxml import etree
from validation_manifest import BROKEN, load_generator

from plu_cli.main import main
from validators import NOT_CHECKED, ValidationOptions, crs_checks, validate
from validators.report_junit import junit_xml

_FAILURE = "PROJ: the transformation failed (forced by the test)"


class _FailingTransformation:
    def TransformPoints(self, points):  # noqa: N802 - GDAL's name
        raise RuntimeError(_FAILURE)

    def TransformPoint(self, *xy):  # noqa: N802 - GDAL's name
        raise RuntimeError(_FAILURE)


@pytest.fixture
def transformation_fails(monkeypatch):
    # the area of use is known; only turning the coordinates into longitude/latitude fails
    monkeypatch.setattr(crs_checks, "_area_and_transform", lambda epsg: ((-16.1, 32.9, 40.2, 84.2),
                                                                         _FailingTransformation()))


def _rules(report) -> list[str]:
    return sorted(f.rule for f in report.findings)


def test_a_failed_transformation_is_not_checked_not_outside(transformation_fails):
    report = validate(BROKEN / "valid_base.gml")
    assert _rules(report) == ["CRS.NOT_CHECKED"]  # before: nothing at all, or a false CRS.OUTSIDE_AREA
    finding = report.findings[0]
    assert _FAILURE in finding.message_en and _FAILURE in finding.message_bg
    assert report.verdict == "incomplete" and report.exit_code == 3
    assert "CRS.NOT_CHECKED" in NOT_CHECKED
    errored = etree.fromstring(junit_xml(report)).xpath("//testcase[error]/@name")
    assert len(errored) == 1 and errored[0].startswith("CRS.NOT_CHECKED")


def test_a_failed_transformation_in_a_plan_is_incomplete(transformation_fails):
    report = validate(load_generator().base(), ValidationOptions(skip=frozenset({"XSD"})))
    assert _rules(report) == ["CRS.NOT_CHECKED"]
    assert report.verdict == "incomplete"


def test_the_cli_exits_3_when_the_transformation_fails(transformation_fails, capsys):
    code = main(["--lang", "en", "validate", str(BROKEN / "valid_base.gml")])
    out = capsys.readouterr().out
    assert code == 3, out
    assert "CRS.NOT_CHECKED" in out and "incomplete" in out.splitlines()[-1]
    code = main(["--lang", "en", "validate", "--format", "json", str(BROKEN / "valid_base.gml")])
    data = json.loads(capsys.readouterr().out)
    assert code == 3 and data["verdict"] == "incomplete" and data["not_checked"] == ["CRS.NOT_CHECKED"]


def test_an_unknown_crs_gives_findings_not_a_traceback():
    data = load_generator().base()
    data.crs = 999999  # an EPSG code PROJ does not know
    report = validate(data)
    rules = set(_rules(report))
    assert {"CRS.NOT_CHECKED", "TOPO.INCOMPLETE"} <= rules
    assert "CRS.OUTSIDE_AREA" not in rules
    assert report.verdict == "incomplete" and report.exit_code == 3


def test_a_plan_without_a_crs_says_the_area_was_not_checked():
    data = load_generator().base()
    data.crs = None
    report = validate(data, ValidationOptions(skip=frozenset({"XSD"})))
    assert _rules(report) == ["CRS.NOT_CHECKED"]
    assert report.verdict == "incomplete"
