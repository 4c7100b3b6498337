"""A folder of shapefiles with Bulgarian codes becomes a valid plan through a mapping file."""

from __future__ import annotations

from datetime import date

import pytest
import shapely
from plan_sources import IMPORTED_ZONES, SHAPEFILE_MAPPING, X0, Y0, make_shapefile_folder, validate_plan_file

from plu_model.codelists import codelist
from plu_model.findings import Severity
from plu_model.geopackage import open_plan
from plu_model.importing import load_mapping, run_import
from plu_model.voidable import Nil

BG = "https://w3id.org/plu-studio/codelist/bg/"
HILUCS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
SR = "http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/"


def _mapping(tmp_path, text=SHAPEFILE_MAPPING, name="zones.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_mapping(path)


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shp")
    folder = make_shapefile_folder(tmp / "data")
    out = tmp / "plan.gpkg"
    data, report = run_import(str(folder), _mapping(tmp), out)
    return tmp, out, data, report


def test_report_counts_read_written_and_skipped_with_reasons(imported):
    _, _, _, report = imported
    zones, lines, areas = report.layers
    assert (zones.layer, zones.read, zones.written, zones.skipped_total) == ("zones", 9, 7, 2)
    assert dict(zones.skipped) == {"NO_GEOMETRY": 1, "UNMAPPED_VALUE": 1}
    assert zones.examples == {"NO_GEOMETRY": ["Z8"], "UNMAPPED_VALUE": ["Z9"]}
    assert (lines.read, lines.written, lines.skipped_total) == (2, 2, 0)
    assert (areas.read, areas.written) == (1, 1)
    unmapped = [f for f in report.findings if f.rule == "IMPORT.UNMAPPED_VALUE"]
    assert len(unmapped) == 1 and "'ХХ'" in unmapped[0].message_en and unmapped[0].severity == Severity.ERROR
    text = report.format_text("bg")
    assert "пропуснати 2" in text and "обектът няма геометрия (Z8)" in text


def test_the_imported_plan_validates(imported, schema):
    tmp, out, _, _ = imported
    assert validate_plan_file(out, tmp / "plan.gml", schema) == []


def test_codes_values_and_indications_arrive(imported):
    _, out, _, _ = imported
    data = open_plan(out)
    zones = {z.inspire_id.local_id: z for z in data.zoning_elements}
    assert {k: z.specific_land_use[0].rsplit("/", 1)[-1] for k, z in zones.items()} == IMPORTED_ZONES
    z1 = zones["Z1"]
    assert z1.hilucs_land_use == [HILUCS + "5_1_PermanentResidentialUse"]
    assert z1.regulation_nature.endswith("/generallyBinding")
    assert z1.valid_from == date(2025, 3, 1)
    dims = {d.indication_reference: (d.value, getattr(d, "uom", None)) for d in z1.dimensioning_indication}
    assert dims == {"maxHeight": (10.0, "m"), "maxDensity": (60.0, "%"), "maxFloorAreaRatio": (1.2, None),
                    "minGreenShare": (40.0, "%")}
    # Смф carries its secondary HILUCS value too; the local code Ж1 went through the value map
    assert zones["Z3"].hilucs_land_use == [HILUCS + "5_2_ResidentialUseWithOtherCompatibleUses",
                                           HILUCS + "3_1_CommercialServices"]
    assert zones["Z5"].specific_land_use == [BG + "ZoneTypeValue/Zhm"]
    assert zones["Z6"].dimensioning_indication is None  # no indications given for the street
    assert z1.official_document == ["#OD.rules"]
    assert isinstance(z1.hilucs_presence, Nil)
    assert z1.hilucs_presence.reason == "http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"


def test_plan_comes_from_the_mapping_constants(imported):
    _, out, data, _ = imported
    plan = open_plan(out).plan
    assert plan.official_title.startswith("ПУП – ПРЗ на кв. 12")
    assert plan.plan_type_name == BG + "PlanTypeNameValue/PUP-PRZ"  # given by its notation ПУП-ПРЗ
    assert plan.level_of_spatial_plan.endswith("/infraLocal")  # derived from the plan type
    assert plan.ordinance[0].ordinance_reference.startswith("Заповед № РД-09-1")
    assert plan.official_document == ["#OD.rules"]
    assert sorted(plan.member) == sorted(z.href() for z in data.zoning_elements)
    assert len(plan.restriction) == 3
    # the extent is the union of the zones: 300×200 m block + street triangles + two 50 m squares
    assert plan.extent.area == pytest.approx(300 * 200 + 5000 + 2 * 2500, rel=1e-9)


def test_supplementary_regulations_get_the_inspire_type_of_their_national_value(imported):
    _, out, _, _ = imported
    regs = {r.specific_supplementary_regulation[0].rsplit("/", 1)[-1]: r for r in open_plan(out).supplementary_regulations}
    assert regs["RegulatsionnaLinia"].supplementary_regulation == [SR + "6_2_BoundaryLine"]
    assert regs["ZadalzhitelnaStroitelnaLinia"].supplementary_regulation == [SR + "6_1_BuildingLine"]
    assert regs["KulturnaTsennost"].supplementary_regulation == [SR + "3_3_BuiltHeritageProtection"]
    assert regs["RegulatsionnaLinia"].geometry.geom_type == "LineString"
    assert regs["KulturnaTsennost"].geometry.geom_type == "Polygon"
    assert regs["KulturnaTsennost"].name == ["НКЦ"]


def test_invalid_geometry_is_repaired_and_reported_not_dropped(imported):
    _, out, _, report = imported
    z6 = next(z for z in open_plan(out).zoning_elements if z.inspire_id.local_id == "Z6")
    assert z6.geometry.is_valid and len(z6.geometry.geoms) == 2
    assert z6.geometry.area == pytest.approx(5000.0)
    (f,) = [f for f in report.findings if f.rule == "IMPORT.GEOMETRY_REPAIRED"]
    assert f.feature_id == "Z6" and "Self-intersection" in f.message_en
    assert f.location.distance(shapely.Point(X0 + 350, Y0 + 50)) < 1e-6


def test_multipart_kept_or_split_as_the_mapping_says(imported, tmp_path):
    _, out, _, _ = imported
    z7 = next(z for z in open_plan(out).zoning_elements if z.inspire_id.local_id == "Z7")
    assert len(z7.geometry.geoms) == 2
    folder = make_shapefile_folder(tmp_path / "data")
    text = SHAPEFILE_MAPPING.replace("source:\n", "geometry: {multipart: split}\nsource:\n")
    data, report = run_import(str(folder), _mapping(tmp_path, text))
    ids = sorted(z.inspire_id.local_id for z in data.zoning_elements if z.inspire_id.local_id.startswith("Z7"))
    assert ids == ["Z7-1", "Z7-2"]
    assert any(f.rule == "IMPORT.MULTIPART_SPLIT" for f in report.findings)


def test_invalid_geometries_can_be_skipped_instead(tmp_path):
    folder = make_shapefile_folder(tmp_path / "data")
    text = SHAPEFILE_MAPPING.replace("source:\n", "geometry: {invalid: skip}\nsource:\n")
    _, report = run_import(str(folder), _mapping(tmp_path, text))
    assert report.layers[0].skipped["INVALID_GEOMETRY"] == 1
    assert any(f.rule == "IMPORT.GEOMETRY_INVALID_SKIPPED" and f.severity == Severity.ERROR for f in report.findings)


def test_shapefiles_without_cpg_need_the_encoding_named(tmp_path):
    folder = make_shapefile_folder(tmp_path / "data", cpg=False)
    text = SHAPEFILE_MAPPING.replace("  format: shapefile\n", "  format: shapefile\n  encoding: windows-1251\n")
    data, report = run_import(str(folder), _mapping(tmp_path, text))
    assert len(data.zoning_elements) == 7
    assert not any(f.rule == "IMPORT.ENCODING_ASSUMED" for f in report.findings)
    # without it the text is read as windows-1251 all the same, and the report says so
    data, report = run_import(str(folder), _mapping(tmp_path, SHAPEFILE_MAPPING, "plain.yaml"))
    assert len(data.zoning_elements) == 7
    (warning,) = [f for f in report.findings if f.rule == "IMPORT.ENCODING_ASSUMED" and "KOD" in f.message_en]
    assert "source.encoding" in warning.message_en and warning.severity == Severity.WARNING


def test_reprojection_to_the_plans_crs(tmp_path, schema):
    folder = make_shapefile_folder(tmp_path / "data")
    text = SHAPEFILE_MAPPING.replace("source:\n", "crs: {target: 4258}\nsource:\n")
    out = tmp_path / "plan4258.gpkg"
    data, report = run_import(str(folder), _mapping(tmp_path, text), out)
    assert report.crs == 4258 and data.crs == 4258
    x, y = data.zoning_elements[0].geometry.geoms[0].exterior.coords[0]
    assert 22.5 < x < 24.0 and 42.0 < y < 43.5  # Sofia, east/north order
    assert validate_plan_file(out, tmp_path / "plan4258.gml", schema) == []


def test_zone_codes_resolve_through_notations_labels_and_uris(tmp_path):
    from plu_model.importing.rules import CodeResolver
    from plu_model.schema import CLASS_ATTRIBUTES

    attr = next(a for a in CLASS_ATTRIBUTES["ZoningElement"] if a.name == "specific_land_use")
    resolver = CodeResolver()
    zhm = codelist("bg/ZoneTypeValue").uri_for("Zhm")
    for text in ("Zhm", "Жм", "жм", "Жилищна зона с преобладаващо застрояване с малка височина", zhm):
        assert resolver.resolve(attr, text) == (zhm, False), text
    assert resolver.resolve(attr, zhm + "/") == (zhm, True)
    assert resolver.resolve(attr, "Ж1") == (None, False)
    # an open list takes another authority's URI as it is
    foreign = "http://data.example.org/codelist/Zones.xml#WA"
    assert resolver.resolve(attr, foreign) == (foreign, False)


def test_the_cpg_is_honoured_where_qgis_switched_ogr_recoding_off(tmp_path):
    """Inside the desktop app QGIS sets SHAPE_ENCODING to "", which makes OGR ignore the .cpg."""
    from osgeo import gdal

    folder = make_shapefile_folder(tmp_path / "data")
    assert (folder / "zones.cpg").read_text().strip() in ("CP1251", "1251")
    before = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", "")
    try:
        data, report = run_import(str(folder), _mapping(tmp_path))
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", before)
    assert {z.inspire_id.local_id: z.specific_land_use[0].rsplit("/", 1)[-1] for z in data.zoning_elements} == \
        IMPORTED_ZONES
    assert not any(f.rule == "IMPORT.ENCODING_ASSUMED" for f in report.findings)
