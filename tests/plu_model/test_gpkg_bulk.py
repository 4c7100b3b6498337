"""The plan file written with SQLite directly (plu_model.gpkg_bulk) holds what OGR writes from the same rows."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from plu_model.errors import PlanFileError
from plu_model.features import geometry_of
from plu_model.geopackage import PlanFile, feature_to_row, write_plan, write_plan_rows
from plu_model.readers import open_source
from plu_model.synthetic import GeneratedPlan

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [
    ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml",
    *sorted((ROOT / "tests" / "data" / "roundtrip").glob("*.gml")),
    *sorted((ROOT / "tests" / "data" / "realworld").glob("*.gml")),
]
VALIDATE_GPKG = Path("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")


def _tables(path: Path) -> dict[str, list]:
    """Every row of every table and every trigger and index, as SQLite holds them (GDAL's change times left out)."""
    db = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%_node' AND name NOT LIKE '%_parent' AND name NOT LIKE '%_rowid' ORDER BY name"
            )
        ]
        out = {}
        for name in names:
            rows = db.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
            out[name] = [r[:4] + r[5:] for r in rows] if name == "gpkg_contents" else rows  # [4]: last_change
        out["schema"] = sorted(db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall())
        out["pragmas"] = [db.execute(f"PRAGMA {p}").fetchone() for p in ("application_id", "user_version")]
        return out
    finally:
        db.close()


def _by_ogr(path: Path, features: list, crs: int, dataset_id, metadata) -> Path:
    """The same features through OGR, a field and a geometry at a time (the writer before the bulk one)."""

    def rows():
        for f in features:
            geom = geometry_of(f)
            wkb = shapely.to_wkb(geom, flavor="iso") if geom is not None and not geom.is_empty else None
            yield f.class_name, feature_to_row(f), wkb

    return write_plan_rows(path, rows(), crs=crs, dataset_id=dataset_id, metadata=metadata)


def _assert_same_files(bulk: Path, ogr: Path) -> None:
    """The same rows everywhere; GDAL's own tables in another order (OGR makes a table when its first row comes,
    the bulk writer all at once, in the classes' order) and GDAL's extents a few ULPs off the coordinates."""
    a, b = _tables(bulk), _tables(ogr)
    assert a.keys() == b.keys()
    for name in a:
        if name == "gpkg_contents":
            x, y = sorted(a[name], key=repr), sorted(b[name], key=repr)
            assert [r[:4] + r[8:] for r in x] == [r[:4] + r[8:] for r in y]
            assert [r[4:8] for r in x] == [
                tuple(v if v is None else pytest.approx(v, rel=1e-14) for v in r[4:8]) for r in y
            ]
        elif name.startswith("gpkg_"):
            assert sorted(a[name], key=repr) == sorted(b[name], key=repr), name
        else:
            assert a[name] == b[name], name


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_the_bulk_writer_writes_what_ogr_writes(path, tmp_path):
    source = open_source(path)
    features = list(source.features())
    bulk = write_plan(
        tmp_path / "bulk.gpkg", features, crs=source.crs, dataset_id=source.dataset_id, metadata=source.metadata
    )
    ogr = _by_ogr(tmp_path / "ogr.gpkg", features, source.crs, source.dataset_id, source.metadata)
    _assert_same_files(bulk, ogr)


def test_points_lines_3d_and_missing_geometries_as_ogr_writes_them(tmp_path):
    """Every header GDAL writes: a point (no envelope), a 3D polygon (XYZ envelope), lines, several batches."""
    source = open_source(CORPUS[0])
    features = list(source.features())
    zones = [f for f in features if f.class_name == "ZoningElement"]
    zones[0].geometry = MultiPolygon([Polygon([(0, 0, 5), (10, 0, 6), (10, 10, 7), (0, 0, 5)])])
    zones[1].geometry = MultiPolygon()
    regs = [f for f in features if f.class_name == "SupplementaryRegulation"]
    regs[0].geometry = Point(300001.5, 4700002.25)
    regs[1].geometry = LineString([(300000, 4700000, 1), (300010, 4700010, 2)])
    regs[2].geometry = Point(1.0, 2.0, 3.0)
    bulk = write_plan(tmp_path / "bulk.gpkg", features, crs=source.crs)
    ogr = _by_ogr(tmp_path / "ogr.gpkg", features, source.crs, None, {})
    _assert_same_files(bulk, ogr)
    with PlanFile(bulk) as pf:
        back = {f.gml_id: f for f in pf.features()}
    assert shapely.has_z(back[zones[0].gml_id].geometry) and back[zones[1].gml_id].geometry.is_empty
    assert back[regs[0].gml_id].geometry.equals_exact(regs[0].geometry, 0)


def test_many_batches_keep_the_spatial_index_and_counts(tmp_path, monkeypatch):
    import plu_model.geopackage as gp

    monkeypatch.setattr(gp, "_LOAD_BATCH", 7)
    plan = GeneratedPlan(40)
    features = list(plan.features())
    bulk = write_plan(tmp_path / "bulk.gpkg", features, crs=plan.crs)
    ogr = _by_ogr(tmp_path / "ogr.gpkg", features, plan.crs, None, {})
    _assert_same_files(bulk, ogr)
    from osgeo import gdal

    ds = gdal.OpenEx(str(bulk), gdal.OF_VECTOR)
    layer = ds.GetLayerByName("zoning_element")
    assert layer.GetFeatureCount() == 40
    x0, x1, y0, y1 = layer.GetExtent()
    layer.SetSpatialFilterRect(x0, y0, x0 + 1, y0 + 1)  # answered from the R-tree
    assert 1 <= layer.GetFeatureCount() < 40


@pytest.mark.skipif(not VALIDATE_GPKG.is_file(), reason="GDAL's validate_gpkg.py is not installed")
def test_gdal_validates_the_bulk_written_file(tmp_path):
    plan = GeneratedPlan(30)
    bulk = write_plan(tmp_path / "bulk.gpkg", plan.features(), crs=plan.crs)
    out = subprocess.run([sys.executable, str(VALIDATE_GPKG), str(bulk)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_non_finite_coordinates_are_refused_with_the_feature_named(tmp_path):
    plan = GeneratedPlan(5)
    features = list(plan.features())
    zone = [f for f in features if f.class_name == "ZoningElement"][3]
    with np.errstate(invalid="ignore"):
        zone.geometry = MultiPolygon([Polygon([(0, 0), (float("nan"), 0), (1, 1), (0, 0)])])
    with pytest.raises(PlanFileError, match=zone.gml_id):
        write_plan(tmp_path / "bad.gpkg", features, crs=plan.crs)
    assert not (tmp_path / "bad.gpkg").exists()
