"""Sources made by other people's hands and tools: every feature arrives or is named with its reason.

Each test makes a small odd source (with OGR or by hand), imports it and checks
either *data in = data out* — every source feature counted by OGR itself is
written or listed in the report with its id and reason — or a clear message
naming the file, the feature and the place; never a traceback.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
import shapely
from odd_sources import (
    SOFIA_ZONES,
    feature,
    make_shapefile,
    odd_mapping,
    ogr_count,
    polygon,
    sofia_shapefile,
    square,
    write_geojson,
)
from osgeo import ogr
from plan_sources import X0, Y0

from plu_model.errors import PluInputError
from plu_model.findings import Severity
from plu_model.importing import load_mapping, open_ogr, run_import
from plu_model.importing.importer import NothingImported

BG_ZONE = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"
CRS_7801 = "crs: {source: 7801}"


def _import(source, folder, **mapping_kw):
    return run_import(str(source), load_mapping(odd_mapping(folder, **mapping_kw)))


def _balanced(report, count):
    """Data in = data out: OGR's count is read, and each read feature is written or skipped with its id."""
    assert report.read == count
    for lr in report.layers:
        assert lr.written + lr.skipped_total == lr.read
        assert sum(len(ids) for ids in lr.skipped_ids.values()) == lr.skipped_total
        assert report.as_dict()["layers"][0]["skipped_by_reason"] == [] or all(
            len(r["features"]) == r["count"] for r in lr.as_dict()["skipped_by_reason"])


def _rules(report, rule):
    return [f for f in report.findings if f.rule == rule]


# -- shapefiles ------------------------------------------------------------------------------
def test_a_prj_that_is_not_wkt_is_named_not_a_traceback(tmp_path):
    shp = sofia_shapefile(tmp_path / "data")
    shp.with_suffix(".prj").write_text('PROJCS["BGS2005 / CCS2005",GEOGCS[', encoding="ascii")
    with open_ogr(str(shp)) as src:
        (info,) = src.layers()
        assert info.epsg is None and "zones" in src.crs_errors
    with pytest.raises(PluInputError, match=r"zones\.shp: layer zones declares a CRS that cannot be read") as err:
        _import(shp, tmp_path)
    assert "crs: {source: 7801}" in str(err.value)
    data, report = _import(shp, tmp_path, extra=CRS_7801)
    assert len(data.zoning_elements) == ogr_count(shp) and data.crs == 7801
    (warning,) = _rules(report, "IMPORT.CRS_UNREADABLE")
    assert warning.severity == Severity.WARNING and "EPSG:7801" in warning.message_en


def test_a_missing_shx_is_named_and_a_missing_dbf_explains_the_missing_fields(tmp_path):
    shp = sofia_shapefile(tmp_path / "a")
    shp.with_suffix(".shx").unlink()
    with pytest.raises(PluInputError, match=r"zones\.shp: the index file zones\.shx is missing"):
        _import(shp, tmp_path)
    shp = sofia_shapefile(tmp_path / "b")
    shp.with_suffix(".dbf").unlink()
    with pytest.raises(PluInputError, match=r"reads field 'KOD'.*the shapefile has no \.dbf"):
        _import(shp, tmp_path)


def test_field_names_cut_to_ten_characters_are_pointed_out(tmp_path):
    fields = (("ZONE_CODE_1", ogr.OFTString), ("ZONE_CODE_2", ogr.OFTString))
    shp = make_shapefile(tmp_path / "data", [({"a": "Жм", "b": "Оз"}, square(0))], fields=fields)
    ds = ogr.Open(str(shp))
    names = [f.GetName() for f in ds.GetLayer(0).schema]
    assert names == ["ZONE_CODE_", "ZONE_COD_1"]  # what the driver made of them
    with pytest.raises(PluInputError, match=r"cuts field names to 10 characters .*\(ZONE_CODE_, ZONE_COD_1\)"):
        _import(shp, tmp_path, field="ZONE_CODE_2")
    data, _ = _import(shp, tmp_path, field="ZONE_COD_1")
    assert data.zoning_elements[0].specific_land_use == [BG_ZONE + "Oz"]


