"""No finding and no model value changes because of the speed work (issue 15).

``tests/data/golden/`` was recorded by ``golden_findings.py`` from the code before the one-pass
reader.  The comparison is exact, the order of findings included: the engine streams them in
document order and every report (console, JSON, HTML) shows them in that order.
"""

from __future__ import annotations

import json

import pytest
from golden_findings import GOLDEN, ROOT, gml_files, model_of, report_of
from validation_manifest import manifest

REPORTS = json.loads((GOLDEN / "reports.json").read_text(encoding="utf-8"))
MODELS = json.loads((GOLDEN / "models.json").read_text(encoding="utf-8"))
CASES = manifest()
FILES = gml_files()


def test_the_golden_covers_the_whole_manifest():
    assert sorted(REPORTS) == sorted(e["name"] for e in CASES)
    assert sorted(MODELS) == sorted(str(p.relative_to(ROOT)) for p in FILES)


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # shapely meeting a NaN on purpose
@pytest.mark.parametrize("entry", CASES, ids=[e["name"] for e in CASES])
def test_the_report_is_the_recorded_one(entry):
    assert report_of(entry) == REPORTS[entry["name"]]


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_the_reader_reads_the_recorded_model(path):
    assert model_of(path) == MODELS[str(path.relative_to(ROOT))]
