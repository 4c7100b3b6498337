"""Validation speed and memory on generated plans of 1k, 10k and 100k zoning elements (run by hand).

    python benchmarks/validation.py               # 1000 10000 100000
    python benchmarks/validation.py 1000 10000    # chosen sizes
    python benchmarks/validation.py --markdown --repeat 3   # the table in docs/validation.md
    python benchmarks/validation.py 10000 --floor           # what any Python validator pays at least
    python benchmarks/validation.py 10000 --before ../main   # old code against this one, interleaved
    python benchmarks/validation.py 10000 --stages [--before ../main]   # CPU time per stage (and per process)
    python benchmarks/validation.py 10000 --split --repeat 3  # one process against two, interleaved

Each measurement runs in its own process so peak memory (max RSS) is that
step's alone.  The reference is plain lxml: parse the whole file and validate
it against the same compiled XSDs (``XMLSchema.validate(etree.parse(f))``),
measured in the same run on the same file; the ratio is full validation time
divided by that.  Generated plans are EPSG:3046 grids that pass every rule.

``--floor`` measures, on the same file, the least a validator written in
Python over lxml must spend, each as a ratio to plain lxml XSD: libxml2's
streaming parse alone, the parse with each element visited once from Python,
the parse with libxml2's own in-stream XSD check (the cheapest XSD check there
is, though it stops at the first error and gives no line), and the parse with
each zoning element turned into model objects by a decoder that knows this
file's exact layout and checks nothing.  A validator has to do at least an XSD
check and the decoding, so their sum bounds its ratio from below before any
rule has run.
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

import recording

#: the code measured: this checkout, or the one named by PLU_BENCH_CODE (``--before`` sets it for the old code)
ROOT = Path(os.environ.get("PLU_BENCH_CODE") or Path(__file__).resolve().parents[1])
sys.path.insert(0, str(ROOT))

CACHE = Path(os.environ.get("PLU_BENCH_DIR", Path(tempfile.gettempdir()) / "plu-bench"))


def _peak_mb() -> float:
    """This process's peak resident memory plus its largest child's (the background XSD check):
    an upper bound of what the run needed at once."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024.0