def test_a_cpg_that_lies_about_the_encoding_still_gives_cyrillic_and_says_so(tmp_path):
    shp = sofia_shapefile(tmp_path / "data")
    shp.with_suffix(".cpg").write_text("UTF-8", encoding="ascii")  # the text is windows-1251 all the same
    data, report = _import(shp, tmp_path)
    codes = {z.specific_land_use[0].rsplit("/", 1)[-1] for z in data.zoning_elements}
    assert codes == {"Zhm", "Smf", "Oz", "Zhs"}
    (warning,) = _rules(report, "IMPORT.ENCODING_ASSUMED")
    assert warning.count == len(SOFIA_ZONES)


@pytest.mark.parametrize("wkt,geometry_type", [
    (f"POLYGON M(({X0} {Y0} 1,{X0 + 100} {Y0} 2,{X0 + 100} {Y0 + 100} 3,{X0} {Y0} 1))", ogr.wkbPolygonM),
    (f"POLYGON ZM(({X0} {Y0} 5 1,{X0 + 100} {Y0} 5 2,{X0 + 100} {Y0 + 100} 5 3,{X0} {Y0} 5 1))", ogr.wkbPolygonZM),
])
def test_measures_are_dropped_and_reported(tmp_path, wkt, geometry_type):
    shp = make_shapefile(tmp_path / "data", [({"ID": "Z1", "KOD": "Жм"}, wkt)], geometry_type=geometry_type)
    data, report = _import(shp, tmp_path)
    geometry = data.zoning_elements[0].geometry
    assert not shapely.has_m(geometry) and not shapely.has_z(geometry)
    assert geometry.area == pytest.approx(100 * 100 / 2)
    assert _rules(report, "IMPORT.M_DROPPED")


@pytest.mark.parametrize("far", ["1e300", "1e12", f"{X0 * 10}"])
def test_one_far_coordinate_skips_its_feature_with_the_coordinate_named(tmp_path, far):
    bad = f"POLYGON(({X0} {Y0},{X0 + 100} {Y0},{far} {Y0 + 100},{X0} {Y0}))"
    rows = [({"ID": "Z1", "KOD": "Жм"}, bad), ({"ID": "Z2", "KOD": "Оз"}, square(1))]
    shp = make_shapefile(tmp_path / "data", rows)
    data, report = _import(shp, tmp_path)
    _balanced(report, ogr_count(shp))
    assert report.layers[0].skipped_ids == {"OUT_OF_RANGE": ["#0"]}
    (error,) = _rules(report, "IMPORT.OUT_OF_RANGE")
    assert error.feature_id == "#0" and f"{float(far):.10g}" in error.message_en
    assert data.plan.extent.area == pytest.approx(100 * 100)  # the extent is not stretched across the globe


def test_zero_area_sliver_and_empty_geometries_are_listed(tmp_path):
    rows = [({"ID": "Z1", "KOD": "Жм"}, f"POLYGON(({X0} {Y0},{X0 + 100} {Y0},{X0 + 200} {Y0},{X0} {Y0}))"),
            ({"ID": "Z2", "KOD": "Жм"}, None), ({"ID": "Z3", "KOD": "Жм"}, "POLYGON EMPTY"),
            ({"ID": "Z4", "KOD": "Оз"}, square(3))]
    shp = make_shapefile(tmp_path / "data", rows)
    data, report = _import(shp, tmp_path)
    _balanced(report, ogr_count(shp))
    assert report.layers[0].written == 1
    assert set(report.layers[0].skipped_ids) <= {"INVALID_GEOMETRY", "NO_GEOMETRY", "EMPTY_GEOMETRY"}


def test_a_source_where_every_feature_is_skipped_says_why_with_the_report(tmp_path):
    shp = make_shapefile(tmp_path / "data", [({"ID": f"Z{i}", "KOD": "12"}, square(i)) for i in range(7)])
    with pytest.raises(NothingImported) as err:
        _import(shp, tmp_path)
    report = err.value.report
    _balanced(report, ogr_count(shp))
    assert report.layers[0].skipped_ids == {"UNMAPPED_VALUE": [f"#{i}" for i in range(7)]}
    assert "zones.shp: nothing was imported" in str(err.value) and "7 × a required attribute" in str(err.value)
    assert "нищо не беше внесено" in err.value.message("bg")
    assert "(#0, #1, #2, #3, #4, …)" in report.format_text()  # the text shows five; the JSON lists all seven
    assert report.as_dict()["layers"][0]["skipped_by_reason"][0]["features"] == [f"#{i}" for i in range(7)]


