"""Build the broken plans of the validation manifest: one small valid plan, broken one way per case.

Run ``python tests/data/broken/make_broken.py`` to regenerate the ``*.gml`` files
and ``manifest.json``; ``tests/validators/test_manifest.py`` checks that the files
are what this script makes and that each produces exactly the findings listed.

The base plan (EPSG:3046, near Sofia) has two zoning elements side by side
(a low-rise residential zone Жм and a green zone Оз), a flood-risk area, and
one regulation document; it passes every rule, also under the Bulgarian profile.
Each case breaks it either through the model (then the GML writer writes it)
or by editing the GML text, for faults the writer would never produce.
Expected findings are written ``RULE@gml_id*count`` (``@`` and ``*`` optional).
Everything here is invented test data.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from exporters.gml_writer import write_gml  # noqa: E402
from plu_model.dataset import PlanDataset  # noqa: E402
from plu_model.features import (  # noqa: E402
    OfficialDocumentation,
    SpatialPlan,
    SupplementaryRegulation,
    ZoningElement,
)
from plu_model.synthetic import dimensioning_for  # noqa: E402
from plu_model.values import (  # noqa: E402
    BackgroundMapValue,
    DimensioningIndicationCharacterValue,
    DimensioningIndicationMeasureValue,
    DimensioningIndicationRealValue,
    Identifier,
    LegislationCitation,
    SpecificPercentage,
    SpecificPresence,
)
from plu_model.voidable import Nil  # noqa: E402

INSPIRE = "http://inspire.ec.europa.eu/codelist/"
BG = "https://w3id.org/plu-studio/codelist/bg/"
NS = "BG.PLU.TEST"
E0, N0 = 690000.0, 4727000.0  # ETRS89 / UTM 34N, south of Sofia
WHEN = datetime(2025, 3, 1, tzinfo=UTC)
#: the date the manifest's validations count as "today"
TODAY = date(2026, 1, 1)


def _box(x0: float, y0: float, x1: float, y1: float) -> Polygon:
    return box(E0 + x0, N0 + y0, E0 + x1, N0 + y1)


def _poly(*pts: tuple[float, float], holes: tuple = ()) -> Polygon:
    return Polygon([(E0 + x, N0 + y) for x, y in pts], [[(E0 + x, N0 + y) for x, y in h] for h in holes])


def zone(gid: str, geom: Any, code: str, hilucs: str, dims: tuple | None, **kw: Any) -> ZoningElement:
    values = dict(
        gml_id=gid,
        inspire_id=Identifier(gid.split(".", 1)[1], NS, "1"),
        geometry=geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom]),
        hilucs_land_use=[INSPIRE + "HILUCSValue/" + hilucs],
        regulation_nature=INSPIRE + "RegulationNatureValue/generallyBinding",
        plan="#SP.base",
        begin_lifespan_version=WHEN,
        hilucs_presence=Nil("unknown"),
        specific_land_use=[BG + "ZoneTypeValue/" + code],
        specific_presence=Nil("unknown"),
        process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
        background_map=BackgroundMapValue(WHEN, "Cadastral map (test)", Nil("unknown")),
        dimensioning_indication=dimensioning_for(*dims) if dims else None,
        official_document=["#OD.rules"],
    )
    values.update(kw)
    return ZoningElement(**values)


def base() -> PlanDataset:
    """The valid plan every case starts from."""
    data = PlanDataset(crs=3046, dataset_id=Identifier("broken-base", NS, "1"))
    data.spatial_plans.append(SpatialPlan(
        gml_id="SP.base",
        inspire_id=Identifier("plan", NS, "1"),
        extent=MultiPolygon([_box(0, 0, 200, 100)]),
        official_title="Test plan (invented)",
        level_of_spatial_plan=INSPIRE + "LevelOfSpatialPlanValue/infraLocal",
        plan_type_name=BG + "PlanTypeNameValue/PUP-PRZ",
        begin_lifespan_version=WHEN,
        alternative_title=Nil("unknown"),
        process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
        background_map=Nil("unknown"),
        ordinance=Nil("unknown"),
        official_document=["#OD.rules"],
        member=["#ZE.a", "#ZE.b"],
        restriction=["#SR.flood"],
    ))
    data.zoning_elements += [
        zone("ZE.a", _box(0, 0, 100, 100), "Zhm", "5_1_PermanentResidentialUse", (10, 60, 1.2, 40)),
        zone("ZE.b", _box(100, 0, 200, 100), "Oz", "3_4_4_OpenAirRecreationalAreas", (5, 5, 0.05, 80)),
    ]
    data.supplementary_regulations.append(SupplementaryRegulation(
        gml_id="SR.flood",
        inspire_id=Identifier("flood", NS, "1"),
        geometry=_box(20, 20, 60, 60),
        supplementary_regulation=[INSPIRE + "SupplementaryRegulationValue/2_1_1_AreaExposedToFloodRisk"],
        regulation_nature=INSPIRE + "RegulationNatureValue/bindingForDevelopers",
        plan="#SP.base",
        specific_supplementary_regulation=[BG + "SpecificSupplementaryRegulationValue/RiskNavodnenie"],
        process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
        background_map=Nil("unknown"),
        begin_lifespan_version=WHEN,
        inherited_from_other_plans=False,
        specific_regulation_nature=Nil("unknown"),
        official_document=["#OD.rules"],
    ))
    data.official_documents.append(OfficialDocumentation(
        gml_id="OD.rules",
        inspire_id=Identifier("rules", NS, "1"),
        regulation_text="Rules of the test plan (invented).",
    ))
    return data


def gml(data: PlanDataset, **kw: Any) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plan.gml"
        write_gml(path, data, **kw)
        return path.read_text(encoding="utf-8")


def edit(text: str, old: str, new: str, count: int = 1) -> str:
    """Replace ``old`` by ``new``; the number of occurrences must be ``count`` (so edits never miss)."""
    found = text.count(old)
    if found != count:
        raise AssertionError(f"expected {count} occurrence(s) of {old!r}, found {found}")
    return text.replace(old, new)


def block(text: str, gid: str) -> tuple[int, int]:
    """Start and end offsets of the feature element with this gml:id."""
    m = re.search(rf'<plu:(\w+) gml:id="{re.escape(gid)}">', text)
    if m is None:
        raise AssertionError(f"no feature {gid}")
    end = text.index(f"</plu:{m.group(1)}>", m.end()) + len(f"</plu:{m.group(1)}>")
    return m.start(), end


def in_feature(text: str, gid: str, old: str, new: str, count: int = 1) -> str:
    """:func:`edit` inside one feature only."""
    a, b = block(text, gid)
    return text[:a] + edit(text[a:b], old, new, count) + text[b:]


def base_gml() -> str:
    return gml(base())


@dataclass
class Case:
    name: str
    build: Callable[[], Any]
    expect: list[str]
    note: str
    options: dict[str, Any] = field(default_factory=dict)
    convert: str | None = None  # "gpkg": validate the plan file made from the GML
    kind: str = "gml"  # "gml", "dataset" (built in memory by this module), "missing"


CASES: list[Case] = []


def case(name: str, expect: list[str], note: str, kind: str = "gml", **kw: Any) -> Callable:
    def register(fn: Callable[[], Any]) -> Callable[[], Any]:
        CASES.append(Case(name, fn, expect, note, kind=kind, **kw))
        return fn

    return register


def _data(mutate: Callable[[PlanDataset], None]) -> str:
    data = base()
    mutate(data)
    return gml(data)


def _za(data: PlanDataset) -> ZoningElement:
    return data.zoning_elements[0]


def _set(obj: Any, **kw: Any) -> None:
    for k, v in kw.items():
        setattr(obj, k, v)


# ---------------------------------------------------------------------------------------------
# XML and schema
# ---------------------------------------------------------------------------------------------
@case("valid_base", [], "the base plan: nothing to report, also with the Bulgarian profile", options={"profile": "bg"})
def _valid() -> str:
    return base_gml()


@case("xml_missing", ["XML.MISSING"], "a file that does not exist", kind="missing")
def _missing() -> None:
    return None


@case("xml_not_well_formed", ["XML.NOT_WELL_FORMED"], "the file stops in the middle of the second zone")
def _truncated() -> str:
    text = base_gml()
    a, _ = block(text, "ZE.b")
    return text[: a + 400]


@case("xsd_unexpected_element", ["XSD@ZE.a", "READ.UNMAPPED@ZE.a"],
      "a zoning element carries an element of the plan (officialTitle)")
def _xsd() -> str:
    return in_feature(base_gml(), "ZE.a", "<plu:beginLifespanVersion>",
                      "<plu:officialTitle>misplaced</plu:officialTitle>\n      <plu:beginLifespanVersion>")


@case("xsd_wrapper_wfs", ["XSD.WRAPPER_NOT_CHECKED"], "a WFS 2.0 feature collection (its schema is not offline)")
def _wfs() -> str:
    text = gml(base(), wrapper="wfs")
    return re.sub(r'timeStamp="[^"]+"', 'timeStamp="2026-01-01T00:00:00Z"', text)


def gml_collection(text: str, keep_identifier: bool = False) -> str:
    """The base plan in a gml:FeatureCollection with gml:featureMember members (the converters' shape)."""
    head, rest = text.split("  <base:member>", 1)
    start = head.index("<base:SpatialDataSet ")
    root_end = head.index(">", start) + 1
    root = head[start:root_end].replace("<base:SpatialDataSet ", "<gml:FeatureCollection ", 1)
    own = head[root_end:]
    kept = own[: own.index("  <base:metadata")] if keep_identifier else "\n"
    body = ("  <base:member>" + rest).replace("<base:member>", "<gml:featureMember>")
    body = body.replace("</base:member>", "</gml:featureMember>").replace("</base:SpatialDataSet>",
                                                                         "</gml:FeatureCollection>")
    return head[:start] + root + kept + body


@case("xsd_wrapper_gml_child", ["XSD"], "a gml:FeatureCollection (schema in gml.xsd's deprecatedTypes.xsd) "
      "whose own child base:identifier it does not allow")
def _gml_collection_child() -> str:
    return gml_collection(base_gml(), keep_identifier=True)


@case("xsd_schema_missing", ["XSD.SCHEMA_MISSING"], "validated with an empty schema folder; every other rule runs",
      options={"schema_dir": "EMPTY"})
def _no_schema() -> str:
    return base_gml()


@case("plan_file_without_writer", ["XSD.NOT_RUN"], "a plan file validated without a GML writer", convert="gpkg")
def _plan_file() -> str:
    return base_gml()


# ---------------------------------------------------------------------------------------------
# what the reader reports
# ---------------------------------------------------------------------------------------------
@case("read_plu30", ["READ.UNUSABLE"], "PLU 3.0 GML (another namespace)")
def _plu30() -> str:
    return base_gml().replace("http://inspire.ec.europa.eu/schemas/plu/4.0", "http://inspire.ec.europa.eu/schemas/plu/3.0")


@case("read_encoding_mislabelled", ["READ.ENCODING"],
      "saved as UTF-8 but declaring windows-1251: read as the declaration says, garbled, and reported")
def _encoding_mislabelled() -> str:
    text = edit(base_gml(), '<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="windows-1251"?>')
    return edit(text, "Test plan (invented)", "Подробен устройствен план (измислен)")


@case("read_dtd", ["READ.DTD"], "an internal DTD subset whose entity is used: expanded, nothing fetched")
def _dtd() -> str:
    text = edit(base_gml(), '<?xml version="1.0" encoding="UTF-8"?>\n',
                '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE base:SpatialDataSet [<!ENTITY t "Sofia">]>\n')
    return edit(text, "<base:localId>broken-base</base:localId>", "<base:localId>&t;-broken-base</base:localId>")


@case("xml_doctype_billion_laughs", ["XML.DOCTYPE"], "nested entities that would expand to 3 GB: refused unread")
def _laughs() -> str:
    decls = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    text = edit(base_gml(), '<?xml version="1.0" encoding="UTF-8"?>\n',
                f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE base:SpatialDataSet [{decls}]>\n')
    return edit(text, "<base:localId>broken-base</base:localId>", "<base:localId>&lol9;</base:localId>")


@case("read_not_plu", ["READ.NOT_PLU@other.1"], "a GML dynamic feature among the members")
def _not_plu() -> str:
    return edit(base_gml(), "</base:SpatialDataSet>",
                '  <base:member>\n    <gml:DynamicFeature gml:id="other.1"/>\n  </base:member>\n</base:SpatialDataSet>')


@case("read_member_links", ["READ.MEMBER_NOT_FOUND", "READ.MEMBER_EXTERNAL"],
      "collection members by reference: one to nothing in the file, one to another file")
def _member_links() -> str:
    return edit(base_gml(), "</base:SpatialDataSet>",
                '  <base:member xlink:href="#nowhere"/>\n'
                '  <base:member xlink:href="http://example.org/other-plan.gml#ZE.x"/>\n</base:SpatialDataSet>')


@case("read_bad_value", ["READ.BAD_VALUE@ZE.a", "XSD@ZE.a"], "beginLifespanVersion is not a date")
def _bad_value() -> str:
    return in_feature(base_gml(), "ZE.a", "<plu:beginLifespanVersion>2025-03-01T00:00:00Z",
                      "<plu:beginLifespanVersion>first of March")


@case("read_repeated", ["READ.REPEATED@ZE.a", "lu-plu-as.a.4@ZE.a", "XSD@ZE.a"],
      "two regulationNature elements in one zoning element")
def _repeated() -> str:
    line = '<plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>'
    return in_feature(base_gml(), "ZE.a", line, line + "\n      " + line)


@case("read_nil_among_values", ["READ.NIL_AMONG_VALUES@ZE.a"], "officialDocument: one link and one nil element")
def _nil_among() -> str:
    return in_feature(base_gml(), "ZE.a", '<plu:officialDocument xlink:href="#OD.rules"/>',
                      '<plu:officialDocument xlink:href="#OD.rules"/>\n'
                      '      <plu:officialDocument xsi:nil="true" nilReason="unknown"/>')


@case("read_missing", ["READ.MISSING@SP.base", "XSD@SP.base"], "the plan has no officialTitle element")
def _missing_title() -> str:
    return in_feature(base_gml(), "SP.base", "<plu:officialTitle>Test plan (invented)</plu:officialTitle>\n      ", "")


@case("read_missing_empty", ["READ.MISSING@SP.base"],
      "the plan's officialTitle element is empty: the same defect as an absent one, as a plan file holds both")
def _empty_title() -> str:
    return in_feature(base_gml(), "SP.base", "<plu:officialTitle>Test plan (invented)</plu:officialTitle>",
                      "<plu:officialTitle></plu:officialTitle>")


@case("read_missing_voidable", ["READ.MISSING_VOIDABLE@ZE.a", "XSD@ZE.a"],
      "a zoning element without its voidable backgroundMap element")
def _missing_voidable() -> str:
    text = base_gml()
    a, b = block(text, "ZE.a")
    body = re.sub(r"\n\s*<plu:backgroundMap>.*?</plu:backgroundMap>", "", text[a:b], flags=re.S)
    return text[:a] + body + text[b:]


@case("read_nil_not_voidable", ["READ.NIL_NOT_VOIDABLE@SP.base", "XSD@SP.base*2"], "officialTitle is nil")
def _nil_not_voidable() -> str:
    return in_feature(base_gml(), "SP.base", "<plu:officialTitle>Test plan (invented)</plu:officialTitle>",
                      '<plu:officialTitle xsi:nil="true" nilReason="unknown"/>')


@case("read_nil_without_reason", ["READ.NIL_WITHOUT_REASON@SP.base"], "backgroundMap is nil without a nilReason")
def _nil_no_reason() -> str:
    return in_feature(base_gml(), "SP.base", '<plu:backgroundMap xsi:nil="true" nilReason="unknown"/>',
                      '<plu:backgroundMap xsi:nil="true"/>')


@case("read_bad_nil_reason", ["READ.BAD_NIL_REASON@ZE.a"],
      "a nil backgroundMapURI inside a data type with a reason GML does not know")
def _bad_nil_reason() -> str:
    return in_feature(base_gml(), "ZE.a", '<plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>',
                      '<plu:backgroundMapURI xsi:nil="true" nilReason="not known"/>')


@case("read_xlink_title_differs", ["READ.XLINK_TITLE_DIFFERS@ZE.b"],
      "one code value titled differently in two zones (titles are kept and written back)")
def _xlink_title_differs() -> str:
    nature = 'RegulationNatureValue/generallyBinding"/>'
    text = in_feature(base_gml(), "ZE.a", nature, 'RegulationNatureValue/generallyBinding" xlink:title="Generally binding"/>')
    return in_feature(text, "ZE.b", nature, 'RegulationNatureValue/generallyBinding" xlink:title="Binding for all"/>')


@case("read_no_srs", ["READ.NO_SRS@ZE.a"], "a zone's geometry without srsName")
def _no_srs() -> str:
    return in_feature(base_gml(), "ZE.a", ' srsName="http://www.opengis.net/def/crs/EPSG/0/3046"', "")


@case("read_duplicate_id", ["READ.DUPLICATE_ID@ZE.a", "lu-ia.b.3@SP.base"],
      "two features share gml:id ZE.a (the schema check is skipped, so the reader reports it)",
      options={"skip": ["XSD"]})
def _dup_id_reader() -> str:
    return _dup_id_text()


@case("xsd_duplicate_id", ["XSD@ZE.a", "XSD@ZE.a.G1", "XSD@ZE.a.G2", "lu-ia.b.3@SP.base"],
      "two features share gml:id ZE.a (and so do their geometries)")
def _dup_id() -> str:
    return _dup_id_text()


def _dup_id_text() -> str:
    text = base_gml()
    return text.replace('gml:id="ZE.b"', 'gml:id="ZE.a"').replace('gml:id="ZE.b.G', 'gml:id="ZE.a.G')


@case("read_nil_without_xsi", ["READ.NIL_WITHOUT_XSI@ZE.a", "XSD@ZE.a"],
      "an empty element with a nilReason and no xsi:nil, with gmlas.c.2 skipped so the reader's word is heard",
      options={"skip": ["gmlas.c.2", "gmlas.c.1"]})
def _nil_without_xsi() -> str:
    return _nil_without_xsi_text()


def _nil_without_xsi_text() -> str:
    return in_feature(base_gml(), "ZE.a", '<plu:hilucsPresence xsi:nil="true" nilReason="unknown"/>',
                      '<plu:hilucsPresence nilReason="unknown"/>')


@case("read_backgroudmapuri", ["READ.BACKGROUDMAPURI@ZE.a", "XSD@ZE.a"],
      "the misspelt element name, with the pitfall rule skipped", options={"skip": ["pitfall"]})
def _backgroud_reader() -> str:
    return _backgroud_text()


def _backgroud_text() -> str:
    return in_feature(base_gml(), "ZE.a", '<plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>',
                      '<plu:backgroudMapURI xsi:nil="true" nilReason="unknown"/>')


# ---------------------------------------------------------------------------------------------
# INSPIRE Reference Validator tests
# ---------------------------------------------------------------------------------------------
@case("gml_a2_root", ["gml.a.2", "XSD.WRAPPER_NOT_CHECKED"], "the root is some other element")
def _root() -> str:
    text = base_gml()
    text = text.replace("<base:SpatialDataSet ", '<x:Bundle xmlns:x="urn:example:bundle" ', 1)
    return text.replace("</base:SpatialDataSet>", "</x:Bundle>")


@case("gmlas_b1_schema_location", ["gmlas.b.1"], "no xsi:schemaLocation on the root")
def _no_schema_location() -> str:
    return re.sub(r' xsi:schemaLocation="[^"]+"', "", base_gml(), count=1)


@case("gmlas_c1_empty", ["gmlas.c.1@SP.base", "gmlas.c.1@ZE.a*2"],
      "empty alternativeTitle (plan), empty processStepGeneral and backgroundMapReference (zone)")
def _empty() -> str:
    text = in_feature(base_gml(), "SP.base", '<plu:alternativeTitle xsi:nil="true" nilReason="unknown"/>',
                      "<plu:alternativeTitle/>")
    text = in_feature(text, "ZE.a", '<plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/'
                      'ProcessStepGeneralValue/elaboration"/>', "<plu:processStepGeneral/>")
    return in_feature(text, "ZE.a", "<plu:backgroundMapReference>Cadastral map (test)</plu:backgroundMapReference>",
                      "<plu:backgroundMapReference> </plu:backgroundMapReference>")


@case("gmlas_c1_nested_empty", ["gmlas.c.1@ZE.a"], "an empty backgroundMapReference inside a zone's backgroundMap")
def _nested_empty() -> str:
    return in_feature(base_gml(), "ZE.a", "<plu:backgroundMapReference>Cadastral map (test)</plu:backgroundMapReference>",
                      "<plu:backgroundMapReference></plu:backgroundMapReference>")


@case("gmlas_c2_nil_reason_without_nil", ["gmlas.c.2@ZE.a", "gmlas.c.1@ZE.a", "XSD@ZE.a"],
      "a nilReason without xsi:nil (and so an empty property, which the schema refuses too)")
def _c2() -> str:
    return _nil_without_xsi_text()


@case("gmlas_c3_nil_reason_value", ["gmlas.c.3@SP.base*2"],
      "nil reasons 'inapplicable' and 'missing' (GML knows them, the INSPIRE validator does not)")
def _c3() -> str:
    text = in_feature(base_gml(), "SP.base", '<plu:alternativeTitle xsi:nil="true" nilReason="unknown"/>',
                      '<plu:alternativeTitle xsi:nil="true" nilReason="inapplicable"/>')
    return in_feature(text, "SP.base", '<plu:ordinance xsi:nil="true" nilReason="unknown"/>',
                      '<plu:ordinance xsi:nil="true" nilReason="missing"/>')


_RING_A = "4727000.0 690100.0 4727100.0 690100.0 4727100.0 690000.0 4727000.0 690000.0 4727000.0 690100.0"


@case("gmlas_d1_topology", ["gmlas.d.1@SR.flood", "XSD@SR.flood", "READ.BAD_VALUE@SR.flood", "READ.NO_SRS@SR.flood"],
      "a supplementary regulation whose geometry is a GML topology node")
def _d1() -> str:
    text = base_gml()
    a, b = block(text, "SR.flood")
    body = re.sub(r"<plu:geometry>.*?</plu:geometry>",
                  '<plu:geometry>\n        <gml:Node gml:id="SR.flood.N1"/>\n      </plu:geometry>', text[a:b], flags=re.S)
    return text[:a] + body + text[b:]


@case("gmlas_d2_arc", ["gmlas.d.2@SR.flood*2"], "the flood area's boundary is a circle drawn with two arcs")
def _d2() -> str:
    text = base_gml()
    a, b = block(text, "SR.flood")
    ring = ('<gml:Ring><gml:curveMember><gml:Curve gml:id="SR.flood.C1"><gml:segments>'
            '<gml:ArcString><gml:posList>4727040.0 690020.0 4727020.0 690040.0 4727040.0 690060.0</gml:posList>'
            '</gml:ArcString><gml:ArcString><gml:posList>4727040.0 690060.0 4727060.0 690040.0 4727040.0 690020.0'
            "</gml:posList></gml:ArcString></gml:segments></gml:Curve></gml:curveMember></gml:Ring>")
    body = re.sub(r"<gml:LinearRing>.*?</gml:LinearRing>", ring, text[a:b], count=1, flags=re.S)
    return text[:a] + body + text[b:]


@case("gmlas_d3_composite_surface", ["gmlas.d.3@ZE.a"], "a zone's surface member is a gml:CompositeSurface")
def _d3() -> str:
    text = base_gml()
    text = in_feature(text, "ZE.a", '<gml:Polygon gml:id="ZE.a.G2">',
                      '<gml:CompositeSurface gml:id="ZE.a.CS"><gml:surfaceMember><gml:Polygon gml:id="ZE.a.G2">')
    return in_feature(text, "ZE.a", "</gml:Polygon>", "</gml:Polygon></gml:surfaceMember></gml:CompositeSurface>")


@case("gmlas_d4_non_planar_patch", ["gmlas.d.4@ZE.a", "READ.BAD_VALUE@ZE.a"],
      "a zone's surface made of a gml:Triangle patch (the reader cannot read it)")
def _d4() -> str:
    text = base_gml()
    a, b = block(text, "ZE.a")
    surface = ('<gml:Surface gml:id="ZE.a.S1"><gml:patches><gml:Triangle><gml:exterior><gml:LinearRing><gml:posList>'
               "4727000.0 690000.0 4727000.0 690100.0 4727100.0 690000.0 4727000.0 690000.0"
               "</gml:posList></gml:LinearRing></gml:exterior></gml:Triangle></gml:patches></gml:Surface>")
    body = re.sub(r'<gml:Polygon gml:id="ZE.a.G2">.*?</gml:Polygon>', surface, text[a:b], flags=re.S)
    return text[:a] + body + text[b:]


@case("gmlas_d5_composite_curve", ["gmlas.d.5@SR.line"], "a building line drawn as a gml:CompositeCurve")
def _d5() -> str:
    text = _with_line(base())
    a, b = block(text, "SR.line")
    curve = ('<gml:CompositeCurve gml:id="SR.line.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046">'
             '<gml:curveMember><gml:LineString gml:id="SR.line.L1"><gml:posList>4727010.0 690010.0 4727010.0 690050.0'
             "</gml:posList></gml:LineString></gml:curveMember><gml:curveMember><gml:LineString gml:id=\"SR.line.L2\">"
             "<gml:posList>4727010.0 690050.0 4727010.0 690090.0</gml:posList></gml:LineString></gml:curveMember>"
             "</gml:CompositeCurve>")
    body = re.sub(r"<gml:LineString .*?</gml:LineString>", curve, text[a:b], flags=re.S)
    return text[:a] + body + text[b:]


@case("read_several_geometries", ["READ.SEVERAL_GEOMETRIES@SR.line", "XSD@SR.line"],
      "a building line's geometry property holds two gml:LineStrings (kept both, reported)")
def _several() -> str:
    text = _with_line(base())
    a, b = block(text, "SR.line")
    second = ('<gml:LineString gml:id="SR.line.L2" srsName="http://www.opengis.net/def/crs/EPSG/0/3046">'
              "<gml:posList>4727020.0 690010.0 4727020.0 690090.0</gml:posList></gml:LineString>")
    body = re.sub(r"(<gml:LineString .*?</gml:LineString>)", lambda m: m.group(1) + second, text[a:b],
                  count=1, flags=re.S)
    return text[:a] + body + text[b:]


def _with_line(data: PlanDataset, geometry: Any = None) -> str:
    """The base plan with a building line (a supplementary regulation drawn as a line)."""
    data.supplementary_regulations.append(SupplementaryRegulation(
        gml_id="SR.line",
        inspire_id=Identifier("line", NS, "1"),
        geometry=geometry or LineString([(E0 + 10, N0 + 10), (E0 + 90, N0 + 10)]),
        supplementary_regulation=[INSPIRE + "SupplementaryRegulationValue/6_1_BuildingLine"],
        regulation_nature=INSPIRE + "RegulationNatureValue/bindingForDevelopers",
        plan="#SP.base",
        specific_supplementary_regulation=[BG + "SpecificSupplementaryRegulationValue/ZadalzhitelnaStroitelnaLinia"],
        process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
        background_map=Nil("unknown"),
        begin_lifespan_version=WHEN,
        inherited_from_other_plans=False,
        specific_regulation_nature=Nil("unknown"),
        official_document=["#OD.rules"],
    ))
    data.plan.restriction.append("#SR.line")
    return gml(data)


@case("gmlas_d6_point_coordinates", ["gmlas.d.6@SR.well"], "a point written with gml:coordinates")
def _d6() -> str:
    data = base()
    text = _with_line(data, Point(E0 + 30, N0 + 70)).replace('gml:id="SR.line', 'gml:id="SR.well').replace(
        "#SR.line", "#SR.well")
    a, b = block(text, "SR.well")
    body = re.sub(r"<gml:pos>([0-9.]+) ([0-9.]+)</gml:pos>",
                  lambda m: f"<gml:coordinates>{m.group(2)},{m.group(1)}</gml:coordinates>", text[a:b])
    return text[:a] + body + text[b:]


@case("gmlas_d7_pos_in_ring", ["gmlas.d.7@ZE.a"], "a ring written as a list of gml:pos")
def _d7() -> str:
    nums = _RING_A.split()
    pos = "".join(f"<gml:pos>{nums[i]} {nums[i + 1]}</gml:pos>" for i in range(0, len(nums), 2))
    return in_feature(base_gml(), "ZE.a", f"<gml:posList>{_RING_A}</gml:posList>", pos)


@case("gmlas_d8_array_property", ["gmlas.d.8@ZE.a"], "gml:surfaceMembers instead of gml:surfaceMember")
def _d8() -> str:
    text = in_feature(base_gml(), "ZE.a", "<gml:surfaceMember>", "<gml:surfaceMembers>")
    return in_feature(text, "ZE.a", "</gml:surfaceMember>", "</gml:surfaceMembers>")


@case("gmlas_d9_dimension", ["gmlas.d.9@ZE.a"], "srsDimension=\"4\" on a zone's polygon (its ring keeps 2)")
def _d9() -> str:
    text = in_feature(base_gml(), "ZE.a", '<gml:Polygon gml:id="ZE.a.G2">',
                      '<gml:Polygon gml:id="ZE.a.G2" srsDimension="4">')
    return in_feature(text, "ZE.a", f"<gml:posList>{_RING_A}", f'<gml:posList srsDimension="2">{_RING_A}')


@case("rs_a1_utm", ["rs.a.1@SP.base*4"], "the plan written in EPSG:25834 (UTM, east/north), which is refused")
def _rs_a1() -> str:
    return gml(base(), crs=25834)


@case("rs_a1_short_form", ["rs.a.1@SP.base*4"], "srsName written as EPSG:3046 instead of the http URI")
def _rs_a1_short() -> str:
    text = base_gml().replace('srsName="http://www.opengis.net/def/crs/EPSG/0/3046"', 'srsName="EPSG:3046"')
    # the short form is east/north by convention: swap the coordinates so the positions stay right
    return re.sub(r"<gml:posList>([^<]+)</gml:posList>", lambda m: "<gml:posList>" + " ".join(
        " ".join(reversed(p)) for p in zip(*[iter(m.group(1).split())] * 2, strict=True)) + "</gml:posList>", text)


@case("rs_a2_bounded_by", ["rs.a.2"], "the collection's boundedBy envelope in EPSG:25834")
def _rs_a2() -> str:
    return edit(base_gml(), "  <base:identifier>",
                '  <gml:boundedBy><gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/25834">'
                "<gml:lowerCorner>690000 4727000</gml:lowerCorner><gml:upperCorner>690200 4727100</gml:upperCorner>"
                "</gml:Envelope></gml:boundedBy>\n  <base:identifier>")


@case("rs_a3_temporal_frame", ["rs.a.3@ZE.a", "XSD@ZE.a", "READ.UNMAPPED@ZE.a"],
      "a time instant in a foreign element, with a frame other than ISO 8601")
def _rs_a3() -> str:
    return in_feature(base_gml(), "ZE.a", '<plu:plan xlink:href="#SP.base"/>',
                      '<plu:plan xlink:href="#SP.base"/>\n      <plu:note><gml:TimeInstant gml:id="ZE.a.T1">'
                      '<gml:timePosition frame="#julian">2025-03-01</gml:timePosition></gml:TimeInstant></plu:note>')


@case("dc_a1_lifespan", ["dc.a.1@ZE.a"], "endLifespanVersion before beginLifespanVersion")
def _dc_a1() -> str:
    return _data(lambda d: _set(_za(d), end_lifespan_version=datetime(2024, 1, 1, tzinfo=UTC)))


@case("dc_b1_validity", ["dc.b.1@ZE.a"], "validTo before validFrom")
def _dc_b1() -> str:
    return _data(lambda d: _set(_za(d), valid_from=date(2025, 6, 1), valid_to=date(2025, 5, 1)))


@case("lu_gml_a1_no_feature", ["lu-gml.a.1"], "a data set without members")
def _empty_set() -> str:
    text = base_gml()
    return text[: text.index("  <base:member>")] + "</base:SpatialDataSet>\n"


@case("lu_plu_as_a1_hilucs", ["lu-plu-as.a.1@ZE.a"], "a HILUCS value that does not exist")
def _a1() -> str:
    return _data(lambda d: _set(_za(d), hilucs_land_use=[INSPIRE + "HILUCSValue/9_MoonBase"]))


@case("lu_plu_as_a2_level", ["lu-plu-as.a.2@SP.base"], "levelOfSpatialPlan not in the register")
def _a2() -> str:
    return _data(lambda d: _set(d.plan, level_of_spatial_plan=INSPIRE + "LevelOfSpatialPlanValue/municipal"))


@case("lu_plu_as_a2_twice", ["lu-plu-as.a.2@SP.base", "READ.REPEATED@SP.base", "XSD@SP.base"],
      "two levelOfSpatialPlan elements")
def _a2_twice() -> str:
    line = '<plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/infraLocal"/>'
    return in_feature(base_gml(), "SP.base", line, line + "\n      " + line)


@case("lu_plu_as_a3_step", ["lu-plu-as.a.3@SP.base"], "processStepGeneral not in the register")
def _a3() -> str:
    return _data(lambda d: _set(d.plan, process_step_general=INSPIRE + "ProcessStepGeneralValue/draft"))


@case("lu_plu_as_a4_nature", ["lu-plu-as.a.4@ZE.b"], "regulationNature not in the register")
def _a4() -> str:
    return _data(lambda d: _set(d.zoning_elements[1], regulation_nature=INSPIRE + "RegulationNatureValue/binding"))


@case("lu_plu_as_b1_document", ["lu-plu-as.b.1@OD.rules"], "a document whose only attribute is nil")
def _b1() -> str:
    return _data(lambda d: _set(d.official_documents[0], regulation_text=Nil("unknown")))


@case("lu_ia_a1_specific", ["lu-ia.a.1.a@ZE.a", "lu-ia.a.1.b@ZE.b", "lu-ia.a.1.c@ZE.a"],
      "specificPresence and specificLandUse values from no known list")
def _ia_a1() -> str:
    def mutate(d: PlanDataset) -> None:
        foo = "http://example.org/codes/ZoneType/foo"
        _set(_za(d), specific_land_use=[BG + "ZoneTypeValue/Zhm", foo],
             specific_presence=SpecificPresence(ordered_list=(foo,)))
        _set(d.zoning_elements[1], specific_presence=SpecificPresence(percentage_list=(
            SpecificPercentage(BG + "ZoneTypeValue/Oz", 80), SpecificPercentage("http://example.org/codes/Bar", 20))))
    return _data(mutate)


@case("lu_ia_a2_plan_type", ["lu-ia.a.2@SP.base", "PROFILE.CODE_NOT_IN_LIST@SP.base"],
      "planTypeName from no known list (and so not from the Bulgarian list the profile asks for)",
      options={"profile": "bg"})
def _ia_a2() -> str:
    return _data(lambda d: _set(d.plan, plan_type_name="http://example.org/codes/PlanType/masterplan"))


@case("lu_ia_a3_a4_regulation", ["lu-ia.a.3@SR.flood", "lu-ia.a.4@SR.flood"],
      "a national supplementary regulation value nobody publishes, and one of an unknown list")
def _ia_a3() -> str:
    return _data(lambda d: _set(
        d.supplementary_regulations[0],
        specific_supplementary_regulation=["http://example.org/codes/SSR/riverbank"],
        supplementary_regulation=[INSPIRE + "SupplementaryRegulationValue/2_1_1_AreaExposedToFloodRisk",
                                  "http://example.org/codes/SR/wetMeadow"],
    ))


@case("lu_ia_b_dangling_links",
      ["lu-ia.b.3@SP.base", "lu-ia.b.4@SP.base", "lu-ia.b.5@SP.base", "lu-ia.b.6@ZE.b", "lu-ia.b.7@ZE.a",
       "lu-ia.b.8@SR.flood", "lu-ia.b.9@SR.flood", "REF.NOT_RECIPROCAL@SP.base*2", "TOPO.EXTENT_NOT_UNION@SP.base"],
      "every kind of link pointing to a feature that is not in the file (the zone and the regulation that left the "
      "plan also leave it unreciprocated and its extent half empty)")
def _dangling() -> str:
    def mutate(d: PlanDataset) -> None:
        d.plan.member.append("#ZE.gone")
        d.plan.official_document = ["#OD.gone"]
        d.plan.restriction.append("#SR.gone")
        d.zoning_elements[1].plan = "#SP.gone"
        _za(d).official_document = ["#OD.lost"]
        sr = d.supplementary_regulations[0]
        sr.plan = "#SP.gone"
        sr.official_document = ["#OD.lost"]
        d.zoning_elements[1].official_document = ["#OD.rules"]
    return _data(mutate)


@case("code_unknown", ["CODE.UNKNOWN@SR.flood", "CODE.UNKNOWN@OD.law", "CODE.UNKNOWN@ZE.a"],
      "values not in closed INSPIRE lists outside the PLU tests: regulation nature, legislation level, HILUCS presence")
def _code_unknown() -> str:
    def mutate(d: PlanDataset) -> None:
        d.supplementary_regulations[0].regulation_nature = INSPIRE + "RegulationNatureValue/advisory"
        from plu_model.values import HILUCSPresence
        _za(d).hilucs_presence = HILUCSPresence(ordered_list=(INSPIRE + "HILUCSValue/5_9_Imaginary",))
        d.official_documents.append(OfficialDocumentation(
            gml_id="OD.law", inspire_id=Identifier("law", NS, "1"),
            legislation_citation=LegislationCitation(name="Spatial Planning Act", level=INSPIRE + "LegislationLevelValue/municipal"),
        ))
        d.plan.official_document.append("#OD.law")
    return _data(mutate)


# ---------------------------------------------------------------------------------------------
# known pitfalls
# ---------------------------------------------------------------------------------------------
@case("pitfall_https_codelist", ["PITFALL.HTTPS_CODELIST@ZE.a*2"], "HILUCS and regulation nature written with https://")
def _https() -> str:
    return _data(lambda d: _set(
        _za(d),
        hilucs_land_use=["https://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"],
        regulation_nature="https://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding",
    ))


@case("pitfall_backgroudmapuri", ["PITFALL.BACKGROUDMAPURI@ZE.a", "XSD@ZE.a"], "the PLU 4.0.0 misspelling")
def _backgroud() -> str:
    return _backgroud_text()


@case("pitfall_axis_order", ["PITFALL.AXIS_ORDER"], "EPSG:4258 written longitude first")
def _axis() -> str:
    import shapely

    from plu_model.crs import reproject
    from plu_model.features import geometry_of, set_geometry

    data = base()
    for f in data.features():
        g = geometry_of(f)
        if g is not None:
            set_geometry(f, shapely.transform(reproject(g, 3046, 4258), lambda c: c[:, ::-1]))
    data.crs = 4258
    return gml(data)


@case("pitfall_ring_orientation", ["PITFALL.RING_ORIENTATION@ZE.a"], "a zone's exterior ring runs clockwise")
def _orientation() -> str:
    nums = _RING_A.split()
    pairs = [f"{nums[i]} {nums[i + 1]}" for i in range(0, len(nums), 2)]
    return in_feature(base_gml(), "ZE.a", _RING_A, " ".join(reversed(pairs)))


@case("crs_national", ["CRS.NATIONAL@SP.base*4"], "the plan in BGS2005 (EPSG:7801) under the Bulgarian profile",
      options={"profile": "bg"})
def _national() -> str:
    return gml(base(), crs=7801)


@case("crs_export_plan_file", ["CRS.EXPORT", "XSD.NOT_RUN"], "a plan file in EPSG:7801", convert="gpkg")
def _export() -> str:
    return gml(base(), crs=7801)


@case("crs_outside_area", ["CRS.OUTSIDE_AREA"], "EPSG:3046 coordinates south of the equator")
def _outside_area() -> str:
    return base_gml().replace("47270", "7270").replace("47271", "7271")


@case("crs_unknown", ["CRS.NOT_CHECKED", "TOPO.INCOMPLETE", "CRS.EXPORT", "XSD.NOT_RUN"],
      "an in-memory plan in an EPSG code PROJ does not know: the area and topology checks say they could not run",
      kind="dataset")
def _crs_unknown() -> PlanDataset:
    data = base()
    data.crs = 999999
    return data


# ---------------------------------------------------------------------------------------------
# geometry
# ---------------------------------------------------------------------------------------------
@case("geom_ring_not_closed", ["GEOM.RING_NOT_CLOSED@ZE.a"], "a ring whose last position is not its first")
def _not_closed() -> str:
    return in_feature(base_gml(), "ZE.a", _RING_A, _RING_A.rsplit(" ", 2)[0])


@case("geom_ring_too_short", ["GEOM.RING_TOO_SHORT@ZE.a", "GEOM.EMPTY@ZE.a"],
      "a ring of three positions (the reader leaves it out, so the zone is empty)")
def _too_short() -> str:
    return in_feature(base_gml(), "ZE.a", _RING_A, "4727000.0 690100.0 4727100.0 690100.0 4727000.0 690100.0")


@case("geom_non_finite", ["GEOM.NON_FINITE@ZE.a"], "a NaN coordinate")
def _nan() -> str:
    return in_feature(base_gml(), "ZE.a", "4727100.0 690100.0 4727100.0 690000.0", "4727100.0 NaN 4727100.0 690000.0")


@case("geom_empty", ["GEOM.EMPTY@ZE.b"], "a zone with an empty multi-surface")
def _geom_empty() -> str:
    return _data(lambda d: _set(d.zoning_elements[1], geometry=MultiPolygon()))


@case("geom_wrong_type", ["GEOM.WRONG_TYPE@ZE.b", "XSD@ZE.b"],
      "a zone drawn as a line")
def _wrong_type() -> str:
    text = base_gml()
    a, b = block(text, "ZE.b")
    curve = ('<gml:MultiCurve gml:id="ZE.b.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046"><gml:curveMember>'
             '<gml:LineString gml:id="ZE.b.L"><gml:posList>4727000.0 690100.0 4727100.0 690200.0</gml:posList>'
             "</gml:LineString></gml:curveMember></gml:MultiCurve>")
    body = re.sub(r"<gml:MultiSurface .*?</gml:MultiSurface>", curve, text[a:b], flags=re.S)
    return text[:a] + body + text[b:]


def _replace_zone(i: int, geom: Any) -> Callable[[PlanDataset], None]:
    return lambda d: _set(d.zoning_elements[i], geometry=geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom]))


