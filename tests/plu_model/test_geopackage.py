"""The plan file: ordinary layers for QGIS and ogrinfo, atomic saves, clear refusals."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest

from plu_model.errors import PlanFileError
from plu_model.geopackage import LAYER_NAMES, PlanFile, open_plan, save_copy, save_dataset, write_plan
from plu_model.progress import Progress


def test_ogrinfo_sees_ordinary_layers(tmp_path, sample):
    path = save_dataset(tmp_path / "plan.gpkg", sample)
    out = subprocess.run(["ogrinfo", "-ro", "-so", str(path)], capture_output=True, text=True, check=True).stdout
    for table in LAYER_NAMES.values():
        assert table in out
    detail = subprocess.run(["ogrinfo", "-ro", "-so", str(path), "zoning_element"], capture_output=True, text=True).stdout
    assert "Feature Count: 35" in detail and "BGS2005 / CCS2005" in detail
    assert "hilucs_land_use: String" in detail and "begin_lifespan_version_nil: String" in detail


def test_file_facts(tmp_path, sample):
    path = save_dataset(tmp_path / "plan.gpkg", sample)
    with PlanFile(path) as pf:
        assert pf.file_meta["schema_version"] == "1.0"
        assert pf.crs == 7801
        assert pf.counts()["SupplementaryRegulation"] == 4
        assert "ПРИМЕРНИ ДАННИ" in pf.metadata["md_metadata_xml"]  # the sample says it is invented


def test_a_failed_save_keeps_the_old_plan(tmp_path, sample):
    path = save_dataset(tmp_path / "plan.gpkg", sample)
    before = path.read_bytes()

    def crash():
        yield from sample.features()
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        write_plan(path, crash(), crs=7801)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gpkg"]
    assert open_plan(path).counts() == sample.counts()


def test_cancel_keeps_the_old_plan(tmp_path, sample):
    from plu_model.errors import Cancelled

    path = save_dataset(tmp_path / "plan.gpkg", sample)
    with pytest.raises(Cancelled):
        save_dataset(path, sample, progress=Progress(cancelled=lambda: True, every=10))
    assert open_plan(path).counts() == sample.counts()


def test_save_copy_while_open(tmp_path, sample):
    src = save_dataset(tmp_path / "work.gpkg", sample)
    con = sqlite3.connect(src)  # someone (QGIS) holds the file open
    con.execute("BEGIN")
    dest = save_copy(src, tmp_path / "saved.gpkg")
    con.rollback()
    con.close()
    assert open_plan(dest).counts() == sample.counts()


def test_not_a_plan_file(tmp_path):
    other = tmp_path / "roads.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", str(other), "/dev/null", "-nln", "x"], capture_output=True)
    con = sqlite3.connect(tmp_path / "plain.gpkg")
    con.execute("CREATE TABLE t (a)")
    con.close()
    with pytest.raises(PlanFileError, match="not a GeoPackage|not a PLU Studio plan file"):
        PlanFile(tmp_path / "plain.gpkg")
    text = tmp_path / "notes.gpkg"
    text.write_text("hello")
    with pytest.raises(PlanFileError, match="not a GeoPackage"):
        PlanFile(text)
    with pytest.raises(PlanFileError, match="no such file"):
        PlanFile(tmp_path / "missing.gpkg")


def test_a_newer_layout_is_refused(tmp_path, sample):
    path = save_dataset(tmp_path / "plan.gpkg", sample)
    con = sqlite3.connect(path)
    con.execute("UPDATE plu_plan_file SET value = '2.0' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(PlanFileError, match="newer PLU Studio"):
        PlanFile(path)


def test_a_damaged_row_names_table_and_feature(tmp_path, sample):
    path = save_dataset(tmp_path / "plan.gpkg", sample)
    con = sqlite3.connect(path)
    con.execute("UPDATE official_documentation SET plan_document = '{\"nonsense\": 1}' WHERE fid = 2")
    con.commit()
    con.close()
    with pytest.raises(PlanFileError) as err:
        open_plan(path)
    assert "official_documentation row 2 (OD.rules)" in str(err.value)


def test_atomic_writes_leave_old_or_new_never_half(tmp_path):
    from plu_model.atomic import atomic_open, write_atomic

    target = write_atomic(tmp_path / "report.html", "old")
    with pytest.raises(RuntimeError), atomic_open(target, "w", encoding="utf-8") as fh:
        fh.write("half of the new")
        raise RuntimeError("crash")
    assert target.read_text() == "old"
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]
