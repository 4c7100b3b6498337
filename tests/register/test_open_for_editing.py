"""Opening a register version for editing with its content keys deferred to the first save."""

from __future__ import annotations

import pytest
from city import DETAILED_1, dataset

from plu_model.geopackage import open_plan, save_dataset
from register.sync import open_for_editing, push_changes

SHOPS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"


def test_deferred_keys_send_only_what_changed(provider, tmp_path):
    provider.ensure_authority("city_a")
    info = provider.add(dataset(DETAILED_1), "city_a")
    base = open_for_editing(provider, info.ref, tmp_path / "as-opened.gpkg", defer_keys=True)
    assert base.pristine == tmp_path / "as-opened.gpkg" and base.pristine.exists()
    assert all(key is None for _fid, _lock, key in base.features.values())
    assert set(base.features) == {f.inspire_id.local_id for f in dataset(DETAILED_1).features()}
    edited = open_plan(tmp_path / "as-opened.gpkg")
    zone = next(z for z in edited.zoning_elements if z.inspire_id.local_id == "d1-c")
    zone.hilucs_land_use = [SHOPS]
    edited.zoning_elements = [z for z in edited.zoning_elements if z.inspire_id.local_id != "d1-a"]
    save_dataset(tmp_path / "edited.gpkg", edited)
    result = push_changes(provider, base, open_plan(tmp_path / "edited.gpkg"))
    assert result.saved == ["d1-c"] and result.deleted == ["d1-a"] and not result.added and not result.conflicts
    stored = {z.inspire_id.local_id: z.hilucs_land_use for z in provider.dataset(info.ref).zoning_elements}
    assert stored.keys() == {"d1-b", "d1-c", "d1-d"} and stored["d1-c"] == [SHOPS]


def test_the_bulk_written_plan_file_has_a_working_spatial_index_and_counts(provider, tmp_path):
    from osgeo import ogr
    from shapely.geometry import box

    provider.ensure_authority("city_a")
    info = provider.add(dataset(DETAILED_1), "city_a")
    open_for_editing(provider, info.ref, tmp_path / "plan.gpkg")
    zones = {z.inspire_id.local_id: z.geometry for z in dataset(DETAILED_1).zoning_elements}
    ds = ogr.Open(str(tmp_path / "plan.gpkg"))
    layer = ds.GetLayerByName("zoning_element")
    assert layer.GetFeatureCount() == len(zones)
    x0, y0 = min(g.bounds[0] for g in zones.values()), min(g.bounds[1] for g in zones.values())
    probe = box(x0 + 10, y0 + 10, x0 + 50, y0 + 50)
    expected = sorted(k for k, g in zones.items() if g.intersects(probe))
    layer.SetSpatialFilterRect(*probe.bounds[:2], *probe.bounds[2:])
    assert sorted(f.GetField("inspire_local_id") for f in layer) == expected == ["d1-a"]
    rtree = ds.ExecuteSQL("SELECT count(*) FROM rtree_zoning_element_geom")
    assert rtree.GetNextFeature().GetField(0) == len(zones)
    ds.ReleaseResultSet(rtree)
    extent = layer.GetExtent()  # (minx, maxx, miny, maxy)
    assert extent[0] == x0 and extent[2] == y0
    ds = None
    # the triggers are back: an edit through OGR keeps the index
    ds = ogr.Open(str(tmp_path / "plan.gpkg"), 1)
    layer = ds.GetLayerByName("zoning_element")
    layer.DeleteFeature(1)
    ds = None
    ds = ogr.Open(str(tmp_path / "plan.gpkg"))
    rtree = ds.ExecuteSQL("SELECT count(*) FROM rtree_zoning_element_geom")
    assert rtree.GetNextFeature().GetField(0) == len(zones) - 1
    ds.ReleaseResultSet(rtree)


def _tables(path):
    """Every row of every table of a GeoPackage, as SQLite holds it (GDAL's change times left out)."""
    import sqlite3

    db = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_node' "
                "AND name NOT LIKE '%_parent' AND name NOT LIKE '%_rowid' ORDER BY name"
            )
        ]
        out = {}
        for name in names:
            rows = db.execute(f'SELECT * FROM "{name}"').fetchall()
            if name == "gpkg_contents":  # last_change: when GDAL last wrote the table
                rows = [r[:4] + r[5:] for r in rows]
            out[name] = sorted(rows, key=repr)
        out["triggers"] = sorted(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
        return out
    finally:
        db.close()


def test_the_fast_plan_file_holds_what_the_ogr_writer_writes(provider, tmp_path, sample_path):
    """Points, lines, documents, booleans, dates, the plan's lifecycle and ended features: the same rows."""
    from datetime import date

    from plu_model.readers import read_dataset
    from register.store import write_version_file

    provider.ensure_authority("city_a")
    data, _ = read_dataset(sample_path)
    first = provider.add(data, "city_a")
    provider.set_status(first.ref, "adoption")
    provider.set_status(first.ref, "legalForce", date(2020, 1, 1))
    changed, _ = read_dataset(sample_path)
    changed.zoning_elements[0].hilucs_land_use = [SHOPS]
    second = provider.add(changed, "city_a")
    provider.set_status(second.ref, "adoption")
    provider.set_status(second.ref, "legalForce", date(2021, 1, 1))  # the first version's changed zone ended
    for ref in (first.ref, second.ref):
        info = provider.version(ref)
        with provider.transaction() as cur:
            by_ogr = write_version_file(cur, info, tmp_path / f"{info.version_no}-ogr.gpkg", keep_rows=True)
            fast = write_version_file(cur, info, tmp_path / f"{info.version_no}-fast.gpkg", keep_rows=False)
        assert sorted(r[:4] for r in fast) == sorted(r[:4] for r in by_ogr)
        ogr_tables = _tables(tmp_path / f"{info.version_no}-ogr.gpkg")
        fast_tables = _tables(tmp_path / f"{info.version_no}-fast.gpkg")
        assert ogr_tables.keys() == fast_tables.keys()
        for name in ogr_tables:
            if name == "gpkg_contents":  # the tables' extents: GDAL's are a few ULPs off the coordinates
                assert [r[:4] + r[8:] for r in fast_tables[name]] == [r[:4] + r[8:] for r in ogr_tables[name]]
                assert [r[4:8] for r in fast_tables[name]] == [
                    tuple(pytest.approx(v, rel=1e-14) if v is not None else None for v in r[4:8])
                    for r in ogr_tables[name]
                ]
                continue
            assert fast_tables[name] == ogr_tables[name], name
    assert provider.version(first.ref).end_lifespan is not None
    zones = {z.inspire_id.local_id: z for z in open_plan(tmp_path / "1-fast.gpkg").zoning_elements}
    assert zones[data.zoning_elements[0].inspire_id.local_id].end_lifespan_version is not None
