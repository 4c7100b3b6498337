"""Reading one code-list JSON file and refusing a malformed one with its file and line.

A national list or a user's extension is edited by hand; a missing comma or a value
without its ``uri`` must say where it is, not end in a traceback (or, worse, in a
list silently short of a value).  The layout is documented in ``docs/codelists.md``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["read_codelist_file"]

#: a code becomes the last segment of its URI: no whitespace, slash, "#" or "?"
_CODE = re.compile(r"[^\s/#?]+")


def _refuse(path: Path, line: int, problem: Text) -> PluInputError:
    return PluInputError(Text("plu_model.codelist_file", "{path}:{line}: not a usable code list: {problem}",
                              path=path, line=line, problem=problem))


def _value_lines(text: str) -> list[int]:
    """The line each object of the top-level ``values`` array starts on (the file is well-formed JSON)."""
    decoder = json.JSONDecoder()
    at = re.search(r'"values"\s*:\s*\[', text)
    if at is None:
        return []
    lines, i = [], at.end()
    while True:
        while i < len(text) and text[i] in " \t\r\n,":
            i += 1
        if i >= len(text) or text[i] == "]":
            return lines
        lines.append(text.count("\n", 0, i) + 1)
        _, i = decoder.raw_decode(text, i)


def read_codelist_file(path: Path) -> dict[str, Any]:
    """The file's JSON, checked: ``name``, ``uri`` and ``values``, each value with a unique ``code`` and a ``uri``."""
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise _refuse(path, 1, Text("plu_model.codelist_file", "not UTF-8 text ({reason})", reason=exc.reason)) from exc
    except json.JSONDecodeError as exc:
        raise _refuse(path, exc.lineno, Text("plu_model.codelist_file", "not JSON: {msg} (column {col})",
                                             msg=exc.msg, col=exc.colno)) from exc
    if not isinstance(data, dict):
        raise _refuse(path, 1, Text("plu_model.codelist_file", "the file must hold one JSON object"))
    for key in ("name", "uri"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise _refuse(path, 1, Text("plu_model.codelist_file", "\"{key}\" is missing or not a text", key=key))
    if not isinstance(data.get("values"), list):
        raise _refuse(path, 1, Text("plu_model.codelist_file", "\"values\" is missing or not a list"))
    lines = _value_lines(text)
    seen: set[str] = set()
    for n, value in enumerate(data["values"]):
        line = lines[n] if n < len(lines) else 1
        problem = _value_problem(value, seen)
        if problem is not None:
            raise _refuse(path, line, problem)
        seen.add(value["code"])
    return data


def _value_problem(value: Any, seen: set[str]) -> Text | None:
    """Why one entry of ``values`` cannot be a code value, or ``None``."""
    if not isinstance(value, dict):
        return Text("plu_model.codelist_file", "a value must be a JSON object")
    code = value.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        return Text("plu_model.codelist_file", "\"code\" {code!r} must be a text without spaces, '/', '#' or '?'",
                    code=code)
    if code in seen:
        return Text("plu_model.codelist_file", "the code {code} appears twice", code=code)
    if not isinstance(value.get("uri"), str) or not value["uri"].strip():
        return Text("plu_model.codelist_file", "the value {code} has no \"uri\"", code=code)
    label = value.get("label", {})
    if not isinstance(label, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in label.items()):
        return Text("plu_model.codelist_file", "the \"label\" of {code} must map languages to texts", code=code)
    for key in ("parent", "notation"):
        if value.get(key) is not None and not isinstance(value[key], str):
            return Text("plu_model.codelist_file", "the \"{key}\" of {code} must be a text", key=key, code=code)
    return None
