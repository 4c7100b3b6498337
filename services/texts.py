"""Every text the services show a person, by key (their Bulgarian is in the one catalogue)."""

from __future__ import annotations

from plu_model.i18n import Text

__all__ = ["LANGUAGES", "INSPIRE_LANGUAGE", "text"]

LANGUAGES = ("bg", "en")
#: ISO 639-2/B codes INSPIRE uses for the same languages
INSPIRE_LANGUAGE = {"bg": "bul", "en": "eng"}

_TEXTS: dict[str, Text | str] = {
    "wms.title": Text("services.texts", "Planned land use — view service (INSPIRE)"),
    "wms.abstract": Text("services.texts", "The municipality's plans in force from its plan register: zones, plans and supplementary regulations, drawn as in PLU Studio."),
    "wms.keyword": Text("services.texts", "spatial planning"),
    "wms.fees": Text("services.texts", "no fees"),
    "wms.constraints": Text("services.texts", "no limitations on public access"),
    "wms.organisation": Text("services.texts", "Municipality"),
    "contact.organisation_missing": Text("services.texts", "not known: the register has no published plan"),
    "contact.email_missing": Text("services.texts", "not configured (plu serve --contact-email)"),
    "layer.SpatialPlan": Text("services.texts", "Spatial plans"),
    "layer.ZoningElement": Text("services.texts", "Zoning elements"),
    "layer.SupplementaryRegulation": Text("services.texts", "Supplementary regulations"),
    "layer.in_force": Text("services.texts", "in force today"),
    "layer.per_plan": Text("services.texts", "Per plan"),
    "layer.version": Text("services.texts", "version"),
    "abstract.SpatialPlan": Text("services.texts", "The extents of the plans in force."),
    "abstract.ZoningElement": Text("services.texts", "Zones by national zone type or HILUCS."),
    "abstract.SupplementaryRegulation": Text("services.texts", "Regulations laid over the zones."),
    "ogcapi.title": Text("services.texts", "Planned land use — download service (OGC API – Features)"),
    "ogcapi.description": Text("services.texts", "The features of the published plans in the plan register."),
    "collection.SpatialPlan": Text("services.texts", "Spatial plans"),
    "collection.ZoningElement": Text("services.texts", "Zoning elements"),
    "collection.SupplementaryRegulation": Text("services.texts", "Supplementary regulations"),
    "atom.service_title": Text("services.texts", "Planned land use — pre-defined datasets (INSPIRE)"),
    "atom.service_subtitle": Text("services.texts", "Every published plan as INSPIRE PLU GML with its metadata."),
    "atom.dataset": Text("services.texts", "Plan"),
    "atom.version": Text("services.texts", "version"),
    "atom.gml": "INSPIRE PLU GML",  # a name, the same in both languages
    "atom.metadata": Text("services.texts", "Dataset metadata (ISO 19139)"),
    "atom.opensearch": Text("services.texts", "Dataset search"),
}


def text(key: str, language: str) -> str:
    """The text in ``language`` ('bg' or 'en'; anything else gets English)."""
    entry = _TEXTS[key]
    return entry.say(language) if isinstance(entry, Text) else entry
