"""TOPO.OUTSIDE_EXTENT measures how far a feature goes out, with the tolerance applied.

Each right answer is computed here with shapely from the hand-made geometry, not by the rule.
"""

from __future__ import annotations

from shapely.geometry import LineString, MultiPoint, Point, box
from validation_manifest import load_generator

from exporters.gml_writer import write_gml
from validators import ValidationOptions, validate

E0, N0 = 690000.0, 4727000.0  # the broken-plan generator's origin
EXTENT = box(E0, N0, E0 + 200, N0 + 100)


def _with_regulation(tmp_path, geometry):
    data = load_generator().base()
    data.supplementary_regulations[0].geometry = geometry
    path = tmp_path / "plan.gml"
    write_gml(path, data)
    return path


def _outside(path, **options):
    report = validate(path, ValidationOptions(**options))
    return [f for f in report.findings if f.rule == "TOPO.OUTSIDE_EXTENT"]


def test_a_line_on_the_boundary_within_the_tolerance_is_inside(tmp_path):
    # 18.43 m along the southern edge, half a millimetre outside it
    line = LineString([(E0 + 50, N0 - 0.0005), (E0 + 68.43, N0 - 0.0005)])
    assert 0 < line.distance(EXTENT) < 0.002 and line.length > 18
    path = _with_regulation(tmp_path, line)
    assert _outside(path) == []
    # with a tolerance smaller than the offset it is outside by half a millimetre, not by 18.43 m
    (finding,) = _outside(path, tolerance=0.0001)
    assert "0.00 m outside" in finding.message_en and "18.43" not in finding.message_en


def test_a_line_that_leaves_the_extent_reports_its_distance(tmp_path):
    line = LineString([(E0 + 30, N0 + 30), (E0 + 30, N0 - 7.25), (E0 + 80, N0 - 3)])
    far = max(Point(c).distance(EXTENT) for c in line.coords)
    (finding,) = _outside(_with_regulation(tmp_path, line))
    assert f"{far:.2f} m outside" in finding.message_en
    assert f"{far:.2f} m".replace(".", ",") in finding.message_bg  # Bulgarian writes a decimal comma
    assert finding.gml_id == "SR.flood"
    assert finding.location.distance(Point(E0 + 30, N0 - 7.25)) < 1e-6


def test_points_report_the_farthest_one(tmp_path):
    pts = MultiPoint([(E0 + 10, N0 + 10), (E0 + 210, N0 + 50), (E0 + 100, N0 + 100.001)])
    far = max(p.distance(EXTENT) for p in pts.geoms)
    (finding,) = _outside(_with_regulation(tmp_path, pts))
    assert f"{far:.2f} m outside" in finding.message_en


def test_an_area_reports_its_area_and_depth(tmp_path):
    area = box(E0 + 150, N0 + 40, E0 + 212.5, N0 + 60)
    out = area.difference(EXTENT)
    depth = max(Point(c).distance(EXTENT) for c in area.exterior.coords)
    (finding,) = _outside(_with_regulation(tmp_path, area))
    assert f"{out.area:,.1f}".replace(",", " ") + " m²" in finding.message_en
    assert f"up to {depth:.2f} m" in finding.message_en
