"""What the forms call each attribute and each nil reason, in the UI language."""

from __future__ import annotations

from app.i18n import current_language, translate
from plu_model.attribute_names import attribute_name
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
    """An attribute's form label in the UI language (:mod:`plu_model.attribute_names`, shared with the register)."""
    return attribute_name(name, current_language())


def class_label(class_name: str) -> str:
    labels = {
        "SpatialPlan": translate("Attribute", "Spatial plan"),
        "ZoningElement": translate("Attribute", "Zoning element"),
        "SupplementaryRegulation": translate("Attribute", "Supplementary regulation"),
        "OfficialDocumentation": translate("Attribute", "Official document"),
    }
    return labels.get(class_name, class_name)
