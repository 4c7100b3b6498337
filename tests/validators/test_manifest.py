"""Every rule has a broken plan that triggers it, and each broken plan produces exactly its findings."""

from __future__ import annotations

import pytest
from validation_manifest import BROKEN, found, load_generator, manifest, parse_expected

from exporters.gml_writer import write_gml
from plu_model.geopackage import write_plan
from plu_model.readers import read_dataset
from validators import NOT_CHECKED, RULES, ValidationOptions, validate

#: rules no file can trigger on purpose; each has its own test
NOT_FROM_A_FILE = {"TOPO.INCOMPLETE": "test_topology.py::test_a_geos_failure_becomes_a_finding",
                   # validation keeps comments (like an exchange); only an import, which keeps none, reports them
                   "READ.COMMENT_DROPPED": "test_comments_kept.py::test_an_import_reports_each_comment_it_drops"}
CASES = manifest()


def _options(entry: dict, tmp_path, generator) -> ValidationOptions:
    opts = dict(entry.get("options", {}))
    if opts.get("schema_dir") == "EMPTY":
        opts["schema_dir"] = str(tmp_path / "no-schemas")
        (tmp_path / "no-schemas").mkdir()
    if opts.pop("gml_writer", None):
        opts["gml_writer"] = lambda source, path: write_gml(path, source)
    if "skip" in opts:
        opts["skip"] = frozenset(opts["skip"])
    return ValidationOptions(today=generator.TODAY, max_identical=None, max_per_rule=None, **opts)


def _source(entry: dict, tmp_path, generator):
    if entry["kind"] == "dataset":
        return generator.build_dataset(entry["name"])
    if entry["kind"] == "missing":
        return tmp_path / entry["file"]
    path = BROKEN / entry["file"]
    if entry.get("convert") == "gpkg":
        data, _ = read_dataset(path)
        out = tmp_path / "plan.gpkg"
        write_plan(out, data.features(), crs=data.crs, dataset_id=lambda: data.dataset_id,
                   metadata=lambda: data.metadata)
        return out
    return path


def test_every_rule_has_a_broken_plan():
    covered = {rule for entry in CASES for rule, _ in parse_expected(entry["expect"])}
    missing = sorted(set(RULES) - covered - set(NOT_FROM_A_FILE))
    assert missing == []
    assert covered <= set(RULES)


def test_the_files_are_what_the_generator_makes():
    stale = [e["file"] for e in CASES if e["kind"] == "gml"
             and (BROKEN / e["file"]).read_text(encoding="utf-8") != load_generator().render(e["name"])]
    assert stale == [], "run python tests/data/broken/make_broken.py"


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # shapely meeting a NaN on purpose
@pytest.mark.parametrize("entry", CASES, ids=[e["name"] for e in CASES])
def test_broken_plan_gives_exactly_its_findings(entry, tmp_path):
    report = validate(_source(entry, tmp_path, load_generator()), _options(entry, tmp_path, load_generator()))
    assert found(report.findings) == parse_expected(entry["expect"]), entry["note"]
    # every finding is well formed: a catalogued rule with its severity and both languages
    for f in report.findings:
        assert f.severity == RULES[f.rule].severity
        assert f.message_en and f.message_bg and f.message_en != f.message_bg or f.rule in (
            "XSD", "XSD.SCHEMA_MISSING", "READ.UNUSABLE")
    rules = [r for r, _ in parse_expected(entry["expect"])]
    expected_verdict = "unusable" if any(RULES[r].severity.name == "FATAL" for r in rules) \
        else "invalid" if any(RULES[r].severity.name == "ERROR" for r in rules) \
        else "incomplete" if set(rules) & NOT_CHECKED else "valid"
    assert report.verdict == expected_verdict
