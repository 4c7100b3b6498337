"""One completeness test over every user-visible text: one catalogue, one way to say a text.

Every text the product shows is written once, in English, at a call of
:func:`plu_model.i18n.say`, ``say_in``, :class:`plu_model.i18n.Text` or, in the desktop
app, ``translate()``/``translate_to()``/``UndoText()``; its Bulgarian is an entry of
``resources/i18n/plu_studio_bg.ts``.  argparse's own words are the ``argparse`` context
of the same catalogue.  This test proves:

* every entry has a finished Bulgarian translation with the same placeholders, all named
  ``{name}`` (no Qt-style ``%1`` filled by hand: translators see one style);
* every literal given to those calls (an AST scan of every product package) is an entry;
* every message of the running Python's argparse is an entry;
* no other way is left: no ``bg=`` keyword, no ``t(en, bg)``/``_tr(language, en, bg)``,
  no English/Bulgarian pair side by side, no Cyrillic string literal outside the
  catalogue except the data listed in :data:`CYRILLIC_DATA` (each with why).
"""

from __future__ import annotations

import ast
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from update_translations import CATALOGUE, PACKAGES, argparse_messages, read_ts, said_in  # noqa: E402

CYRILLIC = re.compile("[А-Яа-яЁё]")
QT_STYLE = re.compile(r"%\d")
PERCENT = re.compile(r"%(?:\([a-z_]+\))?[sdr]|%%")

