"""The raw-XML hook judges a feature from what the reader has just visited, and finds the same.

:class:`~validators.xml_checks.GmlXmlChecks` takes each feature's children, with their tags and
attributes, from the reader that has just read them (``GmlReader.last_children``, given by
``read_with``) and finds the feature's GML elements with lxml's tree walk instead of an XPath union.
Each file below is read three ways: with a hook that takes the reader's children, with one that
visits them itself, and with the full walk of every element (:mod:`validators.fast_paths` off).
Every feature's findings (rule, severity, both languages, fix, line, gml:id, XPath), the gml:id
values counted, the srsName uses and the collection's findings must be the same; then the whole
report of :func:`validators.validate` with the short ways and without them.

The files: every GML file under ``tests/data`` (real-world plans, the broken-plan corpus, golden,
import and round-trip inputs), a generated plan shaped like the benchmarks' big files (zones with
dimensioning figures, at a small scale), and copies of it with random faults (a fixed seed).
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest
from test_mutated_plans import _mutate

from exporters.gml_writer import write_gml
from plu_model.gml_reader import GmlReader
from plu_model.synthetic import GeneratedPlan
from validators import ValidationOptions, fast_paths, validate
from validators.profiles import load_profile
from validators.report_json import report_dict
from validators.xml_checks import GmlXmlChecks
from validators.xsd import IdTally

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = sorted(DATA.rglob("*.gml"))
PROFILE = load_profile("bg")
OPTIONS = ValidationOptions(profile="bg")
TODAY = date(2026, 1, 1)
SEED = 20261206
#: the raw-XML rules these files must make the hook say, written by hand: a comparison of three ways
#: that all found nothing would prove nothing
EXPECTED_RULES = {"gmlas.c.1", "gmlas.c.2", "gmlas.c.3", "gmlas.d.3", "gmlas.d.6", "gmlas.d.7", "gmlas.d.9",
                  "lu-plu-as.a.4", "PITFALL.BACKGROUDMAPURI"}


def _said(finding) -> tuple:
    return (finding.rule, finding.severity, finding.message("en"), finding.message("bg"), finding.fix,
            finding.line, finding.gml_id, finding.xpath, finding.file, finding.count)


def _hook_verdict(path: Path, way: str, monkeypatch) -> dict:
    """Everything the hook says about the file read one ``way``: "reader", "itself" or "walk"."""
    monkeypatch.setattr(fast_paths, "ENABLED", way != "walk")
    ids = IdTally()
    hook = GmlXmlChecks(str(path), None, PROFILE, OPTIONS, {}, ids)
    features: list[list[tuple]] = []

    def on_feature(elem, feature) -> None:
        hook(elem, feature)
        features.append([_said(f) for f in hook.pending])
        hook.pending = []

    reader = GmlReader(path, on_feature=on_feature, build_sources=False)
    if way == "reader":
        hook.read_with(reader)
    try:
        for _feature in reader.features():
            pass
        end = "read"
    except Exception as exc:  # noqa: BLE001 - a file the reader refuses must be refused the same way each time
        end = type(exc).__name__
    finish = [_said(f) for f in hook.finish()] if features else []
    first = {srs: {**where, "location": None if where.get("location") is None else where["location"].wkb}
             for srs, where in hook.srs_first.items()}
    monkeypatch.setattr(fast_paths, "ENABLED", True)
    return {"features": features, "ids": (ids.count, sorted(ids.ids)), "srs_names": dict(hook.srs_names),
            "srs_first": first, "finish": finish, "end": end}


def _report(path: Path, enabled: bool, monkeypatch) -> dict:
    monkeypatch.setattr(fast_paths, "ENABLED", enabled)
    report = report_dict(validate(path, ValidationOptions(profile="bg", today=TODAY, max_identical=None,
                                                          max_per_rule=None)))
    monkeypatch.setattr(fast_paths, "ENABLED", True)
    report.pop("created")
    report.pop("timings")
    return report


def _same_three_ways(path: Path, monkeypatch) -> dict:
    """The hook's verdict, after checking that the other two ways give the same."""
    taken = _hook_verdict(path, "reader", monkeypatch)
    assert taken == _hook_verdict(path, "itself", monkeypatch)
    assert taken == _hook_verdict(path, "walk", monkeypatch)
    return taken


