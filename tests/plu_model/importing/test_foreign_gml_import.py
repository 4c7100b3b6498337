"""PLU GML written by other authorities' software imports without loss.

Two layouts unlike ours: a gml:FeatureCollection from an XPlanung-to-INSPIRE
transformation (gml:identifier on every feature, UUID gml:ids, EPSG:4258,
gml:Surface patches, https and trailing-slash code URIs, xlink:title, the
authority's own code lists, references by full URI, one gml:id that is not an
XML name) and a WFS 2.0 response with the plan in wfs:additionalObjects.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from plan_sources import validate_plan_file

from conftest import DATA
from plu_model.geopackage import open_plan
from plu_model.gml_reader import read_gml
from plu_model.importing import run_import
from plu_model.indicators import area_m2
from plu_model.values import DimensioningIndicationIntegerValue, DimensioningIndicationRealValue
from plu_model.voidable import Nil

FOREIGN = DATA / "importing" / "foreign_featurecollection.gml"
WFS = DATA / "importing" / "foreign_wfs_additional_objects.gml"
INSPIRE = "http://inspire.ec.europa.eu/codelist/"
HH = "http://data.example.org/inspire/codelist/"
NS = "https://registry.example.org/id/bg.test/plu"
PLAN = "XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90"
ZE_A = "XPLAN_BP_BAUGEBIET_7e1d2c3b-4a59-4b6c-8d7e-9f0a1b2c3d4e"
ZE_B = "XPLAN_BP_GRUEN_2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d"
DOC = "XPLAN_TEXT_5d1f0a2e-8c7b-4f6e-b1a2-0c9d8e7f6a51"
SR_RAW = "0f6c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b"


@pytest.fixture(scope="module")
def foreign(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("foreign")
    out = tmp / "foreign.gpkg"
    data, report = run_import(FOREIGN, out=out)
    return tmp, out, report


def test_every_feature_and_attribute_arrives(foreign):
    _, out, report = foreign
    data = open_plan(out)
    assert data.counts() == {"SpatialPlan": 1, "ZoningElement": 2, "SupplementaryRegulation": 1,
                             "OfficialDocumentation": 1}
    assert [(lr.read, lr.written) for lr in report.layers] == [(1, 1), (2, 2), (1, 1), (1, 1)]
    by_id = data.by_gml_id()
    plan = by_id[PLAN]
    assert plan.inspire_id.local_id == PLAN and plan.inspire_id.namespace == NS
    assert plan.inspire_id.version_id == "2024-11-05"
    assert plan.official_title == "Test detailed plan of another authority (invented)"
    assert plan.level_of_spatial_plan == INSPIRE + "LevelOfSpatialPlanValue/infraLocal"
    assert plan.plan_type_name == HH + "PlanTypeNameValue_Extension.xml#6_Bebauungsplan"
    assert plan.process_step_general == INSPIRE + "ProcessStepGeneralValue/adoption"
    assert plan.begin_lifespan_version == Nil("other:unpopulated")
    assert plan.alternative_title == Nil("other:unpopulated")
    assert plan.ordinance[0].ordinance_reference == "technHerstellDatum"
    assert plan.ordinance[0].ordinance_date.replace(tzinfo=None) == datetime(2015, 11, 5)
    assert plan.official_document == [f"#{DOC}"]

    a = by_id[ZE_A]
    assert a.hilucs_land_use == [INSPIRE + "HILUCSValue/5_1_PermanentResidentialUse"]  # was https://
    assert a.specific_land_use == [HH + "LandUseClassificationValue_Extension.xml#1_1_2_AllgWohngebiet"]
    assert a.regulation_nature == INSPIRE + "RegulationNatureValue/generallyBinding"
    assert a.dimensioning_indication == [DimensioningIndicationRealValue("GRZ", 0.4),
                                         DimensioningIndicationIntegerValue("Z", 4)]
    assert a.plan == f"#{PLAN}"  # was the plan's full URI
    b = by_id[ZE_B]
    assert b.hilucs_land_use == [INSPIRE + "HILUCSValue/3_4_4_OpenAirRecreationalAreas"]  # trailing slash gone
    assert b.regulation_nature == INSPIRE + "RegulationNatureValue/generallyBinding"
    assert b.begin_lifespan_version == datetime(2024, 11, 5, 8, 30, tzinfo=timezone(timedelta(hours=1)))
    assert b.plan == f"#{PLAN}"  # was a WFS URL with the plan's gml:id as fragment
    doc = by_id[DOC]
    assert doc.legislation_citation.short_name == "ZUT"
    assert doc.legislation_citation.level == INSPIRE + "LegislationLevelValue/national"
    assert doc.regulation_text.startswith("In the residential zones shops")


def test_geometries_keep_their_place_and_size(foreign):
    _, out, _ = foreign
    data = open_plan(out)
    assert data.crs == 4258
    a = data.by_gml_id()[ZE_A]
    minx, miny, maxx, maxy = a.geometry.bounds  # east/north in the model; the file was lat/long
    assert (minx, miny, maxx, maxy) == pytest.approx((23.32, 42.68, 23.3215, 42.682))
    # 0.0015° × 0.002° at 42.68° N: about 122.8 m × 222.2 m
    assert area_m2(a.geometry, 4258) == pytest.approx(122.8 * 222.2, rel=0.01)


def test_identifiers_and_links_stay_consistent(foreign):
    _, out, report = foreign
    data = open_plan(out)
    ids = {f.gml_id for f in data.features()}
    assert {PLAN, ZE_A, ZE_B, DOC} <= ids  # foreign gml:ids are kept
    sr = data.supplementary_regulations[0]
    assert sr.gml_id == f"SR.{SR_RAW}" and sr.inspire_id.local_id == SR_RAW  # not an XML name: renamed
    plan = data.plan
    assert sorted(plan.member) == sorted([f"#{ZE_A}", f"#{ZE_B}"])
    assert plan.restriction == [f"#SR.{SR_RAW}"]
    rules = {f.rule for f in report.findings}
    assert {"IMPORT.CODE_NORMALISED", "IMPORT.GML_ID_RENAMED", "IMPORT.REFERENCE_LOCALISED"} <= rules
    assert "READ.UNMAPPED" not in rules  # gml:identifier only repeats the inspireId


def test_xlink_titles_are_kept_with_the_plan(foreign):
    _, out, _ = foreign
    titles = json.loads(open_plan(out).metadata["code_titles"])
    assert titles[HH + "LandUseClassificationValue_Extension.xml#5_1_OeffentlicheGruenflaeche"] == "Öffentliche Grünfläche"
    assert titles[HH + "PlanTypeNameValue_Extension.xml#6_Bebauungsplan"] == "Bebauungsplan"
    # keyed by the identifier actually stored, not the https form of the file
    assert titles[INSPIRE + "HILUCSValue/5_1_PermanentResidentialUse"] == "Permanent residential use"


def test_exported_again_it_validates_and_reads_back_the_same(foreign, schema):
    tmp, out, _ = foreign
    gml = tmp / "again.gml"
    assert validate_plan_file(out, gml, schema, national_codes=False) == []
    again, findings = read_gml(gml)
    assert findings == []
    # the foreign labels travel on: written back as xlink:title and read again into the metadata
    assert 'xlink:title="Öffentliche Grünfläche"' in gml.read_text(encoding="utf-8")
    assert json.loads(again.metadata["code_titles"]) == json.loads(open_plan(out).metadata["code_titles"])
    before = {f.gml_id: f for f in open_plan(out).features()}
    for f in again.features():
        b = before[f.gml_id]
        for name in vars(f):
            if name == "source":  # where the feature was read from, not one of its values
                continue
            if name in ("geometry", "extent"):  # the writer orients rings; compare canonical forms
                assert f.__dict__[name].normalize().equals_exact(b.__dict__[name].normalize(), 1e-9)
            else:
                assert f.__dict__[name] == b.__dict__[name], (f.gml_id, name)


def test_a_wfs_response_with_additional_objects(tmp_path, schema):
    out = tmp_path / "wfs.gpkg"
    data, report = run_import(WFS, out=out)
    assert data.crs == 25835
    plan = data.plan
    assert plan.official_title.startswith("ПУП на тестов квартал")
    assert plan.plan_type_name == "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PRZ"
    assert sorted(plan.member) == ["#ze.101", "#ze.102"]
    areas = sorted(z.geometry.area for z in data.zoning_elements)
    assert areas == pytest.approx([8000.0, 8000.0])
    smf = data.by_gml_id()["ze.101"]
    assert {d.indication_reference: d.value for d in smf.dimensioning_indication} == {"maxDensity": 60.0,
                                                                                      "maxFloorAreaRatio": 3.5}
    assert validate_plan_file(out, tmp_path / "wfs.gml", schema) == []


def test_a_gml_identifier_that_says_more_than_the_inspire_id_is_reported(tmp_path):
    text = FOREIGN.read_text(encoding="utf-8").replace(
        f"{NS}/{ZE_B}</gml:identifier>", "urn:example:zone:green-1</gml:identifier>")
    path = tmp_path / "other-id.gml"
    path.write_text(text, encoding="utf-8")
    _, report = run_import(path)
    unmapped = [f for f in report.findings if f.rule == "READ.UNMAPPED"]
    assert len(unmapped) == 1 and unmapped[0].gml_id == ZE_B and "gml:identifier" in unmapped[0].message_en
