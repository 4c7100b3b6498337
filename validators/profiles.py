"""Validation profiles: the facts a validation needs, as data a country or city can extend.

A profile is a JSON (or YAML) file in ``resources/profiles/``.  ``inspire`` holds
what every validation uses (accepted CRSs, nil reasons, dimensioning
vocabulary); a national profile ``extends`` it and adds code lists it requires,
a national CRS and the limits of its zone types.  Municipalities can write their
own profile that extends the national one and pass its path to ``--profile``.
The layout is documented in ``docs/validation.md``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from plu_model.codelists import codelist, resources_dir
from plu_model.crs import crs_uri
from plu_model.errors import PluInputError, UnknownName
from plu_model.i18n import Text
from validators.profile_shape import check_profile_shape
from validators.zone_limits import (
    LIMIT_INDICATIONS,
    Limit,
    UnknownLimit,
    ZoneLimits,
    merged_plot_limits,
    merged_zone_limits,
)

__all__ = [
    "LIMIT_INDICATIONS",
    "Indication",
    "Limit",
    "Profile",
    "UnknownLimit",
    "ZoneLimits",
    "available_profiles",
    "load_profile",
    "suggested_profile",
]

BASE_PROFILE = "inspire"


@dataclass(frozen=True, slots=True)
class Indication:
    """A dimensioning indication PLU Studio knows: its value type, units and plausible range."""

    name: str
    type: str
    uom: tuple[str, ...] = ()
    min: float | None = None
    max: float | None = None
    label_en: str = ""
    label_bg: str = ""


@dataclass
class Profile:
    """A resolved profile (its ``extends`` chain merged)."""

    name: str
    label_en: str
    label_bg: str
    chain: tuple[str, ...]
    allowed_crs: dict[int, str]
    nil_reasons: frozenset[str]
    nil_reason_replacements: dict[str, str]
    temporal_frames: frozenset[str]
    indications: dict[str, Indication]
    national_crs: dict[int, str] = field(default_factory=dict)
    codelists: dict[str, str] = field(default_factory=dict)
    zone_type_list: str | None = None
    zone_limits: dict[str, ZoneLimits] = field(default_factory=dict)
    zones_without_limits: dict[str, str] = field(default_factory=dict)
    plot_limits: dict[str, ZoneLimits] = field(default_factory=dict)
    path: Path | None = None

    def label(self, language: str = "en") -> str:
        return self.label_bg if language == "bg" else self.label_en

    def is_allowed_srs_name(self, srs_name: str) -> bool:
        """True for an srsName the INSPIRE validator accepts (exact http URI of an accepted CRS)."""
        return srs_name in self._allowed_uris

    def __post_init__(self) -> None:
        self._allowed_uris = frozenset(self.allowed_crs.values())


def _profiles_dir() -> Path:
    return resources_dir() / "profiles"


def available_profiles() -> list[str]:
    """Names of the profiles shipped in ``resources/profiles``."""
    return sorted(p.stem for p in _profiles_dir().glob("*.json"))


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PluInputError(Text("validators.profiles", "{path}: the profile is not UTF-8 text (byte {start})",
                                 path=path, start=exc.start)) from exc
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml  # only needed for YAML profiles

            data = yaml.safe_load(text)
        else:
            data = json.loads(text)
    except (ValueError, ImportError, RecursionError) as exc:
        raise PluInputError(
            Text("validators.profiles", "{path}: the profile cannot be read: {exc}", path=path, exc=exc)
        ) from exc
    if not isinstance(data, dict):
        raise PluInputError(Text("validators.profiles", "{path}: a profile must be a JSON object", path=path))
    check_profile_shape(path, data)
    return data


def _locate(name_or_path: str | os.PathLike[str]) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix.lower() in (".json", ".yaml", ".yml") or candidate.exists():
        if not candidate.is_file():
            raise PluInputError(Text("validators.profiles", "{candidate}: no such profile file", candidate=candidate))
        return candidate
    path = _profiles_dir() / f"{name_or_path}.json"
    if not path.is_file():
        raise PluInputError(
            Text("validators.profiles", "no validation profile {name_or_path!r}; available: {value} (or give the "
                                        "path of a profile file)",
                                        name_or_path=str(name_or_path), value=', '.join(available_profiles())),
        )
    return path


def _chain(path: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The profile and its ancestors, base first."""
    out: list[tuple[Path, dict[str, Any]]] = []
    seen: set[Path] = set()
    current: Path | None = path
    while current is not None:
        resolved = current.resolve()
        if resolved in seen:
            raise PluInputError(
                Text("validators.profiles", "{path}: the profiles extend each other in a loop", path=path),
            )
        seen.add(resolved)
        data = _read(current)
        out.append((current, data))
        parent = data.get("extends")
        if parent is None and data.get("name") != BASE_PROFILE:
            parent = BASE_PROFILE
        current = _locate(parent) if parent else None
    return list(reversed(out))


