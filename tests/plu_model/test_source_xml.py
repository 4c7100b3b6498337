"""The kept source elements are stored packed in the plan file, and older unpacked plan files still read."""

from __future__ import annotations

import sqlite3
import zlib

import pytest

from conftest import DATA, rtcheck
from exporters.gml_writer import write_gml
from plu_model.geopackage import PlanFile, save_dataset
from plu_model.gml_reader import read_gml
from plu_model.source_xml import PACKED, pack, unpack

CASE = DATA / "realworld" / "xplan_bplan_25832.gml"


def _stored(gpkg, table="zoning_element"):
    with sqlite3.connect(gpkg) as db:
        return db.execute(f"SELECT gml_id, source_xml FROM {table} ORDER BY gml_id").fetchall()


def test_the_plan_file_holds_each_element_packed_and_smaller(tmp_path):
    data, _ = read_gml(CASE)
    gpkg = tmp_path / "plan.gpkg"
    save_dataset(gpkg, data)
    rows = _stored(gpkg)
    original = {f.gml_id: f.source.xml for f in data.zoning_elements}
    assert rows and all(text.startswith(PACKED) for _, text in rows)
    assert sum(len(t) for _, t in rows) * 2 < sum(len(original[g].encode()) for g, _ in rows)
    out = tmp_path / "back.gml"
    with PlanFile(gpkg) as plan:
        result = write_gml(out, plan)
    assert result.verbatim == sum(result.counts.values())
    assert rtcheck(CASE, out) == 0


def test_an_older_plan_file_with_unpacked_elements_still_writes_them_back(tmp_path):
    data, _ = read_gml(CASE)
    gpkg = tmp_path / "plan.gpkg"
    save_dataset(gpkg, data)
    plain = {f.gml_id: f.source.xml for f in data.features() if f.source is not None}
    from osgeo import ogr

    ds = ogr.Open(str(gpkg), 1)  # what a plan file written before packing holds
    for table in ("spatial_plan", "zoning_element", "supplementary_regulation", "official_documentation"):
        layer = ds.GetLayerByName(table)
        for row in layer:
            row.SetField("source_xml", plain[row.GetField("gml_id")])
            layer.SetFeature(row)
    ds = None
    assert all(text.startswith("<plu:") for _, text in _stored(gpkg))
    out = tmp_path / "back.gml"
    with PlanFile(gpkg) as plan:
        result = write_gml(out, plan)
    assert result.verbatim == sum(result.counts.values()) == len(plain)
    assert rtcheck(CASE, out) == 0


@pytest.mark.parametrize("damaged", [PACKED + "!!not base64!!", PACKED + "eJzLSM3JyQcABi",
                                     PACKED + pack("<a/>")[len(PACKED):-8]])
def test_a_damaged_packed_element_is_not_trusted(damaged):
    assert unpack(damaged) is None


def test_a_packed_zip_bomb_is_refused_without_inflating_it():
    import base64

    bomb = PACKED + base64.b64encode(zlib.compress(b"<a>" + b" " * (80 << 20) + b"</a>", 9)).decode()
    assert len(bomb) < 200_000 and unpack(bomb) is None


def test_pack_and_unpack_keep_bulgarian_text_and_entities_exactly():
    xml = '<plu:officialTitle xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0">ПУП „Зелена поляна“ &amp; ул. 5</plu:officialTitle>'
    assert pack(xml) != xml and unpack(pack(xml)) == xml and unpack(xml) == xml


def _field_by_field(feature, xml):
    """The fingerprint as plan files have stored it from the start: sha256 fed one field at a time."""
    import dataclasses
    import hashlib

    from shapely.geometry.base import BaseGeometry

    def token(v):
        if isinstance(v, BaseGeometry):
            return "geom:" + v.wkb_hex
        if isinstance(v, (list, tuple)):
            return "[" + ",".join(token(x) for x in v) + "]"
        return repr(v)

    digest = hashlib.sha256(feature.class_name.encode())
    for f in dataclasses.fields(feature):
        if f.name != "source":
            digest.update(f"\x00{f.name}=".encode() + token(getattr(feature, f.name)).encode())
    digest.update(b"\x00xml=" + xml.encode())
    return digest.hexdigest()


@pytest.mark.parametrize("case", [CASE, DATA / "roundtrip" / "nil_and_multi.gml", DATA / "roundtrip" / "geographic_3d.gml"],
                         ids=lambda p: p.name)
def test_the_fingerprint_is_the_one_older_plan_files_hold(case):
    """A plan file keeps each feature's fingerprint; a faster one must be the same value, or old files stop matching."""
    data, _ = read_gml(case)
    features = [f for f in data.features() if f.source is not None]
    assert features
    assert all(f.source.fingerprint == _field_by_field(f, f.source.xml) for f in features)
