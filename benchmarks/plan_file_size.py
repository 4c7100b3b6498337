"""Benchmark: how much the kept source elements add to a plan file, packed and unpacked.

Run by hand (not in CI):  .venv/bin/python benchmarks/plan_file_size.py [--zones 10000]

A generated plan (plu_model.synthetic.GeneratedPlan) is written as GML and read back, so
every feature keeps its element; the plan file is then written three ways: without kept
elements (what ``plu import`` stores), with them as plain text (plan files before the
elements were packed), and packed (zlib + base64, ``plu_model.source_xml.pack``).
The numbers are in docs/exchange.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from unittest import mock

import recording

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporters.gml_writer import write_gml  # noqa: E402
from plu_model import geopackage  # noqa: E402
from plu_model.gml_reader import GmlReader  # noqa: E402
from plu_model.synthetic import GeneratedPlan  # noqa: E402


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 2**20:.1f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--zones", type=int, default=10_000)
    zones = parser.parse_args().zones
    with tempfile.TemporaryDirectory() as tmp:
        gml = Path(tmp) / "plan.gml"
        write_gml(gml, GeneratedPlan(zones))
        print(f"{zones} zones, GML {_size(gml)}")
        bare = GmlReader(gml, keep_source=False).read()
        geopackage.save_dataset(Path(tmp) / "bare.gpkg", bare)
        data = GmlReader(gml).read()
        with mock.patch.object(geopackage, "pack", lambda xml: xml):
            geopackage.save_dataset(Path(tmp) / "plain.gpkg", data)
        geopackage.save_dataset(Path(tmp) / "packed.gpkg", data)
        sizes = {name: (Path(tmp) / f"{name}.gpkg").stat().st_size / 2**20 for name in ("bare", "plain", "packed")}
        print("| zones | GML | plan file without kept elements | with them unpacked | with them packed "
              "| packed ÷ without |\n| ---: | ---: | ---: | ---: | ---: | ---: |")
        print(f"| {zones:,} | {_size(gml)} | {sizes['bare']:.1f} MiB | {sizes['plain']:.1f} MiB "
              f"| {sizes['packed']:.1f} MiB | {sizes['packed'] / sizes['bare']:.2f}× |")


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "plan_file_size"))
