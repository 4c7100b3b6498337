"""Start-up time of ``plu`` against importing its three base libraries (run by hand, not in the test suite).

    python benchmarks/startup.py [--repeat 5] [--markdown]

Each command runs in a fresh interpreter, as a user's shell would start it; the reference,
``python -c "import lxml, shapely, numpy"``, runs in the same loop, interleaved, so a busy machine
slows both alike.  Compiled bytecode is kept in a temporary folder for the run (``PYTHONPYCACHEPREFIX``;
an installed package has its ``.pyc`` files too), whatever ``PYTHONDONTWRITEBYTECODE`` says.  Reported as medians and as the ratio of the medians (targets in issue 15:
``plu --help`` at most 1.5×, ``plu info`` on the sample plan at most 2.5×).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import recording

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"

REFERENCE = ("import lxml, shapely, numpy", [sys.executable, "-c", "import lxml, shapely, numpy"])
COMMANDS = (
    ("plu --help", ["--help"], 1.5),
    ("plu info sample.gml", ["info", str(SAMPLE)], 2.5),
    ("plu validate --help", ["validate", "--help"], None),
)


def _seconds(cmd: list[str], cache: str) -> float:
    """Wall-clock time of one fresh process; its output is discarded, a failure stops the benchmark."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PLU_LANG="en", PYTHONPYCACHEPREFIX=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(repeat: int) -> dict[str, float]:
    """Median wall time per label, every command and the reference interleaved in each round."""
    runs: dict[str, list[float]] = {REFERENCE[0]: []}
    runs.update({label: [] for label, _, _ in COMMANDS})
    plu = [sys.executable, "-m", "plu_cli"]
    with tempfile.TemporaryDirectory(prefix="plu-startup-") as cache:
        for cmd in [REFERENCE[1]] + [plu + args for _, args, _ in COMMANDS]:
            _seconds(cmd, cache)  # warm the file cache and compile once; not counted
        for _ in range(repeat):
            runs[REFERENCE[0]].append(_seconds(REFERENCE[1], cache))
            for label, args, _ in COMMANDS:
                runs[label].append(_seconds(plu + args, cache))
    return {label: statistics.median(times) for label, times in runs.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per command (median reported)")
    parser.add_argument("--markdown", action="store_true", help="print README table rows")
    args = parser.parse_args()
    medians = measure(args.repeat)
    ref = medians[REFERENCE[0]]
    over = False
    if args.markdown:
        print("| command | time | reference | ratio | target |\n| --- | ---: | ---: | ---: | ---: |")
    rows = [(REFERENCE[0], ref, 1.0, None)] + [(lbl, medians[lbl], medians[lbl] / ref, tgt) for lbl, _, tgt in COMMANDS]
    for label, secs, ratio, target in rows:
        mark = "" if target is None else (" ok" if ratio <= target else f" ABOVE {target}×")
        over |= target is not None and ratio > target
        if args.markdown:
            print(f"| `{label}` | {secs:.2f} s | {ref:.2f} s | {ratio:.1f}× | {'—' if target is None else f'≤ {target}×'} |")
        else:
            print(f"{label:28} {secs:6.3f} s  {ratio:4.1f}×{mark}")
    return 1 if over else 0


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "startup"))
