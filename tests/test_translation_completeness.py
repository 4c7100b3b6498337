"""One completeness test over every way a user-visible text is written in two languages.

PLU Studio has three ways to say a thing in Bulgarian and English: Qt's
``translate()`` with ``resources/i18n/plu_studio_bg.ts`` (the desktop), both texts
at the call (``t(en, bg)`` in ``plu_cli``, ``_tr(language, en, bg)`` in a few app
modules, ``PluError(message, bg=...)`` and findings in the core), and argparse's
own words (:mod:`plu_cli.argparse_bg`).  This test looks at all of them, so a
text missing its Bulgarian fails here whichever way it was written.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CYRILLIC = re.compile("[А-Яа-я]")
PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[sr]|%%")
PACKAGES = ("app", "plu_cli", "plu_model", "validators", "exporters", "participation")
#: exception classes whose first argument is shown to the user and whose ``bg=`` is its Bulgarian
ERRORS = {"PluError", "PluInputError", "PlanFileError", "InvalidSetting"}


def _argparse_messages() -> list[str]:
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "ngettext"):
            for arg in node.args[: 1 if node.func.id == "_" else 2]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    out.append(arg.value)
    return out


@pytest.mark.parametrize("message", _argparse_messages())
def test_every_argparse_message_has_its_bulgarian(message):
    from plu_cli.argparse_bg import ARGPARSE_BG

    assert message in ARGPARSE_BG, f"argparse says {message!r}; add its Bulgarian to plu_cli/argparse_bg.py"
    bulgarian = ARGPARSE_BG[message]
    assert CYRILLIC.search(bulgarian) or not CYRILLIC.search(message.replace("%", ""))
    assert sorted(PLACEHOLDER.findall(bulgarian)) == sorted(PLACEHOLDER.findall(message))


def test_plu_speaks_bulgarian_in_its_usage_errors():
    result = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "bg", "package", "x.gml"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert "употреба: plu package" in result.stderr
    assert "липсват задължителните аргументи: --out" in result.stderr
    assert "usage" not in result.stderr and "required" not in result.stderr
    assert "Traceback" not in result.stderr
    result = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "bg", "info", "-h"], cwd=ROOT,
                            capture_output=True, text=True)
    assert "позиционни аргументи" in result.stdout and "показва тази помощ и излиза" in result.stdout


def test_every_qt_translate_call_has_a_finished_bulgarian_translation():
    result = subprocess.run([sys.executable, "scripts/update_translations.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def _text(node: ast.AST) -> str | None:
    """The literal parts of a string or f-string argument (None when it is not a literal)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None and right is None else (left or "") + (right or "")
    return None


def _pairs() -> list[tuple[str, str | None, str | None]]:
    """``(place, english, bulgarian)`` of every call that gives both texts at the call site."""
    files = [(package, path) for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))]
    out = []
    for package, path in [*files, ("plu_cli", ROOT / "main.py")]:  # main.py speaks like the CLI
        out.extend(_pairs_in(package, path))
    return out


def _pairs_in(package: str, path: Path) -> list[tuple[str, str | None, str | None]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        place = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name == "t" and package == "plu_cli" and len(node.args) == 2:
            out.append((place, _text(node.args[0]), _text(node.args[1])))
        elif name == "_tr" and len(node.args) == 3:
            out.append((place, _text(node.args[1]), _text(node.args[2])))
        elif name in ERRORS and node.args:
            bg = next((k.value for k in node.keywords if k.arg == "bg"), None)
            out.append((place, _text(node.args[0]), _text(bg) if bg is not None else "<missing>"))
    return out


def test_every_text_given_in_both_languages_at_the_call_has_real_bulgarian():
    missing = []
    for place, english, bulgarian in _pairs():
        if english is None or bulgarian is None:
            continue  # built from variables: checked where its parts are written
        words = re.sub(r"\{[^}]*\}", "", english)  # what the f-string fills in is not the text itself
        if bulgarian == "<missing>":
            missing.append(f"{place}: {english[:60]!r} has no bg=")
        elif re.search("[A-Za-z]{4}", words) and not CYRILLIC.search(bulgarian):
            missing.append(f"{place}: {english[:60]!r} is not Bulgarian in its bg text {bulgarian[:60]!r}")
    assert missing == []
