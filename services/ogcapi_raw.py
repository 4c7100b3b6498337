"""GeoJSON built by PostgreSQL passed through pygeoapi's JSON answer without being parsed and written again.

pygeoapi runs its whole request handling (validation, links, headers, languages) around a
provider's dict and ends with ``to_json``.  For a page of features that dict is the costly
part: 100 features parsed from the database, then serialised again.  Here the provider hands
pygeoapi the features as the text PostgreSQL built (:class:`RawFeatures`) and pygeoapi's
``to_json`` writes everything else as before and puts that text in the ``features`` array.

Only a request whose answer is JSON gets raw features (:func:`wants_raw_json`, set by the
WSGI front per request); HTML, CSV and JSON-LD get parsed features as before.  A
:class:`RawFeatures` is not a list, so an unpatched serialiser fails loudly instead of
writing an empty page.
"""

from __future__ import annotations

import contextvars
import json
from collections.abc import Iterator
from typing import Any

__all__ = ["RawFeatures", "install", "raw_json_allowed", "wants_raw_json"]

_RAW = contextvars.ContextVar("plu_raw_json", default=False)
_MARKER = '"features":[]'


class RawFeatures:
    """A page's features as the comma-separated GeoJSON text of each, and how many there are."""

    def __init__(self, text: str, count: int):
        self.text, self.count = text, count

    def __len__(self) -> int:
        return self.count

    def parsed(self) -> list[dict[str, Any]]:
        return json.loads(f"[{self.text}]")

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.parsed())


def wants_raw_json(query: dict[str, list[str]], accept: str) -> bool:
    """Whether pygeoapi will answer this items request in plain JSON (``f=json``, or no ``f`` and no other type)."""
    formats = [f.lower() for f in query.get("f", [])]
    if formats:
        return formats == ["json"]
    accept = accept.lower()
    return not any(kind in accept for kind in ("html", "ld+json", "csv"))


def raw_json_allowed() -> bool:
    """Whether the request being answered in this thread may get :class:`RawFeatures`."""
    return _RAW.get()


def set_raw_json(allowed: bool) -> contextvars.Token[bool]:
    return _RAW.set(allowed)


def reset_raw_json(token: contextvars.Token[bool]) -> None:
    _RAW.reset(token)


def install() -> None:
    """Let pygeoapi's items answer write :class:`RawFeatures` as they are (idempotent)."""
    from pygeoapi.api import itemtypes

    original = itemtypes.to_json
    if getattr(original, "plu_raw", False):
        return

    def to_json(dict_: Any, pretty: bool = False) -> str:
        features = dict_.get("features") if isinstance(dict_, dict) else None
        if not isinstance(features, RawFeatures):
            return original(dict_, pretty)
        if pretty:
            return original({**dict_, "features": features.parsed()}, pretty)
        text = original({**dict_, "features": []}, pretty)
        # the marker cannot occur inside a JSON string (its quotes would be escaped), and pygeoapi's
        # answer has one top-level "features"
        at = text.index(_MARKER) + len(_MARKER) - 1
        return text[:at] + features.text + text[at:]

    to_json.plu_raw = True  # type: ignore[attr-defined]
    itemtypes.to_json = to_json
