"""What the web viewer shows, prepared once at packaging time: zones, overlays, legend, texts.

The viewer must work opened from disk, where a browser will not ``fetch()`` a
local file, so everything it needs is embedded as one JavaScript assignment
(``data/plan-data.js``).  Labels are resolved here from the code lists in both
languages, so the viewer never needs the code lists and shows a Bulgarian zone
type in Bulgarian and in English.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from exporters.geojson_ import geometry_to_geojson
from participation.paragraphs import Paragraph, document_title
from participation.settings import ConsultationSettings
from participation.viewer_texts import viewer_texts
from plu_model.codelists import CodeValue, all_codelists, label_for
from plu_model.crs import is_geographic
from plu_model.dataset import PlanDataset
from plu_model.features import OfficialDocumentation, SupplementaryRegulation, ZoningElement
from plu_model.i18n import Text
from plu_model.portrayal import classes, classes_in_use, colour_of, scheme_for, zone_key
from plu_model.style_files import official_classes
from plu_model.values import DimensioningIndicationMeasureValue, DimensioningIndicationValue, DocumentCitation
from plu_model.voidable import Nil

__all__ = ["INDICATION_LABELS", "viewer_data", "viewer_script", "zone_code"]

#: Names of the dimensioning indications PLU Studio writes (Наредба № 7 limits), in both languages.
INDICATION_LABELS: dict[str, Text] = {
    "maxHeight": Text("participation.web_data", "Maximum height"),
    "maxDensity": Text("participation.web_data", "Maximum building density"),
    "maxFloorAreaRatio": Text("participation.web_data", "Maximum floor-area ratio"),
    "minGreenShare": Text("participation.web_data", "Minimum green share"),
    "minHeight": Text("participation.web_data", "Minimum height"),
    "maxNumberOfFloors": Text("participation.web_data", "Maximum number of floors"),
}


def _code_value(uri: str) -> CodeValue | None:
    for cl in all_codelists():
        value = cl.get(uri)
        if value is not None:
            return value
    return None


def _notation(uri: str) -> str:
    value = _code_value(uri)
    return (value.notation or "") if value else ""


def _labels(uri: str) -> dict[str, str]:
    return {"bg": label_for(uri, "bg"), "en": label_for(uri, "en")}


def _listed(value: Any) -> list[Any]:
    if value is None or isinstance(value, Nil):
        return []
    return list(value)


def zone_code(zone: ZoningElement) -> tuple[str, str, dict[str, str]]:
    """``(code, notation, labels)`` of the zone's national type (``Smf``, ``Смф``, …)."""
    specific = _listed(zone.specific_land_use)
    if specific:
        value = _code_value(specific[0])
        code = specific[0].rstrip("/").rsplit("/", 1)[-1]
        if value is not None:
            return value.code, value.notation or value.code, {"bg": value.label("bg"), "en": value.label("en")}
        return code, code, {"bg": code, "en": code}
    hilucs = zone.hilucs_land_use[0] if zone.hilucs_land_use else ""
    value = _code_value(hilucs)
    notation = value.notation if value and value.notation else ""
    return notation, notation, _labels(hilucs)


def _limits(indications: Any) -> list[dict[str, Any]]:
    out = []
    for ind in _listed(indications):
        if not isinstance(ind, DimensioningIndicationValue):
            continue
        known = INDICATION_LABELS.get(ind.indication_reference)
        labels = {lang: known.say(lang) if known else ind.indication_reference for lang in ("bg", "en")}
        out.append(
            {
                "ref": ind.indication_reference,
                "label": labels,
                "value": ind.value,
                "uom": ind.uom if isinstance(ind, DimensioningIndicationMeasureValue) else "",
            }
        )
    return out


def _doc_ids(refs: Any) -> list[str]:
    return [r[1:] for r in _listed(refs) if isinstance(r, str) and r.startswith("#")]


def _document_links(doc: OfficialDocumentation) -> list[str]:
    links: list[str] = []
    for citation in (doc.plan_document, doc.legislation_citation):
        if isinstance(citation, DocumentCitation) and not isinstance(citation.link, Nil):
            links += [u for u in citation.link if u.startswith(("http://", "https://"))]
    return links