@lru_cache(maxsize=16)
def _load(path_text: str) -> Profile:
    chain = _chain(Path(path_text))
    merged: dict[str, Any] = {}
    for _, data in chain:
        for key, value in data.items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
    top_path, top = chain[-1]
    zone_list = merged.get("zone_type_list")
    if zone_list:
        try:
            codelist(zone_list)
        except UnknownName as exc:
            raise PluInputError(Text("validators.profiles", "{path}: zone_type_list {name!r} names no code list",
                                     path=top_path, name=zone_list)) from exc
    zone_limits = merged_zone_limits(chain, zone_list)
    plot_limits = merged_plot_limits(chain)
    indications = {
        name: Indication(
            name=name,
            type=spec.get("type", "measure"),
            uom=tuple(spec.get("uom", ())),
            min=spec.get("min"),
            max=spec.get("max"),
            label_en=spec.get("label", {}).get("en", name),
            label_bg=spec.get("label", {}).get("bg", name),
        )
        for name, spec in merged.get("indications", {}).items()
    }
    label = top.get("label", {})
    return Profile(
        name=top.get("name", top_path.stem),
        label_en=label.get("en", top_path.stem),
        label_bg=label.get("bg", label.get("en", top_path.stem)),
        chain=tuple(d.get("name", p.stem) for p, d in chain),
        allowed_crs={int(c["epsg"]): c.get("uri") or crs_uri(int(c["epsg"])) for c in merged.get("allowed_crs", [])},
        nil_reasons=frozenset(merged.get("nil_reasons", ())),
        nil_reason_replacements=dict(merged.get("nil_reason_replacements", {})),
        temporal_frames=frozenset(merged.get("temporal_frames", ())),
        indications=indications,
        national_crs={int(c["epsg"]): c.get("name", "") for c in merged.get("national_crs", [])},
        codelists=dict(merged.get("codelists", {})),
        zone_type_list=zone_list,
        zone_limits=zone_limits,
        plot_limits=plot_limits,
        zones_without_limits={k: v for k, v in merged.get("zones_without_limits", {}).items() if v},
        path=top_path,
    )


def load_profile(name_or_path: str | os.PathLike[str] | None = None) -> Profile:
    """A profile by name (``"bg"``) or file path; ``None`` gives the base INSPIRE profile."""
    path = _locate(name_or_path or BASE_PROFILE)
    return _load(str(path.resolve()))


def suggested_profile(code_uris: Iterable[str]) -> str | None:
    """The national profile a plan's own code values point to (``"bg"`` for Bulgarian lists), if one exists.

    A plan that uses a country's national code lists is checked against that
    country's norms unless the user picks another profile.
    """
    from plu_model.codelists import all_codelists

    available = set(available_profiles())
    national = [cl for cl in all_codelists() if cl.country in available]
    for uri in code_uris:
        for cl in national:
            if uri in cl:
                return cl.country
    return None
