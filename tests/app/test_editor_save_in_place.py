"""Saving a plan writes only what changed, in place, and gives the same plan as writing it whole."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from editor_helpers import *  # noqa: F403 - fixtures
from editor_helpers import ROOT

pytestmark = pytest.mark.gui

BG_ZONE = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"
TABLES = ("spatial_plan", "zoning_element", "supplementary_regulation", "official_documentation")


def _rows(path):
    """Every feature table's rows by gml_id (all columns but the row id), read with plain SQLite."""
    connection = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            for row in cursor:
                values = dict(zip(names, row, strict=True))
                values.pop("fid")
                out[(table, values["gml_id"])] = values
        return out
    finally:
        connection.close()


def _whole(document, tmp_path, name):
    """The plan as the whole-file writer makes it (a target this session never wrote)."""
    from app.snapshot import write_snapshot

    return write_snapshot(document.working, tmp_path / name, document.edits())


def _retype(window, zone_index, code):
    from app.editing import change_attributes

    layer = window.document.layers.zoning
    zone = list(layer.getFeatures())[zone_index]
    change_attributes(window.document, layer, zone.id(), {"specific_land_use": [BG_ZONE + code]}, "retype")
    return zone["gml_id"]


def _delete(window, zone_index):
    layer = window.document.layers.zoning
    zone = list(layer.getFeatures())[zone_index]
    layer.selectByIds([zone.id()])
    window.actions["delete"].trigger()
    return zone["gml_id"]


def _move_a_vertex(window, zone_index):
    from qgis.core import QgsPointXY

    from app import editing

    layer = window.document.layers.zoning
    ring = list(layer.getFeatures())[zone_index].geometry().asMultiPolygon()[0][0]
    editing.move_vertex(window.document, QgsPointXY(ring[0]), QgsPointXY(ring[0].x() + 1.5, ring[0].y() - 0.5))


def test_each_save_writes_in_place_what_a_whole_write_would_hold(window, sample_gpkg, tmp_path):
    window.open_plan(sample_gpkg)
    inode = sample_gpkg.stat().st_ino
    steps = [
        lambda: _retype(window, 0, "Vp"),
        lambda: _move_a_vertex(window, 3),
        lambda: _delete(window, 5),
        lambda: window.actions["undo"].trigger(),  # the zone is back: its row must be written again
        lambda: window.actions["undo"].trigger(),  # the vertex goes back where the file had it
        lambda: _delete(window, 7),
    ]
    for number, step in enumerate(steps):
        step()
        assert window.save()
        assert sample_gpkg.stat().st_ino == inode  # written in place, not replaced by a copy
        expected = _rows(_whole(window.document, tmp_path, f"whole-{number}.gpkg"))
        assert _rows(sample_gpkg) == expected, f"after step {number}"
    rows = _rows(sample_gpkg)
    zones = {k[1] for k in rows if k[0] == "zoning_element"}
    plan = next(v for k, v in rows.items() if k[0] == "spatial_plan")
    assert sorted(plan["member"].strip("[]").replace('"', "").replace(" ", "").split(",")) == sorted(
        f"#{z}" for z in zones
    )


def test_a_file_changed_behind_the_editor_is_written_whole(window, sample_gpkg, tmp_path):
    window.open_plan(sample_gpkg)
    _retype(window, 0, "Vp")
    assert window.save()
    from osgeo import gdal

    ds = gdal.OpenEx(str(sample_gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)  # another program changes the plan file
    ds.ExecuteSQL("UPDATE zoning_element SET regulation_nature = 'changed elsewhere'")
    ds = None
    inode = sample_gpkg.stat().st_ino
    _retype(window, 1, "Oz")
    assert window.save()
    assert sample_gpkg.stat().st_ino != inode  # a new file moved over it
    assert _rows(sample_gpkg) == _rows(_whole(window.document, tmp_path, "whole.gpkg"))


def test_a_save_cut_off_before_its_commit_leaves_the_plan_as_it_was(window, sample_gpkg, tmp_path):
    """The writer dies half-way (kill -9 after some rows): the next reader finds the old plan."""
    from plu_model.geopackage import PlanFile

    window.open_plan(sample_gpkg)
    before = _rows(sample_gpkg)
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from app.snapshot import PendingEdits, write_snapshot
        from app.written_state import file_signature, remember_opened
        from plu_model.progress import Progress

        class Dies(Progress):
            steps = 0
            def step(self, *args, **kwargs):
                Dies.steps += 1
                if Dies.steps == 12:
                    os._exit(9)

        target, working = Path({str(sample_gpkg)!r}), Path({str(window.document.working)!r})
        remember_opened(target, working, file_signature(target))
        edits = PendingEdits("zoning_element", changed_attributes={{fid: {{"regulation_nature": "half"}}
                                                                     for fid in range(1, 30)}})
        write_snapshot(working, target, [edits], Dies())
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 9, result.stderr
    with PlanFile(sample_gpkg) as pf:
        assert pf.counts()["ZoningElement"] == sum(1 for k in before if k[0] == "zoning_element")
    assert _rows(sample_gpkg) == before
    connection = sqlite3.connect(sample_gpkg)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    _retype(window, 2, "Oz")  # and the editor saves it again
    assert window.save()
    assert _rows(sample_gpkg) == _rows(_whole(window.document, tmp_path, "whole.gpkg"))


def test_a_change_written_into_the_working_copy_itself_goes_out_with_a_whole_write(window, sample_gpkg, tmp_path):
    """Comments are imported straight into the working copy: only a whole write carries them over."""
    window.open_plan(sample_gpkg)
    connection = sqlite3.connect(window.document.working)
    with connection:
        connection.execute("CREATE TABLE consultation_note (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO consultation_note (text) VALUES ('kept')")
    connection.close()
    inode = sample_gpkg.stat().st_ino
    _retype(window, 0, "Vp")
    assert window.save()
    assert sample_gpkg.stat().st_ino != inode
    connection = sqlite3.connect(sample_gpkg)
    assert connection.execute("SELECT text FROM consultation_note").fetchall() == [("kept",)]
    connection.close()