def test_a_plan_type_or_code_no_list_has_is_refused_before_reading(tmp_path):
    shp = sofia_shapefile(tmp_path / "data")
    mapping = odd_mapping(tmp_path)
    text = mapping.read_text(encoding="utf-8")
    for old, new, message in [
        ("regulation_nature: generallyBinding", "regulation_nature: sortOfBinding",
         r"layers\[0\]\.attributes\.regulation_nature: 'sortOfBinding' is not a value of RegulationNatureValue"),
        ("plan_type_name: ПУП-ПРЗ", "plan_type_name: НЕЩО", r"plan\.plan_type_name: 'НЕЩО' is not a value"),
        ("codelist: bg/ZoneTypeValue}", "codelist: bg/ZoneTypeValue, map: {Жм: Zhmm}}",
         r"specific_land_use: the value map maps 'Жм' to 'Zhmm', which is not a value of bg/ZoneTypeValue"),
        ("field: KOD,", "field: KOD, pattern: '(([А-Я]+)',", r"specific_land_use: pattern '\(\(\[А-Я\]\+\)' is "
                                                            r"not a regular expression"),
    ]:
        mapping.write_text(text.replace(old, new), encoding="utf-8")
        with pytest.raises(PluInputError, match=message) as err:
            run_import(str(shp), load_mapping(mapping))
        assert "odd.yaml" in str(err.value)


# -- GeoJSON ---------------------------------------------------------------------------------
def _lonlat_ring(lon, lat, d=0.001):
    return [(lon, lat), (lon + d, lat), (lon + d, lat + d), (lon, lat + d), (lon, lat)]


def test_rings_that_do_not_close_are_closed_and_reported_without_gdal_noise(tmp_path, capfd):
    triangle = [(23.30, 42.68), (23.31, 42.68), (23.31, 42.69)]  # the last point is not the first
    path = write_geojson(tmp_path / "zones.geojson", [feature("Жм", polygon(triangle)),
                                                      feature("Оз", polygon(_lonlat_ring(23.32, 42.68)))])
    data, report = _import(path, tmp_path)
    assert "Non closed ring" not in capfd.readouterr().err  # said in the report, not by GDAL on the terminal
    _balanced(report, ogr_count(path))
    closed = data.zoning_elements[0].geometry
    assert closed.area == pytest.approx(shapely.Polygon(triangle).area)
    (warning,) = _rules(report, "IMPORT.RINGS_CLOSED")
    assert warning.feature_id == "#0"


def test_latitude_longitude_order_is_caught_and_hinted(tmp_path):
    swapped = [(lat, lon) for lon, lat in _lonlat_ring(23.32, 42.69)]
    path = write_geojson(tmp_path / "zones.geojson", [feature("Жм", polygon(swapped)),
                                                      feature("Оз", polygon(_lonlat_ring(23.32, 42.68)))])
    data, report = _import(path, tmp_path, extra="crs: {target: 7801}")
    _balanced(report, ogr_count(path))
    assert report.layers[0].skipped_ids == {"OUT_OF_RANGE": ["#0"]}
    (error,) = _rules(report, "IMPORT.OUT_OF_RANGE")
    assert "latitude/longitude order?" in error.message_en


def test_a_foreign_crs_member_and_mixed_geometry_types(tmp_path):
    path = write_geojson(tmp_path / "zones.geojson", [
        feature("Жм", polygon([(X0, Y0), (X0 + 100, Y0), (X0 + 100, Y0 + 100), (X0, Y0)])),
        feature("Оз", {"type": "Point", "coordinates": [X0, Y0]}),
        feature("Оз", {"type": "LineString", "coordinates": [[X0, Y0], [X0 + 50, Y0 + 50]]}),
        feature("Смф", {"type": "GeometryCollection", "geometries": [
            polygon([(X0 + 200, Y0), (X0 + 300, Y0), (X0 + 300, Y0 + 100), (X0 + 200, Y0)]),
            {"type": "Point", "coordinates": [X0, Y0]}]}),
        feature("Жм", None),
    ], crs=7801)
    data, report = _import(path, tmp_path)
    assert data.crs == 7801
    _balanced(report, ogr_count(path))
    assert dict(report.layers[0].skipped) == {"NOT_AN_AREA": 2, "NO_GEOMETRY": 1}
    assert _rules(report, "IMPORT.PARTS_DROPPED")[0].feature_id == "#3"


