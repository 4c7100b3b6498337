"""The download service (OGC API – Features on pygeoapi) read by GDAL's OAPIF driver and plain HTTP.

Expected answers come from the city's own shapes (tests/register/city.py) with shapely, not
from the register's SQL.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import date

import pytest
from city import CITY, X0, Y0, expected_in_force
from shapely.geometry import Polygon, shape

TODAY = date.today()


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=60) as r:
        return json.loads(r.read())


def _in_force(day: date) -> list[tuple[str, str, object]]:
    """(plan, zone, shape in EPSG:7801) in force on ``day``, an amended zone cut by its amendment's extent."""
    return [(plan, z.local_id, g) for plan, z, g in expected_in_force(day) if g.area > 1e-6]


def _to_7801(lon_lat_box: tuple[float, float, float, float]) -> Polygon:
    """A lon/lat box as a (densified) polygon in EPSG:7801, by GDAL's transformation, not the services'."""
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(4326)
    dst.ImportFromEPSG(7801)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    t = osr.CoordinateTransformation(src, dst)
    w, s_, e, n = lon_lat_box
    ring = [(w + (e - w) * i / 20, s_) for i in range(21)] + [(e, s_ + (n - s_) * i / 20) for i in range(21)]
    ring += [(e - (e - w) * i / 20, n) for i in range(21)] + [(w, n - (n - s_) * i / 20) for i in range(21)]
    return Polygon([t.TransformPoint(x, y)[:2] for x, y in ring])


def test_gdal_lists_the_collections_and_reads_every_zone_of_a_plan(service_stack):
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ds = ogr.Open(f"OAPIF:{service_stack}/ogcapi")
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert {"SpatialPlan", "ZoningElement", "SupplementaryRegulation"} <= names
    layer = ds.GetLayerByName("ZoningElement")
    layer.SetAttributeFilter("plan = 'pup-north'")
    got = {f.GetField("local_id"): (f.GetField("zone_type"), f.GetField("hilucs"), f.GetField("plan_title"))
           for f in layer}
    north = next(p for p in CITY if p.local_id == "pup-north")
    assert got == {z.local_id: (z.zone_type, z.hilucs, north.title) for z in north.zones}


def test_gdal_reads_all_published_zones_with_their_attributes(service_stack, city_register):
    from osgeo import gdal, ogr

    from register.provider import RegisterProvider

    gdal.UseExceptions()
    ds = ogr.Open(f"OAPIF:{service_stack}/ogcapi")  # kept: the layer lives only as long as its data set
    features = list(ds.GetLayerByName("ZoningElement"))
    assert len(features) == sum(len(p.zones) for p in CITY)
    with RegisterProvider(city_register) as reg:
        for plan in CITY:
            stored = {f.inspire_id.local_id: f for f in reg.dataset(plan.local_id).features()
                      if type(f).__name__ == "ZoningElement"}
            served = {f.GetField("local_id"): f for f in features if f.GetField("plan") == plan.local_id}
            assert set(served) == set(stored)
            for local_id, f in served.items():
                assert f.GetField("gml_id") == stored[local_id].gml_id
                assert f.GetField("hilucs") == list(stored[local_id].hilucs_land_use)[0].rsplit("/", 1)[-1]


@pytest.mark.parametrize("day", [date(2016, 7, 1), date(2022, 3, 1), TODAY], ids=str)
def test_bbox_and_datetime_give_the_zones_in_force_there(service_stack, day):
    from osgeo import osr

    # a lon/lat box around the south-west corner of the city
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(7801)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    t = osr.CoordinateTransformation(src, dst)
    w, s_ = t.TransformPoint(X0 + 150, Y0 + 120)[:2]
    e, n = t.TransformPoint(X0 + 450, Y0 + 330)[:2]
    box = (w, s_, e, n)
    area = _to_7801(box)
    expected = {z for _p, z, g in _in_force(day) if g.intersects(area)}
    url = (f"{service_stack}/ogcapi/collections/ZoningElement/items?f=json&limit=1000"
           f"&bbox={w},{s_},{e},{n}&datetime={day.isoformat()}")
    got = {f["properties"]["local_id"] for f in _get_json(url)["features"]}
    assert got == expected and expected