@case("geom_self_intersection", ["GEOM.SELF_INTERSECTION@ZE.a"],
      "a bow-tie zone")
def _bowtie() -> str:
    return _data(_replace_zone(0, _poly((0, 0), (100, 100), (100, 0), (0, 100))))


@case("geom_hole_outside_shell", ["GEOM.HOLE_OUTSIDE_SHELL@ZE.a"], "a hole drawn outside its polygon")
def _hole_outside() -> str:
    return _data(_replace_zone(0, _poly((0, 0), (100, 0), (100, 100), (0, 100),
                                        holes=(((120, 20), (130, 20), (130, 30), (120, 30)),))))


@case("geom_nested_holes", ["GEOM.NESTED_HOLES@ZE.a"], "a hole inside another hole")
def _nested_holes() -> str:
    return _data(_replace_zone(0, _poly((0, 0), (100, 0), (100, 100), (0, 100), holes=(
        ((10, 10), (90, 10), (90, 90), (10, 90)), ((20, 20), (30, 20), (30, 30), (20, 30))))))


@case("geom_disconnected_interior", ["GEOM.DISCONNECTED_INTERIOR@ZE.a"], "two holes that cut the zone in two")
def _disconnected() -> str:
    return _data(_replace_zone(0, _poly((0, 0), (100, 0), (100, 100), (0, 100), holes=(
        ((0, 50), (25, 40), (50, 50), (25, 60)), ((50, 50), (75, 40), (100, 50), (75, 60))))))


