"""A plan data set: the spatial plan(s) and every feature that belongs to them.

One GeoPackage plan file or one GML file holds one :class:`PlanDataset`.  It is
normally one plan; GML from elsewhere may carry several, and the data set keeps
them all rather than dropping any.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from plu_model.features import (
    Feature,
    OfficialDocumentation,
    SpatialPlan,
    SupplementaryRegulation,
    ZoningElement,
)
from plu_model.values import Identifier

__all__ = ["GML_ID_PREFIX", "PlanDataset", "SCHEMA_VERSION", "make_gml_id"]

#: Version of the plan-file layout written by this code (see docs/plan-file.md).
SCHEMA_VERSION = "1.0"

#: Prefix of generated ``gml:id`` s per class.
GML_ID_PREFIX = {
    "SpatialPlan": "SP",
    "ZoningElement": "ZE",
    "SupplementaryRegulation": "SR",
    "OfficialDocumentation": "OD",
}

_NCNAME_BAD = re.compile(r"[^A-Za-z0-9_.\-]")


def make_gml_id(prefix: str, local_id: str) -> str:
    """A valid ``gml:id`` (an XML NCName) made from a prefix and a local identifier."""
    text = _NCNAME_BAD.sub("_", f"{prefix}.{local_id}")
    if not (text[:1].isalpha() or text[:1] == "_"):
        text = f"_{text}"
    return text


@dataclass
class PlanDataset:
    """Everything one plan file holds.

    ``crs`` is the EPSG code all geometries are in.  ``dataset_id`` is the
    ``base:SpatialDataSet`` identifier; ``metadata`` holds free key/value facts
    about the file (its origin, whether its content is invented, and so on).
    """

    crs: int
    spatial_plans: list[SpatialPlan] = field(default_factory=list)
    zoning_elements: list[ZoningElement] = field(default_factory=list)
    supplementary_regulations: list[SupplementaryRegulation] = field(default_factory=list)
    official_documents: list[OfficialDocumentation] = field(default_factory=list)
    dataset_id: Identifier | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def plan(self) -> SpatialPlan:
        """The (first) spatial plan; most data sets hold exactly one."""
        if not self.spatial_plans:
            raise LookupError("the data set holds no SpatialPlan")
        return self.spatial_plans[0]

    def features(self) -> Iterator[Feature]:
        """Every feature, plans first, in the order the GML writer emits them."""
        yield from self.spatial_plans
        yield from self.zoning_elements
        yield from self.supplementary_regulations
        yield from self.official_documents

    def counts(self) -> dict[str, int]:
        """Number of features per PLU class."""
        return {
            "SpatialPlan": len(self.spatial_plans),
            "ZoningElement": len(self.zoning_elements),
            "SupplementaryRegulation": len(self.supplementary_regulations),
            "OfficialDocumentation": len(self.official_documents),
        }

    def add(self, feature: Feature) -> None:
        """Append a feature to the list of its class."""
        {
            "SpatialPlan": self.spatial_plans,
            "ZoningElement": self.zoning_elements,
            "SupplementaryRegulation": self.supplementary_regulations,
            "OfficialDocumentation": self.official_documents,
        }[feature.class_name].append(feature)  # type: ignore[attr-defined]

    def by_gml_id(self) -> dict[str, Feature]:
        return {f.gml_id: f for f in self.features() if f.gml_id}

    def assign_gml_ids(self) -> None:
        """Give every feature without a ``gml:id`` a unique one derived from its inspireId."""
        taken = {f.gml_id for f in self.features() if f.gml_id}
        for f in self.features():
            if f.gml_id:
                continue
            base = make_gml_id(GML_ID_PREFIX[f.class_name], f.inspire_id.local_id)
            candidate, n = base, 1
            while candidate in taken:
                n += 1
                candidate = f"{base}_{n}"
            f.gml_id = candidate
            taken.add(candidate)

    def link_members(self) -> None:
        """Make each plan's ``member``/``restriction`` lists match the features' ``plan``.

        The GML keeps the link both ways; editors and importers change the
        features' side and call this to rebuild the plan's side.  References to
        features outside the data set are kept.
        """
        self.assign_gml_ids()
        local = {f"#{f.gml_id}" for f in self.features()}
        for plan in self.spatial_plans:
            href = plan.href()
            plan.member = [m for m in plan.member if m not in local] + [
                z.href() for z in self.zoning_elements if z.plan == href
            ]
            plan.restriction = [r for r in plan.restriction if r not in local] + [
                s.href() for s in self.supplementary_regulations if s.plan == href
            ]