def _rules(verdict: dict) -> set[str]:
    return {said[0] for found in verdict["features"] for said in found}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """A plan written as the benchmarks write theirs, at a small scale."""
    path = tmp_path_factory.mktemp("generated") / "generated.gml"
    write_gml(path, GeneratedPlan(zones=150, cell=40.0, namespace="BG.BENCH.1"))
    return path


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # shapely meeting NaN on purpose
def test_the_files_cover_the_rules(monkeypatch):
    seen: set[str] = set()
    for path in FILES:
        seen |= _rules(_hook_verdict(path, "reader", monkeypatch))
    assert EXPECTED_RULES <= seen


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy and shapely meeting NaN on purpose
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(DATA)) for p in FILES])
def test_every_data_file_gets_the_same_from_the_hook_and_the_engine(path, monkeypatch):
    _same_three_ways(path, monkeypatch)
    assert _report(path, True, monkeypatch) == _report(path, False, monkeypatch)


def test_a_generated_plan_gets_the_same(generated, monkeypatch):
    verdict = _same_three_ways(generated, monkeypatch)
    assert len(verdict["features"]) > 150 and verdict["ids"][0] > 450  # every zone, its geometry's ids
    assert verdict["srs_names"]  # the geometries' srsName, counted
    assert _report(generated, True, monkeypatch) == _report(generated, False, monkeypatch)


#: faults the raw-XML rules judge, each put on one occurrence (chosen at random) of what it changes
_RAW_FAULTS = [
    (r'<plu:beginLifespanVersion>[^<]*<', "<plu:beginLifespanVersion><"),  # empty
    (r'xsi:nil="true" (nilReason="[^"]*")', r"\1"),  # a nilReason without xsi:nil
    (r'nilReason="[^"]*"', 'nilReason="missing"'),  # a reason the INSPIRE validator refuses
    (r'(<plu:regulationNature [^>]*/>)', r"\1\1"),  # twice
    (r'srsDimension="2"', 'srsDimension="4"'),
    (r'<gml:Polygon ', '<gml:Polygon srsName="EPSG:4326" '),
    (r'<base:localId>[^<]*<', "<base:localId> <"),  # empty three levels down
    (r'<plu:value uom="m">[^<]*<', '<plu:value uom="m" xsi:nil="true"><'),
    (r'(<gml:posList>)', r"<gml:pos>1 2</gml:pos>\1"),  # a ring's coordinates not in one posList
]


def _raw_fault(text: str, rng: random.Random) -> str:
    pattern, replacement = rng.choice(_RAW_FAULTS)
    found = list(re.finditer(pattern, text))
    if not found:
        return text
    m = rng.choice(found)
    return text[: m.start()] + m.expand(replacement) + text[m.end():]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_random_faults_in_a_generated_plan_get_the_same(generated, tmp_path, monkeypatch):
    rng = random.Random(SEED)
    text = generated.read_text(encoding="utf-8")
    path = tmp_path / "faulty.gml"
    said: set[str] = set()
    for case in range(16):
        faulty = text
        for _ in range(rng.randrange(1, 6)):
            faulty = _raw_fault(faulty, rng)
        if case % 4 == 3:  # and damage of any kind (lines lost or doubled, names changed, a file cut short)
            faulty = _mutate(faulty, rng)
        path.write_text(faulty, encoding="utf-8")
        said |= _rules(_same_three_ways(path, monkeypatch))
        assert _report(path, True, monkeypatch) == _report(path, False, monkeypatch)
    assert {"gmlas.c.1", "gmlas.c.2", "gmlas.c.3", "lu-plu-as.a.4", "gmlas.d.7"} <= said
