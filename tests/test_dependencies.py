"""setup.py and requirements.txt declare exactly what the code imports; Debian-provided modules are in setup.sh;
setup.sh installs with constraints.txt and its stamp covers it."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

from conftest import ROOT

PRODUCT = ["plu_model", "validators", "exporters", "participation", "register", "services", "plu_cli", "app"]
TESTS = ["tests", "benchmarks", "scripts"]
FIRST_PARTY = set(PRODUCT) | {"main"}
#: modules Debian provides (no PyPI distribution in the venv): the apt package that brings each
DEBIAN = {"qgis": "python3-qgis", "osgeo": "python3-gdal", "psycopg2": "python3-psycopg2", "PyQt5": "python3-qgis",
          "owslib": "python3-owslib"}
#: pytest plugins are used through their fixtures, never imported: the fixture that shows each is used
PLUGINS = {"pytest-qt": "qtbot"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(spec: str) -> str:
    return _norm(re.split(r"[<>=!~;\[ ]", spec.strip(), maxsplit=1)[0])


def _local_modules(folders: list[str]) -> set[str]:
    """Module names of the repository's own helper files (tests/conftest.py, tests/*/helpers…)."""
    names = set()
    for folder in folders:
        for py in (ROOT / folder).rglob("*.py"):
            names.add(py.stem)
    return names


def _imports(folders: list[str], files: tuple[str, ...] = ()) -> set[str]:
    paths = [p for f in folders for p in (ROOT / f).rglob("*.py")] + [ROOT / f for f in files]
    found = set()
    for py in paths:
        for node in ast.walk(ast.parse(py.read_text(encoding="utf-8"), str(py))):
            if isinstance(node, ast.Import):
                found.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return {m for m in found if m not in sys.stdlib_module_names and m not in FIRST_PARTY}


def _distributions(modules: set[str]) -> tuple[set[str], set[str]]:
    """PyPI distributions of the modules, and the modules that have none (Debian's)."""
    dists = packages_distributions()
    pypi, debian = set(), set()
    for m in modules:
        if m in DEBIAN:
            debian.add(m)
        else:
            assert m in dists, f"{m} is imported but installed by nothing: declare it"
            pypi.update(_norm(d) for d in dists[m])
    return pypi, debian


def _setup_py() -> tuple[set[str], set[str]]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "setup")
    kw = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg in ("install_requires", "extras_require")}
    return ({_requirement_name(r) for r in kw["install_requires"]},
            {_requirement_name(r) for reqs in kw["extras_require"].values() for r in reqs})


def _requirements_txt() -> set[str]:
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    return {_requirement_name(x) for x in lines if x.strip() and not x.lstrip().startswith("#")}


def _apt_packages() -> set[str]:
    text = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    # the array's lines up to the line that closes it, each without its comment (comments may hold parentheses)
    lines = text.split("APT_PACKAGES=(", 1)[1].splitlines()
    words = []
    for line in lines:
        code = line.split("#", 1)[0]
        words += code.replace(")", " ").split()
        if ")" in code:
            break
    return set(words)


def test_setup_py_declares_exactly_what_the_product_imports():
    pypi, debian = _distributions(_imports(PRODUCT, ("main.py",)))
    runtime, _ = _setup_py()
    assert runtime == pypi
    assert {DEBIAN[m] for m in debian} <= _apt_packages()


def test_test_extras_declare_what_only_the_tests_import():
    local = _local_modules(TESTS)
    pypi, debian = _distributions(_imports(TESTS) - local)
    runtime, extras = _setup_py()
    plugins = {_norm(p) for p, fixture in PLUGINS.items()
               if any(fixture in py.read_text(encoding="utf-8") for py in (ROOT / "tests").rglob("*.py"))}
    assert extras == (pypi - runtime) | plugins
    assert {DEBIAN[m] for m in debian} <= _apt_packages()


def test_requirements_txt_is_setup_py():
    runtime, extras = _setup_py()
    assert _requirements_txt() == runtime | extras


def test_setup_sh_installs_with_the_constraints_and_stamps_them():
    text = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert re.search(r"pip install [^\n]*-c constraints\.txt -r requirements\.txt", text)
    stamp = next(line for line in text.splitlines() if line.startswith("want="))
    assert "constraints.txt" in stamp and "requirements.txt" in stamp
    pins = {_requirement_name(x): x for x in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
            if x and not x.startswith("#")}
    assert all("==" in spec for spec in pins.values())
    # every PyPI requirement that pip installs into the venv (not one Debian already provides) is pinned
    dists = packages_distributions()
    from_venv = {_norm(d) for files in dists.values() for d in files
                 if _in_venv(d)}
    assert (_requirements_txt() & from_venv) <= set(pins)


def _in_venv(dist: str) -> bool:
    from importlib.metadata import distribution

    return Path(str(distribution(dist).locate_file(""))).resolve().is_relative_to(Path(sys.prefix).resolve())


def test_setup_sh_keeps_debian_frontend_under_sudo_and_starts_no_cluster():
    text = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "env DEBIAN_FRONTEND=noninteractive apt-get" in text
    assert "DEBIAN_FRONTEND=noninteractive $SUDO" not in text  # sudo would drop it
    apt = _apt_packages()
    assert "postgresql" not in apt and "postgresql-15" in apt  # the metapackage is not needed
    assert "create_main_cluster = false" in text
    assert text.index("create_main_cluster = false") < text.index('"${APT[@]}" install "${missing[@]}"')


def test_setup_py_packages_every_product_package():
    text = (ROOT / "setup.py").read_text(encoding="utf-8")
    included = set(re.findall(r'"(\w+)\*"', re.search(r"find_packages\(include=\[(.*?)\]", text, re.S).group(1)))
    assert included == set(PRODUCT)
