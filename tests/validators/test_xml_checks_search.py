"""The raw-XML rules find the same through libxml2's search as by walking every element.

``GmlXmlChecks._feature_by_search`` (taken while :data:`validators.fast_paths.ENABLED`) must
give what the full walk ``_feature_by_walk`` gives: the same findings in the same order, the
same gml:id values in the same order, the same srsName counts and first uses.  Each crafted
feature below is judged both ways; the walk is the reference, and the rules each case must
trigger are written by hand so that no case passes by finding nothing both ways.
"""

from __future__ import annotations

import random

import pytest
from lxml import etree

from validators import ValidationOptions, fast_paths
from validators.profiles import load_profile
from validators.xml_checks import GmlXmlChecks

PROFILE = load_profile("bg")
OPTIONS = ValidationOptions(profile="bg")

_DECLARATIONS = (
    'xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:foo="urn:example:foo" '
    'xmlns:gml31="http://www.opengis.net/gml"'
)
_SRS = 'srsName="http://www.opengis.net/def/crs/EPSG/0/3046"'


def _features(body: str) -> list[etree._Element]:
    """The feature elements of a collection holding ``body`` (features, each a member's child)."""
    root = etree.fromstring(f"<base:SpatialDataSet {_DECLARATIONS}>{body}</base:SpatialDataSet>".encode())
    return [member[0] for member in root]


def _member(feature: str) -> str:
    return f"<base:member>{feature}</base:member>"


def _judge(features: list[etree._Element], enabled: bool, with_ids: bool, monkeypatch) -> dict:
    """Everything one hook says about ``features`` (one after another, as a file's), one way."""
    monkeypatch.setattr(fast_paths, "ENABLED", enabled)
    hook = GmlXmlChecks("plan.gml", None, PROFILE, OPTIONS, {})
    said: list = []
    for f in features:
        ids: list[str] | None = [] if with_ids else None
        try:
            found = list(hook._feature(f, etree.QName(f).localname, ids))
        except Exception as exc:  # noqa: BLE001 - the walk's failures must be the search's too
            found = [type(exc).__name__]
        said.append((found, ids))
    return {"features": said, "srs_names": dict(hook.srs_names), "srs_first": hook.srs_first}


def _both(features: list[etree._Element], monkeypatch) -> dict:
    """The walk's verdict, after checking that the search gives the same, with and without ids."""
    for with_ids in (False, True):
        walk = _judge(features, False, with_ids, monkeypatch)
        search = _judge(features, True, with_ids, monkeypatch)
        assert search == walk
    return walk


def _rules(verdict: dict) -> list[str]:
    return [f.rule for found, _ in verdict["features"] for f in found if not isinstance(f, str)]


def _zone(inside: str, gml_id: str | None = "ZE.1") -> str:
    ident = f' gml:id="{gml_id}"' if gml_id else ""
    return f"<plu:ZoningElement{ident}>{inside}</plu:ZoningElement>"


def _identifier(local: str) -> str:
    return (f"<plu:inspireId><base:Identifier><base:localId>{local}</base:localId>"
            "<base:namespace>BG</base:namespace></base:Identifier></plu:inspireId>")


_RING = "<gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing>"
_POLYGON = (f'<plu:geometry><gml:Polygon gml:id="P.1" {_SRS}><gml:exterior>{_RING}</gml:exterior></gml:Polygon>'
            "</plu:geometry>")


