"""Writes the README's benchmark tables from the runs recorded in ``benchmarks/results/``.

    python benchmarks/readme_tables.py           # rewrite README.md between its bench markers
    python benchmarks/readme_tables.py --check   # exit 1 if README.md is not what the records give

A block ``<!-- bench:NAME [NAME…] -->`` … ``<!-- /bench:NAME -->`` in the README is replaced by one line
per record saying how, when, where and under what load it was measured, and its table; records with the
same columns share one table.  A figure in a README table is so always one that a recorded run printed
(``--record`` on any benchmark, see ``benchmarks/recording.py``), or one marked as transcribed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import recording

README = recording.ROOT / "README.md"
BLOCK = re.compile(r"<!-- bench:(?P<names>[^>]+?) -->\n.*?<!-- /bench:(?P<end>\S+) -->", re.DOTALL)


def _load(record: dict) -> str:
    if "load" in record:  # a transcribed record says the load as the text it was given in
        return str(record["load"])
    before, after = record["load_before"][0], record["load_after"][0]
    return f"{before:.2f} before, {after:.2f} after (1 min)"


def caption(record: dict) -> str:
    """One line: the command, the date, the machine and the load of a record, and where it comes from."""
    cpu = record["machine"].get("cpu")
    where = f"{record['machine']['cores']} cores" + (f" ({cpu})" if cpu else "")
    commit = f", commit {record['commit']}" if record.get("commit") else ""
    if record.get("source", "measured") == "measured":
        how = "Recorded run"
    else:
        how = f"{record['source'][0].upper()}{record['source'][1:]}, not re-run"
    return f"*{how}:* `{record['command']}` — {record['date']}{commit}, {where}, load average {_load(record)}."


def _table(header: list[str], align: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(cells) + " |" for cells in [header, align, *rows]]


def block(records: list[dict]) -> str:
    """The text between a block's markers: captions and tables, the records in the marker's order."""
    groups: list[list[dict]] = []
    for record in records:
        if groups and groups[-1][0]["header"] == record["header"]:
            groups[-1].append(record)
        else:
            groups.append([record])
    parts = []
    for group in groups:
        lines, first = [], 1
        for record in group:
            last = first + len(record["rows"]) - 1
            rows = "" if len(group) == 1 else (f"Row {first}: " if first == last else f"Rows {first}–{last}: ")
            lines.append(rows + caption(record))
            first = last + 1
        rows = [row for record in group for row in record["rows"]]
        parts.append("\n".join(lines) + "\n\n" + "\n".join(_table(group[0]["header"], group[0]["align"], rows)))
    return "\n\n".join(parts)


def render(readme: str, results: Path) -> str:
    """The README with every bench block written from the records in ``results``."""

    def replace(match: re.Match[str]) -> str:
        names = match["names"].split()
        if match["end"] != names[0]:
            raise SystemExit(f"<!-- bench:{match['names']} --> is closed by <!-- /bench:{match['end']} -->")
        missing = [n for n in names if not (results / f"{n}.json").is_file()]
        if missing:
            raise SystemExit(f"no record for {', '.join(missing)} in {results} (run the benchmark with --record)")
        records = [json.loads((results / f"{n}.json").read_text(encoding="utf-8")) for n in names]
        return f"<!-- bench:{match['names']} -->\n\n{block(records)}\n\n<!-- /bench:{names[0]} -->"

    return BLOCK.sub(replace, readme)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the README is up to date")
    parser.add_argument("--readme", type=Path, default=README)
    parser.add_argument("--results", type=Path, default=recording.RESULTS)
    args = parser.parse_args(argv)
    text = args.readme.read_text(encoding="utf-8")
    new = render(text, args.results)
    if args.check:
        if new != text:
            print(
                f"{args.readme} differs from the records in {args.results}: run benchmarks/readme_tables.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if new != text:
        args.readme.write_text(new, encoding="utf-8")
        print(f"{args.readme} rewritten from {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