def _children_cpu() -> float:
    """CPU time of this process's finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the background XSD check): on a shared
    machine the wall time depends on the other users, the CPU time far less."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime + _children_cpu()


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
    cpu = _cpu_seconds()
    t = time.perf_counter()
    if kind == "lxml":
        ok = schema.validate(etree.parse(path, etree.XMLParser(huge_tree=True)))
        out = {"ok": bool(ok)}
    elif kind == "xsd-stream":
        out = {"ok": not list(iter_xsd_findings(path, schema))}
    elif kind == "stages":
        out = {"ok": True, "items": _stages(path)}
    elif kind in FLOOR:
        out = {"ok": True, "items": _floor(kind, path)}
    else:
        from validators import ValidationOptions, engine, validate

        options = ValidationOptions(profile="bg")
        if kind == "full-one":
            options = ValidationOptions(profile="bg", parallel_xsd_bytes=None)
        elif kind == "full-two":  # whatever the load: the comparison is on the same machine, interleaved
            engine.core_to_spare = lambda *args: True
            options = ValidationOptions(profile="bg", parallel_xsd_bytes=0)
        report = validate(path, options)
        out = {"ok": report.valid, "findings": len(report.findings), "timings": report.timings,
               "rules": [f.rule for f in report.findings][:5]}
    out["seconds"] = time.perf_counter() - t
    out["cpu_seconds"] = _cpu_seconds() - cpu
    out["peak_mb"] = _peak_mb()
    out["baseline_mb"] = base
    return out


#: the floor measurements, each a streaming parse that frees every feature once done
FLOOR = {
    "parse": "libxml2 streaming parse, nothing else",
    "sax-xsd": "parse with libxml2's in-stream XSD check (stops at the first error, no lines)",
    "visit": "parse, and every element visited once from Python",
    "decode": "parse, and each zoning element decoded into model objects (no checks)",
}


#: the stages of a full validation, measured one after another in one process (``--stages``)
STAGES = {
    "lxml": "plain lxml XSD (the reference)",
    "xsd": "XSD check feature by feature (now only for a file the in-stream check refuses)",
    "stream": "libxml2's in-stream XSD check in the reader's parse",
    "read": "reading the GML into model objects",
    "raw": "raw-XML INSPIRE rules in the reader's pass",
    "rules": "model rules, cross-feature rules (topology, references), engine",
    "full": "full validation, XSD in this process",
    "main": "full validation in two processes: the reading process (the path wall time waits for)",
    "child": "full validation in two processes: the XSD and raw-XML rules process",
}


def _stages(path: str) -> dict[str, float | None]:
    """CPU seconds of each stage (best of two), the later ones as differences of nested runs.

    Code from before the in-stream check has no ``stream`` stage; its full validation ran the
    feature-by-feature XSD check, so that is what its ``rules`` are measured apart from.
    """
    import inspect

    from lxml import etree

    from plu_model.gml_reader import GmlReader
    from validators import ValidationOptions, validate
    from validators.profiles import load_profile
    from validators.xml_checks import GmlXmlChecks
    from validators.xsd import iter_xsd_findings, load_schema

    schema = load_schema()
    in_stream = "schema" in inspect.signature(GmlReader.__init__).parameters

    def cpu(run) -> float:
        times = []
        for _ in range(2):
            start = time.process_time()
            run()
            times.append(time.process_time() - start)
        return min(times)

    def read(raw: bool, checked: bool) -> None:
        hook = GmlXmlChecks(path, None, load_profile("bg"), ValidationOptions(profile="bg"), {}) if raw else None
        extra = {"schema": schema} if checked else {}
        try:
            reader = GmlReader(path, on_feature=hook, build_sources=False, **extra)
        except TypeError:  # the code before build_sources: it built them in validation too
            reader = GmlReader(path, on_feature=hook)
        for _ in reader.features():
            if hook is not None:
                hook.take()

    def split() -> tuple[float, float]:
        """CPU seconds of this process and of the second one, validating with the second one from 0 bytes
        (whatever the machine's load: this is about CPU, not about wall time)."""
        from validators import engine

        if hasattr(engine, "core_to_spare"):
            engine.core_to_spare = lambda *args: True
        runs = []
        for _ in range(2):
            start, child = time.process_time(), _children_cpu()
            validate(path, ValidationOptions(profile="bg", parallel_xsd_bytes=0))
            runs.append((time.process_time() - start, _children_cpu() - child))
        return min(runs)

    got: dict[str, float | None] = {
        "lxml": cpu(lambda: schema.validate(etree.parse(path, etree.XMLParser(huge_tree=True)))),
        "xsd": cpu(lambda: list(iter_xsd_findings(path, schema))),
        "read": cpu(lambda: read(False, False)),
        "read+stream": cpu(lambda: read(False, True)) if in_stream else None,
        "read+raw": cpu(lambda: read(True, in_stream)),
        "full": cpu(lambda: validate(path, ValidationOptions(profile="bg", parallel_xsd_bytes=None))),
    }
    got["main"], got["child"] = split()
    if in_stream:
        got["stream"] = got["read+stream"] - got["read"]
        got["raw"] = got["read+raw"] - got["read+stream"]
        got["rules"] = got["full"] - got["read+raw"]
    else:
        got["stream"] = None
        got["raw"] = got["read+raw"] - got["read"]
        got["rules"] = got["full"] - got["xsd"] - got["read+raw"]
    return got


def stages(sizes: list[int], before: str | None) -> str:
    """The stage table: CPU seconds and ratio to plain lxml XSD, for the old code too with ``--before``."""
    codes = {"before": before, "after": None} if before else {"this code": None}
    lines = ["| zones | stage | " + " | ".join(f"{k}: CPU s (× plain XSD)" for k in codes) + " |",
             "|---|---|" + "---|" * len(codes)]
    for n in sizes:
        path = plan_file(n)
        got = {k: measure("stages", path, code)["items"] for k, code in codes.items()}
        for key, label in STAGES.items():
            cells = ["—" if g.get(key) is None else f"{g[key]:.2f}" + ("" if key == "lxml" else f" ({g[key] / g['lxml']:.1f}×)")
                     for g in got.values()]
            lines.append(f"| {n:,} | {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _floor(kind: str, path: str) -> int:
    """One floor measurement; returns how many items it handled (a check that it did the work)."""
    from lxml import etree

    from plu_model.xml_names import q

    features = [q("plu", c) for c in ("SpatialPlan", "ZoningElement", "SupplementaryRegulation",
                                       "OfficialDocumentation")]
    decode = _zone_decoder() if kind == "decode" else None
    zone_tag = q("plu", "ZoningElement")
    extra = {}
    if kind == "sax-xsd":
        from validators.xsd import load_schema

        extra["schema"] = load_schema()
    n = 0
    for _event, el in etree.iterparse(path, tag=features, huge_tree=True, **extra):
        if kind == "visit":
            for _node in el.iter():
                n += 1
        elif decode is not None and el.tag == zone_tag:
            decode(el)
            n += 1
        elif kind in ("parse", "sax-xsd"):
            n += 1
        el.clear()
        parent = el.getparent()
        while el.getprevious() is not None:
            del parent[0]
    return n


def _zone_decoder():
    """A decoder for the generated plan's zoning elements only: what building the model costs at the least."""
    import numpy as np
    import shapely

    from plu_model.features import ZoningElement
    from plu_model.temporal import parse_datetime
    from plu_model.values import DimensioningIndicationMeasureValue, DimensioningIndicationRealValue, Identifier
    from plu_model.voidable import Nil
    from plu_model.xml_names import GML_ID, XLINK_HREF, XSI_NIL, q

    pos_list = q("gml", "posList")

    def identifier(el):
        ident = el[0]
        return Identifier(local_id=ident[0].text, namespace=ident[1].text)

    def geometry(el):
        coords = np.array(next(el.iter(pos_list)).text.split(), dtype=float).reshape(-1, 2)[:, ::-1]
        return shapely.multipolygons([shapely.polygons(coords)])

    def href(el):
        return el.get(XLINK_HREF)

    def dimensioning(el):
        value = el[0]
        ref, number = value[0].text, value[1]
        uom = number.get("uom")
        if uom:
            return DimensioningIndicationMeasureValue(ref, float(number.text), uom)
        return DimensioningIndicationRealValue(ref, float(number.text))

    def lifespan(el):
        return parse_datetime(el.text)

    handlers = {q("plu", k): v for k, v in {
        "inspireId": ("inspire_id", identifier, False), "geometry": ("geometry", geometry, False),
        "hilucsLandUse": ("hilucs_land_use", href, True), "specificLandUse": ("specific_land_use", href, True),
        "beginLifespanVersion": ("begin_lifespan_version", lifespan, False),
        "hilucsPresence": ("hilucs_presence", None, False), "specificPresence": ("specific_presence", None, False),
        "regulationNature": ("regulation_nature", href, False),
        "processStepGeneral": ("process_step_general", href, False),
        "backgroundMap": ("background_map", None, False),
        "dimensioningIndication": ("dimensioning_indication", dimensioning, True),
        "officialDocument": ("official_document", href, True), "plan": ("plan", href, False),
    }.items()}

    def decode(el):
        values: dict = {}
        for child in el:
            name, read, many = handlers[child.tag]
            value = Nil(child.get("nilReason")) if child.get(XSI_NIL) == "true" else read(child)
            if many:
                values.setdefault(name, []).append(value)
            else:
                values[name] = value
        return ZoningElement(gml_id=el.get(GML_ID), **values)

    return decode


def floor(sizes: list[int], repeat: int) -> str:
    """The floor table: each measurement's time as a ratio to plain lxml XSD on the same file."""
    lines = ["| zones | plain lxml XSD s | streaming XSD s (ours, per feature) | "
             + " | ".join(f"{k}: {v} s (ratio)" for k, v in FLOOR.items()) + " | floor: cheapest XSD + decode (ratio) |",
             "|" + "---|" * (4 + len(FLOOR))]
    for n in sizes:
        path = plan_file(n)
        ref = _best("lxml", path, repeat)["seconds"]
        stream = _best("xsd-stream", path, repeat)["seconds"]
        got = {k: _best(k, path, repeat)["seconds"] for k in FLOOR}
        # the cheapest XSD check plus decoding, the parse counted once: no rule has run yet
        bound = min(stream, got["sax-xsd"]) + got["decode"] - got["parse"]
        lines.append(f"| {n:,} | {ref:.2f} | {stream:.2f} | "
                     + " | ".join(f"{got[k]:.2f} ({got[k] / ref:.1f}×)" for k in FLOOR)
                     + f" | {bound:.2f} ({bound / ref:.1f}×) |")
    return "\n".join(lines)


def measure(kind: str, path: Path, code: str | None = None) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if code:
        env["PLU_BENCH_CODE"] = code
    proc = subprocess.run([sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True,
                          check=True, env=env)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _best(kind: str, path: Path, repeat: int, code: str | None = None) -> dict:
    """The fastest of ``repeat`` runs (a shared machine only ever adds time), with the highest peak memory."""
    runs = [measure(kind, path, code) for _ in range(repeat)]
    best = min(runs, key=lambda r: r["seconds"])
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    best["all_seconds"] = [round(r["seconds"], 2) for r in runs]
    best["cpu_seconds"] = min(r["cpu_seconds"] for r in runs)
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


def interleaved(sizes: list[int], repeat: int, sides: dict[str, tuple[str, str | None]]) -> str:
    """Full validation two ways (``sides``: a label → the measurement's kind and the code it runs),
    interleaved run by run on the same file, plain lxml XSD measured between them: a table of the best
    wall time and CPU of each (CPU counts the second processes), each as a ratio to plain lxml XSD."""
    (first, one), (second, two) = sides.items()
    labels = (first, second)
    lines = [f"| zones | plain lxml XSD s | {first}: s (ratio) | {second}: s (ratio) "
             f"| {first}: CPU s (ratio) | {second}: CPU s (ratio) |", "|---|---|---|---|---|---|"]
    for n in sizes:
        path = plan_file(n)
        runs: dict[str, list[dict]] = {"lxml": [], first: [], second: []}
        for _ in range(repeat):
            runs[first].append(measure(one[0], path, one[1]))
            runs["lxml"].append(measure("lxml", path))
            runs[second].append(measure(two[0], path, two[1]))
        best = {k: min(r["seconds"] for r in v) for k, v in runs.items()}
        cpu = {k: min(r["cpu_seconds"] for r in v) for k, v in runs.items()}
        print(json.dumps({"zones": n, **{k: [round(r["seconds"], 2) for r in v] for k, v in runs.items()}}),
              file=sys.stderr, flush=True)
        lines.append(f"| {n:,} | {best['lxml']:.2f} "
                     + " ".join(f"| {best[k]:.2f} ({best[k] / best['lxml']:.1f}×)" for k in labels)
                     + " " + " ".join(f"| {cpu[k]:.2f} ({cpu[k] / cpu['lxml']:.1f}×)" for k in labels) + " |")
    return "\n".join(lines)


FAMILIES = ("read", "xml", "inspire", "geometry", "topology", "reference", "semantic")


def markdown(rows: list[dict]) -> str:
    head = ("| zones | file MB | plain lxml XSD s (peak MB) | streaming XSD s (peak MB) | full validation s (peak MB) "
            "| ratio full ÷ plain XSD | CPU s full / plain XSD (ratio) | "
            + " | ".join(f"{f} s" for f in FAMILIES) + " |")
    sep = "|" + "---|" * (7 + len(FAMILIES))
    lines = [head, sep]
    for r in rows:
        t = r["full"]["timings"]
        lines.append(
            f"| {r['zones']:,} | {r['mb']:.0f} | {r['lxml']['seconds']:.2f} ({r['lxml']['peak_mb']:.0f}) "
            f"| {r['stream']['seconds']:.2f} ({r['stream']['peak_mb']:.0f}) "
            f"| {r['full']['seconds']:.2f} ({r['full']['peak_mb']:.0f}) "
            f"| {r['full']['seconds'] / r['lxml']['seconds']:.1f}× "
            f"| {r['full']['cpu_seconds']:.2f} / {r['lxml']['cpu_seconds']:.2f} "
            f"({r['full']['cpu_seconds'] / r['lxml']['cpu_seconds']:.1f}×) | "
            + " | ".join(f"{t.get(f, 0.0):.2f}" for f in FAMILIES) + " |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest is reported")
    parser.add_argument("--floor", action="store_true", help="measure the floor instead (see above)")
    parser.add_argument("--stages", action="store_true", help="CPU time per stage of a full validation")
    parser.add_argument("--before", metavar="CHECKOUT",
                        help="also validate with the code of this checkout, interleaved (a before/after table)")
    parser.add_argument("--split", action="store_true",
                        help="full validation in one process against two, interleaved (see interleaved)")
    parser.add_argument("--child", nargs=2, metavar=("KIND", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(*args.child)))
        return
    if args.floor:
        print(floor(args.sizes, args.repeat))
        return
    if args.stages:
        print(stages(args.sizes, args.before))
        return
    if args.split:
        print(interleaved(args.sizes, args.repeat, {"one process": ("full-one", None),
                                                    "two processes": ("full-two", None)}))
        return
    if args.before:
        print(interleaved(args.sizes, args.repeat, {"before": ("full", args.before), "after": ("full", None)}))
        return
    rows = run(args.sizes, args.repeat)
    print(markdown(rows) if args.markdown else json.dumps(rows, indent=1))


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "validation"))
