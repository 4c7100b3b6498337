"""The README's benchmark tables are what the recorded runs in ``benchmarks/results/`` give, and nothing else."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from conftest import ROOT

# benchmarks/ holds services.py and register.py: on sys.path for longer than these imports it would
# hide the services and register packages from every test collected after this one
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import printed_results
    import readme_tables
    import recording
finally:
    sys.path.remove(str(ROOT / "benchmarks"))

README = ROOT / "README.md"
RESULTS = ROOT / "benchmarks" / "results"


@pytest.fixture
def copy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the README and of the records, to change freely."""
    shutil.copy(README, tmp_path / "README.md")
    shutil.copytree(RESULTS, tmp_path / "results")
    return tmp_path / "README.md", tmp_path / "results"


def test_the_readme_is_what_the_records_give() -> None:
    assert readme_tables.main(["--check"]) == 0


def test_every_record_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    shown = {name for match in readme_tables.BLOCK.finditer(text) for name in match["names"].split()}
    assert shown == {p.stem for p in RESULTS.glob("*.json")}


def test_the_tables_are_written_the_same_way_each_time() -> None:
    text = README.read_text(encoding="utf-8")
    once = readme_tables.render(text, RESULTS)
    assert readme_tables.render(text, RESULTS) == once
    assert readme_tables.render(once, RESULTS) == once


def test_a_changed_record_changes_the_readme(copy: tuple[Path, Path]) -> None:
    readme, results = copy
    path = results / "startup.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["rows"][1][1] = "9.87 s"
    record["load_before"][0] = 12.34
    path.write_text(recording.dumps(record), encoding="utf-8")
    assert readme_tables.main(["--check", "--readme", str(readme), "--results", str(results)]) == 1
    assert readme_tables.main(["--readme", str(readme), "--results", str(results)]) == 0
    text = readme.read_text(encoding="utf-8")
    assert "| `plu --help` | 9.87 s |" in text
    assert "load average 12.34 before" in text
    assert text != README.read_text(encoding="utf-8")
    assert readme_tables.main(["--check", "--readme", str(readme), "--results", str(results)]) == 0


def test_a_block_without_its_record_is_refused(copy: tuple[Path, Path]) -> None:
    readme, results = copy
    (results / "startup.json").unlink()
    with pytest.raises(SystemExit, match="no record for startup"):
        readme_tables.main(["--check", "--readme", str(readme), "--results", str(results)])


def test_records_with_the_same_columns_share_a_table() -> None:
    def record(cell: str, load: float) -> dict:
        return {
            "command": f"python b.py {cell}",
            "date": "2026-01-01 00:00 UTC",
            "commit": None,
            "machine": {"cpu": "X", "cores": 2},
            "load_before": [load],
            "load_after": [load],
            "source": "measured",
            "header": ["a", "b"],
            "align": ["---", "---:"],
            "rows": [[cell, "1"], [cell, "2"]],
        }

    text = readme_tables.block([record("one", 1.0), record("two", 2.0)]).splitlines()
    assert text[0].startswith("Rows 1–2: *Recorded run:* `python b.py one`")
    assert text[1].startswith("Rows 3–4: *Recorded run:* `python b.py two`")
    assert text[3:] == ["| a | b |", "| --- | ---: |", "| one | 1 |", "| one | 2 |", "| two | 1 |", "| two | 2 |"]


def test_a_transcribed_record_says_so() -> None:
    record = json.loads((RESULTS / "register-2026-12-04.json").read_text(encoding="utf-8"))
    assert record["source"] == "transcribed from README of 2026-12-04"
    assert readme_tables.caption(record).startswith("*Transcribed from README of 2026-12-04, not re-run:*")


def test_the_last_table_of_a_run_is_recorded_with_its_conditions(tmp_path: Path, monkeypatch, capsys) -> None:
    def main() -> int:
        print("| x | y |\n|---|---|\n| 0 | 0 |\n\nsome text")
        print("| zones | time |\n| ---: | --- |\n| 1,000 | 0.5 s |\n| 2,000 | 1.0 s |\n\nload 1.0")
        return 3

    monkeypatch.setattr(recording, "RESULTS", tmp_path)
    monkeypatch.setattr(sys, "argv", ["benchmarks/fake.py", "--zones", "5", "--record=fake-run"])
    assert recording.run(main, "fake") == 3
    record = json.loads((tmp_path / "fake-run.json").read_text(encoding="utf-8"))
    assert sys.argv == ["benchmarks/fake.py", "--zones", "5"]
    assert record["command"].endswith("fake.py --zones 5")
    assert record["header"] == ["zones", "time"] and record["align"] == ["---:", "---"]
    assert record["rows"] == [["1,000", "0.5 s"], ["2,000", "1.0 s"]]
    assert record["source"] == "measured" and record["machine"]["cores"] >= 1
    assert len(record["load_before"]) == 3 and len(record["load_after"]) == 3
    assert "| 2,000 | 1.0 s |" in capsys.readouterr().out  # the run still shows its output


