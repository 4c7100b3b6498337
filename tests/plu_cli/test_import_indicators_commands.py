"""``plu import`` and ``plu indicators`` as a person uses them from a terminal."""

from __future__ import annotations

import csv
import io
import json

from plan_sources import DXF_MAPPING, SHAPEFILE_MAPPING, make_dxf, make_shapefile_folder

from conftest import SAMPLE
from plu_cli.main import main
from plu_model.geopackage import open_plan


def test_import_a_shapefile_folder_with_a_report(tmp_path, capsys):
    folder = make_shapefile_folder(tmp_path / "data")
    (tmp_path / "m.yaml").write_text(SHAPEFILE_MAPPING, encoding="utf-8")
    out, report = tmp_path / "plan.gpkg", tmp_path / "report.json"
    code = main(["--lang", "bg", "import", str(folder), "--mapping", str(tmp_path / "m.yaml"), "--out", str(out),
                 "--report", str(report)])
    assert code == 1  # written, but two source features were skipped
    err = capsys.readouterr().err
    from plu_model.i18n import catalogue

    zones = catalogue("bg")[("plu_model.class_names", "ZoningElement")]  # the target class by its Bulgarian name
    assert f"zones → {zones}: прочетени 9, записани 7, пропуснати 2" in err
    assert "задължителен атрибут" in err
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["totals"] == {"read": 12, "written": 10, "skipped": 2}
    assert data["layers"][0]["skipped_by_reason"][0]["examples"]
    assert len(open_plan(out).zoning_elements) == 7


def test_import_a_drawing_cleanly(tmp_path, capsys):
    dxf = make_dxf(tmp_path / "plan.dxf")
    (tmp_path / "cad.yaml").write_text(DXF_MAPPING, encoding="utf-8")
    assert main(["import", str(dxf), "-m", str(tmp_path / "cad.yaml"), "-o", str(tmp_path / "cad.gpkg")]) == 0
    assert "Total: read 5, written 5, skipped 0" in capsys.readouterr().err


def test_import_foreign_gml_needs_no_mapping(tmp_path, capsys):
    from conftest import DATA

    out = tmp_path / "foreign.gpkg"
    assert main(["import", str(DATA / "importing" / "foreign_featurecollection.gml"), "--out", str(out)]) == 0
    assert open_plan(out).counts()["ZoningElement"] == 2


def test_inspect_lists_layers_fields_and_values(tmp_path, capsys):
    dxf = make_dxf(tmp_path / "plan.dxf")
    assert main(["import", str(dxf), "--inspect"]) == 0
    out = capsys.readouterr().out
    assert "entities: Unknown (any), 12 features, no CRS" in out
    assert "Жм 60% 1,2 40% 10м (1)" in out


def test_unusable_input_is_one_line_and_exit_2(tmp_path, capsys):
    dxf = make_dxf(tmp_path / "plan.dxf")
    assert main(["import", str(dxf), "--out", str(tmp_path / "x.gpkg")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("plu: error: ") and "needs a mapping file" in err and "Traceback" not in err
    assert main(["import", str(dxf), "--mapping", str(tmp_path / "none.yaml"), "--out", str(tmp_path / "x.gpkg")]) == 2
    assert "no such mapping file" in capsys.readouterr().err
    assert not (tmp_path / "x.gpkg").exists()


def test_indicators_csv_json_and_html(tmp_path, capsys):
    assert main(["indicators", str(SAMPLE)]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    total = next(r for r in rows if r["grouping"] == "total")
    assert int(total["zones"]) == 35
    assert main(["indicators", str(SAMPLE), str(SAMPLE), "--name", "A", "--name", "B", "--format", "json",
                 "--hilucs-level", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in data["plans"]] == ["A", "B"]
    assert all(r["code"].count("_") == 0 for r in data["comparison_by_hilucs"])  # level 1 only
    out = tmp_path / "r.html"
    assert main(["indicators", str(SAMPLE), "--format", "html", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["indicators", str(SAMPLE), "--format", "html"]) == 2
