"""Generated plans of any size, for benchmarks, scale tests and demonstrations.

A generated plan is a grid of zoning elements that tile a rectangle exactly,
with realistic attributes cycling through Bulgarian zone types.  Features are
produced lazily, so a 100 000-zone plan streams into a writer without ever being
held in memory.  Nothing here pretends to be a real plan: the metadata says the
data is generated.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import shapely
from shapely.geometry import MultiPolygon, Polygon, box

from plu_model.codelists import INSPIRE_CODELIST_BASE
from plu_model.features import Feature, OfficialDocumentation, SpatialPlan, ZoningElement
from plu_model.values import (
    DimensioningIndicationMeasureValue,
    DimensioningIndicationRealValue,
    Identifier,
)
from plu_model.voidable import VOID_UNPOPULATED, Nil

__all__ = ["GeneratedPlan", "BG_CODELIST_BASE", "ZONE_PRESETS"]

BG_CODELIST_BASE = "https://w3id.org/plu-studio/codelist/bg/"
#: the void reason the INSPIRE validator accepts for values a data set does not hold (gmlas.c.3)
UNPOPULATED = VOID_UNPOPULATED
_HILUCS = INSPIRE_CODELIST_BASE + "HILUCSValue/"

#: (zone code, HILUCS code, max height m, max density %, max Кинт, min green %)
ZONE_PRESETS: tuple[tuple[str, str, float, float, float, float], ...] = (
    ("Zhm", "5_1_PermanentResidentialUse", 10.0, 60.0, 1.2, 40.0),
    ("Zhs", "5_1_PermanentResidentialUse", 15.0, 50.0, 2.0, 40.0),
    ("Smf", "5_2_ResidentialUseWithOtherCompatibleUses", 26.0, 60.0, 3.0, 30.0),
    ("Oz", "3_4_4_OpenAirRecreationalAreas", 5.0, 5.0, 0.05, 80.0),
    ("Pp", "2_SecondaryProduction", 15.0, 70.0, 2.0, 20.0),
    ("Tp", "4_1_1_RoadTransport", 0.0, 0.0, 0.0, 0.0),
)


def dimensioning_for(height: float, density: float, kint: float, green: float) -> list:
    """The four dimensioning indications PLU Studio uses for Bulgarian zones."""
    return [
        DimensioningIndicationMeasureValue("maxHeight", height, "m"),
        DimensioningIndicationMeasureValue("maxDensity", density, "%"),
        DimensioningIndicationRealValue("maxFloorAreaRatio", kint),
        DimensioningIndicationMeasureValue("minGreenShare", green, "%"),
    ]


@dataclass
class GeneratedPlan:
    """A plan of ``zones`` square zoning elements (side ``cell`` metres) in EPSG:7801.

    Satisfies the writers' plan-source protocol (``crs``, ``dataset_id``,
    ``metadata``, ``features()``, ``counts()``).
    """

    zones: int
    cell: float = 50.0
    origin: tuple[float, float] = (300000.0, 4700000.0)
    crs: int = 7801
    namespace: str = "BG.GENERATED"
    metadata: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.columns = max(1, math.ceil(math.sqrt(self.zones)))
        self.dataset_id = Identifier(f"generated-{self.zones}", self.namespace)
        self.metadata.setdefault("content", f"generated test plan of {self.zones} zoning elements; not real data")

    def counts(self) -> dict[str, int]:
        return {"SpatialPlan": 1, "ZoningElement": self.zones, "SupplementaryRegulation": 0, "OfficialDocumentation": 1}

    def _cell(self, i: int) -> Polygon:
        r, c = divmod(i, self.columns)
        x, y = self.origin[0] + c * self.cell, self.origin[1] + r * self.cell
        return box(x, y, x + self.cell, y + self.cell)

    def extent(self) -> MultiPolygon:
        """The union of the cells: full rows plus one partial row."""
        full_rows, rest = divmod(self.zones, self.columns)
        x0, y0 = self.origin
        parts = []
        if full_rows:
            parts.append(box(x0, y0, x0 + self.columns * self.cell, y0 + full_rows * self.cell))
        if rest:
            top = y0 + full_rows * self.cell
            parts.append(box(x0, top, x0 + rest * self.cell, top + self.cell))
        union = shapely.union_all(parts)
        return union if isinstance(union, MultiPolygon) else MultiPolygon([union])

    def features(self) -> Iterator[Feature]:
        when = datetime(2025, 1, 1, tzinfo=UTC)
        plan_ref = "#SP.generated"
        yield SpatialPlan(
            gml_id="SP.generated",
            inspire_id=Identifier("plan", self.namespace),
            extent=self.extent(),
            official_title=f"Generated plan of {self.zones} zones (test data)",
            level_of_spatial_plan=INSPIRE_CODELIST_BASE + "LevelOfSpatialPlanValue/local",
            plan_type_name=BG_CODELIST_BASE + "PlanTypeNameValue/OUP",
            begin_lifespan_version=when,
            alternative_title=Nil(UNPOPULATED),
            process_step_general=INSPIRE_CODELIST_BASE + "ProcessStepGeneralValue/elaboration",
            background_map=Nil(UNPOPULATED),
            ordinance=Nil(UNPOPULATED),
            official_document=["#OD.generated"],
            member=[f"#ZE.{i}" for i in range(self.zones)],
        )
        for i in range(self.zones):
            code, hilucs, h, d, k, g = ZONE_PRESETS[i % len(ZONE_PRESETS)]
            yield ZoningElement(
                gml_id=f"ZE.{i}",
                inspire_id=Identifier(f"ze-{i}", self.namespace),
                geometry=MultiPolygon([self._cell(i)]),
                hilucs_land_use=[_HILUCS + hilucs],
                regulation_nature=INSPIRE_CODELIST_BASE + "RegulationNatureValue/generallyBinding",
                plan=plan_ref,
                begin_lifespan_version=when,
                specific_land_use=[f"{BG_CODELIST_BASE}ZoneTypeValue/{code}"],
                hilucs_presence=Nil(UNPOPULATED),
                specific_presence=Nil(UNPOPULATED),
                process_step_general=INSPIRE_CODELIST_BASE + "ProcessStepGeneralValue/elaboration",
                background_map=Nil(UNPOPULATED),
                dimensioning_indication=None if code == "Tp" else dimensioning_for(h, d, k, g),
                official_document=["#OD.generated"],
            )
        yield OfficialDocumentation(
            gml_id="OD.generated",
            inspire_id=Identifier("doc", self.namespace),
            regulation_text="Generated test plan; the text stands in for the rules of a real plan.",
        )
