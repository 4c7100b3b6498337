"""Actions that feature modules contribute to the main window's menus.

A module such as the import wizard or the consultation wizard registers its
actions here at import time; the main window builds its menus from the registry,
so features plug in without the window knowing about each of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from plu_model.i18n import Text

__all__ = ["FEATURE_MODULES", "MENUS", "MenuAction", "actions_for", "register_action"]

#: Modules that register actions when imported; the main window imports them at start-up.
FEATURE_MODULES: tuple[str, ...] = (
    "app.import_wizard", "app.consultation_actions", "app.building_check_tool", "app.style_actions",
    "app.register_actions",
)

#: Menu identifiers, in menu-bar order, with their titles.
MENUS: dict[str, Text] = {
    "file": Text("app.menu_registry", "&File"),
    "edit": Text("app.menu_registry", "&Edit"),
    "plan": Text("app.menu_registry", "&Plan"),
    "check": Text("app.menu_registry", "&Check"),
    "consultation": Text("app.menu_registry", "C&onsultation"),
    "view": Text("app.menu_registry", "&View"),
    "help": Text("app.menu_registry", "&Help"),
}


@dataclass(frozen=True)
class MenuAction:
    """One menu entry; ``callback`` receives the main window."""

    menu: str
    key: str
    caption: Text
    callback: Callable[[Any], None]
    shortcut: str | None = None
    order: int = 100
    needs_plan: bool = True
    #: the action changes the plan: disabled while a read-only plan is open
    edits: bool = False

    def text(self, language: str) -> str:
        return self.caption.say(language)


_ACTIONS: dict[str, MenuAction] = {}


def register_action(
    menu: str,
    key: str,
    caption: Text,
    callback: Callable[[Any], None],
    *,
    shortcut: str | None = None,
    order: int = 100,
    needs_plan: bool = True,
    edits: bool = False,
) -> MenuAction:
    """Add (or replace, by ``key``) an action in one of :data:`MENUS`."""
    if menu not in MENUS:
        raise KeyError(f"unknown menu {menu!r}; one of {', '.join(MENUS)}")
    action = MenuAction(menu, key, caption, callback, shortcut, order, needs_plan, edits)
    _ACTIONS[key] = action
    return action


def actions_for(menu: str) -> list[MenuAction]:
    """The actions of a menu in display order."""
    return sorted((a for a in _ACTIONS.values() if a.menu == menu), key=lambda a: (a.order, a.key))
