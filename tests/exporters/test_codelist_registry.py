"""A national code list published as the INSPIRE registry network does: Re3gistry XML and SKOS RDF."""

from __future__ import annotations

from datetime import date

import rdflib
from lxml import etree
from rdflib.namespace import RDF, SKOS

from exporters.codelist_registry import REGISTRY_XML_NS, codelist_rdf, codelist_xml, export_codelist
from plu_cli.main import main
from plu_model.codelists import codelist

NS = {"r": REGISTRY_XML_NS}
HILUCS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"


def test_xml_has_every_value_with_labels_parents_and_inspire_match():
    cl = codelist("bg/PlanTypeNameValue")
    root = codelist_xml(cl, ("bg", "en"), issued=date(2025, 1, 1)).getroot()
    assert root.tag == f"{{{REGISTRY_XML_NS}}}codelist" and root.get("id") == cl.uri
    values = root.findall("r:containeditems/r:value", NS)
    assert [v.get("id") for v in values] == [v.uri for v in cl]
    pur = next(v for v in values if v.get("id").endswith("/PUP-PUR"))
    assert pur.find("r:label[@xml:lang='bg']", {**NS, "xml": "http://www.w3.org/XML/1998/namespace"}).text == \
        "План за улична регулация"
    assert pur.find("r:parents/r:parent", NS).get("id") == cl.uri_for("PUP-PR")
    assert pur.find("r:relatedmatch", NS).get("id").endswith("LevelOfSpatialPlanValue/infraLocal")
    assert root.find("r:extends", NS).get("id") == "http://inspire.ec.europa.eu/codelist/PlanTypeNameValue"


def test_rdf_is_skos_that_an_rdf_library_reads():
    cl = codelist("bg/ZoneTypeValue")
    data = etree.tostring(codelist_rdf(cl, ("bg", "en")), xml_declaration=True, encoding="UTF-8")
    g = rdflib.Graph().parse(data=data, format="xml")
    scheme = rdflib.URIRef(cl.uri)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in g
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(cl)
    zhm = rdflib.URIRef(cl.uri_for("Zhm"))
    labels = {lit.language: str(lit) for lit in g.objects(zhm, SKOS.prefLabel)}
    assert labels["bg"].startswith("Жилищна зона") and labels["en"].startswith("Residential zone")
    assert str(g.value(zhm, SKOS.notation)) == "Жм"
    assert (zhm, SKOS.broadMatch, rdflib.URIRef(HILUCS + "5_1_PermanentResidentialUse")) in g
    assert (zhm, SKOS.inScheme, scheme) in g


def test_a_municipality_publishes_under_its_own_base_uri(tmp_path):
    base = "https://plan.sofia.bg/codelist"
    paths = export_codelist(codelist("bg/ZoneTypeValue"), out_dir=tmp_path, base_uri=base)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in paths) == [
        "ZoneTypeValue/ZoneTypeValue.bg.rdf", "ZoneTypeValue/ZoneTypeValue.bg.xml",
        "ZoneTypeValue/ZoneTypeValue.en.rdf", "ZoneTypeValue/ZoneTypeValue.en.xml"]
    g = rdflib.Graph().parse(str(tmp_path / "ZoneTypeValue" / "ZoneTypeValue.en.rdf"), format="xml")
    mine = rdflib.URIRef(f"{base}/ZoneTypeValue/Smf")
    assert (mine, SKOS.exactMatch, rdflib.URIRef("https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf")) in g
    assert {lit.language for lit in g.objects(mine, SKOS.prefLabel)} == {"en"}
    root = etree.parse(str(tmp_path / "ZoneTypeValue" / "ZoneTypeValue.bg.xml")).getroot()
    assert root.get("id") == f"{base}/ZoneTypeValue"
    assert root.findtext("r:language", namespaces=NS) == "bg"


def test_the_command_writes_the_files(tmp_path, capsys):
    out = tmp_path / "sr.rdf"
    code = main(["codelist", "export", "bg/SpecificSupplementaryRegulationValue", "--format", "rdf", "--out", str(out)])
    assert code == 0
    g = rdflib.Graph().parse(str(out), format="xml")
    assert len(set(g.subjects(RDF.type, SKOS.Concept))) == len(codelist("bg/SpecificSupplementaryRegulationValue"))
    assert main(["codelist", "export", "HILUCSValue", "--out-dir", str(tmp_path)]) == 2
    assert "INSPIRE list" in capsys.readouterr().err
    assert main(["codelist", "export", "bg/ZoneTypeValue", "--out", str(out)]) == 2  # two formats, one file
    assert main(["codelist", "show", "bg/ZoneTypeValue"]) == 0
    assert "Жм" in capsys.readouterr().out
