"""The plan file an import suggests: beside its source, named after it, never over a file that is there."""

from __future__ import annotations

import os
from pathlib import Path

from plu_model.importing.plan_file import suggested_plan_file


def test_beside_the_shapefile_or_the_folder_of_shapefiles(tmp_path):
    (tmp_path / "data").mkdir()
    assert suggested_plan_file(str(tmp_path / "data" / "zones.shp"), tmp_path / "docs") == tmp_path / "data" / "zones.gpkg"
    assert suggested_plan_file(str(tmp_path / "data"), tmp_path / "docs") == tmp_path / "data.gpkg"


def test_a_taken_name_gets_the_next_number(tmp_path):
    (tmp_path / "zones.gpkg").write_bytes(b"a plan")
    (tmp_path / "zones-2.gpkg").write_bytes(b"another")
    assert suggested_plan_file(str(tmp_path / "zones.shp"), tmp_path / "docs") == tmp_path / "zones-3.gpkg"
    # a GeoPackage source is never its own output
    assert suggested_plan_file(str(tmp_path / "zones.gpkg"), tmp_path) == tmp_path / "zones-3.gpkg"


def test_a_database_or_a_folder_one_cannot_write_to_gives_the_users_folder(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    assert suggested_plan_file("PG:dbname=plans tables=zones", docs) == docs / "imported-plan.gpkg"
    locked = tmp_path / "cd"
    locked.mkdir()
    # a read-only medium, as the user sees it (the tests may run as root, who writes anywhere)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != locked and real_access(path, mode))
    assert suggested_plan_file(str(locked / "zones.shp"), docs) == docs / "zones.gpkg"