@case("geom_nested_shells", ["GEOM.NESTED_SHELLS@ZE.a"],
      "a multi-surface whose two polygons overlap")
def _nested_shells() -> str:
    return _data(_replace_zone(0, MultiPolygon([_box(0, 0, 100, 100), _box(50, 50, 70, 70)])))


@case("geom_invalid_too_few_points", ["GEOM.INVALID@ZE.a", "GEOM.DUPLICATE_VERTEX@ZE.a"],
      "a ring of four positions where three are the same point")
def _too_few() -> str:
    return in_feature(base_gml(), "ZE.a", _RING_A,
                      "4727000.0 690100.0 4727100.0 690100.0 4727000.0 690100.0 4727000.0 690100.0")


@case("geom_duplicate_vertex", ["GEOM.DUPLICATE_VERTEX@ZE.a"], "a vertex repeated in a zone's ring")
def _dup_vertex() -> str:
    return in_feature(base_gml(), "ZE.a", "4727100.0 690100.0 4727100.0 690000.0",
                      "4727100.0 690100.0 4727100.0 690100.0 4727100.0 690000.0")


# ---------------------------------------------------------------------------------------------
# topology
# ---------------------------------------------------------------------------------------------
@case("topo_overlap", ["TOPO.OVERLAP@ZE.a"], "the second zone reaches 10 m into the first")
def _overlap() -> str:
    return _data(_replace_zone(1, _box(90, 0, 200, 100)))


