"""``plu fix`` changes only what it lists: every feature that differs after it is named in its change list.

The before/after comparison here is lxml's exclusive canonical form of each feature element,
so it depends on nothing the product computes; the independent round-trip checker
``rtcheck`` is run as well where it is installed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from conftest import ROOT, SAMPLE, rtcheck

BROKEN = ROOT / "tests" / "data" / "broken"
REALWORLD = ROOT / "tests" / "data" / "realworld"
GML = "http://www.opengis.net/gml/3.2"


def plu(*args: object) -> subprocess.CompletedProcess:
    r = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *map(str, args)], cwd=ROOT,
                       capture_output=True, text=True, env=dict(os.environ), timeout=600)
    assert "Traceback" not in r.stderr, r.stderr
    return r


def canonical_features(path: Path) -> dict[str, bytes]:
    """Each member feature's exclusive C14N bytes, by gml:id."""
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    out = {}
    for el in tree.getroot().iter():
        parent = el.getparent() if isinstance(el.tag, str) else None
        if parent is not None and etree.QName(parent).localname in ("member", "featureMember", "featureMembers") \
                and el.get(f"{{{GML}}}id"):
            out[el.get(f"{{{GML}}}id")] = etree.tostring(el, method="c14n", exclusive=True, with_comments=False)
    return out


def fixed(tmp_path: Path, source: Path, *extra: object) -> tuple[Path, list[dict], subprocess.CompletedProcess]:
    out, changes = tmp_path / "fixed.gml", tmp_path / "changes.json"
    r = plu("fix", source, "-o", out, "--changes", changes, *extra)
    assert r.returncode in (0, 1), r.stderr
    return out, json.loads(changes.read_text(encoding="utf-8")), r


@pytest.mark.parametrize("source", [
    BROKEN / "valid_base.gml", BROKEN / "topo_gap.gml", BROKEN / "gmlas_c1_empty.gml", BROKEN / "gmlas_d2_arc.gml",
    BROKEN / "read_backgroudmapuri.gml", BROKEN / "read_duplicate_id.gml", BROKEN / "read_not_plu.gml",
    BROKEN / "read_no_srs.gml", BROKEN / "pitfall_https_codelist.gml", BROKEN / "geom_self_intersection.gml",
    BROKEN / "xsd_wrapper_gml_child.gml", BROKEN / "geom_wrong_type.gml", REALWORLD / "wfs_answer_25833.gml", SAMPLE,
], ids=lambda p: p.stem)
def test_every_feature_that_changed_is_in_the_change_list(source, tmp_path):
    out, changes, _ = fixed(tmp_path, source)
    named = {c["gml_id"] for c in changes}
    before, after = canonical_features(source), canonical_features(out)
    unlisted = [gml_id for gml_id, c14n in before.items() if after.get(gml_id) != c14n and gml_id not in named]
    assert not unlisted, (unlisted, changes)
    if not changes:
        assert rtcheck(source, out) == 0


def test_a_plan_that_needs_no_repair_is_written_back_byte_for_byte(tmp_path):
    """``valid_base.gml`` writes ``<plu:value uom="m">10</plu:value>``: rewriting it made ``10.0``, unlisted."""
    out, changes, r = fixed(tmp_path, BROKEN / "valid_base.gml")
    assert changes == [] and "0 changes" in r.stderr
    assert out.read_bytes() == (BROKEN / "valid_base.gml").read_bytes()


def test_fixing_a_plan_onto_itself_keeps_it_when_nothing_needs_repair(tmp_path):
    plan = tmp_path / "plan.gml"
    plan.write_bytes((BROKEN / "valid_base.gml").read_bytes())
    assert plu("fix", plan, "-o", plan).returncode == 0
    assert plan.read_bytes() == (BROKEN / "valid_base.gml").read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["plan.gml"]  # no temporary file left beside it


