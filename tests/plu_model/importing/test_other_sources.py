"""GeoJSON, CSV with WKT, GeoPackage curves, PostGIS, and what happens with bad input."""

from __future__ import annotations

import json
import time

import pytest
from osgeo import ogr, osr
from plan_sources import X0, Y0, plan_problems

from plu_model.errors import PluInputError
from plu_model.importing import load_mapping, run_import

MAPPING = """\
version: 1
namespace: BG.TEST.OTHER
{extra}
plan:
  official_title: Тестов план
  plan_type_name: OUP
layers:
  - {layer}
    class: ZoningElement
    attributes:
      specific_land_use: {{field: zone, codelist: bg/ZoneTypeValue}}
      regulation_nature: generallyBinding
"""


def _mapping(tmp_path, extra="", layer="name: zones"):
    path = tmp_path / "map.yaml"
    path.write_text(MAPPING.format(extra=extra, layer=layer), encoding="utf-8")
    return load_mapping(path)


def _box(x, y, w=100, h=100):
    return [[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]


def test_geojson(tmp_path):
    fc = {"type": "FeatureCollection", "name": "zones", "features": [
        {"type": "Feature", "properties": {"zone": "Жм"}, "geometry": {"type": "Polygon", "coordinates": [_box(23.30, 42.68, 0.001, 0.001)]}},
        {"type": "Feature", "properties": {"zone": "Оз"}, "geometry": {"type": "Polygon", "coordinates": [_box(23.301, 42.68, 0.001, 0.001)]}},
    ]}
    path = tmp_path / "zones.geojson"
    path.write_text(json.dumps(fc, ensure_ascii=False), encoding="utf-8")
    data, report = run_import(str(path), _mapping(tmp_path))
    assert data.crs == 4326  # GeoJSON is WGS 84 unless it says otherwise
    assert [z.specific_land_use[0].rsplit("/", 1)[-1] for z in data.zoning_elements] == ["Zhm", "Oz"]
    assert plan_problems(data) == []


def test_csv_with_wkt_in_windows_1251(tmp_path):
    rows = ["id;zone;WKT"]
    for i, code in enumerate(["Жм", "Смф", "Тп"]):
        ring = ",".join(f"{x} {y}" for x, y in _box(X0 + 100 * i, Y0))
        rows.append(f"{i};{code};POLYGON(({ring}))")
    path = tmp_path / "zones.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))
    extra = "crs: {source: 7801}\nsource: {encoding: cp1251, open_options: {SEPARATOR: SEMICOLON}}"
    data, report = run_import(str(path), _mapping(tmp_path, extra, "id: {field: id}"))
    assert [z.specific_land_use[0].rsplit("/", 1)[-1] for z in data.zoning_elements] == ["Zhm", "Smf", "Tp"]
    assert [z.inspire_id.local_id for z in data.zoning_elements] == ["0", "1", "2"]
    assert data.plan.extent.area == pytest.approx(30000)
    assert report.clean


def _gpkg_with_curves(path, tolerance_probe=False):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(7801)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("zones", srs, ogr.wkbCurvePolygon)
    layer.CreateField(ogr.FieldDefn("zone", ogr.OFTString))
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetField("zone", "Оз")
    # a half disc of radius 500 m: the straight edge plus a semicircle
    wkt = (f"CURVEPOLYGON(COMPOUNDCURVE(({X0 + 1000} {Y0},{X0} {Y0}),"
           f"CIRCULARSTRING({X0} {Y0},{X0 + 500} {Y0 + 500},{X0 + 1000} {Y0})))")
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    ds = None
    return path


def test_geopackage_curves_are_linearised_within_tolerance(tmp_path):
    import math

    path = _gpkg_with_curves(tmp_path / "curves.gpkg")
    data, report = run_import(str(path), _mapping(tmp_path, "geometry: {curve_tolerance: 0.05}"))
    (zone,) = data.zoning_elements
    ring = list(zone.geometry.geoms[0].exterior.coords)
    cx, cy, r = X0 + 500, Y0, 500.0
    worst = max(r - math.hypot((a[0] + b[0]) / 2 - cx, (a[1] + b[1]) / 2 - cy)
                for a, b in zip(ring, ring[1:], strict=False) if a[1] > Y0 + 1e-6 or b[1] > Y0 + 1e-6)
    assert 0 < worst <= 0.05
    assert zone.geometry.area == pytest.approx(math.pi * r * r / 2, abs=1000 * 0.05)
    assert any(f.rule == "IMPORT.CURVES_LINEARISED" for f in report.findings)


@pytest.mark.parametrize(("tolerance", "english", "bulgarian"), [
    ("1", "a tolerance of 1 CRS unit", "допуск 1 единица на координатната система"),
    ("1.0", "a tolerance of 1 CRS unit", "допуск 1 единица на координатната система"),
    ("0.5", "a tolerance of 0.5 CRS units", "допуск 0,5 единици на координатната система"),
    ("2", "a tolerance of 2 CRS units", "допуск 2 единици на координатната система"),
])
def test_the_curve_tolerance_is_counted_in_the_note_of_each_language(tmp_path, tolerance, english, bulgarian):
    """One unit is said "1 CRS unit" ("1 единица"), not "1 CRS units"; a fraction keeps the plural and its comma."""
    path = _gpkg_with_curves(tmp_path / "curves.gpkg")
    _data, report = run_import(str(path), _mapping(tmp_path, f"geometry: {{curve_tolerance: {tolerance}}}"))
    (note,) = [f for f in report.findings if f.rule == "IMPORT.CURVES_LINEARISED"]
    assert note.message("en") == f"layer zones: curves were linearised with {english}"
    assert note.message("bg").endswith(f"кривите са апроксимирани с отсечки с {bulgarian}")


def test_a_geopackage_that_is_not_a_plan_file_is_imported(tmp_path):
    path = _gpkg_with_curves(tmp_path / "plain.gpkg")
    data, _ = run_import(str(path), _mapping(tmp_path))
    assert len(data.zoning_elements) == 1


def test_an_unreachable_postgis_fails_fast_with_a_message(tmp_path):
    start = time.monotonic()
    with pytest.raises(PluInputError, match="the database: cannot be opened as PostgreSQL"):
        run_import("PG:host=127.0.0.1 port=9 dbname=plans user=nobody", _mapping(tmp_path))
    assert time.monotonic() - start < 15


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("missing.shp", None, "no such file"),
        ("broken.shp", b"this is not a shapefile", r"the index file broken\.shx is missing"),
        ("plan.dwg", b"AC1032 not really a drawing", "cannot be opened"),
        ("zones.xyz", b"", "no reader format for this extension"),
    ],
)
def test_bad_sources_give_a_message_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(PluInputError, match=message) as err:
        run_import(str(path), _mapping(tmp_path))
    assert name in str(err.value) or "database" in str(err.value)


