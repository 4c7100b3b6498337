"""Shared test set-up: headless Qt, the offline schema folder, the sample plan, one QGIS app."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Before anything can create a QApplication.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp/runtime-plu-tests")
Path(os.environ["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"
DATA = Path(__file__).resolve().parent / "data"


def _schema_dir() -> Path:
    env = os.environ.get("PLU_SCHEMA_DIR")
    candidates = [Path(env)] if env else []
    candidates += [ROOT.parent / "shared" / "schemas", Path.home() / ".cache" / "plu-studio" / "schemas"]
    for c in candidates:
        if (c / "inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd").is_file():
            return c.resolve()
    raise RuntimeError(
        "the INSPIRE schemas are needed for the tests: set PLU_SCHEMA_DIR, put the bundle in ../shared/schemas "
        "or run 'plu schemas fetch'"
    )


#: the plan register's cluster fixtures live beside this file (a second conftest.py would shadow this one)
pytest_plugins = ["register_fixtures", "services_fixtures"]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (never a downloaded browser), one for the whole session:
    Playwright's sync API cannot start a second time while one is running."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"{CHROMIUM} is not installed")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


SCHEMA_DIR = _schema_dir()
os.environ["PLU_SCHEMA_DIR"] = str(SCHEMA_DIR)


@pytest.fixture(scope="session")
def schema_dir() -> Path:
    return SCHEMA_DIR


@pytest.fixture(scope="session")
def schema(schema_dir):
    from validators.xsd import load_schema

    return load_schema(schema_dir)


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample(sample_path):
    from plu_model.gml_reader import read_gml

    data, findings = read_gml(sample_path)
    assert findings == []
    return data


@pytest.fixture(scope="session")
def qapp():
    """pytest-qt's application is QGIS's: one QgsApplication for the whole session."""
    from app.qgis_runtime import qgis_app

    return qgis_app()


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    """Keep tests out of the real user's cache, settings and working copies."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(home / "documents"))


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """Where tests leave screenshots and reports for people to look at."""
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)
    return out


def xsd_errors(path, schema) -> list:
    from validators.xsd import iter_xsd_findings

    return list(iter_xsd_findings(path, schema))





RTCHECK = next((p / "shared" / "tools" / "rtcheck" for p in ROOT.parents
                if (p / "shared" / "tools" / "rtcheck").is_file()), ROOT.parent / "shared" / "tools" / "rtcheck")


def rtcheck(a, b) -> int:
    """Exit code of the independent round-trip checker (``rtcheck A B``); skips where it is not installed."""
    import subprocess

    tool = Path(os.environ.get("PLU_RTCHECK", RTCHECK))
    if not tool.is_file():
        pytest.skip(f"the independent checker rtcheck is not at {tool} (set PLU_RTCHECK)")
    run = subprocess.run([sys.executable, str(tool), str(a), str(b)], capture_output=True, text=True, timeout=300)
    if run.returncode:
        print(run.stdout, run.stderr)
    return run.returncode
