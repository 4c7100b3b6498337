"""The XSD check of a large file in a second process gives exactly what the check in one process gives."""

from __future__ import annotations

import sys
from dataclasses import replace

import pytest
from test_manifest import CASES, _options, _source
from validation_manifest import load_generator

from plu_model.errors import Cancelled
from plu_model.progress import Progress
from validators import engine as engine_module
from validators import iter_findings, validate
from validators.xsd import iter_xsd_findings

#: the broken plans whose findings come from the XML itself, where the two ways could differ
XML_CASES = [e for e in CASES if e["kind"] == "gml" and e["name"].split("_")[0] in ("xsd", "xml", "read", "gml")]


def _seen(findings) -> list[tuple]:
    return sorted((f.rule, f.gml_id or "", f.line or 0, f.xpath or "", f.message_en, f.location is not None)
                  for f in findings)


@pytest.mark.parametrize("entry", XML_CASES, ids=[e["name"] for e in XML_CASES])
def test_a_second_process_finds_the_same(entry, tmp_path):
    generator = load_generator()
    options = _options(entry, tmp_path, generator)
    source = _source(entry, tmp_path, generator)
    alone = validate(source, replace(options, parallel_xsd_bytes=None))
    beside = validate(source, replace(options, parallel_xsd_bytes=0))
    assert _seen(beside.findings) == _seen(alone.findings)


def test_a_failing_second_process_falls_back_to_this_one(tmp_path, monkeypatch):
    import validators.xsd_worker as worker

    entry = next(e for e in XML_CASES if e["name"] == "xsd_unexpected_element")
    generator = load_generator()
    options = _options(entry, tmp_path, generator)
    source = _source(entry, tmp_path, generator)
    monkeypatch.setattr(worker.sys, "executable", "/bin/false")  # the child exits at once with status 1
    with pytest.raises(worker.WorkerFailed):
        worker.BackgroundXsd(source, tmp_path).findings()
    beside = validate(source, replace(options, parallel_xsd_bytes=0))
    monkeypatch.undo()
    assert "XSD" in {f.rule for f in beside.findings}
    assert _seen(beside.findings) == _seen(validate(source, replace(options, parallel_xsd_bytes=None)).findings)


def test_cancelling_stops_the_second_process(sample_path, monkeypatch):
    started = []

    class Watched(engine_module.BackgroundXsd):
        def __init__(self, *args):
            super().__init__(*args)
            started.append(self)

    monkeypatch.setattr(engine_module, "BackgroundXsd", Watched)
    # the sample passes the in-stream check: take the detailed path, as for a file that check refuses
    monkeypatch.setattr(engine_module._Run, "in_stream_xsd", False)
    stop = Progress(cancelled=lambda: True, every=1)
    with pytest.raises(Cancelled):
        list(iter_findings(sample_path, engine_module.ValidationOptions(parallel_xsd_bytes=0), stop))
    assert len(started) == 1 and started[0]._proc.poll() is not None  # ended, not left running


def test_cancelling_during_the_in_stream_check_starts_nothing_else(sample_path, monkeypatch):
    started = []
    monkeypatch.setattr(engine_module, "BackgroundXsd", lambda *args: started.append(args))
    stop = Progress(cancelled=lambda: True, every=1)
    with pytest.raises(Cancelled):
        list(iter_findings(sample_path, engine_module.ValidationOptions(parallel_xsd_bytes=0), stop))
    assert started == []


def test_a_file_that_is_one_feature_is_checked_against_the_schema(tmp_path, schema):
    bare = tmp_path / "bare.gml"
    bare.write_text(
        '<plu:OfficialDocumentation xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" '
        'xmlns:gml="http://www.opengis.net/gml/3.2" gml:id="OD.1"><plu:nonsense/></plu:OfficialDocumentation>',
        encoding="utf-8")
    found = list(iter_xsd_findings(bare, schema))
    assert [f.rule for f in found] == ["XSD"] and "nonsense" in found[0].message_en


def test_a_relative_path_works_and_findings_name_the_file_as_given(tmp_path, monkeypatch):
    entry = next(e for e in XML_CASES if e["name"] == "xsd_unexpected_element")
    generator = load_generator()
    options = _options(entry, tmp_path, generator)
    (tmp_path / "plan.gml").write_bytes(_source(entry, tmp_path, generator).read_bytes())
    monkeypatch.chdir(tmp_path)
    beside = validate("plan.gml", replace(options, parallel_xsd_bytes=0))
    alone = validate("plan.gml", replace(options, parallel_xsd_bytes=None))
    assert _seen(beside.findings) == _seen(alone.findings)
    assert {f.file for f in beside.findings if f.rule == "XSD"} == {"plan.gml"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_the_child_ends_with_a_parent_killed_hard(tmp_path):
    """A parent killed during the check of a big file must not leave its child checking all of it for nobody."""
    from killed_parent import child_outlives_killed_parent, long_plan

    from validators.schema_folder import find_schema_dir

    plan = long_plan(tmp_path)
    code = ("import time\n"
            "from validators.xsd_worker import BackgroundXsd\n"
            f"check = BackgroundXsd({str(plan)!r}, {str(find_schema_dir())!r})\n"
            "print(check._proc.pid, flush=True)\n"
            "time.sleep(600)\n")
    assert not child_outlives_killed_parent(code, plan)