def test_a_key_given_twice_is_reported(tmp_path):
    ring = json.dumps(polygon(_lonlat_ring(23.3, 42.68)))
    path = tmp_path / "zones.geojson"
    path.write_text('{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
                    '{"KOD":"Жм","KOD":"Оз"},"geometry":' + ring + '}]}', encoding="utf-8")
    data, report = _import(path, tmp_path)
    assert data.zoning_elements[0].specific_land_use == [BG_ZONE + "Oz"]  # GDAL keeps the last
    (warning,) = _rules(report, "IMPORT.DUPLICATE_KEY")
    assert "'KOD' is given 2 times" in warning.message_en and '"Жм"' in warning.message_en


@pytest.mark.parametrize("text,message", [
    ("", "the file is empty"),
    ('{"type": "FeatureCollection", "features": [\n  {"type": "Feature",, }]}', r"line 2, column 22: not valid JSON"),
    ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"deep":' + '{"a":' * 3000 + "1"
     + "}" * 3000 + '},"geometry":null}]}', "nested too deeply"),
    ('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"NOTE":"' + "Ж" * 6_000_000
     + '"},"geometry":null}]}', "one value has 6000000 characters"),
])
def test_geojson_that_gdal_refuses_is_explained(tmp_path, text, message):
    path = tmp_path / "zones.geojson"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PluInputError, match=message) as err:
        _import(path, tmp_path)
    assert "zones.geojson: cannot be opened as GeoJSON" in str(err.value)


# -- CSV -------------------------------------------------------------------------------------
def test_csv_rows_whose_geometry_cannot_be_read_are_named(tmp_path):
    path = tmp_path / "zones.csv"
    path.write_bytes(("\ufeffID;KOD;WKT\r\n"
                      f"1;Жм;{square(0)}\r\n"
                      "2;Оз;POLYGON((1 2, 3\r\n"
                      f"3;Смф;{square(2)}\r\n").encode("utf-8"))
    with open_ogr(str(path)) as src:
        assert src.layers()[0].field_names == ["ID", "KOD"]  # the WKT column is the geometry, not a field
    data, report = _import(path, tmp_path, extra=CRS_7801)
    _balanced(report, ogr_count(path))
    assert report.layers[0].skipped_ids == {"BAD_GEOMETRY": ["#2"]}
    (error,) = _rules(report, "IMPORT.BAD_GEOMETRY")
    assert "'POLYGON((1 2, 3'" in error.message_en and error.feature_id == "#2"


def test_csv_points_with_decimal_commas_and_a_coordinate_that_is_text(tmp_path):
    path = tmp_path / "points.csv"
    path.write_bytes("KOD;X;Y\nРЛ;320000,5;4727000,25\nРЛ;abc;4727000\n".encode("cp1251"))
    data, report = _import(path, tmp_path, extra=CRS_7801 + "\nsource: {encoding: cp1251}",
                           target="SupplementaryRegulation")
    _balanced(report, ogr_count(path))
    (point,) = [r.geometry for r in data.supplementary_regulations]
    assert (point.x, point.y) == (320000.5, 4727000.25)
    assert report.layers[0].skipped_ids == {"BAD_GEOMETRY": ["#2"]}


# -- folders, formats, connection strings ----------------------------------------------------
def test_a_folder_with_nothing_importable(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "README.txt").write_text("данни", encoding="utf-8")
    with pytest.raises(PluInputError, match=r"data: the folder holds nothing that can be imported .*README\.txt"):
        _import(tmp_path / "data", tmp_path)


def test_a_format_that_contradicts_the_extension_is_pointed_out(tmp_path):
    shp = sofia_shapefile(tmp_path / "data")
    with pytest.raises(PluInputError, match=r"zones\.shp: cannot be opened as GeoJSON.*the file's extension says "
                                            r"ESRI Shapefile.*name shapefile"):
        run_import(str(shp), load_mapping(odd_mapping(tmp_path)), format="geojson")


def test_a_password_in_a_connection_string_is_never_repeated(tmp_path):
    with pytest.raises(PluInputError) as err:
        run_import("PG:host=127.0.0.1 port=9 dbname=plans user=nobody password=Tajna-123",
                   load_mapping(odd_mapping(tmp_path)), format="shapefile")
    assert "Tajna-123" not in str(err.value) and "Tajna-123" not in err.value.message("bg")


