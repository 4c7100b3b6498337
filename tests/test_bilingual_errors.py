"""Every error the core raises carries its Bulgarian text: the product speaks Bulgarian and English.

The check reads the source (no import needed): it finds the classes derived from
``PluError`` by name and every call that constructs one, and fails on a call
that gives no Bulgarian text (``bg=``, or the class's own Bulgarian parameter,
as ``CommentError``'s ``message_bg``).
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGES = ("plu_model", "validators", "exporters", "participation", "register", "plu_cli")


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else None


def _bulgarian_parameter(cls: ast.ClassDef, inherited: tuple[str, int | None]) -> tuple[str, int | None]:
    """The keyword that takes the Bulgarian text and, if it can be positional, its position."""
    init = next((i for i in cls.body if isinstance(i, ast.FunctionDef) and i.name == "__init__"), None)
    if init is None:
        return inherited
    params = [a.arg for a in init.args.posonlyargs + init.args.args][1:]
    keyword_only = [a.arg for a in init.args.kwonlyargs]
    for name in ("message_bg", "bg"):
        if name in params:
            return name, params.index(name)
        if name in keyword_only:
            return name, None
    return "bg", None  # an __init__ with no place for Bulgarian text: every call is reported


def error_classes(trees: dict[Path, ast.Module]) -> dict[str, tuple[str, int | None]]:
    """PluError and every class derived from it (by name), with where each takes its Bulgarian text."""
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    found = {"PluError": ("bg", 1)}
    grew = True
    while grew:
        grew = False
        for cls in classes:
            parent = next((_name(b) for b in cls.bases if _name(b) in found), None)
            if cls.name not in found and parent is not None:
                found[cls.name] = _bulgarian_parameter(cls, found[parent])
                grew = True
    return found


def english_only(trees: dict[Path, ast.Module]) -> list[str]:
    """``file:line: Class`` of every construction of an error that gives no Bulgarian text."""
    classes = error_classes(trees)
    out = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in classes:
                continue
            keyword, position = classes[_name(node.func)]  # type: ignore[index]
            if any(k.arg == keyword or k.arg is None for k in node.keywords):
                continue
            if position is not None and (len(node.args) > position or any(isinstance(a, ast.Starred) for a in node.args)):
                continue
            out.append(f"{path}:{node.lineno}: {_name(node.func)}")
    return out


def _parse(sources: dict[Path, str]) -> dict[Path, ast.Module]:
    return {path: ast.parse(text, str(path)) for path, text in sources.items()}


def test_every_raised_error_has_bulgarian_text():
    sources = {p.relative_to(ROOT): p.read_text(encoding="utf-8")
               for package in PACKAGES for p in sorted((ROOT / package).rglob("*.py"))}
    assert english_only(_parse(sources)) == []


def test_the_check_finds_english_only_errors():
    base = Path("plu_model/errors.py")
    errors = (ROOT / base).read_text(encoding="utf-8")
    comment = Path("participation/comment.py")
    sources = {
        base: errors,
        comment: (ROOT / comment).read_text(encoding="utf-8"),
        Path("sample.py"): (
            "class ZoneError(PluInputError):\n    pass\n"
            "raise PluInputError('x')\n"
            "raise ZoneError(f'{a}: y')\n"
            "raise GeometryError('z', elem)\n"
            "raise CommentError('field', 'only English')\n"
            "raise errors.PlanFileError('p', bg='п')\n"
            "raise CommentError('field', 'en', 'бг')\n"
            "raise Cancelled('c', bg='о')\n"
        ),
        Path("plu_model/gml_geometry.py"): (ROOT / "plu_model/gml_geometry.py").read_text(encoding="utf-8"),
    }
    found = [f for f in english_only(_parse(sources)) if f.startswith("sample.py")]
    assert found == [
        "sample.py:3: PluInputError",
        "sample.py:4: ZoneError",
        "sample.py:5: GeometryError",
        "sample.py:6: CommentError",
    ]