@case("topo_narrow_overlap", ["TOPO.EDGE_MISMATCH@ZE.a", "TOPO.EDGE_MISMATCH@ZE.b"],
      "the second zone reaches 1 mm into the first: narrower than the 2 mm tolerance, so only the edges are noted")
def _narrow_overlap() -> str:
    return _data(_replace_zone(1, _box(99.999, 0, 200, 100)))


@case("topo_overlap_zero_tolerance", ["TOPO.OVERLAP@ZE.a"], "the same 1 mm overlap with tolerance 0",
      options={"tolerance": 0.0})
def _narrow_overlap_strict() -> str:
    return _data(_replace_zone(1, _box(99.999, 0, 200, 100)))


@case("topo_gap", ["TOPO.GAP@SP.base"], "a 20 m by 20 m hole in the first zone that nothing zones")
def _gap() -> str:
    return _data(_replace_zone(0, _poly((0, 0), (100, 0), (100, 100), (0, 100),
                                        holes=(((40, 40), (60, 40), (60, 60), (40, 60)),))))


@case("topo_extent_not_union", ["TOPO.EXTENT_NOT_UNION@SP.base"], "the extent is 20 m longer than the zoning")
def _extent() -> str:
    return _data(lambda d: _set(d.plan, extent=MultiPolygon([_box(0, 0, 220, 100)])))


