"""``plu import`` on odd sources and mapping files: a report or one clear line, exit 1 or 2, never a traceback."""

from __future__ import annotations

import json

import pytest
from odd_sources import make_shapefile, odd_mapping, ogr_count, sofia_shapefile, square

from plu_cli.main import main


def test_when_every_feature_is_skipped_the_report_is_printed_and_saved(tmp_path, capsys):
    shp = make_shapefile(tmp_path / "data", [({"ID": f"Z{i}", "KOD": "Ж9"}, square(i)) for i in range(3)])
    report = tmp_path / "report.json"
    code = main(["import", str(shp), "-m", str(odd_mapping(tmp_path)), "-o", str(tmp_path / "plan.gpkg"),
                 "--report", str(report)])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert "zones → ZoningElement: read 3, written 0, skipped 3" in err
    assert "'Ж9' maps to no value" in err
    assert err.rstrip().splitlines()[-1].startswith("plu: error: ") and "nothing was imported" in err
    saved = json.loads(report.read_text(encoding="utf-8"))
    assert saved["totals"] == {"read": ogr_count(shp), "written": 0, "skipped": ogr_count(shp)}
    assert saved["layers"][0]["skipped_by_reason"][0]["features"] == ["#0", "#1", "#2"]
    assert not (tmp_path / "plan.gpkg").exists()


def test_inspect_names_a_broken_prj_and_keeps_long_values_short(tmp_path, capsys):
    rows = [({"ID": "Z1", "KOD": "Жм", "NOTE": "Устройствени правила " * 10}, square(0))]
    from osgeo import ogr

    shp = make_shapefile(tmp_path / "data", rows, fields=(("ID", ogr.OFTString), ("KOD", ogr.OFTString),
                                                          ("NOTE", ogr.OFTString)))
    shp.with_suffix(".prj").write_text("GEOGCS[nonsense", encoding="ascii")
    assert main(["import", str(shp), "--inspect"]) == 0
    out = capsys.readouterr().out
    assert "zones: Polygon, 1 features, a CRS that cannot be read (" in out
    (note,) = [line for line in out.splitlines() if line.startswith("  NOTE")]
    assert len(note) < 100 and note.endswith("… (1)")


@pytest.mark.parametrize("text,message", [
    ("", r"odd\.yaml: the mapping file is empty"),
    ("# only a comment\n", r"odd\.yaml: the mapping file is empty"),
    ("version: 1\nnamespace: !!python/object/apply:os.system ['echo PWNED']\nlayers: []\n",
     r"odd\.yaml:2: not a valid YAML document: could not determine a constructor"),
    ("version: 1\nnamespace: x\na: &a [lol, lol, lol]\nb: [*a, *a, *a]\n", r"aliases \(\*name\) are not allowed"),
    ("- just\n- a list\n", r"odd\.yaml: \(top level\): .* is not of type 'object'"),
])
def test_hostile_or_empty_mapping_files(tmp_path, capsys, text, message):
    import re

    shp = sofia_shapefile(tmp_path / "data")
    (tmp_path / "odd.yaml").write_text(text, encoding="utf-8")
    assert main(["import", str(shp), "-m", str(tmp_path / "odd.yaml"), "-o", str(tmp_path / "p.gpkg")]) == 2
    err = capsys.readouterr().err
    assert re.search(message, err) and "Traceback" not in err and "PWNED" not in err
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("crs,message", [("99999", "EPSG:99999 is not a CRS PROJ knows"),
                                         ("-5", "EPSG:-5 is not a CRS PROJ knows"),
                                         ("Sofia", "argument --crs: invalid int value: 'Sofia'")])
def test_crs_nonsense(tmp_path, capsys, crs, message):
    shp = sofia_shapefile(tmp_path / "data")
    with pytest.raises(SystemExit) if crs == "Sofia" else _nothing():
        code = main(["import", str(shp), "-m", str(odd_mapping(tmp_path)), "-o", str(tmp_path / "p.gpkg"),
                     "--crs", crs])
        assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "p.gpkg").exists()


def _nothing():
    import contextlib

    return contextlib.nullcontext()


def test_a_password_is_never_echoed(tmp_path, capsys):
    for source in ("PG:host=127.0.0.1 port=9 dbname=plans user=nobody password=Tajna-123",
                   "postgresql://nobody:Tajna-123@127.0.0.1:9/plans"):
        for extra in (["--inspect"], ["--inspect", "--format", "shapefile"],
                      ["-m", str(odd_mapping(tmp_path)), "-o", str(tmp_path / "p.gpkg")]):
            assert main(["import", source, *extra]) == 2
            captured = capsys.readouterr()
            assert "Tajna-123" not in captured.err + captured.out
