"""The four PLU 4.0.1 feature types.

Attributes carry the schema's names in snake_case (see :mod:`plu_model.schema` for
the XML names).  Geometries are shapely objects with coordinates in the plan's CRS
in *east, north* order (longitude, latitude for geographic CRSs); the GML writer
and reader turn that into the axis order the CRS prescribes.

References to other features (``member``, ``restriction``, ``plan``,
``official_document``) hold ``xlink:href`` values: ``"#gmlid"`` for a feature of the
same data set, or any URI for one elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import ClassVar, Union

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

from plu_model.source_xml import SourceXml
from plu_model.values import (
    BackgroundMapValue,
    DimensioningIndication,
    DocumentCitation,
    HILUCSPresence,
    Identifier,
    LegislationCitation,
    OrdinanceValue,
    SpecificPresence,
)
from plu_model.voidable import Nil, Voidable

__all__ = [
    "GEOMETRY_ATTRIBUTE",
    "Feature",
    "OfficialDocumentation",
    "SpatialPlan",
    "SupplementaryRegulation",
    "ZoningElement",
    "class_of",
    "geometry_of",
    "has_finite_coordinates",
    "set_geometry",
]


def _unknown() -> Nil:
    return Nil("unknown")


@dataclass(kw_only=True, eq=True)
class _FeatureBase:
    class_name: ClassVar[str] = ""

    inspire_id: Identifier
    gml_id: str | None = None
    #: the element the feature was read from, written back while the model values are unchanged
    source: SourceXml | None = field(default=None, compare=False, repr=False)

    def href(self) -> str:
        """The same-document reference to this feature (``#gml_id``)."""
        if not self.gml_id:
            raise ValueError(f"{self.class_name} {self.inspire_id.local_id} has no gml:id yet")
        return f"#{self.gml_id}"


@dataclass(kw_only=True, eq=True)
class SpatialPlan(_FeatureBase):
    """``plu:SpatialPlan``: the plan as a whole."""

    class_name: ClassVar[str] = "SpatialPlan"

    extent: BaseGeometry
    official_title: str
    level_of_spatial_plan: str
    plan_type_name: str
    begin_lifespan_version: Voidable[datetime] = field(default_factory=_unknown)
    end_lifespan_version: Voidable[datetime] | None = None
    valid_from: Voidable[date] | None = None
    valid_to: Voidable[date] | None = None
    alternative_title: Voidable[str] = field(default_factory=_unknown)
    process_step_general: Voidable[str] = field(default_factory=_unknown)
    background_map: Voidable[BackgroundMapValue] = field(default_factory=_unknown)
    ordinance: Voidable[list[OrdinanceValue]] = field(default_factory=_unknown)
    official_document: Voidable[list[str]] = field(default_factory=_unknown)
    member: list[str] = field(default_factory=list)
    restriction: list[str] = field(default_factory=list)


@dataclass(kw_only=True, eq=True)
class ZoningElement(_FeatureBase):
    """``plu:ZoningElement``: an area of one land-use regulation."""

    class_name: ClassVar[str] = "ZoningElement"

    geometry: BaseGeometry
    hilucs_land_use: list[str]
    regulation_nature: str
    plan: str
    valid_from: Voidable[date] | None = None
    valid_to: Voidable[date] | None = None
    begin_lifespan_version: Voidable[datetime] = field(default_factory=_unknown)
    hilucs_presence: Voidable[HILUCSPresence] = field(default_factory=_unknown)
    specific_land_use: Voidable[list[str]] = field(default_factory=_unknown)
    specific_presence: Voidable[SpecificPresence] = field(default_factory=_unknown)
    end_lifespan_version: Voidable[datetime] | None = None
    process_step_general: Voidable[str] = field(default_factory=_unknown)
    background_map: Voidable[BackgroundMapValue] = field(default_factory=_unknown)
    dimensioning_indication: Voidable[list[DimensioningIndication]] | None = None
    official_document: Voidable[list[str]] = field(default_factory=_unknown)


@dataclass(kw_only=True, eq=True)
class SupplementaryRegulation(_FeatureBase):
    """``plu:SupplementaryRegulation``: a regulation that overlays the zoning."""

    class_name: ClassVar[str] = "SupplementaryRegulation"

    geometry: BaseGeometry
    supplementary_regulation: list[str]
    regulation_nature: str
    plan: str
    valid_from: Voidable[date] | None = None
    valid_to: Voidable[date] | None = None
    specific_supplementary_regulation: Voidable[list[str]] = field(default_factory=_unknown)
    process_step_general: Voidable[str] = field(default_factory=_unknown)
    background_map: Voidable[BackgroundMapValue] = field(default_factory=_unknown)
    begin_lifespan_version: Voidable[datetime] = field(default_factory=_unknown)
    dimensioning_indication: Voidable[list[DimensioningIndication]] | None = None
    end_lifespan_version: Voidable[datetime] | None = None
    inherited_from_other_plans: Voidable[bool] = field(default_factory=_unknown)
    specific_regulation_nature: Voidable[str] = field(default_factory=_unknown)
    name: Voidable[list[str]] | None = None
    official_document: Voidable[list[str]] = field(default_factory=_unknown)


@dataclass(kw_only=True, eq=True)
class OfficialDocumentation(_FeatureBase):
    """``plu:OfficialDocumentation``: a legal act, a regulation text or a plan document.

    The schema asks for at least one of the three attributes (``OneMustBeFilled``);
    the validator checks that, the model does not refuse an incomplete document
    so that a planner can fill it in steps.
    """

    class_name: ClassVar[str] = "OfficialDocumentation"

    legislation_citation: Voidable[LegislationCitation] | None = None
    regulation_text: Voidable[str] | None = None
    plan_document: Voidable[DocumentCitation] | None = None


Feature = Union[SpatialPlan, ZoningElement, SupplementaryRegulation, OfficialDocumentation]

_CLASSES: dict[str, type] = {
    c.class_name: c for c in (SpatialPlan, ZoningElement, SupplementaryRegulation, OfficialDocumentation)
}


def class_of(class_name: str) -> type:
    """The dataclass for a PLU feature type name such as ``"ZoningElement"``."""
    return _CLASSES[class_name]


#: The attribute that holds each class's geometry (documents have none).
GEOMETRY_ATTRIBUTE: dict[str, str] = {
    "SpatialPlan": "extent",
    "ZoningElement": "geometry",
    "SupplementaryRegulation": "geometry",
}


def geometry_of(feature: Feature) -> BaseGeometry | None:
    """The feature's geometry (a plan's extent), or ``None`` for documents."""
    name = GEOMETRY_ATTRIBUTE.get(feature.class_name)
    return getattr(feature, name) if name else None


def has_finite_coordinates(geometry: BaseGeometry) -> bool:
    """False when a coordinate is NaN or infinite: such a geometry can be reported but not stored or exported."""
    return bool(np.isfinite(shapely.get_coordinates(geometry, include_z=bool(shapely.has_z(geometry)))).all())


def set_geometry(feature: Feature, geometry: BaseGeometry) -> None:
    name = GEOMETRY_ATTRIBUTE.get(feature.class_name)
    if name is None:
        raise ValueError(f"{feature.class_name} has no geometry")
    setattr(feature, name, geometry)
