"""What the forms call each attribute of a feature, in either language.

The desktop's attribute forms and the register's diff (``plu register diff``) name an attribute
the same way, so a reviewer reads in the diff the label they see in the form; the labels live
here, free of Qt, for both.  An attribute with no label keeps its name, its underscores spaced.
"""

from __future__ import annotations

from plu_model.i18n import Text

__all__ = ["ATTRIBUTE_NAMES", "attribute_name"]

#: row/attribute name (snake_case, as :mod:`plu_model.geopackage` keeps it) → its form label
ATTRIBUTE_NAMES: dict[str, Text] = {
    "official_title": Text("Attribute", "Official title"),
    "alternative_title": Text("Attribute", "Alternative title"),
    "level_of_spatial_plan": Text("Attribute", "Level of the plan"),
    "plan_type_name": Text("Attribute", "Plan type"),
    "process_step_general": Text("Attribute", "Process step"),
    "begin_lifespan_version": Text("Attribute", "Version valid since"),
    "end_lifespan_version": Text("Attribute", "Version superseded on"),
    "valid_from": Text("Attribute", "Legally valid from"),
    "valid_to": Text("Attribute", "Legally valid to"),
    "background_map": Text("Attribute", "Background map"),
    "ordinance": Text("Attribute", "Ordinances"),
    "official_document": Text("Attribute", "Official documents"),
    "hilucs_land_use": Text("Attribute", "HILUCS land use"),
    "hilucs_presence": Text("Attribute", "HILUCS presence"),
    "specific_land_use": Text("Attribute", "National zone type"),
    "specific_presence": Text("Attribute", "Zone type presence"),
    "regulation_nature": Text("Attribute", "Regulation nature"),
    "dimensioning_indication": Text("Attribute", "Dimensioning indications"),
    "supplementary_regulation": Text("Attribute", "Supplementary regulation type"),
    "specific_supplementary_regulation": Text("Attribute", "National regulation type"),
    "inherited_from_other_plans": Text("Attribute", "Inherited from other plans"),
    "specific_regulation_nature": Text("Attribute", "Specific regulation nature"),
    "name": Text("Attribute", "Names"),
    "legislation_citation": Text("Attribute", "Legislation citation"),
    "regulation_text": Text("Attribute", "Regulation text"),
    "plan_document": Text("Attribute", "Plan document"),
    "inspire_local_id": Text("Attribute", "Local identifier"),
    "inspire_namespace": Text("Attribute", "Namespace"),
    "inspire_version_id": Text("Attribute", "Version identifier"),
    "restriction": Text("Attribute", "Restrictions"),
    "member": Text("Attribute", "Zones and regulations of the plan"),
    "plan": Text("Attribute", "Plan"),
    "geometry": Text("Attribute", "Shape"),
}


def attribute_name(name: str, language: str) -> str:
    """An attribute's form label in ``language`` (``hilucs_land_use`` → ``HILUCS land use``)."""
    text = ATTRIBUTE_NAMES.get(name)
    return text.say(language) if text is not None else name.replace("_", " ")
