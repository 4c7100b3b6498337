"""A municipality's folder of plans in one command: ``plu validate FOLDER`` with one job and with several (run by hand).

    python benchmarks/validate_many.py                       # 20 plans of 200 zones, jobs 1 and 2
    python benchmarks/validate_many.py --plans 500 --zones 100 --jobs 1 2 4 --repeat 3 --markdown

Generated plans (EPSG:3046 grids that pass every rule, as in ``benchmarks/validation.py``) are written
to a temporary folder.  Each measurement is one fresh ``plu validate FOLDER --jobs N`` process; the
reference, in the same run, is what one would do without it: one ``plu validate PLAN`` process per
plan, one after the other.  Medians of ``--repeat`` runs; ratios are to ``--jobs 1``.  CPU time (user +
system, the workers included) is reported beside the wall time: on a machine busy with other work the
wall time of several jobs says little, the CPU time says whether running side by side costs extra work.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import recording

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def make_plans(folder: Path, plans: int, zones: int) -> list[Path]:
    """``plans`` GML files of ``zones`` zones each, in sub-folders of ten (as districts would be)."""
    from exporters.gml_writer import write_gml
    from plu_model.synthetic import GeneratedPlan

    out = []
    for i in range(plans):
        path = folder / f"district-{i // 10:02d}" / f"plan-{i:04d}.gml"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_gml(path, GeneratedPlan(zones, crs=3046, namespace=f"BG.BENCH{i}"))
        out.append(path)
    return out


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


#: compiled bytecode is kept for the run, as an installed package has it (whatever PYTHONDONTWRITEBYTECODE says)
_PYCACHE = tempfile.mkdtemp(prefix="plu-many-pyc-")


def _seconds(args: list[str]) -> tuple[float, float, int]:
    """Wall and CPU seconds of one ``plu validate`` process (its workers included), and its exit code."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PLU_LANG="en", PYTHONPYCACHEPREFIX=_PYCACHE)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cpu, start = _cpu(), time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "plu_cli", "validate", *args], cwd=ROOT, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start, _cpu() - cpu, done.returncode


def measure(folder: Path, files: list[Path], jobs: list[int], repeat: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds per way of checking the folder; a run that finds a fault stops the benchmark."""
    runs: dict[str, list[tuple[float, float]]] = {"one process per plan": []}
    runs.update({f"--jobs {n}": [] for n in jobs})
    _seconds(["--rules"])  # compile once; not counted
    for _ in range(repeat):
        wall = cpu = 0.0
        for f in files:
            w, c, code = _seconds([str(f)])
            if code != 0:
                raise SystemExit(f"{f}: exit code {code}; the generated plans should be valid")
            wall, cpu = wall + w, cpu + c
        runs["one process per plan"].append((wall, cpu))
        for n in jobs:
            w, c, code = _seconds([str(folder), "--jobs", str(n)])
            if code != 0:
                raise SystemExit(f"--jobs {n}: exit code {code}; the generated plans should be valid")
            runs[f"--jobs {n}"].append((w, c))
    return {label: (statistics.median(w for w, _ in times), statistics.median(c for _, c in times))
            for label, times in runs.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=20)
    parser.add_argument("--zones", type=int, default=200, help="zones per plan")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true", help="print README table rows")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="plu-many-") as tmp:
        files = make_plans(Path(tmp), args.plans, args.zones)
        try:
            medians = measure(Path(tmp), files, sorted(set(args.jobs)), args.repeat)
        finally:
            shutil.rmtree(_PYCACHE, ignore_errors=True)
    base = (medians.get("--jobs 1") or next(iter(medians.values())))[0]
    if args.markdown:
        print("| plans | how | wall time | CPU time | wall per plan | speed-up to `--jobs 1` |\n"
              "| --- | --- | ---: | ---: | ---: | ---: |")
    for label, (secs, cpu) in medians.items():
        per_plan = secs / args.plans
        if args.markdown:
            print(f"| {args.plans} × {args.zones} zones | {label} | {secs:.2f} s | {cpu:.2f} s | {per_plan:.3f} s | "
                  f"{base / secs:.2f}× |")
        else:
            print(f"{label:22} {secs:7.2f} s wall {cpu:7.2f} s CPU {per_plan:6.3f} s/plan  "
                  f"speed-up vs --jobs 1: {base / secs:.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "validate_many"))
