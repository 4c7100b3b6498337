"""What the forms call each attribute and each nil reason, in the UI language."""

from __future__ import annotations

from app.i18n import translate
from plu_model.voidable import VOID_UNKNOWN, VOID_UNPOPULATED, VOID_WITHHELD

__all__ = ["attribute_label", "class_label", "nil_reason_label", "NIL_CHOICES"]

#: Nil reasons offered in a voidable field, in menu order.
#: The INSPIRE void reasons, the ones the INSPIRE Reference Validator accepts.
NIL_CHOICES: tuple[str, ...] = (VOID_UNKNOWN, VOID_UNPOPULATED, VOID_WITHHELD)


def nil_reason_label(reason: str) -> str:
    labels = {
        VOID_UNKNOWN: translate("Nil", "not known"),
        VOID_UNPOPULATED: translate("Nil", "not held in this data set"),
        VOID_WITHHELD: translate("Nil", "withheld"),
        "unknown": translate("Nil", "not known"),
        "unpopulated": translate("Nil", "not filled in yet"),
        "withheld": translate("Nil", "withheld"),
        "missing": translate("Nil", "missing"),
        "inapplicable": translate("Nil", "not applicable"),
        "template": translate("Nil", "template"),
    }
    return labels.get(reason, reason)


def attribute_label(name: str) -> str:
    labels = {
        "official_title": translate("Attribute", "Official title"),
        "alternative_title": translate("Attribute", "Alternative title"),
        "level_of_spatial_plan": translate("Attribute", "Level of the plan"),
        "plan_type_name": translate("Attribute", "Plan type"),
        "process_step_general": translate("Attribute", "Process step"),
        "begin_lifespan_version": translate("Attribute", "Version valid since"),
        "end_lifespan_version": translate("Attribute", "Version superseded on"),
        "valid_from": translate("Attribute", "Legally valid from"),
        "valid_to": translate("Attribute", "Legally valid to"),
        "background_map": translate("Attribute", "Background map"),
        "ordinance": translate("Attribute", "Ordinances"),
        "official_document": translate("Attribute", "Official documents"),
        "hilucs_land_use": translate("Attribute", "HILUCS land use"),
        "hilucs_presence": translate("Attribute", "HILUCS presence"),
        "specific_land_use": translate("Attribute", "National zone type"),
        "specific_presence": translate("Attribute", "Zone type presence"),
        "regulation_nature": translate("Attribute", "Regulation nature"),
        "dimensioning_indication": translate("Attribute", "Dimensioning indications"),
        "supplementary_regulation": translate("Attribute", "Supplementary regulation type"),
        "specific_supplementary_regulation": translate("Attribute", "National regulation type"),
        "inherited_from_other_plans": translate("Attribute", "Inherited from other plans"),
        "specific_regulation_nature": translate("Attribute", "Specific regulation nature"),
        "name": translate("Attribute", "Names"),
        "legislation_citation": translate("Attribute", "Legislation citation"),
        "regulation_text": translate("Attribute", "Regulation text"),
        "plan_document": translate("Attribute", "Plan document"),
        "inspire_local_id": translate("Attribute", "Local identifier"),
        "inspire_namespace": translate("Attribute", "Namespace"),
        "inspire_version_id": translate("Attribute", "Version identifier"),
    }
    return labels.get(name, name.replace("_", " "))


def class_label(class_name: str) -> str:
    labels = {
        "SpatialPlan": translate("Attribute", "Spatial plan"),
        "ZoningElement": translate("Attribute", "Zoning element"),
        "SupplementaryRegulation": translate("Attribute", "Supplementary regulation"),
        "OfficialDocumentation": translate("Attribute", "Official document"),
    }
    return labels.get(class_name, class_name)