@case("topo_outside_extent", ["TOPO.OUTSIDE_EXTENT@ZE.b", "TOPO.OUTSIDE_EXTENT@SR.flood"],
      "the second zone and the flood area reach beyond the extent")
def _outside() -> str:
    def mutate(d: PlanDataset) -> None:
        _replace_zone(1, _box(100, 0, 230, 100))(d)
        d.supplementary_regulations[0].geometry = _box(-20, 20, 60, 60)
    return _data(mutate)


@case("topo_sliver", ["TOPO.SLIVER@ZE.b"], "the second zone has a detached part of half a square metre")
def _sliver() -> str:
    return _data(lambda d: _set(d.zoning_elements[1], geometry=MultiPolygon([
        _box(100, 0, 200, 100), _box(150, 100.5, 151, 101)])) or _set(
        d.plan, extent=MultiPolygon([_box(0, 0, 200, 100), _box(150, 100.5, 151, 101)])))


@case("topo_edge_mismatch", ["TOPO.EDGE_MISMATCH@ZE.a", "TOPO.EDGE_MISMATCH@ZE.b"],
      "the second zone has a vertex in the middle of the shared edge that the first lacks")
def _edge() -> str:
    return _data(_replace_zone(1, _poly((100, 0), (200, 0), (200, 100), (100, 100), (100, 50))))


