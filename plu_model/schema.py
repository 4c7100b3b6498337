"""The PLU 4.0.1 feature types as data: attribute names, XML names, kinds and multiplicities.

This table is the one place that knows the schema's shape.  The GML writer emits
elements in its order (the XSD sequence order), the GML reader maps element names
through it, and the GeoPackage store derives its columns from it, so the three
cannot drift apart.

Kinds
-----
``identifier``   ``base:Identifier``
``geometry``     a GML geometry (MultiSurface for zoning elements and plan extent,
                 any geometry for supplementary regulations)
``datetime``     ``xs:dateTime``;  ``date``: ``xs:date``
``string``, ``boolean``
``code``         a ``gml:ReferenceType`` whose ``xlink:href`` is a code-list value URI
                 (the ``codelist`` field names the list)
``ref``          a ``gml:ReferenceType`` pointing at another feature
``background_map``, ``ordinance``, ``dimensioning``, ``hilucs_presence``,
``specific_presence``, ``legislation_citation``, ``document_citation``: data types
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Attribute", "CLASS_ATTRIBUTES", "FEATURE_CLASSES", "attribute", "xml_to_attribute"]


@dataclass(frozen=True, slots=True)
class Attribute:
    """One property of a PLU feature type."""

    name: str
    xml: str
    kind: str
    many: bool = False
    optional: bool = False
    voidable: bool = False
    codelist: str | None = None

    @property
    def required(self) -> bool:
        return not self.optional


def _a(name: str, xml: str, kind: str, *flags: str, codelist: str | None = None) -> Attribute:
    return Attribute(
        name,
        xml,
        kind,
        many="many" in flags,
        optional="optional" in flags,
        voidable="voidable" in flags,
        codelist=codelist,
    )


_INSPIRE_ID = _a("inspire_id", "inspireId", "identifier")
_BEGIN = _a("begin_lifespan_version", "beginLifespanVersion", "datetime", "voidable")
_END = _a("end_lifespan_version", "endLifespanVersion", "datetime", "optional", "voidable")
_VALID_FROM = _a("valid_from", "validFrom", "date", "optional", "voidable")
_VALID_TO = _a("valid_to", "validTo", "date", "optional", "voidable")
_STEP = _a(
    "process_step_general", "processStepGeneral", "code", "voidable",
    codelist="ProcessStepGeneralValue",
)
_BACKGROUND = _a("background_map", "backgroundMap", "background_map", "voidable")
_DIMENSIONING = _a(
    "dimensioning_indication", "dimensioningIndication", "dimensioning", "many", "optional", "voidable"
)
_DOCUMENTS = _a("official_document", "officialDocument", "ref", "many", "voidable")
_PLAN = _a("plan", "plan", "ref")
_NATURE = _a("regulation_nature", "regulationNature", "code", codelist="RegulationNatureValue")

#: Attributes of each feature type in XSD sequence order.
CLASS_ATTRIBUTES: dict[str, tuple[Attribute, ...]] = {
    "SpatialPlan": (
        _INSPIRE_ID,
        _a("extent", "extent", "geometry"),
        _BEGIN,
        _a("official_title", "officialTitle", "string"),
        _a("level_of_spatial_plan", "levelOfSpatialPlan", "code", codelist="LevelOfSpatialPlanValue"),
        _END,
        _VALID_FROM,
        _VALID_TO,
        _a("alternative_title", "alternativeTitle", "string", "voidable"),
        _a("plan_type_name", "planTypeName", "code", codelist="PlanTypeNameValue"),
        _STEP,
        _BACKGROUND,
        _a("ordinance", "ordinance", "ordinance", "many", "voidable"),
        _DOCUMENTS,
        _a("member", "member", "ref", "many", "optional"),
        _a("restriction", "restriction", "ref", "many", "optional"),
    ),
    "ZoningElement": (
        _INSPIRE_ID,
        _a("geometry", "geometry", "geometry"),
        _VALID_FROM,
        _VALID_TO,
        _a("hilucs_land_use", "hilucsLandUse", "code", "many", codelist="HILUCSValue"),
        _BEGIN,
        _a("hilucs_presence", "hilucsPresence", "hilucs_presence", "voidable"),
        _a(
            "specific_land_use", "specificLandUse", "code", "many", "voidable",
            codelist="LandUseClassificationValue",
        ),
        _a("specific_presence", "specificPresence", "specific_presence", "voidable"),
        _NATURE,
        _END,
        _STEP,
        _BACKGROUND,
        _DIMENSIONING,
        _DOCUMENTS,
        _PLAN,
    ),
    "SupplementaryRegulation": (
        _VALID_FROM,
        _VALID_TO,
        _a(
            "specific_supplementary_regulation", "specificSupplementaryRegulation", "code",
            "many", "voidable", codelist="SpecificSupplementaryRegulationValue",
        ),
        _STEP,
        _BACKGROUND,
        _BEGIN,
        _DIMENSIONING,
        _INSPIRE_ID,
        _END,
        _a("geometry", "geometry", "geometry"),
        _a("inherited_from_other_plans", "inheritedFromOtherPlans", "boolean", "voidable"),
        _a("specific_regulation_nature", "specificRegulationNature", "string", "voidable"),
        _a("name", "name", "string", "many", "optional", "voidable"),
        _NATURE,
        _a(
            "supplementary_regulation", "supplementaryRegulation", "code", "many",
            codelist="SupplementaryRegulationValue",
        ),
        _DOCUMENTS,
        _PLAN,
    ),
    "OfficialDocumentation": (
        _INSPIRE_ID,
        _a("legislation_citation", "legislationCitation", "legislation_citation", "optional", "voidable"),
        _a("regulation_text", "regulationText", "string", "optional", "voidable"),
        _a("plan_document", "planDocument", "document_citation", "optional", "voidable"),
    ),
}

FEATURE_CLASSES: tuple[str, ...] = tuple(CLASS_ATTRIBUTES)

_BY_XML = {
    cls: {a.xml: a for a in attrs} for cls, attrs in CLASS_ATTRIBUTES.items()
}
_BY_NAME = {
    cls: {a.name: a for a in attrs} for cls, attrs in CLASS_ATTRIBUTES.items()
}


def xml_to_attribute(class_name: str, xml_name: str) -> Attribute | None:
    """The attribute an element of a feature type maps to, or ``None`` if unknown."""
    return _BY_XML[class_name].get(xml_name)


def attribute(class_name: str, name: str) -> Attribute:
    """The attribute called ``name`` (snake_case) of a feature type."""
    return _BY_NAME[class_name][name]