def test_mapping_errors_name_the_layer_and_field(tmp_path):
    fc = {"type": "FeatureCollection", "name": "zones", "features": [
        {"type": "Feature", "properties": {"kod": "Жм"}, "geometry": {"type": "Point", "coordinates": [23.3, 42.6]}}]}
    path = tmp_path / "zones.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    with pytest.raises(PluInputError, match=r"reads field 'zone', which layer zones does not have \(fields: kod\)"):
        run_import(str(path), _mapping(tmp_path))
    with pytest.raises(PluInputError, match=r"no layer 'roads' \(layers: zones\)"):
        run_import(str(path), _mapping(tmp_path, layer="name: roads"))
    path.write_text(json.dumps(fc).replace('"kod"', '"zone"'), encoding="utf-8")
    with pytest.raises(PluInputError, match=r"zones.geojson: layer zones: the filter \"zone = = 'x'\" is not valid"):
        run_import(str(path), _mapping(tmp_path, layer="name: zones\n    where: \"zone = = 'x'\""))


def test_points_cannot_be_zoning_elements(tmp_path):
    fc = {"type": "FeatureCollection", "name": "zones", "features": [
        {"type": "Feature", "properties": {"zone": "Жм"}, "geometry": {"type": "Polygon", "coordinates": [_box(23.3, 42.6, .001, .001)]}},
        {"type": "Feature", "properties": {"zone": "Жм"}, "geometry": {"type": "Point", "coordinates": [23.3, 42.6]}}]}
    path = tmp_path / "zones.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    data, report = run_import(str(path), _mapping(tmp_path))
    assert report.layers[0].skipped["NOT_AN_AREA"] == 1 and report.layers[0].written == 1
