"""Every error the core raises is said from the catalogue: the product speaks Bulgarian and English.

The check reads the source (no import needed): it finds the classes derived from
``PluError`` by name and every call that constructs one, and fails on a call whose
message is a sentence written in the code (a string or f-string with a space) instead
of a :class:`plu_model.i18n.Text`; text from outside the product (an operating-system
error, jsonschema's words) is passed as a variable and is not a sentence of ours.
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


def error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """PluError and every class derived from it (by name)."""
    classes = [n for tree in trees.values() for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    found = {"PluError"}
    grew = True
    while grew:
        grew = False
        for cls in classes:
            if cls.name not in found and any(_name(b) in found for b in cls.bases):
                found.add(cls.name)
                grew = True
    return found


def _sentence(node: ast.expr) -> bool:
    """A message written in English in the code: a string or f-string that holds a space."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return " " in node.value
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.Constant) and " " in v.value for v in node.values)
    if isinstance(node, ast.BinOp):
        return _sentence(node.left) or _sentence(node.right)
    return False


def english_only(trees: dict[Path, ast.Module]) -> list[str]:
    """``file:line: Class`` of every construction of an error whose message is a sentence in the code."""
    classes = error_classes(trees)
    out = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in classes and any(_sentence(a) for a in node.args):
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
            "raise PluInputError('x y')\n"
            "raise ZoneError(f'{a}: y')\n"
            "raise GeometryError('z w', elem)\n"
            "raise CommentError('field', 'only English')\n"
            "raise errors.PlanFileError(Text('plu_model.errors', 'p q'))\n"
            "raise CommentError('field', Text('participation.comment', 'is empty'))\n"
            "raise Cancelled(exc.text)\n"
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
