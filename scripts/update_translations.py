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

A text that counts (``plural="{n} zones"`` at the call, :func:`plu_model.i18n.say_in`) is
keyed by its English plural and written as Qt Linguist writes a numerus message:
``<message numerus="yes">`` with one ``<numerusform>`` per Bulgarian plural form.  It is
finished when every form is translated with the placeholders of the English; a text that
turns plural keeps its old translation in every form, unfinished, for the translator to start
from.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from plu_model.i18n import PLURAL_FORMS, placeholders  # noqa: E402

CATALOGUE = ROOT / "resources" / "i18n" / "plu_studio_bg.ts"
PACKAGES = ("app", "plu_cli", "plu_model", "validators", "exporters", "participation", "register", "services")
#: call name -> index of the context argument (the source text follows it)
CALLS = {"say": 0, "Text": 0, "Words": 0, "say_in": 1, "translate": 0, "translate_to": 1, "UndoText": 0, "plural_forms": 1}

#: how many ``<numerusform>``\s a plural text has in the catalogue's language (one per plural category)
NUMERUS_FORMS = len(PLURAL_FORMS["bg"])

#: a translation is one text, or the tuple of a plural text's forms
Translation = str | tuple[str, ...]
Entries = dict[tuple[str, str], tuple[Translation, bool]]


class Said(NamedTuple):
    """A literal text said at a call: ``source`` keys the catalogue (a plural text's English plural)."""

    context: str
    source: str
    line: int
    #: a plural text's English singular; None for a text that does not count
    singular: str | None = None


def product_files() -> list[Path]:
    return [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))] + [ROOT / "main.py"]


def _plural_keyword(node: ast.Call) -> ast.expr | None:
    return next((k.value for k in node.keywords if k.arg == "plural"), None)


def said_in(path: Path) -> list[Said]:
    """Every call in a file that says a literal text (:class:`Said`)."""
    out: list[Said] = []
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
        plural = _plural_keyword(node)
        if name == "Words" and isinstance(text, ast.Dict):
            out.extend(
                Said(context.value, v.value, node.lineno)
                for v in text.values
                if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )
        elif not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue
        elif plural is None:
            out.append(Said(context.value, text.value, node.lineno))
        elif isinstance(plural, ast.Constant) and isinstance(plural.value, str):
            out.append(Said(context.value, plural.value, node.lineno, text.value))
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
        for said in said_in(path):
            texts = out.setdefault(said.context, [])
            if said.source not in texts:
                texts.append(said.source)
    if paths is None:
        out.setdefault("argparse", []).extend(m for m in argparse_messages() if m not in out.get("argparse", []))
    return out


def plural_texts(paths: list[Path] | None = None) -> dict[tuple[str, str], str]:
    """``{(context, English plural): English singular}`` of every text said with ``plural=``."""
    return {
        (said.context, said.source): said.singular
        for path in paths or product_files()
        for said in said_in(path)
        if said.singular is not None
    }


def read_ts(path: Path = CATALOGUE) -> Entries:
    """``{(context, source): (translation, finished)}`` of an existing file, in its order.

    A numerus entry's translation is the tuple of its forms; it is finished when it has every
    form (:data:`NUMERUS_FORMS`) and none is empty.
    """
    if not path.exists():
        return {}
    out: Entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") not in ("unfinished", "obsolete")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform")) if translation is not None else ()
                out[(name, source)] = (forms, finished and len(forms) == NUMERUS_FORMS and all(forms))
                continue
            text = translation.text if translation is not None and translation.text else ""
            out[(name, source)] = (text, finished and bool(text))
    return out


def numerus_problem(context: str, source: str, singular: str | None, translation: Translation) -> str | None:
    """What is wrong with a text's entry as a plural (or not) text, or None.

    A text said with ``plural=`` needs a numerus entry whose every form is translated with the
    placeholders of its English (both English forms have the same ones); a text said without
    it needs a plain entry.  ``singular`` is None for a text that does not count.
    """
    where = f"{context}: {source!r}"
    if singular is None:
        return f"{where} is a plural entry, but the code says it without plural=" if isinstance(translation, tuple) else None
    if placeholders(singular) != placeholders(source):
        return f"{where}: its English singular {singular!r} has other placeholders"
    if not isinstance(translation, tuple):
        return f"{where} is said with plural= but its entry is not numerus=\"yes\""
    if len(translation) != NUMERUS_FORMS or not all(translation):
        return f"{where} has {sum(map(bool, translation))} of its {NUMERUS_FORMS} plural forms translated"
    bad = [form for form in translation if placeholders(form) != placeholders(source)]
    return f"{where}: the form {bad[0]!r} has other placeholders" if bad else None


def _write_translation(message: ET.Element, translation: Translation) -> ET.Element:
    element = ET.SubElement(message, "translation")
    if isinstance(translation, tuple):
        message.set("numerus", "yes")
        for form in translation:
            ET.SubElement(element, "numerusform").text = form
    else:
        element.text = translation
    return element


def write_ts(path: Path, language: str, strings: dict[str, list[str]], existing: Entries) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en_GB")
    for context in sorted(strings):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in strings[context]:
            message = ET.SubElement(ctx, "message")
            ET.SubElement(message, "source").text = source
            text, finished = existing.get((context, source), ("", False))
            translation = _write_translation(message, text)
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


def plural_problems(strings: dict[str, list[str]], plurals: dict[tuple[str, str], str], existing: Entries) -> list[str]:
    """:func:`numerus_problem` of every text the code says that has an entry."""
    found = (
        numerus_problem(c, s, plurals.get((c, s)), existing[(c, s)][0])
        for c, texts in strings.items()
        for s in texts
        if (c, s) in existing
    )
    return [problem for problem in found if problem is not None]


def _as_said(key: tuple[str, str], entry: tuple[Translation, bool], plurals: dict[tuple[str, str], str]) -> tuple[Translation, bool]:
    """An entry made plural or plain as the code now says it (the old translation kept, unfinished)."""
    text, finished = entry
    if key in plurals and not isinstance(text, tuple):
        return ((text,) * NUMERUS_FORMS, False)
    if key not in plurals and isinstance(text, tuple):
        return (text[-1], False)
    return entry


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings, change nothing")
    parser.add_argument("--drop-vanished", action="store_true", help="remove entries no code says any more")
    args = parser.parse_args(argv)
    strings = extract()
    plurals = plural_texts()
    existing = read_ts(CATALOGUE)
    todo = missing(strings, existing)
    if args.check:
        for line in todo:
            print(f"{CATALOGUE.name}: untranslated: {line}")
        for line in plural_problems(strings, plurals, existing):
            print(f"{CATALOGUE.name}: plural: {line}")
        return int(bool(todo) or bool(plural_problems(strings, plurals, existing)))
    entries = {} if args.drop_vanished else dict(existing)
    for context, texts in strings.items():
        for text in texts:
            entry = existing.get((context, text), (("",) * NUMERUS_FORMS if (context, text) in plurals else "", False))
            entries[(context, text)] = _as_said((context, text), entry, plurals)
    write_catalogue(entries)
    print(f"{CATALOGUE.relative_to(ROOT)}: {len(entries)} texts, {len(todo)} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
