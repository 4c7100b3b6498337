"""Automatic repairs fix what they claim, list every change, and never lose a feature."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import MultiPolygon, Polygon
from validation_manifest import BROKEN

from exporters.gml_writer import write_gml
from plu_model.features import geometry_of
from plu_model.gml_reader import read_gml
from plu_model.voidable import Nil
from validators import ValidationOptions, iter_findings, validate
from validators.repairs import STEPS, repair


def _read(name: str):
    data, _ = read_gml(BROKEN / f"{name}.gml")
    return data


def _rules(data, **opts) -> set[str]:
    return {f.rule for f in validate(data, ValidationOptions(**opts)).findings}


@pytest.mark.parametrize(
    "case,step,rule",
    [
        ("gmlas_c3_nil_reason_value", "nil_reasons", "gmlas.c.3"),
        ("pitfall_https_codelist", "code_uris", "PITFALL.HTTPS_CODELIST"),
        ("geom_duplicate_vertex", "duplicate_vertices", "GEOM.DUPLICATE_VERTEX"),
        ("topo_narrow_overlap", "snap", "TOPO.EDGE_MISMATCH"),
        ("topo_edge_mismatch", "snap", "TOPO.EDGE_MISMATCH"),
        ("topo_gap", "fill_gaps", "TOPO.GAP"),
        ("topo_extent_not_union", "extent", "TOPO.EXTENT_NOT_UNION"),
        ("ref_not_reciprocal", "links", "REF.NOT_RECIPROCAL"),
    ],
)
def test_a_step_removes_the_finding_it_is_for(case, step, rule):
    data = _read(case)
    assert rule in _rules(data)
    result = repair(data, {step})
    assert rule not in _rules(result.dataset)
    assert result.changes and all(c.step == step for c in result.changes)
    assert all(c.message_en and c.message_bg for c in result.changes)
    # the input is untouched
    assert rule in _rules(data)


def test_orientation_is_repaired_in_the_model():
    data = _read("pitfall_ring_orientation")
    zone = data.zoning_elements[0]
    assert not shapely.is_ccw(zone.geometry.geoms[0].exterior)
    result = repair(data, {"orient"})
    fixed = result.dataset.zoning_elements[0].geometry.geoms[0]
    assert shapely.is_ccw(fixed.exterior)
    assert [c.gml_id for c in result.changes] == ["ZE.a"]


def test_filled_gap_is_a_not_known_use_zone_of_the_plan():
    result = repair(_read("topo_gap"), {"fill_gaps", "links"})
    new = [z for z in result.dataset.zoning_elements if z.gml_id not in ("ZE.a", "ZE.b")]
    assert len(new) == 1
    gap = new[0]
    assert gap.hilucs_land_use == ["http://inspire.ec.europa.eu/codelist/HILUCSValue/6_6_NotKnownUse"]
    assert gap.geometry.area == pytest.approx(400.0)
    assert gap.plan == "#SP.base" and gap.href() in result.dataset.plan.member
    # with the GML writer the schema check runs too, so the verdict can be "valid" (not "incomplete")
    report = validate(result.dataset, ValidationOptions(gml_writer=lambda source, path: write_gml(path, source)))
    assert report.valid, [f.rule for f in report.findings]


def test_wide_overlaps_are_left_for_a_person():
    data = _read("topo_overlap")
    result = repair(data)
    assert not [c for c in result.changes if c.step == "snap"]
    assert "TOPO.OVERLAP" in _rules(result.dataset)


def test_every_step_together_keeps_every_feature():
    for case in ("topo_gap", "topo_overlap", "geom_self_intersection", "lu_ia_b_dangling_links", "topo_sliver"):
        data = _read(case)
        before = {f.gml_id for f in data.features()}
        result = repair(data)
        assert before <= {f.gml_id for f in result.dataset.features()}
        for f in result.dataset.features():
            g = geometry_of(f)
            assert g is None or not g.is_empty or f.gml_id == "ZE.b" and case == "geom_empty"


def test_source_findings_list_what_rewriting_fixes():
    path = BROKEN / "gmlas_c1_empty.gml"
    findings = list(iter_findings(path))
    data, _ = read_gml(path)
    result = repair(data, {"nil_reasons"}, findings=findings)
    messages = [(c.gml_id, c.message_en) for c in result.changes]
    # the empty code element is rewritten as nil; the empty text in a data type is not claimed as fixed
    assert any(gid == "ZE.a" and "processStepGeneral" in m and "writing the plan again" in m for gid, m in messages)
    assert not any("backgroundMapReference" in m for _, m in messages)
    assert any(gid == "SP.base" and m.startswith("alternativeTitle: empty value") for gid, m in messages)
    assert isinstance(result.dataset.plan.alternative_title, Nil)


def test_unknown_steps_are_refused():
    with pytest.raises(KeyError, match="unknown repair step"):
        repair(_read("valid_base"), {"polish"})


def test_the_valid_plan_needs_no_change(sample):
    result = repair(sample)
    assert result.changes == []
    assert set(STEPS) == {"nil_reasons", "code_uris", "duplicate_vertices", "snap", "fill_gaps", "extent", "links",
                          "orient"}


def test_a_repair_never_leaves_a_broken_ring():
    data = _read("valid_base")
    # removing the repeated vertex would leave a ring of three positions, which no GML reader accepts
    degenerate = MultiPolygon([Polygon([(0, 0), (1, 0), (1, 0), (0, 0)])])
    data.zoning_elements[0].geometry = degenerate
    result = repair(data, {"duplicate_vertices"})
    assert result.dataset.zoning_elements[0].geometry.equals_exact(degenerate, 0)
    assert [c.message_en for c in result.changes] == ["repeated vertices kept: removing them breaks the shape"]