def test_without_record_nothing_is_written(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(recording, "RESULTS", tmp_path)
    monkeypatch.setattr(sys, "argv", ["benchmarks/fake.py"])
    assert recording.run(lambda: print("| a |\n|---|\n| 1 |"), "fake") == 0
    assert list(tmp_path.iterdir()) == []


def test_a_run_without_a_table_records_nothing(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(recording, "RESULTS", tmp_path)
    monkeypatch.setattr(sys, "argv", ["benchmarks/fake.py", "--record"])
    assert recording.run(lambda: print('{"zones": 1}'), "fake") == 1
    assert list(tmp_path.iterdir()) == []


REGISTER_OUTPUT = """\
scale: 10 plans × 10 zones = 100 zoning elements (stored in 1.0 s)
at: {'queries': 300, 'hits': 183, 'p50_ms': 3.81, 'p95_ms': 24.5}
add of a 5000-zone plan: {'add_validate_and_store_s': 12.0, 'validate_only_s': 9.0, 'add_store_only_s': 6.0, \
'of_which_gml_read_s': 4.5, 'of_which_database_s': 1.5, 'ogr2ogr_s': 2.0, 'ratio_with_validation': 6.0, \
'ratio_validate_vs_ogr2ogr': 4.5, 'ratio_store_vs_ogr2ogr': 3.0, 'ratio_database_vs_ogr2ogr': 0.75, 'stored': 'x'}
open a 5000-zone plan: {'open_geopackage_s': 1.0, 'open_from_register_s': 1.25, 'ratio': 1.25}
"""


def test_the_register_table_is_read_from_what_register_py_prints() -> None:
    table = printed_results.register_table(REGISTER_OUTPUT)
    assert table["rows"] == [
        [
            "10 plans / 100 zones",
            "`at` p50 / p95 (300 random points and dates; 183 hits)",
            "3.8 / 24.5 ms",
            "—",
            "(p95 ≤ 20 ms) missed",
        ],
        [
            "5,000-zone plan",
            "`add` as the command runs it (validation + store)",
            "12.0 s",
            "`ogr2ogr -f PostgreSQL` 2.0 s",
            "6.0× (2×) missed",
        ],
        ["5,000-zone plan", "of which the validation alone (`plu validate`)", "9.0 s", "2.0 s", "4.5×"],
        [
            "5,000-zone plan",
            "the store alone: GML read + database part, no validation",
            "6.0 s (read 4.5 s, database 1.5 s)",
            "2.0 s",
            "3.0×; database 0.8×",
        ],
        [
            "5,000-zone plan",
            "open in the desktop (interleaved, medians)",
            "1.2 s",
            "its GeoPackage 1.0 s",
            "1.25× (1.5×)",
        ],
    ]
    assert len(table["align"]) == len(table["header"]) == 5


SERVICES_OUTPUT = """\
scale: 100 plans, 100000 zoning elements
load generator: wrk; uptime: 4.0 3.0 2.0
WMS GetMap 1024×768 whole city: {"requests": 4, "p50_ms": 600.0, "p95_ms": 800.0, "per_s": 1.5, "errors": 0}
  CPU ms per map: {"QGIS Server": 520.0, "PostgreSQL": 60.0, "pygeoapi": 0.0} ; uptime: 4.0 3.0 2.0
OGC API items bbox, ZoningElement: {"requests": 500, "p50_ms": 200.0, "p95_ms": 400.0, "per_s": 210.0, "errors": 0}
  CPU ms per request (ZoningElement): {"PostgreSQL": 3.1}
OGC API items bbox, baseline: {"requests": 50, "p50_ms": 7000.0, "p95_ms": 8000.0, "per_s": 5.8, "errors": 0}
  CPU ms per request (baseline): {"PostgreSQL": 9.0}
"""


def test_the_services_table_is_read_from_what_services_py_prints() -> None:
    table = printed_results.services_table(SERVICES_OUTPUT)
    assert table["rows"] == [
        [
            "100,000 zones",
            "WMS GetMap 1024×768 of the whole city, p50 / p95 (CPU ms per map: QGIS Server 520, PostgreSQL 60)",
            "0.60 / 0.80 s",
            "—",
            "(p95 ≤ 1 s) met",
        ],
        [
            "100,000 zones",
            "OGC API items, bbox, p50 / p95 (CPU ms per request: PostgreSQL 3.1)",
            "200 / 400 ms (210 req/s)",
            "pygeoapi's OGR provider: 7,000 / 8,000 ms (5.8 req/s)",
            "0.05× (p95 ≤ 200 ms) missed",
        ],
    ]


def test_a_table_edited_by_hand_is_caught(copy: tuple[Path, Path]) -> None:
    readme, results = copy
    text = readme.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `plu --help` |"))
    readme.write_text(text.replace(row, row.replace(" s |", " ms |", 1)), encoding="utf-8")
    assert readme.read_text(encoding="utf-8") != text
    assert readme_tables.main(["--check", "--readme", str(readme), "--results", str(results)]) == 1