def test_links_keep_their_order_and_a_repeated_link_is_listed(tmp_path):
    """The plan lists #ZE.a, #ZE.b; the links step made it #ZE.b, #ZE.a, #ZE.a and listed nothing."""
    out, changes, _ = fixed(tmp_path, BROKEN / "read_duplicate_id.gml")
    plan = etree.parse(str(out)).find(".//{http://inspire.ec.europa.eu/schemas/plu/4.0}SpatialPlan")
    members = [m.get("{http://www.w3.org/1999/xlink}href") for m in plan.iter("{*}member")]
    assert members[:2] == ["#ZE.a", "#ZE.b"]
    links = [c["message"]["en"] for c in changes if c["step"] == "links" and c["gml_id"] == "SP.base"]
    assert all(any(f"added {href}" in m for m in links) for href in members[2:]), (members, links)


def test_the_extent_is_not_shrunk_around_a_zone_with_an_invalid_geometry(tmp_path):
    """ZE.a self-intersects: the extent became the union of the other zones and cut ZE.a out (errors 1 → 2)."""
    source = BROKEN / "geom_self_intersection.gml"
    out, changes, r = fixed(tmp_path, source)
    extent = "{http://inspire.ec.europa.eu/schemas/plu/4.0}extent"
    assert [etree.tostring(e, method="c14n") for e in etree.parse(str(out)).iter(extent)] == \
           [etree.tostring(e, method="c14n") for e in etree.parse(str(source)).iter(extent)]
    assert "errors 1 → 1" in r.stderr
    assert [c["step"] for c in changes] == ["extent"] and "ZE.a" in changes[0]["message"]["en"]


def test_https_hilucs_presence_values_are_repaired_not_a_traceback(tmp_path):
    """A https:// value in hilucsPresence made the code_uris step raise a TypeError."""
    text = SAMPLE.read_text(encoding="utf-8")
    http = '<lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/'
    assert http in text
    source = tmp_path / "https.gml"
    source.write_text(text.replace(http, http.replace("http://", "https://")), encoding="utf-8")
    out, changes, _ = fixed(tmp_path, source, "--rule", "code_uris")
    assert changes and {c["step"] for c in changes} == {"code_uris"}
    assert all("hilucsPresence" in c["message"]["en"] for c in changes)
    assert http.replace("http://", "https://") not in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("tolerance,said", [("inf", "is not a number"), ("nan", "is not a number"),
                                             ("1,200", "is ambiguous"), ("-1", "the tolerance must be 0 or more metres")])
def test_a_tolerance_that_is_no_distance_is_refused(tolerance, said, tmp_path):
    r = plu("fix", BROKEN / "topo_gap.gml", "-o", tmp_path / "out.gml", f"--tolerance={tolerance}")
    assert r.returncode == 2 and said in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "out.gml").exists()


@pytest.mark.parametrize("command", ["fix", "validate", "diff"])
def test_a_tolerance_typed_with_a_decimal_comma_is_read(command, tmp_path):
    """``--tolerance 0,5`` as a Bulgarian planner types it was "invalid float value" in fix, validate and diff."""
    out = tmp_path / "out.gml"
    argv = {"fix": ("fix", SAMPLE, "-o", out, "--profile", "bg"),
            "validate": ("validate", SAMPLE, "--profile", "bg", "--sliver-area", "1,5"),
            "diff": ("diff", SAMPLE, SAMPLE)}[command]
    r = plu(*argv, "--tolerance", "0,5")
    assert r.returncode == 0, r.stderr
    if command == "fix":
        assert out.read_bytes() == SAMPLE.read_bytes()  # the sample is clean: copied as it came
    if command == "diff":
        assert "(tolerance 0.5)" in r.stdout


def test_a_plan_file_output_lists_no_encoding_change_it_did_not_make(tmp_path):
    """A plan file keeps each feature's source element: "gml:ArcString written as straight segments" was listed,
    yet exporting the repaired plan file wrote the arc back."""
    out, changes = tmp_path / "fixed.gpkg", tmp_path / "changes.json"
    assert plu("fix", BROKEN / "gmlas_d2_arc.gml", "-o", out, "--changes", changes).returncode in (0, 1)
    listed = " ".join(c["message"]["en"] for c in json.loads(changes.read_text(encoding="utf-8")))
    assert plu("convert", out, tmp_path / "back.gml").returncode in (0, 1)
    still_arc = "ArcString" in (tmp_path / "back.gml").read_text(encoding="utf-8")
    assert not ("ArcString written as" in listed and still_arc), listed
