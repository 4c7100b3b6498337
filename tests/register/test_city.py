"""A small city in a real register: what applies where, and the zoning in force, before and after each step.

The expected answers are computed here from the city's own shapes with shapely,
not by the register's code.
"""

from __future__ import annotations

from datetime import date

import pytest
from city import AMENDMENT, CITY, DETAILED_1, X0, Y0, fill_register
from city import expected_in_force as city_in_force
from shapely.geometry import Point

from plu_model.readers import read_dataset
from register.exporting import write_dataset
from register.provider import RegisterProvider
from validators.xsd import iter_xsd_findings

LEVEL_RANK = {"infraLocal": 0, "local": 1}
DATES = [date(2009, 6, 1), date(2012, 5, 5), date(2015, 1, 1), date(2016, 7, 1), date(2019, 1, 1),
         date(2022, 2, 28), date(2022, 3, 1), date(2024, 1, 1)]
POINTS = [(100, 100), (300, 300), (150, 350), (450, 450), (900, 100), (700, 700), (900, 900), (200.5, 150),
          (1200, 1200)]


@pytest.fixture(scope="module")
def city_db(cluster):
    import psycopg2


    conn = psycopg2.connect(cluster.dsn(database="postgres"))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS city")
        cur.execute("CREATE DATABASE city")
    conn.close()
    dsn = cluster.dsn(database="city")
    return fill_register(dsn)


def expected_at(x: float, y: float, day: date) -> list[tuple[str, str]]:
    """(plan, zone) pairs covering the point on the day, the applicable one first."""
    pt = Point(X0 + x, Y0 + y)
    live = [p for p in CITY if p.valid_from <= day]
    found = []
    for p in live:
        if any(p.local_id in a.amends and a.extent_shape().covers(pt) for a in live if a is not p):
            continue
        found += [(p, z) for z in p.zones if z.shape().covers(pt)]
    found.sort(key=lambda pz: (LEVEL_RANK[pz[0].level], -pz[0].valid_from.toordinal()))
    return [(p.local_id, z.local_id) for p, z in found]


@pytest.mark.parametrize("day", DATES, ids=str)
def test_at_gives_the_plan_in_force(city_db, day):
    with RegisterProvider(city_db) as reg:
        for x, y in POINTS:
            got = [(e["plan"], e["zoning_element"]["local_id"]) for e in reg.at(X0 + x, Y0 + y, day, 7801)]
            assert got == expected_at(x, y, day), (x, y, day)


def test_at_reports_limits_documents_and_versions(city_db):
    with RegisterProvider(city_db) as reg:
        first = reg.at(X0 + 100, Y0 + 100, date(2023, 1, 1), 7801)[0]
    assert first["plan"] == AMENDMENT.local_id and first["version"] == 1 and first["status"] == "legalForce"
    zone = first["zoning_element"]
    assert zone["hilucs_land_use"][0].endswith("3_4_4_OpenAirRecreationalAreas")
    assert zone["specific_land_use"][0].endswith("/Oz")
    assert {"indication_reference": "maxHeight", "value": 5.0, "uom": "m", "type": "measure"} in zone["limits"]
    assert first["documents"][0]["regulation_text"].startswith("Правила за прилагане")


def test_at_takes_longitude_latitude(city_db):
    from plu_model.crs import reproject

    ll = reproject(Point(X0 + 300, Y0 + 300), 7801, 4326)
    with RegisterProvider(city_db) as reg:
        got = reg.at(ll.x, ll.y, date(2020, 1, 1), 4326)
    assert got[0]["zoning_element"]["local_id"] == "d1-d"


def expected_in_force(day: date) -> dict[str, float]:
    return {z.local_id: round(shape.area, 3) for _, z, shape in city_in_force(day)}


