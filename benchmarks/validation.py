"""Validation speed and memory on generated plans of 1k, 10k and 100k zoning elements (run by hand).

    python benchmarks/validation.py               # 1000 10000 100000
    python benchmarks/validation.py 1000 10000    # chosen sizes
    python benchmarks/validation.py --markdown --repeat 3   # the table in docs/validation.md

Each measurement runs in its own process so peak memory (max RSS) is that
step's alone.  The reference is plain lxml: parse the whole file and validate
it against the same compiled XSDs (``XMLSchema.validate(etree.parse(f))``),
measured in the same run on the same file; the ratio is full validation time
divided by that.  Generated plans are EPSG:3046 grids that pass every rule.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CACHE = Path(os.environ.get("PLU_BENCH_DIR", Path(tempfile.gettempdir()) / "plu-bench"))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def plan_file(zones: int) -> Path:
    from exporters.gml_writer import write_gml
    from plu_model.synthetic import GeneratedPlan

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"generated-{zones}.gml"
    if not path.exists():
        write_gml(path, GeneratedPlan(zones, crs=3046))
    return path


def _child(kind: str, path: str) -> dict:
    """One measurement in this (fresh) process."""
    from lxml import etree

    from validators.xsd import iter_xsd_findings, load_schema

    schema = load_schema()
    base = _peak_mb()
    t = time.perf_counter()
    if kind == "lxml":
        ok = schema.validate(etree.parse(path, etree.XMLParser(huge_tree=True)))
        out = {"ok": bool(ok)}
    elif kind == "xsd-stream":
        out = {"ok": not list(iter_xsd_findings(path, schema))}
    else:
        from validators import ValidationOptions, validate

        report = validate(path, ValidationOptions(profile="bg"))
        out = {"ok": report.valid, "findings": len(report.findings), "timings": report.timings,
               "rules": [f.rule for f in report.findings][:5]}
    out["seconds"] = time.perf_counter() - t
    out["peak_mb"] = _peak_mb()
    out["baseline_mb"] = base
    return out


def measure(kind: str, path: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True,
                          check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _best(kind: str, path: Path, repeat: int) -> dict:
    """The fastest of ``repeat`` runs (a shared machine only ever adds time), with the highest peak memory."""
    runs = [measure(kind, path) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["seconds"])
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    best["all_seconds"] = [round(r["seconds"], 2) for r in runs]
    return best


def run(sizes: list[int], repeat: int = 1) -> list[dict]:
    rows = []
    for n in sizes:
        path = plan_file(n)
        lxml_ = _best("lxml", path, repeat)
        stream = _best("xsd-stream", path, repeat)
        full = _best("full", path, repeat)
        rows.append({"zones": n, "mb": path.stat().st_size / 1e6, "lxml": lxml_, "stream": stream, "full": full})
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


FAMILIES = ("read", "xml", "inspire", "geometry", "topology", "reference", "semantic")


def markdown(rows: list[dict]) -> str:
    head = ("| zones | file MB | plain lxml XSD s (peak MB) | streaming XSD s (peak MB) | full validation s (peak MB) "
            "| ratio full ÷ plain XSD | " + " | ".join(f"{f} s" for f in FAMILIES) + " |")
    sep = "|" + "---|" * (6 + len(FAMILIES))
    lines = [head, sep]
    for r in rows:
        t = r["full"]["timings"]
        lines.append(
            f"| {r['zones']:,} | {r['mb']:.0f} | {r['lxml']['seconds']:.2f} ({r['lxml']['peak_mb']:.0f}) "
            f"| {r['stream']['seconds']:.2f} ({r['stream']['peak_mb']:.0f}) "
            f"| {r['full']['seconds']:.2f} ({r['full']['peak_mb']:.0f}) "
            f"| {r['full']['seconds'] / r['lxml']['seconds']:.1f}× | "
            + " | ".join(f"{t.get(f, 0.0):.2f}" for f in FAMILIES) + " |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest is reported")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return
    rows = run(args.sizes, args.repeat)
    print(markdown(rows) if args.markdown else json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
