"""The limits a national profile sets for a zone type (max height, density, Кинт, green share).

The profile (``resources/profiles/<country>.json`` or ``.yaml``) belongs to the
validation engine.  The editor only reads the limits to pre-fill a zone's
dimensioning indications, so this reader is tolerant: it accepts the zone
entries as a mapping or a list, keyed by code, notation or URI, and it never
fails; when there is no profile or no entry it says so, and the form shows that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plu_model.codelists import resources_dir

__all__ = ["ZoneLimits", "profile_path", "zone_limits"]

#: Dimensioning indication (reference, unit, JSON type) and the keys a profile may use for it.
_LIMIT_KEYS: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("maxHeight", "m", ("maxHeight", "max_height_m", "max_height", "height_max", "height")),
    ("maxDensity", "%", ("maxDensity", "max_density_pct", "max_density", "density_max", "density")),
    ("maxFloorAreaRatio", None, ("maxFloorAreaRatio", "max_floor_area_ratio", "max_kint", "kint_max", "kint")),
    ("minGreenShare", "%", ("minGreenShare", "min_green_pct", "min_green_share", "min_green", "green_min", "green")),
)


@dataclass
class ZoneLimits:
    """What the profile says about one zone type.

    ``status`` is ``"ok"``, ``"no-profile"``, ``"unreadable"`` or ``"no-entry"``;
    ``indications`` are in the plan file's JSON form.
    """

    status: str
    source: Path | None = None
    indications: list[dict[str, Any]] = field(default_factory=list)
    detail: str = ""


def profile_path(country: str = "bg") -> Path | None:
    folder = resources_dir() / "profiles"
    for suffix in (".json", ".yaml", ".yml"):
        path = folder / f"{country}{suffix}"
        if path.is_file():
            return path
    return None


def _load(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    import yaml  # PyYAML is a project dependency

    return yaml.safe_load(text)


def _entries(data: Any) -> list[dict[str, Any]]:
    """Zone entries wherever the profile keeps them."""
    if isinstance(data, list):
        return [e for e in data if isinstance(e, dict)]
    if not isinstance(data, dict):
        return []
    for key in ("zones", "zone_types", "zone_limits", "limits", "zoneTypes"):
        value = data.get(key)
        if isinstance(value, dict):
            return [dict(v, code=v.get("code", k)) for k, v in value.items() if isinstance(v, dict)]
        if isinstance(value, list):
            return [e for e in value if isinstance(e, dict)]
    return []


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dict):
        for key in ("value", "max", "min", "limit"):
            if key in value:
                return _number(value[key])
    return None


def _matches(entry: dict[str, Any], keys: set[str]) -> bool:
    for name in ("code", "uri", "notation", "id", "zone"):
        value = entry.get(name)
        if isinstance(value, str) and (value in keys or value.rstrip("/").rsplit("/", 1)[-1] in keys):
            return True
    return False


def zone_limits(uri: str, notation: str | None = None, country: str = "bg") -> ZoneLimits:
    """The limits of the zone type ``uri`` (e.g. ``…/bg/ZoneTypeValue/Zhm``) from the profile."""
    path = profile_path(country)
    if path is None:
        return ZoneLimits("no-profile", detail=str(resources_dir() / "profiles" / f"{country}.json"))
    try:
        entries = _entries(_load(path))
    except Exception as exc:  # a broken profile must not break the form
        return ZoneLimits("unreadable", path, detail=str(exc))
    keys = {uri, uri.rstrip("/").rsplit("/", 1)[-1]} | ({notation} if notation else set())
    for entry in entries:
        if not _matches(entry, keys):
            continue
        source = entry.get("limits") if isinstance(entry.get("limits"), dict) else entry
        out = []
        for reference, unit, names in _LIMIT_KEYS:
            value = next((_number(source[n]) for n in names if n in source and _number(source[n]) is not None), None)
            if value is None:
                continue
            item: dict[str, Any] = {"type": "measure" if unit else "real", "indication_reference": reference,
                                    "value": value}
            if unit:
                item["uom"] = unit
            out.append(item)
        return ZoneLimits("ok", path, out)
    return ZoneLimits("no-entry", path)
