"""The zoning in force: at one point (``plu register at``) or over an area (``plu register in-force``)."""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import shapely
from shapely.geometry import MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

from plu_model.codelists import INSPIRE_CODELIST_BASE
from plu_model.crs import area_of_use, reproject
from plu_model.dataset import PlanDataset, make_gml_id
from plu_model.features import SpatialPlan
from plu_model.i18n import say_in
from plu_model.values import Identifier
from plu_model.voidable import Nil
from register.applies import AT_SQL, IN_FORCE_SQL, precedence
from register.rows import feature_from_db, zone_summary
from register.store import load_version, step_uri, version_rows

__all__ = ["consolidated", "zoning_at"]


def zoning_at(cur: Any, x: float, y: float, day: date, crs: int) -> list[dict[str, Any]]:
    """Every zoning element in force at (x east, y north) on ``day``; the first one applies."""
    cur.execute(AT_SQL, {"x": x, "y": y, "crs": crs, "day": day})
    hits = cur.fetchall()
    if not hits:
        return []
    infos = {v.version_pk: v for v in version_rows(cur, "v.id = ANY(%s)", (list({h[1] for h in hits}),))}
    cur.execute("SELECT id, level FROM plan WHERE id = ANY(%s)", (list({i.plan_id for i in infos.values()}),))
    levels = dict(cur.fetchall())
    out = []
    for _fid, version_pk, row, wkb in hits:
        info = infos[version_pk]
        zone = feature_from_db("ZoningElement", row, wkb)
        out.append({
            "plan": info.local_id, "title": info.title, "authority": info.authority, "version": info.version_no,
            "status": info.status, "valid_from_date": info.valid_from, "level": levels.get(info.plan_id),
            "valid_from": info.valid_from.isoformat(), "valid_to": info.valid_to.isoformat() if info.valid_to else None,
            "zoning_element": zone_summary(zone),
            "documents": _documents(cur, version_pk, zone.official_document),
        })
    out.sort(key=precedence)
    for entry in out:
        entry.pop("valid_from_date")
    return out


def _documents(cur: Any, version_pk: int, refs: Any) -> list[dict[str, Any]]:
    """The official documents a zone refers to, by title and link (what a permit officer opens)."""
    if isinstance(refs, Nil) or not refs:
        return []
    ids = [r[1:] for r in refs if r.startswith("#")]
    cur.execute("SELECT gml_id, row_data FROM feature WHERE version_pk = %s AND class = 'OfficialDocumentation' "
                "AND gml_id = ANY(%s)", (version_pk, ids))
    docs = []
    for gml_id, row in cur.fetchall():
        doc = feature_from_db("OfficialDocumentation", row, None)
        cite = doc.legislation_citation if doc.legislation_citation and not isinstance(
            doc.legislation_citation, Nil) else doc.plan_document
        name = getattr(cite, "name", None) if cite is not None and not isinstance(cite, Nil) else None
        link = getattr(cite, "link", None) if name else None
        docs.append({"gml_id": gml_id, "name": name,
                     "link": list(link) if isinstance(link, list) else [],
                     "regulation_text": None if isinstance(doc.regulation_text, Nil) else doc.regulation_text})
    return docs


def _polygons(geom: BaseGeometry) -> MultiPolygon:
    parts = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon) and not g.is_empty]
    return MultiPolygon(parts)


def _replaced(live: list[tuple[Any, ...]], plan: tuple[Any, ...], crs: int) -> BaseGeometry | None:
    """The union of the extents of versions in force that amend ``plan`` (a row of ``live``), in ``crs``."""
    names = {plan[5], plan[7]}
    parts = [reproject(shapely.from_wkb(ext), acrs, crs)
             for pk, _plan, acrs, ext, amends, _local, _level, _key in live
             if pk != plan[0] and names.intersection(amends) and ext is not None]
    return shapely.union_all(parts) if parts else None


def _consolidated_plan(day: date, crs: int, extent: BaseGeometry, template: SpatialPlan) -> SpatialPlan:
    return SpatialPlan(
        inspire_id=Identifier(f"in-force-{day.isoformat()}", "plu-studio-register", day.isoformat()),
        gml_id=make_gml_id("SP", f"in-force-{day.isoformat()}"),
        extent=_polygons(extent), official_title=say_in("en", "register.in_force", "Zoning in force on {day} (consolidated)",
                                                   day=day.isoformat()),
        level_of_spatial_plan=INSPIRE_CODELIST_BASE + "LevelOfSpatialPlanValue/other",
        plan_type_name=template.plan_type_name, process_step_general=step_uri("legalForce"),
        valid_from=day, alternative_title=say_in("bg", "register.in_force", "Zoning in force on {day} (consolidated)",
                                                      day=day.isoformat()),
    )


