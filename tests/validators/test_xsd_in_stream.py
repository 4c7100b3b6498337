"""The in-stream XSD check changes no finding: both XSD paths over the whole manifest (issue 15).

A GML file is first read with libxml2's schema check attached to the reader's parse; only
a file that check refuses (or cannot answer for) is read again with the detailed check,
feature by feature.  Here every manifest entry and real-world file is validated with the
in-stream check allowed and with it turned off, in this process and with the detailed check
in a second process (as for files from 8 MB on), and the reports must be equal.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest
from golden_findings import REALWORLD, ROOT, _relative
from test_manifest import _options, _source
from validation_manifest import BROKEN, load_generator, manifest

from exporters.gml_writer import write_gml
from plu_model.synthetic import GeneratedPlan
from validators import ValidationOptions, engine, validate
from validators.report_json import report_dict
from validators.xsd import iter_xsd_findings, load_schema, stream_check

CASES = manifest()
REAL = sorted(REALWORLD.glob("*.gml"))
SAMPLE = ROOT / "resources" / "samples"


def _report(source, options: ValidationOptions, tmp: str, in_stream: bool, used: list[bool]) -> dict:
    """The normalised JSON report; ``used`` notes whether the in-stream check answered for the whole file."""
    read, restart = engine._Run._read_gml, engine._Run._restart
    calls: list[str] = []

    def reading(self, *args, in_stream=False):
        calls.append("stream" if in_stream else "detailed")
        return read(self, *args, in_stream=in_stream)

    engine._Run._read_gml = reading  # type: ignore[method-assign]
    engine._Run._restart = lambda self: (calls.append("restart"), restart(self))  # type: ignore[method-assign]
    engine._Run.in_stream_xsd = in_stream
    try:
        report = report_dict(validate(source, options))
    finally:
        engine._Run._read_gml, engine._Run._restart = read, restart  # type: ignore[method-assign]
        engine._Run.in_stream_xsd = True
    assert calls in ([], ["detailed"], ["stream"], ["stream", "restart", "detailed"])
    assert in_stream or "stream" not in calls
    used.append(calls == ["stream"])
    report.pop("created")
    report.pop("timings")
    return _relative(report, tmp)


def _both_ways(source, options: ValidationOptions, tmp: str) -> tuple[bool, list[tuple[str, dict, dict]]]:
    """Whether the in-stream check answered, and (way, with it, without it) pairs of reports: the
    detailed check in this process, and in a second process (as from 8 MB on) where the in-stream
    check failed, as that is when the second process runs."""
    used: list[bool] = []
    pairs = [("here", _report(source, options, tmp, True, used), _report(source, options, tmp, False, []))]
    if not used[0]:
        beside = dataclasses.replace(options, parallel_xsd_bytes=0)
        pairs.append(
            ("second process", _report(source, beside, tmp, True, []), _report(source, beside, tmp, False, []))
        )
    return used[0], pairs


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
def test_both_xsd_paths_give_the_same_reports_on_the_whole_manifest():
    answered = []
    for entry in CASES:
        with tempfile.TemporaryDirectory(prefix="plu-stream-") as tmp:
            generator = load_generator()
            source = _source(entry, Path(tmp), generator)
            used, pairs = _both_ways(source, _options(entry, Path(tmp), generator), tmp)
            for way, fast, detailed in pairs:
                assert fast == detailed, f"{entry['name']} ({way})"
            if used:
                answered.append(entry["name"])
    # the comparison means something only if the in-stream check answered for many plans
    assert "valid_base" in answered
    assert len(answered) >= 40, answered
    print(f"in-stream check answered for {len(answered)} of {len(CASES)} entries")
    # and it must not answer where the detailed check finds something it cannot see
    for name in (
        "xsd_duplicate_id",
        "xml_not_well_formed",
        "read_dtd",
        "read_not_plu",
        "xsd_wrapper_wfs",
        "xsd_unexpected_element",
    ):
        assert name not in answered


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
@pytest.mark.parametrize("path", [*REAL, *sorted(SAMPLE.glob("*.gml"))], ids=lambda p: p.name)
def test_both_xsd_paths_give_the_same_reports_on_real_files(path):
    _, pairs = _both_ways(path, ValidationOptions(profile="bg"), "")
    for way, fast, detailed in pairs:
        assert fast == detailed, way


def test_a_stream_pass_means_the_detailed_check_finds_nothing():
    schema = load_schema()
    files = sorted(BROKEN.glob("*.gml")) + REAL
    passed = [p for p in files if stream_check(p, schema)]
    assert len(passed) >= 40
    for p in passed:
        assert list(iter_xsd_findings(p, schema)) == [], p.name
    refused = {p.name for p in files} - {p.name for p in passed}
    assert {"xsd_duplicate_id.gml", "xml_not_well_formed.gml", "read_dtd.gml"} <= refused


def test_a_repeated_id_in_a_member_that_is_not_plu_sends_the_file_to_the_detailed_check(tmp_path):
    """The reader hands only PLU features to the validator; a collection inside a member is seen whole."""
    text = (BROKEN / "valid_base.gml").read_text(encoding="utf-8")
    gid = text.split('gml:id="', 2)[2].split('"', 1)[0]  # the first feature's id
    nested = f'<base:member><gml:FeatureCollection gml:id="{gid}"></gml:FeatureCollection></base:member>'
    head, sep, tail = text.rpartition("</base:SpatialDataSet>")
    plan = tmp_path / "nested.gml"
    plan.write_text(head + nested + sep + tail, encoding="utf-8")
    schema = load_schema()
    assert [f.rule for f in iter_xsd_findings(plan, schema)] == ["XSD"]
    assert not stream_check(plan, schema)
    used, pairs = _both_ways(plan, ValidationOptions(), str(tmp_path))
    assert not used
    for way, fast, detailed in pairs:
        assert fast == detailed, way


def test_a_late_schema_error_replays_what_was_already_said(tmp_path, monkeypatch):
    """Findings flow before the in-stream check fails; the detailed pass gives them again first."""
    path = tmp_path / "plan.gml"
    write_gml(path, GeneratedPlan(600, crs=3046))
    text = path.read_text(encoding="utf-8")
    text = text.replace("<base:localId>ze-0</base:localId>", "<base:localId></base:localId>", 1)
    last = text.rindex("<plu:inspireId>")
    path.write_text(text[:last] + "<plu:nonsense/>" + text[last:], encoding="utf-8")
    replayed: list[int] = []
    after = engine._after
    monkeypatch.setattr(engine, "_after", lambda said, findings: (replayed.append(len(said)), after(said, findings))[1])
    used, pairs = _both_ways(path, ValidationOptions(), str(tmp_path))
    assert not used and replayed and replayed[0] >= 1  # something was said, then the detailed pass took over
    for way, fast, detailed in pairs:
        assert fast == detailed, way
    rules = [f["rule"] for f in pairs[0][1]["findings"]]
    assert "XSD" in rules and "ID.EMPTY" in rules and rules.count("ID.EMPTY") == 1
