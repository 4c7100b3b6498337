"""``plu validate`` and ``plu fix`` on the command line: formats, profiles, skips and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from lxml import etree

from plu_cli.main import main

BROKEN = Path(__file__).resolve().parents[1] / "data" / "broken"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_valid_plan_exits_0(capsys, sample_path):
    # the text report is the command's output (stdout), so 'plu validate X > r.txt' keeps it
    code, err, _ = run(capsys, "validate", str(sample_path), "--profile", "bg")
    assert code == 0
    assert "valid — 0 fatal, 0 errors, 0 warnings" in err and "profile bg" in err


def test_errors_exit_1_and_are_listed(capsys):
    code, err, _ = run(capsys, "validate", str(BROKEN / "topo_overlap.gml"))
    assert code == 1
    assert "error   TOPO.OVERLAP" in err and "tests/data/broken/topo_overlap.gml:48" in err


def test_warnings_alone_exit_0(capsys):
    code, err, _ = run(capsys, "validate", str(BROKEN / "topo_gap.gml"))
    assert code == 0 and "warning TOPO.GAP" in err


@pytest.mark.parametrize("target", ["missing.gml", "xml_not_well_formed.gml", "read_plu30.gml"])
def test_unusable_input_exits_2(capsys, tmp_path, target):
    path = BROKEN / target if (BROKEN / target).exists() else tmp_path / target
    code, err, _ = run(capsys, "validate", str(path))
    assert code == 2
    assert "could not be checked" in err


def test_usage_errors_exit_2(capsys):
    assert run(capsys, "validate", str(BROKEN / "valid_base.gml"), "--skip", "NO.SUCH.RULE")[0] == 2
    assert run(capsys, "validate", str(BROKEN / "valid_base.gml"), "--profile", "atlantis")[0] == 2
    assert run(capsys, "validate")[0] == 2


def test_skipping_a_rule_or_family_changes_the_verdict(capsys):
    path = str(BROKEN / "topo_overlap.gml")
    assert run(capsys, "validate", path, "--skip", "TOPO.OVERLAP")[0] == 0
    assert run(capsys, "validate", path, "--skip", "topology")[0] == 0
    assert run(capsys, "validate", path, "--skip", "TOPO.")[0] == 0


def test_tolerance_decides_what_an_overlap_is(capsys):
    path = str(BROKEN / "topo_narrow_overlap.gml")
    assert run(capsys, "validate", path)[0] == 0
    assert run(capsys, "validate", path, "--tolerance", "0")[0] == 1


def test_profile_limits(capsys):
    path = str(BROKEN / "profile_limit_exceeded.gml")
    assert run(capsys, "validate", path)[0] == 0  # no national rules without a profile
    code, err, _ = run(capsys, "validate", path, "--profile", "bg")
    assert code == 1 and "PROFILE.LIMIT_EXCEEDED" in err and "Наредба № 7, чл. 19, ал. 1" in err


def test_json_to_stdout_and_html_and_junit_to_files(capsys, tmp_path):
    path = str(BROKEN / "topo_overlap.gml")
    code, out, _ = run(capsys, "validate", path, "--format", "json")
    assert code == 1 and json.loads(out)["summary"]["by_severity"]["error"] == 1
    html = tmp_path / "r.html"
    assert run(capsys, "validate", path, "--format", "html", "-o", str(html))[0] == 1
    assert "Доклад от проверка" in html.read_text(encoding="utf-8")
    junit = tmp_path / "r.xml"
    assert run(capsys, "validate", path, "--format", "junit", "-o", str(junit))[0] == 1
    assert etree.parse(str(junit)).getroot().get("failures") == "1"


def test_bulgarian_messages(capsys):
    code = main(["--lang", "bg", "validate", str(BROKEN / "topo_overlap.gml")])
    err = capsys.readouterr().out
    assert code == 1 and "зоните ZE.a и ZE.b се застъпват" in err and "невалиден" in err


def test_a_plan_file_is_checked_against_the_schema_too(capsys, tmp_path):
    gpkg = tmp_path / "plan.gpkg"
    assert main(["convert", str(BROKEN / "valid_base.gml"), str(gpkg)]) == 0
    code, out, _ = run(capsys, "validate", str(gpkg))
    assert code == 0 and "XSD.NOT_RUN" not in out and ": valid — " in out


def test_rules_are_listed(capsys):
    code, out, _ = run(capsys, "validate", "--rules")
    assert code == 0
    assert "lu-plu-as.a.1" in out and "TOPO.OVERLAP" in out and "PROFILE.LIMIT_EXCEEDED" in out


def test_fix_repairs_and_reports(capsys, tmp_path):
    source = tmp_path / "plan.gml"
    shutil.copy(BROKEN / "pitfall_ring_orientation.gml", source)
    out = tmp_path / "fixed.gml"
    changes = tmp_path / "changes.json"
    code, _, err = run(capsys, "fix", str(source), "-o", str(out), "--changes", str(changes))
    assert code == 0
    assert "errors 1 → 0" in err
    listed = json.loads(changes.read_text(encoding="utf-8"))
    assert listed == [{"step": "orient", "gml_id": "ZE.a", "message": {
        "en": "rings re-oriented (exterior anticlockwise, holes clockwise)",
        "bg": "контурите са преориентирани (външни обратно на часовниковата стрелка, отвори по нея)"}}]
    assert main(["validate", str(out)]) == 0


def test_fix_leaves_what_needs_a_person_and_says_so(capsys, tmp_path):
    out = tmp_path / "fixed.gpkg"
    code, _, err = run(capsys, "fix", str(BROKEN / "topo_overlap.gml"), "-o", str(out))
    assert code == 1 and "TOPO.OVERLAP" in err and out.exists()


def test_fix_of_unusable_input_exits_2(capsys, tmp_path):
    assert run(capsys, "fix", str(BROKEN / "xml_not_well_formed.gml"), "-o", str(tmp_path / "x.gml"))[0] == 2
    assert not (tmp_path / "x.gml").exists()
