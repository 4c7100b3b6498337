"""One defect, one rule code: the same (rule, gml:id) findings from a GML file, a plan file and an in-memory plan.

Every broken plan of the manifest that a plan file can hold is read with plu_model's reader and
stored with its GeoPackage writer; the GML file, the plan file and the plan read back are validated
with the same options.  Rules that judge the XML encoding itself are left out of
the comparison (:data:`XML_ONLY`, each with the reason a plan file cannot hold its defect), and
so are cases the reader could only read by putting something else in the defect's place
(:data:`SUBSTITUTED`): the plan file then holds the substitute, not the defect.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest
from validation_manifest import BROKEN, load_generator, manifest

from exporters.gml_writer import write_gml
from plu_model.errors import PluInputError
from plu_model.geopackage import write_plan
from plu_model.readers import read_dataset
from plu_model.values import DocumentCitation, LegislationCitation, OrdinanceValue
from validators import RULES, ValidationOptions, validate
from validators.rules import RETIRED, select_rules

#: rules about how a GML file encodes a plan; a plan file holds no XML, so it can hold none of these defects
XML_ONLY: dict[str, str] = {
    "XML.MISSING": "no file to convert",
    "XML.NOT_WELL_FORMED": "XML syntax",
    "XML.DOCTYPE": "XML DOCTYPE declarations",
    "XSD": "the XML schema check of the file's own XML (a plan file's is run on the writer's GML)",
    "XSD.WRAPPER_NOT_CHECKED": "the XML element wrapping the features",
    "XSD.NOT_RUN": "says the plan file's XML schema check needs the writer: exists only for plan files",
    "XSD.SCHEMA_MISSING": "the schemas of the XML check",
    "READ.UNUSABLE": "a document PLU Studio cannot read yields no plan file",
    "READ.DTD": "a DOCTYPE declaration",
    "READ.ENCODING": "the encoding named in the XML declaration",
    "READ.NOT_PLU": "a non-PLU XML element in the collection",
    "READ.MEMBER_NOT_FOUND": "an XML member reference",
    "READ.MEMBER_EXTERNAL": "an XML member reference",
    "READ.DUPLICATE_ID": "two XML elements with one gml:id",
    "READ.NIL_WITHOUT_XSI": "the xsi:nil attribute",
    "READ.BACKGROUDMAPURI": "an XML element name",
    "READ.UNMAPPED": "an XML element outside PLU 4.0",
    "READ.BAD_VALUE": "XML text that is not a value of its type",
    "READ.REPEATED": "an XML element given twice",
    "READ.NIL_AMONG_VALUES": "xsi:nil elements among values",
    "READ.MISSING_VOIDABLE": "an absent element that the XML needs even when nil",
    "READ.NIL_NOT_VOIDABLE": "xsi:nil on an element that cannot take it",
    "READ.NIL_WITHOUT_REASON": "an xsi:nil element without the nilReason attribute",
    "READ.BAD_NIL_REASON": "the nilReason attribute's spelling",
    "READ.XLINK_TITLE_DIFFERS": "xlink:title attributes",
    "READ.NO_SRS": "a geometry element without srsName (a plan file has one CRS)",
    "gml.a.2": "the XML root element",
    "gmlas.b.1": "xsi:schemaLocation",
    "gmlas.c.2": "the nilReason attribute without xsi:nil",
    "gmlas.d.1": "GML topology elements",
    "gmlas.d.2": "GML curve interpolation elements",
    "gmlas.d.3": "GML surface elements",
    "gmlas.d.4": "GML surface patch elements",
    "gmlas.d.5": "GML curve elements",
    "gmlas.d.6": "GML point coordinate elements",
    "gmlas.d.7": "GML ring coordinate elements",
    "gmlas.d.8": "GML array properties",
    "gmlas.d.9": "the srsDimension attribute",
    "rs.a.1": "the srsName attribute's spelling (a plan file's CRS is an EPSG code; CRS.EXPORT speaks for it)",
    "rs.a.2": "the collection's boundedBy element",
    "rs.a.3": "the frame attribute of GML time elements",
    "CRS.NATIONAL": "the srsName of a delivery (a plan file's national CRS is a working choice: CRS.EXPORT)",
    "CRS.EXPORT": "a reminder for plan files only: their CRS is a working choice, changed on export",
    "PITFALL.BACKGROUDMAPURI": "an XML element name",
    "PITFALL.RING_ORIENTATION": "the order of GML posList coordinates (the GML writer orients every ring)",
    "GEOM.RING_NOT_CLOSED": "GML ring coordinates (a plan file's rings are closed by construction)",
    "GEOM.RING_TOO_SHORT": "GML ring coordinates (a plan file's rings have four positions by construction)",
    "READ.SEVERAL_GEOMETRIES": "several geometry elements in one GML property (a plan file holds one geometry)",
}
#: reader findings that mean a value was replaced while reading: the plan file holds the replacement
SUBSTITUTED = frozenset({
    "READ.BAD_VALUE", "READ.NIL_NOT_VOIDABLE", "READ.REPEATED", "READ.NIL_AMONG_VALUES", "READ.UNMAPPED",
    "READ.NOT_PLU", "READ.MEMBER_NOT_FOUND", "READ.MEMBER_EXTERNAL", "READ.DUPLICATE_ID",
    "READ.MISSING_VOIDABLE", "READ.NIL_WITHOUT_XSI",
})
CASES = [e for e in manifest() if e["kind"] == "gml" and not e.get("convert")
         and e.get("options", {}).get("schema_dir") != "EMPTY"]


def _options(entry: dict) -> ValidationOptions:
    opts = dict(entry.get("options", {}))
    if "skip" in opts:
        opts["skip"] = frozenset(opts["skip"])
    return ValidationOptions(today=load_generator().TODAY, max_identical=None, max_per_rule=None, **opts)


def _compared(report) -> set[tuple[str, str | None]]:
    return {(f.rule, f.gml_id) for f in report.findings if f.rule not in XML_ONLY}


def test_every_excluded_rule_exists_and_has_a_reason():
    assert set(XML_ONLY) <= set(RULES)
    assert all(reason.strip() for reason in XML_ONLY.values())
    assert SUBSTITUTED <= set(XML_ONLY)


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")  # the NaN case, on purpose
def test_enough_cases_are_compared(tmp_path):
    """Most broken plans are semantic defects a plan file holds; the comparison must not dwindle to a few."""
    stored = [e for e in CASES if _stored(e, tmp_path / e["name"]) is not None]
    assert len(stored) >= 60, [e["name"] for e in stored]


def _stored(entry: dict, folder) -> object | None:
    """The case as a plan file, or None when a plan file cannot hold it."""
    try:
        data, read_findings = read_dataset(BROKEN / entry["file"])
    except PluInputError:
        return None  # nothing a plan file could hold
    if {f.rule for f in read_findings} & SUBSTITUTED:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / "plan.gpkg"
    try:
        write_plan(out, data.features(), crs=data.crs, dataset_id=lambda: data.dataset_id,
                   metadata=lambda: data.metadata)
    except PluInputError:
        return None  # the plan file refuses the value (e.g. NaN coordinates) and says so
    return out


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
@pytest.mark.parametrize("entry", CASES, ids=[e["name"] for e in CASES])
def test_a_defect_has_the_same_code_in_gml_and_in_a_plan_file(entry, tmp_path):
    plan_file = _stored(entry, tmp_path)
    if plan_file is None:
        pytest.skip("a plan file cannot hold this case's defect")
    options = _options(entry)
    from_gml = _compared(validate(BROKEN / entry["file"], options))
    from_plan = _compared(validate(plan_file, options))
    assert from_plan == from_gml, entry["note"]
    in_memory, _ = read_dataset(plan_file)
    assert _compared(validate(in_memory, options)) == from_gml, entry["note"]


def test_a_retired_code_still_skips_the_rule_that_replaced_it():
    assert RETIRED["SEM.REQUIRED_MISSING"] == "READ.MISSING"
    assert "READ.MISSING" not in select_rules(["SEM.REQUIRED_MISSING"])
    assert "READ.MISSING" in select_rules([])


def _blank(path: str):
    """A change that blanks one text of the base plan: ``feature.attribute`` or ``feature.attribute.field``."""
    def first_zone(d):
        return d.zoning_elements[0]

    def swap(owner, attr, **change):
        value = getattr(owner, attr)
        if isinstance(value, list):
            value[0] = dataclasses.replace(value[0], **change)
        else:
            setattr(owner, attr, dataclasses.replace(value, **change))

    return {
        "zone.backgroundMapReference": lambda d: swap(first_zone(d), "background_map", background_map_reference=""),
        "zone.indicationReference": lambda d: swap(first_zone(d), "dimensioning_indication", indication_reference=""),
        "zone.versionId": lambda d: swap(first_zone(d), "inspire_id", version_id=" "),
        "plan.ordinanceReference": lambda d: setattr(
            d.plan, "ordinance", [OrdinanceValue(datetime(2020, 1, 1, tzinfo=UTC), "")]),
        "document.legislationCitation.name": lambda d: setattr(
            d.official_documents[0], "legislation_citation", LegislationCitation(name="")),
        "document.planDocument.name": lambda d: setattr(
            d.official_documents[0], "plan_document", DocumentCitation(name="")),
        "plan.officialTitle": lambda d: setattr(d.plan, "official_title", ""),
        "plan.alternativeTitle": lambda d: setattr(d.plan, "alternative_title", ""),
    }[path]


#: what the rule table says each blank text is: gmlas.c.1 (an empty property), READ.MISSING for a required one
BLANKS = {
    "zone.backgroundMapReference": {("gmlas.c.1", "ZE.a")},
    "zone.indicationReference": {("gmlas.c.1", "ZE.a")},
    "zone.versionId": {("gmlas.c.1", "ZE.a")},
    "plan.ordinanceReference": {("gmlas.c.1", "SP.base")},
    "document.legislationCitation.name": {("gmlas.c.1", "OD.rules")},
    "document.planDocument.name": {("gmlas.c.1", "OD.rules")},
    "plan.officialTitle": {("READ.MISSING", "SP.base")},
    "plan.alternativeTitle": {("gmlas.c.1", "SP.base")},
}


@pytest.mark.parametrize("path", sorted(BLANKS))
def test_a_blank_text_has_one_code_in_memory_in_a_plan_file_and_in_gml(path, tmp_path):
    generator = load_generator()
    data = generator.base()
    _blank(path)(data)
    gml = tmp_path / "plan.gml"
    write_gml(gml, data)
    gpkg = tmp_path / "plan.gpkg"
    write_plan(gpkg, data.features(), crs=data.crs, dataset_id=lambda: data.dataset_id,
               metadata=lambda: data.metadata)
    options = ValidationOptions(today=generator.TODAY)
    assert _compared(validate(data, options)) == BLANKS[path]
    assert _compared(validate(gml, options)) == BLANKS[path]
    assert _compared(validate(gpkg, options)) == BLANKS[path]
