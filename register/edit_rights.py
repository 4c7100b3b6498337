"""Whether a register version opened in the desktop may be changed there, and why not, in a planner's words.

The register already decides what may change: row-level security lets a planner change only
the plans of the authorities they plan for (``plu_may_edit``, asked through
:meth:`register.provider.RegisterProvider.may_edit`), and a save always continues the plan's
*latest* version (:meth:`~register.provider.RegisterProvider.draft`; a published version itself
never changes, the draft copied from it does). So a version opened from the register is
read-only when the plan is another authority's, or when it is an earlier version: edits to it
would be saved over the newer version's content. The latest published version stays editable;
its save makes the next version.

The desktop asks :func:`edit_right` once, when it opens a version, and shows what it says; it
makes no rule of its own. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass

from plu_model.i18n import Text
from register.provider import RegisterProvider, parse_ref
from register.store import VersionInfo

__all__ = ["EditRight", "edit_right", "right_of"]


@dataclass(frozen=True)
class EditRight:
    """What the desktop may do with an opened version; the texts are None when it may change it."""

    editable: bool
    #: a few words for the window title and the status bar ("read-only")
    mark: Text | None = None
    #: the one sentence the window shows over a read-only plan: whose it is and what one may still do
    bar: Text | None = None
    #: what an attempted change says (map tools, forms and the editing functions are refused with it)
    refusal: Text | None = None
    #: for an editable published version: where its save goes (the next version, a draft)
    saves_to: Text | None = None


def right_of(info: VersionInfo, latest: VersionInfo, may_edit: bool, authority_name: str) -> EditRight:
    """The right to change ``info`` (``latest``: its plan's latest version; ``may_edit``: the register's answer)."""
    title = info.title or info.plan_key
    if not may_edit:
        return EditRight(
            False,
            Text("register.edit_rights", "read-only"),
            Text("register.edit_rights", "Plan of {authority}: read-only — you may view, validate, export, compare",
                 authority=authority_name),
            Text("register.edit_rights", "“{title}” is a plan of {authority} and is open read-only: you may view, "
                                         "validate, export and compare it, not change it.",
                 title=title, authority=authority_name),
        )
    if info.version_no != latest.version_no:
        return EditRight(
            False,
            Text("register.edit_rights", "read-only"),
            Text("register.edit_rights", "Version {version_no} is an earlier version (the latest is {latest_no}): "
                                         "read-only — you may view, validate, export, compare",
                 version_no=info.version_no, latest_no=latest.version_no),
            Text("register.edit_rights", "“{title}”, version {version_no}, is an earlier version and is open "
                                         "read-only: to change the plan, open its latest version ({latest_no}).",
                 title=title, version_no=info.version_no, latest_no=latest.version_no),
        )
    if info.status != "elaboration":
        return EditRight(True, saves_to=Text("register.edit_rights", "version {version_no} is published; Save to "
                                                                     "register makes version {next_no}, a draft",
                                             version_no=info.version_no, next_no=info.version_no + 1))
    return EditRight(True)


def edit_right(register: RegisterProvider, ref: str) -> EditRight:
    """The right to change version ``ref`` as the connected role (the register's rules, asked now)."""
    versions = register.versions(parse_ref(ref)[0])
    info = register.version(ref)
    latest = versions[-1]
    allowed = info.authority in register.may_edit([info.authority])
    name = register.authority_names().get(info.authority, info.authority)
    return right_of(info, latest, allowed, name)