def test_numeric_fields_holding_text_are_read_as_the_text(tmp_path):
    from odd_sources import put_in_dbf

    rows = [({"ID": f"Z{i}", "KOD": "Жм", "VIS": vis}, square(i)) for i, vis in enumerate((10.5, 12.25, 7.0, None))]
    shp = make_shapefile(tmp_path / "data", rows, fields=(("ID", ogr.OFTString), ("KOD", ogr.OFTString),
                                                          ("VIS", ogr.OFTReal)))
    put_in_dbf(shp.with_suffix(".dbf"), "12.250000000000000", "1,25")  # a decimal comma
    put_in_dbf(shp.with_suffix(".dbf"), "7.000000000000000", "няма")  # "none", in windows-1251
    mapping = odd_mapping(tmp_path, layer="id: {field: ID}")
    mapping.write_text(mapping.read_text(encoding="utf-8") + "    dimensioning: {maxHeight: {field: VIS, uom: m}}\n",
                       encoding="utf-8")
    data, report = run_import(str(shp), load_mapping(mapping))
    heights = {z.inspire_id.local_id: [d.value for d in z.dimensioning_indication or []] for z in data.zoning_elements}
    assert heights == {"Z0": [10.5], "Z1": [1.25], "Z2": [], "Z3": []}  # GDAL alone made 1.0 and 0.0 of them
    (text,) = _rules(report, "IMPORT.TEXT_IN_NUMBER_FIELD")
    assert text.count == 2 and "'1,25'" in text.message_en and "VIS" in text.message_en
    (bad,) = _rules(report, "IMPORT.BAD_VALUE")
    assert "'няма' is not a number" in bad.message_en and bad.feature_id == "Z2"


# -- drawings --------------------------------------------------------------------------------
def _dxf_import(path, tmp_path, layer="", field="KOD", value_map=""):
    mapping = odd_mapping(tmp_path, extra=CRS_7801, layer=layer, field=field)
    if value_map:
        text = mapping.read_text(encoding="utf-8").replace("codelist: bg/ZoneTypeValue}", f"map: {value_map}}}")
        mapping.write_text(text, encoding="utf-8")
    return run_import(str(path), load_mapping(mapping))


def test_a_drawing_of_open_and_closed_polylines_with_labels(tmp_path):
    from odd_sources import box_points, dxf_polyline, dxf_text, write_dxf

    path = write_dxf(tmp_path / "plan.dxf", dxf_polyline("ZONI", box_points(0), closed=False)
                     + dxf_polyline("ZONI", box_points(2)) + dxf_text("ZONI_TEXT", X0 + 50, Y0 + 50, "Жм")
                     + dxf_text("ZONI_TEXT", X0 + 250, Y0 + 50, "Оз"), units=999)  # nonsense $INSUNITS
    data, report = _dxf_import(path, tmp_path, layer="where: \"Layer = 'ZONI'\"\nlabels: {where: \"Layer = "
                                                     "'ZONI_TEXT'\", field: Text}", field="LABEL")
    assert report.read == 2 and report.layers[0].written == 1
    assert report.layers[0].skipped_ids == {"NOT_AN_AREA": ["#0"]}  # the open one, named
    assert data.zoning_elements[0].specific_land_use == [BG_ZONE + "Oz"]


def test_drawings_with_blocks_hatches_or_one_layer_only(tmp_path):
    from odd_sources import box_points, dxf_block_insert, dxf_hatch, dxf_polyline, write_dxf

    square10 = [(0, 0), (10, 0), (10, 10), (0, 10)]
    path = write_dxf(tmp_path / "plan.dxf", dxf_block_insert("PARCEL", "0", X0, Y0)
                     + dxf_block_insert("PARCEL", "0", X0 + 50, Y0) + dxf_hatch("0", box_points(3)),
                     blocks={"PARCEL": dxf_polyline("0", square10)})
    data, report = _dxf_import(path, tmp_path, field="Layer", value_map="{'0': Zhm}")
    assert report.read == ogr_count(path) == 3 and report.clean
    assert sorted(round(z.geometry.area) for z in data.zoning_elements) == [100, 100, 10000]


def test_a_drawing_with_text_only_has_nothing_to_import(tmp_path):
    from odd_sources import dxf_text, write_dxf

    path = write_dxf(tmp_path / "plan.dxf", dxf_text("0", X0, Y0, "Жм") + dxf_text("0", X0 + 5, Y0, "Оз"))
    with pytest.raises(NothingImported, match=r"2 × an area is needed but the geometry is a point .*\(#0, #1\)"):
        _dxf_import(path, tmp_path, field="Text")


