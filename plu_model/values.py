"""Data types of PLU 4.0.1, base 3.3 and base2 2.0 that features hold as values.

Names follow the schema in snake_case; the XML name of every attribute is listed
in :mod:`plu_model.schema`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Union

from plu_model.voidable import Nil, Voidable

__all__ = [
    "BackgroundMapValue",
    "CIDate",
    "DimensioningIndication",
    "DimensioningIndicationCharacterValue",
    "DimensioningIndicationIntegerValue",
    "DimensioningIndicationMeasureValue",
    "DimensioningIndicationRealValue",
    "DimensioningIndicationValue",
    "DocumentCitation",
    "HILUCSPercentage",
    "HILUCSPresence",
    "Identifier",
    "LegislationCitation",
    "OfficialJournalInformation",
    "OrdinanceValue",
    "SpecificPercentage",
    "SpecificPresence",
]


@dataclass(frozen=True, slots=True)
class Identifier:
    """``base:Identifier``: the stable external identifier of a spatial object.

    ``namespace`` names the data source, ``local_id`` is unique within it and
    ``version_id`` tells versions of the same object apart (``None``: absent).
    """

    local_id: str
    namespace: str
    version_id: Voidable[str] | None = None


@dataclass(frozen=True, slots=True)
class BackgroundMapValue:
    """The map a plan or feature was drawn on (``plu:BackgroundMapValue``)."""

    background_map_date: datetime
    background_map_reference: str
    background_map_uri: Voidable[str] = Nil("unknown")


@dataclass(frozen=True, slots=True)
class OrdinanceValue:
    """An administrative ordinance of the planning process (``plu:OrdinanceValue``)."""

    ordinance_date: datetime
    ordinance_reference: str


@dataclass(frozen=True, slots=True)
class DimensioningIndicationValue:
    """``plu:DimensioningIndicationValue``: a named dimensioning figure.

    The schema does not make the base type abstract, so a bare indication that
    only names itself is valid; the subclasses carry a typed value.
    """

    indication_reference: str

    @property
    def value(self) -> object:
        return None


@dataclass(frozen=True, slots=True)
class DimensioningIndicationCharacterValue(DimensioningIndicationValue):
    value: str  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class DimensioningIndicationIntegerValue(DimensioningIndicationValue):
    value: int  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class DimensioningIndicationRealValue(DimensioningIndicationValue):
    value: float  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class DimensioningIndicationMeasureValue(DimensioningIndicationValue):
    """A value with a unit of measure (``gml:MeasureType``: ``uom`` is required)."""

    value: float  # type: ignore[assignment]
    uom: str = "m"


DimensioningIndication = Union[
    DimensioningIndicationValue,
    DimensioningIndicationCharacterValue,
    DimensioningIndicationIntegerValue,
    DimensioningIndicationRealValue,
    DimensioningIndicationMeasureValue,
]


@dataclass(frozen=True, slots=True)
class HILUCSPercentage:
    hilucs_value: str
    percentage: int


@dataclass(frozen=True, slots=True)
class HILUCSPresence:
    """``lunom:HILUCSPresence``: either an ordered list or a percentage list."""

    ordered_list: tuple[str, ...] = ()
    percentage_list: tuple[HILUCSPercentage, ...] = ()

    def __post_init__(self) -> None:
        if bool(self.ordered_list) == bool(self.percentage_list):
            raise ValueError("HILUCSPresence holds exactly one of ordered_list, percentage_list")


@dataclass(frozen=True, slots=True)
class SpecificPercentage:
    specific_value: str
    percentage: int


@dataclass(frozen=True, slots=True)
class SpecificPresence:
    """``lunom:SpecificPresence``: either an ordered list or a percentage list."""

    ordered_list: tuple[str, ...] = ()
    percentage_list: tuple[SpecificPercentage, ...] = ()

    def __post_init__(self) -> None:
        if bool(self.ordered_list) == bool(self.percentage_list):
            raise ValueError("SpecificPresence holds exactly one of ordered_list, percentage_list")


@dataclass(frozen=True, slots=True)
class CIDate:
    """``gmd:CI_Date``: a date and what happened on it (creation, publication, revision)."""

    date: Union[date, datetime]
    date_type: str = "publication"


@dataclass(frozen=True, slots=True)
class OfficialJournalInformation:
    official_journal_identification: str
    issn: str | None = None
    isbn: str | None = None
    link_to_journal: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentCitation:
    """``base2:DocumentCitation``: a citation of a document, with links to it."""

    name: str
    date: Voidable[CIDate] = Nil("unknown")
    link: Voidable[tuple[str, ...]] = Nil("unknown")
    short_name: Voidable[str] | None = None
    specific_reference: Voidable[tuple[str, ...]] | None = None
    gml_id: str | None = None


@dataclass(frozen=True, slots=True)
class LegislationCitation(DocumentCitation):
    """``base2:LegislationCitation``: a citation of a legal act.

    ``level`` is a ``LegislationLevelValue`` URI and is required by the schema;
    the default is only there because dataclass inheritance needs one.
    """

    identification_number: str | None = None
    official_document_number: str | None = None
    date_entered_into_force: str | None = None
    date_repealed: str | None = None
    level: str = "http://inspire.ec.europa.eu/codelist/LegislationLevelValue/national"
    journal_citation: OfficialJournalInformation | None = None

