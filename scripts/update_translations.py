#!/usr/bin/env python3
"""Collect the user-visible strings of the desktop app into the Qt translation files.

Every string the app shows goes through ``translate("Context", "text")``,
``translate_to(language, "Context", "text")`` (:mod:`app.i18n`) or, for undo entries
that must change language later, ``UndoText("Context", "text")`` (:mod:`app.edit_history`).  This script finds those calls in ``app/`` and ``main.py``
(Qt's own ``lupdate`` cannot read Python) and updates
``resources/i18n/plu_studio_<lang>.ts``: new strings are added as unfinished,
translations of strings that are still used are kept, vanished ones are
dropped.  Translators then work in Qt Linguist; ``scripts/setup.sh`` compiles
the files with ``lrelease``.

    python scripts/update_translations.py [--check]

``--check`` changes nothing and exits 1 when a string has no finished
translation (the test suite runs the same check).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = {"bg": "bg_BG"}


def extract(paths: list[Path] | None = None) -> dict[str, list[str]]:
    """``{context: [source texts in order of first use]}`` from ``translate(...)`` calls."""
    files = paths or sorted((ROOT / "app").rglob("*.py")) + [ROOT / "main.py"]
    out: dict[str, list[str]] = {}
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            first = {"translate": 0, "translate_to": 1, "UndoText": 0}.get(name or "")
            if first is None or len(node.args) < first + 2:
                continue
            context, text = node.args[first], node.args[first + 1]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant) and isinstance(text.value, str):
                texts = out.setdefault(context.value, [])
                if text.value not in texts:
                    texts.append(text.value)
    return out


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    """``{(context, source): (translation, finished)}`` of an existing file."""
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            out[(name, source)] = (text, finished and bool(text))
    return out


def write_ts(path: Path, language: str, strings: dict[str, list[str]],
             existing: dict[tuple[str, str], tuple[str, bool]]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en_GB")
    for context in sorted(strings):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in strings[context]:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            text, finished = existing.get((context, source), ("", False))
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if not finished:
                translation.set("type", "unfinished")
    ET.indent(root, space=" ")
    data = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + data + "\n", encoding="utf-8")


def missing(strings: dict[str, list[str]], existing: dict[tuple[str, str], tuple[str, bool]]) -> list[str]:
    return [f"{c}: {s}" for c, texts in strings.items() for s in texts if not existing.get((c, s), ("", False))[1]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings, change nothing")
    args = parser.parse_args(argv)
    strings = extract()
    status = 0
    for code, language in LANGUAGES.items():
        path = ROOT / "resources" / "i18n" / f"plu_studio_{code}.ts"
        existing = read_ts(path)
        todo = missing(strings, existing)
        if args.check:
            for line in todo:
                print(f"{path.name}: untranslated: {line}")
            status |= bool(todo)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_ts(path, language, strings, existing)
            print(f"{path.relative_to(ROOT)}: {sum(map(len, strings.values()))} strings, {len(todo)} to translate")
    return status


if __name__ == "__main__":
    sys.exit(main())
