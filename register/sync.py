"""Editing a register plan as a plan file: take a base, edit the file, push the changes back to a draft.

The desktop opens a version as a plan file (so undo/redo, validation and every tool work
as on any plan) and remembers an :class:`EditBase`: each feature's key, lock and
content. Saving compares the edited data set with the base and sends only what changed,
each feature under optimistic locking; conflicts come back with both sides.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plu_model.dataset import PlanDataset
from plu_model.features import geometry_of
from plu_model.i18n import Text
from register.errors import AccessDenied, ConflictError
from register.provider import RegisterProvider, parse_ref
from register.rows import content_key, row_json

__all__ = ["EditBase", "PushResult", "base_of", "check_may_edit", "open_for_editing", "push_changes"]


@dataclass
class EditBase:
    """What was read: the version, and per localId the feature key, lock and content.

    ``plan`` is ``NAMESPACE:LOCALID``, so a save finds this plan even when another namespace has its localId.
    """

    plan: str
    version_pk: int
    version_no: int
    crs: int
    features: dict[str, tuple[int, int, str | None]] = field(default_factory=dict)
    #: the plan file as it was opened, when the content keys were left to be computed at the first save
    pristine: Path | None = None

    def content_keys(self) -> dict[str, str | None]:
        """localId → content key of what was opened (read from :attr:`pristine` when they were deferred)."""
        keys = {local: key for local, (_fid, _lock, key) in self.features.items()}
        if self.pristine is not None and any(k is None for k in keys.values()):
            from plu_model.geopackage import open_plan

            keys.update({f.inspire_id.local_id: _key_of(f) for f in open_plan(self.pristine).features()})
        return keys


@dataclass
class PushResult:
    version_ref: str
    saved: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    conflicts: list[ConflictError] = field(default_factory=list)
    #: nothing was sent: the plan was as in the register, and no draft was made for it
    unchanged: bool = False

    def summary(self) -> Text:
        """What the save did, as the planner reads it."""
        if self.unchanged:
            return Text("register.sync", "Nothing to save: the plan is as in the register ({version_ref})",
                        version_ref=self.version_ref)
        done = Text("register.sync", "Saved to {version_ref}: {changed}, {added}, {deleted}", version_ref=self.version_ref,
                    changed=Text("register.sync", "{n} changed", plural="{n} changed", n=len(self.saved)),
                    added=Text("register.sync", "{n} added", plural="{n} added", n=len(self.added)),
                    deleted=Text("register.sync", "{n} deleted", plural="{n} deleted", n=len(self.deleted)))
        if not self.conflicts:
            return done
        return Text("register.sync", "{done}; {n} not saved: another planner changed it meanwhile",
                                     plural="{done}; {n} not saved: another planner changed them meanwhile",
                    done=done, n=len(self.conflicts))


#: a plan's step and validity belong to the register's lifecycle, not to what a planner edits
_LIFECYCLE = ("process_step_general", "process_step_general_nil", "valid_from", "valid_from_nil", "valid_to",
              "valid_to_nil")


def _key_of(f: Any) -> str:
    row = row_json(f)
    if f.class_name == "SpatialPlan":
        row = {k: v for k, v in row.items() if k not in _LIFECYCLE}
    return content_key(row, geometry_of(f))


def base_of(register: RegisterProvider, ref: str) -> tuple[PlanDataset, EditBase]:
    """A version to edit, with what the later push compares against (one read of the rows)."""
    data, rows = register.editable_dataset(ref)
    info = register.version(ref)
    base = EditBase(info.plan_key, info.version_pk, info.version_no, info.crs, {})
    for local_id, feature_id, lock, class_name, row, geom in rows:
        if class_name == "SpatialPlan":
            row = {k: v for k, v in row.items() if k not in _LIFECYCLE}
        base.features[local_id] = (feature_id, lock, content_key(row, geom))
    return data, base


def open_for_editing(register: RegisterProvider, ref: str, path: Any, defer_keys: bool = False,
                     progress: Any = None) -> EditBase:
    """Write a version as the plan file to edit at ``path`` and return its base (the desktop's open).

    With ``defer_keys`` the content keys are left to the first save, which reads them
    from the file written here (:attr:`EditBase.pristine`: the caller keeps it unchanged,
    as the desktop does by editing its own working copy): opening a big plan then costs
    the rows' fetch and the file's write, not a JSON key per feature.
    """
    import shapely

    info, rows = register.write_for_editing(ref, path, keep_rows=not defer_keys, progress=progress)
    base = EditBase(info.plan_key, info.version_pk, info.version_no, info.crs, {})
    if defer_keys:
        base.pristine = Path(path)
        base.features = {local_id: (feature_id, lock, None) for local_id, feature_id, lock, *_rest in rows}
        return base
    geoms = shapely.from_wkb([r[5] for r in rows])
    for (local_id, feature_id, lock, class_name, row, _wkb), geom in zip(rows, geoms, strict=True):
        if class_name == "SpatialPlan":
            row = {k: v for k, v in row.items() if k not in _LIFECYCLE}
        base.features[local_id] = (feature_id, lock, content_key(row, geom))
    return base


def _changes(base: EditBase, data: PlanDataset) -> tuple[list[Any], set[str]]:
    """The features of ``data`` that are new or differ from the base, and the localIds it no longer has."""
    keys = base.content_keys()
    changed, seen = [], set()
    for f in data.features():
        local = f.inspire_id.local_id
        seen.add(local)
        if local not in base.features or _key_of(f) != keys[local]:
            changed.append(f)
    return changed, base.features.keys() - seen


def check_may_edit(register: RegisterProvider, plan: str) -> None:
    """Refuse, in words a planner reads, to change a plan of an authority the user does not plan for."""
    info = register.version(plan)
    if info.authority not in register.may_edit([info.authority]):
        name = register.authority_names().get(info.authority, info.authority)
        raise AccessDenied(Text("register.sync", "{title} belongs to {authority}: you may read it but not change it "
                                                 "in the register. Your changes stay in the plan; Save as… keeps them "
                                                 "in a plan file.", title=info.title or info.plan_key, authority=name))


def push_changes(register: RegisterProvider, base: EditBase, data: PlanDataset) -> PushResult:
    """Save the changes of ``data`` against ``base`` into the plan's draft (created from a published base).

    A draft made now from the base starts every lock at 1; a draft that existed already
    is compared with the locks that were read. With nothing changed nothing is sent and no
    draft is made: saving an unchanged published plan must not leave an empty new version.
    """
    changed, gone = _changes(base, data)
    if not changed and not gone:
        return PushResult(f"{base.plan}@{base.version_no}", unchanged=True)
    check_may_edit(register, base.plan)
    draft = register.draft(base.plan)
    same_version = draft.version_pk == base.version_pk
    ids = register.locks(draft.full_ref)
    result = PushResult(draft.full_ref)
    for f in changed:
        local = f.inspire_id.local_id
        before = base.features.get(local)
        if before is None:
            register.insert_feature(draft.full_ref, f)
            result.added.append(local)
            continue
        if local not in ids:
            continue
        lock = before[1] if same_version else 1
        try:
            register.save_feature(ids[local][0], f, lock, base.crs)
            result.saved.append(local)
        except ConflictError as exc:
            result.conflicts.append(exc)
    for local in gone:
        if local in ids:
            try:
                register.delete_feature(ids[local][0], base.features[local][1] if same_version else 1)
                result.deleted.append(local)
            except ConflictError as exc:
                result.conflicts.append(exc)
    return result


def plan_of(ref: str) -> str:
    return parse_ref(ref)[0]
