"""A proposed building against its zone: ratios of hand-made rectangles, computed here from their sides."""

from __future__ import annotations

import pytest
from building_cases import BASE, geojson, rect
from norms_fixture import article, zone
from osgeo import osr

from plu_model.errors import PluInputError
from plu_model.readers import read_dataset
from validators.building_check import check_building, load_proposal
from validators.profiles import load_profile

ZONES = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"


@pytest.fixture(scope="module")
def plan():
    data, _ = read_dataset(BASE)
    return data


def _verdict(result, zone_id: str, authority: str, indication: str):
    (v,) = [v for v in result.verdicts
            if v.zone_id == zone_id and v.authority == authority and v.indication == indication]
    return v


def _run(plan, tmp_path, footprint, *, plot=None, green=None, profile="bg", zones=None, **kw):
    fp = geojson(tmp_path / "fp.geojson", footprint)
    pl = geojson(tmp_path / "plot.geojson", plot) if plot else None
    gr = geojson(tmp_path / "green.geojson", green) if green else None
    proposal = load_proposal(plan.crs, fp, plot=pl, green=gr, **kw)
    return check_building(zones or plan.zoning_elements, plan.crs, proposal, load_profile(profile))


def test_a_building_within_its_zone_and_the_ratios_from_the_sides(plan, tmp_path):
    # plot 40 × 25 m, footprint 20 × 10 m, 3 floors, 9 m: all within Жм
    result = _run(plan, tmp_path, rect(10, 10, 20, 10), plot=rect(0, 0, 40, 25), height=9, floors=3)
    plot, foot = 40 * 25, 20 * 10
    assert result.plot_area == pytest.approx(plot) and result.footprint_area == pytest.approx(foot)
    assert result.figures["maxDensity"].value == pytest.approx(100 * foot / plot)
    assert result.figures["maxFloorAreaRatio"].value == pytest.approx(3 * foot / plot)
    green = result.figures["minGreenShare"]
    assert green.value == pytest.approx(100 * (plot - foot) / plot) and not green.exact
    assert [(s.gml_id, s.share) for s in result.zones] == [("ZE.a", pytest.approx(1.0))]
    zhm = zone("Жм")
    for indication in ("maxDensity", "maxFloorAreaRatio", "maxHeight"):
        v = _verdict(result, "ZE.a", "law:Жм", indication)
        assert v.status == "within" and article(zhm) in v.limit.source
    # the green share is only an upper bound: above the minimum, it cannot prove the plot green enough
    assert _verdict(result, "ZE.a", "law:Жм", "minGreenShare").status == "cannot-tell"
    assert not result.exceeds


def test_each_limit_exceeded_cites_the_article(plan, tmp_path):
    zhm = zone("Жм")
    # plot 20 × 20; footprint 16 × 16 (64 %), 2 floors (Кинт 1.28), green 4 × 20 beside it (20 %), 12 m
    result = _run(plan, tmp_path, rect(0, 0, 16, 16), plot=rect(0, 0, 20, 20), green=rect(16, 0, 4, 20),
                  height=12, floors=2)
    expected = {"maxDensity": 100 * 256 / 400, "maxFloorAreaRatio": 2 * 256 / 400,
                "minGreenShare": 100 * 80 / 400, "maxHeight": 12}
    limits = {"maxDensity": zhm["max_density_pct"], "maxFloorAreaRatio": zhm["max_kint"],
              "minGreenShare": zhm["min_green_pct"], "maxHeight": zhm["max_height_m"]}
    for indication, value in expected.items():
        v = _verdict(result, "ZE.a", "law:Жм", indication)
        assert v.value == pytest.approx(value) and v.status == "exceeds", indication
        assert v.limit.bound() == limits[indication] and article(zhm) in v.limit.source
    assert result.exceeds
    # the plan's own figures for ZE.a (10 m, 60 %, 1.2, 40 %) are checked too
    assert _verdict(result, "ZE.a", "plan", "maxHeight").status == "exceeds"


