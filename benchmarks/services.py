#!/usr/bin/env python3
"""The web services under load, through nginx: OGC API items with a bbox, and WMS GetMap of the whole city.

    QT_QPA_PLATFORM=offscreen python benchmarks/services.py --plans 100 --zones 1000 --clients 50

Issue 12's targets, on a 100,000-zone register (``--plans 100 --zones 1000``): OGC API items with
a bbox, 50 concurrent clients, p95 ≤ 200 ms; WMS GetMap 1024×768 of the whole city p95 ≤ 1 s.
The baseline in the same run is pygeoapi's own OGR provider reading the same register view
(``service_feature``) through GDAL's PostgreSQL driver, behind the same nginx.  Everything runs
in a throw-away private cluster (no fsync); say the scale with any figure you quote.

The load generator shares the machine's cores with the servers, so it should be light: ``wrk``
(Debian package ``wrk``, keep-alive connections, a Lua script cycling through the bbox URLs) when
installed, else Python threads (a new connection per request, several times wrk's CPU).  Each
run prints the CPU each part used per request (nginx, pygeoapi, PostgreSQL — SQL and the GeoJSON
it builds —, QGIS Server, the load generator), read from /proc for the stack's own processes.
``--maps-only`` stops after the maps; ``--live-maps N`` then draws N maps with the register's stored
"in force" table set aside (the answer worked out per map, as before migration 0005: the reference);
``--cluster DIR`` measures an embedded cluster filled before instead of filling a new one (so the
stack of another checkout can be measured on a copy of the same register, interleaved);
``--no-baseline`` skips the OGR provider; ``--ogcapi-processes``/``--ogcapi-threads`` set waitress.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import printed_results
import recording

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _register_bench():  # type: ignore[no-untyped-def]
    """benchmarks/register.py (its name would shadow the register package on a plain import)."""
    spec = importlib.util.spec_from_file_location("register_bench", Path(__file__).with_name("register.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _lon_lat_boxes(boxes, count: int, size: float, crs: int) -> list[tuple[float, float, float, float]]:  # type: ignore[no-untyped-def]
    """``count`` random boxes of ``size`` metres inside the plans, as lon/lat."""
    from osgeo import osr

    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(crs)
    dst.ImportFromEPSG(4326)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    t = osr.CoordinateTransformation(src, dst)
    rnd = random.Random(7)
    out = []
    for _ in range(count):
        x0, y0, side = rnd.choice(boxes)
        x, y = x0 + rnd.random() * max(side - size, 1), y0 + rnd.random() * max(side - size, 1)
        w, s_ = t.TransformPoint(x, y)[:2]
        e, n = t.TransformPoint(x + size, y + size)[:2]
        out.append((w, s_, e, n))
    return out


def _add_baseline(layout, dsn: str) -> None:  # type: ignore[no-untyped-def]
    """A second collection served by pygeoapi's own OGR provider over the same view."""
    import yaml
    from psycopg2.extensions import parse_dsn
    from pygeoapi.openapi import get_oas

    config = yaml.safe_load(layout.ogcapi_config.read_text(encoding="utf-8"))
    pg = " ".join(f"{k}={v}" for k, v in parse_dsn(dsn).items())
    base = dict(config["resources"]["ZoningElement"])
    base["providers"] = [{
        "type": "feature", "name": "OGR", "id_field": "id", "layer": "service_feature",
        "crs": ["http://www.opengis.net/def/crs/OGC/1.3/CRS84"],
        "storage_crs": "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
        "data": {"source_type": "PostgreSQL", "source": f"PG: {pg}", "source_capabilities": {"paging": True},
                 "source_options": {}, "gdal_ogr_options": {}},
    }]
    config["resources"]["baseline"] = base
    layout.ogcapi_config.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    layout.ogcapi_openapi.write_text(yaml.safe_dump(get_oas(config), allow_unicode=True), encoding="utf-8")


def _load_python(base: str, paths: list[str], clients: int) -> dict[str, float]:
    """Fetch every path with ``clients`` concurrent Python threads; latency percentiles in ms."""

    errors = []

    def one(path: str) -> float:
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(base + path, timeout=120) as r:
                r.read()
        except urllib.error.HTTPError as exc:  # e.g. 504: nginx gave up waiting (fastcgi_read_timeout 60 s)
            errors.append(exc.code)
        return (time.perf_counter() - start) * 1000

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        times = sorted(pool.map(one, paths))
    wall = time.perf_counter() - start
    return {"requests": len(times), "p50_ms": statistics.median(times),
            "p95_ms": times[max(0, int(len(times) * 0.95) - 1)], "per_s": len(times) / wall, "errors": len(errors)}


