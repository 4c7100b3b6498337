"""Indicators of plans drawn by other hands: overlapping zones, a bow-tie, figures that cannot be limits.

Expected areas are computed here with shapely on the plan's own rectangles (plan_sources.small_plan).
"""

from __future__ import annotations

import copy
import dataclasses
import math

import pytest
import shapely
from plan_sources import small_plan
from shapely.geometry import MultiPolygon, Polygon, box

from plu_model.indicators import plan_indicators
from plu_model.values import HILUCSPercentage, HILUCSPresence

H = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"


def _zone(data, gml_id):
    return next(z for z in data.zoning_elements if z.gml_id == gml_id)


def test_overlapping_zones_are_measured_and_said():
    data = small_plan()
    z1, z2 = _zone(data, "ZE.z1"), _zone(data, "ZE.z2")
    x0, y0, x1, y1 = z1.geometry.bounds
    z2.geometry = MultiPolygon([box(x1 - 30, y0, x1 + 50, y1)])  # 30 m of it over z1
    ind = plan_indicators(data)
    expected = z1.geometry.intersection(z2.geometry).area
    assert expected == pytest.approx(30 * 100) and ind.overlap_area == pytest.approx(expected)
    sum_of_zones = sum(z.geometry.area for z in data.zoning_elements)
    assert ind.zoned_area == pytest.approx(sum_of_zones)  # the sum, as documented; the overlap says how much too much
    assert ind.as_dict()["overlap_area_m2"] == pytest.approx(expected)


def test_a_zone_inside_another_and_a_duplicate_are_overlaps_too():
    data = small_plan()
    z1 = _zone(data, "ZE.z1")
    inner, twin = copy.copy(z1), copy.copy(z1)
    x0, y0, _, _ = z1.geometry.bounds
    inner.gml_id, inner.geometry = "ZE.inner", MultiPolygon([box(x0 + 10, y0 + 10, x0 + 20, y0 + 30)])
    twin.gml_id = "ZE.twin"
    data.zoning_elements += [inner, twin]
    ind = plan_indicators(data)
    # z1 ∩ inner, twin ∩ inner, z1 ∩ twin: 200 + 200 + 10 000 m² counted more than once
    assert ind.overlap_area == pytest.approx(200 + 200 + 10_000)


def test_touching_zones_do_not_overlap():
    assert plan_indicators(small_plan()).overlap_area == 0


def test_a_bow_tie_zone_is_measured_as_repaired_not_as_zero():
    data = small_plan()
    z1 = _zone(data, "ZE.z1")
    x0, y0, x1, y1 = z1.geometry.bounds
    z1.geometry = MultiPolygon([Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])])
    assert z1.geometry.area == 0  # what shapely says of a bow-tie: the halves cancel
    ind = plan_indicators(data)
    halves = 2 * (100 * 50 / 2)  # two triangles, 100 m base, 50 m high
    assert shapely.make_valid(z1.geometry).area == pytest.approx(halves)
    assert ind.zoned_area == pytest.approx(27_500 - 10_000 + halves)
    assert ind.repaired_zones == ["ZE.z1"]


def test_a_multisurface_with_a_zero_area_member_keeps_its_area():
    data = small_plan()
    z1 = _zone(data, "ZE.z1")
    x0, y0, _, _ = z1.geometry.bounds
    sliver = Polygon([(x0, y0), (x0 + 10, y0), (x0 + 20, y0), (x0, y0)])
    z1.geometry = MultiPolygon([*z1.geometry.geoms, sliver])
    assert plan_indicators(data).zoned_area == pytest.approx(27_500)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -5.0, 1e308])
def test_figures_that_cannot_be_limits_are_left_out_and_listed(value):
    data = small_plan()
    z1 = _zone(data, "ZE.z1")
    z1.dimensioning_indication = [dataclasses.replace(d, value=value) for d in z1.dimensioning_indication]
    ind = plan_indicators(data)
    # z1 counts for nothing; z2 (5 000 m², Кинт 2.0, 50 %, 40 %) and z3 (5 000 m², 3.5, 60 %, 40 %) remain
    assert ind.total.floor_area == pytest.approx(5_000 * 2.0 + 5_000 * 3.5)
    assert ind.total.footprint == pytest.approx(5_000 * 0.5 + 5_000 * 0.6)
    assert ind.total.green_area == pytest.approx(10_000 * 0.4)
    assert ind.total.area_with_far == pytest.approx(10_000)
    assert all(math.isfinite(v) for v in (ind.total.floor_area, ind.total.footprint, ind.total.green_area))
    assert {(zone, name) for zone, name, _ in ind.ignored} == {
        ("ZE.z1", "maxFloorAreaRatio"), ("ZE.z1", "maxDensity"), ("ZE.z1", "minGreenShare"), ("ZE.z1", "maxHeight")}


def test_a_density_over_100_percent_is_left_out():
    data = small_plan()
    z1 = _zone(data, "ZE.z1")
    z1.dimensioning_indication = [dataclasses.replace(d, value=150.0) if d.indication_reference == "maxDensity" else d
                                  for d in z1.dimensioning_indication]
    ind = plan_indicators(data)
    assert ind.total.footprint == pytest.approx(5_000 * 0.5 + 5_000 * 0.6)
    assert ind.ignored == [("ZE.z1", "maxDensity", 150.0)]


def test_negative_presence_percentages_do_not_make_negative_areas():
    data = small_plan()
    z1 = _zone(data, "ZE.z1")
    z1.hilucs_presence = HILUCSPresence(percentage_list=(HILUCSPercentage(H + "5_1_PermanentResidentialUse", -50),
                                                         HILUCSPercentage(H + "3_1_CommercialServices", 60)))
    ind = plan_indicators(data)
    assert all(c.area >= 0 for c in ind.by_hilucs)
    residential = next(c for c in ind.by_hilucs if c.key == H + "5_1_PermanentResidentialUse")
    assert residential.area == pytest.approx(15_000)  # z1 counts in full for its first value, with z2