# -- other CRSs ------------------------------------------------------------------------------
@pytest.mark.parametrize("epsg", [32634, 3035])
def test_utm_and_laea_sources_reproject_into_a_bgs2005_plan(tmp_path, epsg):
    from plu_model.crs import reproject

    zones = [shapely.from_wkt(square(i)) for i in range(2)]
    rows = [({"ID": f"Z{i}", "KOD": kod}, reproject(z, 7801, epsg).wkt) for i, (z, kod) in enumerate(zip(zones,
                                                                                                         ("Жм", "Оз")))]
    shp = make_shapefile(tmp_path / "data", rows, epsg=epsg)
    data, report = _import(shp, tmp_path, extra="crs: {target: 7801}")
    assert data.crs == 7801 and report.clean and report.written == ogr_count(shp)
    for zone, expected in zip(data.zoning_elements, zones):
        assert zone.geometry.symmetric_difference(expected).area < 1.0  # m², after two reprojections


@pytest.mark.filterwarnings("error::RuntimeWarning")  # said as a finding, not as numpy's warning on the terminal
def test_a_coordinate_that_is_not_a_number_skips_its_feature(tmp_path):
    from odd_sources import srs

    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((X0, Y0), (X0 + 100, Y0), (float("nan"), Y0 + 100), (X0, Y0)):
        ring.AddPoint_2D(x, y)
    broken = ogr.Geometry(ogr.wkbPolygon)
    broken.AddGeometry(ring)
    path = tmp_path / "zones.gpkg"  # a shapefile refuses to store NaN; a GeoPackage from another tool does not
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("zones", srs(7801), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("KOD", ogr.OFTString))
    for kod, geometry in (("Жм", broken), ("Оз", ogr.CreateGeometryFromWkt(square(1)))):
        f = ogr.Feature(layer.GetLayerDefn())
        f.SetField("KOD", kod)
        f.SetGeometry(geometry)
        layer.CreateFeature(f)
    ds = None
    data, report = _import(path, tmp_path)
    _balanced(report, ogr_count(path))
    assert report.layers[0].skipped_ids == {"BAD_GEOMETRY": ["#1"]}
    (error,) = _rules(report, "IMPORT.BAD_GEOMETRY")
    assert "not numbers" in error.message_en


def test_a_crs_member_gdal_cannot_use_is_not_ignored_silently(tmp_path):
    path = write_geojson(tmp_path / "zones.geojson", [feature("Жм", polygon(_lonlat_ring(23.3, 42.68)))], crs=999999)
    data, report = _import(path, tmp_path)
    assert data.crs == 4326  # what GDAL did
    (warning,) = _rules(report, "IMPORT.CRS_MEMBER_IGNORED")
    assert "urn:ogc:def:crs:EPSG::999999" in warning.message_en and "EPSG:4326" in warning.message_en
    path = write_geojson(tmp_path / "zones.geojson", [feature("Жм", polygon(_lonlat_ring(23.3, 42.68)))], crs=4326)
    assert not _rules(_import(path, tmp_path)[1], "IMPORT.CRS_MEMBER_IGNORED")


def test_z_coordinates_and_odd_dates(tmp_path):
    rows = [({"ID": "Z1", "KOD": "Жм", "DATA": "2025/02/30"},
             f"POLYGON Z(({X0} {Y0} 550,{X0 + 100} {Y0} 551,{X0 + 100} {Y0 + 100} 552,{X0} {Y0} 550))"),
            ({"ID": "Z2", "KOD": "Оз", "DATA": "2025/03/01"}, square(1))]
    shp = make_shapefile(tmp_path / "data", rows, geometry_type=ogr.wkbPolygon25D,
                         fields=(("ID", ogr.OFTString), ("KOD", ogr.OFTString), ("DATA", ogr.OFTDate)))
    mapping = odd_mapping(tmp_path, layer="id: {field: ID}")
    mapping.write_text(mapping.read_text(encoding="utf-8") + "      valid_from: {field: DATA}\n", encoding="utf-8")
    data, report = run_import(str(shp), load_mapping(mapping))
    _balanced(report, ogr_count(shp))
    zones = {z.inspire_id.local_id: z for z in data.zoning_elements}
    assert not shapely.has_z(zones["Z1"].geometry) and _rules(report, "IMPORT.Z_DROPPED")
    assert str(zones["Z2"].valid_from) == "2025-03-01"
    assert not isinstance(zones["Z1"].valid_from, date)  # 30 February: left empty, and said
    (bad,) = _rules(report, "IMPORT.BAD_VALUE")
    assert bad.feature_id == "Z1" and "2025/02/30" in bad.message_en
