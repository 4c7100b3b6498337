"""Topology details the manifest does not show: a GEOS failure, tolerance in degrees, multi-plan files."""

from __future__ import annotations

import shapely
from validation_manifest import BROKEN, load_generator

from validators import ValidationOptions, validate


def test_a_geos_failure_becomes_a_finding(monkeypatch):
    def broken(*args, **kwargs):
        raise shapely.errors.GEOSException("TopologyException: side location conflict")

    monkeypatch.setattr(shapely, "coverage_invalid_edges", broken)
    report = validate(BROKEN / "topo_overlap.gml")
    (finding,) = report.findings
    assert finding.rule == "TOPO.INCOMPLETE" and "side location conflict" in finding.message_en
    assert finding.gml_id == "SP.base"
    # the topology was not checked: the plan is not known to be valid, in every report format
    assert report.verdict == "incomplete" and report.exit_code == 3 and not report.valid


def test_zones_of_different_plans_may_overlap(tmp_path):
    from exporters.gml_writer import write_gml

    data = load_generator().base()
    other = load_generator().base()
    plan2 = other.plan
    plan2.gml_id = "SP.other"
    plan2.inspire_id = type(plan2.inspire_id)("other", "BG.PLU.TEST", "1")
    plan2.member = ["#ZE.c"]
    plan2.restriction = []
    plan2.official_document = ["#OD.rules"]
    zone = other.zoning_elements[0]
    zone.gml_id, zone.plan = "ZE.c", "#SP.other"
    zone.inspire_id = type(zone.inspire_id)("c", "BG.PLU.TEST", "1")
    data.spatial_plans.append(plan2)
    data.zoning_elements.append(zone)
    plan2.extent = zone.geometry
    path = tmp_path / "two_plans.gml"
    write_gml(path, data)
    report = validate(path)
    assert [f.rule for f in report.findings] == []


def test_sliver_threshold_is_an_option():
    path = BROKEN / "topo_sliver.gml"
    assert [f.rule for f in validate(path).findings] == ["TOPO.SLIVER"]
    assert validate(path, ValidationOptions(sliver_area=0.1)).findings == []