_WRK_SCRIPT = """local paths = {}
for line in io.lines(os.getenv("PLU_PATHS")) do paths[#paths + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests": %d, "p50_ms": %.1f, "p95_ms": %.1f, "per_s": %.1f, "errors": %d}\\n',
    summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6), e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def _load_wrk(base: str, paths: list[str], clients: int, seconds: int, folder: Path) -> dict[str, float]:
    """``wrk`` with ``clients`` keep-alive connections for ``seconds``, cycling through ``paths``."""
    import os
    import subprocess

    (folder / "paths.txt").write_text("\n".join(paths) + "\n", encoding="utf-8")
    (folder / "paths.lua").write_text(_WRK_SCRIPT, encoding="utf-8")
    out = subprocess.run(["wrk", "-t1", f"-c{clients}", f"-d{seconds}s", "--timeout", "60s", "-s",
                          str(folder / "paths.lua"), base], capture_output=True, text=True, check=True,
                         env=dict(os.environ, PLU_PATHS=str(folder / "paths.txt")))
    return json.loads(out.stdout.strip().splitlines()[-1])


def _tree_cpu(roots: dict[int, str]) -> dict[str, float]:
    """CPU seconds used so far by each named process and its children (from /proc)."""
    import os

    ticks = os.sysconf("SC_CLK_TCK")
    parents, cpu = {}, {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        cpu[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    out: dict[str, float] = {}
    for pid, seconds in cpu.items():
        walk = pid
        while walk in parents and walk not in roots and walk > 1:
            walk = parents[walk]
        if walk in roots:
            out[roots[walk]] = out.get(roots[walk], 0.0) + seconds
    return out


def _measured(roots: dict[int, str], run) -> tuple[dict[str, float], dict[str, float]]:  # type: ignore[no-untyped-def]
    """Run the load; its result and the CPU milliseconds per request of each part (the generator's own too)."""
    import os

    before, self_before = _tree_cpu(roots), os.times()
    result = run()
    after, self_after = _tree_cpu(roots), os.times()
    used = {k: after.get(k, 0.0) - before.get(k, 0.0) for k in after}
    used["load generator"] = (self_after.user + self_after.system + self_after.children_user +
                              self_after.children_system) - (self_before.user + self_before.system +
                                                            self_before.children_user + self_before.children_system)
    return result, {k: round(1000 * v / max(result["requests"], 1), 2) for k, v in used.items()}


def _roots(stack, cluster) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """The stack's processes by part (each with its children), and the cluster's postmaster."""
    roots = {}
    for proc in stack.processes:
        name = " ".join(proc.args)
        part = "nginx" if "nginx" in name else "pygeoapi" if "ogcapi_app" in name else "QGIS Server"
        roots[proc.pid] = part
    roots[int((cluster.data / "postmaster.pid").read_text().split()[0])] = "PostgreSQL"
    return roots


def _live_reference(dsn: str, roots: dict[int, str], base: str, wms: str, count: int,
                    stored: dict[str, float]) -> None:
    """The same map with the register's stored answer marked stale: worked out live per map, as before 0005."""
    import psycopg2

    def stale(flag: bool) -> None:
        with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
            cur.execute("UPDATE in_force_state SET stale = %s", (flag,))
        conn.close()

    stale(True)
    try:
        live, cpu = _measured(roots, lambda: _load_python(base, [wms + f"&live={i}" for i in range(count)], 2))
    finally:
        stale(False)
    print("WMS GetMap whole city, live (reference):", json.dumps({k: round(v, 1) for k, v in live.items()}))
    print("  CPU ms per map (live):", json.dumps(cpu, ensure_ascii=False), "; uptime:", _uptime())
    print(f"p50 ratio stored / live: {stored['p50_ms'] / live['p50_ms']:.3f}")


def _plan_boxes(dsn: str) -> list[tuple[float, float, float]]:
    """(x, y, side) of every published plan's extent in its own CRS, for a register filled before."""
    import psycopg2

    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute("SELECT ST_XMin(extent), ST_YMin(extent), greatest(ST_XMax(extent) - ST_XMin(extent), "
                    "ST_YMax(extent) - ST_YMin(extent)) FROM plan_version WHERE status <> 'elaboration'")
        boxes = [tuple(row) for row in cur.fetchall()]
    conn.close()
    return boxes


def _uptime() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=10)
    ap.add_argument("--zones", type=int, default=1000, help="zoning elements per plan")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=500, help="OGC API requests per provider")
    ap.add_argument("--maps", type=int, default=20, help="WMS GetMap requests")
    ap.add_argument("--map-clients", type=int, default=2, help="concurrent GetMap requests")
    ap.add_argument("--bbox-metres", type=float, default=300.0)
    ap.add_argument("--seconds", type=int, default=20, help="how long wrk loads each provider")
    ap.add_argument("--python-load", action="store_true", help="Python threads even when wrk is installed")
    ap.add_argument("--ogcapi-processes", type=int, default=2, help="download-service (waitress) processes")
    ap.add_argument("--ogcapi-threads", type=int, default=8, help="threads per download-service process")
    ap.add_argument("--no-baseline", action="store_true", help="only our provider (the baseline measured in another run)")
    ap.add_argument("--maps-only", action="store_true", help="only the WMS maps (no OGC API load)")
    ap.add_argument("--cluster", type=Path, help="the folder of an embedded cluster already filled: no fill")
    ap.add_argument("--live-maps", type=int, default=0,
                    help="then this many maps with the stored 'in force' table set aside (the reference)")
    args = ap.parse_args(argv)

    from register.cluster import EmbeddedCluster
    from register.provider import RegisterProvider, init_register
    from services.stack import ServiceStack, free_port, write_configuration

    bench = _register_bench()
    folder = Path(tempfile.mkdtemp(prefix="plu-services-bench-"))
    cluster = EmbeddedCluster(args.cluster or folder / "db")
    try:
        if args.cluster:
            dsn = cluster.dsn()
            boxes = _plan_boxes(dsn)
        else:
            dsn = cluster.start_scratch()
            init_register(dsn)
            with RegisterProvider(dsn) as reg:
                boxes = bench.fill(reg, args.plans, args.zones)
        with RegisterProvider(dsn) as reg:
            crs = reg.dataset(reg.plans()[0].ref).crs
            zones = sum(p.counts.get("ZoningElement", 0) for p in reg.plans())
        print(f"scale: {len(boxes)} plans, {zones} zoning elements")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        layout = write_configuration(folder / "stack", dsn, base, f"127.0.0.1:{port}",
                                     ogcapi_processes=args.ogcapi_processes, qgis_processes=2)
        _add_baseline(layout, dsn)
        use_wrk = shutil.which("wrk") is not None and not args.python_load
        print(f"load generator: {'wrk' if use_wrk else 'Python threads'}; uptime:", _uptime())
        with ServiceStack(layout, dsn, ogcapi_threads=args.ogcapi_threads) as stack:
            roots = _roots(stack, cluster)
            # the maps first: the baseline's queued requests go on after wrk stops and would be counted
            xs = [b[0] for b in boxes] + [b[0] + b[2] for b in boxes]
            ys = [b[1] for b in boxes] + [b[1] + b[2] for b in boxes]
            # EPSG:7801 is (northing, easting) in WMS 1.3.0
            bbox = f"{min(ys)},{min(xs)},{max(ys)},{max(xs)}" if crs == 7801 else f"{min(xs)},{min(ys)},{max(xs)},{max(ys)}"
            wms = (f"/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=LU.ZoningElement&STYLES="
                   f"&CRS=EPSG:{crs}&BBOX={bbox}&WIDTH=1024&HEIGHT=768&FORMAT=image/png")
            _load_python(base, [wms + f"&warm={i}" for i in range(6)], 2)
            # each QGIS process reads its project, and its first maps cost seconds more (cold caches)
            paths = [wms + f"&_={i}" for i in range(args.maps)]
            maps, cpu = _measured(roots, lambda: _load_python(base, paths, args.map_clients))
            print("WMS GetMap 1024×768 whole city:",
                  json.dumps({**{k: round(v, 1) for k, v in maps.items()}, "clients": args.map_clients}))
            print("  CPU ms per map:", json.dumps(cpu, ensure_ascii=False), "; uptime:", _uptime())
            if args.live_maps:
                _live_reference(dsn, roots, base, wms, args.live_maps, maps)
            if args.maps_only:
                return 0
            bbs = _lon_lat_boxes(boxes, args.requests, args.bbox_metres, crs)
            results = {}
            for name in ("ZoningElement",) if args.no_baseline else ("ZoningElement", "baseline"):
                paths = [f"/ogcapi/collections/{name}/items?f=json&limit=100&bbox={','.join(map(str, b))}"
                         for b in bbs]
                _load_python(base, paths[:10], 5)  # warm up
                if use_wrk:
                    run = lambda p=paths: _load_wrk(base, p, args.clients, args.seconds, folder)  # noqa: E731
                else:
                    run = lambda p=paths: _load_python(base, p, args.clients)  # noqa: E731
                results[name], cpu = _measured(roots, run)
                print(f"OGC API items bbox, {name}:",
                      json.dumps({**{k: round(v, 1) for k, v in results[name].items()}, "clients": args.clients}))
                print(f"  CPU ms per request ({name}):", json.dumps(cpu, ensure_ascii=False))
            if "baseline" in results:
                ratio = results["ZoningElement"]["p95_ms"] / results["baseline"]["p95_ms"]
                print(f"p95 ratio ours / pygeoapi OGR provider: {ratio:.2f}; uptime:", _uptime())
            else:
                print("uptime:", _uptime())
    finally:
        if not args.cluster:
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(recording.run(main, "services", printed_results.services_table))