def test_paging_walks_every_zone_once(service_stack):
    url = f"{service_stack}/ogcapi/collections/ZoningElement/items?f=json&limit=3"
    seen = []
    while url:
        page = _get_json(url)
        seen += [f["id"] for f in page["features"]]
        url = next((link["href"] for link in page["links"] if link["rel"] == "next"), None)
        assert page["numberMatched"] == sum(len(p.zones) for p in CITY)
    assert len(seen) == len(set(seen)) == sum(len(p.zones) for p in CITY)


@pytest.mark.parametrize("epsg", [7801, 3035, 3046, 4258])
def test_a_zone_comes_in_the_asked_crs(service_stack, epsg):
    from osgeo import osr

    zone = next(z for z in CITY[2].zones if z.local_id == "d2-e")
    crs = f"http://www.opengis.net/def/crs/EPSG/0/{epsg}"
    url = f"{service_stack}/ogcapi/collections/ZoningElement/items?f=json&local_id=d2-e&crs={crs}"
    with urllib.request.urlopen(url, timeout=60) as r:
        assert r.headers["Content-Crs"].strip("<>") == crs
        feature = json.loads(r.read())["features"][0]
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(7801)
    src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)  # the city's shapes are (east, north)
    dst.ImportFromEPSG(epsg)  # the answer is in the CRS's own axis order, as OGC API – Features asks
    t = osr.CoordinateTransformation(src, dst)
    expected = Polygon([t.TransformPoint(x, y)[:2] for x, y in zone.shape().exterior.coords])
    got = shape(feature["geometry"])
    tolerance = 1e-7 if epsg == 4258 else 0.01
    assert got.symmetric_difference(expected).area <= expected.area * 1e-6 or got.equals_exact(expected, tolerance)


def test_queryables_name_hilucs_zone_type_and_plan(service_stack):
    props = _get_json(f"{service_stack}/ogcapi/collections/ZoningElement/queryables?f=json")["properties"]
    assert {"hilucs", "zone_type", "plan"} <= set(props)
    green = _get_json(f"{service_stack}/ogcapi/collections/ZoningElement/items?f=json&zone_type=Oz&limit=100")
    expected = {z.local_id for p in CITY for z in p.zones if z.zone_type == "Oz"}
    assert {f["properties"]["local_id"] for f in green["features"]} == expected


def test_a_plan_comes_as_plu_gml_that_passes_the_official_schema(service_stack, tmp_path, schema):
    from validators.xsd import iter_xsd_findings

    url = f"{service_stack}/ogcapi/collections/ZoningElement/items?f=gml&plan=pup-north"
    with urllib.request.urlopen(url, timeout=60) as r:
        assert r.headers["Content-Type"].startswith("application/gml+xml")
        (tmp_path / "north.gml").write_bytes(r.read())
    assert list(iter_xsd_findings(tmp_path / "north.gml", schema)) == []
    assert b"d2-w" in (tmp_path / "north.gml").read_bytes()


@pytest.mark.parametrize("query", ["f=gml", "f=gml&plan=no-such-plan", "f=gml&plan=pup-north&version=x",
                                   "datetime=2020-01-01/2021-01-01", "datetime=yesterday"])
def test_bad_requests_get_a_clear_answer_in_both_languages(service_stack, query):
    url = f"{service_stack}/ogcapi/collections/ZoningElement/items?{query}"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url, timeout=60)
    assert err.value.code in (400, 404)
    body = err.value.read().decode("utf-8")
    assert "Traceback" not in body
    if query.startswith("f=gml"):
        assert any("\u0400" <= ch <= "\u04ff" for ch in body)  # the Bulgarian half


@pytest.mark.parametrize("query", ["version=abc", "bbox=1,2,3", "limit=-5", "offset=x"])
def test_malformed_filters_are_refused_without_a_traceback(service_stack, query):
    url = f"{service_stack}/ogcapi/collections/ZoningElement/items?f=json&{query}"
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(url, timeout=60)
    assert err.value.code == 400
    assert "Traceback" not in err.value.read().decode("utf-8")


def test_landing_page_speaks_both_languages_and_has_a_web_page(service_stack):
    bg = _get_json(f"{service_stack}/ogcapi/?f=json&lang=bg")
    en = _get_json(f"{service_stack}/ogcapi/?f=json&lang=en")
    assert bg["title"].startswith("Устройствени планове") and en["title"].startswith("Planned land use")
    with urllib.request.urlopen(f"{service_stack}/ogcapi/collections/ZoningElement?f=html", timeout=60) as r:
        assert r.status == 200 and b"<html" in r.read().lower()
