"""JSON read strictly: a key written twice in one object, or ``NaN``/``Infinity``, is an error, not a guess.

Python's ``json`` keeps the last of two equal keys and accepts ``NaN``; another
reader (a proxy, a spreadsheet import, a moderator's script) may keep the first
or refuse.  A comment whose text depends on the reader, or a hand-edited export
whose second ``"text"`` silently replaces the first, must not be taken: both the
comment service and the import into the desktop read through :func:`loads`.
"""

from __future__ import annotations

import json
from typing import Any

from plu_model.i18n import Text

__all__ = ["DuplicateKey", "NotJsonNumber", "dumps", "json_problem", "loads"]


class DuplicateKey(ValueError):
    """An object names the same key twice."""

    def __init__(self, key: str):
        super().__init__(f"duplicate key {key!r}")
        self.key = key


class NotJsonNumber(ValueError):
    """``NaN``, ``Infinity`` or ``-Infinity``: accepted by Python, not JSON."""

    def __init__(self, word: str):
        super().__init__(f"{word} is not JSON")
        self.word = word


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


def _constant(word: str) -> Any:
    raise NotJsonNumber(word)


def loads(text: str) -> Any:
    """``json.loads`` that raises :class:`DuplicateKey` and :class:`NotJsonNumber` instead of choosing."""
    return json.loads(text, object_pairs_hook=_object, parse_constant=_constant)


def dumps(value: Any) -> str:
    """A value as JSON writes it (non-ASCII kept), to quote it in a message."""
    return json.dumps(value, ensure_ascii=False)


def json_problem(exc: ValueError) -> Text:
    """What is wrong with a text :func:`loads` refused, in words (with line and column when known)."""
    if isinstance(exc, DuplicateKey):
        return Text("participation.strict_json", "the key \"{key}\" appears twice in one object", key=exc.key[:80])
    if isinstance(exc, NotJsonNumber):
        return Text("participation.strict_json", "{word} is not a number JSON allows", word=exc.word)
    if isinstance(exc, json.JSONDecodeError):
        if exc.msg.startswith("Unterminated string"):
            return Text("participation.strict_json", "the text starting at line {line}, column {column} does not end "
                                                     "(the file may be cut short)", line=exc.lineno, column=exc.colno)
        if exc.pos >= len(exc.doc.rstrip()):
            return Text("participation.strict_json", "the JSON ends early, at line {line}, column {column} "
                                                     "(the file may be cut short)", line=exc.lineno, column=exc.colno)
        return Text("participation.strict_json", "not valid JSON at line {line}, column {column}",
                    line=exc.lineno, column=exc.colno)
    return Text("participation.strict_json", "not valid JSON")
