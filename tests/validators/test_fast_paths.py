"""The short ways through a sound plan (:mod:`validators.fast_paths`) change no finding.

Every manifest plan, every damaged copy of the sample plan and a generated plan whose
faults come after the same values were seen sound elsewhere are validated twice, with the
short ways and with every feature through the full rules; the reports must be identical,
findings, order and places included.
"""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest
from golden_findings import report_of
from test_mutated_plans import _damaged
from validation_manifest import manifest

from exporters.gml_writer import write_gml
from plu_model.synthetic import GeneratedPlan
from validators import ValidationOptions, fast_paths, validate
from validators.report_json import report_dict

CASES = manifest()
TODAY = date(2026, 1, 1)


def _both(run, monkeypatch):
    """What ``run()`` gives with the short ways, then without them."""
    fast = run()
    monkeypatch.setattr(fast_paths, "ENABLED", False)
    full = run()
    monkeypatch.setattr(fast_paths, "ENABLED", True)
    return fast, full


def _report(path, **options) -> dict:
    report = report_dict(validate(path, ValidationOptions(profile="bg", today=TODAY, max_identical=None,
                                                          max_per_rule=None, **options)))
    report.pop("created")
    report.pop("timings")
    return report


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # shapely meeting a NaN on purpose
@pytest.mark.parametrize("entry", CASES, ids=[e["name"] for e in CASES])
def test_every_manifest_plan_gets_the_same_report_without_the_short_ways(entry, monkeypatch):
    fast, full = _both(lambda: report_of(entry), monkeypatch)
    assert fast == full


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy and shapely meeting NaN on purpose
def test_damaged_copies_of_the_sample_get_the_same_reports(sample_path, tmp_path, monkeypatch):
    path = tmp_path / "damaged.gml"
    for text in _damaged(sample_path.read_text(encoding="utf-8")):
        path.write_text(text, encoding="utf-8")
        fast, full = _both(lambda: _report(path), monkeypatch)
        assert fast == full


def _in_zone(text: str, gml_id: str, old: str, new: str) -> str:
    """``text`` with the first ``old`` inside zoning element ``gml_id`` replaced by ``new``."""
    start = text.index(f'<plu:ZoningElement gml:id="{gml_id}">')
    end = text.index("</plu:ZoningElement>", start)
    zone = text[start:end]
    assert old in zone, (gml_id, old)
    return text[:start] + zone.replace(old, new, 1) + text[end:]


def _repeat_first_vertex(text: str, gml_id: str) -> str:
    start = text.index(f'<plu:ZoningElement gml:id="{gml_id}">')
    m = re.compile(r"<gml:posList>(\S+ \S+) ").search(text, start)
    return text[: m.end()] + m.group(1) + " " + text[m.end():]