def _document(doc: OfficialDocumentation, files: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    kind = "regulation" if isinstance(doc.regulation_text, str) else (
        "legislation" if doc.legislation_citation is not None and not isinstance(doc.legislation_citation, Nil) else "plan"
    )
    short = ""
    for citation in (doc.plan_document, doc.legislation_citation):
        if isinstance(citation, DocumentCitation) and isinstance(citation.short_name, str):
            short = citation.short_name
    return {
        "id": doc.gml_id,
        "title": document_title(doc),
        "short": short,
        "kind": kind,
        "links": _document_links(doc),
        "files": files.get(doc.gml_id or "", []),
    }


def viewer_data(
    data: PlanDataset,
    settings: ConsultationSettings,
    paragraphs: list[Paragraph],
    *,
    package_id: str,
    document_files: dict[str, list[dict[str, str]]],
    downloads: list[dict[str, Any]],
) -> dict[str, Any]:
    """Everything the viewer shows, as JSON-ready data (geometries in WGS 84)."""
    data.assign_gml_ids()
    plan = data.plan
    crs = data.crs
    projected = not is_geographic(crs)
    zones = []
    scheme = scheme_for(_listed(z.specific_land_use) for z in data.zoning_elements)
    official = official_classes(scheme, "bg")  # a municipality's own legend (PLU_STYLE_DIR), if any
    keys = []
    # larger zones first: the viewer draws in this order, so a zone inside another stays visible
    for z in sorted(data.zoning_elements, key=lambda zone: -zone.geometry.area):
        key = zone_key(scheme, _listed(z.specific_land_use), z.hilucs_land_use)
        keys.append(key)
        code, notation, type_labels = zone_code(z)
        hilucs = z.hilucs_land_use[0] if z.hilucs_land_use else ""
        zones.append(
            {
                "type": "Feature",
                "id": z.gml_id,
                "geometry": geometry_to_geojson(z.geometry, crs),
                "properties": {
                    "id": z.gml_id,
                    "local_id": z.inspire_id.local_id,
                    "code": code,
                    "notation": notation,
                    "type": type_labels,
                    "hilucs": {"uri": hilucs, "label": _labels(hilucs), "notation": _notation(hilucs)},
                    "colour": _colour(scheme, key, official),
                    "nature": _labels(z.regulation_nature),
                    "limits": _limits(z.dimensioning_indication),
                    "documents": _doc_ids(z.official_document),
                    "area_m2": round(z.geometry.area) if projected else None,
                },
            }
        )
    overlays = []
    for s in data.supplementary_regulations:
        overlays.append(_overlay(s, crs))
    legend = _legend(scheme, keys)
    return {
        "format": "plu-studio-viewer",
        "texts": viewer_texts(),
        "version": 1,
        "package_id": package_id,
        "plan": {
            "id": plan.gml_id,
            "title": plan.official_title,
            "alternative_title": plan.alternative_title if isinstance(plan.alternative_title, str) else "",
            "plan_type": _labels(plan.plan_type_name),
            "level": _labels(plan.level_of_spatial_plan),
            "step": _labels(plan.process_step_general) if isinstance(plan.process_step_general, str) else None,
            "dataset": None if data.dataset_id is None else f"{data.dataset_id.namespace}/{data.dataset_id.local_id}",
            "crs": crs,
            "content_note": data.metadata.get("content", ""),
        },
        "boundary": geometry_to_geojson(plan.extent, crs),
        "zones": {"type": "FeatureCollection", "features": zones},
        "overlays": {"type": "FeatureCollection", "features": overlays},
        "legend": legend,
        "paragraphs": [{"ref": p.ref, "document": p.document, "number": p.number, "text": p.text} for p in paragraphs],
        "documents": [_document(d, document_files) for d in data.official_documents],
        "downloads": downloads,
        "settings": settings.to_json(),
    }


def _legend(scheme: str, keys: list[str]) -> list[dict[str, Any]]:
    """The legend of the classes the plan uses, in the colours and names of the desktop map."""
    counts = Counter(keys)
    known = {c.key for c in classes(scheme)}
    official = {language: official_classes(scheme, language) for language in ("bg", "en")}
    out = []
    for cls in classes_in_use(scheme, keys):
        count = counts[cls.key] if cls.key else sum(n for k, n in counts.items() if k not in known)
        labels = {lang: official[lang].get(cls.key, ("", cls.legend_label(lang)))[1] for lang in ("bg", "en")}
        out.append({"colour": _colour(scheme, cls.key, official["bg"]), "label": labels, "count": count})
    return out


def _colour(scheme: str, key: str, official: dict[str, tuple[str, str]]) -> str:
    """A zone's fill: the municipality's style file when it names the class, else PLU Studio's table."""
    return official[key][0] if key in official else colour_of(scheme, key)


def _overlay(s: SupplementaryRegulation, crs: int) -> dict[str, Any]:
    kind = s.supplementary_regulation[0] if s.supplementary_regulation else ""
    specific = _listed(s.specific_supplementary_regulation)
    names = [n for n in _listed(s.name) if isinstance(n, str)]
    return {
        "type": "Feature",
        "id": s.gml_id,
        "geometry": geometry_to_geojson(s.geometry, crs),
        "properties": {
            "id": s.gml_id,
            "kind": _labels(kind),
            "specific": _labels(specific[0]) if specific else None,
            "name": "; ".join(names),
            "nature": _labels(s.regulation_nature),
            "limits": _limits(s.dimensioning_indication),
            "documents": _doc_ids(s.official_document),
        },
    }


def viewer_script(variable: str, value: Any) -> str:
    """``window.<variable> = …;`` with the JSON made safe to sit inside a script file or tag."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # no "</script>" or HTML comment can end or open anything; U+2028/9 are line breaks to old JS parsers
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{variable} = {text};\n"