#: Cyrillic string literals that are data, not texts of the product: file → (why, the literals).
#: Narrow on purpose (each literal named), and the test fails when a listed literal is gone.
CYRILLIC_DATA: dict[str, tuple[str, tuple[str, ...]]] = {
    "plu_model/dates.py": (
        "the Bulgarian year mark 'г.' dates are read with and written in (a date format)",
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?", " г."),
    ),
    "participation/paper.py": (
        "the same date format, for dates typed on a paper comment",
        (r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?$",),
    ),
    "plu_model/importing/rules.py": (
        "yes/no words and a date format a source attribute table may hold in Bulgarian (input data)",
        ("да", "д", "не", "н", "%d.%m.%Y г."),
    ),
    "plu_model/importing/mapping.py": (
        "an example official title in the mapping template (a plan's data)",
        ("'ПУП – ПРЗ …'",),
    ),
    "plu_model/indicators.py": (
        "Bulgarian field names of source data the indicators recognise",
        ("кинт", "плътност", "озеленяване", "височина"),
    ),
    "participation/reference.py": (
        "the default prefix of comment references (ПУП-2026-0042): data of the register "
        "of comments, the same in every language",
        ("ПУП",),
    ),
    "participation/settings.py": ("the same default prefix, as a setting", ("ПУП",)),
    "participation/service/storage.py": ("the same default prefix, for the service's database", ("ПУП",)),
    "app/i18n.py": ("the UI languages, each named in itself in the language menu", ("table:LANGUAGES",)),
    "app/consultation_wizard.py": ("the package's languages, each named in itself", ("table:LANGUAGE_NAMES",)),
    "plu_model/portrayal.py": (
        "the national zone types' names and colours (Наредба № 8 table): code-list data",
        ("table:ZONE_TYPE_STYLES",),
    ),
    "exporters/codelist_registry.py": (
        "the INSPIRE registry's own labels of a status and an extensibility, written as data into a published register",
        ("table:_STATUS_TEXT", "table:_EXTENSIBILITY_TEXT"),
    ),
    "exporters/iso_metadata.py": (
        "the INSPIRE theme's registered name and the regulation's official Bulgarian "
        "title, as data of the metadata record",
        ("table:_THEME_LABEL", "table:_CONFORMITY_SPEC"),
    ),
}

#: files not yet on the one mechanism (text pairs still written at the call).  The list only shrinks:
#: the test fails when a listed file is clean, so that it is taken off.
NOT_YET: dict[str, str] = {}


def _product_files() -> list[Path]:
    return [p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))] + [ROOT / "main.py"]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _placeholders(text: str) -> list[str]:
    try:
        return sorted(f"{name}" for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:
        return ["<malformed>"]


CATALOGUE_ENTRIES = read_ts(CATALOGUE)


def _entry_problem(context: str, source: str, translation: str, finished: bool) -> str | None:
    """What is wrong with one catalogue entry, or None."""
    if not finished:
        return f"{context}: {source!r} is not translated"
    if context == "argparse":  # argparse's own %-formatted messages, as its gettext gives them
        if sorted(PERCENT.findall(source)) != sorted(PERCENT.findall(translation)):
            return f"argparse: {source!r} and {translation!r} differ in their % placeholders"
        return None
    if QT_STYLE.search(source) or QT_STYLE.search(translation):
        return f"{context}: {source!r} has a Qt-style %N placeholder; name it {{name}} and fill it by keyword"
    if _placeholders(source) != _placeholders(translation):
        return f"{context}: {source!r} and {translation!r} differ in their placeholders"
    if (
        re.search("[A-Za-z]{4}", re.sub(r"\{[^}]*\}", "", source))
        and not CYRILLIC.search(translation)
        and translation == source
        and not _same_in_both(source)
    ):
        return f"{context}: {source!r} is 'translated' as itself"
    return None


def test_every_entry_has_a_finished_bulgarian_translation_with_the_same_placeholders():
    bad = [
        problem
        for (context, source), (translation, finished) in CATALOGUE_ENTRIES.items()
        if (problem := _entry_problem(context, source, translation, finished)) is not None
    ]
    assert bad == []


@pytest.mark.parametrize(
    ("source", "translation"),
    [("Errors: %1, warnings: %2", "Грешки: %1, предупреждения: %2"), ("Saved %1", "Записан е {path}")],
)
def test_a_qt_style_placeholder_fails_the_catalogue(source, translation):
    assert "Qt-style %N" in (_entry_problem("MainWindow", source, translation, True) or "")
    assert _entry_problem("MainWindow", "Saved {path}", "Записан е {path}", True) is None


def _same_in_both(source: str) -> bool:
    """Texts that are the same in Bulgarian: names, codes, formats ("GeoJSON", "{path}: {text}")."""
    words = re.sub(r"\{[^}]*\}|https?://\S+|[A-Za-z]+:[A-Za-z]\w*|\b[A-Z][A-Za-z0-9]*\b", "", source)
    return not re.search("[a-z]{4}", words)


def _said() -> list[tuple[str, str, str]]:
    return [(f"{_rel(p)}:{line}", c, s) for p in _product_files() for c, s, line in said_in(p)]


def test_every_text_said_is_an_entry_of_the_catalogue():
    missing = [
        f"{place}: {context} {source!r}"
        for place, context, source in _said()
        if (context, source) not in CATALOGUE_ENTRIES
    ]
    assert missing == [], "run scripts/update_translations.py and translate the new entries"


def test_every_say_and_text_call_names_its_context_and_source_as_literals():
    """A text built at run time cannot be checked (nor found by a translator)."""
    names = {"say": 0, "Text": 0, "say_in": 1}
    bad = []
    for path in _product_files():
        if _rel(path) in ("plu_model/i18n.py", "app/i18n.py", "plu_cli/argparse_bg.py"):
            continue  # the mechanism itself (translate() is checked by the scan), argparse's words (below)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                first = names.get(name)
                if first is None or isinstance(node.func, ast.Attribute) and name != "say_in":
                    continue
                args = node.args[first : first + 2]
                if len(args) < 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                    bad.append(f"{_rel(path)}:{node.lineno}")
    assert bad == []


@pytest.mark.parametrize("message", argparse_messages())
def test_every_argparse_message_is_an_entry(message):
    entry = CATALOGUE_ENTRIES.get(("argparse", message))
    assert entry is not None and entry[1], f"argparse says {message!r}; run scripts/update_translations.py"
    assert sorted(PERCENT.findall(entry[0])) == sorted(PERCENT.findall(message))


def test_plu_speaks_bulgarian_in_its_usage_errors():
    result = subprocess.run(
        [sys.executable, "-m", "plu_cli", "--lang", "bg", "package", "x.gml"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "употреба: plu package" in result.stderr
    assert "липсват задължителните аргументи: --out" in result.stderr
    assert "usage" not in result.stderr and "required" not in result.stderr
    assert "Traceback" not in result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "plu_cli", "--lang", "bg", "info", "-h"], cwd=ROOT, capture_output=True, text=True
    )
    assert "позиционни аргументи" in result.stdout and "показва тази помощ и излиза" in result.stdout


def _docstrings(tree: ast.AST) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            out.add(id(body[0].value))
    return out


def _sources(tree: ast.AST) -> set[int]:
    """The literals given to say/Text/Words: catalogue sources (an English text may quote a Bulgarian word)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in ("say", "Text", "say_in", "Words", "translate", "translate_to", "UndoText"):
                out.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))
    return out


def _fills_by_hand(call: ast.Call) -> bool:
    """``text.replace("%1", value)``: a Qt-style placeholder filled after the text was said."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else ""
    first = call.args[0] if call.args else None
    return (
        name == "replace"
        and isinstance(first, ast.Constant)
        and isinstance(first.value, str)
        and QT_STYLE.fullmatch(first.value) is not None
    )


@pytest.mark.parametrize(
    ("code", "by_hand"),
    [
        ('translate("MainWindow", "Saved %1").replace("%1", path)', True),
        ('translate("MainWindow", "Saved {path}", path=path)', False),
        ('url.replace("&", "%26")', False),
    ],
)
def test_a_placeholder_filled_by_hand_is_found(code, by_hand):
    calls = [n for n in ast.walk(ast.parse(code)) if isinstance(n, ast.Call)]
    assert any(_fills_by_hand(c) for c in calls) is by_hand


def _literal(node: ast.AST) -> bool:
    return isinstance(node, (ast.Constant, ast.JoinedStr))


def _tables(tree: ast.AST, names: set[str]) -> set[int]:
    """The literals of module-level tables named as data in :data:`CYRILLIC_DATA` (``table:NAME``)."""
    out = set()
    for node in getattr(tree, "body", []):
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        if any(isinstance(t, ast.Name) and t.id in names for t in targets) and node.value is not None:
            out.update(id(n) for n in ast.walk(node.value) if isinstance(n, ast.Constant))
    return out


def _other_ways(path: Path) -> list[str]:
    """Every place in a file that says a text some other way than the catalogue."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    tables = {lit[6:] for lit in CYRILLIC_DATA.get(_rel(path), ("", ()))[1] if lit.startswith("table:")}
    docs = _docstrings(tree) | _sources(tree) | _tables(tree, tables)
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if any(k.arg == "bg" or (k.arg or "").endswith("_bg") and _literal(k.value) for k in node.keywords):
                found.append(f"{line}: a bg= keyword")  # data read in both languages (a profile's labels) is not
            if isinstance(node.func, ast.Name) and name in ("t", "_tr", "_t") and len(node.args) >= 2:
                found.append(f"{line}: {name}() with both texts")
            if _fills_by_hand(node):
                found.append(f"{line}: a %N placeholder filled by hand (name it {{name}} and give it as a keyword)")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docs
            and CYRILLIC.search(node.value)
        ):
            found.append(f"{line}: a Cyrillic literal {node.value!r}")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = {a.arg for a in node.args.args + node.args.kwonlyargs}
            if {"en", "bg"} <= params or any(p.endswith("_bg") and p[:-3] + "_en" in params for p in params):
                found.append(f"{line}: {node.name}() takes an English and a Bulgarian text")
    return found


def _is_data(rel: str, found: str) -> bool:
    literals = CYRILLIC_DATA.get(rel, ("", ()))[1]
    return any(found.endswith(f"a Cyrillic literal {literal!r}") for literal in literals)


def test_no_other_way_to_say_a_text_is_left():
    left = {}
    for path in _product_files():
        rel = _rel(path)
        if rel in ("plu_model/i18n.py",):
            continue
        found = [f for f in _other_ways(path) if not _is_data(rel, f)]
        if found and rel not in NOT_YET:
            left[rel] = found[:5]
    assert left == {}, "say it with plu_model.i18n (scripts/i18n_codemod.py rewrites the usual forms)"


def test_the_lists_of_exceptions_are_still_needed():
    """A file taken off the mechanism's to-do list, or whose data is gone, leaves the lists."""
    stale = [rel for rel in NOT_YET if not [f for f in _other_ways(ROOT / rel) if not _is_data(rel, f)]]
    for rel, (_, literals) in CYRILLIC_DATA.items():
        found = _other_ways(ROOT / rel)
        stale += [
            f"{rel}: {lit!r}"
            for lit in literals
            if not lit.startswith("table:") and not any(_is_data(rel, f) and f.endswith(repr(lit)) for f in found)
        ]
    assert stale == []
