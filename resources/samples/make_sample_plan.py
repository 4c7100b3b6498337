"""Build the bundled sample plan: a detailed plan (ПУП-ПРЗ) for an invented quarter of Sofia.

Run ``python resources/samples/make_sample_plan.py`` to regenerate
``sofia_zelena_polyana_pup.gml``; a test checks the committed file is what this
script makes.  Everything in it is invented — the quarter, the rules, the
ordinance numbers — and the data set's metadata says so.

The zoning elements are faces of one planar partition (street strips, blocks
and the lines that split blocks, noded and polygonised together), so they tile
the plan boundary exactly: no gaps, no overlaps, shared edges with shared vertices.

The plan is in Sofia's cadastral CRS (BGS2005 / CCS2005, EPSG:7801), as the city
keeps its plans; an INSPIRE delivery is made from it with ``plu convert --crs 3046``.
Empty voidable values carry the nil reasons the INSPIRE validator accepts (test gmlas.c.3).
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

import shapely
from shapely import affinity
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.ops import polygonize, unary_union

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from exporters.gml_writer import write_gml  # noqa: E402
from exporters.iso_metadata import MetadataRecord, metadata_xml  # noqa: E402
from plu_model.crs import reproject  # noqa: E402
from plu_model.dataset import PlanDataset  # noqa: E402
from plu_model.features import (  # noqa: E402
    OfficialDocumentation,
    SpatialPlan,
    SupplementaryRegulation,
    ZoningElement,
)
from plu_model.synthetic import BG_CODELIST_BASE, dimensioning_for  # noqa: E402
from plu_model.values import (  # noqa: E402
    BackgroundMapValue,
    CIDate,
    DocumentCitation,
    HILUCSPresence,
    Identifier,
    LegislationCitation,
    OfficialJournalInformation,
    OrdinanceValue,
    SpecificPresence,
)
from plu_model.voidable import VOID_UNPOPULATED, Nil  # noqa: E402

OUT = HERE / "sofia_zelena_polyana_pup.gml"
NS = "BG.SOFIA.PLU.SAMPLE"
INSPIRE = "http://inspire.ec.europa.eu/codelist/"
ORIGIN = (320400.0, 4727600.0)  # CCS2005 easting/northing, south of central Sofia
ROTATION = 14.0  # degrees: the street grid is not north-aligned
DRAWN_IN = 7801  # BGS2005 / CCS2005, the cadastral CRS Sofia keeps its plans in
#: the INSPIRE void reason for a value the data set does not hold
UNPOPULATED = VOID_UNPOPULATED
WHEN = datetime(2025, 9, 15, 10, 0, tzinfo=UTC)

#: zone code -> (HILUCS, height m, density %, Кинт, green %) used in this plan
ZONES = {
    "Zhm": ("5_1_PermanentResidentialUse", 10.0, 60.0, 1.2, 40.0),
    "Zhs": ("5_1_PermanentResidentialUse", 15.0, 50.0, 2.0, 40.0),
    "Smf": ("5_2_ResidentialUseWithOtherCompatibleUses", 26.0, 60.0, 3.0, 40.0),
    "Oo": ("3_3_2_EducationalServices", 15.0, 40.0, 1.5, 40.0),
    "Oz": ("3_4_4_OpenAirRecreationalAreas", 5.0, 5.0, 0.05, 80.0),
    "Sp": ("3_4_3_SportsInfrastructure", 12.0, 30.0, 0.6, 40.0),
    "Tti": ("4_3_1_ElectricityGasAndThermalPowerDistributionServices", 6.0, 50.0, 0.5, 20.0),
    "Tp": ("4_1_1_RoadTransport", None, None, None, None),
}


def _local(x: float, y: float) -> tuple[float, float]:
    """Plan-local metres (x along the grid, y across) to CCS2005."""
    p = affinity.rotate(Point(x, y), ROTATION, origin=(0, 0))
    return (round(ORIGIN[0] + p.x, 3), round(ORIGIN[1] + p.y, 3))


def _line(*pts: tuple[float, float]) -> LineString:
    return LineString([_local(*p) for p in pts])


def _boundary() -> Polygon:
    return Polygon([_local(*p) for p in [(0, 0), (640, -20), (700, 180), (660, 430), (320, 470), (20, 420), (-30, 200)]])


def _streets() -> dict[str, Polygon]:
    """Street strips, each a buffered centre line, keyed by street name."""
    centre = {
        "ул. „Зелена поляна“": (_line((-60, 150), (760, 150)), 10.0),
        "ул. „Равнец“": (_line((-60, 320), (760, 320)), 7.0),
        "ул. „Лозова“": (_line((200, -60), (200, 520)), 7.0),
        "ул. „Беглика“": (_line((450, -60), (450, 520)), 7.0),
        "бул. „Витошки склон“": (_line((-60, 40), (760, 470)), 12.0),
    }
    return {name: line.buffer(width, cap_style="flat", join_style="mitre") for name, (line, width) in centre.items()}


def _split_lines() -> list[LineString]:
    """Lines that divide blocks into separate zones."""
    return [
        _line((100, -60), (100, 520)),
        _line((330, 150), (330, 320)),
        _line((580, -60), (580, 520)),
        _line((-60, 240), (200, 240)),
        _line((450, 240), (760, 240)),
        _line((200, 400), (450, 400)),
    ]


def _faces() -> list[Polygon]:
    boundary = _boundary()
    streets = _streets()
    lines = [boundary.exterior]
    for strip in streets.values():
        lines.append(strip.exterior.intersection(boundary))
    lines.extend(ln.intersection(boundary) for ln in _split_lines())
    noded = unary_union(lines)
    faces = [f for f in polygonize(noded) if boundary.contains(f.representative_point())]
    return sorted(faces, key=lambda f: (round(f.centroid.y), round(f.centroid.x)))


def _zones(faces: list[Polygon], streets: dict[str, Polygon], boundary: Polygon) -> list[tuple[str, Polygon]]:
    """Classify faces, fold slivers into their longest-shared-edge neighbour and merge each street."""
    labels = [_zone_of(f, streets, boundary) for f in faces]
    groups: list[list[int]] = [[i] for i in range(len(faces))]
    owner = list(range(len(faces)))
    for i, face in enumerate(faces):
        if face.area >= 150.0 or labels[i][0] == "Tp":
            continue
        best, shared = None, 0.0
        for j, other in enumerate(faces):
            if j == i or other.area < 150.0:
                continue
            length = face.boundary.intersection(other.boundary).length
            if length > shared:
                best, shared = j, length
        if best is not None:
            owner[i] = best
    def root(i: int) -> int:
        while owner[i] != i:
            i = owner[i]
        return i

    for i, (code, street) in enumerate(labels):
        for j in range(i):
            if code == "Tp" and labels[j] == (code, street) and faces[i].boundary.intersection(faces[j].boundary).length > 0:
                owner[root(i)] = root(j)
    owner = [root(i) for i in range(len(faces))]
    for i in range(len(faces)):
        if owner[i] != i:
            groups[owner[i]].extend(groups[i])
            groups[i] = []
    out = []
    for i, members in enumerate(groups):
        if not members:
            continue
        parts = [faces[m] for m in members]
        merged = shapely.coverage_union_all(parts) if len(parts) > 1 else parts[0]
        out.append((labels[i][0], merged))
    return out


def _zone_of(face: Polygon, streets: dict[str, Polygon], boundary: Polygon) -> tuple[str, str | None]:
    p = face.representative_point()
    for name, strip in streets.items():
        if strip.contains(p):
            return "Tp", name
    # position in plan-local coordinates decides the zone
    local = affinity.rotate(Point(p.x - ORIGIN[0], p.y - ORIGIN[1]), -ROTATION, origin=(0, 0))
    x, y = local.x, local.y
    if x < 100 and y < 150:
        return "Oz", None
    if 330 < x < 450 and 150 < y < 320:
        return "Oo", None
    if 200 < x < 330 and 150 < y < 320:
        return "Sp", None
    if x > 580 and y < 150:
        return "Tti", None
    if y > 400 or (y > 320 and x > 450):
        return "Zhm", None
    if y < 150 or x > 450:
        return "Smf", None
    return "Zhs", None


def build() -> PlanDataset:
    boundary = _boundary()
    streets = _streets()
    faces = _faces()
    data = PlanDataset(
        crs=DRAWN_IN,
        dataset_id=Identifier("zelena-polyana-pup-2025", NS, "1"),
        metadata={
            "content": "ПРИМЕРНИ ДАННИ: измислен квартал, измислени правила и заповеди; не е действащ план. "
            "SAMPLE DATA: an invented quarter with invented rules and ordinances; not a real plan.",
            "created_by": "resources/samples/make_sample_plan.py",
        },
    )
    plan_ref = "#SP.zelena-polyana"
    docs = ["#OD.zut", "#OD.rules", "#OD.drawing"]
    zoning: list[ZoningElement] = []
    counters: dict[str, int] = {}
    for code, face in _zones(faces, streets, boundary):
        counters[code] = counters.get(code, 0) + 1
        hilucs, height, density, kint, green = ZONES[code]
        local_id = f"{code.lower()}-{counters[code]:02d}"
        zoning.append(
            ZoningElement(
                gml_id=f"ZE.{local_id}",
                inspire_id=Identifier(local_id, NS, "1"),
                geometry=shapely.orient_polygons(face if face.geom_type == "MultiPolygon" else MultiPolygon([face])),
                hilucs_land_use=[INSPIRE + "HILUCSValue/" + hilucs],
                regulation_nature=INSPIRE + "RegulationNatureValue/generallyBinding",
                plan=plan_ref,
                valid_from=None,
                begin_lifespan_version=WHEN,
                hilucs_presence=HILUCSPresence(ordered_list=(INSPIRE + "HILUCSValue/" + hilucs,))
                if code != "Smf"
                else HILUCSPresence(
                    ordered_list=(
                        INSPIRE + "HILUCSValue/5_1_PermanentResidentialUse",
                        INSPIRE + "HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods",
                    )
                ),
                specific_land_use=[f"{BG_CODELIST_BASE}ZoneTypeValue/{code}"],
                specific_presence=SpecificPresence(ordered_list=(f"{BG_CODELIST_BASE}ZoneTypeValue/{code}",)),
                process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
                background_map=BackgroundMapValue(
                    datetime(2024, 11, 1, tzinfo=UTC),
                    "Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)",
                    Nil("unknown"),
                ),
                dimensioning_indication=None if height is None else dimensioning_for(height, density, kint, green),
                official_document=["#OD.rules"],
            )
        )
    heritage_site = Point(_local(520, 260)).buffer(45.0, quad_segs=8)
    flood = Polygon([_local(*p) for p in [(-20, 60), (150, 95), (160, 130), (-25, 110)]]).intersection(boundary)
    regulations = [
        SupplementaryRegulation(
            gml_id="SR.heritage-01",
            inspire_id=Identifier("heritage-01", NS, "1"),
            geometry=heritage_site,
            supplementary_regulation=[INSPIRE + "SupplementaryRegulationValue/3_3_BuiltHeritageProtection"],
            specific_supplementary_regulation=[f"{BG_CODELIST_BASE}SpecificSupplementaryRegulationValue/KulturnaTsennost"],
            regulation_nature=INSPIRE + "RegulationNatureValue/generallyBinding",
            plan=plan_ref,
            process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
            background_map=Nil("unknown"),
            begin_lifespan_version=WHEN,
            inherited_from_other_plans=True,
            specific_regulation_nature="Охранителна зона на недвижима културна ценност (измислена)",
            name=["Охранителна зона на параклис „Св. Илия“ (измислен обект)"],
            official_document=["#OD.rules"],
        ),
        SupplementaryRegulation(
            gml_id="SR.flood-01",
            inspire_id=Identifier("flood-01", NS, "1"),
            geometry=flood,
            supplementary_regulation=[INSPIRE + "SupplementaryRegulationValue/2_1_1_AreaExposedToFloodRisk"],
            specific_supplementary_regulation=[f"{BG_CODELIST_BASE}SpecificSupplementaryRegulationValue/RiskNavodnenie"],
            regulation_nature=INSPIRE + "RegulationNatureValue/bindingForDevelopers",
            plan=plan_ref,
            process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
            background_map=Nil("unknown"),
            begin_lifespan_version=WHEN,
            inherited_from_other_plans=False,
            specific_regulation_nature=Nil(UNPOPULATED),
            name=["Заливна ивица на Зеленоречки дол (измислен поток)"],
            official_document=["#OD.rules"],
        ),
        SupplementaryRegulation(
            gml_id="SR.regline-01",
            inspire_id=Identifier("regline-01", NS, "1"),
            geometry=streets["ул. „Равнец“"].exterior.intersection(boundary).geoms[0]
            if streets["ул. „Равнец“"].exterior.intersection(boundary).geom_type.startswith("Multi")
            else streets["ул. „Равнец“"].exterior.intersection(boundary),
            supplementary_regulation=[INSPIRE + "SupplementaryRegulationValue/6_2_BoundaryLine"],
            specific_supplementary_regulation=[f"{BG_CODELIST_BASE}SpecificSupplementaryRegulationValue/RegulatsionnaLinia"],
            regulation_nature=INSPIRE + "RegulationNatureValue/generallyBinding",
            plan=plan_ref,
            process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
            background_map=Nil("unknown"),
            begin_lifespan_version=WHEN,
            inherited_from_other_plans=False,
            specific_regulation_nature=Nil(UNPOPULATED),
            name=["Улична регулационна линия, ул. „Равнец“"],
            official_document=["#OD.drawing"],
        ),
        SupplementaryRegulation(
            gml_id="SR.buildline-01",
            inspire_id=Identifier("buildline-01", NS, "1"),
            geometry=_line((230, 332), (430, 332)),
            supplementary_regulation=[INSPIRE + "SupplementaryRegulationValue/6_1_BuildingLine"],
            specific_supplementary_regulation=[
                f"{BG_CODELIST_BASE}SpecificSupplementaryRegulationValue/ZadalzhitelnaStroitelnaLinia"
            ],
            regulation_nature=INSPIRE + "RegulationNatureValue/bindingForDevelopers",
            plan=plan_ref,
            process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
            background_map=Nil("unknown"),
            begin_lifespan_version=WHEN,
            dimensioning_indication=None,
            inherited_from_other_plans=False,
            specific_regulation_nature=Nil(UNPOPULATED),
            name=["Задължителна строителна линия към ул. „Равнец“"],
            official_document=["#OD.drawing"],
        ),
    ]
    plan = SpatialPlan(
        gml_id="SP.zelena-polyana",
        inspire_id=Identifier("zelena-polyana-pup", NS, "1"),
        extent=MultiPolygon([shapely.orient_polygons(boundary)]),
        begin_lifespan_version=WHEN,
        official_title="ПУП – План за регулация и застрояване на местност „Зелена поляна“, район „Витоша“, "
        "Столична община (примерни, измислени данни)",
        level_of_spatial_plan=INSPIRE + "LevelOfSpatialPlanValue/infraLocal",
        valid_from=None,
        alternative_title="ПУП-ПРЗ „Зелена поляна“ (пример)",
        plan_type_name=f"{BG_CODELIST_BASE}PlanTypeNameValue/PUP-PRZ",
        process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
        background_map=BackgroundMapValue(
            datetime(2024, 11, 1, tzinfo=UTC),
            "Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)",
            Nil("unknown"),
        ),
        ordinance=[
            OrdinanceValue(
                datetime(2025, 3, 12, tzinfo=UTC),
                "Заповед № РД-09-50-0000/12.03.2025 г. за изработване на ПУП (измислена)",
            )
        ],
        official_document=docs,
        member=[z.href() for z in zoning],
        restriction=[r.href() for r in regulations],
    )
    documents = [
        OfficialDocumentation(
            gml_id="OD.zut",
            inspire_id=Identifier("doc-zut", NS, "1"),
            legislation_citation=LegislationCitation(
                name="Закон за устройство на територията",
                short_name="ЗУТ",
                date=CIDate(date(2001, 1, 2), "publication"),
                link=Nil(UNPOPULATED),
                level=INSPIRE + "LegislationLevelValue/national",
                journal_citation=OfficialJournalInformation("Държавен вестник, бр. 1 от 2001 г."),
            ),
            regulation_text=Nil(UNPOPULATED),
            plan_document=Nil(UNPOPULATED),
        ),
        OfficialDocumentation(
            gml_id="OD.rules",
            inspire_id=Identifier("doc-rules", NS, "1"),
            regulation_text=RULES,
            plan_document=DocumentCitation(
                name="Правила и нормативи за прилагане на ПУП-ПРЗ „Зелена поляна“ (примерни)",
                date=CIDate(date(2025, 9, 15), "creation"),
                link=Nil(UNPOPULATED),
            ),
        ),
        OfficialDocumentation(
            gml_id="OD.drawing",
            inspire_id=Identifier("doc-drawing", NS, "1"),
            plan_document=DocumentCitation(
                name="ПУП-ПРЗ „Зелена поляна“ — графична част, М 1:1000 (примерна)",
                short_name="Чертеж ПРЗ",
                date=CIDate(date(2025, 9, 15), "creation"),
                link=Nil(UNPOPULATED),
                specific_reference=("лист 1",),
            ),
        ),
    ]
    west, south, east, north = reproject(boundary, DRAWN_IN, 4326).bounds
    data.metadata["md_metadata_xml"] = metadata_xml(
        MetadataRecord(
            title=plan.official_title,
            abstract=data.metadata["content"],
            organisation="Столична община — примерна организация (измислени данни)",
            email="plu-studio-sample@example.invalid",
            bbox_wgs84=(west, south, east, north),
            crs=DRAWN_IN,
            language="bg",
            date_stamp=date(2025, 9, 15),
            file_identifier="5f1c2b7e-6a53-4d0e-9a7e-3c1b2f0d9a11",
            lineage="Изработен със скрипта resources/samples/make_sample_plan.py на PLU Studio; всички данни са измислени.",
            keywords=("ПУП", "ПРЗ", "София", "примерни данни"),
        )
    )
    data.spatial_plans.append(plan)
    data.zoning_elements.extend(zoning)
    data.supplementary_regulations.extend(regulations)
    data.official_documents.extend(documents)
    return data


RULES = "\n".join(
    [
        "1. Планът урежда застрояването в местност „Зелена поляна“ (примерен, измислен план).",
        "2. Във всяка устройствена зона се спазват пределните показатели, посочени за нея: височина, "
        "плътност на застрояване, коефициент на интензивност (Кинт) и минимална озеленена площ.",
        "3. В зоните Жм се допуска свободно или свързано застрояване с височина до 10 m.",
        "4. В зоните Жс се допуска средноетажно застрояване с височина до 15 m.",
        "5. В зоните Смф партерните етажи към булеварда се предназначават за обществено обслужване и търговия.",
        "6. В охранителната зона на параклиса нови сгради се съгласуват по реда на Закона за културното наследство.",
        "7. В заливната ивица не се допуска ново застрояване; допускат се само паркови и спортни площадки.",
        "8. Задължителните строителни линии се спазват от всички нови сгради.",
        "9. Уличната регулация се прилага по реда на ЗУТ.",
    ]
)


def main() -> None:
    data = build()
    write_gml(OUT, data)
    print(f"wrote {OUT} ({data.counts()})")


if __name__ == "__main__":
    main()


