"""A building check fed what other hands draw: files without a CRS, swapped axes, green off the plot, a bow-tie zone.

Expected areas are computed here with shapely and pyproj on the inputs, not by the code under test.
"""

from __future__ import annotations

import json
import math

import pytest
import shapely
from building_cases import BASE, X0, Y0, geojson, rect
from pyproj import Transformer
from shapely.geometry import MultiPolygon, Polygon

from plu_model.errors import PluInputError
from plu_model.readers import read_dataset
from validators.building_check import check_building, load_proposal
from validators.profiles import load_profile


@pytest.fixture(scope="module")
def plan():
    data, _ = read_dataset(BASE)
    return data


def _both(info) -> tuple[str, str]:
    return info.value.message("en"), info.value.message("bg")


def _write(path, doc) -> str:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def test_metres_in_a_file_without_crs_are_refused_naming_rfc_7946(plan, tmp_path):
    path = _write(tmp_path / "без_crs.geojson", {"type": "Polygon", "coordinates": [rect(10, 10, 20, 10)]})
    with pytest.raises(PluInputError) as info:
        load_proposal(plan.crs, path, 9)
    en, bg = _both(info)
    assert str(path) in en and "not longitude and latitude" in en and "RFC 7946" in en
    assert str(path) in bg and "не са географска дължина и ширина" in bg


def test_nan_in_the_coordinates_is_refused_as_not_json(plan, tmp_path):
    ring = json.dumps(rect(10, 10, 20, 10)).replace(str(X0 + 10), "NaN", 1)
    path = tmp_path / "nan.geojson"
    path.write_text('{"type": "Polygon", "crs": {"type": "name", "properties": {"name": "EPSG:3046"}}, '
                    f'"coordinates": [{ring}]}}', encoding="utf-8")
    with pytest.raises(PluInputError) as info:
        load_proposal(plan.crs, path, 9)
    en, bg = _both(info)
    assert "holds NaN, which is not a number in JSON" in en and "съдържа NaN" in bg


def test_an_absurd_coordinate_is_refused_in_a_short_message(plan, tmp_path):
    big = [[1e308, 1e308], [1e308, -1e308], [-1e308, -1e308], [1e308, 1e308]]
    path = geojson(tmp_path / "huge.geojson", big)
    with pytest.raises(PluInputError) as info:
        load_proposal(plan.crs, path, 9)
    en, _ = _both(info)
    assert "1e+308" in en and "farther than any place on Earth" in en and len(en) < 300


def test_northing_before_easting_is_named_as_such(plan, tmp_path):
    swapped = [[y, x] for x, y in rect(10, 10, 20, 10)]
    proposal = load_proposal(plan.crs, geojson(tmp_path / "swapped.geojson", swapped), 9)
    with pytest.raises(PluInputError) as info:
        check_building(plan.zoning_elements, plan.crs, proposal, load_profile("bg"))
    en, bg = _both(info)
    assert "with its two coordinates swapped it would lie in zone ZE.a" in en
    assert "с разменени координати би било в зона ZE.a" in bg


def test_latitude_before_longitude_without_crs_is_named_as_such(plan, tmp_path):
    to_wgs84 = Transformer.from_crs(3046, 4326, always_xy=True)
    lat_lon = [list(to_wgs84.transform(x, y))[::-1] for x, y in rect(10, 10, 20, 10)]
    path = _write(tmp_path / "latlon.geojson", {"type": "Polygon", "coordinates": [lat_lon]})
    proposal = load_proposal(plan.crs, path, 9)
    with pytest.raises(PluInputError, match="swapped it would lie in zone ZE.a"):
        check_building(plan.zoning_elements, plan.crs, proposal, load_profile("bg"))


def test_a_footprint_truly_elsewhere_is_not_called_swapped(plan, tmp_path):
    proposal = load_proposal(plan.crs, geojson(tmp_path / "far.geojson", rect(5000, 5000, 20, 10)), 9)
    with pytest.raises(PluInputError) as info:
        check_building(plan.zoning_elements, plan.crs, proposal, load_profile("bg"))
    assert "swapped" not in info.value.message("en") and "check the footprint's CRS" in info.value.message("en")


