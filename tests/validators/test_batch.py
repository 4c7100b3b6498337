"""Many plans at once (``validators.batch``): same findings as one by one, crashes kept to their plan, clean stops."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from plu_model.errors import PluInputError
from plu_model.findings import Severity
from validators import ValidationOptions, validate
from validators.batch import (
    PlanInput,
    SummaryRow,
    find_plans,
    report_names,
    summary_row,
    summary_table,
    validate_many,
    worst_exit_code,
)

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "data" / "broken"
BROKEN_CASES = ("geom_empty.gml", "xml_not_well_formed.gml", "dc_b1_validity.gml", "code_unknown.gml")


@pytest.fixture(scope="module")
def plan_folder(tmp_path_factory, sample_path) -> Path:
    """Six plans in a tree: the sample as GML and as a plan file, four broken cases in a sub-folder, and clutter."""
    from exporters import EXPORTERS
    from plu_model.readers import open_source

    folder = tmp_path_factory.mktemp("plans")
    (folder / "area" / "north").mkdir(parents=True)
    shutil.copy(sample_path, folder / "sample.gml")
    EXPORTERS.get("plu-gpkg").func(open_source(sample_path), folder / "area" / "sample.gpkg")
    for i, name in enumerate(BROKEN_CASES):
        target = folder / "area" / ("north" if i % 2 else "") / name.replace(".gml", ".GML" if i == 3 else ".gml")
        shutil.copy(BROKEN / name, target)
    (folder / "notes.txt").write_text("не е план", encoding="utf-8")
    (folder / "area" / "map.pdf").write_bytes(b"%PDF-1.4")
    return folder


def _options() -> ValidationOptions:
    return ValidationOptions(profile="bg")


def test_a_folder_is_searched_for_plans_in_a_stable_order(plan_folder):
    plans = find_plans([plan_folder])
    assert [p.name for p in plans] == [
        "sample.gml", "area/dc_b1_validity.gml", "area/geom_empty.gml", "area/sample.gpkg",
        "area/north/code_unknown.GML", "area/north/xml_not_well_formed.gml",
    ]
    assert plans[3].path == plan_folder / "area" / "sample.gpkg"
    assert find_plans([plan_folder]) == plans  # same order every time


def test_each_plan_is_listed_once_and_a_file_is_kept_whatever_its_name(plan_folder):
    again = find_plans([plan_folder / "sample.gml", plan_folder, plan_folder / "notes.txt"])
    assert [p.path for p in again].count(plan_folder / "sample.gml") == 1
    assert again[0] == PlanInput(plan_folder / "sample.gml", "sample.gml")
    assert again[-1].path == plan_folder / "notes.txt"  # named explicitly: the validator says what is wrong


def test_a_folder_without_plans_is_an_error_in_both_languages(tmp_path):
    (tmp_path / "empty" / "деца").mkdir(parents=True)
    with pytest.raises(PluInputError) as err:
        find_plans([tmp_path / "empty"])
    assert "empty" in str(err.value) and ".gml" in str(err.value)
    assert "няма план" in err.value.message("bg")


def test_a_link_loop_does_not_hang_the_search(tmp_path, sample_path):
    (tmp_path / "a").mkdir()
    shutil.copy(sample_path, tmp_path / "a" / "p.gml")
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [p.name for p in find_plans([tmp_path])] == ["a/p.gml"]


def test_report_names_keep_the_plans_suffix_and_never_collide():
    plans = [PlanInput(Path("a/x.gml"), "x.gml"), PlanInput(Path("b/x.gml"), "x.gml"),
             PlanInput(Path("a/x.gpkg"), "x.gpkg"), PlanInput(Path("c/X.GML"), "X.GML"),
             PlanInput(Path("d/sub/y.gml"), "sub/y.gml")]
    assert report_names(plans, ".json") == ["x.gml.json", "x.gml-2.json", "x.gpkg.json", "X.GML-3.json",
                                            "sub/y.gml.json"]


def test_every_plan_gets_the_findings_it_gets_alone(plan_folder):
    plans = find_plans([plan_folder])
    together = list(validate_many(plans, _options(), jobs=2))
    assert [plan for plan, _ in together] == plans  # the given order, whatever order they finished in
    for plan, report in together:
        alone = validate(plan.path, _options())
        assert report.findings == alone.findings, plan.name
        assert [f.location for f in report.findings] == [f.location for f in alone.findings], plan.name
        assert (report.verdict, report.source, report.counts) == (alone.verdict, alone.source, alone.counts)
    verdicts = {plan.name: report.verdict for plan, report in together}
    assert verdicts["area/north/xml_not_well_formed.gml"] == "unusable"
    assert verdicts["area/geom_empty.gml"] == "invalid"


def _crash_on_empty(path: Path, options: ValidationOptions):  # type: ignore[no-untyped-def]
    """A worker that dies the hard way on one plan (as under the kernel's memory killer)."""
    if "geom_empty" in path.name:
        os.kill(os.getpid(), signal.SIGKILL)
    if "dc_b1" in path.name:
        raise MemoryError("no room for this plan")
    return validate(path, options)


def test_a_plan_that_kills_its_worker_is_unusable_and_the_others_are_checked(plan_folder):
    plans = find_plans([plan_folder])
    reports = dict(validate_many(plans, _options(), jobs=2, runner=_crash_on_empty))
    by_name = {plan.name: report for plan, report in reports.items()}
    crashed = by_name["area/geom_empty.gml"]
    assert crashed.verdict == "unusable"
    [finding] = crashed.findings
    assert finding.rule == "READ.UNUSABLE" and finding.severity == Severity.FATAL
    assert "SIGKILL" in finding.message_en and "SIGKILL" in finding.message_bg
    assert finding.file == str(plan_folder / "area" / "geom_empty.gml")
    failed = by_name["area/dc_b1_validity.gml"]
    assert failed.verdict == "unusable" and "MemoryError: no room for this plan" in failed.findings[0].message_en
    sample = by_name["sample.gml"]
    assert sample.findings == validate(plan_folder / "sample.gml", _options()).findings


def _slow_after_the_first(path: Path, options: ValidationOptions):  # type: ignore[no-untyped-def]
    if path.name != "sample.gml":
        time.sleep(60)
    return validate(path, options)


def test_stopping_early_ends_every_worker(plan_folder):
    import multiprocessing

    plans = find_plans([plan_folder])
    results = validate_many(plans, _options(), jobs=2, runner=_slow_after_the_first)
    first, _ = next(results)
    assert first.name == "sample.gml"
    assert len(multiprocessing.active_children()) == 2  # the next two plans, still being checked
    started = time.monotonic()
    results.close()
    assert multiprocessing.active_children() == []
    assert time.monotonic() - started < 30  # not the minute the workers would sleep


CTRL_C_SCRIPT = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    import validators.batch as batch

    def slow(path, options):
        with open({pids!r}, "a") as f:
            f.write(f"{{os.getpid()}}\\n")
        time.sleep(60)

    batch.validate = slow
    from plu_cli.main import main
    sys.exit(main(["--lang", "en", "validate", "--jobs", "2", {folder!r}]))
""")


def test_ctrl_c_stops_the_command_and_all_its_workers(plan_folder, tmp_path):
    pids = tmp_path / "pids"
    script = CTRL_C_SCRIPT.format(root=str(ROOT), pids=str(pids), folder=str(plan_folder))
    proc = subprocess.Popen([sys.executable, "-c", script], start_new_session=True, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not pids.exists() or len(pids.read_text().split()) < 2):
        time.sleep(0.05)
    workers = [int(p) for p in pids.read_text().split()]
    assert len(workers) == 2
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl+C: the whole group
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert "Traceback" not in err and "plu: interrupted" in err
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()


def test_summary_table_and_worst_exit_code():
    rows = [SummaryRow("a.gml", "valid", 0, 2), SummaryRow("поддиректория/б.gml", "incomplete", 0, 0),
            SummaryRow("c.gpkg", "invalid", 3, 1)]
    assert worst_exit_code(rows) == 1
    assert worst_exit_code(rows[:2]) == 3
    assert worst_exit_code(rows + [SummaryRow("d.gml", "unusable", 1, 0)]) == 2
    assert worst_exit_code([]) == 0
    en = summary_table(rows, "en").splitlines()
    assert en[0].split() == ["plan", "verdict", "errors", "warnings"]
    assert en[4].split() == ["c.gpkg", "not", "valid", "3", "1"]
    assert en[-1] == "plans: 3 — not valid: 1, incomplete: 1, valid: 1"
    bg = summary_table(rows, "bg")
    assert "поддиректория/б.gml  непълна проверка" in bg and "предупреждения" in bg


def test_summary_row_counts_folded_findings_in_full(plan_folder):
    report = validate(plan_folder / "sample.gml", _options())
    row = summary_row(PlanInput(plan_folder / "sample.gml", "sample.gml"), report)
    assert row.plan == str(plan_folder / "sample.gml")
    errors = sum(f.count for f in report.findings if f.severity >= Severity.ERROR)
    warnings = sum(f.count for f in report.findings if f.severity == Severity.WARNING)
    assert (row.errors, row.warnings, row.verdict) == (errors, warnings, report.verdict)
