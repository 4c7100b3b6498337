#!/usr/bin/env python3
"""Collect every user-visible text of the product into the one catalogue, ``plu_studio_bg.ts``.

Every text the product says goes through :func:`plu_model.i18n.say`, ``say_in``,
:class:`plu_model.i18n.Text`, :class:`plu_model.i18n.Words` (a table of a page's words) or, in the desktop app, ``translate("Context", "text")``,
``translate_to(language, "Context", "text")`` (:mod:`app.i18n`) and ``UndoText("Context",
"text")`` (:mod:`app.edit_history`); argparse's own words are the ``argparse`` context.
This script finds those calls in every product package and ``main.py`` (Qt's own
``lupdate`` cannot read Python) and updates ``resources/i18n/plu_studio_bg.ts``: new texts
are added as unfinished, translations are kept.  Translators then work in Qt Linguist.

    python scripts/update_translations.py [--check] [--drop-vanished]

``--check`` changes nothing and exits 1 when a text has no finished translation (the
completeness test runs the same check); ``--drop-vanished`` removes entries no code says.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "i18n" / "plu_studio_bg.ts"
PACKAGES = ("app", "plu_cli", "plu_model", "validators", "exporters", "participation", "register", "services")
#: call name -> index of the context argument (the source text follows it)
CALLS = {"say": 0, "Text": 0, "Words": 0, "say_in": 1, "translate": 0, "translate_to": 1, "UndoText": 0}

Entries = dict[tuple[str, str], tuple[str, bool]]


def product_files() -> list[Path]:
    return [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))] + [ROOT / "main.py"]


def said_in(path: Path) -> list[tuple[str, str, int]]:
    """``(context, source, line)`` of every call in a file that says a literal text."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        first = CALLS.get(name or "")
        if first is None or len(node.args) < first + 2:
            continue
        context, text = node.args[first], node.args[first + 1]
        if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
            continue
        if name == "Words" and isinstance(text, ast.Dict):
            out.extend(
                (context.value, v.value, node.lineno)
                for v in text.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
        elif isinstance(text, ast.Constant) and isinstance(text.value, str):
            out.append((context.value, text.value, node.lineno))
    return out


def argparse_messages() -> list[str]:
    """The texts the running Python's argparse passes to gettext (``_()`` and ``ngettext()``)."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            for arg in node.args[: 1 if node.func.id == "_" else 2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value not in out:
                    out.append(arg.value)
    return out


def extract(paths: list[Path] | None = None) -> dict[str, list[str]]:
    """``{context: [source texts in order of first use]}`` of the product's code and argparse."""
    out: dict[str, list[str]] = {}
    for path in paths or product_files():
        for context, text, _ in said_in(path):
            texts = out.setdefault(context, [])
            if text not in texts:
                texts.append(text)
    if paths is None:
        out.setdefault("argparse", []).extend(m for m in argparse_messages() if m not in out.get("argparse", []))
    return out


def read_ts(path: Path = CATALOGUE) -> Entries:
    """``{(context, source): (translation, finished)}`` of an existing file, in its order."""
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


def write_ts(path: Path, language: str, strings: dict[str, list[str]], existing: Entries) -> None:
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


def write_catalogue(entries: Entries, path: Path = CATALOGUE) -> None:
    """Write every entry (in its order within its context)."""
    strings: dict[str, list[str]] = {}
    for context, source in entries:
        strings.setdefault(context, []).append(source)
    write_ts(path, "bg_BG", strings, entries)


def missing(strings: dict[str, list[str]], existing: Entries) -> list[str]:
    return [f"{c}: {s}" for c, texts in strings.items() for s in texts if not existing.get((c, s), ("", False))[1]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings, change nothing")
    parser.add_argument("--drop-vanished", action="store_true", help="remove entries no code says any more")
    args = parser.parse_args(argv)
    strings = extract()
    existing = read_ts(CATALOGUE)
    todo = missing(strings, existing)
    if args.check:
        for line in todo:
            print(f"{CATALOGUE.name}: untranslated: {line}")
        return int(bool(todo))
    entries = {} if args.drop_vanished else dict(existing)
    for context, texts in strings.items():
        for text in texts:
            entries[(context, text)] = existing.get((context, text), ("", False))
    write_catalogue(entries)
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(entries)} texts, {len(todo)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
