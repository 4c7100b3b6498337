"""The engine: the sample is clean, findings stream, repeats fold, sources of every kind, cancel, options."""

from __future__ import annotations

from itertools import islice

import pytest
from validation_manifest import BROKEN, load_generator

from exporters.gml_writer import write_gml
from plu_model.errors import Cancelled
from plu_model.geopackage import write_plan
from plu_model.progress import Progress
from plu_model.synthetic import GeneratedPlan
from plu_model.values import Identifier
from validators import RULES, Severity, ValidationOptions, is_valid, iter_findings, validate
from validators.rules import FAMILIES, select_rules


def _writer(source, path):
    write_gml(path, source)


@pytest.mark.parametrize("profile", ["bg", "bg-sofia"])
def test_the_sample_plan_has_nothing_above_info(sample_path, profile):
    report = validate(sample_path, ValidationOptions(profile=profile))
    assert [f for f in report.findings if f.severity > Severity.INFO] == []
    # kept in Sofia's cadastral CRS: right for national exchange, noted for INSPIRE delivery
    assert {f.rule for f in report.findings} == {"CRS.NATIONAL"}
    assert report.verdict == "valid" and report.exit_code == 0
    assert report.counts == {"SpatialPlan": 1, "ZoningElement": 35, "SupplementaryRegulation": 4,
                             "OfficialDocumentation": 3}
    assert len(report.checked_rules()) > 90


def test_the_sample_needs_reprojecting_for_an_inspire_delivery(sample_path, tmp_path):
    national = validate(sample_path)  # the strict INSPIRE profile
    assert {f.rule for f in national.findings} == {"rs.a.1"} and national.exit_code == 1
    assert "EPSG:3046" in national.findings[0].message_en
    delivery = tmp_path / "delivery.gml"
    from plu_model.readers import open_source

    write_gml(delivery, open_source(sample_path), crs=3046)
    report = validate(delivery)
    assert report.findings == [] and report.verdict == "valid"


def test_the_sample_as_a_plan_file_and_in_memory(sample_path, sample, tmp_path):
    gpkg = tmp_path / "sample.gpkg"
    write_plan(gpkg, sample.features(), crs=sample.crs, dataset_id=lambda: sample.dataset_id,
               metadata=lambda: sample.metadata)
    options = ValidationOptions(profile="bg", gml_writer=_writer)
    for source in (gpkg, sample):
        report = validate(source, options)
        assert [f for f in report.findings if f.severity > Severity.INFO] == [], source
        assert report.kind == "plan"


def test_findings_stream_before_the_file_is_read(tmp_path):
    plan = GeneratedPlan(400, crs=3046)
    path = tmp_path / "plan.gml"
    write_gml(path, plan)
    text = path.read_text(encoding="utf-8").replace(
        '<base:localId>ze-0</base:localId>', '<base:localId></base:localId>', 1)
    path.write_text(text, encoding="utf-8")
    seen = []
    progress = Progress(report=lambda done, total: seen.append(done), every=1)
    first = next(iter_findings(path, ValidationOptions(), progress))
    assert first.rule == "ID.EMPTY" and first.gml_id == "ZE.0"  # one code for an empty localId in every format
    assert max(seen, default=0) < 10  # the first finding came while most of the plan was still unread


def test_repeated_findings_fold_with_a_count(tmp_path):
    plan = GeneratedPlan(120, crs=3046)
    path = tmp_path / "plan.gml"
    write_gml(path, plan)
    good = 'xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"'
    text = path.read_text(encoding="utf-8").replace(good, good.replace("http://", "https://"))
    path.write_text(text, encoding="utf-8")
    bad = text.count('"https://inspire.ec.europa.eu/codelist/HILUCSValue/5_1')
    assert bad == 40  # two zone types in six map to residential use
    report = validate(path, ValidationOptions(max_identical=10))
    https = [f for f in report.findings if f.rule == "PITFALL.HTTPS_CODELIST"]
    assert len(https) == 11 and sum(f.count for f in https) == bad
    assert https[-1].count == 30 and "and 30 more like this" in https[-1].message_en
    capped = validate(path, ValidationOptions(max_identical=None, max_per_rule=5))
    https = [f for f in capped.findings if f.rule == "PITFALL.HTTPS_CODELIST"]
    assert len(https) == 6 and https[-1].count == 35 and https[-1].message_en.startswith("35 more findings")
    assert capped.by_severity()[Severity.ERROR] == bad