# ---------------------------------------------------------------------------------------------
# references and identifiers
# ---------------------------------------------------------------------------------------------
@case("ref_no_plan", ["REF.NO_PLAN", "lu-ia.b.6@ZE.a", "lu-ia.b.6@ZE.b", "lu-ia.b.8@SR.flood"],
      "zones and a regulation without their plan")
def _no_plan() -> str:
    text = base_gml()
    a, b = block(text, "SP.base")
    start = text.rindex("  <base:member>", 0, a)
    end = text.index("</base:member>\n", b) + len("</base:member>\n")
    return text[:start] + text[end:]


@case("ref_not_reciprocal", ["REF.NOT_RECIPROCAL@ZE.b"], "the plan does not list the second zone as member")
def _not_reciprocal() -> str:
    return _data(lambda d: d.plan.member.remove("#ZE.b"))


@case("ref_wrong_target", ["REF.WRONG_TARGET@ZE.a"], "a zone's officialDocument points to the other zone")
def _wrong_target() -> str:
    return _data(lambda d: _set(_za(d), official_document=["#ZE.b"]))


@case("ref_external", ["REF.EXTERNAL@ZE.a"], "a zone's document is elsewhere on the web")
def _external() -> str:
    return _data(lambda d: _set(_za(d), official_document=["#OD.rules", "http://example.org/plans/rules.pdf"]))


