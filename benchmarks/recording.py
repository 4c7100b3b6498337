"""A benchmark run kept as a record: its table, the command, when, on what machine, under what load.

Every script in ``benchmarks/`` ends with ``raise SystemExit(recording.run(main, "NAME"))``.  With
``--record`` (or ``--record=OTHER`` for a second record of the same script) on its command line, the run's
own printed output is kept: the last markdown table it prints (or what its ``table`` function reads
from the output) goes to ``benchmarks/results/NAME.json`` with the command, the UTC date, the
machine and the load average before and after.  ``benchmarks/readme_tables.py`` writes the README's
tables from those files, so a figure in the README is always one that a run printed.

The machine running these benchmarks is usually shared, hence the load: a figure means little without it.
"""

from __future__ import annotations

import io
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"

#: a table: "header" (cells), "align" (the rule's cells: "---", "---:"…) and "rows", every cell a string as shown
Table = dict[str, list]


class _Tee(io.TextIOBase):
    """Writes to the terminal and keeps a copy, so recording changes nothing in what a run shows."""

    def __init__(self, out: io.TextIOBase) -> None:
        self.out, self.kept = out, io.StringIO()

    def write(self, text: str) -> int:
        self.kept.write(text)
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


def _split(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def _is_rule(cells: list[str]) -> bool:
    return all(cell and set(cell) <= set(":- ") for cell in cells)


def last_markdown_table(text: str) -> Table | None:
    """The last table of ``| a | b |`` lines with a ``|---|`` rule under its header, or None."""
    found: Table | None = None
    lines = text.splitlines()
    for i in range(len(lines) - 1):
        head, rule = lines[i].strip(), lines[i + 1].strip()
        if head.startswith("|") and rule.startswith("|") and _is_rule(_split(rule)):
            rows = []
            for line in lines[i + 2 :]:
                if not line.strip().startswith("|"):
                    break
                rows.append(_split(line))
            found = {"header": _split(head), "align": [cell.replace(" ", "") for cell in _split(rule)], "rows": rows}
    return found


def machine() -> dict[str, object]:
    """The CPU model and core count: a time is only comparable to one taken on the same machine."""
    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": model, "cores": os.cpu_count()}


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _commit() -> str | None:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.stdout.strip() or None


def write_record(
    name: str, table: Table, command: str, load_before: list[float], load_after: list[float], folder: Path | None = None
) -> Path:
    """``folder/name.json`` (``benchmarks/results`` by default) holding the table and what it was measured under."""
    record = {
        "name": name,
        "command": command,
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "machine": machine(),
        "load_before": load_before,
        "load_after": load_after,
        "source": "measured",
        **table,
    }
    folder = folder or RESULTS
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(dumps(record), encoding="utf-8")
    return path


def dumps(record: dict) -> str:
    """JSON with one line per key and per table row: a new run's diff shows which figures moved."""

    def one(value: object) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = []
    for key, value in record.items():
        if key == "rows":
            rows = ",\n".join(f"  {one(row)}" for row in value)
            lines.append(f" {one(key)}: [\n{rows}\n ]")
        else:
            lines.append(f" {one(key)}: {one(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _record_option(argv: list[str], default: str) -> tuple[list[str], str | None]:
    """``argv`` without ``--record``/``--record=NAME``, and the record's name (None: not recording)."""
    rest, name = [], None
    for arg in argv:
        if arg == "--record":
            name = default
        elif arg.startswith("--record="):
            name = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return rest, name


def run(main: Callable[[], int | None], name: str, table: Callable[[str], Table | None] = last_markdown_table) -> int:
    """``main()``, recorded as ``benchmarks/results/NAME.json`` when ``--record`` is given; its exit code."""
    if "-h" in sys.argv or "--help" in sys.argv:
        print("--record[=NAME]: keep this run's table in benchmarks/results/NAME.json (see benchmarks/README.md)")
    sys.argv[1:], record = _record_option(sys.argv[1:], name)
    if record is None:
        return main() or 0
    command = shlex.join(["python", os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]])
    before, out = _load(), sys.stdout
    sys.stdout = tee = _Tee(out)
    try:
        code = main() or 0
    finally:
        sys.stdout = out
    found = table(tee.kept.getvalue())
    if not found or not found["rows"]:
        print(
            f"--record: no table in the output of {command} (see its --markdown option); nothing recorded",
            file=sys.stderr,
        )
        return code or 1
    print(f"recorded in {write_record(record, found, command, before, _load())}")
    return code