def test_green_drawn_under_the_building_does_not_count(plan, tmp_path):
    # plot 20 × 20; footprint 10 × 10 in a corner; the green area drawn over the whole plot
    result = _run(plan, tmp_path, rect(0, 0, 10, 10), plot=rect(0, 0, 20, 20), green=rect(0, 0, 20, 20), height=6)
    green = result.figures["minGreenShare"]
    assert green.exact and green.value == pytest.approx(100 * (400 - 100) / 400)


def test_gross_floor_area_given_wins_over_floors(plan, tmp_path):
    result = _run(plan, tmp_path, rect(0, 0, 10, 10), plot=rect(0, 0, 20, 20), height=6, floors=9, gfa=300)
    assert result.figures["maxFloorAreaRatio"].value == pytest.approx(300 / 400)
    assert any("gross floor area" in en for en in (note.say("en") for note in result.notes))


def test_a_footprint_across_two_zones_reports_the_share_in_each(plan, tmp_path):
    # 30 × 10 m from x = 90: 10 m in ZE.a (Жм), 20 m in ZE.b (Оз)
    result = _run(plan, tmp_path, rect(90, 10, 30, 10), plot=rect(80, 0, 50, 40), height=8, floors=2)
    assert {s.gml_id: s.share for s in result.zones} == {"ZE.b": pytest.approx(2 / 3), "ZE.a": pytest.approx(1 / 3)}
    # Оз: the law sets no figure, so every limit says so (not "no limit")
    oz = [v for v in result.verdicts if v.zone_id == "ZE.b" and v.authority.startswith("law")]
    assert {v.status for v in oz} == {"no-limit-known"} and all(v.reason_en for v in oz)
    assert any("crosses a zone boundary" in en for en in (note.say("en") for note in result.notes))


def test_a_footprint_in_another_crs_is_reprojected(plan, tmp_path):
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(3046)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(src, dst)
    ring = [list(ct.TransformPoint(x, y)[:2]) for x, y in rect(10, 10, 20, 10)]
    fp = geojson(tmp_path / "wgs84.geojson", ring, epsg=None)  # no crs member: RFC 7946 longitude/latitude
    result = check_building(plan.zoning_elements, plan.crs, load_proposal(plan.crs, fp, 9), load_profile("bg"))
    assert result.footprint_area == pytest.approx(200, rel=1e-4)
    assert [s.gml_id for s in result.zones] == ["ZE.a"]
    assert _verdict(result, "ZE.a", "law:Жм", "maxDensity").status == "not-computed"


def test_a_footprint_outside_the_plan_is_refused_with_its_place(plan, tmp_path):
    with pytest.raises(PluInputError, match="outside every zone of the plan") as info:
        _run(plan, tmp_path, rect(5000, 5000, 10, 10), height=9)
    assert "EPSG:3046" in info.value.message("en") and "извън всички зони" in info.value.message("bg")


def test_a_school_plot_has_the_limits_of_its_purpose(plan, tmp_path):
    school = zone("—училище")
    # footprint 25 × 20 on a 25 × 40 plot: 50 % against the school plot's maximum
    result = _run(plan, tmp_path, rect(0, 0, 25, 20), plot=rect(0, 0, 25, 40), height=9, floors=2,
                  plot_use="school")
    v = _verdict(result, "ZE.a", "law:school", "maxDensity")
    assert v.value == pytest.approx(50) and v.limit.bound() == school["max_density_pct"]
    assert v.status == ("exceeds" if 50 > school["max_density_pct"] else "within")
    assert article(school) in v.limit.source


