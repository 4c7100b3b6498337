"""``plu validate`` on several plans or a folder: one report per plan, a summary table, the worst exit code."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from plu_cli.main import main

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"
CASES = ("geom_empty.gml", "xml_not_well_formed.gml", "dc_b1_validity.gml", "topo_gap.gml", "id_empty.gml")
#: the worst verdict first, as a person reads "worst" (the exit codes are not in that order: 3 is better than 1)
WORST_FIRST = (2, 1, 3, 0)


@pytest.fixture
def folder(tmp_path, sample_path) -> Path:
    """Six plans: the sample and five broken cases, two of them one folder down."""
    plans = tmp_path / "планове"
    (plans / "sub").mkdir(parents=True)
    shutil.copy(sample_path, plans / "sample.gml")
    for i, name in enumerate(CASES):
        shutil.copy(BROKEN / name, plans / ("sub" if i < 2 else "") / name)
    return plans


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _alone(capsys, path: Path) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "validate", str(path), "--profile", "bg", "--format", "json")
    return code, json.loads(out)


def test_a_folder_gives_one_json_report_per_plan_with_the_findings_of_each_alone(capsys, folder, tmp_path):
    out_dir = tmp_path / "reports"
    code, out, _ = run(capsys, "validate", str(folder), "--profile", "bg", "--jobs", "2",
                       "--format", "json", "-o", str(out_dir))
    written = sorted(p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*.json"))
    assert written == sorted(["sample.gml.json", "sub/geom_empty.gml.json", "sub/xml_not_well_formed.gml.json",
                              "dc_b1_validity.gml.json", "topo_gap.gml.json", "id_empty.gml.json"])
    codes = []
    for name in written:
        plan = folder / name.removesuffix(".json")
        alone_code, alone = _alone(capsys, plan)
        codes.append(alone_code)
        together = json.loads((out_dir / name).read_text(encoding="utf-8"))
        assert together["findings"] == alone["findings"], name
        assert (together["verdict"], together["exit_code"]) == (alone["verdict"], alone["exit_code"]), name
        assert together["source"]["path"] == str(plan)
    assert code == min(codes, key=WORST_FIRST.index) == 2  # the not-well-formed file is unusable
    table = out.splitlines()
    assert table[0].split() == ["plan", "verdict", "errors", "warnings"]
    rows = {line.split()[0]: line.split()[1:] for line in table[2:-1]}
    assert len(rows) == 6
    assert rows[str(folder / "sub" / "xml_not_well_formed.gml")][0] == "unusable"
    assert rows[str(folder / "topo_gap.gml")][:1] == ["valid"] and rows[str(folder / "topo_gap.gml")][-1] != "0"
    assert table[-1].startswith("plans: 6 — unusable: 1")


def test_the_text_report_lists_each_plan_in_order_then_the_table(capsys, folder):
    files = [folder / "topo_gap.gml", folder / "sample.gml", folder / "sub" / "geom_empty.gml"]
    code, out, _ = run(capsys, "validate", *map(str, files), "--profile", "bg", "-j", "2")
    assert code == 1  # geom_empty has an error; nothing is unusable
    verdict_lines = [line for line in out.splitlines() if line.startswith(str(folder)) and " — " in line]
    assert [line.split(":")[0] for line in verdict_lines] == [str(f) for f in files]
    assert "error   GEOM.EMPTY" in out and "warning TOPO.GAP" in out
    assert out.splitlines()[-1] == "plans: 3 — not valid: 1, valid: 2"


def test_html_and_junit_reports_go_one_per_plan_into_the_folder(capsys, folder, tmp_path):
    for fmt, ext in (("html", ".html"), ("junit", ".xml")):
        out_dir = tmp_path / fmt
        code, _, _ = run(capsys, "validate", str(folder / "sample.gml"), str(folder / "sub"), "--format", fmt,
                         "-o", str(out_dir), "--profile", "bg")
        assert code == 2
        assert sorted(p.name for p in out_dir.iterdir()) == sorted(
            ["sample.gml" + ext, "geom_empty.gml" + ext, "xml_not_well_formed.gml" + ext])


def test_several_plans_in_json_need_a_folder_for_the_reports(capsys, folder):
    code, out, err = run(capsys, "validate", str(folder), "--format", "json")
    assert code == 2 and out == ""
    assert "-o DIR" in err
    code = main(["--lang", "bg", "validate", str(folder), "--format", "json"])
    assert code == 2 and "посочете папка" in capsys.readouterr().err


def test_a_folder_without_plans_and_a_bad_job_count_are_usage_errors(capsys, tmp_path):
    (tmp_path / "празна").mkdir()
    code, _, err = run(capsys, "validate", str(tmp_path / "празна"))
    assert code == 2 and "празна: no .gml or .gpkg plan" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as exc:
        run(capsys, "validate", str(tmp_path), "--jobs", "0")
    assert exc.value.code == 2 and "'0' is not a whole number of 1 or more" in capsys.readouterr().err


def test_a_missing_file_among_several_is_an_unusable_plan_not_a_stop(capsys, folder, tmp_path):
    code, out, _ = run(capsys, "validate", str(folder / "sample.gml"), str(tmp_path / "няма.gml"), "--profile", "bg")
    assert code == 2
    assert "fatal   XML.MISSING" in out
    assert out.splitlines()[-1] == "plans: 2 — unusable: 1, valid: 1"


def test_reports_of_several_plans_need_a_folder_not_a_file(capsys, folder, tmp_path):
    taken = tmp_path / "report.json"
    taken.write_text("{}", encoding="utf-8")
    code, out, err = run(capsys, "validate", str(folder), "-o", str(taken))
    assert code == 2 and out == "" and "report.json is a file" in err
    assert taken.read_text(encoding="utf-8") == "{}"