def test_green_drawn_off_the_plot_is_said_and_not_counted(plan, tmp_path):
    footprint, plot, green = rect(10, 10, 20, 10), rect(0, 0, 40, 25), rect(30, 0, 30, 25)
    proposal = load_proposal(plan.crs, geojson(tmp_path / "fp.geojson", footprint), 9,
                             plot=geojson(tmp_path / "plot.geojson", plot),
                             green=geojson(tmp_path / "green.geojson", green))
    result = check_building(plan.zoning_elements, plan.crs, proposal, load_profile("bg"))
    g, p, f = Polygon(green), Polygon(plot), Polygon(footprint)
    counted = g.intersection(p).difference(f).area
    assert result.figures["minGreenShare"].value == pytest.approx(100 * counted / p.area)
    lost = g.area - counted
    notes = [n.say("en") for n in result.notes]
    assert f"{lost:.1f} m² of the green area lies outside the plot or under the footprint and is not counted" in notes
    assert any("от озеленената площ са извън имота" in n.say("bg") for n in result.notes)


def test_a_bow_tie_zone_is_measured_as_the_plan_means_it(plan, tmp_path):
    import copy

    zones = [copy.copy(z) for z in plan.zoning_elements]
    a = next(z for z in zones if z.gml_id == "ZE.a")
    # ZE.a drawn as a bow-tie: two 50 × 50 triangles meeting at the square's centre
    a.geometry = MultiPolygon([Polygon([(X0, Y0), (X0 + 100, Y0 + 100), (X0 + 100, Y0), (X0, Y0 + 100)])])
    assert not a.geometry.is_valid
    footprint = rect(85, 45, 10, 10)  # inside the eastern triangle
    proposal = load_proposal(plan.crs, geojson(tmp_path / "fp.geojson", footprint), 9)
    result = check_building(zones, plan.crs, proposal, load_profile("bg"))
    inside = shapely.make_valid(a.geometry).intersection(Polygon(footprint)).area / Polygon(footprint).area
    assert [(s.gml_id, s.share) for s in result.zones] == [("ZE.a", pytest.approx(inside))]
    assert math.isclose(inside, 1.0)


def test_zones_given_as_a_generator_are_all_seen(plan, tmp_path):
    proposal = load_proposal(plan.crs, geojson(tmp_path / "fp.geojson", rect(5000, 5000, 20, 10)), 9)
    with pytest.raises(PluInputError, match="which cover 690000.00, 4727000.00"):
        check_building((z for z in plan.zoning_elements), plan.crs, proposal, load_profile("bg"))


def test_a_citation_cut_on_the_sheet_ends_in_an_ellipsis():
    from validators.building_pdf import _cell

    long = "ЗУЗСО, ЗИД, ДВ бр. 31/2018: 75 m in most of the city; " * 6
    lines = _cell(long, "source", 0.37)
    assert len(lines) == 4 and lines[-1].endswith(" …")
    assert _cell("Наредба № 7, чл. 19", "source", 0.37) == ["Наредба № 7, чл. 19"]


def test_degrees_labelled_as_metres_are_named_as_such(plan, tmp_path):
    to_wgs84 = Transformer.from_crs(3046, 4326, always_xy=True)
    lon_lat = [list(to_wgs84.transform(x, y)) for x, y in rect(10, 10, 20, 10)]
    path = geojson(tmp_path / "degrees_as_3046.geojson", lon_lat, epsg=3046)
    proposal = load_proposal(plan.crs, path, 9)
    with pytest.raises(PluInputError) as info:
        check_building(plan.zoning_elements, plan.crs, proposal, load_profile("bg"))
    en, bg = _both(info)
    assert "its coordinates look like longitude and latitude" in en
    assert "координатите му изглеждат като географска дължина и ширина" in bg
