"""A small invented city for the register tests: a general plan, two detailed plans and an amendment.

Coordinates are metres in EPSG:7801 around an origin, so areas are easy to reason about::

    general plan G (local level)   0..1000 × 0..1000, four 500 m quadrant zones
    detailed plan D1 (infraLocal)  0..400 × 0..400, four 200 m zones
    detailed plan D2 (infraLocal)  600..1000 × 600..1000, two zones (west / east halves)
    amendment A of D1 (infraLocal) 0..200 × 0..200, one zone that replaces D1 there
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from shapely.geometry import MultiPolygon, box

from plu_model.dataset import PlanDataset
from plu_model.features import OfficialDocumentation, SpatialPlan, ZoningElement
from plu_model.synthetic import dimensioning_for
from plu_model.values import Identifier

X0, Y0 = 320000.0, 4720000.0
NS = "BG.CITY.TEST"
INSPIRE = "http://inspire.ec.europa.eu/codelist/"
BG = "https://w3id.org/plu-studio/codelist/bg/"


@dataclass(frozen=True)
class Zone:
    local_id: str
    x0: float
    y0: float
    x1: float
    y1: float
    zone_type: str
    hilucs: str
    height: float

    def shape(self):  # the zone in EPSG:7801
        return box(X0 + self.x0, Y0 + self.y0, X0 + self.x1, Y0 + self.y1)


@dataclass(frozen=True)
class CityPlan:
    local_id: str
    title: str
    level: str
    extent: tuple[float, float, float, float]
    zones: tuple[Zone, ...]
    valid_from: date
    amends: tuple[str, ...] = ()

    def extent_shape(self):
        x0, y0, x1, y1 = self.extent
        return box(X0 + x0, Y0 + y0, X0 + x1, Y0 + y1)


def _z(local_id, x0, y0, x1, y1, zone_type, hilucs, height):
    return Zone(local_id, x0, y0, x1, y1, zone_type, hilucs, height)


RES, MIX, GREEN, IND = ("5_1_PermanentResidentialUse", "5_2_ResidentialUseWithOtherCompatibleUses",
                        "3_4_4_OpenAirRecreationalAreas", "2_SecondaryProduction")

GENERAL = CityPlan("oup-city", "ОУП на град Тест", "local", (0, 0, 1000, 1000), (
    _z("g-sw", 0, 0, 500, 500, "Zhs", RES, 15), _z("g-se", 500, 0, 1000, 500, "Pp", IND, 15),
    _z("g-nw", 0, 500, 500, 1000, "Oz", GREEN, 5), _z("g-ne", 500, 500, 1000, 1000, "Smf", MIX, 26)),
    date(2010, 1, 1))
DETAILED_1 = CityPlan("pup-south", "ПУП „Юг“", "infraLocal", (0, 0, 400, 400), (
    _z("d1-a", 0, 0, 200, 200, "Zhm", RES, 10), _z("d1-b", 200, 0, 400, 200, "Zhs", RES, 15),
    _z("d1-c", 0, 200, 200, 400, "Oz", GREEN, 5), _z("d1-d", 200, 200, 400, 400, "Smf", MIX, 26)),
    date(2015, 1, 1))
DETAILED_2 = CityPlan("pup-north", "ПУП „Север“", "infraLocal", (600, 600, 1000, 1000), (
    _z("d2-w", 600, 600, 800, 1000, "Smf", MIX, 26), _z("d2-e", 800, 600, 1000, 1000, "Oz", GREEN, 5)),
    date(2018, 6, 1))
AMENDMENT = CityPlan("pup-south-izm-1", "Изменение на ПУП „Юг“", "infraLocal", (0, 0, 200, 200), (
    _z("a-1", 0, 0, 200, 200, "Oz", GREEN, 5),), date(2022, 3, 1), amends=("pup-south",))
CITY = (GENERAL, DETAILED_1, DETAILED_2, AMENDMENT)


def dataset(plan: CityPlan) -> PlanDataset:
    """The plan as a PLU data set (in elaboration; the register moves it through its steps)."""
    when = datetime(2009, 1, 1, tzinfo=UTC)
    data = PlanDataset(crs=7801)
    sp = f"SP.{plan.local_id}"
    data.add(SpatialPlan(
        gml_id=sp, inspire_id=Identifier(plan.local_id, NS), extent=MultiPolygon([plan.extent_shape()]),
        official_title=plan.title, level_of_spatial_plan=INSPIRE + "LevelOfSpatialPlanValue/" + plan.level,
        plan_type_name=BG + "PlanTypeNameValue/" + ("OUP" if plan.level == "local" else "PUP-PRZ"),
        begin_lifespan_version=when, process_step_general=INSPIRE + "ProcessStepGeneralValue/elaboration",
        official_document=[f"#OD.{plan.local_id}"]))
    for z in plan.zones:
        data.add(ZoningElement(
            gml_id=f"ZE.{z.local_id}", inspire_id=Identifier(z.local_id, NS), geometry=MultiPolygon([z.shape()]),
            hilucs_land_use=[INSPIRE + "HILUCSValue/" + z.hilucs],
            regulation_nature=INSPIRE + "RegulationNatureValue/generallyBinding", plan=f"#{sp}",
            specific_land_use=[BG + "ZoneTypeValue/" + z.zone_type], begin_lifespan_version=when,
            dimensioning_indication=dimensioning_for(z.height, 50.0, 1.5, 30.0),
            official_document=[f"#OD.{plan.local_id}"]))
    data.add(OfficialDocumentation(gml_id=f"OD.{plan.local_id}", inspire_id=Identifier(f"doc-{plan.local_id}", NS),
                                   regulation_text=f"Правила за прилагане: {plan.title} (измислени)"))
    data.link_members()
    return data


def fill_register(dsn: str) -> str:
    """Every plan of the city added to the register at ``dsn``, adopted and in legal force from its date."""
    from register.provider import RegisterProvider, init_register

    init_register(dsn)
    with RegisterProvider(dsn) as reg:
        reg.ensure_authority("testgrad", "Община Тест")
        for plan in CITY:
            info = reg.add(dataset(plan), "testgrad", list(plan.amends))
            reg.set_status(info.ref, "adoption")
            reg.set_status(info.ref, "legalForce", plan.valid_from)
    return dsn


def expected_in_force(day: date) -> list[tuple[str, Zone, object]]:
    """(plan, zone, shape in EPSG:7801) in force on ``day``, worked out with shapely on the city itself:
    an amended plan's zones cut by the extents of its amendments in force; what is left of a zone, if any."""
    live = [p for p in CITY if p.valid_from <= day]
    out = []
    for p in live:
        cut = [a.extent_shape() for a in live if p.local_id in a.amends]
        for z in p.zones:
            shape = z.shape()
            for c in cut:
                shape = shape.difference(c)
            if shape.area > 0:
                out.append((p.local_id, z, shape))
    return out
