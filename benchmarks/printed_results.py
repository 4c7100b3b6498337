"""The README tables of ``register.py`` and ``services.py``, read from what those runs print.

Both print one line of figures per measurement (``at: {...}``, ``OGC API items bbox, baseline: {...}``)
rather than a table; ``recording.run`` hands their output here to make the table it records.
"""

from __future__ import annotations

import ast
import json
import re

from recording import Table

RIGHT = ["---", "---", "---:", "---:", "---:"]


def _figures(text: str, label: str) -> dict | None:
    """The dict printed after ``label`` at the start of a line (a JSON or Python literal), or None."""
    for line in text.splitlines():
        if line.strip().startswith(label):
            found = re.search(r"\{.*?\}", line.strip()[len(label) :])
            if found:
                try:
                    return json.loads(found.group(0))
                except ValueError:
                    return ast.literal_eval(found.group(0))
    return None


def _met(value: float, target: float) -> str:
    return "met" if value <= target else "missed"


def register_table(text: str) -> Table | None:
    """``at`` latency, ``add`` and open against their references, as ``register.py`` printed them."""
    scale = re.search(r"scale: (\d+) plans × (\d+) zones = (\d+)", text)
    at = _figures(text, "at:")
    if not scale or not at:
        return None
    plans, zones = int(scale.group(1)), int(scale.group(3))
    rows = [
        [
            f"{plans:,} plans / {zones:,} zones",
            f"`at` p50 / p95 ({at['queries']} random points and dates; {at['hits']} hits)",
            f"{at['p50_ms']:.1f} / {at['p95_ms']:.1f} ms",
            "—",
            f"(p95 ≤ 20 ms) {_met(at['p95_ms'], 20)}",
        ]
    ]
    big = re.search(r"add of a (\d+)-zone plan:", text)
    added = _figures(text, big.group(0)) if big else None
    if big and added:
        size, ogr = f"{int(big.group(1)):,}-zone plan", added["ogr2ogr_s"]
        rows.append(
            [
                size,
                "`add` as the command runs it (validation + store)",
                f"{added['add_validate_and_store_s']:.1f} s",
                f"`ogr2ogr -f PostgreSQL` {ogr:.1f} s",
                f"{added['ratio_with_validation']:.1f}× (2×) {_met(added['ratio_with_validation'], 2)}",
            ]
        )
        if "validate_only_s" in added:  # runs before 2026-12-06 did not print it
            rows.append(
                [
                    size,
                    "of which the validation alone (`plu validate`)",
                    f"{added['validate_only_s']:.1f} s",
                    f"{ogr:.1f} s",
                    f"{added['ratio_validate_vs_ogr2ogr']:.1f}×",
                ]
            )
        rows.append(
            [
                size,
                "the store alone: GML read + database part, no validation",
                f"{added['add_store_only_s']:.1f} s (read {added['of_which_gml_read_s']:.1f} s, "
                f"database {added['of_which_database_s']:.1f} s)",
                f"{ogr:.1f} s",
                f"{added['ratio_store_vs_ogr2ogr']:.1f}×; database {added['ratio_database_vs_ogr2ogr']:.1f}×",
            ]
        )
        opened = _figures(text, f"open a {big.group(1)}-zone plan:")
        if opened:
            rows.append(
                [
                    size,
                    "open in the desktop (interleaved, medians)",
                    f"{opened['open_from_register_s']:.1f} s",
                    f"its GeoPackage {opened['open_geopackage_s']:.1f} s",
                    f"{opened['ratio']:.2f}× (1.5×)",
                ]
            )
    return {
        "header": ["scale", "measure", "register", "reference in the same run", "ratio (target)"],
        "align": RIGHT,
        "rows": rows,
    }


def _cpu(parts: dict | None, unit: str) -> str:
    if not parts:
        return ""
    shown = ", ".join(f"{part} {ms:g}" for part, ms in parts.items() if isinstance(ms, int | float) and ms > 0)
    return f" (CPU ms per {unit}: {shown})"


def _clients(figures: dict) -> str:
    """How many clients asked at once, when the run printed it (runs before 2026-12-05 did not)."""
    if "clients" not in figures:
        return ""
    return ", one at a time" if figures["clients"] == 1 else f", {figures['clients']:g} concurrent clients"


def services_table(text: str) -> Table | None:
    """OGC API items and WMS maps with their baselines, as ``services.py`` printed them."""
    scale = re.search(r"scale: (\d+) plans, (\d+) zoning elements", text)
    maps = _figures(text, "WMS GetMap 1024×768 whole city:")
    if not scale or not maps:
        return None
    where = f"{int(scale.group(2)):,} zones"
    live = _figures(text, "WMS GetMap whole city, live (reference):")
    rows = [
        [
            where,
            "WMS GetMap 1024×768 of the whole city" + _clients(maps) + ", p50 / p95" + _cpu(_figures(text, "CPU ms per map:"), "map"),
            f"{maps['p50_ms'] / 1000:.2f} / {maps['p95_ms'] / 1000:.2f} s",
            f"stored table set aside: p50 {live['p50_ms'] / 1000:.2f} s" if live else "—",
            (f"{maps['p50_ms'] / live['p50_ms']:.2f}× " if live else "") + f"(p95 ≤ 1 s) {_met(maps['p95_ms'], 1000)}",
        ]
    ]
    ours, base = _figures(text, "OGC API items bbox, ZoningElement:"), _figures(text, "OGC API items bbox, baseline:")
    if ours and base:
        rows.append(
            [
                where,
                "OGC API items, bbox" + _clients(ours) + ", p50 / p95"
                + _cpu(_figures(text, "CPU ms per request (ZoningElement):"), "request"),
                f"{ours['p50_ms']:,.0f} / {ours['p95_ms']:,.0f} ms ({ours['per_s']:.0f} req/s)",
                f"pygeoapi's OGR provider: {base['p50_ms']:,.0f} / {base['p95_ms']:,.0f} ms "
                f"({base['per_s']:.1f} req/s)",
                f"{ours['p95_ms'] / base['p95_ms']:.2f}× (p95 ≤ 200 ms) {_met(ours['p95_ms'], 200)}",
            ]
        )
    return {
        "header": ["scale", "measure", "ours", "baseline in the same run", "ratio (target)"],
        "align": RIGHT,
        "rows": rows,
    }
