"""The shape a profile file must have, checked before anything reads it.

A municipality writes its own profile by hand and passes its path to
``--profile``; a misplaced bracket must be refused naming the file and the
key, never surface as a traceback (or, worse, as a limit compared with a
string).  Only the shape is checked here: what the values mean (a zone type
in the code list, a limit citing its law) is checked where they are read.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["check_profile_shape"]

_OBJECT, _LIST, _TEXT = dict, list, str
#: the type every known top-level key must have; unknown keys are left alone (a newer profile may add some)
_TOP = {
    "name": _TEXT, "extends": _TEXT, "prevails_by": _TEXT, "zone_type_list": _TEXT, "norms_file": _TEXT,
    "label": _OBJECT, "description": _OBJECT, "codelists": _OBJECT, "zone_limits": _OBJECT, "plot_limits": _OBJECT,
    "zones_without_limits": _OBJECT, "indications": _OBJECT, "nil_reason_replacements": _OBJECT,
    "height_cap": _OBJECT, "allowed_crs": _LIST, "national_crs": _LIST, "nil_reasons": _LIST,
    "temporal_frames": _LIST,
}
_NAMES = {_OBJECT: Text("validators.profile_shape", "a JSON object"),
          _LIST: Text("validators.profile_shape", "a JSON list"),
          _TEXT: Text("validators.profile_shape", "a text in quotes")}


def _wrong(path: Path, where: str, kind: type) -> PluInputError:
    return PluInputError(Text("validators.profile_shape", "{path}: {where} must be {kind}", path=path, where=where,
                              kind=_NAMES[kind]))


def _expect(path: Path, where: str, value: Any, kind: type) -> None:
    if not isinstance(value, kind):
        raise _wrong(path, where, kind)


def _number(path: Path, where: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise PluInputError(Text("validators.profile_shape", "{path}: {where} must be a finite number, not {value}",
                                 path=path, where=where, value=repr(value)[:40]))


def _limits_entry(path: Path, where: str, entry: Any) -> None:
    _expect(path, where, entry, _OBJECT)
    for key, kind in (("limits", _OBJECT), ("unknown", _OBJECT), ("sources", _LIST), ("label", _OBJECT),
                      ("law", _TEXT), ("article", _TEXT), ("confidence", _TEXT)):
        if key in entry:
            _expect(path, f"{where}.{key}", entry[key], kind)
    for name, spec in entry.get("limits", {}).items():
        _limit_spec(path, f"{where}.limits.{name}", spec)


def _limit_spec(path: Path, where: str, spec: Any) -> None:
    _expect(path, where, spec, _OBJECT)
    for key in ("min", "max"):
        _number(path, f"{where}.{key}", spec.get(key))
    for key, kind in (("note", _OBJECT), ("uom", _TEXT), ("source", _TEXT), ("confidence", _TEXT)):
        if spec.get(key) is not None:
            _expect(path, f"{where}.{key}", spec[key], kind)


def _crs_list(path: Path, key: str, items: list[Any]) -> None:
    for i, item in enumerate(items):
        where = f"{key}[{i}]"
        _expect(path, where, item, _OBJECT)
        epsg = item.get("epsg")
        if isinstance(epsg, bool) or not (isinstance(epsg, int) or (isinstance(epsg, str) and epsg.isdigit())):
            raise PluInputError(Text("validators.profile_shape", "{path}: {where}.epsg must be an EPSG code (a whole "
                                                                 "number)", path=path, where=where))


def check_profile_shape(path: Path, data: dict[str, Any]) -> None:
    """Refuse a profile whose keys hold the wrong kind of value, naming the file and the key."""
    for key, kind in _TOP.items():
        if key in data:
            _expect(path, key, data[key], kind)
    for group in ("zone_limits", "plot_limits"):
        for code, entry in data.get(group, {}).items():
            _limits_entry(path, f"{group}.{code}", entry)
    for name, spec in data.get("indications", {}).items():
        _expect(path, f"indications.{name}", spec, _OBJECT)
        if "label" in spec:
            _expect(path, f"indications.{name}.label", spec["label"], _OBJECT)
        if "uom" in spec:
            _expect(path, f"indications.{name}.uom", spec["uom"], _LIST)
        for key in ("min", "max"):
            _number(path, f"indications.{name}.{key}", spec.get(key))
    for code, reason in data.get("zones_without_limits", {}).items():
        if reason is not None:
            _expect(path, f"zones_without_limits.{code}", reason, _TEXT)
    for key in ("allowed_crs", "national_crs"):
        _crs_list(path, key, data.get(key, []))
    if "height_cap" in data:
        _limit_spec(path, "height_cap", data["height_cap"])