@case("ref_document_unused", ["REF.DOCUMENT_UNUSED@OD.spare"], "a document nobody refers to")
def _unused() -> str:
    return _data(lambda d: d.official_documents.append(OfficialDocumentation(
        gml_id="OD.spare", inspire_id=Identifier("spare", NS, "1"), regulation_text="Spare text.")))


@case("id_duplicate_inspire_id", ["ID.DUPLICATE_INSPIRE_ID@ZE.b"], "both zones have inspireId a")
def _dup_inspire() -> str:
    return _data(lambda d: _set(d.zoning_elements[1], inspire_id=Identifier("a", NS, "1")))


@case("id_empty", ["ID.EMPTY@ZE.a"], "a zone's inspireId has an empty localId (ID.EMPTY, not also gmlas.c.1)")
def _id_empty() -> str:
    return in_feature(base_gml(), "ZE.a", "<base:localId>a</base:localId>", "<base:localId></base:localId>")


# ---------------------------------------------------------------------------------------------
# values
# ---------------------------------------------------------------------------------------------
def _required_missing() -> PlanDataset:
    data = base()
    data.plan.official_title = None  # type: ignore[assignment]
    return data


@case("sem_required_missing", ["READ.MISSING@SP.base", "XSD"], "an in-memory plan without a title",
      kind="dataset", options={"gml_writer": True})