CASES = {
    # text that only Python calls blank (str.strip() strips every Unicode space, XPath's normalize-space does not)
    "unicode spaces": (
        _zone(_identifier("\u00a0") + "<plu:beginLifespanVersion>\u3000\u2003 \n</plu:beginLifespanVersion>"
              "<plu:validFrom>\u205f\u202f\u2028\u0085</plu:validFrom><plu:validTo>\u00a0x</plu:validTo>"),
        ["gmlas.c.1", "gmlas.c.1", "gmlas.c.1"],
    ),
    "comments and instructions in leaves": (
        _zone("<plu:beginLifespanVersion><!-- none --></plu:beginLifespanVersion>"
              "<plu:validFrom> <?later x?> </plu:validFrom><plu:validTo><!----></plu:validTo>"
              "<plu:inspireId><base:Identifier><base:localId><!-- x --></base:localId>"
              "<base:namespace> </base:namespace></base:Identifier></plu:inspireId>"),
        ["gmlas.c.1"],
    ),
    "comment beside the properties": (
        _zone("<!-- a note --><plu:validFrom/><?tool keep?>"),
        ["gmlas.c.1"],
    ),
    "cdata": (
        _zone("<plu:beginLifespanVersion><![CDATA[  ]]></plu:beginLifespanVersion>"
              "<plu:validFrom><![CDATA[\u00a0]]>\n</plu:validFrom><plu:validTo><![CDATA[]]></plu:validTo>"
              "<plu:name><![CDATA[ x ]]></plu:name>"
              "<plu:inspireId><base:Identifier><base:localId><![CDATA[ ]]></base:localId></base:Identifier>"
              "</plu:inspireId>"),
        ["gmlas.c.1"] * 4,
    ),
    "xsi:nil variants": (
        _zone('<plu:validFrom xsi:nil="true"/><plu:validTo xsi:nil="1"/><plu:name xsi:nil="false"> </plu:name>'
              '<plu:beginLifespanVersion xsi:nil="true" nilReason="made-up"/>'
              '<plu:endLifespanVersion nilReason="unknown"/>'
              '<plu:inspireId><base:Identifier><base:localId xsi:nil="true"/>'
              '<base:namespace xsi:nil="TRUE"/><base:versionId xsi:nil="true" nilReason="x"> </base:versionId>'
              "</base:Identifier></plu:inspireId>"),
        ["gmlas.c.1", "gmlas.c.1", "gmlas.c.3", "gmlas.c.2", "gmlas.c.1", "gmlas.c.1"],
    ),
    "nilReason on a link": (
        _zone('<plu:hilucsLandUse xlink:href="http://x" nilReason="unknown"/>'
              '<plu:plan xlink:href="#SP"/><plu:officialDocument xlink:href=""/>'),
        ["gmlas.c.2"],
    ),
    "empty values that say something": (
        _zone('<plu:dimensioningIndication><plu:DimensioningIndicationRealValue><plu:value uom="m"/>'
              '<plu:indicationReference indeterminatePosition="unknown"/><plu:uom/>'
              '<plu:x indeterminatePosition="before"/><plu:y uom=""/>'
              "</plu:DimensioningIndicationRealValue></plu:dimensioningIndication>"),
        ["gmlas.c.1", "gmlas.c.1"],
    ),
    "repeated regulationNature": (
        _zone('<plu:regulationNature xlink:href="a"/><plu:hilucsLandUse xlink:href="b"/>'
              '<plu:regulationNature xlink:href="a"/><plu:regulationNature/>'),
        ["gmlas.c.1", "lu-plu-as.a.4"],
    ),
    "one regulationNature, a second deeper": (
        _zone('<plu:regulationNature xlink:href="a"/><plu:x><plu:y><plu:regulationNature xlink:href="a"/>'
              "</plu:y></plu:x>"),
        [],
    ),
    "arcs in segments, patches that are not planar": (
        _zone(f'<plu:geometry><gml:Curve gml:id="C.1" {_SRS}><gml:segments><gml:LineStringSegment>'
              "<gml:posList>0 0 1 1</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList>0 0 1 1 2 0"
              "</gml:posList></gml:Arc><!-- c --><gml:ArcString/><foo:Arc/></gml:segments></gml:Curve>"
              f'</plu:geometry><plu:extent><gml:Surface gml:id="S.1"><gml:patches><gml:PolygonPatch/>'
              "<gml:Triangle/><gml:Rectangle/></gml:patches></gml:Surface></plu:extent>"),
        ["gmlas.d.2", "gmlas.d.2", "gmlas.d.2", "gmlas.d.4", "gmlas.d.4"],
    ),
    "points and rings in the wrong coordinates": (
        _zone(f'<plu:geometry><gml:MultiGeometry gml:id="M.1" {_SRS}><gml:geometryMember>'
              '<gml:Point gml:id="PT.1"><gml:coordinates>1,2</gml:coordinates></gml:Point></gml:geometryMember>'
              '<gml:geometryMember><gml:Point gml:id="PT.2"><gml:pos>1 2</gml:pos></gml:Point>'
              "</gml:geometryMember><gml:geometryMember><gml:Polygon><gml:exterior><gml:LinearRing>"
              "<gml:pos>0 0</gml:pos><gml:pos>1 0</gml:pos></gml:LinearRing></gml:exterior></gml:Polygon>"
              "</gml:geometryMember><gml:geometryMember><gml:LineString><gml:posList>0 0 1 1</gml:posList>"
              "<foo:posList/></gml:LineString></gml:geometryMember></gml:MultiGeometry></plu:geometry>"),
        ["gmlas.d.6", "gmlas.d.7", "gmlas.d.7"],
    ),
    "arrays": (
        _zone(f'<plu:geometry><gml:MultiSurface {_SRS}><gml:surfaceMembers><gml:Polygon/></gml:surfaceMembers>'
              "</gml:MultiSurface></plu:geometry><plu:x><gml:MultiPoint><gml:pointMembers/></gml:MultiPoint>"
              "<foo:MultiCurve><gml:curveMembers/></foo:MultiCurve><gml:MultiCurve><gml:pointMembers/>"
              "</gml:MultiCurve></plu:x>"),
        # empty at three levels down: both pointMembers and the curveMembers; arrays in their own Multi*
        # (by local name, as the rule reads its parent)
        ["gmlas.c.1", "gmlas.c.1", "gmlas.c.1", "gmlas.d.8", "gmlas.d.8", "gmlas.d.8"],
    ),
    "time frames": (
        _zone('<plu:validFrom><gml:TimePeriod frame="#local"><gml:beginPosition frame="#other">2020</gml:beginPosition>'
              '<gml:endPosition frame="http://www.opengis.net/def/trs/ISO-8601">2021</gml:endPosition>'
              '</gml:TimePeriod></plu:validFrom><plu:validTo><gml:TimeInstant frame="#x"><gml:timePosition frame="">'
              "2020</gml:timePosition></gml:TimeInstant></plu:validTo>"),
        ["rs.a.3", "rs.a.3", "rs.a.3"],
    ),
    "srsDimension": (
        _zone(f'<plu:geometry><gml:MultiSurface {_SRS} srsDimension="4"><gml:surfaceMember>'
              '<gml:Polygon srsDimension=" 4"><gml:exterior><gml:LinearRing><gml:posList srsDimension="04">'
              '0 0</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>'
              '<gml:surfaceMember><gml:Polygon srsDimension="3"/></gml:surfaceMember><gml:surfaceMember>'
              '<gml:Polygon srsDimension="x"/></gml:surfaceMember></gml:MultiSurface></plu:geometry>'
              '<plu:x srsDimension="9"/><plu:y><gml:surfaceMember srsDimension="5"/></plu:y>'),
        ["gmlas.c.1", "gmlas.d.9", "gmlas.d.9", "gmlas.d.9"],  # plu:x is an empty property
    ),
    "backgroudMapURI": (
        '<plu:SpatialPlan gml:id="SP.1"><plu:levelOfSpatialPlan xlink:href="a"/><plu:backgroundMap>'
        "<plu:BackgroundMapValue><plu:backgroudMapURI>http://x</plu:backgroudMapURI><plu:x>"
        "<plu:backgroudMapURI/></plu:x></plu:BackgroundMapValue></plu:backgroundMap>"
        '<plu:levelOfSpatialPlan xlink:href="b"/><plu:processStepGeneral xlink:href="c"/>'
        "<foo:backgroudMapURI/></plu:SpatialPlan>",
        ["gmlas.c.1", "lu-plu-as.a.2", "PITFALL.BACKGROUDMAPURI", "PITFALL.BACKGROUDMAPURI"],
    ),
    "official documentation counted": (
        '<plu:OfficialDocumentation gml:id="OD.1"><plu:legislationCitation xlink:href="a"/>'
        '<plu:regulationText>x</plu:regulationText><plu:legislationCitation xlink:href="b"/>'
        '<plu:planDocument xlink:href="c"/><plu:regulationText>y</plu:regulationText>'
        "<plu:legislationCitation>z</plu:legislationCitation></plu:OfficialDocumentation>",
        ["lu-plu-as.b.1", "lu-plu-as.b.1"],
    ),
    "topology and other geometries": (
        _zone("<plu:geometry><gml:TopoSurface><gml:directedFace><gml:Face/></gml:directedFace></gml:TopoSurface>"
              "</plu:geometry><plu:x><gml:CompositeSurface/><gml:Solid/><gml:Grid/><gml31:Node/>"
              "<foo:Edge/><gml:OrientableSurface><gml:baseSurface><gml:Tin/></gml:baseSurface>"
              "</gml:OrientableSurface></plu:x>"),
        ["gmlas.d.1", "gmlas.d.1", "gmlas.d.3", "gmlas.d.5", "gmlas.d.5", "gmlas.d.3", "gmlas.d.3"],
    ),
    "nested feature": (
        _zone(_identifier("a") + "<plu:x><plu:ZoningElement gml:id=\"ZE.inner\"><plu:regulationNature/>"
              "<plu:regulationNature/><plu:validFrom> </plu:validFrom><plu:geometry>"
              '<gml:Point gml:id="PT.9"><gml:pos/></gml:Point></plu:geometry></plu:ZoningElement></plu:x>'),
        ["gmlas.c.1", "gmlas.c.1", "gmlas.c.1"],  # the inner properties are three levels down
    ),
    "foreign namespaces": (
        _zone('<foo:note/><foo:wrap><foo:a><foo:b> </foo:b><gml31:LinearRing><gml31:pos/></gml31:LinearRing>'
              '</foo:a></foo:wrap><plu:x><gml31:Point srsName="urn:x"><gml31:coordinates/></gml31:Point>'
              "</plu:x>"),
        ["gmlas.c.1", "gmlas.c.1", "gmlas.c.1"],
    ),
    "no gml:id": (
        _zone("<plu:validFrom/>" + _POLYGON, gml_id=None),
        ["gmlas.c.1"],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_crafted_feature_gets_the_same_findings_both_ways(name, monkeypatch):
    feature, rules = CASES[name]
    verdict = _both(_features(_member(feature)), monkeypatch)
    assert _rules(verdict) == rules


def test_several_srsnames_are_counted_and_first_met_the_same(monkeypatch):
    refused = 'srsName="urn:ogc:def:crs:EPSG::3046"'
    other = 'srsName="EPSG:4326"'
    features = _features(
        _member(_zone(_POLYGON, "ZE.1"))
        + _member(_zone(f'<plu:geometry><gml:MultiSurface gml:id="M.2" {refused}><gml:surfaceMember>'
                        f'<gml:Polygon {other}><gml:exterior>{_RING}</gml:exterior></gml:Polygon>'
                        f"</gml:surfaceMember></gml:MultiSurface></plu:geometry>"
                        f'<plu:x><gml:posList {refused}/><foo:Polygon {other}/></plu:x>', "ZE.2"))
        + _member(_zone(f'<plu:geometry><gml:Point {other}><gml:pos>1 2</gml:pos></gml:Point></plu:geometry>', "ZE.3"))
    )
    verdict = _both(features, monkeypatch)
    assert verdict["srs_names"] == {"http://www.opengis.net/def/crs/EPSG/0/3046": 1,
                                    "urn:ogc:def:crs:EPSG::3046": 2, "EPSG:4326": 2}
    assert list(verdict["srs_first"]) == ["urn:ogc:def:crs:EPSG::3046", "EPSG:4326"]
    assert verdict["srs_first"]["EPSG:4326"]["gml_id"] == "ZE.2"
    assert verdict["srs_first"]["EPSG:4326"]["xpath"].endswith("/gml:MultiSurface/gml:surfaceMember/gml:Polygon")


def test_gml_ids_come_in_document_order(monkeypatch):
    feature = _zone('<plu:a gml:id="z"><plu:b gml:id="y"/></plu:a><plu:c gml:id="x"><gml:Point gml:id="w"/></plu:c>'
                    '<plu:d foo:id="v"/><plu:e id="u"/>', "ZE.9")
    verdict = _both(_features(_member(feature)), monkeypatch)  # the last pass asks for the ids
    assert verdict["features"][0][1] == ["ZE.9", "z", "y", "x", "w"]


def test_a_deep_and_a_huge_feature(monkeypatch):
    deep = "".join(f"<plu:n{i}>" for i in range(60)) + "<plu:leaf> </plu:leaf>" + "".join(
        f"</plu:n{i}>" for i in reversed(range(60)))
    coordinates = " ".join(f"{i}.0 {i}.5" for i in range(20000))
    huge = "".join(f'<plu:p{i % 7} xlink:href="#x{i}"/>' for i in range(3000)) + "".join(
        f"<plu:v><plu:w><plu:t>{'' if i % 500 == 0 else i}</plu:t></plu:w></plu:v>" for i in range(3000))
    features = _features(
        _member(_zone(_identifier("a") + deep + "<plu:validFrom/>", "ZE.deep"))
        + _member(_zone(huge + f'<plu:geometry><gml:LineString {_SRS}><gml:posList>{coordinates}</gml:posList>'
                        "</gml:LineString></plu:geometry>", "ZE.huge"))
    )
    verdict = _both(features, monkeypatch)
    assert _rules(verdict) == ["gmlas.c.1"] * 7


_TAGS = ["plu:validFrom", "plu:regulationNature", "plu:x", "plu:backgroudMapURI", "foo:y", "base:localId",
         "gml:Point", "gml:pos", "gml:posList", "gml:LinearRing", "gml:segments", "gml:Arc", "gml:patches",
         "gml:PolygonPatch", "gml:surfaceMembers", "gml:MultiSurface", "gml:Node", "gml:TimePeriod",
         "gml:beginPosition", "gml31:Node", "gml:Polygon", "gml:LineStringSegment"]
#: the values each attribute may take (at most one of each on an element)
_ATTRIBUTES = {
    "nilReason": ["unknown", "x"], "xsi:nil": ["true", "false"], "xlink:href": ["#a"],
    "srsName": ["http://www.opengis.net/def/crs/EPSG/0/3046", "EPSG:4326"], "srsDimension": ["2", "4"],
    "frame": ["#f"], "uom": ["m"], "indeterminatePosition": ["now"], "gml:id": [None],
}
_TEXTS = ["", " ", "\u00a0", "\u3000\n", "x", " 1 ", "<![CDATA[ ]]>", "<!-- c -->", "<?p?>", "\u2003y"]


def _random_element(rng: random.Random, depth: int, serial: list[int]) -> str:
    tag = rng.choice(_TAGS)
    names = rng.sample(sorted(_ATTRIBUTES), rng.choice((0, 0, 1, 2)))
    attributes = " ".join(f'{n}="{rng.choice(_ATTRIBUTES[n]) or f"g{_next(serial)}"}"' for n in names)
    if depth < 5 and rng.random() < 0.55:
        inner = "".join(_random_element(rng, depth + 1, serial) for _ in range(rng.randint(1, 3)))
        inner = rng.choice(["", " ", "<!-- c -->"]) + inner
    else:
        inner = rng.choice(_TEXTS)
    return f"<{tag} {attributes}>{inner}</{tag}>" if inner or rng.random() < 0.5 else f"<{tag} {attributes}/>"


def _next(serial: list[int]) -> int:
    serial[0] += 1
    return serial[0]


def test_random_features_get_the_same_findings_both_ways(monkeypatch):
    """Random trees of the names, attributes and texts the rules care about, several to a file."""
    rng = random.Random(15)
    serial = [0]
    body = ""
    for n in range(300):
        cls = rng.choice(["ZoningElement", "SpatialPlan", "OfficialDocumentation", "SupplementaryRegulation"])
        inside = "".join(_random_element(rng, 1, serial) for _ in range(rng.randint(1, 6)))
        body += _member(f'<plu:{cls} gml:id="F.{n}">{inside}</plu:{cls}>')
    verdict = _both(_features(body), monkeypatch)
    rules = set(_rules(verdict))
    assert {"gmlas.c.1", "gmlas.c.2", "gmlas.c.3", "gmlas.d.1", "gmlas.d.2", "gmlas.d.4", "gmlas.d.6",
            "gmlas.d.7", "gmlas.d.8", "gmlas.d.9", "rs.a.3", "lu-plu-as.a.4", "PITFALL.BACKGROUDMAPURI"} <= rules


def test_a_plan_with_damaged_zones_gets_the_same_report_both_ways(sample_path, tmp_path, monkeypatch):
    """Through the reader (which takes comments out before its hook) and the whole engine."""
    from test_fast_paths import _both as both_reports
    from test_fast_paths import _report

    text = sample_path.read_text(encoding="utf-8")
    text = text.replace("<base:localId>oz-01</base:localId>", "<base:localId>\u00a0<!-- later --> </base:localId>", 1)
    nature = ('<plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/'
              'generallyBinding"/>')
    text = text.replace(nature, nature + "<plu:regulationNature>\u3000</plu:regulationNature>", 1)
    text = text.replace('srsDimension="2"', 'srsDimension="4"', 1)
    text = text.replace("<gml:LinearRing>", "<gml:LinearRing><!-- ring -->", 1)
    path = tmp_path / "damaged.gml"
    path.write_text(text, encoding="utf-8")
    fast, full = both_reports(lambda: _report(path), monkeypatch)
    assert fast == full
    found = {(f["rule"], f["gml_id"]) for f in fast["findings"]}
    assert {("gmlas.c.1", "ZE.oz-01"), ("lu-plu-as.a.4", "ZE.oz-01")} <= found
    assert any(f["rule"] == "gmlas.d.9" for f in fast["findings"])
