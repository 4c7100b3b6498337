"""What GDAL does not say about a GeoJSON file: where its JSON breaks, and keys given twice.

GDAL refuses a broken or too deeply nested file with "Failed to read GeoJSON data"
or "not recognized as a supported file format", without a place; and of a key
given twice in one object (``{"KOD": "Жм", "KOD": "Оз"}``) it silently keeps the
last.  Python's own parser says where the JSON breaks and sees every key, so
these checks read the file once more, when it is small enough to do so cheaply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plu_model.i18n import Text

__all__ = ["CHECKED_SIZE", "LONG_VALUE", "DuplicateKey", "second_look", "why_unreadable"]

#: Files larger than this are not read a second time (the checks are for hand-made files).
CHECKED_SIZE = 64 * 1024 * 1024


@dataclass(frozen=True)
class DuplicateKey:
    """A key given more than once in one feature's properties; GDAL kept the last value."""

    feature: str
    key: str
    values: tuple[str, ...]


class _Pairs(list):  # type: ignore[type-arg]
    """An object's members in file order, duplicates kept."""


def _pairs(items: list[tuple[str, Any]]) -> _Pairs:
    return _Pairs(items)


def _read(path: Path) -> Any:
    with path.open("rb") as fh:
        raw = fh.read()
    return json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_pairs)


def why_unreadable(path: str | Path) -> Text | None:
    """Where and why a file that GDAL refused is not readable JSON (None: it is, or too big to look)."""
    p = Path(path)
    if not p.is_file() or p.stat().st_size > CHECKED_SIZE:
        return None
    if p.stat().st_size == 0:
        return Text("plu_model.importing.geojson_checks", "the file is empty")
    try:
        doc = _read(p)
    except UnicodeDecodeError as exc:
        return Text("plu_model.importing.geojson_checks", "GeoJSON must be UTF-8 text ({reason} at byte {start})",
                    reason=exc.reason, start=exc.start)
    except json.JSONDecodeError as exc:
        return Text("plu_model.importing.geojson_checks", "line {line}, column {column}: not valid JSON ({problem})",
                    line=exc.lineno, column=exc.colno, problem=exc.msg)
    except RecursionError:
        return Text("plu_model.importing.geojson_checks", "objects are nested too deeply to be read")
    longest = _longest_text(doc)
    if longest > LONG_VALUE:
        return Text("plu_model.importing.geojson_checks", "the JSON is well-formed, but one value has {n} character, "
                                                          "more than the reader takes; shorten it or leave it out",
                    plural="the JSON is well-formed, but one value has {n} characters, more than the reader takes; "
                           "shorten it or leave it out", n=longest)
    return None


#: Text values longer than this (characters) are named when GDAL refuses a well-formed file.
LONG_VALUE = 1_000_000


def _longest_text(doc: Any) -> int:
    longest, stack = 0, [doc]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            longest = max(longest, len(item))
        elif isinstance(item, _Pairs):
            stack.extend(v for k, v in item)
            stack.extend(k for k, v in item)
        elif isinstance(item, list):
            stack.extend(item)
    return longest


def second_look(path: str | Path) -> tuple[list[DuplicateKey], str | None]:
    """What GDAL keeps quiet about, from one more read of the file: keys given twice, and the ``crs`` member."""
    doc = _parsed(path)
    return _duplicates(doc), _crs_member(doc)


def _crs_member(doc: Any) -> str | None:
    """The name a file's (pre-2016) ``crs`` member gives, e.g. ``urn:ogc:def:crs:EPSG::7801``, or None."""
    if not isinstance(doc, _Pairs):
        return None
    crs = dict(doc).get("crs")
    props = dict(crs).get("properties") if isinstance(crs, _Pairs) else None
    name = dict(props).get("name") if isinstance(props, _Pairs) else None
    return name if isinstance(name, str) else None


def _parsed(path: str | Path) -> Any:
    p = Path(path)
    if not p.is_file() or p.stat().st_size > CHECKED_SIZE:
        return None
    try:
        return _read(p)
    except (ValueError, RecursionError):
        return None  # GDAL read it; the difference is not ours to report


def _duplicates(doc: Any, limit: int = 20) -> list[DuplicateKey]:
    """Keys given twice in a feature's ``properties``, in file order (at most ``limit``)."""
    found: list[DuplicateKey] = []
    for index, feature in enumerate(_features(doc)):
        members = dict(feature)
        props = members.get("properties")
        if not isinstance(props, _Pairs):
            continue
        seen: dict[str, list[str]] = {}
        for key, value in props:
            seen.setdefault(key, []).append(json.dumps(_plain(value), ensure_ascii=False)[:80])
        name = str(_plain(members["id"])) if "id" in members else f"#{index}"
        found.extend(DuplicateKey(name, k, tuple(v)) for k, v in seen.items() if len(v) > 1)
        if len(found) >= limit:
            return found[:limit]
    return found


def _features(doc: Any) -> list[_Pairs]:
    if not isinstance(doc, _Pairs):
        return []
    members = dict(doc)
    if members.get("type") == "Feature":
        return [doc]
    features = members.get("features")
    return [f for f in features if isinstance(f, _Pairs)] if isinstance(features, list) else []


def _plain(value: Any) -> Any:
    if isinstance(value, _Pairs):
        return {k: _plain(v) for k, v in value}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
