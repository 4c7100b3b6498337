"""Fingerprints of the second kind (``v2:``): what a plan file now stores, and older files still export the same.

``plan_files/latlong_3d_4258_v1.gpkg`` was written by the code before the second kind (main at
a762676: ``plu convert tests/data/realworld/latlong_3d_4258.gml latlong_3d_4258_v1.gpkg``) and
``latlong_3d_4258_v1_export.gml`` is what that code wrote back from it (``plu convert
latlong_3d_4258_v1.gpkg latlong_3d_4258_v1_export.gml``): both are kept as they were made.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import shutil
import sqlite3

import pytest
import shapely
from osgeo import ogr

from conftest import DATA
from exporters.gml_writer import write_gml
from plu_model.dataset import PlanDataset
from plu_model.geopackage import PlanFile, open_plan, save_dataset, write_plan
from plu_model.gml_reader import read_gml
from plu_model.readers import open_source
from plu_model.source_xml import FINGERPRINT_V2, kept, still_faithful
from plu_model.values import HILUCSPresence

OLD = DATA / "plan_files" / "latlong_3d_4258_v1.gpkg"
OLD_EXPORT = DATA / "plan_files" / "latlong_3d_4258_v1_export.gml"
SOURCE = DATA / "realworld" / "latlong_3d_4258.gml"
CORPUS = [SOURCE, *sorted((DATA / "roundtrip").glob("*.gml")), DATA / "realworld" / "xplan_bplan_25832.gml"]
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _convert(path, dest):
    """``plu convert path dest`` (GML to plan file), streaming."""
    source = open_source(path)
    return write_plan(
        dest, source.features(), crs=source.crs, dataset_id=lambda: source.dataset_id, metadata=lambda: source.metadata
    )


def _fingerprints(gpkg):
    with sqlite3.connect(gpkg) as db:
        return [
            r[0]
            for t in ("spatial_plan", "zoning_element", "supplementary_regulation", "official_documentation")
            for r in db.execute(f"SELECT source_fingerprint FROM {t} ORDER BY fid")
        ]


def _first_kind(feature, xml):
    """The first kind as plan files stored it, worked out here from the dataclass fields."""

    def token(v):
        if isinstance(v, shapely.Geometry):
            return "geom:" + shapely.to_wkb(v, hex=True)
        if isinstance(v, (list, tuple)):
            return "[" + ",".join(token(x) for x in v) + "]"
        return repr(v)

    text = feature.class_name + "".join(
        f"\x00{f.name}={token(getattr(feature, f.name))}" for f in dataclasses.fields(feature) if f.name != "source"
    )
    return hashlib.sha256((text + "\x00xml=" + xml).encode()).hexdigest()


def test_a_plan_file_of_the_old_code_exports_as_the_old_code_exported_it(tmp_path):
    assert all(_HEX64.fullmatch(fp) for fp in _fingerprints(OLD) if fp)
    with PlanFile(OLD) as plan:
        result = write_gml(tmp_path / "out.gml", plan)
    assert result.verbatim == sum(result.counts.values()) == 13
    assert (tmp_path / "out.gml").read_bytes() == OLD_EXPORT.read_bytes()


def test_a_plan_file_of_the_old_code_saved_again_keeps_its_fingerprints(tmp_path):
    data = open_plan(OLD)
    save_dataset(tmp_path / "again.gpkg", data)
    assert _fingerprints(tmp_path / "again.gpkg") == _fingerprints(OLD)
    with PlanFile(tmp_path / "again.gpkg") as plan:
        write_gml(tmp_path / "out.gml", plan)
    assert (tmp_path / "out.gml").read_bytes() == OLD_EXPORT.read_bytes()


def test_the_new_code_writes_the_second_kind_and_exports_the_same_bytes(tmp_path):
    _convert(SOURCE, tmp_path / "new.gpkg")
    stored = [fp for fp in _fingerprints(tmp_path / "new.gpkg") if fp]
    assert len(stored) == 13 and all(fp.startswith(FINGERPRINT_V2) for fp in stored)
    with PlanFile(tmp_path / "new.gpkg") as plan:
        result = write_gml(tmp_path / "out.gml", plan)
    assert result.verbatim == 13
    assert (tmp_path / "out.gml").read_bytes() == OLD_EXPORT.read_bytes()


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_every_feature_read_back_from_a_new_plan_file_is_still_faithful_until_edited(path, tmp_path):
    gpkg = _convert(path, tmp_path / "plan.gpkg")
    data = open_plan(gpkg)
    features = [f for f in data.features() if f.source is not None]
    assert features and all(f.source.fingerprint.startswith(FINGERPRINT_V2) for f in features)
    assert all(still_faithful(f) for f in features)
    f = features[-1]
    f.gml_id = f.gml_id + "x"
    assert not still_faithful(f)
    f.gml_id = f.gml_id[:-1]  # an equal value again: faithful again, as with the first kind
    assert still_faithful(f)


def test_the_reader_hashes_nothing_but_its_fingerprint_is_the_first_kind():
    data, _ = read_gml(SOURCE)
    for f in data.features():
        assert f.source._fingerprint is None  # nothing hashed while reading
        assert f.source.fingerprint == _first_kind(f, f.source.xml)


def test_an_edit_before_saving_is_written_from_the_model(tmp_path):
    data, _ = read_gml(SOURCE)
    zone = data.zoning_elements[0]
    read_fingerprint = _first_kind(zone, zone.source.xml)
    zone.regulation_nature = "http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding"
    assert not still_faithful(zone)
    save_dataset(tmp_path / "edited.gpkg", data)
    with sqlite3.connect(tmp_path / "edited.gpkg") as db:
        stored = db.execute("SELECT source_fingerprint FROM zoning_element WHERE gml_id = ?", (zone.gml_id,)).fetchone()
    assert stored[0] == read_fingerprint  # the fingerprint of what was read, not of the edit
    with PlanFile(tmp_path / "edited.gpkg") as plan:
        result = write_gml(tmp_path / "out.gml", plan)
    assert result.verbatim == 12
    assert "nonBinding" in (tmp_path / "out.gml").read_text(encoding="utf-8")


def test_a_plan_file_edited_by_hand_no_longer_matches(tmp_path):
    gpkg = _convert(SOURCE, tmp_path / "plan.gpkg")
    hand = tmp_path / "hand.gpkg"
    shutil.copyfile(gpkg, hand)
    ds = ogr.Open(str(hand), 1)  # as QGIS would change it
    layer = ds.GetLayerByName("zoning_element")
    row = layer.GetFeature(1)
    row.SetField("plan", "#elsewhere")
    layer.SetFeature(row)
    row = layer = ds = None
    faithful = [still_faithful(f) for f in open_plan(hand).zoning_elements]
    assert faithful.count(False) == 1 and not faithful[0]


def test_a_value_that_can_change_in_place_is_hashed_when_read():
    data, _ = read_gml(SOURCE)
    zone = data.zoning_elements[0]
    zone.hilucs_presence = HILUCSPresence(ordered_list=["a"])  # a list inside a frozen value: it can still change
    zone.source = kept(zone, zone.source.xml)
    assert zone.source._fingerprint == _first_kind(zone, zone.source.xml)
    zone.hilucs_presence.ordered_list.append("b")
    assert not still_faithful(zone)


@pytest.mark.parametrize(("name", "values", "may_change"), [
    # the same type decided both ways in one run: what a type holds is looked at for every value of it
    ("hilucs_presence", [HILUCSPresence(ordered_list=("a",)), HILUCSPresence(ordered_list=["a"])], [False, True]),
    ("official_document", [["#a", "#b"], [["#a"]], ("#a", ["#b"]), ["#a", ("#b",)]], [False, True, True, False]),
    ("geometry", [shapely.box(0, 0, 1, 1), shapely.MultiPolygon([shapely.box(0, 0, 1, 1)])], [False, False]),
])
def test_only_a_value_that_can_change_in_place_is_hashed_when_read(name, values, may_change):
    data, _ = read_gml(SOURCE)
    zone = data.zoning_elements[0]
    for value, expected in zip(values, may_change, strict=True):
        setattr(zone, name, value)
        zone.source = kept(zone, zone.source.xml)
        assert (zone.source._read is None) is expected
        assert zone.source.fingerprint == _first_kind(zone, zone.source.xml)


def test_a_dataset_built_from_read_features_saves_the_same_second_kind_twice(tmp_path):
    data, _ = read_gml(SOURCE)
    copy = PlanDataset(crs=data.crs)
    for f in data.features():
        copy.add(f)
    save_dataset(tmp_path / "a.gpkg", data)
    save_dataset(tmp_path / "b.gpkg", copy)
    assert _fingerprints(tmp_path / "a.gpkg") == _fingerprints(tmp_path / "b.gpkg")
