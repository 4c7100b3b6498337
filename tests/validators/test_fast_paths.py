"""The short ways through a sound plan (:mod:`validators.fast_paths`) change no finding.

Every manifest plan, every damaged copy of the sample plan and a generated plan whose
faults come after the same values were seen sound elsewhere are validated twice, with the
short ways and with every feature through the full rules; the reports must be identical,
findings, order and places included.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from golden_findings import report_of
from test_mutated_plans import _damaged
from validation_manifest import manifest

from exporters.gml_writer import write_gml
from plu_model.synthetic import GeneratedPlan
from validators import ValidationOptions, fast_paths, validate
from validators.report_json import report_dict

CASES = manifest()
TODAY = date(2026, 1, 1)


def _both(run, monkeypatch):
    """What ``run()`` gives with the short ways, then without them."""
    fast = run()
    monkeypatch.setattr(fast_paths, "ENABLED", False)
    full = run()
    monkeypatch.setattr(fast_paths, "ENABLED", True)
    return fast, full


def _report(path, **options) -> dict:
    report = report_dict(validate(path, ValidationOptions(profile="bg", today=TODAY, max_identical=None,
                                                          max_per_rule=None, **options)))
    report.pop("created")
    report.pop("timings")
    return report


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # shapely meeting a NaN on purpose
@pytest.mark.parametrize("entry", CASES, ids=[e["name"] for e in CASES])
def test_every_manifest_plan_gets_the_same_report_without_the_short_ways(entry, monkeypatch):
    fast, full = _both(lambda: report_of(entry), monkeypatch)
    assert fast == full


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy and shapely meeting NaN on purpose
def test_damaged_copies_of_the_sample_get_the_same_reports(sample_path, tmp_path, monkeypatch):
    path = tmp_path / "damaged.gml"
    for text in _damaged(sample_path.read_text(encoding="utf-8")):
        path.write_text(text, encoding="utf-8")
        fast, full = _both(lambda: _report(path), monkeypatch)
        assert fast == full


def _in_zone(text: str, gml_id: str, old: str, new: str) -> str:
    """``text`` with the first ``old`` inside zoning element ``gml_id`` replaced by ``new``."""
    start = text.index(f'<plu:ZoningElement gml:id="{gml_id}">')
    end = text.index("</plu:ZoningElement>", start)
    zone = text[start:end]
    assert old in zone, (gml_id, old)
    return text[:start] + zone.replace(old, new, 1) + text[end:]


def _repeat_first_vertex(text: str, gml_id: str) -> str:
    start = text.index(f'<plu:ZoningElement gml:id="{gml_id}">')
    m = re.compile(r"<gml:posList>(\S+ \S+) ").search(text, start)
    return text[: m.end()] + m.group(1) + " " + text[m.end():]


@pytest.fixture(scope="module")
def generated_text(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("generated") / "plan.gml"
    write_gml(path, GeneratedPlan(200, crs=3046))
    return path.read_text(encoding="utf-8")


def test_faults_after_the_same_values_were_seen_sound_are_all_found(generated_text, tmp_path, monkeypatch):
    """Each fault sits in a zone whose other values many zones before it had, all of them sound."""
    text = generated_text
    density = re.compile(r'<plu:value uom="%">(\d+\.\d+)</plu:value>')
    zone = text[text.index('gml:id="ZE.150"'):]
    text = _in_zone(text, "ZE.150", f'<plu:value uom="%">{density.search(zone).group(1)}</plu:value>',
                    '<plu:value uom="%">150.0</plu:value>')
    text = _in_zone(text, "ZE.160", 'xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/',
                    'xlink:href="https://inspire.ec.europa.eu/codelist/RegulationNatureValue/')
    # the same instant twice: on 1 January where it was written first, on 2 January (after today) then
    text = _in_zone(text, "ZE.170", "2025-01-01T00:00:00Z", "2026-01-01T23:30:00-01:00")
    text = _in_zone(text, "ZE.171", "2025-01-01T00:00:00Z", "2026-01-02T00:30:00Z")
    text = _repeat_first_vertex(text, "ZE.180")
    # a zone type (open space) with a HILUCS value far from it, its figures those of many zones before
    text = _in_zone(text, "ZE.195", "HILUCSValue/3_4_4_OpenAirRecreationalAreas", "HILUCSValue/2_SecondaryProduction")
    text = _in_zone(text, "ZE.190", '<plu:officialDocument xlink:href="#OD.generated"/>',
                    '<plu:officialDocument xlink:href="#nothing"/>')
    path = tmp_path / "faults.gml"
    path.write_text(text, encoding="utf-8")

    fast, full = _both(lambda: _report(path), monkeypatch)

    assert fast == full
    found = {(f["rule"], f["gml_id"]) for f in fast["findings"]}
    assert {("DIM.IMPLAUSIBLE", "ZE.150"), ("PITFALL.HTTPS_CODELIST", "ZE.160"), ("DATE.IMPLAUSIBLE", "ZE.171"),
            ("GEOM.DUPLICATE_VERTEX", "ZE.180"), ("lu-ia.b.7", "ZE.190"), ("PROFILE.HILUCS_MISMATCH", "ZE.195")
            } <= found
    assert ("DATE.IMPLAUSIBLE", "ZE.170") not in found