def consolidated(cur: Any, day: date, bbox: tuple[float, float, float, float] | None,
                 crs: int | None) -> PlanDataset:
    """Every plan in force on ``day``, amended parts cut away, as one data set in ``crs``."""
    cur.execute(IN_FORCE_SQL, {"day": day})
    live = cur.fetchall()
    infos = {v.version_pk: v for v in version_rows(cur, "v.id = ANY(%s)", ([r[0] for r in live],))} if live else {}
    target = crs or (live[0][2] if live else 4326)
    out = PlanDataset(crs=target, metadata={"content": f"register: zoning in force on {day.isoformat()}"})
    area = box(*bbox) if bbox else None
    plan_href = "#" + make_gml_id("SP", f"in-force-{day.isoformat()}")
    template = None
    where, params = "AND class IN ('ZoningElement', 'OfficialDocumentation', 'SpatialPlan')", ()
    if bbox and _outlined(bbox, target):  # the index picks the zones near the box; the exact test follows
        # the box's edges densified first, so its outline in EPSG:4326 still holds every zone it touches
        step = max(bbox[2] - bbox[0], bbox[3] - bbox[1], 1e-9) / 32
        where = ("AND (class <> 'ZoningElement' OR geom_ll && ST_Transform(ST_Segmentize("
                 "ST_MakeEnvelope(%s, %s, %s, %s, %s), %s), 4326))") + " " + where
        params = (*bbox, target, step)
    for row in sorted(live, key=lambda r: (infos[r[0]].local_id)):
        data = load_version(cur, infos[row[0]], where, params)
        template = template or data.plan
        cut = _replaced(live, row, data.crs)
        _add_consolidated(out, data, cut, area, target, plan_href)
    extent = shapely.union_all([z.geometry for z in out.zoning_elements]) if out.zoning_elements else box(0, 0, 0, 0)
    if template is not None:
        out.spatial_plans.insert(0, _consolidated_plan(day, target, extent, template))
        out.link_members()
    return out


def _outlined(bbox: tuple[float, float, float, float], crs: int) -> bool:
    """True when the box has an outline in EPSG:4326 for the index to use: it lies within where ``crs`` is used
    (:func:`plu_model.crs.area_of_use`), grown by that area's own width and height on every side (plans lie
    beyond it: Sofia is east of EPSG:3046's). A box far beyond (``-1e308,-1e308,1e308,1e308`` for "everything")
    PROJ makes a sliver of the globe that holds nothing, so it goes without the index: every zone in force is
    tested against the box itself, and none is lost."""
    known = area_of_use(crs)
    if known is None:
        return all(math.isfinite(v) and abs(v) < 1e9 for v in bbox)
    width, height = known[2] - known[0], known[3] - known[1]
    return (bbox[0] >= known[0] - width and bbox[1] >= known[1] - height
            and bbox[2] <= known[2] + width and bbox[3] <= known[3] + height)


def _add_consolidated(out: PlanDataset, data: PlanDataset, cut: BaseGeometry | None, area: BaseGeometry | None,
                      target: int, plan_href: str) -> None:
    prefix = data.plan.inspire_id.local_id
    kept_docs: set[str] = set()
    for zone in data.zoning_elements:
        geom = zone.geometry if cut is None else zone.geometry.difference(cut)
        geom = reproject(geom, data.crs, target) if target != data.crs else geom
        if area is not None:
            if not geom.intersects(area):
                continue
        geom = _polygons(geom)
        if geom.is_empty or geom.area <= 0:
            continue
        zone.geometry = geom
        zone.gml_id = make_gml_id("ZE", f"{prefix}.{zone.gml_id}")
        zone.plan = plan_href
        if not isinstance(zone.official_document, Nil):
            zone.official_document = [f"#{make_gml_id('OD', f'{prefix}.{r[1:]}')}" if r.startswith("#") else r
                                      for r in zone.official_document]
            kept_docs.update(zone.official_document)
        out.zoning_elements.append(zone)
    for doc in data.official_documents:
        doc.gml_id = make_gml_id("OD", f"{prefix}.{doc.gml_id}")
        if f"#{doc.gml_id}" in kept_docs:
            out.official_documents.append(doc)
