#!/usr/bin/env python3
"""The web services under load, through nginx: OGC API items with a bbox, and WMS GetMap of the whole city.

    QT_QPA_PLATFORM=offscreen python benchmarks/services.py --plans 100 --zones 1000 --clients 50

Issue 12's targets, on a 100,000-zone register (``--plans 100 --zones 1000``): OGC API items with
a bbox, 50 concurrent clients, p95 ≤ 200 ms; WMS GetMap 1024×768 of the whole city p95 ≤ 1 s.
The baseline in the same run is pygeoapi's own OGR provider reading the same register view
(``service_feature``) through GDAL's PostgreSQL driver, behind the same nginx.  Everything runs
in a throw-away private cluster (no fsync); say the scale with any figure you quote.
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
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

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


def _load(urls: list[str], clients: int) -> dict[str, float]:
    """Fetch every URL with ``clients`` concurrent clients; latency percentiles in ms."""

    def one(url: str) -> tuple[float, int]:
        start = time.perf_counter()
        with urllib.request.urlopen(url, timeout=120) as r:
            body = r.read()
        return (time.perf_counter() - start) * 1000, len(body)

    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        results = list(pool.map(one, urls))
    wall = time.perf_counter() - start
    times = sorted(t for t, _ in results)
    return {"requests": len(times), "p50_ms": statistics.median(times),
            "p95_ms": times[max(0, int(len(times) * 0.95) - 1)], "per_s": len(times) / wall}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--plans", type=int, default=10)
    ap.add_argument("--zones", type=int, default=1000, help="zoning elements per plan")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=500, help="OGC API requests per provider")
    ap.add_argument("--maps", type=int, default=20, help="WMS GetMap requests")
    ap.add_argument("--bbox-metres", type=float, default=300.0)
    args = ap.parse_args(argv)

    from register.cluster import EmbeddedCluster
    from register.provider import RegisterProvider, init_register
    from services.stack import ServiceStack, free_port, write_configuration

    bench = _register_bench()
    folder = Path(tempfile.mkdtemp(prefix="plu-services-bench-"))
    cluster = EmbeddedCluster(folder / "db")
    try:
        cluster.create(scratch=True)
        cluster.start()
        cluster.ensure_database()
        dsn = cluster.dsn()
        init_register(dsn)
        with RegisterProvider(dsn) as reg:
            boxes = bench.fill(reg, args.plans, args.zones)
            crs = reg.dataset(reg.plans()[0].ref).crs
        print(f"scale: {args.plans} plans × {args.zones} zones = {args.plans * args.zones} zoning elements")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        layout = write_configuration(folder / "stack", dsn, base, f"127.0.0.1:{port}")
        _add_baseline(layout, dsn)
        with ServiceStack(layout, dsn, qgis_processes=2, ogcapi_threads=8):
            bbs = _lon_lat_boxes(boxes, args.requests, args.bbox_metres, crs)
            results = {}
            for name in ("ZoningElement", "baseline"):
                urls = [f"{base}/ogcapi/collections/{name}/items?f=json&limit=100&bbox={','.join(map(str, b))}"
                        for b in bbs]
                _load(urls[:10], 5)  # warm up
                results[name] = _load(urls, args.clients)
                print(f"OGC API items bbox, {name}:", json.dumps({k: round(v, 1) for k, v in results[name].items()}))
            ratio = results["ZoningElement"]["p95_ms"] / results["baseline"]["p95_ms"]
            print(f"p95 ratio ours / pygeoapi OGR provider: {ratio:.2f}")
            xs = [b[0] for b in boxes] + [b[0] + b[2] for b in boxes]
            ys = [b[1] for b in boxes] + [b[1] + b[2] for b in boxes]
            # EPSG:7801 is (northing, easting) in WMS 1.3.0
            bbox = f"{min(ys)},{min(xs)},{max(ys)},{max(xs)}" if crs == 7801 else f"{min(xs)},{min(ys)},{max(xs)},{max(ys)}"
            wms = (f"{base}/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=LU.ZoningElement&STYLES="
                   f"&CRS=EPSG:{crs}&BBOX={bbox}&WIDTH=1024&HEIGHT=768&FORMAT=image/png")
            maps = _load([wms + f"&_={i}" for i in range(args.maps)], 2)
            print("WMS GetMap 1024×768 whole city:", json.dumps({k: round(v, 1) for k, v in maps.items()}))
    finally:
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
