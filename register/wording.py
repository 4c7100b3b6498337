"""How the register's records read to a person: lifecycle steps, roles and audit entries, in either language.

The database and the JSON keep codes (``legalForce``, ``publisher``, ``UPDATE``): machines read
them and users type them.  What a person reads names a step by its INSPIRE code-list label (the
desktop's plan list does the same), a role and an audit entry by the catalogue's words.
"""

from __future__ import annotations

from functools import partial

from plu_model.codelists import label_for
from plu_model.i18n import ByLanguage, Text, say_in
from register.steps import STEPS, step_uri

__all__ = ["audit_action", "audit_table", "choices_help", "hash_state", "role_label", "step_label", "step_name", "steps_in_order"]

_ROLES = {
    "reader": Text("register.wording", "reader"),
    "planner": Text("register.wording", "planner"),
    "publisher": Text("register.wording", "publisher"),
    "administrator": Text("register.wording", "administrator"),
}
#: the audit trail's operations and tables (``TG_OP``, ``TG_TABLE_NAME`` of ``0002_access.sql``)
_ACTIONS = {
    "INSERT": Text("register.wording", "INSERT"),
    "UPDATE": Text("register.wording", "UPDATE"),
    "DELETE": Text("register.wording", "DELETE"),
}
_TABLES = {
    "plan": Text("register.wording", "plan"),
    "plan_version": Text("register.wording", "plan_version"),
    "feature": Text("register.wording", "feature"),
}


def step_label(step: str, language: str) -> str:
    """A lifecycle step by its ProcessStepGeneralValue label (``В сила``, ``Legal force``)."""
    return label_for(step_uri(step), language)


def _step_typed(step: str, language: str) -> str:
    if language == "en":
        return step
    return f"„{step_label(step, language)}“ ({step})"


def step_name(step: str) -> ByLanguage:
    """A step as a message names it: the code the user types on the command line, in Bulgarian after its label.

    ``„В сила“ (legalForce)``: the label says what the step is, the code what to type to choose it.
    """
    return ByLanguage(partial(_step_typed, step))


def _order(language: str) -> str:
    return " → ".join(_step_typed(step, language) for step in STEPS)


def steps_in_order() -> ByLanguage:
    """``elaboration → adoption → legalForce → obsolete``, in Bulgarian each after its label."""
    return ByLanguage(_order)


def _said(table: dict[str, Text], code: str, language: str) -> str:
    text = table.get(code)
    return text.say(language) if text is not None else code


def role_label(role: str, language: str) -> str:
    """A register role (``publisher``) as a person reads it."""
    return _said(_ROLES, role, language)


def audit_action(action: str, language: str) -> str:
    """An audit entry's operation (``UPDATE``) as a person reads it."""
    return _said(_ACTIONS, action, language)


def audit_table(table: str, language: str) -> str:
    """What an audit entry changed (``plan_version``) as a person reads it."""
    return _said(_TABLES, table, language)


def hash_state(ok: bool, language: str) -> str:
    """Whether a publication's stored file still has the SHA-256 recorded when it was published."""
    return say_in(language, "register.wording", "OK") if ok else say_in(language, "register.wording", "MISMATCH")


def choices_help(language: str) -> dict[str, str]:
    """What to type for a step and for a role, each code with its name (``legalForce – „В сила“``) for ``--help``."""
    steps = ", ".join(_step_typed(step, language) if language == "en" else f"{step} – „{step_label(step, language)}“"
                      for step in STEPS)
    roles = ", ".join(role if language == "en" else f"{role} – „{role_label(role, language)}“" for role in _ROLES)
    return {"steps": steps, "roles": roles}