@pytest.fixture(scope="module")
def generated_text(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("generated") / "plan.gml"
    write_gml(path, GeneratedPlan(200, crs=3046))
    return path.read_text(encoding="utf-8")


def test_faults_after_the_same_values_were_seen_sound_are_all_found(generated_text, tmp_path, monkeypatch):
    """Each fault sits in a zone whose other values many zones before it had, all of them sound."""
    text = generated_text
    density = re.compile(r'<plu:value uom="%">(\d+\.\d+)</plu:value>')
    zone = text[text.index('gml:id="ZE.150"'):]
    text = _in_zone(text, "ZE.150", f'<plu:value uom="%">{density.search(zone).group(1)}</plu:value>',
                    '<plu:value uom="%">150.0</plu:value>')
    text = _in_zone(text, "ZE.160", 'xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/',
                    'xlink:href="https://inspire.ec.europa.eu/codelist/RegulationNatureValue/')
    # the same instant twice: on 1 January where it was written first, on 2 January (after today) then
    text = _in_zone(text, "ZE.170", "2025-01-01T00:00:00Z", "2026-01-01T23:30:00-01:00")
    text = _in_zone(text, "ZE.171", "2025-01-01T00:00:00Z", "2026-01-02T00:30:00Z")
    text = _repeat_first_vertex(text, "ZE.180")
    # a zone type (open space) with a HILUCS value far from it, its figures those of many zones before
    text = _in_zone(text, "ZE.195", "HILUCSValue/3_4_4_OpenAirRecreationalAreas", "HILUCSValue/2_SecondaryProduction")
    text = _in_zone(text, "ZE.190", '<plu:officialDocument xlink:href="#OD.generated"/>',
                    '<plu:officialDocument xlink:href="#nothing"/>')
    path = tmp_path / "faults.gml"
    path.write_text(text, encoding="utf-8")

    fast, full = _both(lambda: _report(path), monkeypatch)

    assert fast == full
    found = {(f["rule"], f["gml_id"]) for f in fast["findings"]}
    assert {("DIM.IMPLAUSIBLE", "ZE.150"), ("PITFALL.HTTPS_CODELIST", "ZE.160"), ("DATE.IMPLAUSIBLE", "ZE.171"),
            ("GEOM.DUPLICATE_VERTEX", "ZE.180"), ("lu-ia.b.7", "ZE.190"), ("PROFILE.HILUCS_MISMATCH", "ZE.195")
            } <= found
    assert ("DATE.IMPLAUSIBLE", "ZE.170") not in found


REALWORLD = Path(__file__).resolve().parents[1] / "data" / "realworld"


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # numpy and shapely meeting NaN
@pytest.mark.parametrize("path", sorted(REALWORLD.glob("*.gml")), ids=lambda p: p.name)
def test_realworld_files_get_the_same_report_without_the_short_ways(path, monkeypatch):
    fast, full = _both(lambda: _report(path), monkeypatch)
    assert fast == full


def _documents_first(text: str) -> str:
    """The document moved before the zones, so that their links reach a document already seen."""
    start = text.index("<plu:OfficialDocumentation")
    m_start = text.rindex("<base:member>", 0, start)
    m_end = text.index("</base:member>", start) + len("</base:member>")
    member = text[m_start:m_end]
    text = text[:m_start] + text[m_end:]
    at = text.rindex("<base:member>", 0, text.index("<plu:ZoningElement"))
    return text[:at] + member + text[at:]


def _renamed(text: str, gml_id: str, new: str) -> str:
    """Zoning element ``gml_id`` given the gml:id ``new`` (the id of a feature read before it)."""
    return text.replace(f'<plu:ZoningElement gml:id="{gml_id}">', f'<plu:ZoningElement gml:id="{new}">', 1)


def _bowtie(text: str, gml_id: str) -> str:
    """Zoning element ``gml_id``'s square drawn as a bowtie (corners 1 3 2 4): a self-intersection."""
    start = text.index(f'<plu:ZoningElement gml:id="{gml_id}">')
    m = re.compile(r"<gml:posList>([^<]+)</gml:posList>").search(text, start)
    xy = m.group(1).split()
    corners = [" ".join(xy[i:i + 2]) for i in range(0, 10, 2)]
    crossed = " ".join([corners[0], corners[2], corners[1], corners[3], corners[0]])
    return text[:m.start(1)] + crossed + text[m.end(1):]


def _unlisted(text: str, gml_id: str) -> str:
    """The plan without ``gml_id`` among its members (whose plan link then is not reciprocal)."""
    return text.replace(f'<plu:member xlink:href="#{gml_id}"/>', "", 1)


#: each fault after many zones whose links and geometries were the same and sound
_LATE_FAULTS = {
    "a zone takes the document's gml:id": (lambda t: _renamed(t, "ZE.120", "OD.generated"),
                                           {("REF.WRONG_TARGET", "ZE.121"), ("REF.WRONG_TARGET", "ZE.199")}),
    "a zone takes the plan's gml:id": (lambda t: _renamed(t, "ZE.130", "SP.generated"),
                                       {("REF.WRONG_TARGET", "ZE.131"), ("REF.WRONG_TARGET", "ZE.199")}),
    "the plan does not list a zone": (lambda t: _unlisted(t, "ZE.140"), {("REF.NOT_RECIPROCAL", "ZE.140")}),
    "a zone crosses itself": (lambda t: _bowtie(t, "ZE.150"), {("GEOM.SELF_INTERSECTION", "ZE.150")}),
}


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("fault", list(_LATE_FAULTS))
def test_links_and_geometries_after_sound_ones_are_judged_afresh(fault, generated_text, tmp_path, monkeypatch):
    """The links found sound before (a document list, a plan link) and the geometry rules' validity
    verdicts, taken by the topology rules, give the findings the full rules give."""
    change, expected = _LATE_FAULTS[fault]
    path = tmp_path / "late.gml"
    path.write_text(change(_documents_first(generated_text)), encoding="utf-8")

    fast, full = _both(lambda: _report(path), monkeypatch)

    assert fast == full
    assert expected <= {(f["rule"], f["gml_id"]) for f in fast["findings"]}


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("seed", range(4))
def test_random_late_faults_get_the_same_report(seed, generated_text, tmp_path, monkeypatch):
    rng = random.Random(seed)
    text = _documents_first(generated_text) if rng.random() < 0.7 else generated_text
    zones = rng.sample(range(20, 200), 8)
    for k, z in enumerate(zones):
        kind = rng.choice(["doc", "plan", "unlisted", "bowtie"])
        if kind == "doc" and k == 0:
            text = _renamed(text, f"ZE.{z}", "OD.generated")
        elif kind == "plan" and k == 0:
            text = _renamed(text, f"ZE.{z}", "SP.generated")
        elif kind == "unlisted":
            text = _unlisted(text, f"ZE.{z}")
        else:
            text = _bowtie(text, f"ZE.{z}")
    path = tmp_path / "random.gml"
    path.write_text(text, encoding="utf-8")

    fast, full = _both(lambda: _report(path), monkeypatch)

    assert fast == full