def _sem_required() -> PlanDataset:
    return _required_missing()


@case("sem_plan_values", ["gmlas.c.1@SP.base", "gmlas.c.3@ZE.a", "XSD.NOT_RUN"],
      "an in-memory plan with an empty alternative title and a nil reason the INSPIRE validator refuses",
      kind="dataset")
def _sem_values() -> PlanDataset:
    data = base()
    data.plan.alternative_title = ""
    data.zoning_elements[0].hilucs_presence = Nil("inapplicable")
    return data


@case("date_implausible", ["DATE.IMPLAUSIBLE@ZE.a", "DATE.IMPLAUSIBLE@ZE.b"],
      "a version that begins in 2999 and a validity that starts in 1700")
def _dates() -> str:
    def mutate(d: PlanDataset) -> None:
        _za(d).begin_lifespan_version = datetime(2999, 1, 1, tzinfo=UTC)
        d.zoning_elements[1].valid_from = date(1700, 1, 1)
    return _data(mutate)


def _dims(*items: Any) -> Callable[[PlanDataset], None]:
    return lambda d: _set(_za(d), dimensioning_indication=list(items))


@case("dim_unit", ["DIM.UNIT@ZE.a"], "maxHeight in feet (so the Жм height limit cannot be judged)",
      options={"profile": "bg"})
def _dim_unit() -> str:
    return _data(_dims(DimensioningIndicationMeasureValue("maxHeight", 30.0, "[ft_i]"),
                       DimensioningIndicationMeasureValue("maxDensity", 60.0, "%"),
                       DimensioningIndicationRealValue("maxFloorAreaRatio", 1.2),
                       DimensioningIndicationMeasureValue("minGreenShare", 40.0, "%")))


@case("dim_type", ["DIM.TYPE@ZE.a"], "maxHeight as text")
def _dim_type() -> str:
    return _data(_dims(DimensioningIndicationCharacterValue("maxHeight", "10 m")))


@case("dim_implausible", ["DIM.IMPLAUSIBLE@ZE.a"], "a density of 140 %")
def _dim_implausible() -> str:
    return _data(_dims(DimensioningIndicationMeasureValue("maxDensity", 140.0, "%")))


@case("dim_duplicate", ["DIM.DUPLICATE@ZE.a"], "maxHeight given twice")
def _dim_duplicate() -> str:
    return _data(_dims(DimensioningIndicationMeasureValue("maxHeight", 10.0, "m"),
                       DimensioningIndicationMeasureValue("maxHeight", 9.0, "m")))


# ---------------------------------------------------------------------------------------------
# national profile
# ---------------------------------------------------------------------------------------------
@case("profile_limit_exceeded", ["PROFILE.LIMIT_EXCEEDED@ZE.a*2"],
      "a Жм zone 14 m high with 30 % green (Наредба № 7, чл. 19: 10 m, 40 %)", options={"profile": "bg"})
def _limit() -> str:
    return _data(lambda d: _set(_za(d), dimensioning_indication=dimensioning_for(14, 60, 1.2, 30)))


@case("profile_limit_unverified", ["PROFILE.LIMIT_EXCEEDED_UNVERIFIED@ZE.a"],
      "a Жг zone with 70 % density under the Sofia profile (ЗУЗСО: 60 %, from secondary sources only)",
      options={"profile": "bg-sofia"})
def _limit_unverified() -> str:
    return _data(lambda d: _set(_za(d), specific_land_use=[BG + "ZoneTypeValue/Zhg"],
                                dimensioning_indication=dimensioning_for(40, 70, 3.0, 30)))


@case("profile_sofia_limit", ["PROFILE.LIMIT_EXCEEDED@ZE.a"],
      "a Смф zone with 30 % green under the Sofia profile (ЗУЗСО: at least 40 %)", options={"profile": "bg-sofia"})
def _sofia() -> str:
    return _data(lambda d: _set(_za(d), specific_land_use=[BG + "ZoneTypeValue/Smf"],
                                hilucs_land_use=[INSPIRE + "HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"],
                                dimensioning_indication=dimensioning_for(26, 60, 3.0, 30)))


@case("profile_limit_not_stated", ["PROFILE.LIMIT_NOT_STATED@ZE.a"], "a Жм zone without its floor-area ratio",
      options={"profile": "bg"})
def _not_stated() -> str:
    return _data(lambda d: _set(_za(d), dimensioning_indication=[
        x for x in dimensioning_for(10, 60, 1.2, 40) if x.indication_reference != "maxFloorAreaRatio"]))


@case("profile_zone_type_missing", ["PROFILE.ZONE_TYPE_MISSING@ZE.b"], "a zone without a Bulgarian zone type",
      options={"profile": "bg"})
def _zone_type() -> str:
    return _data(lambda d: _set(d.zoning_elements[1], specific_land_use=Nil("unknown")))


@case("profile_hilucs_mismatch", ["PROFILE.HILUCS_MISMATCH@ZE.a"], "a Жм zone classed as industry in HILUCS",
      options={"profile": "bg"})
def _hilucs_mismatch() -> str:
    return _data(lambda d: _set(_za(d), hilucs_land_use=[INSPIRE + "HILUCSValue/2_SecondaryProduction"]))


# ---------------------------------------------------------------------------------------------
def manifest() -> list[dict[str, Any]]:
    out = []
    for c in CASES:
        entry: dict[str, Any] = {"name": c.name, "kind": c.kind, "note": c.note, "expect": c.expect}
        if c.kind == "gml":
            entry["file"] = f"{c.name}.gml"
        elif c.kind == "missing":
            entry["file"] = f"{c.name}.gml"
        if c.convert:
            entry["convert"] = c.convert
        if c.options:
            entry["options"] = c.options
        out.append(entry)
    return out


def build_dataset(name: str) -> PlanDataset:
    """The in-memory plan of a ``dataset`` case."""
    for c in CASES:
        if c.name == name and c.kind == "dataset":
            return c.build()
    raise KeyError(name)


def render(name: str) -> str:
    """The GML text of a ``gml`` case."""
    for c in CASES:
        if c.name == name and c.kind == "gml":
            return c.build()
    raise KeyError(name)


def main(folder: Path = HERE) -> None:
    for old in folder.glob("*.gml"):
        old.unlink()
    for c in CASES:
        if c.kind == "gml":
            (folder / f"{c.name}.gml").write_text(c.build(), encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(manifest(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {sum(c.kind == 'gml' for c in CASES)} broken plans and manifest.json to {folder}")


if __name__ == "__main__":
    main()
