"""The layers of the product stay apart: the core runs headless, nothing imports the GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ["plu_model", "validators", "exporters", "participation", "register", "services", "plu_cli"]
QT = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "qtpy", "sip")
#: what each package may import from the project (STYLE.md, "Layers")
ALLOWED = {
    "plu_model": {"plu_model"},
    "validators": {"plu_model", "validators"},
    "exporters": {"plu_model", "exporters"},
    "participation": {"plu_model", "exporters", "validators", "participation"},
    "register": {"plu_model", "exporters", "validators", "register"},
    "services": {"plu_model", "exporters", "validators", "register", "participation", "services"},
    "plu_cli": {"plu_model", "exporters", "validators", "participation", "register", "services", "plu_cli"},
}
PROJECT = set(ALLOWED) | {"app"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name.split(".")[0]) for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.append((node.lineno, node.module.split(".")[0]))
    return out


def _files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def test_core_packages_import_no_qt_or_qgis():
    offenders = [
        f"{p.relative_to(ROOT)}:{line} imports {name}"
        for package in CORE
        for p in _files(package)
        for line, name in _imports(p)
        if name in QT
    ]
    assert offenders == []


def test_packages_import_only_the_layers_below_them():
    offenders = [
        f"{p.relative_to(ROOT)}:{line} imports {name}"
        for package, allowed in ALLOWED.items()
        for p in _files(package)
        for line, name in _imports(p)
        if name in PROJECT and name not in allowed
    ]
    assert offenders == []


def test_nothing_outside_app_imports_app():
    files = [p for package in CORE for p in _files(package)]
    offenders = [f"{p.relative_to(ROOT)}:{line}" for p in files for line, name in _imports(p) if name == "app"]
    assert offenders == []


def test_core_runs_without_qt_loaded():
    """Importing every core module (and running the CLI) leaves Qt and QGIS unloaded."""
    modules = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for package in CORE
        for p in _files(package)
        if p.name not in ("__main__.py",)
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m.removesuffix('.__init__'))\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT!r}]\n"
        "print(bad)\n"
        "raise SystemExit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_test_files_have_unique_names():
    """pytest imports test files by base name (no packages): two of the same name stop the whole run."""
    names = [p.name for p in (ROOT / "tests").rglob("test_*.py")]
    assert sorted(n for n in set(names) if names.count(n) > 1) == []
