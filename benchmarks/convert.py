"""Benchmark: time and peak memory of ``plu convert`` beside ``ogr2ogr`` on the same data.

Run by hand (not in CI):  .venv/bin/python benchmarks/convert.py [--sizes 10000 100000] [--runs 3]

For each size it generates a plan (plu_model.synthetic.GeneratedPlan) as a GeoPackage plan
file and as GML, then measures, each command in a fresh process:

* ``plu convert plan.gml out.gpkg``   vs ``ogr2ogr -f GPKG out.gpkg plan.gml`` (OGR's GML driver)
* ``plu convert plan.gpkg out.gml``   vs ``ogr2ogr -f GML out.gml plan.gpkg``

Each pair runs ``--runs`` times, ours and ``ogr2ogr`` taking turns, and the medians are
compared, so a neighbour's load spike does not decide the ratio; the load average is printed.
``--baseline DIR`` also runs ``plu convert`` from another checkout (e.g. the main branch) in
the same turns, on the same files, for a before/after ratio.

``ogr2ogr`` writes generic GML (no INSPIRE structure, no XSD-valid PLU) and so does less
work; it is the reference for "how fast can this machine move these features at all".
Its GML driver writes a ``.gfs`` file (the schema it worked out) beside a GML it reads and reuses
it the next time, about a third faster at 100k zones; each run here deletes it first, so every
run of both tools meets the file as a new delivery (``plu convert`` keeps nothing between runs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import recording

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exporters.gml_writer import write_gml  # noqa: E402
from plu_model.geopackage import write_plan  # noqa: E402
from plu_model.synthetic import GeneratedPlan  # noqa: E402

_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.perf_counter()\n"
    "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
    "dt = time.perf_counter() - t\n"
    "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(r.returncode, dt, u.ru_maxrss, u.ru_utime + u.ru_stime)\n"
    "sys.stderr.write(r.stderr.decode(errors='replace')[-2000:])\n"
)


def measure(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Wall time (s), peak resident memory (MiB) and CPU time (s) of one command, in a fresh process.

    CPU time is what a busy machine disturbs least: the wall-time ratio of a long Python run
    against a short C one grows with the load (both get a share of the cores, for different times).
    """
    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, cwd=cwd)
    code, seconds, rss_kib, cpu = out.stdout.split()
    if code != "0":
        raise RuntimeError(f"{' '.join(cmd)} failed: {out.stderr}")
    return float(seconds), int(rss_kib) / 1024, float(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="runs of each command, taking turns (median kept)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--baseline", type=Path, help="another checkout whose plu convert takes the same turns")
    args = parser.parse_args()
    plu = [sys.executable, "-m", "plu_cli"]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for n in args.sizes:
            plan = GeneratedPlan(n)
            gpkg, gml = work / f"plan{n}.gpkg", work / f"plan{n}.gml"
            write_plan(gpkg, plan.features(), crs=plan.crs, dataset_id=plan.dataset_id, metadata=plan.metadata)
            write_gml(gml, GeneratedPlan(n))
            cases = [
                ("GML → GeoPackage", plu + ["convert", str(gml), str(work / "a.gpkg")],
                 ["ogr2ogr", "-f", "GPKG", str(work / "b.gpkg"), str(gml)]),
                ("GeoPackage → GML", plu + ["convert", str(gpkg), str(work / "a.gml")],
                 ["ogr2ogr", "-f", "GML", str(work / "b.gml"), str(gpkg)]),
            ]
            for label, ours, ref in cases:
                times: dict[str, list[tuple[float, float, float]]] = {"ours": [], "ref": [], "base": []}
                turns = [("ours", ours, ROOT), ("ref", ref, ROOT)]
                if args.baseline:
                    turns.append(("base", ours, args.baseline.resolve()))
                for _ in range(args.runs):
                    for key, cmd, cwd in turns:
                        # the outputs, and the .gfs OGR's GML driver leaves beside a GML it has read (its
                        # schema, reused on the next read): every run meets the GML as a new delivery
                        for f in [*work.glob("[ab].*"), *work.glob("*.gfs")]:
                            f.unlink()
                        times[key].append(measure(cmd, cwd))
                t_ours, m_ours, c_ours = (statistics.median(x) for x in zip(*times["ours"], strict=True))
                t_ref, m_ref, c_ref = (statistics.median(x) for x in zip(*times["ref"], strict=True))
                rows.append({
                    "zones": n, "direction": label, "plu_s": round(t_ours, 2), "plu_mib": round(m_ours),
                    "ogr2ogr_s": round(t_ref, 2), "ogr2ogr_mib": round(m_ref),
                    "time_ratio": round(t_ours / t_ref, 2), "memory_ratio": round(m_ours / m_ref, 2),
                    "plu_cpu_s": round(c_ours, 2), "ogr2ogr_cpu_s": round(c_ref, 2), "cpu_ratio": round(c_ours / c_ref, 2),
                    "gml_mib": round(os.path.getsize(gml) / 2**20),
                    "runs": args.runs, "load": round(os.getloadavg()[0], 1),
                })
                if args.baseline:
                    t_base, m_base, c_base = (statistics.median(x) for x in zip(*times["base"], strict=True))
                    rows[-1].update({"baseline_s": round(t_base, 2), "baseline_cpu_s": round(c_base, 2),
                                     "baseline_mib": round(m_base), "baseline_time_ratio": round(t_base / t_ref, 2),
                                     "baseline_cpu_ratio": round(c_base / c_ref, 2)})
                print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    print()
    print(f"medians of {args.runs} runs each; load average at the end {os.getloadavg()[0]:.1f}")
    print("| zones | direction | plu convert | ogr2ogr | time ratio | CPU plu / ogr2ogr | peak memory plu / ogr2ogr |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        print(f"| {r['zones']:,} | {r['direction']} | {r['plu_s']} s | {r['ogr2ogr_s']} s | {r['time_ratio']}× | "
              f"{r['plu_cpu_s']} / {r['ogr2ogr_cpu_s']} s ({r['cpu_ratio']}×) | "
              f"{r['plu_mib']} / {r['ogr2ogr_mib']} MiB ({r['memory_ratio']}×) |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "convert"))
