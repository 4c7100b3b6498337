"""Every text the services show a person, in Bulgarian and English (the packages' per-language tables)."""

from __future__ import annotations

__all__ = ["LANGUAGES", "INSPIRE_LANGUAGE", "text"]

LANGUAGES = ("bg", "en")
#: ISO 639-2/B codes INSPIRE uses for the same languages
INSPIRE_LANGUAGE = {"bg": "bul", "en": "eng"}

_TEXTS: dict[str, dict[str, str]] = {
    "wms.title": {"bg": "Устройствени планове — услуга за разглеждане (INSPIRE)",
                  "en": "Planned land use — view service (INSPIRE)"},
    "wms.abstract": {"bg": "Действащите устройствени планове от регистъра на общината: зони, планове и "
                           "допълнителни режими, оцветени както в PLU Studio.",
                     "en": "The municipality's plans in force from its plan register: zones, plans and "
                           "supplementary regulations, drawn as in PLU Studio."},
    "wms.keyword": {"bg": "устройствено планиране", "en": "spatial planning"},
    "wms.fees": {"bg": "без такса", "en": "no fees"},
    "wms.constraints": {"bg": "няма ограничения за публичен достъп", "en": "no limitations on public access"},
    "wms.organisation": {"bg": "Община", "en": "Municipality"},
    "contact.organisation_missing": {"bg": "не е известна: в регистъра няма публикуван план",
                                     "en": "not known: the register has no published plan"},
    "contact.email_missing": {"bg": "не е зададен (plu serve --contact-email)",
                              "en": "not configured (plu serve --contact-email)"},
    "layer.SpatialPlan": {"bg": "Устройствени планове", "en": "Spatial plans"},
    "layer.ZoningElement": {"bg": "Устройствени зони", "en": "Zoning elements"},
    "layer.SupplementaryRegulation": {"bg": "Допълнителни режими", "en": "Supplementary regulations"},
    "layer.in_force": {"bg": "в сила днес", "en": "in force today"},
    "layer.per_plan": {"bg": "По планове", "en": "Per plan"},
    "layer.version": {"bg": "версия", "en": "version"},
    "abstract.SpatialPlan": {"bg": "Границите на действащите планове.", "en": "The extents of the plans in force."},
    "abstract.ZoningElement": {"bg": "Устройствените зони по национален вид или HILUCS.",
                               "en": "Zones by national zone type or HILUCS."},
    "abstract.SupplementaryRegulation": {"bg": "Режими, наложени върху зоните.",
                                         "en": "Regulations laid over the zones."},
    "ogcapi.title": {"bg": "Устройствени планове — услуга за изтегляне (OGC API – Features)",
                     "en": "Planned land use — download service (OGC API – Features)"},
    "ogcapi.description": {"bg": "Обектите на публикуваните устройствени планове от регистъра.",
                           "en": "The features of the published plans in the plan register."},
    "collection.SpatialPlan": {"bg": "Устройствени планове", "en": "Spatial plans"},
    "collection.ZoningElement": {"bg": "Устройствени зони", "en": "Zoning elements"},
    "collection.SupplementaryRegulation": {"bg": "Допълнителни режими", "en": "Supplementary regulations"},
    "atom.service_title": {"bg": "Устройствени планове — предварително определени набори от данни (INSPIRE)",
                           "en": "Planned land use — pre-defined datasets (INSPIRE)"},
    "atom.service_subtitle": {"bg": "Всеки публикуван устройствен план като INSPIRE PLU GML с метаданни.",
                              "en": "Every published plan as INSPIRE PLU GML with its metadata."},
    "atom.dataset": {"bg": "План", "en": "Plan"},
    "atom.version": {"bg": "версия", "en": "version"},
    "atom.gml": {"bg": "INSPIRE PLU GML", "en": "INSPIRE PLU GML"},
    "atom.metadata": {"bg": "Метаданни на набора от данни (ISO 19139)", "en": "Dataset metadata (ISO 19139)"},
    "atom.opensearch": {"bg": "Търсене на набори от данни", "en": "Dataset search"},
}


def text(key: str, language: str) -> str:
    """The text in ``language`` ('bg' or 'en'; anything else gets English)."""
    entry = _TEXTS[key]
    return entry["bg"] if language == "bg" else entry["en"]
