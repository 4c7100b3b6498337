"""A plan file read through SQLite (plu_model.gpkg_rows) gives the features OGR gives, row for row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import shapely
from osgeo import gdal

from plu_model.geopackage import PlanFile, write_plan
from plu_model.readers import open_source
from plu_model.synthetic import GeneratedPlan

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [
    ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml",
    *sorted((ROOT / "tests" / "data" / "roundtrip").glob("*.gml")),
    *sorted((ROOT / "tests" / "data" / "realworld").glob("*.gml")),
]


def _same(a, b) -> None:
    assert type(a) is type(b)
    for name in a.__dataclass_fields__:
        x, y = getattr(a, name), getattr(b, name)
        if isinstance(x, shapely.Geometry):
            assert shapely.to_wkb(x, flavor="iso") == shapely.to_wkb(y, flavor="iso"), (a.gml_id, name)
        else:
            assert x == y, (a.gml_id, name)
    assert (a.source is None) == (b.source is None)
    if a.source is not None:
        assert (a.source.xml, a.source.fingerprint) == (b.source.xml, b.source.fingerprint)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_sqlite_rows_are_the_features_ogr_reads(path, tmp_path):
    source = open_source(path)
    gpkg = write_plan(tmp_path / "plan.gpkg", source.features(), crs=source.crs)
    with PlanFile(gpkg) as pf:
        for class_name in ("SpatialPlan", "ZoningElement", "SupplementaryRegulation", "OfficialDocumentation"):
            ours, ogr = list(pf.iter_class(class_name)), list(pf._iter_ogr(class_name))
            assert len(ours) == len(ogr)
            for a, b in zip(ours, ogr, strict=True):
                _same(a, b)


def test_repeated_values_are_decoded_once_but_never_shared(tmp_path):
    plan = GeneratedPlan(13)
    gpkg = write_plan(tmp_path / "plan.gpkg", plan.features(), crs=plan.crs)
    with PlanFile(gpkg) as pf:
        zones = list(pf.iter_class("ZoningElement"))
    a, b = zones[0], zones[6]  # the same preset: the same stored texts
    assert a.dimensioning_indication == b.dimensioning_indication
    assert a.dimensioning_indication is not b.dimensioning_indication
    a.hilucs_land_use.append("http://example.org/x")
    assert b.hilucs_land_use == zones[12].hilucs_land_use and "http://example.org/x" not in b.hilucs_land_use


def test_a_blob_only_ogr_judges_is_read_through_ogr(tmp_path, monkeypatch):
    plan = GeneratedPlan(3)
    gpkg = write_plan(tmp_path / "plan.gpkg", plan.features(), crs=plan.crs)
    con = sqlite3.connect(gpkg)
    blob = con.execute("SELECT geom FROM zoning_element WHERE fid = 2").fetchone()[0]
    con.close()
    marked = blob[:3] + bytes([blob[3] | 0x10]) + blob[4:]  # the same blob flagged empty: this reader asks OGR
    db = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)  # GDAL's SQLite knows the triggers' functions
    db.ExecuteSQL(f"UPDATE zoning_element SET geom = X'{marked.hex()}' WHERE fid = 2")
    db = None
    asked = []
    through_ogr = PlanFile._iter_ogr

    def recorded(self, class_name, fid=None):
        asked.append(fid)
        return through_ogr(self, class_name, fid)

    with PlanFile(gpkg) as pf:
        ogr = list(pf._iter_ogr("ZoningElement"))
        monkeypatch.setattr(PlanFile, "_iter_ogr", recorded)
        ours = list(pf.iter_class("ZoningElement"))
    assert asked == [2]
    assert [z.gml_id for z in ours] == ["ZE.0", "ZE.1", "ZE.2"]
    for a, b in zip(ours, ogr, strict=True):
        _same(a, b)