def test_sofia_caps_the_height_and_overrides_the_national_limits(plan, tmp_path):
    data, _ = read_dataset(BASE)
    data.zoning_elements[0].specific_land_use = [ZONES + "Smf"]
    kwargs = dict(zones=data.zoning_elements, plot=rect(0, 0, 40, 25), height=80, floors=10)
    national = _run(plan, tmp_path, rect(0, 0, 20, 10), **kwargs)
    assert _verdict(national, "ZE.a", "law:Смф", "maxHeight").status == "no-limit-known"
    sofia = _run(plan, tmp_path, rect(0, 0, 20, 10), profile="bg-sofia", **kwargs)
    height = _verdict(sofia, "ZE.a", "law:Смф", "maxHeight")
    assert height.status == "exceeds" and "ДВ бр. 31/2018" in height.limit.source
    kint = _verdict(sofia, "ZE.a", "law:Смф", "maxFloorAreaRatio")
    assert kint.limit.bound() == zone("Смф")["max_kint"] and "ЗУЗСО" in kint.limit.source
    assert kint.value == pytest.approx(10 * 200 / 1000) and kint.status == "within"


@pytest.mark.parametrize("text,message", [
    ('{"type": "Feature",\n "geometry": {"type": "Polygon",\n  "coordinates": [[[0, 0], [1, 0]]] ,}}',
     "line 3, column"),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Polygon", '
     '"coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}}, {"type": "Feature", "geometry": {"type": "Point", '
     '"coordinates": [0, 0]}}]}', "feature 2: is a Point"),
    ('{"type": "Polygon", "coordinates": [[[0,0],[2,2],[2,0],[0,2],[0,0]]]}', "not valid: Self-intersection"),
    ('{"type": "Polygon", "coordinates": [[[0,0],[1,0]]]}', "geometry: the coordinates are malformed"),
    ('{"type": "FeatureCollection", "features": []}', "holds no features"),
    ('[1, 2, 3]', "not GeoJSON"),
    ('{"type": "Polygon", "crs": {"type": "name", "properties": {"name": "EPSG:999999"}}, '
     '"coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}', "names no known EPSG system"),
    ('{"type": "Polygon", "coordinates": [[[0,0],[1e400,0],[1,1],[0,0]]]}', "not a finite number"),
])
def test_malformed_geojson_names_the_file_and_the_place(plan, tmp_path, text, message):
    path = tmp_path / "бад_петно.geojson"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PluInputError, match=message) as info:
        load_proposal(plan.crs, path, 9)
    assert str(path) in info.value.message("en") and str(path) in info.value.message("bg")


@pytest.mark.parametrize("kw,message", [
    (dict(height=0), "the height must be above 0"), (dict(height=float("nan")), "the height"),
    (dict(height=9, floors=-1), "floors"), (dict(height=9, gfa=0), "gross floor area"),
])
def test_nonsense_numbers_are_refused(plan, tmp_path, kw, message):
    fp = geojson(tmp_path / "fp.geojson", rect(0, 0, 10, 10))
    with pytest.raises(PluInputError, match=message):
        load_proposal(plan.crs, fp, **kw)


def test_notes_say_when_the_footprint_leaves_its_plot_or_the_plan(plan, tmp_path):
    # the plan's zones end at y = 100: a 10 × 20 m footprint from y = 90 is half outside; the plot covers 5 m of it
    result = _run(plan, tmp_path, rect(10, 90, 10, 20), plot=rect(0, 80, 30, 15), height=6)
    assert result.outside_share == pytest.approx(0.5)
    notes = " | ".join(en for en in (note.say("en") for note in result.notes))
    assert "50.0 % of the footprint lies outside the plan's zones" in notes
    assert f"{200 - 10 * 5:.1f} m² of the footprint lies outside the plot" in notes


def test_several_features_are_one_footprint(plan, tmp_path):
    fp = geojson(tmp_path / "two.geojson", rect(0, 0, 10, 10), rect(20, 0, 10, 5))
    result = check_building(plan.zoning_elements, plan.crs, load_proposal(plan.crs, fp, 6), load_profile("bg"))
    assert result.footprint_area == pytest.approx(100 + 50)


def test_a_huge_file_is_refused_before_it_is_read(plan, tmp_path):
    from plu_model.geojson_polygon import MAX_GEOJSON_BYTES

    path = tmp_path / "huge.geojson"
    with open(path, "wb") as f:
        f.truncate(MAX_GEOJSON_BYTES + 1)  # sparse: no disk is used
    with pytest.raises(PluInputError, match="far smaller"):
        load_proposal(plan.crs, path, 9)
