"""What the web viewer shows, prepared once at packaging time: zones, overlays, legend, texts.

The viewer must work opened from disk, where a browser will not ``fetch()`` a
local file, so everything it needs is embedded as one JavaScript assignment
(``data/plan-data.js``).  Labels are resolved here from the code lists in both
languages, so the viewer never needs the code lists and shows a Bulgarian zone
type in Bulgarian and in English.  Geometries are in the compact encoding of
:mod:`participation.compact_geometry` and zone properties are columns (values a
city plan repeats are indexes into tables): the package's one copy of the
geometries besides ``plan.gml``, small enough for a 100 000-zone plan.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from exporters.geojson_ import geometry_to_geojson
from participation.compact_geometry import SCALE, encode_geometries
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

__all__ = ["INDICATION_LABELS", "read_viewer_script", "viewer_data", "viewer_script", "zone_code", "zone_records"]

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
    """Everything the viewer shows, as JSON-ready data; geometries in the compact encoding (WGS 84)."""
    data.assign_gml_ids()
    plan = data.plan
    crs = data.crs
    scheme = scheme_for(_listed(z.specific_land_use) for z in data.zoning_elements)
    official = official_classes(scheme, "bg")  # a municipality's own legend (PLU_STYLE_DIR), if any
    # larger zones first: the viewer draws in this order, so a zone inside another stays visible
    ordered = sorted(data.zoning_elements, key=lambda zone: -zone.geometry.area)
    zones, keys = _zone_columns(ordered, scheme, official, projected=not is_geographic(crs))
    zones["geometry"], zone_box = encode_geometries(geometry_to_geojson(z.geometry, crs) for z in ordered)
    overlays = [_overlay(s) for s in data.supplementary_regulations]
    overlay_geometry, overlay_box = encode_geometries(geometry_to_geojson(s.geometry, crs) for s in data.supplementary_regulations)
    boundary, boundary_box = encode_geometries([geometry_to_geojson(plan.extent, crs)])
    boxes = [b for b in (zone_box, overlay_box, boundary_box) if b is not None]
    return {
        "format": "plu-studio-viewer",
        "texts": viewer_texts(),
        "version": 2,
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
        "geometry_encoding": {"name": "plu-delta-varint-base64", "scale": SCALE, "crs": "EPSG:4326"},
        "bbox": [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)]
        if boxes else None,
        "boundary": boundary,
        "zones": zones,
        "overlays": {"properties": overlays, "geometry": overlay_geometry},
        "legend": _legend(scheme, keys),
        "paragraphs": [{"ref": p.ref, "document": p.document, "number": p.number, "text": p.text} for p in paragraphs],
        "documents": [_document(d, document_files) for d in data.official_documents],
        "downloads": downloads,
        "settings": settings.to_json(),
    }


class _Table:
    """Distinct values in order of first use: a column holds their indexes (a city plan repeats them)."""

    def __init__(self) -> None:
        self.values: list[Any] = []
        self._index: dict[Any, int] = {}

    def index(self, key: Any, make: Callable[[], Any]) -> int:
        """The index of the value ``make()`` builds for ``key`` (built once per distinct key)."""
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(self.values)
            self.values.append(make())
        return found


def _kind(z: ZoningElement, key: str, scheme: str, official: dict[str, tuple[str, str]]) -> dict[str, Any]:
    """What zones of one type share: code, notation, names, HILUCS class and colour."""
    code, notation, type_labels = zone_code(z)
    hilucs = z.hilucs_land_use[0] if z.hilucs_land_use else ""
    return {
        "code": code,
        "notation": notation,
        "type": type_labels,
        "hilucs": {"uri": hilucs, "label": _labels(hilucs), "notation": _notation(hilucs)},
        "colour": _colour(scheme, key, official),
    }


def _zone_columns(
    zones: list[ZoningElement], scheme: str, official: dict[str, tuple[str, str]], *, projected: bool
) -> tuple[dict[str, Any], list[str]]:
    """The zones' properties as columns (``docs/participation.md``), and each zone's legend key."""
    kinds, natures, limits, documents = _Table(), _Table(), _Table(), _Table()
    columns: dict[str, list[Any]] = {name: [] for name in ("id", "local_id", "kind", "nature", "limits", "documents", "area_m2")}
    keys = []
    for z in zones:
        specific = _listed(z.specific_land_use)
        key = zone_key(scheme, specific, z.hilucs_land_use)
        keys.append(key)
        own_limits = _limits(z.dimensioning_indication)
        doc_ids = _doc_ids(z.official_document)
        columns["id"].append(z.gml_id)
        columns["local_id"].append(z.inspire_id.local_id)
        columns["kind"].append(kinds.index((tuple(specific), tuple(_listed(z.hilucs_land_use))),
                                           lambda z=z, key=key: _kind(z, key, scheme, official)))
        columns["nature"].append(natures.index(z.regulation_nature, lambda z=z: _labels(z.regulation_nature)))
        columns["limits"].append(limits.index(json.dumps(own_limits, ensure_ascii=False), lambda v=own_limits: v))
        columns["documents"].append(documents.index(tuple(doc_ids), lambda v=doc_ids: v))
        columns["area_m2"].append(round(z.geometry.area) if projected else None)
    tables = {"kinds": kinds.values, "natures": natures.values, "limits": limits.values, "documents": documents.values}
    return {"count": len(zones), **columns, "tables": tables}, keys


def zone_records(zones: dict[str, Any]) -> list[dict[str, Any]]:
    """The zones' columns back as one dictionary per zone (the properties the viewer shows), in drawing order."""
    tables = zones["tables"]
    return [
        {
            "id": zones["id"][i],
            "local_id": zones["local_id"][i],
            **tables["kinds"][zones["kind"][i]],
            "nature": tables["natures"][zones["nature"][i]],
            "limits": tables["limits"][zones["limits"][i]],
            "documents": tables["documents"][zones["documents"][i]],
            "area_m2": zones["area_m2"][i],
        }
        for i in range(zones["count"])
    ]


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


def _overlay(s: SupplementaryRegulation) -> dict[str, Any]:
    kind = s.supplementary_regulation[0] if s.supplementary_regulation else ""
    specific = _listed(s.specific_supplementary_regulation)
    names = [n for n in _listed(s.name) if isinstance(n, str)]
    return {
        "id": s.gml_id,
        "kind": _labels(kind),
        "specific": _labels(specific[0]) if specific else None,
        "name": "; ".join(names),
        "nature": _labels(s.regulation_nature),
        "limits": _limits(s.dimensioning_indication),
        "documents": _doc_ids(s.official_document),
    }


def read_viewer_script(text: str, variable: str) -> Any:
    """The value of a ``window.<variable> = …;`` file that :func:`viewer_script` wrote."""
    prefix = f"window.{variable} = "
    body = text.strip()
    if not body.startswith(prefix) or not body.endswith(";"):
        raise ValueError(f"not a window.{variable} assignment")
    return json.loads(body[len(prefix):-1])


def viewer_script(variable: str, value: Any) -> str:
    """``window.<variable> = …;`` with the JSON made safe to sit inside a script file or tag."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # no "</script>" or HTML comment can end or open anything; U+2028/9 are line breaks to old JS parsers
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{variable} = {text};\n"
