"""``plu`` starts fast: a command module imports nothing heavy, and every command still shows its help.

``plu`` imports every module in ``plu_cli/commands`` on each call to list them in ``plu --help``; one
module importing GDAL, the rule engine or Flask at the top slows every command.  These tests run in
fresh interpreters (what is imported is a property of a process) and find the command modules the
way ``plu`` does, so a command added later is checked too.  Time is measured in ``benchmarks/startup.py``.
"""

from __future__ import annotations

import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMAND_MODULES = sorted(info.name for info in pkgutil.iter_modules([str(ROOT / "plu_cli" / "commands")]))

#: modules that take tens of milliseconds or more to import, or pull in a framework a command may not need
HEAVY = (
    "osgeo", "qgis", "PyQt5", "PyQt6", "matplotlib", "flask", "flask_limiter", "weasyprint", "psycopg2",
    "sqlalchemy", "numpy", "shapely", "lxml", "yaml", "xmlschema", "jinja2",
    "validators.engine", "validators.rules", "exporters.gml_writer", "exporters.builtin",
    "plu_model.readers", "plu_model.geopackage", "plu_model.crs", "plu_model.importing.importer",
    "participation.package", "participation.service",
)

PROBE = """
import json, sys
sys.path.insert(0, {root!r})
{action}
heavy = [h for h in {heavy!r} if h in sys.modules]
print(json.dumps(heavy))
"""


def _heavy_after(action: str) -> list[str]:
    """The heavy modules a fresh interpreter holds after ``action``."""
    code = PROBE.format(root=str(ROOT), action=action, heavy=HEAVY)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.splitlines()[-1])


def test_the_commands_are_found():
    assert {"validate", "info", "convert"} <= set(COMMAND_MODULES)


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_a_command_module_imports_nothing_heavy(module):
    heavy = _heavy_after(f"import plu_cli.commands.{module}")
    assert heavy == [], (
        f"plu_cli/commands/{module}.py imports {', '.join(heavy)} when loaded; every 'plu' call loads it, "
        "so import these inside run() or the function that needs them"
    )


def test_plu_help_imports_nothing_heavy():
    action = (
        "from plu_cli.main import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
    )
    assert _heavy_after(action) == []


def _run(capsys, argv: list[str]) -> tuple[int, str]:
    from plu_cli.main import main

    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    return code, capsys.readouterr().out


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _commands() -> list:  # type: ignore[type-arg]
    import importlib

    return [importlib.import_module(f"plu_cli.commands.{m}") for m in COMMAND_MODULES]


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_every_command_is_listed_with_its_help(capsys, lang):
    from plu_cli.language import set_language

    code, out = _run(capsys, ["--lang", lang, "--help"])
    assert code == 0
    set_language(lang)
    for mod in _commands():
        assert _words(f"{mod.NAME} {mod.HELP()}") in _words(out), mod.NAME


@pytest.mark.parametrize("lang", ["en", "bg"])
def test_every_command_shows_its_own_help_with_its_options(capsys, lang):
    from plu_cli.language import set_language

    for mod in _commands():
        code, out = _run(capsys, ["--lang", lang, mod.NAME, "--help"])
        assert code == 0, mod.NAME
        set_language(lang)
        usage = {"en": "usage", "bg": "употреба"}[lang]  # argparse's own words follow the language too
        assert out.startswith(f"{usage}: plu {mod.NAME} "), mod.NAME
        assert _words(mod.HELP()) in _words(out), mod.NAME
        assert "-h, --help" in out


def test_the_validate_options_are_all_there(capsys):
    """``add_arguments`` runs only for the command called: the options must still all be there then."""
    code, out = _run(capsys, ["validate", "--help"])
    assert code == 0
    for option in ("--profile", "--format", "--output", "--jobs", "--tolerance", "--sliver-area", "--skip",
                   "--all", "--rules", "bg-sofia"):
        assert option in out, option


@pytest.mark.parametrize("lang_option", ["--lang", "--la"])  # argparse takes a long option shortened
def test_options_before_the_command_still_find_it(capsys, lang_option):
    code, out = _run(capsys, [lang_option, "bg", "--debug", "info", "--help"])
    assert code == 0 and "употреба: plu info" in out and "--json" in out


def test_an_unknown_command_is_a_usage_error_that_lists_the_commands(capsys):
    from plu_cli.main import main

    with pytest.raises(SystemExit) as exc:
        main(["--lang", "en", "valdate", "x.gml"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'valdate'" in err and "validate" in err