@pytest.mark.parametrize("day", [date(2012, 1, 1), date(2016, 1, 1), date(2020, 1, 1), date(2023, 1, 1)], ids=str)
def test_in_force_writes_the_consolidated_zoning(city_db, day, tmp_path, schema):
    with RegisterProvider(city_db) as reg:
        data = reg.in_force(day)
    gml = write_dataset(data, tmp_path / "in-force.gml")
    assert list(iter_xsd_findings(gml, schema)) == []
    back, _ = read_dataset(gml)
    got = {z.inspire_id.local_id: round(z.geometry.area, 3) for z in back.zoning_elements}
    assert got == expected_in_force(day)
    assert back.plan.official_title.startswith("Zoning in force on")


def test_in_force_bbox_keeps_zones_in_the_box(city_db, tmp_path):
    with RegisterProvider(city_db) as reg:
        data = reg.in_force(date(2023, 1, 1), (X0 + 550, Y0 + 550, X0 + 950, Y0 + 950))
    assert {z.inspire_id.local_id for z in data.zoning_elements} == {"g-ne", "d2-w", "d2-e"}
    write_dataset(data, tmp_path / "box.gpkg")
    back, _ = read_dataset(tmp_path / "box.gpkg")
    assert back.counts()["ZoningElement"] == 3


def test_before_anything_is_in_force_nothing_applies(city_db):
    with RegisterProvider(city_db) as reg:
        assert reg.at(X0 + 100, Y0 + 100, date(2009, 12, 31), 7801) == []
        assert reg.in_force(date(2009, 12, 31)).zoning_elements == []


def test_the_amended_plan_still_answers_outside_the_amendment(city_db):
    with RegisterProvider(city_db) as reg:
        got = reg.at(X0 + 300, Y0 + 100, date(2023, 1, 1), 7801)
    assert got[0]["plan"] == DETAILED_1.local_id


def test_in_force_in_another_crs_is_reprojected(city_db, tmp_path, schema):
    import math

    day = date(2023, 1, 1)
    with RegisterProvider(city_db) as reg:
        data = reg.in_force(day, crs=3035)
    gml = write_dataset(data, tmp_path / "in-force-3035.gml")
    assert list(iter_xsd_findings(gml, schema)) == []
    back, _ = read_dataset(gml)
    assert back.crs == 3035
    expected = expected_in_force(day)
    got = {z.inspire_id.local_id: z.geometry.area for z in back.zoning_elements}
    assert set(got) == set(expected)
    # EPSG:3035 is equal-area, EPSG:7801 conformal: near Sofia their areas agree to well under 1 %
    assert all(math.isclose(got[k], expected[k], rel_tol=0.01) for k in expected)
    assert min(z.geometry.bounds[0] for z in back.zoning_elements) > 5_000_000  # LAEA eastings, not 7801's


def test_in_force_bbox_across_the_edge_of_the_crs_area_keeps_every_zone(city_db):
    """EPSG:3046 (ETRS89 / UTM zone 34N, N-E) is meant for Finland and Norway, 58.84°N–84.54°N; Sofia's plans
    given in it lie far south of that. A box reaching from the city into that area keeps every zone in force:
    none is cut away with the part of the box outside the area."""
    from osgeo import osr

    def srs(epsg: int) -> osr.SpatialReference:
        s = osr.SpatialReference()
        s.ImportFromEPSG(epsg)
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        return s

    _lon, lat, _z = osr.CoordinateTransformation(srs(7801), srs(4326)).TransformPoint(X0, Y0)
    assert lat < 58.84
    x, y, _z = osr.CoordinateTransformation(srs(7801), srs(3046)).TransformPoint(X0, Y0)
    assert x > 680_000  # east of the area's 673,696 m too: the box crosses its edge in both directions
    day = date(2023, 1, 1)
    with RegisterProvider(city_db) as reg:
        data = reg.in_force(day, (600_000, y - 5_000, x + 5_000, 7_000_000), crs=3046)
    assert {z.inspire_id.local_id for z in data.zoning_elements} == set(expected_in_force(day))


def test_in_force_with_the_whole_world_as_a_box_keeps_every_zone(city_db):
    day = date(2023, 1, 1)
    with RegisterProvider(city_db) as reg:
        data = reg.in_force(day, (-1e308, -1e308, 1e308, 1e308))
    assert {z.inspire_id.local_id for z in data.zoning_elements} == set(expected_in_force(day))
