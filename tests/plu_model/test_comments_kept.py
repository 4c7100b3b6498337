"""XML comments and processing instructions survive the exchange, or an import says it dropped them.

The expected nodes are listed from the input with lxml (not by the product's reader).
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from lxml import etree

from conftest import DATA
from exporters.gml_writer import write_gml
from plu_model.geopackage import PlanFile, save_dataset
from plu_model.gml_reader import GmlReader, read_gml

CASES = [DATA / "realworld" / "xplan_bplan_25832.gml", DATA / "roundtrip" / "wfs_4258_surfaces.gml"]


def _nodes(path) -> Counter:
    """Every comment and processing instruction of a file, prolog and epilog included, as text."""
    tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=False))
    root = tree.getroot()
    outside = [*root.itersiblings(preceding=True), *root.itersiblings()]
    inside = root.iter(etree.Comment, etree.ProcessingInstruction)
    return Counter(etree.tostring(n, encoding="unicode", with_tail=False) for n in [*outside, *inside])


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
@pytest.mark.parametrize("wrapper", ["source", "base"])
def test_every_comment_and_instruction_is_written_back(case, wrapper, tmp_path):
    expected = _nodes(case)
    assert expected  # the files do hold some
    data, findings = read_gml(case)
    assert "READ.COMMENT_DROPPED" not in {f.rule for f in findings}
    gpkg, out = tmp_path / "plan.gpkg", tmp_path / "out.gml"
    save_dataset(gpkg, data)
    with PlanFile(gpkg) as plan:
        write_gml(out, plan, wrapper=wrapper)
    assert _nodes(out) == expected


def test_comments_keep_their_place_between_the_features(tmp_path):
    case = DATA / "realworld" / "xplan_bplan_25832.gml"
    data, _ = read_gml(case)
    out = tmp_path / "out.gml"
    write_gml(out, data, wrapper="source")

    def next_feature(path):
        root = etree.parse(str(path), etree.XMLParser(remove_comments=False)).getroot()
        pairs = []
        for c in root:
            if isinstance(c, etree._Comment):
                member = c.getnext()
                pairs.append((c.text, member[0].get("{http://www.opengis.net/gml/3.2}id")))
        return pairs

    assert next_feature(out) == next_feature(case) and len(next_feature(case)) == 30


def test_an_import_reports_each_comment_it_drops():
    case = DATA / "realworld" / "xplan_bplan_25832.gml"
    reader = GmlReader(case, keep_source=False)
    reader.read()
    dropped = [f for f in reader.findings if f.rule == "READ.COMMENT_DROPPED"]
    # those inside features go with the element, which an import never keeps; each other one is listed
    assert len(dropped) == sum(_nodes(case).values()) - _inside_features(case) > 0
    assert all(f.severity.name == "INFO" and f.line for f in dropped)
    assert any("Baulinie 7" in f.message_en for f in dropped) and any("xplan-to-inspire" in f.message_en
                                                                     for f in dropped)


def _inside_features(path) -> int:
    tree = etree.parse(str(path), etree.XMLParser(remove_comments=False))
    plu = "{http://inspire.ec.europa.eu/schemas/plu/4.0}"
    return sum(1 for n in tree.getroot().iter(etree.Comment, etree.ProcessingInstruction)
               if any(a.tag.startswith(plu) for a in n.iterancestors()))


@pytest.mark.parametrize("hostile", ['<!-- x --><evil/>', "<evil/>", "text", '<!-- a -- b -->', "<![CDATA[x]]>"])
def test_a_hand_edited_comment_list_writes_no_markup(hostile, tmp_path):
    data, _ = read_gml(DATA / "roundtrip" / "wfs_4258_surfaces.gml")
    data.metadata["collection_comments"] = json.dumps([["body", "ZE_hole", hostile], ["prolog", None, "<!-- ok -->"]])
    out = tmp_path / "out.gml"
    write_gml(out, data)
    text = out.read_text(encoding="utf-8")
    assert "evil" not in text and "<!-- ok -->" in text and "CDATA" not in text
    etree.parse(str(out))  # still well-formed