def test_generated_plans_and_datasets_are_sources():
    report = validate(GeneratedPlan(30), ValidationOptions(profile="bg", gml_writer=_writer))
    # EPSG:7801 is fine in a plan file; the reminder to export in an INSPIRE CRS is a note
    assert [(f.rule, f.severity) for f in report.findings] == [("CRS.EXPORT", Severity.INFO)]
    assert "EPSG:3046" in report.findings[0].message_en


def test_cancel_stops_the_run(tmp_path):
    path = tmp_path / "plan.gml"
    write_gml(path, GeneratedPlan(500, crs=3046))
    progress = Progress(cancelled=lambda: True, every=50)
    with pytest.raises(Cancelled):
        list(iter_findings(path, ValidationOptions(), progress))


def test_is_valid():
    assert is_valid(BROKEN / "valid_base.gml")
    assert is_valid(BROKEN / "topo_gap.gml")  # a warning only
    assert not is_valid(BROKEN / "topo_overlap.gml")
    assert not is_valid(BROKEN / "no_such_file.gml")


def test_locations_are_in_the_plan_crs(tmp_path):
    report = validate(BROKEN / "topo_overlap.gml")
    (overlap,) = report.findings
    x0, y0, x1, y1 = overlap.location.bounds
    assert (x0, y0, x1, y1) == pytest.approx((690090.0, 4727000.0, 690100.0, 4727100.0))


def test_topology_in_a_geographic_crs_measures_in_metres(tmp_path):
    data = load_generator().base()
    load_generator()._replace_zone(1, load_generator()._box(90, 0, 200, 100))(data)
    path = tmp_path / "plan_4258.gml"
    write_gml(path, data, crs=4258)
    (overlap,) = [f for f in validate(path).findings if f.rule == "TOPO.OVERLAP"]
    area = float(overlap.message_en.split("overlap by ")[1].split(" m²")[0].replace(" ", ""))
    assert area == pytest.approx(1000.0, rel=0.02)
    lon, lat = overlap.location.centroid.coords[0]
    assert 23 < lon < 24 and 42 < lat < 43
    write_gml(path, load_generator().base(), crs=4258)
    assert validate(path).findings == []


def test_options_are_checked():
    with pytest.raises(ValueError):
        ValidationOptions(tolerance=-1)
    with pytest.raises(KeyError, match="NOPE"):
        ValidationOptions(skip={"NOPE"})
    assert "TOPO.GAP" not in select_rules({"topology"})
    assert "TOPO.GAP" not in select_rules({"TOPO."})
    assert "TOPO.GAP" in select_rules({"TOPO.OVERLAP"})


def test_the_catalogue_is_complete():
    for code, r in RULES.items():
        assert r.code == code and r.family in FAMILIES
        assert r.title("en") and r.title("bg") and r.title("en") != r.title("bg")
        assert set(r.sources) <= {"gml", "plan"} and r.sources
    inspire = [c for c in RULES if c[0].islower()]
    assert {"lu-plu-as.a.1", "lu-plu-as.a.2", "lu-plu-as.a.3", "lu-plu-as.a.4", "lu-plu-as.b.1", "gmlas.c.3",
            "rs.a.1", "dc.a.1", "lu-ia.b.3"} <= set(inspire)


def test_an_in_memory_plan_without_identifiers():
    data = load_generator().base()
    data.zoning_elements[0].inspire_id = Identifier("", "")
    rules = {f.rule for f in validate(data).findings}
    assert "ID.EMPTY" in rules


def test_large_city_plans_are_not_drawn_zone_by_zone(tmp_path):
    from validators import engine

    report = validate(GeneratedPlan(engine.MAP_ZONE_LIMIT + 5, crs=3046), ValidationOptions(skip={"topology"}))
    assert report.zones == [] and len(report.extents) == 1


def test_first_findings_of_a_big_file_without_reading_it_all(tmp_path):
    path = tmp_path / "plan.gml"
    write_gml(path, GeneratedPlan(300, crs=3046))
    assert list(islice(iter_findings(path), 1)) == []


def test_an_unusable_input_is_reported_in_both_languages(sample_path, tmp_path):
    (finding,) = iter_findings(sample_path, ValidationOptions(profile="nosuch"))
    assert finding.rule == "READ.UNUSABLE"
    assert finding.message_en.startswith("no validation profile 'nosuch'")
    assert finding.message_bg.startswith("няма профил за проверка 'nosuch'")
    old = tmp_path / "plu30.gml"
    old.write_text('<plu:SpatialPlan xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/3.0"/>', encoding="utf-8")
    finding = next(f for f in iter_findings(old, ValidationOptions()) if f.rule == "READ.UNUSABLE")
    assert "this is PLU 3.0 GML" in finding.message_en and "това е GML по PLU 3.0" in finding.message_bg
