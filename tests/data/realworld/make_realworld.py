"""Write the real-world-shaped PLU deliveries of ``tests/data/realworld/``.

Run ``python tests/data/realworld/make_realworld.py`` to regenerate the ``*.gml`` files;
``tests/plu_model/test_realworld_corpus.py`` checks they are what this script makes and
that each survives GML → plan file → GML with nothing lost.

The shapes are those national-standard-to-INSPIRE converters emit (an XPlanung
development plan near Hamburg, a Bulgarian plan in ETRS89 lat/long with heights, a
WFS 2.0 and a WFS 1.1 answer, a bare feature collection): ``gml:FeatureCollection`` with
``gml:featureMember``/``featureMembers``, ``gml:Surface``/``PolygonPatch``, clockwise
exterior rings, ``srsName="EPSG:25832"``, geometries inheriting their CRS from the
collection, nil without a reason, local code lists in other namespaces
(``…_Extension.xml#code``), misspelt registry values, ``lunom`` presences, several
geometries in one property, curves with arcs, extension elements, ``gml:identifier``,
``gml:name``, ``gml:description``, ``gml:boundedBy``, ``xlink:title``/``xlink:role``,
CDATA, comments, processing instructions and an internal entity.
Everything is invented; the generator is seeded, so the files never change by themselves.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent

NSDECL = (
    'xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" '
    'xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" '
    'xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" '
    'xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" '
    'xmlns:gml="http://www.opengis.net/gml/3.2" '
    'xmlns:gmd="http://www.isotc211.org/2005/gmd" '
    'xmlns:gco="http://www.isotc211.org/2005/gco" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
)
LOCATION = ('xsi:schemaLocation="http://inspire.ec.europa.eu/schemas/plu/4.0 '
            'https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd"')
CL = "http://inspire.ec.europa.eu/codelist/"
HILUCS = [CL + "HILUCSValue/" + v for v in (
    "5_1_PermanentResidentialUse", "5_2_ResidentialUseWithOtherCompatibleUses", "3_3_2_EducationalServices",
    "3_4_4_OpenAirRecreationalAreas", "4_1_1_RoadTransport")]
#: registry values as converters misspell them: a typo, a wrong case in the path, a trailing slash
MISSPELT = [CL + "HILUCSValue/5_1_PermanentResidentalUse", "http://inspire.ec.europa.eu/codeList/HILUCSValue/"
            "3_4_4_OpenAirRecreationalAreas", CL + "HILUCSValue/4_1_1_RoadTransport/"]
LOCAL = "https://planung.example-kreis.de/codelists/BP_DetailArtDerBaulNutzung_Extension.xml#"
LOCAL_TITLES = {"1000": "Allgemeines Wohngebiet (WA)", "1100": "Reines Wohngebiet (WR)",
                "1200": "Mischgebiet (MI) – Läden &amp; Büros", "9999": "Grünfläche"}
NATURE = CL + "RegulationNatureValue/"
STEP = CL + "ProcessStepGeneralValue/adoption"
WHEN = "2021-06-30T00:00:00Z"


def ident(local: str, namespace: str) -> str:
    return (f"<plu:inspireId><base:Identifier><base:localId>{local}</base:localId>"
            f"<base:namespace>{namespace}</base:namespace></base:Identifier></plu:inspireId>")


def pos_list(points: list[tuple[float, ...]]) -> str:
    return " ".join(" ".join(f"{c:.3f}".rstrip("0").rstrip(".") if isinstance(c, float) else str(c) for c in p)
                    for p in points)


def ring(points: list[tuple[float, ...]], tag: str = "exterior") -> str:
    return f"<gml:{tag}><gml:LinearRing><gml:posList>{pos_list(points)}</gml:posList></gml:LinearRing></gml:{tag}>"


def clockwise_square(x: float, y: float, w: float, h: float) -> list[tuple[float, float]]:
    """Clockwise seen from above with east to the right: the orientation many converters write."""
    return [(x, y), (x, y + h), (x + w, y + h), (x + w, y), (x, y)]


# -- 1. an XPlanung development plan converted to INSPIRE (EPSG:25832, a few hundred features) -------
def xplan_25832() -> str:
    rnd = random.Random(25832)
    x0, y0, size, n = 565000.0, 5933000.0, 40.0, 16
    srs = "EPSG:25832"
    members: list[str] = [plan_25832(x0, y0, size * n), document_25832()]
    for i in range(n):
        for j in range(n):
            members.append(zone_25832(rnd, i * n + j, x0 + i * size, y0 + j * size, size))
    for k in range(30):
        members.append(line_25832(rnd, k, x0 + 5 + k * 20.0, y0 + 3.0))
    body = "\n".join(f"  <gml:featureMember>\n    {m}\n  </gml:featureMember>" if not m.startswith("<!--") else m
                     for m in members)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<?xplan-to-inspire converter="example" version="2.4.1"?>\n'
        "<!-- converted from XPlanGML 5.4 by an example converter; all data invented -->\n"
        f'<gml:FeatureCollection {NSDECL} {LOCATION} gml:id="FC.bplan-42">\n'
        f'  <gml:boundedBy><gml:Envelope srsName="{srs}"><gml:lowerCorner>{x0:.0f} {y0:.0f}</gml:lowerCorner>'
        f"<gml:upperCorner>{x0 + size * n:.0f} {y0 + size * n:.0f}</gml:upperCorner></gml:Envelope></gml:boundedBy>\n"
        f"{body}\n</gml:FeatureCollection>\n"
    )


def plan_25832(x0: float, y0: float, side: float) -> str:
    extent = clockwise_square(x0, y0, side, side)
    return (
        '<plu:SpatialPlan gml:id="SP_bplan42">'
        '<gml:identifier codeSpace="https://planung.example-kreis.de">DE.HH.BPLAN.42</gml:identifier>'
        "<gml:name>Bebauungsplan Nr. 42 „Am Mühlenteich“</gml:name>"
        + ident("bplan42", "DE.EXAMPLE.PLU")
        + f'<plu:extent><gml:MultiSurface gml:id="SP_bplan42_extent" srsName="EPSG:25832"><gml:surfaceMember>'
        f'<gml:Surface gml:id="SP_bplan42_s"><gml:patches><gml:PolygonPatch>{ring(extent)}</gml:PolygonPatch>'
        "</gml:patches></gml:Surface></gml:surfaceMember></gml:MultiSurface></plu:extent>"
        f"<plu:beginLifespanVersion>{WHEN}</plu:beginLifespanVersion>"
        "<plu:officialTitle><![CDATA[Bebauungsplan Nr. 42 <Am Mühlenteich> & Umgebung]]></plu:officialTitle>"
        f'<plu:levelOfSpatialPlan xlink:href="{CL}LevelOfSpatialPlanValue/infraLocal" '
        'xlink:title="Bebauungsplan"/>'
        '<plu:validTo xsi:nil="true"/>'
        '<plu:alternativeTitle xsi:nil="true"/>'
        '<plu:planTypeName xlink:href="https://planung.example-kreis.de/codelists/XP_PlanArt_Extension.xml#1000" '
        'xlink:title="BPlan"/>'
        f'<plu:processStepGeneral xlink:href="{STEP}"/>'
        '<plu:backgroundMap xsi:nil="true"/>'
        '<plu:ordinance xsi:nil="true" nilReason="unknown"/>'
        '<plu:officialDocument xlink:href="#OD_text" xlink:role="https://planung.example-kreis.de/role/Satzung" '
        'xlink:title="Textliche Festsetzungen"/>'
        "</plu:SpatialPlan>"
    )


def document_25832() -> str:
    return (
        '<plu:OfficialDocumentation gml:id="OD_text">'
        "<gml:description>Textteil des Bebauungsplans</gml:description>"
        + ident("text42", "DE.EXAMPLE.PLU")
        + "<plu:regulationText><![CDATA[§ 1 Art der baulichen Nutzung: im WA sind Läden & Büros "
        "zulässig; § 2 <Höhe> höchstens 12 m.]]></plu:regulationText>"
        "</plu:OfficialDocumentation>"
    )


def zone_25832(rnd: random.Random, k: int, x: float, y: float, size: float) -> str:
    gid = f"ZE_{k:04d}"
    outer = clockwise_square(x, y, size, size)
    hole = ""
    if k % 17 == 0:  # a courtyard, counter-clockwise like the converter's exterior is not
        hole = ring([(x + 10, y + 10), (x + 20, y + 10), (x + 20, y + 20), (x + 10, y + 20), (x + 10, y + 10)],
                    "interior")
    inherit = k % 5 == 4  # the geometry relies on the collection's srsName
    srs = "" if inherit else ' srsName="EPSG:25832"'
    if k % 3 == 0:
        surface = (f'<gml:Surface gml:id="{gid}_s"><gml:patches><gml:PolygonPatch>{ring(outer)}{hole}'
                   "</gml:PolygonPatch></gml:patches></gml:Surface>")
    else:
        surface = f'<gml:Polygon gml:id="{gid}_p">{ring(outer)}{hole}</gml:Polygon>'
    geometry = (f'<plu:geometry><gml:MultiSurface gml:id="{gid}_ms"{srs}><gml:surfaceMember>{surface}'
                "</gml:surfaceMember></gml:MultiSurface></plu:geometry>")
    hilucs = MISSPELT[k % len(MISSPELT)] if k % 23 == 0 else HILUCS[rnd.randrange(len(HILUCS))]
    code = rnd.choice(sorted(LOCAL_TITLES))
    head = f'<gml:identifier codeSpace="https://planung.example-kreis.de">DE.HH.BPLAN.42.{gid}</gml:identifier>'
    if k % 4 == 0:
        head += f"<gml:name>WA {k}</gml:name><gml:name>Baugebiet {k}</gml:name>"
    if k % 9 == 0:
        head += (f'<gml:boundedBy><gml:Envelope srsName="EPSG:25832"><gml:lowerCorner>{x:.0f} {y:.0f}'
                 f"</gml:lowerCorner><gml:upperCorner>{x + size:.0f} {y + size:.0f}</gml:upperCorner>"
                 "</gml:Envelope></gml:boundedBy>")
    presence = (f"<plu:hilucsPresence><lunom:HILUCSPresence><lunom:percentageList><lunom:HILUCSPercentage>"
                f'<lunom:hilucsValue xlink:href="{HILUCS[0]}"/><lunom:percentage>60</lunom:percentage>'
                "</lunom:HILUCSPercentage></lunom:percentageList><lunom:percentageList><lunom:HILUCSPercentage>"
                f'<lunom:hilucsValue xlink:href="{HILUCS[2]}"/><lunom:percentage>40</lunom:percentage>'
                "</lunom:HILUCSPercentage></lunom:percentageList></lunom:HILUCSPresence></plu:hilucsPresence>"
                if k % 2 else '<plu:hilucsPresence xsi:nil="true"/>')
    return (
        f'<plu:ZoningElement gml:id="{gid}">{head}'
        + ident(gid, "DE.EXAMPLE.PLU") + geometry
        + ('<plu:validFrom xsi:nil="true"/>' if k % 6 == 0 else "")
        + f'<plu:hilucsLandUse xlink:href="{hilucs}"/>'
        f"<plu:beginLifespanVersion>{WHEN}</plu:beginLifespanVersion>{presence}"
        f'<plu:specificLandUse xlink:href="{LOCAL}{code}" xlink:title="{LOCAL_TITLES[code]}"/>'
        '<plu:specificPresence xsi:nil="true"/>'
        f'<plu:regulationNature xlink:href="{NATURE}generallyBinding"/>'
        f'<plu:processStepGeneral xlink:href="{STEP}"/>'
        '<plu:backgroundMap xsi:nil="true"/>'
        + (f'<plu:dimensioningIndication><plu:DimensioningIndicationMeasureValue><plu:indicationReference>GRZ'
           f'</plu:indicationReference><plu:value uom="m">{rnd.randint(6, 15)}.50</plu:value>'
           "</plu:DimensioningIndicationMeasureValue></plu:dimensioningIndication>" if k % 7 == 0 else "")
        + '<plu:officialDocument xlink:href="#OD_text"/>'
        '<plu:plan xlink:href="#SP_bplan42"/>'
        "</plu:ZoningElement>"
    )


def line_25832(rnd: random.Random, k: int, x: float, y: float) -> str:
    gid = f"SR_line_{k:02d}"
    pts = [(x, y), (x + rnd.randint(3, 9), y + 200.0), (x + 2.0, y + 400.0)]
    if k % 3 == 0:
        geometry = (f'<gml:Curve gml:id="{gid}_c" srsName="EPSG:25832"><gml:segments><gml:LineStringSegment>'
                    f"<gml:posList>{pos_list(pts[:2])}</gml:posList></gml:LineStringSegment><gml:LineStringSegment>"
                    f"<gml:posList>{pos_list(pts[1:])}</gml:posList></gml:LineStringSegment></gml:segments>"
                    "</gml:Curve>")
    elif k % 3 == 1:
        geometry = (f'<gml:MultiCurve gml:id="{gid}_mc" srsName="EPSG:25832"><gml:curveMember>'
                    f'<gml:LineString gml:id="{gid}_l1"><gml:posList>{pos_list(pts[:2])}</gml:posList>'
                    f'</gml:LineString></gml:curveMember><gml:curveMember><gml:LineString gml:id="{gid}_l2">'
                    f"<gml:posList>{pos_list(pts[1:])}</gml:posList></gml:LineString></gml:curveMember>"
                    "</gml:MultiCurve>")
    else:
        geometry = f'<gml:Point gml:id="{gid}_pt" srsName="EPSG:25832"><gml:pos>{pos_list(pts[:1])}</gml:pos></gml:Point>'
    return (
        f"<!-- Baulinie {k} -->\n  <gml:featureMember>\n    "
        f'<plu:SupplementaryRegulation gml:id="{gid}">'
        f"<gml:name>Baugrenze {k}</gml:name>"
        '<plu:specificSupplementaryRegulation xsi:nil="true"/>'
        f'<plu:processStepGeneral xlink:href="{STEP}"/>'
        '<plu:backgroundMap xsi:nil="true"/>'
        f"<plu:beginLifespanVersion>{WHEN}</plu:beginLifespanVersion>"
        + ident(gid, "DE.EXAMPLE.PLU")
        + f"<plu:geometry>{geometry}</plu:geometry>"
        '<plu:inheritedFromOtherPlans xsi:nil="true"/>'
        '<plu:specificRegulationNature xsi:nil="true"/>'
        + f'<plu:regulationNature xlink:href="{NATURE}{"generalyBinding" if k == 7 else "bindingForDevelopers"}"/>'
        f'<plu:supplementaryRegulation xlink:href="{CL}SupplementaryRegulationValue/6_2_BoundaryLine"/>'
        '<plu:officialDocument xsi:nil="true"/>'
        '<plu:plan xlink:href="#SP_bplan42"/>'
        "</plu:SupplementaryRegulation>\n  </gml:featureMember>"
    )


# -- 2. a Bulgarian plan in ETRS89 lat/long with heights, odd geometries and an extension (EPSG:4258) -------
def latlong_4258() -> str:
    srs = "http://www.opengis.net/def/crs/EPSG/0/4258"
    lat0, lon0 = 42.6500, 23.3000
    members = [plan_4258(srs, lat0, lon0)]
    for k in range(8):
        lat, lon = lat0 + 0.001 * (k // 4), lon0 + 0.001 * (k % 4)
        # lat/long order, counter-clockwise in the file's own axes: clockwise on the map
        pts = [(lat, lon, 550.0 + k), (lat + 0.001, lon, 551.0 + k), (lat + 0.001, lon + 0.001, 552.0 + k),
               (lat, lon + 0.001, 553.0 + k), (lat, lon, 550.0 + k)]
        members.append(zone_4258(k, srs, pts))
    members += odd_regulations_4258(srs, lat0, lon0)
    body = "\n".join(f"  <base:member>\n    {m}\n  </base:member>" for m in members)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<base:SpatialDataSet {NSDECL} {LOCATION} gml:id="DS.vitosha-3d">\n'
        "  <base:identifier><base:Identifier><base:localId>vitosha-3d</base:localId>"
        "<base:namespace>BG.EXAMPLE.PLU</base:namespace></base:Identifier></base:identifier>\n"
        '  <base:metadata xsi:nil="true" nilReason="unknown"/>\n'
        f"{body}\n</base:SpatialDataSet>\n"
    )


def _f(v: float) -> str:
    return f"{v:.6f}".rstrip("0").rstrip(".")


def _pl3(points: list[tuple[float, ...]]) -> str:
    return " ".join(" ".join(_f(c) for c in p) for p in points)


def plan_4258(srs: str, lat: float, lon: float) -> str:
    ext = [(lat, lon, 550.0), (lat, lon + 0.004, 550.0), (lat + 0.002, lon + 0.004, 550.0),
           (lat + 0.002, lon, 550.0), (lat, lon, 550.0)]
    return (
        '<plu:SpatialPlan gml:id="SP.vitosha">'
        "<gml:description>План с височини (примерни, измислени данни)</gml:description>"
        + ident("vitosha", "BG.EXAMPLE.PLU")
        + f'<plu:extent><gml:MultiSurface gml:id="SP.vitosha.G" srsName="{srs}" srsDimension="3">'
        f'<gml:surfaceMember><gml:Polygon gml:id="SP.vitosha.P">'
        f"<gml:exterior><gml:LinearRing><gml:posList>{_pl3(ext)}</gml:posList></gml:LinearRing></gml:exterior>"
        "</gml:Polygon></gml:surfaceMember></gml:MultiSurface></plu:extent>"
        f"<plu:beginLifespanVersion>{WHEN}</plu:beginLifespanVersion>"
        "<plu:officialTitle>ПУП „Витоша“ – обемно-устройствен план (измислен)</plu:officialTitle>"
        f'<plu:levelOfSpatialPlan xlink:href="{CL}LevelOfSpatialPlanValue/infraLocal"/>'
        '<plu:alternativeTitle xsi:nil="true" nilReason="unknown"/>'
        '<plu:planTypeName xlink:href="https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PRZ" '
        'xlink:title="ПУП-ПРЗ"/>'
        f'<plu:processStepGeneral xlink:href="{CL}ProcessStepGeneralValue/elaboration"/>'
        '<plu:backgroundMap xsi:nil="true"/>'
        '<plu:ordinance xsi:nil="true"/>'
        '<plu:officialDocument xsi:nil="true"/>'
        "</plu:SpatialPlan>"
    )


def zone_4258(k: int, srs: str, pts: list[tuple[float, ...]]) -> str:
    gid = f"ZE.v{k}"
    return (
        f'<plu:ZoningElement gml:id="{gid}">'
        + (f"<gml:name>Жм{k}</gml:name>" if k % 2 else "")
        + ident(f"v{k}", "BG.EXAMPLE.PLU")
        + f'<plu:geometry><gml:MultiSurface gml:id="{gid}.G" srsName="{srs}" srsDimension="3">'
        f'<gml:surfaceMember><gml:Polygon gml:id="{gid}.P"><gml:exterior><gml:LinearRing>'
        f"<gml:posList>{_pl3(pts)}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
        "</gml:surfaceMember></gml:MultiSurface></plu:geometry>"
        f'<plu:hilucsLandUse xlink:href="{HILUCS[k % 2]}"/>'
        f"<plu:beginLifespanVersion>{WHEN}</plu:beginLifespanVersion>"
        f"<plu:hilucsPresence><lunom:HILUCSPresence><lunom:orderedList xlink:href=\"{HILUCS[k % 2]}\"/>"
        "</lunom:HILUCSPresence></plu:hilucsPresence>"
        '<plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm" '
        'xlink:title="Жилищна зона с малкоетажно застрояване"/>'
        '<plu:specificPresence xsi:nil="true"/>'
        f'<plu:regulationNature xlink:href="{NATURE}generallyBinding"/>'
        f'<plu:processStepGeneral xlink:href="{CL}ProcessStepGeneralValue/elaboration"/>'
        '<plu:backgroundMap xsi:nil="true"/>'
        '<plu:officialDocument xsi:nil="true"/>'
        '<plu:plan xlink:href="#SP.vitosha"/>'
        "</plu:ZoningElement>"
    )


def _regulation(gid: str, geometry: str, extra: str = "") -> str:
    return (
        f'<plu:SupplementaryRegulation gml:id="{gid}">'
        '<plu:specificSupplementaryRegulation xsi:nil="true"/>'
        f'<plu:processStepGeneral xlink:href="{CL}ProcessStepGeneralValue/elaboration"/>'
        '<plu:backgroundMap xsi:nil="true"/>'
        f"<plu:beginLifespanVersion>{WHEN}</plu:beginLifespanVersion>"
        + ident(gid.split(".", 1)[1], "BG.EXAMPLE.PLU")
        + f"<plu:geometry>{geometry}</plu:geometry>"
        '<plu:inheritedFromOtherPlans xsi:nil="true"/>'
        '<plu:specificRegulationNature xsi:nil="true"/>'
        f'<plu:regulationNature xlink:href="{NATURE}bindingForDevelopers"/>'
        f'<plu:supplementaryRegulation xlink:href="{CL}SupplementaryRegulationValue/6_1_BuildingLine"/>'
        '<plu:officialDocument xsi:nil="true"/>'
        '<plu:plan xlink:href="#SP.vitosha"/>'
        f"{extra}</plu:SupplementaryRegulation>"
    )


def odd_regulations_4258(srs: str, lat: float, lon: float) -> list[str]:
    """Geometries the model holds only approximately or not as one: kept verbatim."""
    two = f'srsName="{srs}" srsDimension="2"'
    line = lambda gid, a, b: (f'<gml:LineString gml:id="{gid}" {two}><gml:posList>{_pl3([a, b])}'  # noqa: E731
                              "</gml:posList></gml:LineString>")
    p = [(lat + 0.0001 * i, lon + 0.0002 * i) for i in range(8)]
    several = (line("SR.many.L1", p[0], p[1]) + line("SR.many.L2", p[2], p[3])
               + f'<gml:MultiCurve gml:id="SR.many.MC" {two}><gml:curveMember>{line("SR.many.L3", p[4], p[5])}'
               "</gml:curveMember></gml:MultiCurve>")
    arc = (f'<gml:Curve gml:id="SR.arc.C" {two}><gml:segments><gml:LineStringSegment><gml:posList>'
           f"{_pl3([p[0], p[1]])}</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList>"
           f"{_pl3([p[1], (p[1][0] + 0.0002, p[1][1] + 0.0001), (p[1][0], p[1][1] + 0.0004)])}</gml:posList>"
           "</gml:Arc></gml:segments></gml:Curve>")
    points = (f'<gml:MultiPoint gml:id="SR.wells.MP" srsName="{srs}" srsDimension="3">'
              + "".join(f'<gml:pointMember><gml:Point gml:id="SR.wells.P{i}"><gml:pos>{_pl3([(*p[i], 560.5 + i)])}'
                        "</gml:pos></gml:Point></gml:pointMember>" for i in range(3))
              + "</gml:MultiPoint>")
    sq = [p[0], (p[0][0], p[0][1] + 0.0005), (p[0][0] + 0.0005, p[0][1] + 0.0005), (p[0][0] + 0.0005, p[0][1]), p[0]]
    sq2 = [(a + 0.0005, b) for a, b in sq]
    composite = (f'<gml:CompositeSurface gml:id="SR.park.CS" {two}>'
                 + "".join(f'<gml:surfaceMember><gml:Polygon gml:id="SR.park.P{i}"><gml:exterior><gml:LinearRing>'
                           f"<gml:posList>{_pl3(r)}</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>"
                           "</gml:surfaceMember>" for i, r in enumerate((sq, sq2)))
                 + "</gml:CompositeSurface>")
    extension = ('<ext:rechtsstand xmlns:ext="https://planung.example-kreis.de/schema/ext/1.0" '
                 'ext:quelle="Konverter 2.4">in Aufstellung</ext:rechtsstand>')
    return [
        _regulation("SR.many", several),
        _regulation("SR.arc", arc),
        _regulation("SR.wells", points),
        _regulation("SR.park", composite, extension),
    ]


# -- 3. a WFS 2.0 answer (EPSG:25833 as a URN) ------------------------------------------------------
def wfs_25833() -> str:
    srs = "urn:ogc:def:crs:EPSG::25833"
    x0, y0 = 390000.0, 5820000.0
    members = []
    for k in range(5):
        gid = f"ZE.w{k}"
        pts = clockwise_square(x0 + 30 * k, y0, 30, 30)
        members.append(
            f'<plu:ZoningElement gml:id="{gid}">' + ident(f"w{k}", "DE.EXAMPLE.WFS")
            + f'<plu:geometry><gml:MultiSurface gml:id="{gid}.G" srsName="{srs}"><gml:surfaceMember>'
            f'<gml:Polygon gml:id="{gid}.P">{ring(pts)}</gml:Polygon></gml:surfaceMember></gml:MultiSurface>'
            f'</plu:geometry><plu:hilucsLandUse xlink:href="{HILUCS[k % 3]}"/>'
            f"<plu:beginLifespanVersion>{WHEN}</plu:beginLifespanVersion>"
            '<plu:hilucsPresence xsi:nil="true" nilReason="unknown"/>'
            f'<plu:specificLandUse xlink:href="{LOCAL}1100"/>'
            '<plu:specificPresence xsi:nil="true" nilReason="unknown"/>'
            f'<plu:regulationNature xlink:href="{NATURE}generallyBinding"/>'
            f'<plu:processStepGeneral xlink:href="{STEP}"/>'
            '<plu:backgroundMap xsi:nil="true" nilReason="unknown"/>'
            '<plu:officialDocument xsi:nil="true" nilReason="unknown"/>'
            '<plu:plan xlink:href="https://planung.example-kreis.de/wfs?id=SP.other"/>'
            "</plu:ZoningElement>"
        )
    body = "\n".join(f"  <wfs:member>\n    {m}\n  </wfs:member>" for m in members)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<wfs:FeatureCollection {NSDECL} xmlns:wfs="http://www.opengis.net/wfs/2.0" '
        'timeStamp="2024-05-02T10:00:00Z" numberMatched="5" numberReturned="5">\n'
        f"{body}\n</wfs:FeatureCollection>\n"
    )


# -- 3b. the same answer from a WFS 1.1 server: wfs 1.1 namespace, gml:featureMember, numberOfFeatures ------
def wfs11_25833() -> str:
    text = wfs_25833().replace("<wfs:member>", "<gml:featureMember>").replace("</wfs:member>", "</gml:featureMember>")
    text = text.replace('xmlns:wfs="http://www.opengis.net/wfs/2.0"', 'xmlns:wfs="http://www.opengis.net/wfs"')
    return text.replace('numberMatched="5" numberReturned="5"', 'numberOfFeatures="5"')


# -- 4. a bare gml:FeatureCollection with gml:featureMembers ----------------------------------------
def feature_members_25832() -> str:
    rnd = random.Random(4)
    zones = "\n    ".join(zone_25832(rnd, 1000 + k, 566000.0 + 40 * k, 5934000.0, 40.0) for k in range(1, 4))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<gml:FeatureCollection {NSDECL} gml:id="FC.members">\n'
        f"  <gml:featureMembers>\n    {zones.replace('#SP_bplan42', '#SP_other').replace('#OD_text', '#OD_x')}"
        "\n  </gml:featureMembers>\n</gml:FeatureCollection>\n"
    )


# -- 5. a document that declares and uses an internal entity -------------------------------------------
def internal_entity() -> str:
    text = wfs_25833()
    head, rest = text.split("\n", 1)
    rest = rest.replace(
        '<plu:ZoningElement gml:id="ZE.w0">',
        '<plu:ZoningElement gml:id="ZE.w0"><gml:name>Зона в &t;</gml:name>', 1)
    return f'{head}\n<!DOCTYPE wfs:FeatureCollection [\n  <!ENTITY t "Sofia">\n]>\n{rest}'


FILES: dict[str, Callable[[], str]] = {
    "xplan_bplan_25832.gml": xplan_25832,
    "latlong_3d_4258.gml": latlong_4258,
    "wfs_answer_25833.gml": wfs_25833,
    "wfs11_answer_25833.gml": wfs11_25833,
    "feature_members_25832.gml": feature_members_25832,
    "internal_entity.gml": internal_entity,
}


def main() -> None:
    for name, make in FILES.items():
        (HERE / name).write_text(make(), encoding="utf-8")
    print(f"wrote {len(FILES)} files to {HERE}", file=sys.stderr)


if __name__ == "__main__":
    main()
