"""Import formats live in the shared readers registry; imports can be cancelled without leaving files."""

from __future__ import annotations

import pytest
from plan_sources import SHAPEFILE_MAPPING, make_shapefile_folder

from plu_model.errors import Cancelled, PluInputError
from plu_model.importing import load_mapping, run_import
from plu_model.importing.formats import import_formats
from plu_model.progress import Progress
from plu_model.readers import READERS, open_source


def test_the_registry_lists_every_import_format():
    names = {f.name for f in import_formats()}
    assert {"shapefile", "geopackage", "geojson", "dxf", "dwg", "csv-wkt", "postgis"} <= names
    assert READERS.for_path("plan.dxf").name == "dxf"
    assert READERS.for_path("plan.gpkg").name == "plu-gpkg"  # a plan file stays a plan file
    assert READERS.get("shapefile").filter("bg") == "Шейп файл (ESRI Shapefile) (*.shp *.dbf)"
    assert all(f.options["needs_mapping"] for f in import_formats())


def test_opening_a_shapefile_without_a_mapping_says_what_is_missing(tmp_path):
    folder = make_shapefile_folder(tmp_path / "data")
    with pytest.raises(PluInputError, match=r"zones\.shp \(ESRI Shapefile\) needs a mapping file .*\(plu import "):
        open_source(folder / "zones.shp")


def test_a_mapped_source_streams_into_the_writers(tmp_path):
    from exporters import EXPORTERS

    folder = make_shapefile_folder(tmp_path / "data")
    (tmp_path / "m.yaml").write_text(SHAPEFILE_MAPPING, encoding="utf-8")
    source = READERS.get("shapefile").func(folder, None, mapping=load_mapping(tmp_path / "m.yaml"))
    assert source.crs == 7801 and source.counts()["ZoningElement"] == 7
    out = EXPORTERS.get("inspire-gml").func(source, tmp_path / "plan.gml")
    assert out.stat().st_size > 0


def test_cancelling_leaves_the_old_plan_file_untouched(tmp_path):
    folder = make_shapefile_folder(tmp_path / "data")
    (tmp_path / "m.yaml").write_text(SHAPEFILE_MAPPING, encoding="utf-8")
    mapping = load_mapping(tmp_path / "m.yaml")
    out = tmp_path / "plan.gpkg"
    out.write_bytes(b"previous version")
    seen = []
    progress = Progress(report=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) >= 2, every=2)
    with pytest.raises(Cancelled):
        run_import(str(folder), mapping, out, progress=progress)
    assert out.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "m.yaml", "plan.gpkg"]
    assert seen[0][1] == 2 * 12  # reading and writing: twice the source features
