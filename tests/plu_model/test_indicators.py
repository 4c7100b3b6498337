"""Indicator values against numbers computed by hand on a small plan (see plan_sources.small_plan)."""

from __future__ import annotations

import pytest
from plan_sources import small_plan

from conftest import SAMPLE
from plu_model.codelists import codelist
from plu_model.crs import reproject
from plu_model.gml_reader import read_gml
from plu_model.indicators import compare_plans, plan_indicators
from plu_model.values import HILUCSPercentage, HILUCSPresence

H = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
Z = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"


def _by_key(classes):
    return {c.key: c for c in classes}


def test_area_and_share_per_hilucs_class():
    ind = plan_indicators(small_plan())
    assert ind.zoned_area == pytest.approx(27_500) and ind.plan_area == pytest.approx(27_500)
    assert ind.zones == 5
    h = _by_key(ind.by_hilucs)
    assert list(h) == [H + "3_4_4_OpenAirRecreationalAreas", H + "4_1_1_RoadTransport",
                       H + "5_1_PermanentResidentialUse", H + "5_2_ResidentialUseWithOtherCompatibleUses"]
    assert h[H + "5_1_PermanentResidentialUse"].area == pytest.approx(15_000)
    assert h[H + "5_1_PermanentResidentialUse"].share == pytest.approx(15_000 / 27_500)
    assert h[H + "5_1_PermanentResidentialUse"].zones == 2
    assert h[H + "5_2_ResidentialUseWithOtherCompatibleUses"].share == pytest.approx(5_000 / 27_500)
    assert h[H + "4_1_1_RoadTransport"].share == pytest.approx(2_500 / 27_500)
    assert sum(c.share for c in ind.by_hilucs) == pytest.approx(1.0)
    expected = codelist("HILUCSValue").get(H + "5_1_PermanentResidentialUse").extra["colour"]
    assert h[H + "5_1_PermanentResidentialUse"].colour == expected  # the INSPIRE default style


def test_planned_capacity_from_the_dimensioning_indications():
    ind = plan_indicators(small_plan())
    t = ind.total
    assert t.floor_area == pytest.approx(10_000 * 1.2 + 5_000 * 2.0 + 5_000 * 3.5)  # 39 500 m²
    assert t.footprint == pytest.approx(10_000 * 0.6 + 5_000 * 0.5 + 5_000 * 0.6)  # 11 500 m²
    assert t.green_area == pytest.approx(10_000 * 0.4 + 5_000 * 0.4 + 5_000 * 0.4)  # 8 000 m²
    assert t.area_with_far == pytest.approx(20_000)  # park and street carry no Кинт
    assert t.mean_far == pytest.approx(39_500 / 20_000)
    assert t.max_height == 26
    res = _by_key(ind.by_hilucs)[H + "5_1_PermanentResidentialUse"]
    assert res.floor_area == pytest.approx(22_000) and res.mean_far == pytest.approx(22_000 / 15_000)
    assert res.mean_density == pytest.approx((6_000 + 2_500) / 15_000)
    park = _by_key(ind.by_hilucs)[H + "3_4_4_OpenAirRecreationalAreas"]
    assert park.area_with_far == 0 and park.mean_far is None


def test_per_zone_type():
    zones = _by_key(plan_indicators(small_plan()).by_zone_type)
    assert [c.code for c in zones.values()] == ["Жм", "Жс", "Смф", "Оз", "Тп"]  # the national list's order
    assert zones[Z + "Smf"].floor_area == pytest.approx(17_500)
    assert zones[Z + "Zhm"].mean_density == pytest.approx(0.6)
    assert zones[Z + "Zhm"].label("bg").startswith("Жилищна зона")


def test_rolling_up_to_a_hilucs_level():
    h = _by_key(plan_indicators(small_plan(), hilucs_level=1).by_hilucs)
    assert h[H + "5_ResidentialUse"].area == pytest.approx(20_000)
    assert h[H + "3_TertiaryProduction"].area == pytest.approx(5_000)
    assert h[H + "4_TransportNetworksLogisticsAndUtilities"].area == pytest.approx(2_500)


def test_presence_percentages_split_a_zone():
    data = small_plan()
    smf = data.zoning_elements[2]
    smf.hilucs_presence = HILUCSPresence(percentage_list=(
        HILUCSPercentage(H + "5_2_ResidentialUseWithOtherCompatibleUses", 70), HILUCSPercentage(H + "3_1_CommercialServices", 30)))
    h = _by_key(plan_indicators(data).by_hilucs)
    assert h[H + "5_2_ResidentialUseWithOtherCompatibleUses"].area == pytest.approx(3_500)
    assert h[H + "3_1_CommercialServices"].area == pytest.approx(1_500)
    assert h[H + "3_1_CommercialServices"].floor_area == pytest.approx(1_500 * 3.5)


def test_geographic_plans_are_measured_in_an_equal_area_projection():
    data = small_plan()
    for f in data.features():
        if f.class_name == "SpatialPlan":
            f.extent = reproject(f.extent, 7801, 4258)
        else:
            f.geometry = reproject(f.geometry, 7801, 4258)
    data.crs = 4258
    ind = plan_indicators(data)
    assert ind.zoned_area == pytest.approx(27_500, rel=2e-3)


def test_plans_side_by_side():
    a = plan_indicators(small_plan(title="A"))
    data = small_plan(title="B")
    data.zoning_elements.pop(4)  # no street
    b = plan_indicators(data)
    rows = {r.key: r for r in compare_plans([a, b])}
    road = rows[H + "4_1_1_RoadTransport"]
    assert road.figures[0].area == pytest.approx(2_500) and road.figures[1] is None
    assert rows[H + "5_1_PermanentResidentialUse"].figures[1].share == pytest.approx(15_000 / 25_000)


def test_the_sample_plan_adds_up():
    data, _ = read_gml(SAMPLE)
    ind = plan_indicators(data)
    assert ind.zones == 35
    assert sum(c.area for c in ind.by_hilucs) == pytest.approx(ind.zoned_area)
    assert sum(c.area for c in ind.by_zone_type) == pytest.approx(ind.zoned_area)
    assert ind.zoned_area == pytest.approx(sum(z.geometry.area for z in data.zoning_elements))
