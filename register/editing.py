"""Drafts and concurrent editing: optimistic locking on feature versions.

A planner edits a *draft* (a version in elaboration). Each feature row carries a
``lock_version``; a save names the lock it read. When someone saved the feature
in between, the save is refused, the losing side is kept in ``edit_conflict`` and
both sides are reported, so nothing is lost and nothing is silently overwritten.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import shapely

from plu_model.features import Feature, geometry_of
from plu_model.i18n import Text
from plu_model.temporal import format_datetime
from register.errors import ConflictError, ImmutableVersion, NotFound
from register.rows import ewkb_hex, feature_from_db, row_json
from register.store import VersionInfo

__all__ = ["EditableFeature", "copy_to_draft", "editable_features", "save_feature", "side"]


@dataclass
class EditableFeature:
    """A feature of a draft with the lock it was read at."""

    feature_id: int
    lock_version: int
    feature: Feature


def copy_to_draft(cur: Any, info: VersionInfo) -> int:
    """A new version in elaboration with the content of ``info``; returns its key."""
    from register.plan_lock import lock_plan

    lock_plan(cur, info.plan_id, info.namespace, info.local_id, "draft")
    cur.execute(
        "INSERT INTO plan_version (plan_id, version_no, authority, status, crs, extent, amends, dataset) "
        "SELECT plan_id, (SELECT max(version_no) + 1 FROM plan_version WHERE plan_id = v.plan_id), authority, "
        "'elaboration', crs, extent, amends, dataset FROM plan_version v WHERE id = %s RETURNING id",
        (info.version_pk,))
    pk = int(cur.fetchone()[0])
    cur.execute("INSERT INTO feature (version_pk, authority, ord, class, gml_id, local_id, row_data, geom) "
                "SELECT %s, authority, ord, class, gml_id, local_id, row_data, geom FROM feature "
                "WHERE version_pk = %s ORDER BY ord", (pk, info.version_pk))
    return pk


def editable_features(cur: Any, info: VersionInfo) -> list[EditableFeature]:
    cur.execute("SELECT id, lock_version, class, row_data, ST_AsBinary(geom) FROM feature "
                "WHERE version_pk = %s ORDER BY ord", (info.version_pk,))
    return [EditableFeature(fid, lock, feature_from_db(cls, row, wkb)) for fid, lock, cls, row, wkb in cur.fetchall()]


def side(row: dict[str, Any], wkt: str | None, lock: int, who: str, when: Any,
         class_name: str | None = None) -> dict[str, Any]:
    """One side of a conflict, as shown to the planner (with its class, for taking it back into a plan)."""
    return {"attributes": row, "geometry": wkt, "lock_version": lock, "by": who,
            "at": when.isoformat() if hasattr(when, "isoformat") else when, "class": class_name}


def _current(cur: Any, feature_id: int) -> tuple[Any, ...]:
    cur.execute("SELECT f.row_data, ST_AsBinary(f.geom), f.lock_version, f.updated_by, f.updated_at, f.authority, "
                "v.status, v.version_no, f.class FROM feature f JOIN plan_version v ON v.id = f.version_pk "
                "WHERE f.id = %s", (feature_id,))
    found = cur.fetchone()
    if found is None:
        raise NotFound(Text("register.editing", "feature {feature_id} is not in the register", feature_id=feature_id))
    wkt = shapely.from_wkb(bytes(found[1])).wkt if found[1] is not None else None  # same notation as "mine"
    return (found[0], wkt, *found[2:])


def save_feature(conn: Any, feature_id: int, feature: Feature, expected_lock: int, crs: int) -> int:
    """Save one edited feature if nobody saved it since ``expected_lock``; returns the new lock."""
    with conn, conn.cursor() as cur:
        row, wkt, lock, who, when, authority, status, version_no, class_name = _current(cur, feature_id)
        if status != "elaboration":
            raise ImmutableVersion(Text("register.editing", "version {version_no} is published; edit a draft (a new "
                                                            "version)", version_no=version_no))
        mine = row_json(feature)
        mine["inspire_version_id"] = str(version_no)
        mine["begin_lifespan_version"] = format_datetime(datetime.now(UTC).replace(microsecond=0))
        mine["inspire_version_id_nil"] = mine["begin_lifespan_version_nil"] = None
        geom = geometry_of(feature)
        cur.execute("UPDATE feature SET row_data = %s, geom = %s::geometry, lock_version = lock_version + 1, "
                    "updated_by = current_user, updated_at = now() WHERE id = %s AND lock_version = %s "
                    "RETURNING lock_version",
                    (json.dumps(mine, ensure_ascii=False), ewkb_hex(geom, crs), feature_id, expected_lock))
        done = cur.fetchone()
        if done is not None:
            return int(done[0])
        mine_side = side(mine, geom.wkt if geom is not None else None, expected_lock, "", datetime.now(UTC),
                         class_name)
        theirs = side(row, wkt, lock, who, when, class_name)
        cur.execute("INSERT INTO edit_conflict (feature_id, authority, expected_lock, found_lock, mine, theirs) "
                    "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                    (feature_id, authority, expected_lock, lock, json.dumps(mine_side, ensure_ascii=False,
                     default=str), json.dumps(theirs, ensure_ascii=False, default=str)))
        conflict_id = int(cur.fetchone()[0])
    local = row.get("inspire_local_id")
    raise ConflictError(
        Text("register.editing", "{local}: {who} saved this feature at {when:%Y-%m-%d %H:%M:%S}, after you opened it; "
                                 "nothing is lost: your version is kept as conflict {conflict_id}",
                                 local=local, who=who, when=when, conflict_id=conflict_id),
        mine=mine_side, theirs=theirs, conflict_id=conflict_id)


def insert_feature(cur: Any, info: VersionInfo, feature: Feature) -> int:
    """Add a feature to a draft; returns its key."""
    if info.status != "elaboration":
        raise ImmutableVersion(Text("register.editing", "{ref} is published; edit a draft (a new version)",
                                                        ref=info.ref))
    row = row_json(feature)
    row["inspire_version_id"] = str(info.version_no)
    row["begin_lifespan_version"] = format_datetime(datetime.now(UTC).replace(microsecond=0))
    cur.execute("INSERT INTO feature (version_pk, authority, ord, class, gml_id, local_id, row_data, geom) "
                "SELECT %s, %s, coalesce(max(ord), 0) + 1, %s, %s, %s, %s, %s::geometry FROM feature "
                "WHERE version_pk = %s RETURNING id",
                (info.version_pk, info.authority, feature.class_name, feature.gml_id, feature.inspire_id.local_id,
                 json.dumps(row, ensure_ascii=False), ewkb_hex(geometry_of(feature), info.crs), info.version_pk))
    return int(cur.fetchone()[0])


def delete_feature(conn: Any, feature_id: int, expected_lock: int) -> None:
    """Remove a feature from a draft unless someone saved it since it was read (then a conflict)."""
    with conn, conn.cursor() as cur:
        row, wkt, lock, who, when, authority, _status, _no, class_name = _current(cur, feature_id)
        cur.execute("DELETE FROM feature WHERE id = %s AND lock_version = %s", (feature_id, expected_lock))
        if cur.rowcount:
            return
        mine = side({"deleted": True, "inspire_local_id": row.get("inspire_local_id")}, None, expected_lock, "",
                    datetime.now(UTC), class_name)
        theirs = side(row, wkt, lock, who, when, class_name)
        cur.execute("INSERT INTO edit_conflict (feature_id, authority, expected_lock, found_lock, mine, theirs) "
                    "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                    (feature_id, authority, expected_lock, lock, json.dumps(mine, default=str),
                     json.dumps(theirs, ensure_ascii=False, default=str)))
        conflict_id = int(cur.fetchone()[0])
    local = row.get("inspire_local_id")
    raise ConflictError(
        Text("register.editing", "{local}: {who} changed this feature after you opened it, so it was not "
                                 "deleted; nothing is lost: your deletion is kept as conflict {conflict_id}", local=local, who=who, conflict_id=conflict_id),
        mine=mine, theirs=theirs, conflict_id=conflict_id)
